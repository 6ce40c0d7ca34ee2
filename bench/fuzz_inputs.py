"""Hostile inputs for every loader, made from the example map by a seeded random source.

``make_input(rng, folder)`` writes one input (a ``.regiokaart``, an ``.xlsx``, a CSV
folder, a single CSV file, a region-rules TOML file, or GraphML, GEXF or Kumu JSON as the
exchange formats write them) derived from the Kustmarken example
by one of many mutations: flipped, cut, repeated or inserted bytes; JSON values replaced
by odd ones (huge numbers, deep nesting, lone surrogates, duplicate keys, long texts);
workbook parts changed (XML cut or given a DTD, parts duplicated or dropped, a zip bomb);
CSV cells with formula starts, quotes, control characters and odd encodings. Used by
``tests/test_fuzz_loaders.py`` (a few seconds, through hypothesis) and by
``tools/fuzz.py`` (thousands of inputs, with figures).
"""

from __future__ import annotations

import json
import random
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kustmarken.regiokaart"
WORKBOOK = ROOT / "examples" / "kustmarken.xlsx"
CSV_FOLDER = ROOT / "tests" / "data" / "kustmarken"

ODD_TEXTS = ["", " ", "\x00", "\ud800", "\uffff", "=cmd|' /C calc'!A0", "<img src='/etc'>",
             "{0.__class__}", "{tafel:>999999999}", "é" * 40_000, "W" * 10_001, "\u202e",
             "a\r\nb", '"', ";", "\ufeff", "NaN", "1e999", "-0", "🙂" * 100]
ODD_JSON = ["1" * 5000, "1e999", "-1e999", "NaN", "Infinity", "[" * 200 + "]" * 200,
            '"\\ud800"', "null", "true", "{}", "[]", '"' + "x" * 100_000 + '"',
            '{"a": 1, "a": 2}', "0.1e-99999", "-0"]
KINDS = ("regiokaart", "xlsx", "csv-map", "csv-bestand", "regels", "graphml", "gexf",
         "kumu-json")


def _bytes_mutation(rng: random.Random, data: bytes) -> bytes:
    """Flip, cut, repeat or insert bytes somewhere in ``data``."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(max(len(data), 1))
        how = rng.randrange(5)
        if how == 0 and data:
            data[at] ^= 1 << rng.randrange(8)
        elif how == 1:
            del data[at:]
        elif how == 2:
            data[at:at] = data[at:at + rng.randint(1, 200)] * rng.randint(2, 50)
        elif how == 3:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
        else:
            del data[at:at + rng.randint(1, 500)]
    return bytes(data)


def _json_values(data: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every value inside a JSON document."""
    found: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item) \
            if isinstance(item, list) else []
        for key, value in pairs:
            found.append((item, key))
            stack.append(value)
    return found


def regiokaart_input(rng: random.Random, folder: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    path = folder / "fuzz.regiokaart"
    how = rng.randrange(3)
    if how == 0:
        path.write_bytes(_bytes_mutation(rng, text.encode("utf-8")))
        return path
    data = json.loads(text)
    marker = "@@FUZZ@@"
    for _ in range(rng.randint(1, 3)):
        container, key = rng.choice(_json_values(data))
        container[key] = marker if how == 1 else rng.choice(ODD_TEXTS)
    out = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    while marker in out:
        out = out.replace(f'"{marker}"', rng.choice(ODD_JSON), 1)
    path.write_bytes(out.encode("utf-8", "surrogatepass"))
    return path


def _rezip(target: Path, change: Callable[[str, bytes], list[tuple[str, bytes]]]) -> Path:
    with zipfile.ZipFile(WORKBOOK) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are one of the mutations
        for info in source.infolist():
            for name, data in change(info.filename, source.read(info.filename)):
                out.writestr(name, data)
    return target


def xlsx_input(rng: random.Random, folder: Path) -> Path:
    path = folder / "fuzz.xlsx"
    how = rng.randrange(6)
    if how == 0:
        path.write_bytes(_bytes_mutation(rng, WORKBOOK.read_bytes()))
        return path
    victim = rng.choice([i.filename for i in zipfile.ZipFile(WORKBOOK).infolist()])

    def change(name: str, data: bytes) -> list[tuple[str, bytes]]:
        if name != victim:
            return [(name, data)]
        if how == 1:
            return [(name, _bytes_mutation(rng, data))]
        if how == 2:
            return [(name, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "' + b"a" * 50
                     + b'">]>' + data.split(b"?>", 1)[-1])]
        if how == 3:
            return [(name, data), (name, data[: len(data) // 2])]
        if how == 4:
            return []
        text = data.decode("utf-8", "replace")
        odd = rng.choice(ODD_TEXTS).replace("&", "&amp;").replace("<", "&lt;")
        return [(name, text.replace("<t>", f"<t>{odd}", 1).encode("utf-8", "surrogatepass"))]

    return _rezip(path, change)


def _csv_text(rng: random.Random, text: str) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(lines))
        cells = lines[at].split(";")
        cells[rng.randrange(len(cells))] = rng.choice([*ODD_TEXTS, '"a""b"', '"open', "x;y"])
        lines[at] = rng.choice([";", ",", "\t"]).join(cells) if rng.random() < 0.2 \
            else ";".join(cells)
    return "\r\n".join(lines)


def _encoded(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")
    return _bytes_mutation(rng, data) if rng.random() < 0.3 else data


def csv_folder_input(rng: random.Random, folder: Path) -> Path:
    target = folder / "fuzz-csv"
    target.mkdir()
    for source in CSV_FOLDER.glob("*.csv"):
        data = source.read_bytes()
        if rng.random() < 0.4:
            data = _encoded(rng, _csv_text(rng, data.decode("utf-8-sig")))
        (target / source.name).write_bytes(data)
    return target


def csv_file_input(rng: random.Random, folder: Path) -> Path:
    path = folder / "Partijen.csv"
    text = (CSV_FOLDER / "Partijen.csv").read_bytes().decode("utf-8-sig")
    path.write_bytes(_encoded(rng, _csv_text(rng, text)))
    return path


RULE = ('[[rules]]\nid = "R-REGIO-F"\nlevel = "signaal"\napplies_to = ["zorgtafel"]\n'
        'subject = "tafel"\ncheckable = true\nmessage_nl = "Tafel {tafel} mist iets"\n'
        'message_en = "x"\nfix_nl = "Nodig uit."\nsource = "Eigen afspraak."\n'
        'check = { kind = "covered", parts = [{ types = ["gemeente"], label_nl = "wonen", '
        'label_en = "wonen" }] }\n')


def rules_input(rng: random.Random, folder: Path) -> Path:
    path = folder / "regels.toml"
    text = RULE
    if rng.random() < 0.5:
        odd = rng.choice(ODD_TEXTS).replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("Tafel {tafel} mist iets", odd.encode("utf-8", "replace")
                            .decode("utf-8"))
    data = text.encode("utf-8")
    path.write_bytes(_bytes_mutation(rng, data) if rng.random() < 0.5 else data)
    return path


_EXCHANGE_SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "kumu-json": ".kumu.json"}
_exchange_sources: dict[str, bytes] = {}


def _exchange_source(kind: str) -> bytes:
    """The example map as written in an exchange format (made once per process)."""
    if kind not in _exchange_sources:
        import tempfile

        from stakeholders.io import regiokaart
        from stakeholders.io.formats import save_map
        from stakeholders.rules.catalogue import known_rule_ids

        region = regiokaart.load(EXAMPLE, known_rules=known_rule_ids).map
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"bron{_EXCHANGE_SUFFIXES[kind]}"
            save_map(region, path)
            _exchange_sources[kind] = path.read_bytes()
    return _exchange_sources[kind]


def exchange_input(kind: str) -> Callable[[random.Random, Path], Path]:
    """A maker of GraphML, GEXF or Kumu JSON inputs: bytes mutated, odd texts inserted,
    or a DTD with entities in front."""
    def make(rng: random.Random, folder: Path) -> Path:
        path = folder / f"fuzz{_EXCHANGE_SUFFIXES[kind]}"
        data = _exchange_source(kind)
        how = rng.randrange(3)
        if how == 0:
            data = _bytes_mutation(rng, data)
        elif how == 1:
            text = data.decode("utf-8")
            for _ in range(rng.randint(1, 3)):
                at = text.find(">" if kind != "kumu-json" else '": "',
                               rng.randrange(len(text)))
                odd = rng.choice(ODD_TEXTS)
                if kind != "kumu-json":
                    odd = odd.replace("&", "&amp;").replace("<", "&lt;")
                else:
                    odd = json.dumps(odd)[1:-1]
                if at > 0:
                    cut = at + (1 if kind != "kumu-json" else 4)
                    text = text[:cut] + odd + text[cut:]
            data = text.encode("utf-8", "surrogatepass")
        elif kind != "kumu-json":
            data = (b'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "' + b"a" * 100
                    + b'"><!ENTITY b "&a;&a;&a;&a;">]>' + data.split(b"?>", 1)[-1])
        else:
            data = b'{"elements": ' * 500 + data
        path.write_bytes(data)
        return path

    return make


MAKERS: dict[str, Callable[[random.Random, Path], Path]] = {
    "regiokaart": regiokaart_input, "xlsx": xlsx_input, "csv-map": csv_folder_input,
    "csv-bestand": csv_file_input, "regels": rules_input,
    **{kind: exchange_input(kind) for kind in _EXCHANGE_SUFFIXES},
}


def make_input(rng: random.Random, folder: Path, kind: str | None = None) -> tuple[str, Path]:
    """One hostile input in ``folder`` (which must be empty); its kind and path."""
    kind = kind or rng.choice(KINDS)
    return kind, MAKERS[kind](rng, folder)


def try_input(kind: str, path: Path) -> str:
    """Load ``path`` as a user would: ``geladen``, ``geweigerd`` (a clear message), or
    raise whatever else happened (an internal error: a bug)."""
    from stakeholders.io.formats import load_map
    from stakeholders.io.problems import MapLoadError
    from stakeholders.rules.catalogue import (
        CatalogueError,
        default_catalogue,
        known_rule_ids,
        load_region_rules,
    )

    if kind == "regels":
        try:
            default_catalogue().with_region_rules(load_region_rules(path))
        except CatalogueError:
            return "geweigerd"
        return "geladen"
    try:
        load_map(path, known_rules=known_rule_ids)
    except MapLoadError as exc:
        assert exc.errors, "a refusal names at least one error"
        return "geweigerd"
    return "geladen"
