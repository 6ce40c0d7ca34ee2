"""Automatic layouts of a region's map, free of Qt.

Every function reads a :class:`~stakeholders.model.regionmap.RegionMap`,
never changes it, and returns plain :data:`Positions` (``uid -> (x, y)``)
for the items it placed; the GUI applies them as one undoable edit.

* :func:`auto_layout` – the default drawing ("Schikken > Automatisch", and
  the first drawing of a map read from a spreadsheet): table-centred,
  label-aware, compact and free of overlap;
* :func:`force_directed` – the whole map (or a selection) as a
  spring–electrical drawing;
* :func:`table_rings` – one table with its kopgroep and tweede ring around it;
* :func:`domain_clusters` – parties grouped by domain, tables among them;
* :func:`initial_positions` – a quick first arrangement for items without a
  position (a map read from a spreadsheet);
* :func:`compact` – an arrangement kept, brought to the density of other
  (print-size) boxes and squeezed (the page uses it).

Alongside: :mod:`~stakeholders.layout.labels` (Qt-free text widths, word wrap
and every item's footprint, shared with the canvas and the page),
:mod:`~stakeholders.layout.guides` (ring circles and captions, domain hulls
and captions for the canvas to draw), :mod:`~stakeholders.layout.quality`
(crossings, overlaps, edge-length spread) and :mod:`~stakeholders.layout.compaction`
(also: how large a drawing prints, whether boxes overlap).

The long-running ones accept ``progress``: a callable that gets the
fraction done now and then and returns ``False`` to cancel (the function
then raises :class:`Cancelled`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from stakeholders.layout._progress import Cancelled, ProgressFn
from stakeholders.layout.types import Positions

if TYPE_CHECKING:
    from stakeholders.layout.auto import auto_layout
    from stakeholders.layout.clusters import domain_clusters
    from stakeholders.layout.compaction import compact
    from stakeholders.layout.force import force_directed
    from stakeholders.layout.initial import initial_positions
    from stakeholders.layout.rings import table_rings

#: The layouts (numpy, scipy) load on first use: the window imports ``layout.labels`` and
#: ``layout.guides`` at start-up, and importing a submodule runs this file.
_LAZY = {
    "auto_layout": "auto",
    "compact": "compaction",
    "domain_clusters": "clusters",
    "force_directed": "force",
    "initial_positions": "initial",
    "table_rings": "rings",
}


def __getattr__(name: str) -> Any:
    """The layout functions, imported when first asked for (PEP 562)."""
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Cancelled",
    "Positions",
    "ProgressFn",
    "auto_layout",
    "compact",
    "domain_clusters",
    "force_directed",
    "initial_positions",
    "table_rings",
]
