"""Choose gemeenten by name: a table's werkgebied or the gemeenten a party serves.

The list shows names ("Havenstad"), the model stores CBS codes ("GM0363").
Names come from the app's CBS list (2010-2026, ``resources/regio-indelingen``)
and, for codes that list does not know, from the map's own gemeente parties.
Type a few letters and pick a gemeente from the suggestions; remove one with
the Delete key or the button. *Alle op de kaart* adds the codes of
every gemeente party of the map. *Alle gemeenten van* a region adds, in one step,
every gemeente of a veiligheidsregio, GGD-regio (derived, and marked so), provincie,
arbeidsmarktregio, COROP-gebied or an imported division (zorgkantoorregio, jeugdregio)
(:mod:`stakeholders.model.divisions`). Every change is one edit (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stakeholders.i18n import data_text
from stakeholders.model import vocab
from stakeholders.model.regionmap import RegionMap
from stakeholders.ui import divisions_data

CODE_ROLE = Qt.ItemDataRole.UserRole
_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class _CodeList(QListWidget):
    """The chosen gemeenten; Delete or Backspace removes the current one.

    The keys are claimed before the window's shortcuts see them, so Delete here
    never deletes the table or party whose werkgebied is shown.
    """

    remove_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in _REMOVE_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _REMOVE_KEYS:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class GemeentePicker(QWidget):
    """An editable list of gemeenten, shown by name and stored as CBS codes."""

    #: The user changed the list: the new codes, in order.
    codes_changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region: RegionMap | None = None
        self._codes: tuple[str, ...] = ()
        self._choices: dict[str, str] = {}

        self.list = _CodeList(self)
        self.list.setObjectName("gemeenteList")
        self.list.setMaximumHeight(120)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setToolTip(self.tr("Gemeenten; Delete verwijdert de gekozen gemeente"))
        self.search = QLineEdit(self)
        self.search.setObjectName("gemeenteSearch")
        self.search.setPlaceholderText(self.tr("gemeente toevoegen: typ een naam"))
        self.search.setClearButtonEnabled(True)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self._add_text)
        self.search.returnPressed.connect(lambda: self._add_text(self.search.text()))
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setObjectName("gemeenteRemove")
        self.remove_button.clicked.connect(self._remove_current)
        self.all_button = QPushButton(self.tr("Alle op de kaart"), self)
        self.all_button.setObjectName("gemeenteAllOnMap")
        self.all_button.setToolTip(self.tr("Voeg de gemeenten toe van alle partijen van het "
                                           "type gemeente op de kaart"))
        self.all_button.clicked.connect(self._add_all_on_map)
        self.list.remove_requested.connect(self._remove_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.search)
        for button in (self.remove_button, self.all_button):  # one under the other: the
            row = QHBoxLayout()  # property panel is narrow
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        label = QLabel(self.tr("Alle gemeenten van een regio:"), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self._region_rows(layout)

    def _region_rows(self, layout: QVBoxLayout) -> None:
        """Division, region and the add button, one under the other (the panel is narrow)."""
        self.division_combo = QComboBox(self)
        self.division_combo.setObjectName("gemeenteDivision")
        self.division_combo.setToolTip(self.tr("De regio-indeling"))
        for slug, label in divisions_data.division_choices():
            self.division_combo.addItem(label, slug)
        self.division_combo.setCurrentIndex(
            max(0, self.division_combo.findData("veiligheidsregio")))
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("gemeenteRegion")
        self.region_combo.setEditable(True)
        self.region_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.region_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region_combo.lineEdit().setPlaceholderText(self.tr("regio: typ een naam"))
        self.region_button = QPushButton(self.tr("Alle toevoegen"), self)
        self.region_button.setObjectName("gemeenteAddRegion")
        self.region_button.setToolTip(self.tr("Voeg alle gemeenten van deze regio toe (één "
                                              "stap, Ctrl+Z maakt het ongedaan)"))
        self.division_combo.currentIndexChanged.connect(self._fill_regions)
        self.region_button.clicked.connect(self._add_chosen_region)
        self.region_combo.lineEdit().returnPressed.connect(self._add_chosen_region)
        self._fill_regions()
        for combo in (self.division_combo, self.region_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.region_button)
        row.addStretch(1)
        layout.addWidget(self.division_combo)
        layout.addWidget(self.region_combo)
        layout.addLayout(row)

    def _fill_regions(self, *_args) -> None:
        data = divisions_data.current_divisions()
        slug = self.division_combo.currentData()
        self.region_combo.clear()
        for region in data.regions_of(slug):
            count = len(data.members(slug, region.code))
            self.region_combo.addItem(f"{region.name} ({count})", region.code)
        self.region_combo.setCurrentIndex(-1)
        division = data.divisions.get(slug)
        self.division_combo.setToolTip(data_text("divisions", division.derived)
                                       if division and division.derived
                                       else self.tr("De regio-indeling"))

    # -- showing -------------------------------------------------------------------------------
    def set_region(self, region: RegionMap) -> None:
        """The map whose gemeente parties name codes the CBS list does not know."""
        self.region = region
        latest = max((g.jaar for g in vocab.gemeenten().values()), default=0)
        choices = {f"{g.naam} ({g.code})" if g.jaar >= latest
                   else f"{g.naam} ({g.code}, tot {g.jaar})": g.code
                   for g in vocab.gemeenten().values()}
        for party in region.parties:
            if party.type == "gemeente":
                for code in party.gemeenten:
                    if not vocab.gemeente_name(code):
                        choices[f"{party.naam} ({code})"] = code
        self._choices = choices
        self.completer.setModel(QStringListModel(list(choices), self.completer))
        self.all_button.setEnabled(bool(self._codes_on_map()))

    def set_codes(self, codes: tuple[str, ...]) -> None:
        """Show ``codes`` (no signal)."""
        self._codes = tuple(codes)
        self.list.clear()
        for code in self._codes:
            name = (self.region.gemeente_name(code) if self.region is not None
                    else vocab.gemeente_name(code) or code)
            item = QListWidgetItem(name, self.list)
            item.setData(CODE_ROLE, code)
            item.setToolTip(name + " · " + self.tr("CBS-code {code}").format(code=code)
                            if vocab.gemeente_name(code)
                            else name + " · " + self.tr("{code}: niet in de CBS-lijst").format(
                                code=code))
        self.remove_button.setEnabled(bool(self._codes))

    def codes(self) -> tuple[str, ...]:
        return self._codes

    def names(self) -> list[str]:
        """The names as listed (what the user sees)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    # -- changing ------------------------------------------------------------------------------
    def add_code(self, code: str) -> bool:
        """Add one gemeente; ``False`` when it is already listed."""
        code = code.strip().upper()
        if not code or code in self._codes:
            return False
        self._emit((*self._codes, code))
        return True

    def _add_text(self, text: str) -> None:
        text = text.strip()
        code = self._choices.get(text) or self._match(text)
        if code:
            self.add_code(code)
            self.search.clear()

    def _match(self, text: str) -> str:
        """A code typed as such, or the single gemeente whose name matches ``text``."""
        upper = text.upper()
        if upper in vocab.gemeenten():
            return upper
        wanted = text.lower()
        exact = [c for label, c in self._choices.items()
                 if label.lower().split(" (")[0] == wanted]
        return exact[0] if len(set(exact)) == 1 else ""

    def add_region(self, slug: str, region_code: str) -> int:
        """Add every gemeente of one region that is not listed yet, as one edit; returns
        how many were added."""
        members = divisions_data.current_divisions().members(slug, region_code)
        new = tuple(c for c in members if c not in self._codes)
        if new:
            self._emit((*self._codes, *new))
        return len(new)

    def _add_chosen_region(self) -> None:
        slug = self.division_combo.currentData()
        code = self.region_combo.currentData()
        text = self.region_combo.currentText().strip()
        if code is None or self.region_combo.itemText(self.region_combo.currentIndex()) != text:
            found = divisions_data.current_divisions().find_region(slug, text.split(" (")[0])
            code = found.code if found else None
        if code:
            self.add_region(slug, code)
            self.region_combo.setCurrentIndex(-1)

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        code = item.data(CODE_ROLE)
        self._emit(tuple(c for c in self._codes if c != code))

    def _codes_on_map(self) -> list[str]:
        if self.region is None:
            return []
        codes: list[str] = []
        for party in self.region.parties:
            if party.type == "gemeente":
                codes.extend(c for c in party.gemeenten if c not in codes)
        return codes

    def _add_all_on_map(self) -> None:
        new = (*self._codes, *(c for c in self._codes_on_map() if c not in self._codes))
        if new != self._codes:
            self._emit(new)

    def _emit(self, codes: tuple[str, ...]) -> None:
        self.set_codes(codes)
        self.codes_changed.emit(codes)

