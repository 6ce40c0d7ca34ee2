"""Progress reporting and cancellation shared by the layout functions.

A layout reports how far it is through an optional ``progress`` callable:
it is called with a fraction between 0 and 1 at the start, at the end and
at least every :data:`INTERVAL` seconds of work in between (never much more
often, so a callback that updates a progress bar stays cheap). When the
callable returns ``False`` the layout stops by raising :class:`Cancelled`;
the region is never changed, so there is nothing to undo.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: ``progress(fraction) -> keep_going``; ``None`` means "don't report".
ProgressFn = Callable[[float], bool] | None

#: Seconds between two reports (the contract promises at least every ~100 ms).
INTERVAL = 0.04


class Cancelled(Exception):  # noqa: N818 - the name is part of the layout API
    """Raised by a layout function when its ``progress`` callable returned ``False``."""


class Ticker:
    """Throttles calls to a :data:`ProgressFn` and turns ``False`` into :class:`Cancelled`.

    A ticker maps its own range ``0..1`` onto ``[start, end]`` of the caller's
    fraction, so a function can hand a part of its work to a helper with
    :meth:`sub`.
    """

    __slots__ = ("_end", "_fn", "_last", "_root", "_start")

    def __init__(self, fn: ProgressFn, start: float = 0.0, end: float = 1.0,
                 _root: Ticker | None = None) -> None:
        self._fn = fn
        self._start = start
        self._end = end
        self._root = _root if _root is not None else self
        self._last = time.perf_counter()

    def sub(self, start: float, end: float) -> Ticker:
        """A ticker for the part ``start..end`` (fractions of this ticker's range)."""
        span = self._end - self._start
        return Ticker(self._fn, self._start + span * start, self._start + span * end,
                      _root=self._root)

    def __call__(self, fraction: float, *, force: bool = False) -> None:
        """Report ``fraction`` (0..1 of this ticker's range) if enough time has passed."""
        if self._fn is None:
            return
        root = self._root
        now = time.perf_counter()
        if not force and now - root._last < INTERVAL:
            return
        root._last = now
        value = self._start + (self._end - self._start) * min(max(fraction, 0.0), 1.0)
        if self._fn(value) is False:
            raise Cancelled()

    def start(self) -> None:
        """Report the start (always calls the callable)."""
        self(0.0, force=True)

    def done(self) -> None:
        """Report the end (always calls the callable)."""
        self(1.0, force=True)
