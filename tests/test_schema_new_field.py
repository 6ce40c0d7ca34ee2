"""Adding a field is one line in the schema plus its entity attribute.

This test does exactly that on a copy of the package: it adds a date to Tafels
(``startdatum``, alias ``start-date``) and a party reference to Partijen
(``coordinator``), each as one line in ``model/schema.py`` and one attribute in
``model/entities.py``, and nothing else. A script then runs against the copy and
reports what it sees; the test checks that the importer reads and validates both
columns, both spreadsheet writers and the ``.regiokaart`` file carry them through a
round trip, the edit planner checks and renames the reference, and the property panel
shows both fields with their labels.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: (file, the line after which the new line goes, the new line): the whole change.
CHANGE = [
    ("model/entities.py", '    regioanalyse: str = ""\n',
     "    startdatum: date | None = None\n"),
    ("model/entities.py", '    contactpersoon: str = ""\n', '    coordinator: str = ""\n'),
    ("model/schema.py", "    *_GOVERNANCE,\n",
     '    Column("startdatum", Kind.DATE, _t("Startdatum"), ("start-date",)),\n'),
    ("model/schema.py", '           hint=_t("persoonsgegevens: blijven lokaal")),\n',
     '    Column("coordinator", PARTY_REF, _t("Coördinator")),\n'),
]

SCRIPT = r'''
import json, sys
from datetime import date
from pathlib import Path

from stakeholders.io import regiokaart
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.importer import import_workbook
from stakeholders.io.problems import MapLoadError
from stakeholders.io.rows import sheet_rows
from stakeholders.io.workbook import RawSheet, RawWorkbook, parse_csv_text
from stakeholders.model import edits
from stakeholders.model.ops import apply_to
from stakeholders.rules.catalogue import known_rule_ids

out = {}
tmp = Path(sys.argv[1])


def workbook(partijen, tafels):
    return RawWorkbook([RawSheet("Partijen.csv", "Partijen", parse_csv_text(partijen)),
                        RawSheet("Tafels.csv", "Tafels", parse_csv_text(tafels))], kind="csv")


good = import_workbook(workbook(
    "id;naam;type;coordinator\nP1;Gemeente A;gemeente;\nP2;Zorgverzekeraar B;zorgverzekeraar;p1\n",
    "id;naam;soort;start-date\nT1;Zorgtafel;zorgtafel;1-3-2025\n"), known_rules=known_rule_ids())
region = good.map
out["imported"] = [region.tables[0].startdatum.isoformat(), region.parties[1].coordinator]
try:
    import_workbook(workbook("id;naam;type;coordinator\nP1;A;gemeente;P9\n",
                             "id;naam;soort;startdatum\nT1;Z;zorgtafel;morgen\n"),
                    known_rules=known_rule_ids())
except MapLoadError as exc:
    out["errors"] = [p.text() for p in exc.errors]

rows = sheet_rows(region)
out["rows"] = {name: [[str(v) for v in row] for row in rows[name]]
               for name in ("Partijen", "Tafels")}
for name in ("kaart.xlsx", "csv", "kaart.regiokaart"):
    save_map(region, str(tmp / name) + ("/" if name == "csv" else ""))
    back = load_map(tmp / name, known_rules=known_rule_ids).map
    same = back.parties == region.parties and back.tables == region.tables
    out.setdefault("round_trip", []).append(same)
record = json.loads((tmp / "kaart.regiokaart").read_text(encoding="utf-8"))
out["regiokaart"] = [record["tafels"][0].get("startdatum"),
                     record["partijen"][1].get("coordinator")]
out["csv_header"] = (tmp / "csv" / "Tafels.csv").read_text(encoding="utf-8-sig").splitlines()[0]

p2 = region.parties[1]
try:
    edits.set_fields(region, "party", p2.uid, {"coordinator": "P9"})
except edits.EditError as exc:
    out["edit_refused"] = str(exc)
for op in edits.set_fields(region, "party", region.parties[0].uid, {"id": "G1"}):
    apply_to(region, op)
out["renamed"] = region.parties[1].coordinator
for op in edits.remove(region, [("party", region.parties[0].uid)]):
    apply_to(region, op)
out["after_remove"] = region.parties[0].coordinator

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from stakeholders.model.document import Document
from stakeholders.ui.editor import DocumentEditor
from stakeholders.ui.panels.properties import PropertyPanel

app = QApplication([])
shown = load_map(tmp / "kaart.regiokaart", known_rules=known_rule_ids).map
panel = PropertyPanel(DocumentEditor(Document(shown)))
panel.show_uids([shown.tables[0].uid])
field = panel.findChild(QLineEdit, "field_startdatum")
label = panel.form.labelForField(field)
out["panel_table"] = [field.text(), label.text() if isinstance(label, QLabel) else None]
panel.show_uids([shown.parties[1].uid])
combo = panel.findChild(QComboBox, "field_coordinator")
out["panel_party"] = [combo.currentData(), combo.currentText()]
print(json.dumps(out))
'''


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("copy")
    package = root / "stakeholders"
    shutil.copytree(ROOT / "stakeholders", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    for relative, after, line in CHANGE:
        path = package / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(after) == 1, f"{relative}: anchor {after!r} must occur once"
        path.write_text(text.replace(after, after + line), encoding="utf-8")
    work = tmp_path_factory.mktemp("files")
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen",
               STAKEHOLDERS_RESOURCES=str(ROOT / "resources"))
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(work)], capture_output=True,
                            text=True, env=env, cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_importer_reads_and_validates_the_new_columns(seen: dict) -> None:
    assert seen["imported"] == ["2025-03-01", "P1"]  # alias header, Dutch date, any case
    assert seen["errors"] == [
        "Partijen.csv, rij 2, kolom coordinator: onbekende partij 'P9'",
        "Tafels.csv, rij 2, kolom startdatum: 'morgen' is geen geldige datum "
        "(gebruik JJJJ-MM-DD)",
    ]


def test_both_writers_and_the_native_file_carry_the_new_columns(seen: dict) -> None:
    tafels = seen["rows"]["Tafels"]
    assert tafels[0][-3:] == ["regioanalyse", "startdatum", "notities"]
    assert tafels[1][-2] == "2025-03-01"
    assert seen["rows"]["Partijen"][0][-2:] == ["coordinator", "notities"]
    assert seen["csv_header"].endswith(";regioanalyse;startdatum;notities")
    assert seen["round_trip"] == [True, True, True]  # XLSX, CSV folder, .regiokaart
    assert seen["regiokaart"] == ["2025-03-01", "P1"]


def test_the_edit_planner_checks_and_follows_the_new_reference(seen: dict) -> None:
    assert seen["edit_refused"] == "onbekende partij 'P9'"
    assert seen["renamed"] == "G1"
    assert seen["after_remove"] == ""


def test_the_property_panel_shows_the_new_fields(seen: dict) -> None:
    assert seen["panel_table"] == ["2025-03-01", "Startdatum"]
    assert seen["panel_party"] == ["P1", "Gemeente A (P1)"]
