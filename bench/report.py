"""The table ``python -m bench`` prints: one row per figure, one column per map size.

A cell is a median (``0.42 s``, ``16 ms``), a skip with the estimate that
caused it (``skip (est. 400 s)``), ``—`` where the figure does not apply, or
``error``/``stopped`` with the reason in the notes below the table. Rows
starting with "floor" or "peer" are measured in the same run, beside the
app's figure above them; "÷ floor" rows divide the two.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """A row: its label, where its value comes from (source, key), and how to show it."""

    label: str
    source: str  #: "window" (whole process), "floor" (bare window), or "probe"
    key: str = ""
    unit: str = "s"  #: "s" (seconds) or "MiB"
    field: str = "seconds"


ROWS = (
    Row("**window**: start to the settled window with the map (whole process)", "window"),
    Row("floor: bare PySide6 window, same show-and-settle (whole process)", "floor"),
    Row("window ÷ floor", "ratio"),
    Row("**open**: File > Open to the settled window (in the app)", "probe", "open"),
    Row("load: read and validate the file, no window", "probe", "load"),
    Row("floor: `json.load` of the same file", "probe", "json_load"),
    Row("**check**: all rules", "probe", "check"),
    Row("**layout**: `auto_layout` of the whole map", "probe", "layout"),
    Row("peer: Graphviz `sfdp`, same graph and boxes", "probe", "sfdp"),
    Row("**drag frame**, 100 % zoom (mouse move + paint)", "probe", "drag_1to1"),
    Row("**drag frame**, whole map in view", "probe", "drag_fit"),
    Row("**pan frame**, 40 px at 1.5× the fit's zoom", "probe", "pan_fit"),
    Row("**zoom frame**, one step in or out at fit (names placed anew)", "probe", "zoom_fit"),
    Row("**search**: type a query to the dimmed map painted", "probe", "search"),
    Row("**edit**: add a seat to re-checked, panels and map painted", "probe", "edit"),
    Row("**export**: overview PDF", "probe", "export"),
    Row("peer: matplotlib drawing the same page to PDF", "probe", "matplotlib"),
    Row("**memory**: peak at the settled window (whole process)", "window", unit="MiB",
        field="rss_mib"),
    Row("floor: bare PySide6 window", "floor", unit="MiB", field="rss_mib"),
    Row("**memory**: peak over all steps (in the app)", "probe", "rss_peak_mib", unit="MiB",
        field="value"),
)


def seconds_text(seconds: float) -> str:
    """0.0004 -> '0.4 ms', 0.016 -> '16 ms', 0.42 -> '0.42 s', 12.3 -> '12 s'."""
    if seconds < 0.001:
        return f"{seconds * 1000:.2f} ms"
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 10:
        return f"{seconds:.2f} s"
    return f"{seconds:.0f} s"


def value_text(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return seconds_text(value)


def size_label(parties: int) -> str:
    return "empty" if parties == 0 else f"{parties:,}"


def cell(entry: dict | None, row: Row) -> str:
    """The text of one cell from a figure's dict (or None: not measured for this size)."""
    if entry is None:
        return "—"
    if "skipped" in entry:
        estimate = entry.get("estimate")
        return f"skip (est. {seconds_text(estimate)})" if estimate else "skip"
    if "error" in entry:
        return "stopped" if entry.get("stopped") else "error"
    value = entry.get(row.field)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = value_text(value, row.unit)
    if row.key == "export" and entry.get("aggregated"):
        text += " ¹"
    return text


def lookup(result: dict, row: Row) -> dict | None:
    """The figure of ``row`` in one size's ``result`` (keys: window, floor, probe)."""
    if row.source == "probe":
        return (result.get("probe") or {}).get(row.key)
    if row.source == "ratio":
        window, floor = result.get("window") or {}, result.get("floor") or {}
        if window.get("seconds") and floor.get("seconds"):
            return {"ratio": window["seconds"] / floor["seconds"]}
        return None
    return result.get(row.source)


def table(results: dict[int, dict]) -> list[str]:
    """The Markdown table of every row and size."""
    sizes = sorted(results)
    lines = ["| | " + " | ".join(size_label(n) for n in sizes) + " |",
             "|---|" + "---:|" * len(sizes)]
    for row in ROWS:
        cells = []
        for n in sizes:
            entry = lookup(results[n], row)
            if row.source == "ratio":
                cells.append(f"{entry['ratio']:.1f}×" if entry else "—")
            else:
                cells.append(cell(entry, row))
        lines.append(f"| {row.label} | " + " | ".join(cells) + " |")
    return lines


def notes(results: dict[int, dict]) -> list[str]:
    """The reasons behind the cells that are not plain figures."""
    out = []
    for n in sorted(results):
        for row in ROWS:
            entry = lookup(results[n], row)
            if not entry or row.source == "ratio":
                continue
            reason = entry.get("error") or entry.get("skipped")
            if reason and entry.get("estimate") is None:
                out.append(f"- {size_label(n)}, {row.key or row.source}: {reason}")
            elif reason:
                out.append(f"- {size_label(n)}, {row.key or row.source}: skipped, one run "
                           f"estimated at {seconds_text(entry['estimate'])} ({reason})")
    if any((results[n].get("probe") or {}).get("export", {}).get("aggregated") for n in results):
        out.append("- ¹ the page aggregates the map (per table and type or domain): even A3 "
                   "cannot hold every name at 5 pt")
    return out
