"""What a valid map keeps true, checked in one place for the importer and the edit planner.

A check returns a :class:`Violation`: the error code of ``spreadsheet-format.md`` §7
(``E-ROLE-TYPE``, ``E-PARENT-CYCLE``, …) and the parameters of its message. The Dutch
messages of these codes live here, in :data:`_MESSAGES`; where the importer names a place
(``… ({blad}, {plaats})``) and the editor does not, both wordings are listed side by side
as variants of one code.

The importer (:mod:`stakeholders.io.integrity`, :mod:`stakeholders.io.rowparse`) turns a
violation into a :class:`~stakeholders.io.problems.Problem` at its sheet, row and
column; the edit planner (:mod:`stakeholders.model.edits`) raises it as an
:class:`~stakeholders.model.edits.EditError`. :func:`column_violations` checks a column of
an entity by its value kind, so a field added to the schema is checked too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from stakeholders.i18n import translator
from stakeholders.model import vocab
from stakeholders.model.kinds import EntityKind
from stakeholders.model.normalize import levenshtein
from stakeholders.model.regionmap import is_valid_id
from stakeholders.model.schema import Column, Kind, SheetSpec

_t = translator("invariants")


#: Variants of a message: the editor's (``""``), the importer's with a place (``PLACE``), the
#: importer's list of allowed values (``ALLOWED``), the editor's "needs a …" (``NEEDS``).
PLACE = "place"
ALLOWED = "allowed"
NEEDS = "needs"
OTHER_NAMED = "other-named"
TWO_CHAIRS = "two-chairs"

_MESSAGES: dict[tuple[str, str], Callable[[], str]] = {
    ("E-VALUE-REQUIRED", ""): lambda: _t("verplicht veld is leeg"),
    ("E-VALUE-REQUIRED", NEEDS): lambda: _t("een {wat} heeft een {veld} nodig"),
    ("E-ID-INVALID", ""): lambda: _t(
        "ongeldige id '{waarde}' (alleen letters, cijfers, '-', '_' en '.'; niet 'kaart')"),
    ("E-ID-DUPLICATE", ""): lambda: _t("id '{waarde}' komt al voor"),
    ("E-ID-DUPLICATE", PLACE): lambda: _t("id '{waarde}' komt al voor ({blad}, {plaats})"),
    ("E-REF-PARTY", ""): lambda: _t("onbekende partij '{waarde}'"),
    ("E-REF-TABLE", ""): lambda: _t("onbekende tafel '{waarde}'"),
    ("E-REF-ID", ""): lambda: _t("onbekende partij of tafel '{waarde}'"),
    ("E-REF-TYPE", ""): lambda: _t("onbekend type '{waarde}'"),
    ("E-REF-RULE", ""): lambda: _t("onbekende regel '{waarde}'"),
    ("E-TYPE-UNKNOWN", ""): lambda: _t("onbekend type '{waarde}'"),
    ("E-SOORT-UNKNOWN", ""): lambda: _t("onbekende soort '{waarde}'"),
    ("E-ENUM-INVALID", ""): lambda: _t("onbekende {wat} '{waarde}'"),
    ("E-ENUM-INVALID", ALLOWED): lambda: _t("onbekende {wat} '{waarde}' (toegestaan: {waarden})"),
    ("E-ROLE-TYPE", ""): lambda: _t("rol '{rol}' past niet bij type '{type}' (alleen: {typen})"),
    ("E-GEMEENTECODE-INVALID", ""): lambda: _t(
        "'{waarde}' is geen CBS-gemeentecode (vorm GM0000)"),
    ("W-GEMEENTECODE-UNKNOWN", ""): lambda: _t(
        "gemeentecode '{waarde}' komt niet voor in de CBS-lijst"),
    ("E-NUMBER-INVALID", ""): lambda: _t("'{waarde}' is geen geheel getal van 1 tot en met 5"),
    ("E-BOOL-INVALID", ""): lambda: _t("'{waarde}' is geen ja of nee"),
    ("E-DATE-INVALID", ""): lambda: _t("'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)"),
    ("E-POSITION-INVALID", ""): lambda: _t(
        "'{waarde}' is geen positie (een getal tussen -10000000 en 10000000)"),
    ("E-PARENT-CYCLE", ""): lambda: _t("kringverwijzing in bovenliggende tafels: {pad}"),
    ("E-CHAIR-NOT-SEATED", ""): lambda: _t(
        "voorzitter '{partij}' heeft geen zetel aan tafel '{tafel}'"),
    ("E-CHAIR-CONFLICT", OTHER_NAMED): lambda: _t(
        "partij '{partij}' is voorzitter volgens Zetels, maar Tafels noemt '{andere}'"),
    ("E-CHAIR-CONFLICT", TWO_CHAIRS): lambda: _t("tafel '{tafel}' heeft meer dan één voorzitter"),
    ("E-SEAT-DUPLICATE", ""): lambda: _t(
        "partij '{partij}' heeft al een zetel aan tafel '{tafel}'"),
    ("E-SEAT-DUPLICATE", PLACE): lambda: _t(
        "partij '{partij}' heeft al een zetel aan tafel '{tafel}' ({plaats})"),
    ("E-MANDATE-SELF", ""): lambda: _t("houder en namens zijn dezelfde partij"),
    ("W-MANDATE-EXPIRED", ""): lambda: _t(
        "mandaat verlopen op {datum} (peildatum {peildatum}); het telt niet mee"),
    ("W-MANDATE-NOT-SEATED", ""): lambda: _t(
        "houder '{partij}' heeft geen zetel aan tafel '{tafel}'; het mandaat telt daar niet mee"),
    ("W-SUBREGIO-UNKNOWN", ""): lambda: _t("geen partij heeft subregio '{subregio}'"),
    ("E-KEUZE-DUPLICATE", ""): lambda: _t("keuze voor {regel} / {onderwerp} bestaat al"),
    ("E-KEUZE-DUPLICATE", PLACE): lambda: _t(
        "keuze voor {regel} / {onderwerp} staat al in {plaats}"),
    ("E-TEXT-TOO-LONG", ""): lambda: _t(
        "tekst van {n} tekens is te lang (hoogstens {max})"),
    ("E-TEXT-INVALID", ""): lambda: _t(
        "tekst bevat een ongeldig teken (een losse UTF-16-surrogaat)"),
}

#: The most characters of one text (Excel's own limit for a cell: what one format holds,
#: every format holds, so a map the app accepts can be saved in each of them).
MAX_TEXT_CHARS = 32_767
#: The most characters of a name (of a party, a table, the map).
MAX_NAME_CHARS = 10_000
#: The columns whose text is a name (:data:`MAX_NAME_CHARS`).
NAME_COLUMNS = frozenset({"naam"})
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Violation:
    """A broken invariant: its code, the parameters of its message and the wording variant.

    ``suggestion`` (an id close to an unknown value) adds "; bedoelt u '…'?" to the message.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    variant: str = ""
    suggestion: str | None = None

    @property
    def message(self) -> str:
        """The Dutch message."""
        text = _MESSAGES[(self.code, self.variant)]().format(**self.params)
        if self.suggestion:
            text += _t("; bedoelt u '{suggestie}'?").format(suggestie=self.suggestion)
        return text


def violation(code: str, variant: str = "", suggestion: str | None = None,
              **params: Any) -> Violation:
    """A :class:`Violation` of ``code`` with message parameters as keywords."""
    return Violation(code, params, variant, suggestion)


# -- single values ------------------------------------------------------------------------
def text_violation(text: str, *, name: bool = False) -> Violation | None:
    """E-TEXT-TOO-LONG for a text over :data:`MAX_TEXT_CHARS` (a name: over
    :data:`MAX_NAME_CHARS`); E-TEXT-INVALID for a lone surrogate, which is no text at all."""
    limit = MAX_NAME_CHARS if name else MAX_TEXT_CHARS
    if len(text) > limit:
        return violation("E-TEXT-TOO-LONG", n=len(text), max=limit)
    if _SURROGATE.search(text):
        return violation("E-TEXT-INVALID")
    return None


def id_violation(text: str) -> Violation | None:
    """E-ID-INVALID unless ``text`` is a valid party or table id (§2)."""
    return None if is_valid_id(text) else violation("E-ID-INVALID", waarde=text)


def unknown_reference(target: EntityKind | None, text: str) -> Violation:
    """E-REF-PARTY, E-REF-TABLE or E-REF-ID (``target`` None: party or table)."""
    code = {EntityKind.PARTY: "E-REF-PARTY", EntityKind.TABLE: "E-REF-TABLE",
            None: "E-REF-ID"}[target]
    return violation(code, waarde=text)


def role_type_violation(role: str, type_id: str, shown: str | None = None) -> Violation | None:
    """E-ROLE-TYPE when party role ``role`` is not allowed for party type ``type_id``.

    ``shown`` is the role as the user wrote it (the importer's cell item).
    """
    allowed = vocab.ROLE_TYPES.get(role)
    if allowed is None or type_id in allowed:
        return None
    return violation("E-ROLE-TYPE", rol=shown or role, type=type_id, typen=", ".join(allowed))


def gemeente_code_violation(code: str) -> Violation | None:
    """E-GEMEENTECODE-INVALID unless ``code`` has the form GM0000 (any case)."""
    if vocab.is_gemeente_code(code):
        return None
    return violation("E-GEMEENTECODE-INVALID", waarde=code)


def score_violation(value: int | None) -> Violation | None:
    """E-NUMBER-INVALID unless ``value`` is empty or an integer 1-5."""
    if value is None or 1 <= value <= 5:
        return None
    return violation("E-NUMBER-INVALID", waarde=value)


def enum_violation(enumeration: vocab.Enumeration, value: str, *, listed: bool = False
                   ) -> Violation:
    """E-ENUM-INVALID for ``value``; ``listed`` adds the allowed values (the importer)."""
    if listed:
        return violation("E-ENUM-INVALID", ALLOWED, wat=enumeration.noun_nl, waarde=value,
                         waarden=", ".join(enumeration.ids))
    return violation("E-ENUM-INVALID", wat=enumeration.noun_nl, waarde=value)


# -- between entities -----------------------------------------------------------------------
def parent_walk(parents: Mapping[str, str], start: str) -> list[str] | None:
    """Follow parents from ``start`` to the first table met twice: ``[T1, T2, T1]``.

    ``None`` when the chain ends (no cycle is reachable from ``start``).
    """
    path = [start]
    current = parents.get(start, "")
    while current:
        if current in path:
            return [*path, current]
        path.append(current)
        current = parents.get(current, "")
    return None


def parent_cycles(parents: Mapping[str, str], order: Sequence[str]) -> list[list[str]]:
    """Every cycle of the parent links once, as a path from its earliest table in ``order``
    back to it (``[T1, T2, T3, T1]``): how the importer reports E-PARENT-CYCLE."""
    rank = {table: index for index, table in enumerate(order)}
    cycles: list[list[str]] = []
    seen: set[str] = set()
    for start in order:
        walk = parent_walk(parents, start)
        if walk is None:
            continue
        cycle = walk[walk.index(walk[-1]):-1]
        first = min(cycle, key=lambda t: rank.get(t, len(rank)))
        if first in seen:
            continue
        seen.add(first)
        at = cycle.index(first)
        cycles.append([*cycle[at:], *cycle[:at], first])
    return cycles


def cycle_violation(path: Sequence[str]) -> Violation:
    """E-PARENT-CYCLE with the path ``T1 → T2 → T1``."""
    return violation("E-PARENT-CYCLE", pad=" → ".join(path))


def chair_not_seated(chair: str, table: str) -> Violation:
    """E-CHAIR-NOT-SEATED: the chair named for ``table`` has no seat there."""
    return violation("E-CHAIR-NOT-SEATED", partij=chair, tafel=table)


def self_mandate(holder: str, named_party: str) -> Violation | None:
    """E-MANDATE-SELF when a mandate is held on behalf of its own holder."""
    if named_party and named_party == holder:
        return violation("E-MANDATE-SELF")
    return None


def mandate_expired(valid_until: date | None, reference: date) -> Violation | None:
    """W-MANDATE-EXPIRED when ``valid_until`` lies before the reference date."""
    if valid_until is None or valid_until >= reference:
        return None
    return violation("W-MANDATE-EXPIRED", datum=valid_until.isoformat(),
                     peildatum=reference.isoformat())


def closest_rule(text: str, known_rules: Sequence[str]) -> tuple[str | None, str | None]:
    """The rule id ``text`` names (case-insensitive), else ``(None, suggestion)``: the
    closest known id at Levenshtein distance 2 or less (§5.7)."""
    for rule in known_rules:
        if rule.upper() == text.upper():
            return rule, None
    best, best_distance = None, 3
    for rule in known_rules:
        if abs(len(text) - len(rule)) >= best_distance:
            continue  # the distance is at least the difference in length
        distance = levenshtein(text.upper(), rule.upper())
        if distance < best_distance:
            best, best_distance = rule, distance
    return None, best


# -- one column of an entity -----------------------------------------------------------------------
def column_violations(spec: SheetSpec, column: Column, entity: Any) -> Iterator[Violation]:
    """What the kind of ``column`` does not allow in its value of ``entity``: empty required
    text, unknown vocabulary terms and enumeration values, roles and their types, gemeente
    codes, scores. References are checked by the caller, who knows the map."""
    kind, value = column.kind, getattr(entity, column.attr)
    if kind in (Kind.TEXT, Kind.LONG_TEXT) and isinstance(value, str):
        found = text_violation(value, name=column.name in NAME_COLUMNS)
        if found is not None:
            yield found
            return
    if kind in (Kind.TEXT, Kind.LONG_TEXT) and column.required and not value.strip():
        yield violation("E-VALUE-REQUIRED", NEEDS, wat=spec.title.lower(), veld=column.name)
    elif kind is Kind.PARTY_TYPE and value not in vocab.party_types():
        yield violation("E-TYPE-UNKNOWN", waarde=value)
    elif kind is Kind.TABLE_KIND and value not in vocab.table_kinds():
        yield violation("E-SOORT-UNKNOWN", waarde=value)
    elif kind is Kind.ENUM and column.enum is not None and value not in column.enum.ids:
        yield enum_violation(column.enum, value)
    elif kind is Kind.PARTY_ROLES:
        type_id = getattr(entity, "type", "")
        for role in value:
            if role not in vocab.PARTY_ROLES.ids:
                yield enum_violation(vocab.PARTY_ROLES, role)
                continue
            found = role_type_violation(role, type_id)
            if found is not None:
                yield found
    elif kind is Kind.GEMEENTEN:
        for code in value:
            found = gemeente_code_violation(code)
            if found is not None:
                yield found
    elif kind is Kind.SCORE:
        found = score_violation(value)
        if found is not None:
            yield found
