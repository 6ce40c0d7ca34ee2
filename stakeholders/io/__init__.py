"""Reading and writing maps: the native ``.regiokaart`` file and the spreadsheet exchange.

Nothing in this package imports Qt. Use :func:`stakeholders.io.formats.load_map`
and :func:`stakeholders.io.formats.save_map`, which pick the format from the path.
"""
