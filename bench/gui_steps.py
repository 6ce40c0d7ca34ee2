"""What a user does in the window, timed for ``python -m bench`` (run by ``bench.probe``).

Every figure is measured on the real main window, through the same entry
points the user's keys and mouse reach: File > Open's ``open_path``, the
search bar's text field, the editor (one undo step per edit), and mouse
events on the canvas's viewport. "Until settled" uses the smoke run's rule
(:class:`stakeholders.smoke.WhenSettled`): the answer counts until the last
paint before the window stayed quiet; the quiet period itself is not counted.
"""

from __future__ import annotations

import math
import time
from collections import Counter

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from stakeholders.smoke import WhenSettled

#: Queries typed into the search field, in turn (a type, a domain word, a name part).
QUERIES = ("huisarts", "gemeente", "zorg")


def until_settled(window, action, only=None) -> float:
    """Seconds from calling ``action()`` until the window's last paint that followed it
    (of the widgets ``only`` when given)."""
    loop = QEventLoop()
    result: dict[str, float | None] = {}

    def done(clock: float | None) -> None:
        result["clock"] = clock
        loop.quit()

    start = time.monotonic()
    action()
    returned = time.monotonic()
    WhenSettled(window, done, wait_for_paint=False, only=only)
    loop.exec()
    clock = result.get("clock")
    return (clock if clock is not None else returned) - start


def open_map(window, path) -> float:
    """File > Open of ``path`` until the window shows the map and is quiet."""
    opened: list[bool] = []
    seconds = until_settled(window, lambda: opened.append(
        window.files.open_path(path, ask=False)))
    if not opened or not opened[0]:
        raise RuntimeError(f"could not open {path}")
    return seconds


def search(window, runs: int, budget: float) -> list[float]:
    """Type a query into the search field (Ctrl+F) until the canvas has painted the dimmed map
    (the field's own fade-in of its clear button does not count)."""
    window.search.activate()
    until_settled(window, lambda: None)
    samples: list[float] = []
    start = time.perf_counter()
    while len(samples) < runs and (not samples or time.perf_counter() - start < budget):
        query = QUERIES[len(samples) % len(QUERIES)]
        samples.append(until_settled(window, lambda q=query: window.search.field.setText(q),
                                     only=[window.view.viewport()]))
        until_settled(window, window.search.field.clear)
    window.search.deactivate()
    until_settled(window, lambda: None)
    return samples


def _unseated_pair(region) -> tuple[str, str]:
    """A (table, party) where the party has no seat at the table yet."""
    seated = {(s.tafel, s.partij) for s in region.seats}
    for table in region.tables:
        for party in region.parties:
            if (table.id, party.id) not in seated:
                return table.id, party.id
    raise RuntimeError("every party sits at every table: no seat to add")


def _map_and_panels(window) -> list:
    """What an edit changes: the canvas, the docked panels and the status bar's counts."""
    return [window.view.viewport(), *window.docks(), window.statusBar()]


def edit(window, runs: int, budget: float) -> list[float]:
    """Add a seat (one undo step: re-check, panels, canvas) until the window is quiet; undo."""
    editor = window.editor
    table, party = _unseated_pair(window.document.region)
    samples: list[float] = []
    start = time.perf_counter()
    while len(samples) < runs and (not samples or time.perf_counter() - start < budget):
        samples.append(until_settled(window, lambda: editor.add_seat(table, party),
                                     only=_map_and_panels(window)))
        if editor.undo_stack.index() == 0:
            raise RuntimeError("the edit was refused")
        until_settled(window, editor.undo_stack.undo)
    return samples


class _PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _mouse(viewport, kind: QEvent.Type, point: QPointF, held: bool) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove \
        else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, point, viewport.mapToGlobal(point), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _grab_point(view, item) -> QPointF | None:
    """A viewport point on ``item``'s body (centred on its position) where a press picks up
    ``item``; None when other items cover all of it."""
    for dx, dy in ((0, 0), (-4, 0), (4, 0), (0, -4), (0, 4)):  # the body is ~22 units wide
        point = view.mapFromScene(item.mapToScene(QPointF(dx, dy)))
        hit = view.itemAt(point)
        while hit is not None and hit is not item:
            hit = hit.parentItem()
        if hit is item:
            return QPointF(point)
    return None


def hub_and_grip(window):
    """The busiest party the mouse can pick up in the current view, and where to press.

    Parties by number of seats, most first (a hub drags the most lines with it);
    a party covered by another item where it would be pressed is passed over.
    """
    region = window.document.region
    counts = Counter(s.partij for s in region.seats)
    for party_id, _n in counts.most_common(50):
        item = window.scene.nodes.get(window.document.uid_of(party_id) or "")
        point = _grab_point(window.view, item) if item is not None else None
        if point is not None:
            return item, point
    raise RuntimeError("no seated party can be picked up with the mouse in this view")


def drag(window, zoom: str, frames: int, budget: float) -> list[float]:
    """Drag the busiest party (:func:`hub_and_grip`) in a circle with the mouse; seconds per
    frame (move + paint).

    ``zoom`` is ``"1:1"`` (100 %, centred on the party) or ``"fit"`` (the whole map).
    The drag ends with a release (one undo step), which is undone afterwards.
    """
    app = QApplication.instance()
    view = window.view
    if zoom == "1:1":
        view.set_zoom(1.0)
        view.centerOn(hub_and_grip(window)[0])
    else:
        view.zoom_to_fit()
    until_settled(window, lambda: None)
    viewport = view.viewport()
    painted = _PaintCounter(viewport)
    _hub, start_point = hub_and_grip(window)
    radius = 40.0
    _mouse(viewport, QEvent.Type.MouseButtonPress, start_point, held=True)
    app.processEvents()
    samples: list[float] = []
    began = time.perf_counter()
    step = 0
    while step < frames and (not samples or time.perf_counter() - began < budget):
        step += 1
        angle = 2 * math.pi * step / 24
        point = start_point + QPointF(radius * math.sin(angle), radius * (1 - math.cos(angle)))
        before = painted.count
        t0 = time.perf_counter()
        _mouse(viewport, QEvent.Type.MouseMove, point, held=True)
        for _ in range(10):  # the scene's change reaches the viewport a turn later
            app.processEvents()
            if painted.count > before:
                break
        samples.append(time.perf_counter() - t0)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, start_point, held=False)
    until_settled(window, lambda: None)
    if window.editor.undo_stack.canUndo():
        until_settled(window, window.editor.undo_stack.undo)
    if painted.count == 0:
        raise RuntimeError("the canvas never repainted during the drag")
    return samples


def _frame(app, painted, before: int, t0: float) -> float:
    for _ in range(10):  # the change reaches the viewport a turn later
        app.processEvents()
        if painted.count > before:
            break
    return time.perf_counter() - t0


def pan(window, frames: int, budget: float) -> list[float]:
    """Pan the map 40 px a frame (to and fro, by the scroll bars, as a pan gesture does) at
    1.5 times the fit's zoom (at fit there is nothing to pan to); seconds per frame
    (scroll + paint)."""
    app = QApplication.instance()
    view = window.view
    view.zoom_to_fit()
    view.set_zoom(view.zoom() * 1.5)
    until_settled(window, lambda: None)
    painted = _PaintCounter(view.viewport())
    bar = view.horizontalScrollBar()
    if bar.maximum() - bar.minimum() < 300:
        raise RuntimeError("the map does not scroll at 1.5 times the fit's zoom")
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 2 - 120)
    app.processEvents()
    samples: list[float] = []
    began = time.perf_counter()
    for step in range(frames):
        if samples and time.perf_counter() - began > budget:
            break
        before, t0 = painted.count, time.perf_counter()
        bar.setValue(bar.value() + (40 if (step // 6) % 2 == 0 else -40))
        samples.append(_frame(app, painted, before, t0))
    view.zoom_to_fit()
    return samples


def zoom(window, frames: int, budget: float) -> list[float]:
    """Zoom in and out one wheel step around the fitted map; seconds per frame (zoom, names
    placed for it, paint)."""
    app = QApplication.instance()
    view = window.view
    view.zoom_to_fit()
    until_settled(window, lambda: None)
    fit = view.zoom()
    painted = _PaintCounter(view.viewport())
    samples: list[float] = []
    began = time.perf_counter()
    for step in range(frames):
        if samples and time.perf_counter() - began > budget:
            break
        before, t0 = painted.count, time.perf_counter()
        view.set_zoom(fit * (1.15 if step % 2 == 0 else 1.0))
        samples.append(_frame(app, painted, before, t0))
    view.zoom_to_fit()
    return samples
