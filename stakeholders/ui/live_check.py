"""Re-run the rules after every edit so flags, badges and counts are always current.

The check runs synchronously on the Document's ``changed`` signal (one per
edit): a full check of a 500-party map takes a few milliseconds (see
``bench/bench_rules.py``), so there is no stale state to reason about.
"""

from __future__ import annotations

import logging
import time
from datetime import date

from PySide6.QtCore import QObject, Signal

from stakeholders.model.document import Document
from stakeholders.rules.catalogue import Catalogue, CatalogueError, default_catalogue
from stakeholders.rules.engine import check_map, unused_waivers
from stakeholders.rules.flags import Flag

log = logging.getLogger(__name__)


class LiveChecker(QObject):
    """Holds the current flags of a Document and announces when they change."""

    #: The flags were recomputed: the new list (display order).
    flags_changed = Signal(list)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.flags: list[Flag] = []
        #: The catalogue the flags were made with (the bundled one plus the region's own).
        self.catalogue: Catalogue = default_catalogue()
        self.last_duration = 0.0
        self.today: date | None = None  #: tests may fix the check date
        document.changed.connect(self.recheck)
        self.recheck()

    def recheck(self) -> None:
        """Run the rules now and emit ``flags_changed``."""
        start = time.perf_counter()
        region = self.document.region
        try:
            self.catalogue = default_catalogue().with_region_rules(region.custom_rules)
        except CatalogueError as exc:  # validated on load and in the dialog; never fatal
            log.warning("eigen regels genegeerd: %s", exc)
            self.catalogue = default_catalogue()
        self.flags = check_map(region, today=self.today, catalogue=self.catalogue,
                               own_rules_included=True)
        self.last_duration = time.perf_counter() - start
        log.debug("checked in %.1f ms: %d flags", self.last_duration * 1000, len(self.flags))
        self.flags_changed.emit(self.flags)

    def unused_waivers(self):
        """Keuzes rows that match no flag ("niet (meer) van toepassing")."""
        return unused_waivers(self.flags, self.document.region.waivers)
