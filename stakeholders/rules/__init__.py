"""The rule checks of ``rules.md``: which parties, mandates and governance are missing.

Qt-free. :func:`stakeholders.rules.engine.check_map` runs the catalogue on a
:class:`~stakeholders.model.regionmap.RegionMap` and returns the flags.
"""
