"""Nodes and edges another program made: parties of type ``anders`` and relations.

A file from Gephi, yEd, Kumu or networkx has no ``onderdeel`` attribute. Each of its
nodes becomes a party named by its label, of the party type its ``type`` attribute names
when that is one of the app's party types, else of type ``anders``; each edge becomes a
relation ``werkt samen met`` (or the relation kind its ``type`` or label names; a
label that names no kind, such as yEd's edge label, becomes the relation's note). What
cannot be used is left out, and the import says so in a short list of warnings: how many
nodes and edges were read this way, the ids that had to change, the attributes the app
does not know, and the edges it skipped (a node with itself, two nodes already connected,
an end that is no party or table).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from stakeholders.i18n import translator
from stakeholders.io.mapgraph import PART_SPECS, GraphEdge, GraphNode, Part, attribute_key
from stakeholders.io.problems import Problem
from stakeholders.model import vocab
from stakeholders.model.regionmap import fold, is_valid_id
from stakeholders.model.schema import Kind

if TYPE_CHECKING:
    from stakeholders.io.graphread import Dialect

#: The party type of a node from another program whose own type is no party type.
FOREIGN_TYPE = "anders"
#: The relation kind of an edge from another program (working together: no direction).
FOREIGN_RELATION = "werkt-samen"
#: The keys a node or edge of another program may give its type in.
_TYPE_KEYS = ("type", "soort", "kind")
#: The keys of an item's free text in other programs (yEd, Kumu: description).
_NOTE_KEYS = ("description", "beschrijving", "omschrijving")

_NOT_IN_ID = re.compile(r"[^A-Za-z0-9._-]+")

_t = translator("graphforeign")


class Foreign:
    """Turns the foreign nodes and edges of one import into rows; collects the warnings."""

    def __init__(self, dialect: Dialect, warnings: list[Problem]) -> None:
        self.dialect = dialect
        self.warnings = warnings
        self.ids: dict[str, str] = {}  # id in the file -> id in the map, where they differ
        self.endpoints: set[str] = set()  # folded ids of the parties and tables
        self.pairs: set[frozenset[str]] = set()
        self.nodes = self.typed = self.edges = self.doubles = 0
        self.renamed: list[tuple[str, str]] = []
        self.ignored: dict[tuple[str, bool], int] = {}
        party, relation = PART_SPECS[Part.PARTIJ], PART_SPECS[Part.RELATIE]
        label, kind, relation_kind = party.label_column, party.type_column, relation.type_column
        assert label is not None and kind is not None and relation_kind is not None
        self.label, self.type = label.name, kind.name
        self.relation = (relation.source, relation.target, relation_kind.name)
        #: The party's free text (notities): where a foreign description goes.
        self.notes = next(c for c in party.attribute_columns() if c.kind is Kind.LONG_TEXT)

    # -- ids --------------------------------------------------------------------------------
    def reserve(self, ids: Iterable[str]) -> None:
        """The ids of the app's own parties and tables in the file: kept as they are."""
        self.endpoints.update(fold(i) for i in ids)

    def own_id(self, file_id: str, entity_id: Any) -> str:
        """The id of one of the app's own nodes: its ``id`` attribute, else its id in the
        file (the edges name it by the latter)."""
        if entity_id in (None, ""):
            return file_id
        self.ids[file_id] = str(entity_id)
        return str(entity_id)

    def node_id(self, file_id: str) -> str:
        """The id in the map of the node ``file_id`` names."""
        return self.ids.get(file_id, file_id)

    def _new_id(self, node: GraphNode) -> str:
        original = node.id
        if is_valid_id(original) and fold(original) not in self.endpoints:
            return original
        base = _slug(original or node.label)
        candidate, number = base, 2
        while not is_valid_id(candidate) or fold(candidate) in self.endpoints:
            candidate, number = f"{base[:56]}-{number}", number + 1
        if original and original != node.label:  # an id made from a label is no loss
            self.renamed.append((original, candidate))
        return candidate

    # -- nodes and edges ----------------------------------------------------------------------
    def node(self, node: GraphNode, place: str, is_own_file: bool) -> dict[str, Any]:
        """The Partijen cells of a node without ``onderdeel``."""
        new_id = self._new_id(node)
        self.ids[node.id] = new_id
        self.endpoints.add(fold(new_id))
        self.nodes += 1
        by_key = {attribute_key(k): k for k in node.fields}
        party_type = self._vocabulary(node.fields, by_key, vocab.party_types().resolve)
        if party_type is not None:
            self.typed += 1
            party_type = party_type.id
        notes_key = self._notes_key(by_key)
        for key, name in by_key.items():
            if key not in _TYPE_KEYS and key != notes_key:
                self.ignore(name, edge=False)
        if is_own_file:
            self.warnings.append(Problem("W-GRAPH-NODE-FOREIGN", _t(
                "zonder 'onderdeel': ingelezen als partij van type '{type}'").format(
                    type=party_type or FOREIGN_TYPE), place, style=self.dialect.style))
        cells: dict[str, Any] = {"id": new_id, self.label: node.label.strip() or node.id,
                                 self.type: party_type or FOREIGN_TYPE}
        if notes_key is not None:
            cells[self.notes.name] = node.fields[by_key[notes_key]]
        if node.pos is not None:
            cells["x"], cells["y"] = node.pos
        return cells

    def edge(self, edge: GraphEdge, place: str, is_own_file: bool) -> dict[str, Any] | None:
        """The Relaties cells of an edge without ``onderdeel``, or ``None`` when the edge
        cannot be a relation (said in a warning)."""
        source, target = self.node_id(edge.source), self.node_id(edge.target)
        if fold(source) not in self.endpoints or fold(target) not in self.endpoints:
            self._skip(place, _t("verbindt geen twee partijen of tafels; overgeslagen"))
            return None
        if fold(source) == fold(target):
            self._skip(place, _t("verbindt een knoop met zichzelf; overgeslagen"))
            return None
        pair = frozenset((fold(source), fold(target)))
        if pair in self.pairs:
            self.doubles += 1
            return None
        self.pairs.add(pair)
        self.edges += 1
        by_key = {attribute_key(k): k for k in edge.fields}
        kind = self._vocabulary(edge.fields, by_key, vocab.RELATION_KINDS.resolve)
        label = edge.fields.get(by_key.get("label", ""))
        if kind is None and isinstance(label, str):  # yEd's edge label
            kind = vocab.RELATION_KINDS.resolve(label)
        notes_key = self._notes_key(by_key)
        note = edge.fields[by_key[notes_key]] if notes_key is not None else (
            label if kind is None and isinstance(label, str) else None)
        for key, name in by_key.items():
            if key not in (*_TYPE_KEYS, "label", notes_key):
                self.ignore(name, edge=True)
        if is_own_file:
            self.warnings.append(Problem("W-GRAPH-EDGE-FOREIGN", _t(
                "zonder 'onderdeel': ingelezen als relatie '{soort}'").format(
                    soort=kind or FOREIGN_RELATION), place, style=self.dialect.style))
        van, naar, soort = self.relation
        cells = {van: source, naar: target, soort: kind or FOREIGN_RELATION}
        if note:
            cells[self.notes.name] = note
        return cells

    def _notes_key(self, by_key: dict[str, str]) -> str | None:
        """The key of the item's free text: the notes column or a description."""
        names = (attribute_key(self.dialect.key(PART_SPECS[Part.PARTIJ], self.notes)),
                 *self.notes.keys, *_NOTE_KEYS)
        return next((k for k in names if k in by_key), None)

    @staticmethod
    def _vocabulary(fields: dict[str, Any], by_key: dict[str, str], resolve: Any) -> Any:
        """The vocabulary entry the item's type attribute names, if it names one."""
        for key in _TYPE_KEYS:
            if key in by_key and isinstance(fields[by_key[key]], str):
                found = resolve(fields[by_key[key]])
                if found is not None:
                    return found
        return None

    def _skip(self, place: str, message: str) -> None:
        self.warnings.append(Problem("W-GRAPH-EDGE-SKIPPED", message, place,
                                     style=self.dialect.style))

    def ignore(self, name: str, edge: bool) -> None:
        """An attribute the app does not know; reported once per name (with a count)."""
        self.ignored[(name, edge)] = self.ignored.get((name, edge), 0) + 1

    # -- the summary --------------------------------------------------------------------------
    def summarise(self, is_own_file: bool) -> None:
        """The warnings about the whole file, in front of the ones with a place."""
        found: list[Problem] = []

        def say(code: str, text: str) -> None:
            found.append(Problem(code, text))

        nodes, edges = self._counted_nodes, self._counted_edges
        if self.nodes > self.typed and not is_own_file:
            say("W-GRAPH-FOREIGN", _t(
                "het bestand komt niet uit stakeholders: {aantal} ingelezen als partij van "
                "type 'anders'; geef ze hun type in het eigenschappenpaneel").format(
                    aantal=nodes(self.nodes - self.typed)))
        if self.typed and not is_own_file:
            say("W-GRAPH-FOREIGN", _t(
                "{aantal} ingelezen als partij van het type dat hun 'type' noemt").format(
                    aantal=nodes(self.typed)))
        if self.edges and not is_own_file:
            say("W-GRAPH-FOREIGN", _t(
                "{aantal} ingelezen als relatie 'werkt samen met' (of de soort die hun "
                "'type' of label noemt)").format(aantal=edges(self.edges)))
        if self.renamed:
            old, new = self.renamed[0]
            say("W-GRAPH-ID-NEW", _t(
                "nieuw id voor {aantal}: het id in het bestand is geen geldig id of bestaat "
                "al (bijvoorbeeld '{oud}' wordt '{nieuw}')").format(
                    aantal=nodes(len(self.renamed)), oud=old, nieuw=new))
        if self.doubles:
            say("W-GRAPH-EDGE-DOUBLE", _t(
                "overgeslagen: {aantal} tussen twee knopen die al verbonden waren").format(
                    aantal=edges(self.doubles)))
        kumu = self.dialect.style == "kumu"
        for (name, edge), count in sorted(self.ignored.items()):
            text = (_t("veld '{naam}' ({aantal}) kent stakeholders niet; het wordt genegeerd")
                    if kumu else _t("attribuut '{naam}' ({aantal}) kent stakeholders niet; "
                                    "het wordt genegeerd"))
            say("W-GRAPH-ATTRIBUTE-IGNORED", text.format(
                naam=name, aantal=edges(count) if edge else nodes(count)))
        self.warnings[:0] = found

    def _counted_nodes(self, n: int) -> str:
        """``1 knoop``, ``3 knopen`` (Kumu: ``element``, ``elementen``)."""
        if self.dialect.style == "kumu":
            return (_t("1 element") if n == 1 else _t("{n} elementen")).format(n=n)
        return (_t("1 knoop") if n == 1 else _t("{n} knopen")).format(n=n)

    def _counted_edges(self, n: int) -> str:
        """``1 verbinding``, ``3 verbindingen`` (Kumu: ``connectie``, ``connecties``)."""
        if self.dialect.style == "kumu":
            return (_t("1 connectie") if n == 1 else _t("{n} connecties")).format(n=n)
        return (_t("1 verbinding") if n == 1 else _t("{n} verbindingen")).format(n=n)


def _slug(text: str) -> str:
    """An id made of ``text``: accents dropped, other characters as ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_IN_ID.sub("-", ascii_text).strip("-._")[:60]
    return slug if slug and slug.lower() != "kaart" else "knoop"
