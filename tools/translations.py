"""The English translation: extract the Dutch texts, update the .ts, compile the .qm.

One command after new Dutch strings arrived (a merge, a new dialog)::

    .venv/bin/python tools/translations.py update   # new texts into the .ts as unfinished,
                                                    # compile the .qm, list what is left
    .venv/bin/python tools/translations.py todo > todo.json    # the unfinished, to translate
    .venv/bin/python tools/translations.py fill todo.json      # put the translations in
    .venv/bin/python tools/translations.py check    # exit 1 while a text has no English

The texts are found the way ``tests/test_i18n.py`` guards them: literals in ``self.tr(…)``
(context: the enclosing class, as PySide6 looks it up), ``tr("ctx", …)``,
``translate("ctx", …)`` and a module's ``_t(…)`` (context: its ``translator("ctx")``),
plus the Dutch texts of the data files that have no English there (a rule's ``fix_nl`` in
``resources/rules.toml``, context ``rules``). The ``.ts`` is Qt Linguist's format (open it
in ``pyside6-linguist`` to translate); ``pyside6-lrelease`` compiles it to the ``.qm`` the
window loads. Both are committed: a clean clone and the PyInstaller bundle need no build step.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "stakeholders"
FOLDER = ROOT / "resources" / "translations"
RULES = ROOT / "resources" / "rules.toml"
LANGUAGE = "en"

#: ``x.tr(…)`` / ``self.x.tr(…)``: the class of ``x`` (PySide6 looks ``tr`` up by that class).
RECEIVERS = {"window": "MainWindow"}
#: The context of the data texts of rules.toml (read with ``i18n.data_text``).
RULES_CONTEXT = "rules"
#: The context of the names and sources of the bundled regional divisions.
DIVISIONS_CONTEXT = "divisions"

Key = tuple[str, str]  # (context, Dutch source)


@dataclass
class Message:
    """One text to translate, where it occurs, and its English."""

    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path, self.classes = path, [""]
        self.found: list[tuple[str, str, int]] = []
        self.module_context = _module_context(tree)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        hit = self._text(node)
        if hit is not None:
            context, arg = hit
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.found.append((context, arg.value, node.lineno))
        self.generic_visit(node)

    def _text(self, node: ast.Call) -> tuple[str, ast.expr] | None:
        func, args = node.func, node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            value = func.value  # self.tr, window.tr, self.window.tr
            receiver = (value.id if isinstance(value, ast.Name)
                        else value.attr if isinstance(value, ast.Attribute) else "")
            context = self.classes[-1] if receiver == "self" else RECEIVERS.get(receiver, "")
            if not context:
                raise SystemExit(f"{self.path}:{node.lineno}: which class is {receiver}.tr?")
            return context, args[0]
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in ("tr", "translate") and len(args) >= 2 and isinstance(args[0], ast.Constant):
            return str(args[0].value), args[1]
        if name == "_t" and args and self.module_context:
            return self.module_context, args[0]
        return None


def _module_context(tree: ast.Module) -> str:
    """The context of a module's ``_t``: ``translator("ctx")`` or ``return tr("ctx", text)``."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_t"
                                                 for t in node.targets)
                and isinstance(node.value, ast.Call) and node.value.args
                and isinstance(node.value.args[0], ast.Constant)):
            return str(node.value.args[0].value)
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                        and call.func.id == "tr" and isinstance(call.args[0], ast.Constant)):
                    return str(call.args[0].value)
    return ""


def extract(package: Path = PACKAGE) -> dict[Key, Message]:
    """Every user-visible Dutch text of the code and the data files, in file order."""
    messages: dict[Key, Message] = {}

    def add(context: str, source: str, where: str, line: int) -> None:
        if not source.strip():
            return
        message = messages.setdefault((context, source), Message(context, source))
        message.locations.append((where, line))

    for path in sorted(package.rglob("*.py")):
        if path.name == "i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scanner = _Scanner(path, tree)
        scanner.visit(tree)
        for context, source, line in scanner.found:
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            add(context, source, where.as_posix(), line)
    for source in rule_texts():
        add(RULES_CONTEXT, source, RULES.relative_to(ROOT).as_posix(), 0)
    for source in division_texts():
        add(DIVISIONS_CONTEXT, source, "stakeholders/model/divisions.py", 0)
    return messages


def division_texts() -> list[str]:
    """The Dutch names, sources and licences of the bundled regional divisions."""
    sys.path.insert(0, str(ROOT))
    from stakeholders.model import divisions

    texts: list[str] = []
    for label, plural in divisions.KNOWN.values():
        texts += [label, plural]
    for division in divisions.bundled().divisions.values():
        texts += [division.source, division.licence, division.derived]
    return [t for t in dict.fromkeys(texts) if t]


def rule_texts(path: Path = RULES) -> list[str]:
    """The Dutch texts of rules.toml that the file gives no English for (the fixes)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = []
    for rule in data.get("rules", []):
        texts.append(rule.get("fix_nl", ""))
        texts += [v.get("fix_nl", "") for v in rule.get("variants", [])]
    return [t for t in texts if t]


def ts_path(language: str = LANGUAGE) -> Path:
    return FOLDER / f"stakeholders_{language}.ts"


def read(path: Path) -> dict[Key, Message]:
    """Every message of a .ts file, finished or not."""
    messages: dict[Key, Message] = {}
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            source = node.findtext("source", "")
            translation = node.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            messages[(name, source)] = Message(name, source, [], text, bool(text) and not kind)
    return messages


def merge(old: dict[Key, Message], new: dict[Key, Message]) -> list[Key]:
    """Carry old translations into ``new``; returns the keys still without English.

    A text that moved to another context (or appears in a second one) takes the English
    it has elsewhere: the same Dutch reads the same in English.
    """
    by_source = {m.source: m for m in old.values() if m.finished}
    for key, message in new.items():
        known = old.get(key)
        if known is not None and known.translation:
            message.translation, message.finished = known.translation, known.finished
        elif message.source in by_source:
            message.translation, message.finished = by_source[message.source].translation, True
    return [k for k, m in new.items() if not m.finished]


def write(path: Path, messages: dict[Key, Message], language: str = LANGUAGE) -> None:
    """Write a Qt Linguist .ts (contexts sorted, messages in file order)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="nl">']
    contexts: dict[str, list[Message]] = {}
    for message in messages.values():
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for message in contexts[name]:
            lines.append("    <message>")
            for where, line in message.locations:
                rel = Path("../..", where).as_posix()
                lines.append(f'        <location filename="{escape(rel)}" line="{line}"/>')
            lines.append(f"        <source>{escape(message.source)}</source>")
            kind = "" if message.finished else ' type="unfinished"'
            lines.append(f"        <translation{kind}>{escape(message.translation)}"
                         "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (install PySide6-Essentials)")
    return found


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` with pyside6-lrelease (unfinished texts stay out)."""
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(language: str = LANGUAGE) -> list[Key]:
    """Extract, merge into the .ts, compile; return the keys still without English."""
    path = ts_path(language)
    messages = extract()
    missing = merge(read(path), messages)
    write(path, messages, language)
    compile_qm(path, path.with_suffix(".qm"))
    return missing


def fill(path: Path, answers: Path) -> int:
    """Put the translations of a ``todo`` JSON file into the .ts; returns how many."""
    messages = read(path)
    done = 0
    for item in json.loads(answers.read_text(encoding="utf-8")):
        key = (item["context"], item["source"])
        text = item.get("translation", "")
        if key in messages and text:
            messages[key].translation, messages[key].finished = text, True
            done += 1
    fresh = extract()
    merge(messages, fresh)
    write(path, fresh)
    compile_qm(path, path.with_suffix(".qm"))
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "check", "todo", "fill"))
    parser.add_argument("file", nargs="?", type=Path, help="fill: the JSON with translations")
    args = parser.parse_args(argv)
    path = ts_path()
    if args.command == "update":
        missing = update()
        print(f"{path.relative_to(ROOT)}: {len(extract())} texts, {len(missing)} without English")
        for context, source in missing:
            print(f"  [{context}] {source}")
        return 0
    if args.command == "fill":
        if args.file is None:
            parser.error("fill needs the JSON file")
        print(f"{fill(path, args.file)} translations filled in")
        return 0
    messages = extract()
    missing = merge(read(path), messages)
    if args.command == "todo":
        json.dump([{"context": c, "source": s, "translation": ""} for c, s in missing],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for context, source in missing:
        print(f"no English: [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
