"""The property panel: every field of the selected item, editable with a fitting editor.

With nothing selected it shows the Kaart fields. Each change goes to the
editor as an undo step; typing in one field merges into one step. Updates
from the model are written back with signals blocked (no echo), and never
overwrite the field the user is typing in.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stakeholders.io.cells import CellError, parse_date, split_list
from stakeholders.model import schema, vocab
from stakeholders.model.chairs import chair_of, shown_role
from stakeholders.model.entities import Seat, Table
from stakeholders.model.kinds import NODE_KINDS, EntityKind
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.kind_rules_text import kind_rules_text
from stakeholders.ui.panels import fields as F
from stakeholders.ui.panels.field_undo import FieldUndo
from stakeholders.ui.panels.gemeenten import GemeentePicker
from stakeholders.ui.plain import rich


class _PlainText(QPlainTextEdit):
    """A multi-line editor sized for a few lines."""

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        return hint


class PropertyPanel(QWidget):
    """Shows and edits the properties of the selected item (or of the map)."""

    #: The user picked another row of an arrow that stands for several mandates.
    row_changed = Signal(str)

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertyPanel")
        self.editor = editor
        self.document = editor.document
        self.uids: list[str] = []
        self.uid: str | None = None
        self.kind: str = schema.INFO
        self.widgets: dict[str, QWidget] = {}
        #: Ctrl+Z / Ctrl+Y in a field: the map's undo, the field's typing first.
        self.field_undo = FieldUndo(editor.undo_stack, self)

        self.title = QLabel(self)
        self.title.setObjectName("propertyTitle")
        self.title.setWordWrap(True)
        self.row_picker = QComboBox(self)
        self.row_picker.setObjectName("mandateRowPicker")
        self.row_picker.currentIndexChanged.connect(self._pick_row)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each label above its field: every field has the panel's width, nothing is cut off.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.row_picker)
        layout.addWidget(scroll, 1)

        self.document.updated.connect(self._on_updated)
        self.document.info_changed.connect(self._on_info_changed)
        self.document.removed.connect(self._on_removed)
        self.document.reset.connect(self._on_reset)
        self.document.changed.connect(self._refresh_choices)
        self.show_uids([])

    # -- which item ---------------------------------------------------------------------
    def show_uids(self, uids: list[str]) -> None:
        """Show the item of ``uids`` (several rows of one mandate arrow: a row picker)."""
        uids = [u for u in uids if self.document.entity(u) is not None]
        self.uids = uids
        kinds = {self.document.kind_of(u) for u in uids}
        self.row_picker.blockSignals(True)
        self.row_picker.clear()
        if len(uids) > 1 and kinds == {EntityKind.MANDATE}:
            for index, uid in enumerate(uids, start=1):
                mandate = self.document.entity(uid)
                where = mandate.tafel or self.tr("alle tafels")
                self.row_picker.addItem(self.tr("mandaat {n}: {waar}").format(n=index, waar=where),
                                        uid)
            self.row_picker.setVisible(True)
        else:
            self.row_picker.setVisible(False)
        self.row_picker.blockSignals(False)
        if len(uids) == 0:
            self._build(None, schema.INFO)
        elif len(uids) == 1 or kinds == {EntityKind.MANDATE}:
            self._build(uids[0], self.document.kind_of(uids[0]) or schema.INFO)
        else:
            self._build_many(len(uids))

    def _pick_row(self, index: int) -> None:
        uid = self.row_picker.itemData(index)
        if uid:
            self._build(uid, EntityKind.MANDATE)
            self.row_changed.emit(uid)

    def _clear_form(self) -> None:
        # The form can be rebuilt from inside a signal of one of its own editors (an edit
        # that changes the selection): delete the old widgets later, never under their feet.
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for part in (row.labelItem, row.fieldItem):
                widget = part.widget() if part is not None else None
                if widget is not None:
                    widget.setObjectName("")  # findChild must find the new editors only
                    widget.hide()
                    widget.deleteLater()
        self.widgets = {}

    def _build_many(self, count: int) -> None:
        self._clear_form()
        self.uid, self.kind = None, "many"
        self.title.setText(self.tr("{n} onderdelen geselecteerd").format(n=count))

    def _build(self, uid: str | None, kind: str) -> None:
        self._clear_form()
        self.uid, self.kind = uid, kind
        entity = self.document.entity(uid) if uid else self.document.region.info
        title = F.KIND_TITLES.get(kind, kind)
        if kind in NODE_KINDS:
            title += f": {entity.naam}"
        self.title.setText(rich(title, bold=True))
        for spec in F.FIELDS[kind]:
            widget = self._make_widget(spec, entity)
            widget.setObjectName(f"field_{spec.name}")
            self.widgets[spec.name] = widget
            self.form.addRow(spec.label, widget)
            if kind == EntityKind.TABLE and spec.name == "soort":
                self.form.addRow(self._kind_note())
        self._load_values(entity)

    def _kind_note(self) -> QLabel:
        """Under a table's kind: which rule groups the kind brings (the kind decides)."""
        note = QLabel(self)
        note.setObjectName("kindRules")
        note.setWordWrap(True)
        return note

    # -- widgets ------------------------------------------------------------------------
    def _make_widget(self, spec: F.FieldSpec, entity: Any) -> QWidget:
        if spec.kind in (F.TEXT, F.ID, F.LIST, F.DATE):
            widget = QLineEdit(self)
            widget.setPlaceholderText(spec.placeholder)
            if spec.kind == F.TEXT:
                widget.textEdited.connect(
                    lambda text, s=spec, w=widget: self._commit_typing(s, w, text))
                widget.editingFinished.connect(lambda s=spec, w=widget: self._leave_text(s, w))
                self.field_undo.watch(widget)
            else:
                widget.editingFinished.connect(lambda s=spec, w=widget: self._commit_line(s, w))
                self.field_undo.watch(widget, lambda s=spec, w=widget: self._drop_typing(s, w))
            return widget
        if spec.kind == F.MULTILINE:
            widget = _PlainText(self)
            widget.textChanged.connect(
                lambda s=spec, w=widget: self._commit(s, w.toPlainText(), merge=True))
            self.field_undo.watch(widget)
            return widget
        if spec.kind in (F.CHOICE, F.SCORE, F.TRISTATE, F.NAMENS):
            widget = QComboBox(self)
            widget.setMaxVisibleItems(20)
            # long choices ("jeugdregio (inkoop jeugdhulp)") must not widen the narrow panel
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
            if spec.open_choice:
                widget.setEditable(True)
                if spec.placeholder:
                    widget.lineEdit().setPlaceholderText(spec.placeholder)
            self._fill_combo(spec, widget, entity)
            signal = widget.currentTextChanged if widget.isEditable() else widget.activated
            signal.connect(lambda *_a, s=spec, w=widget: self._commit_combo(s, w))
            return widget
        if spec.kind == F.BOOL:
            widget = QCheckBox(self)
            widget.toggled.connect(lambda checked, s=spec: self._commit(s, checked))
            return widget
        if spec.kind == F.ROLES:
            widget = QListWidget(self)
            widget.setMaximumHeight(110)
            for value in vocab.PARTY_ROLES.values:
                item = QListWidgetItem(value.label_nl, widget)
                item.setData(Qt.ItemDataRole.UserRole, value.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            widget.itemChanged.connect(lambda _item, s=spec, w=widget: self._commit_roles(s, w))
            return widget
        if spec.kind == F.GEMEENTEN:
            widget = GemeentePicker(self)
            widget.set_region(self.document.region)
            widget.codes_changed.connect(lambda codes, s=spec: self._commit_codes(s, codes))
            return widget
        widget = QLabel(self)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def _fill_combo(self, spec: F.FieldSpec, widget: QComboBox, entity: Any) -> None:
        with QSignalBlocker(widget):
            widget.clear()
            if spec.kind == F.SCORE:
                widget.addItem("–", None)
                for value in range(1, 6):
                    widget.addItem(str(value), value)
            elif spec.kind == F.TRISTATE:
                widget.addItem(self.tr("onbekend"), None)
                widget.addItem(self.tr("ja"), True)
                widget.addItem(self.tr("nee"), False)
            elif spec.kind == F.NAMENS:
                for party in self.document.region.parties:
                    widget.addItem(f"{party.naam} ({party.id})", ("", party.id))
                for party_type in vocab.party_types():
                    widget.addItem(self.tr("alle {type} (type)").format(type=party_type.label_nl),
                                   (party_type.id, ""))
            elif spec.choices is not None:
                for value, label in spec.choices(self.document.region, entity):
                    widget.addItem(label, value)

    def _refresh_choices(self) -> None:
        """Lists of parties and tables change with the map: refill the drop-downs."""
        if self.uid is None and self.kind != schema.INFO:
            return
        entity = self.document.entity(self.uid) if self.uid else self.document.region.info
        if entity is None:
            return
        for spec in F.FIELDS.get(self.kind, ()):
            widget = self.widgets.get(spec.name)
            if isinstance(widget, QComboBox) and spec.kind in (F.CHOICE, F.NAMENS) \
                    and not widget.isEditable():
                self._fill_combo(spec, widget, entity)
        self._load_values(entity)

    # -- values ---------------------------------------------------------------------------
    def _value(self, entity: Any, spec: F.FieldSpec) -> Any:
        if spec.kind == F.NAMENS:
            return (entity.namens_type, entity.namens_partij)
        # One chair: the table's chair and a seat's role show what the map means (a chair
        # recorded only on a seat, or only on the table), the same as the canvas and page.
        if isinstance(entity, Table) and spec.name == "voorzitter":
            return chair_of(self.document.region, entity)
        if isinstance(entity, Seat) and spec.name == "rol":
            return shown_role(self.document.region, entity)
        return getattr(entity, spec.name)

    def _load_values(self, entity: Any) -> None:
        note = self.form_host.findChild(QLabel, "kindRules")
        if note is not None and isinstance(entity, Table):
            note.setText(self.tr("Deze soort brengt: {regels}").format(
                regels=kind_rules_text(entity.soort)))
        for spec in F.FIELDS.get(self.kind, ()):
            widget = self.widgets.get(spec.name)
            if widget is None:
                continue
            value = self._value(entity, spec)
            with QSignalBlocker(widget):
                self._set_widget(widget, spec, value)

    def _set_widget(self, widget: QWidget, spec: F.FieldSpec, value: Any) -> None:
        if isinstance(widget, QLineEdit):
            if spec.kind == F.LIST:
                text = ", ".join(value)
            elif spec.kind == F.DATE:
                text = value.isoformat() if value else ""
            else:
                text = value or ""
            if widget.hasFocus() and spec.kind == F.TEXT and widget.text() == text:
                return
            if widget.text() != text:
                widget.setText(text)
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # show the start of a long text
            widget.setStyleSheet("")
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if widget.isEditable():  # an open choice: a listed value shows its label
                widget.setEditText(widget.itemText(index) if index >= 0 else (value or ""))
            elif index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in value \
                    else Qt.CheckState.Unchecked
                item.setCheckState(state)
        elif isinstance(widget, GemeentePicker):
            widget.set_region(self.document.region)
            widget.set_codes(tuple(value))
        elif isinstance(widget, QLabel):
            widget.setText(str(value))

    # -- commits --------------------------------------------------------------------------
    def _commit(self, spec: F.FieldSpec, value: Any, merge: bool = False) -> bool:
        session = self.field_undo.session
        if self.kind == schema.INFO:
            return self.editor.set_info({spec.name: value}, merge=merge, session=session)
        if self.uid is None:
            return False
        return self.editor.set_fields(self.uid, {spec.name: value}, merge=merge,
                                      session=session)

    def _drop_typing(self, spec: F.FieldSpec, widget: QLineEdit) -> bool:
        """Ctrl+Z in a field that commits when you leave it: back to the stored value
        (``False`` when there was no typing to drop)."""
        entity = self.document.entity(self.uid) if self.uid else (
            self.document.region.info if self.kind == schema.INFO else None)
        if entity is None:
            return False
        before = widget.text()
        with QSignalBlocker(widget):
            self._set_widget(widget, spec, self._value(entity, spec))
        return widget.text() != before

    def _commit_typing(self, spec: F.FieldSpec, widget: QLineEdit, text: str) -> None:
        """Each keystroke is an edit (merged into one undo step); a refused one turns red."""
        ok = self._commit(spec, text, merge=True)
        widget.setStyleSheet("" if ok or self._current_value(spec) == text
                             else "border: 2px solid #CC3311;")

    def _leave_text(self, spec: F.FieldSpec, widget: QLineEdit) -> None:
        """Leaving a field whose text was refused puts the stored value back."""
        value = self._current_value(spec)
        if value is not None and widget.text() != (value or ""):
            with QSignalBlocker(widget):
                widget.setText(value or "")
        widget.setStyleSheet("")

    def _current_value(self, spec: F.FieldSpec):
        entity = self.document.entity(self.uid) if self.uid else (
            self.document.region.info if self.kind == schema.INFO else None)
        return None if entity is None else self._value(entity, spec)

    def _commit_line(self, spec: F.FieldSpec, widget: QLineEdit) -> None:
        text = widget.text().strip()
        if spec.kind == F.LIST:
            value: Any = tuple(code.upper() for code in split_list(text))
        elif spec.kind == F.DATE:
            try:
                value = parse_date(text)
            except CellError:
                widget.setStyleSheet("border: 2px solid #CC3311;")
                self.editor.edit_refused.emit(
                    self.tr("'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)").format(
                        waarde=text))
                return
        else:
            value = text
        entity = self.document.entity(self.uid) if self.uid else self.document.region.info
        if entity is None or self._value(entity, spec) == value:
            return
        if not self._commit(spec, value):
            with QSignalBlocker(widget):
                self._set_widget(widget, spec, self._value(entity, spec))

    def _commit_combo(self, spec: F.FieldSpec, widget: QComboBox) -> None:
        value = self._open_choice(widget) if widget.isEditable() else widget.currentData()
        if spec.kind == F.NAMENS:
            type_id, party_id = value
            changes = {"namens_type": type_id, "namens_partij": party_id}
            if party_id:
                changes["namens_subregio"] = ""
            if self.uid and not self.editor.set_fields(self.uid, changes):
                self._load_values(self.document.entity(self.uid))
            return
        entity = self.document.entity(self.uid) if self.uid else self.document.region.info
        if entity is None or self._value(entity, spec) == value:
            return
        if not self._commit(spec, value):
            self._load_values(entity)

    @staticmethod
    def _open_choice(widget: QComboBox) -> str:
        """The value of an editable drop-down: a listed label or value gives that value
        ("ROAZ-regio" gives ``roaz-regio``); other text is kept as typed."""
        text = widget.currentText().strip()
        for index in range(widget.count()):
            data = widget.itemData(index)
            if text.lower() in (widget.itemText(index).lower(), str(data).lower()):
                return data
        return text

    def _commit_codes(self, spec: F.FieldSpec, codes: tuple[str, ...]) -> None:
        """A gemeente added or removed: one edit; a refused one shows the stored list."""
        if not self._commit(spec, tuple(codes)):
            self._load_values(self.document.entity(self.uid))

    def _commit_roles(self, spec: F.FieldSpec, widget: QListWidget) -> None:
        roles = tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )
        if not self._commit(spec, roles):
            self._load_values(self.document.entity(self.uid))

    # -- model signals ------------------------------------------------------------------------
    def _on_updated(self, kind: str, uid: str) -> None:
        if uid == self.uid:
            entity = self.document.entity(uid)
            if kind in NODE_KINDS:
                self.title.setText(rich(f"{F.KIND_TITLES[kind]}: {entity.naam}", bold=True))
            self._load_values(entity)

    def _on_reset(self) -> None:
        self.show_uids([])

    def _on_info_changed(self) -> None:
        if self.kind == schema.INFO:
            self._refill_open_choices()
            self._load_values(self.document.region.info)

    def _refill_open_choices(self) -> None:
        """An open choice whose list depends on another field (Kaart regio on regio-indeling)."""
        info = self.document.region.info
        for spec in F.FIELDS[schema.INFO]:
            widget = self.widgets.get(spec.name)
            if isinstance(widget, QComboBox) and widget.isEditable() and spec.choices:
                values = [v for v, _label in spec.choices(self.document.region, info)]
                if values != [widget.itemData(i) for i in range(widget.count())]:
                    self._fill_combo(spec, widget, info)

    def _on_removed(self, kind: str, uid: str) -> None:
        if uid in self.uids:
            with contextlib.suppress(ValueError):
                self.uids.remove(uid)
            self.show_uids(self.uids)
