"""Read-only graph views of a map (networkx): who sits where, and the koppelvlakken.

A *koppelvlak* (key figure, linking pin) is a party that sits at two or more
tables (any role, ``toehoorder`` included): it can carry information between
them (``rules.md`` R-IZA-09, after RVS 2022 on "organisaties of
sleutelfiguren die actief zijn in meerdere regionale verbanden").
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from stakeholders.model.regionmap import RegionMap

PARTY = "partij"
TABLE = "tafel"


def seat_graph(region: RegionMap, tables: set[str] | None = None) -> nx.Graph:
    """The bipartite graph party — table with one edge per seat (attributes rol, ring).

    With ``tables`` only those tables and the seats at them are included.
    """
    graph = nx.Graph()
    if tables is None:
        graph.add_nodes_from((p.id for p in region.parties), kind=PARTY)
        graph.add_nodes_from((t.id for t in region.tables), kind=TABLE)
    else:
        graph.add_nodes_from(tables, kind=TABLE)
    graph.add_edges_from((s.partij, s.tafel, {"rol": s.rol, "ring": s.ring})
                         for s in region.seats if tables is None or s.tafel in tables)
    return graph


@dataclass(frozen=True)
class Koppelvlak:
    """A party that sits at two or more tables."""

    party: str
    tables: tuple[str, ...]  #: in Tafels row order

    @property
    def count(self) -> int:
        return len(self.tables)


def koppelvlakken(region: RegionMap, graph: nx.Graph | None = None) -> list[Koppelvlak]:
    """Parties at two or more tables, most tables first, then in Partijen order."""
    graph = graph if graph is not None else seat_graph(region)
    table_order = {t.id: i for i, t in enumerate(region.tables)}
    result = []
    for index, party in enumerate(region.parties):
        if graph.degree(party.id) >= 2:
            tables = tuple(sorted(graph.neighbors(party.id), key=table_order.__getitem__))
            result.append((index, Koppelvlak(party.id, tables)))
    result.sort(key=lambda pair: (-pair[1].count, pair[0]))
    return [k for _i, k in result]
