"""The export peer: the same overview page drawn with matplotlib (bench only, never the app).

Given the page the app's export planned (:class:`stakeholders.export.page.PageSpec`),
it draws on a figure of the same paper and orientation: the map in the left
two thirds (every drawn party and table at its printed position, a marker
for each and its name at the page's name size, every seat, mandate and
relation as a line in one ``LineCollection``), and on the right the title and
one line per finding and per table, as the page lists them. Saved with matplotlib's
PDF backend. matplotlib is a bench-only dependency
(``pip install -e ".[bench]"``); it is imported here and nowhere in the app.
"""

from __future__ import annotations

import time
from pathlib import Path

MM_PER_INCH = 25.4
PAPER_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}


def _figure(spec):
    from matplotlib.figure import Figure

    width, height = PAPER_MM.get(spec.options.paper, PAPER_MM["A4"])
    if spec.options.orientation != "landscape":
        width, height = height, width
    return Figure(figsize=(width / MM_PER_INCH, height / MM_PER_INCH))


def _map(ax, spec) -> int:
    """Draw the map; return how many names were drawn."""
    from matplotlib.collections import LineCollection

    drawn = spec.content.drawn
    at = dict(spec.printed.positions) if spec.printed is not None else {}
    for item in (*drawn.parties, *drawn.tables):
        if item.uid not in at and item.pos is not None:
            at[item.uid] = item.pos
    uid = {item.id: item.uid for item in (*drawn.parties, *drawn.tables)}
    pairs = [(s.partij, s.tafel) for s in drawn.seats]
    pairs += [(m.houder, m.namens_partij) for m in drawn.mandates if m.namens_partij]
    pairs += [(r.van, r.naar) for r in drawn.relations]
    segments = [(at[uid[a]], at[uid[b]]) for a, b in pairs
                if uid.get(a) in at and uid.get(b) in at]
    ax.add_collection(LineCollection(segments, linewidths=0.4, colors="#888888"))
    name_pt = max(spec.name_pt, 4.0)
    for items, marker, colour in ((drawn.parties, "o", "#33bbee"), (drawn.tables, "s", "#1d4e6e")):
        points = [at[i.uid] for i in items if i.uid in at]
        if points:
            xs, ys = zip(*points, strict=True)
            ax.scatter(xs, ys, s=name_pt * 4, marker=marker, c=colour, zorder=2)
        for item in items:
            if item.uid in at:
                x, y = at[item.uid]
                ax.text(x, y, item.naam, fontsize=name_pt, ha="center", va="top", zorder=3)
    ax.set_aspect("equal")
    ax.invert_yaxis()  # the app's y axis points down
    ax.autoscale_view()
    ax.axis("off")
    return len(drawn.parties) + len(drawn.tables)


def _lists(fig, spec) -> None:
    content = spec.content
    lines = [content.title, content.subtitle, ""]
    for finding in content.findings:
        name = content.subject_names.get(finding.subject, finding.subject)
        lines.append(f"{name} · {finding.thema}: {len(finding.parts)}")
    lines.append("")
    lines += [f"{row.naam} ({row.kind}): {row.kopgroep} + {row.tweede_ring}"
              for row in content.tables]
    size = 6.0
    fig.text(0.70, 0.97, "\n".join(lines[:400]), fontsize=size, va="top", ha="left",
             linespacing=1.15)


def render_pdf(spec, path: Path) -> float:
    """Draw the page of ``spec`` to ``path`` (PDF); return the seconds it took."""
    start = time.perf_counter()
    fig = _figure(spec)
    ax = fig.add_axes((0.02, 0.04, 0.66, 0.92))
    _map(ax, spec)
    _lists(fig, spec)
    fig.savefig(path, format="pdf")
    return time.perf_counter() - start
