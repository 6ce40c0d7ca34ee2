"""Every user-visible string reaches the translator as a literal.

A translation tool (pyside6-lupdate) extracts only literal strings from
``tr(…)``, ``self.tr(…)`` and the modules' ``_t(…)``; a string passed as a
variable would silently stay Dutch in every translation.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "stakeholders"

#: Call name -> index of the argument that holds the text.
TEXT_ARGUMENT = {"_t": 0, "translate": 1}


def _text_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "tr":
        index = 1  # tr(context, text)
    elif isinstance(func, ast.Attribute) and func.attr == "tr":
        index = 0  # self.tr(text)
    else:
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name not in TEXT_ARGUMENT:
            return None
        index = TEXT_ARGUMENT[name]
    return call.args[index] if len(call.args) > index else None


def _forwarding_parameters(tree: ast.AST) -> set[int]:
    """ids of the ``text`` parameters of one-line ``def _t(text): return tr("ctx", text)``
    helpers (to be replaced by ``i18n.translator``), whose forwarding is not a variable text."""
    allowed = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_t" and len(node.body) == 1:
            body = node.body[0]
            if isinstance(body, ast.Return) and isinstance(body.value, ast.Call):
                allowed.add(id(body.value))
    return allowed


def non_literal_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = _forwarding_parameters(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in allowed:
            continue
        text = _text_argument(node)
        if text is not None and not (isinstance(text, ast.Constant)
                                     and isinstance(text.value, str)):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_translated_text_is_a_literal() -> None:
    offenders = [f"{path.relative_to(PACKAGE)}: {hit}" for path in sorted(PACKAGE.rglob("*.py"))
                 if path.name != "i18n.py"  # the helper itself passes its argument on
                 for hit in non_literal_texts(path)]
    assert offenders == []


def test_the_scan_finds_a_variable_passed_to_tr(tmp_path: Path) -> None:
    """The guard above is not blind: each way of passing a variable is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text('label = "Opslaan"\n'
                      'a = tr("ctx", label)\nb = self.tr(label)\nc = _t(f"{label}!")\n'
                      'd = _t("Opslaan")\ne = tr("ctx", "Opslaan")\n', encoding="utf-8")
    hits = non_literal_texts(sample)
    assert [hit.split(": ", 1)[1] for hit in hits] == [
        "tr('ctx', label)", "self.tr(label)", "_t(f'{label}!')"]
