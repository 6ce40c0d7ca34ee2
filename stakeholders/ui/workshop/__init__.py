"""Workshop mode: the map on a projector, built with the room and told step by step.

:mod:`.mode` switches the window into it and back, :mod:`.overlay` draws the large
counter, step caption and the selected party's card, :mod:`.reveal` plans the
story's steps and :mod:`.stage` shows one step on the canvas. Nothing here holds a
copy of the map: every edit goes through the window's editor and undo stack.
"""
