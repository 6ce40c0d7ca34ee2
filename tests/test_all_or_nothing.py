"""Every save is all-or-nothing, a CSV folder included; one backup; no folder as a file.

A CSV folder is written into a sibling folder and swapped in by two renames: a failure
while writing leaves the old folder as it was; a stop between the renames leaves the
complete new version, which the reader names and :func:`finish_swap` puts in place. Each
save keeps the version before it as ``… (vorige versie)``; stale temporary files of a
stopped save are removed by the next one.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from stakeholders import cli
from stakeholders.io import atomic, regiokaart, spreadsheet
from stakeholders.io.formats import load_map, save_map
from stakeholders.io.problems import MapLoadError, MapSaveError
from stakeholders.model.regionmap import RegionMap
from stakeholders.rules.catalogue import known_rule_ids

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"


def example() -> RegionMap:
    return regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map


def renamed(name: str) -> RegionMap:
    region = example()
    region.info = type(region.info)(**{**region.info.__dict__, "naam": name})
    return region


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def loaded_name(path: Path) -> str:
    return load_map(path, known_rules=known_rule_ids).map.info.naam


def test_a_csv_folder_that_fails_halfway_keeps_the_old_set(tmp_path, monkeypatch):
    folder = tmp_path / "kaart"
    save_map(renamed("Oud"), str(folder) + "/")
    before = snapshot(folder)
    written = []
    real = atomic._write_synced

    def fail_on_the_fourth(path, data):
        if path.parent.name.startswith(".kaart.nieuw-"):  # the new set, not the backup
            written.append(path)
        if len(written) == 4:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(atomic, "_write_synced", fail_on_the_fourth)
    with pytest.raises(MapSaveError, match="No space left"):
        save_map(renamed("Nieuw"), str(folder) + "/")
    assert snapshot(folder) == before
    assert [p.name for p in tmp_path.iterdir()] == ["kaart"]  # nothing left over


def test_a_save_stopped_between_the_renames_is_named_and_recovered(tmp_path, monkeypatch):
    folder = tmp_path / "kaart"
    save_map(renamed("Oud"), str(folder) + "/")
    real = os.replace

    def crash_after_moving_the_old_away(source, target):
        real(source, target)
        if Path(target).name.startswith(".kaart.oud-"):
            raise KeyboardInterrupt  # the process stops here

    monkeypatch.setattr(atomic.os, "replace", crash_after_moving_the_old_away)
    with pytest.raises(KeyboardInterrupt):
        spreadsheet.write_csv_folder(renamed("Nieuw"), folder)
    monkeypatch.setattr(atomic.os, "replace", real)
    assert not folder.exists()
    with pytest.raises(MapLoadError) as info:
        load_map(folder, known_rules=known_rule_ids)
    message = info.value.errors[0].text()
    assert "het opslaan van" in message and "is onderbroken" in message
    assert ".kaart.nieuw-" in message
    assert atomic.finish_swap(folder)
    assert loaded_name(folder) == "Nieuw"


@pytest.mark.parametrize("name", ["kaart.regiokaart", "kaart.xlsx", "kaart/"])
def test_each_save_keeps_the_version_before_it(tmp_path, name):
    target = tmp_path / name
    save_map(renamed("Eerste"), str(target) + ("/" if name.endswith("/") else ""))
    assert not atomic.backup_path(target).exists()
    save_map(renamed("Tweede"), str(target) + ("/" if name.endswith("/") else ""))
    save_map(renamed("Derde"), str(target) + ("/" if name.endswith("/") else ""))
    assert loaded_name(target) == "Derde"
    backup = atomic.backup_path(target)
    assert backup.name in ("kaart (vorige versie).regiokaart", "kaart (vorige versie).xlsx",
                           "kaart (vorige versie)")
    assert loaded_name(backup) == "Tweede"


@pytest.mark.parametrize("name", ["kaart.regiokaart", "kaart.xlsx"])
def test_a_folder_is_never_used_as_a_file(tmp_path, name, capsys):
    target = tmp_path / name
    target.mkdir()
    with pytest.raises(MapSaveError, match="is een map, geen bestand"):
        save_map(example(), target)
    assert list(target.iterdir()) == []
    assert cli.main(["convert", str(EXAMPLE), str(target)]) == cli.EXIT_INPUT
    assert list(target.iterdir()) == []


def test_a_folder_with_other_work_is_never_replaced(tmp_path):
    folder = tmp_path / "Documenten"
    folder.mkdir()
    (folder / "brief.docx").write_bytes(b"werk")
    with pytest.raises(MapSaveError, match="bevat ook andere bestanden"):
        save_map(example(), str(folder) + "/")
    assert snapshot(folder) == {"brief.docx": b"werk"}


def test_stale_temporary_files_are_removed_by_the_next_save(tmp_path):
    target = tmp_path / "kaart.regiokaart"
    old = tmp_path / ".kaart.regiokaart.x1y2.tmp"
    young = tmp_path / ".kaart.regiokaart.a1b2.tmp"
    staged = tmp_path / ".kaart.regiokaart.nieuw-abc"
    for path in (old, young):
        path.write_bytes(b"half")
    staged.mkdir()
    hour_ago = time.time() - 3600
    for path in (old, staged):
        os.utime(path, (hour_ago, hour_ago))
    save_map(example(), target)
    assert not old.exists() and not staged.exists()
    assert young.exists()  # may belong to a save that is still running


def test_the_window_offers_the_complete_version_of_an_interrupted_save(tmp_path, qtbot,
                                                                        monkeypatch):
    from test_gui_support import open_window

    folder = tmp_path / "kaart"
    staged = tmp_path / ".kaart.nieuw-x1"
    save_map(renamed("Nieuw"), str(staged) + "/")
    (staged / atomic.COMPLETE_MARKER).write_bytes(b"")
    window = open_window(qtbot)
    asked = []
    monkeypatch.setattr(window.files, "ask_yes_no", lambda title, text: asked.append(text) or True)
    assert window.files.open_path(folder, ask=False)
    assert "is onderbroken" in asked[0]
    assert window.document.region.info.naam == "Nieuw"
    assert folder.is_dir() and not staged.exists()
