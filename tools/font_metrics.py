"""Generate resources/fonts/dejavu-sans-metrics.json from the DejaVu Sans fonts.

The layouts measure labels without Qt (``stakeholders.layout.labels``). They need
the advance width of every character the app draws and the kerning between
pairs of them, exactly as Qt (HarfBuzz) applies them: the ``kern`` feature of
the GPOS table for Latin script. Run once after a font change::

    python tools/font_metrics.py [FONT_DIR]

FONT_DIR defaults to /usr/share/fonts/truetype/dejavu (Debian's fonts-dejavu-core).
Needs fontTools (``pip install fonttools``; not a dependency of the app).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "dejavu-sans-metrics.json"
FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
#: Characters covered: ASCII, Latin-1, Latin Extended-A and common punctuation.
CHARS = [
    *range(0x20, 0x7F), *range(0xA0, 0x180),
    0x2010, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E,
    0x2022, 0x2026, 0x2039, 0x203A, 0x20AC, 0x2122, 0x2192, 0x2190, 0x2194, 0x00B7,
]


def _kern_lookups(font: TTFont) -> list:
    """The GPOS lookups of the ``kern`` feature for Latin script (default language)."""
    gpos = font["GPOS"].table
    record = next(r for r in gpos.ScriptList.ScriptRecord if r.ScriptTag == "latn")
    indices: list[int] = []
    for fi in record.Script.DefaultLangSys.FeatureIndex:
        feature = gpos.FeatureList.FeatureRecord[fi]
        if feature.FeatureTag == "kern":
            indices.extend(feature.Feature.LookupListIndex)
    return [gpos.LookupList.Lookup[i] for i in indices]


def _pair_value(subtable, left: str, right: str) -> int | None:
    """X advance adjustment of the pair in one PairPos subtable, or None if not covered."""
    if left not in subtable.Coverage.glyphs:
        return None
    if subtable.Format == 1:
        index = subtable.Coverage.glyphs.index(left)
        for record in subtable.PairSet[index].PairValueRecord:
            if record.SecondGlyph == right:
                value = record.Value1
                return int(getattr(value, "XAdvance", 0) or 0) if value else 0
        return None
    class1 = subtable.ClassDef1.classDefs.get(left, 0)
    class2 = subtable.ClassDef2.classDefs.get(right, 0)
    value = subtable.Class1Record[class1].Class2Record[class2].Value1
    return int(getattr(value, "XAdvance", 0) or 0) if value else 0


def _kerning(font: TTFont, glyph_of: dict[str, str]) -> dict[str, int]:
    """Non-zero kerning (font units) by two-character key, the first subtable that covers a
    pair deciding within a lookup (OpenType rule), lookups adding up."""
    lookups = _kern_lookups(font)
    result: dict[str, int] = {}
    chars = list(glyph_of)
    for a in chars:
        for b in chars:
            total = 0
            for lookup in lookups:
                for subtable in lookup.SubTable:
                    if lookup.LookupType == 9:
                        subtable = subtable.ExtSubTable
                    value = _pair_value(subtable, glyph_of[a], glyph_of[b])
                    if value is not None:
                        total += value
                        break
            if total:
                result[a + b] = total
    return result


def metrics(path: Path) -> dict:
    """Advances and kerning of one font file, in font units."""
    font = TTFont(str(path))
    cmap = font.getBestCmap()
    glyph_of = {chr(c): cmap[c] for c in CHARS if c in cmap}
    hmtx = font["hmtx"]
    return {
        "advance": {ch: hmtx[g][0] for ch, g in glyph_of.items()},
        "kerning": _kerning(font, glyph_of),
    }


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/fonts/truetype/dejavu")
    regular = TTFont(str(folder / FILES["regular"]))
    data = {
        "font": "DejaVu Sans",
        "units_per_em": regular["head"].unitsPerEm,
        "ascent": regular["hhea"].ascent,
        "descent": -regular["hhea"].descent,
        "styles": {style: metrics(folder / name) for style, name in FILES.items()},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                   encoding="utf-8")
    logging.info("wrote %s (%d bytes)", OUT, OUT.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
