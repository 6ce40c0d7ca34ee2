"""The English translation is complete, compiled, and used by the command line.

``tools/translations.py`` extracts every user-visible Dutch text the way
``tests/test_i18n.py`` guards them; a text without English in
``resources/translations/stakeholders_en.ts`` fails here (run
``python tools/translations.py update`` and translate what it lists).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from stakeholders import i18n, language

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
_spec = importlib.util.spec_from_file_location("translations_tool",
                                               ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool  # dataclasses look their module up
_spec.loader.exec_module(tool)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_user_visible_text_has_english() -> None:
    messages = tool.extract()
    missing = tool.merge(tool.read(tool.ts_path()), messages)
    assert len(messages) > 600  # the scan sees the whole app, not an empty folder
    assert [f"[{c}] {s}" for c, s in missing] == [], (
        "texts without English: run `python tools/translations.py update` and translate them")


def test_a_new_dutch_text_is_found_without_english(tmp_path: Path) -> None:
    """The check above is not blind: a new string in a widget, a module's ``_t`` and a rule
    fix each show up as missing, in the context Qt and i18n look them up in."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "panel.py").write_text(
        'from stakeholders.i18n import translator\n_t = translator("nieuw")\n'
        'class NieuwPaneel:\n    def build(self):\n        return self.tr("Knop die nog niemand '
        'vertaalde"), _t("Melding zonder Engels"), self.tr("&Bestand")\n', encoding="utf-8")
    found = tool.extract(package)
    assert {("NieuwPaneel", "Knop die nog niemand vertaalde"),
            ("nieuw", "Melding zonder Engels")} <= set(found)
    missing = tool.merge(tool.read(tool.ts_path()), found)
    assert ("NieuwPaneel", "Knop die nog niemand vertaalde") in missing
    assert ("nieuw", "Melding zonder Engels") in missing
    # the same Dutch in another context takes the English it already has
    assert ("NieuwPaneel", "&Bestand") not in missing
    assert found[("NieuwPaneel", "&Bestand")].translation == "&File"
    # every rule's fix is extracted from rules.toml (the contract gives no fix_en)
    assert all(("rules", fix) in found for fix in tool.rule_texts())


def test_translations_keep_placeholders_and_accelerators() -> None:
    """"{naam}" must survive translation (format() would raise), and so must one "&"."""
    wrong = []
    for message in tool.read(tool.ts_path()).values():
        source, text = message.source, message.translation
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders: {source!r} -> {text!r}")
        if source.count("&") != text.count("&"):
            wrong.append(f"accelerator: {source!r} -> {text!r}")
    assert wrong == []


def test_the_shipped_qm_holds_every_translation_of_the_ts(qapp) -> None:
    """The .qm the window loads is compiled from the current .ts (re-run ``update``)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tool.ts_path().with_suffix(".qm")))
    stale = [f"[{m.context}] {m.source}" for m in tool.read(tool.ts_path()).values()
             if m.finished and translator.translate(m.context, m.source) != m.translation]
    assert stale == []


def test_i18n_reads_the_english_without_qt() -> None:
    """The command line has no QApplication: i18n.tr reads the .ts itself."""
    code = ("import sys; from stakeholders import language, i18n; language.start('en'); "
            "print(i18n.tr('cli', 'wat te doen: {fix}')); "
            "print('PySide6.QtCore' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert out[:3] == ["what", "to", "do:"]
    assert out[-1] == "False"


@pytest.mark.parametrize(("option", "saved", "system", "expected"), [
    (None, "", "nl_NL", "nl"),
    (None, "", "en_GB", "en"),
    (None, "", "de_DE", "nl"),  # neither Dutch nor English: the default
    (None, "en", "nl_NL", "en"),  # Voorkeuren beats the system
    ("nl", "en", "en_US", "nl"),  # --taal beats both
    ("en", "", "C", "en"),
])
def test_the_language_is_chosen_from_option_preference_and_system(option, saved, system,
                                                                 expected) -> None:
    assert language.choose(option, saved, system) == expected


def test_the_command_line_follows_lang(monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert language.choose() == "en"
    monkeypatch.setenv("LANGUAGE", "nl")
    assert language.choose() == "nl"


def run(*args: str | Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               LC_ALL="", LANG=lang)
    return subprocess.run([sys.executable, "-m", "stakeholders", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def test_check_taal_en_prints_english_findings() -> None:
    result = run("check", DATA / "kustmarken.xlsx", "--taal", "en")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Zorgtafel Kustmarken (T-A1)" in out.splitlines()  # names stay as the user wrote
    assert ("  composition: missing citizen and patient perspective (required · agreement), "
            "social welfare and social domain (recommended)") in out
    assert ("[Required · agreement (IZA)] R-IZA-04: Citizen and patient perspective not "
            "involved at Zorgtafel Kustmarken.") in out
    assert ("what to do: Involve a regional patient organisation (for example Zorgbelang), "
            "a citizens' council or a party with a mandate from them.") in out
    assert "(programmamanager Kustmarken, 20 February 2024)" in out  # an English date
    for dutch in ("wat te doen", "bron:", "ontbreekt", "vereist", "bewuste keuze", "februari"):
        assert dutch not in out


def test_check_follows_lang_and_taal_overrides_it() -> None:
    english = run("check", DATA / "kustmarken.xlsx", lang="en_US.UTF-8")
    assert "what to do:" in english.stdout
    dutch = run("check", DATA / "kustmarken.xlsx", "--taal", "nl", lang="en_US.UTF-8")
    assert "wat te doen:" in dutch.stdout and "what to do:" not in dutch.stdout


def test_an_unknown_language_is_a_clear_error() -> None:
    result = run("check", DATA / "kustmarken.xlsx", "--taal", "fr")
    assert result.returncode == 2
    assert "onbekende taal 'fr' (nl of en)" in result.stderr
    assert "Traceback" not in result.stderr


def test_english_errors_of_a_bad_file(tmp_path: Path) -> None:
    result = run("check", tmp_path / "weg.regiokaart", "--taal", "en")
    assert result.returncode == 2
    assert "file or folder does not exist" in result.stderr


def test_activating_english_then_dutch_restores_the_source_texts() -> None:
    i18n.activate("en", ROOT / "resources" / "translations")
    assert i18n.tr("MainWindow", "&Bestand") == "&File"
    i18n.activate("nl")
    assert i18n.tr("MainWindow", "&Bestand") == "&Bestand"


def test_indeling_taal_en_names_the_divisions_in_english() -> None:
    result = run("indeling", ROOT / "examples" / "rivierenland.regiokaart", "--taal", "en")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "lie in 1 GGD region, 1 safety region, 1 labour market region and 1 province" in out
    assert "Where it chafes (2):" in out and "Sources:" in out
    assert "  safety region: Safety Regions Act (annex)" in out
    for dutch in ("veiligheidsregio", "provincie", "Waar het schuurt", "Bronnen", "afgeleid"):
        assert dutch not in out, dutch
