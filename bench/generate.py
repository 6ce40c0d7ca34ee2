"""Synthetic region maps of any size for benchmarks: ``generate_map(n_parties, seed)``.

The proportions follow real maps (the two example regions): about one table
per 25 parties; every party sits at one to three tables (a few hubs, such as
the zorgverzekeraar and the centrumgemeente, at many); a tenth of the
parties hand a mandate to another party; one relation per twenty parties.
Party types are drawn from ``resources/party-types.csv`` with weights per
domain (many municipalities, practices and social-domain organisations, a
handful of insurers). Tables form regional communities: a party's tables
lie close together in table order and share its subregio, so the graph has
the clustered structure of a real region rather than that of a random graph.

No positions are set; the map is deterministic for a given ``seed``.
"""

from __future__ import annotations

import random

from stakeholders.model.entities import Mandate, MapInfo, Party, Relation, Seat, Table
from stakeholders.model.regionmap import RegionMap
from stakeholders.model.vocab import RELATION_KINDS, party_types, table_kinds

#: Relative frequency of each domain among the parties of a region.
DOMAIN_WEIGHTS: dict[str, float] = {
    "financier": 1.0,
    "overheid": 8.0,
    "publieke-gezondheid": 1.5,
    "curatief": 5.0,
    "eerstelijn": 10.0,
    "ggz": 4.0,
    "langdurig": 6.0,
    "sociaal-domein": 8.0,
    "burger": 3.0,
    "kennis": 2.0,
    "veiligheid": 1.5,
    "overig": 1.0,
}

SUBREGIOS = ("Noord", "Oost", "Zuid", "West", "Midden")


def _choose_tables(rng: random.Random, n_tables: int, home: int) -> list[int]:
    """One to three tables near ``home`` (in table order): the party's community."""
    count = rng.choices((1, 2, 3), weights=(55, 30, 15))[0]
    chosen = {home}
    while len(chosen) < min(count, n_tables):
        chosen.add(min(n_tables - 1, max(0, home + rng.randint(-3, 3))))
    return sorted(chosen)


def generate_map(n_parties: int, seed: int = 42) -> RegionMap:
    """A realistic map of ``n_parties`` parties with tables, seats, mandates and relations."""
    rng = random.Random(seed)
    types = list(party_types())
    by_domain: dict[str, list[str]] = {}
    for entry in types:
        by_domain.setdefault(entry.domain, []).append(entry.id)
    domains = [d for d in DOMAIN_WEIGHTS if d in by_domain]
    weights = [DOMAIN_WEIGHTS[d] for d in domains]
    labels = {entry.id: entry.label_nl for entry in types}

    n_tables = max(1, round(n_parties / 25))
    kinds = [kind.id for kind in table_kinds()]
    table_subregio = [rng.choice(SUBREGIOS) for _ in range(n_tables)]
    tables = []
    for k in range(n_tables):
        parent = ""
        if k > 0 and rng.random() < 0.2:
            parent = f"T{rng.randrange(k):04d}"
        tables.append(Table(id=f"T{k:04d}", naam=f"Overlegtafel {k + 1}", soort=rng.choice(kinds),
                            bovenliggende_tafel=parent))

    parties = []
    seats: list[Seat] = []
    seen: set[tuple[int, int]] = set()
    chaired: set[int] = set()
    n_hubs = max(1, n_parties // 100)
    for k in range(n_parties):
        domain = rng.choices(domains, weights=weights)[0]
        type_id = rng.choice(by_domain[domain])
        home = rng.randrange(n_tables)
        subregio = table_subregio[home] if rng.random() < 0.6 else ""
        party_id = f"P{k:05d}"
        parties.append(Party(id=party_id, naam=f"{labels[type_id].capitalize()} {k + 1}",
                             type=type_id, subregio=subregio))
        if k < n_hubs:  # hubs: at a twentieth to a quarter of all tables
            count = max(2, int(n_tables * rng.uniform(0.05, 0.25)))
            chosen = sorted(rng.sample(range(n_tables), min(count, n_tables)))
        else:
            chosen = _choose_tables(rng, n_tables, home)
        for t in chosen:
            if (t, k) in seen:
                continue
            seen.add((t, k))
            ring = "kopgroep" if rng.random() < 0.4 else "tweede-ring"
            rol = "lid"
            if t not in chaired and rng.random() < 0.05:  # at most one chair per table
                rol = "voorzitter"
                chaired.add(t)
            seats.append(Seat(tafel=f"T{t:04d}", partij=party_id, rol=rol, ring=ring))

    mandates = []
    for _ in range(round(n_parties * 0.10)):
        holder = rng.randrange(n_parties)
        if rng.random() < 0.85:
            other = min(n_parties - 1, max(0, holder + rng.randint(-40, 40)))
            if other == holder:
                continue
            mandates.append(Mandate(houder=f"P{holder:05d}", namens_partij=f"P{other:05d}"))
        else:
            mandates.append(Mandate(houder=f"P{holder:05d}", namens_type=rng.choice(types).id,
                                    namens_subregio=rng.choice(("", *SUBREGIOS))))
    # (a party may hold two identical mandate rows: the format allows it)

    relations = []
    kinds_rel = list(RELATION_KINDS.ids)
    for _ in range(round(n_parties * 0.05)):
        van = f"P{rng.randrange(n_parties):05d}"
        if rng.random() < 0.3:
            naar = f"T{rng.randrange(n_tables):04d}"
        else:
            naar = f"P{rng.randrange(n_parties):05d}"
        if van != naar:
            relations.append(Relation(van=van, naar=naar, soort=rng.choice(kinds_rel)))

    info = MapInfo(naam=f"Synthetische regio ({n_parties} partijen)", regio="Testregio")
    return RegionMap(info=info, parties=parties, tables=tables, seats=seats,
                     mandates=mandates, relations=relations)
