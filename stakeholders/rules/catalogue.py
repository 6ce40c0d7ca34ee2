"""The rule catalogue as data (``resources/rules.toml``), plus a region's own rules.

The catalogue says which rules exist, where they run (``applies_to``), at
which level, how they are evaluated (``check``: a kind plus parameters) and
which texts a flag carries. What a table kind *expects* therefore lives in
the data file, not in if-statements: a region adapts it by adding rules of
the same kinds (see :meth:`Catalogue.with_region_rules`).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakeholders import paths
from stakeholders.model import vocab

LEVELS: tuple[str, ...] = ("vereist", "aanbevolen", "signaal")
LEVEL_LABELS_NL = {
    "vereist": "Vereist",
    "aanbevolen": "Aanbevolen",
    "signaal": "Signaal: vaak ontbrekend",
}
LEVEL_LABELS_EN = {
    "vereist": "Required",
    "aanbevolen": "Recommended",
    "signaal": "Signal: often missing",
}
MAP_SCOPE = "map"


class CatalogueError(ValueError):
    """A rule file that does not describe valid rules; the message says where."""


@dataclass(frozen=True)
class Group:
    """A named group of party types (``rules.md`` §3)."""

    id: str
    label_nl: str
    label_en: str
    types: tuple[str, ...]  #: in ``party-types.csv`` order

    @property
    def type_set(self) -> frozenset[str]:
        return frozenset(self.types)


@dataclass(frozen=True)
class Variant:
    """A message variant (a), (b), … of a rule."""

    key: str
    message_nl: str
    message_en: str


@dataclass(frozen=True)
class RuleSpec:
    """One rule: identity, scope, texts and how to evaluate it."""

    id: str
    level: str
    applies_to: tuple[str, ...]
    subject: str
    checkable: bool
    message_nl: str
    message_en: str
    fix_nl: str
    source: str
    condition: str = ""
    checkable_note: str = ""
    check: dict[str, Any] | None = None
    placeholders: dict[str, str] = field(default_factory=dict)
    variants: tuple[Variant, ...] = ()
    origin: str = "catalogus"  #: ``catalogus`` (rules.md) or ``regio`` (the map's own)

    @property
    def is_map_rule(self) -> bool:
        return MAP_SCOPE in self.applies_to

    def message(self, variant: str | None, language: str = "nl") -> str:
        """The message template of ``variant`` (or the main message) in ``language``."""
        for candidate in self.variants:
            if candidate.key == variant:
                return candidate.message_nl if language == "nl" else candidate.message_en
        return self.message_nl if language == "nl" else self.message_en


class Catalogue:
    """The groups and rules in force for a map."""

    def __init__(self, groups: dict[str, Group], rules: list[RuleSpec]) -> None:
        self.groups = groups
        self.rules = rules
        self.by_id = {r.id: r for r in rules}
        self._by_folded = {r.id.upper(): r for r in rules}
        self.order = {r.id: i for i, r in enumerate(rules)}
        self._for_kind: dict[str, list[RuleSpec]] = {}
        for rule in rules:
            if not rule.checkable or rule.check is None:
                continue
            for scope in rule.applies_to:
                self._for_kind.setdefault(scope, []).append(rule)

    def rules_for(self, scope: str) -> list[RuleSpec]:
        """The checkable rules that run on a table kind (or ``"map"``)."""
        return self._for_kind.get(scope, [])

    def lookup(self, rule_id: str) -> RuleSpec | None:
        """Find a rule by id, case-insensitively."""
        return self._by_folded.get(rule_id.upper())

    def group(self, group_id: str) -> Group:
        return self.groups[group_id]

    def not_checkable(self) -> list[RuleSpec]:
        """Rules that never flag: the user's checklist (``rules.md`` §4)."""
        return [r for r in self.rules if not r.checkable]

    def with_region_rules(self, specs: list[dict[str, Any]]) -> Catalogue:
        """A catalogue extended with a region's own rules (``origin = "regio"``)."""
        if not specs:
            return self
        extra = []
        for index, spec in enumerate(specs, start=1):
            where = f"regel {index}"
            try:
                extra.append(_parse_rule(spec, self.groups, origin="regio", where=where))
            except (TypeError, KeyError, AttributeError, ValueError) as exc:
                if isinstance(exc, CatalogueError):
                    raise
                raise CatalogueError(f"{where}: ongeldige regel ({exc})") from exc
            texts = [spec.get(k, "") for k in ("message_nl", "message_en", "fix_nl", "source")]
            if not all(isinstance(t, str) for t in texts):
                raise CatalogueError(f"{where}: meldingen, oplossing en bron moeten tekst zijn")
        clash = [r.id for r in extra if r.id.upper() in self._by_folded]
        if clash:
            raise CatalogueError(f"regel-id bestaat al in de catalogus: {', '.join(clash)}")
        return Catalogue(self.groups, [*self.rules, *extra])


def _resolve_groups(raw: dict[str, dict[str, Any]]) -> dict[str, Group]:
    order = {t.id: i for i, t in enumerate(vocab.party_types())}
    by_domain: dict[str, list[str]] = {}
    for party_type in vocab.party_types():
        by_domain.setdefault(party_type.domain, []).append(party_type.id)
    resolved: dict[str, Group] = {}

    def resolve(group_id: str, stack: tuple[str, ...] = ()) -> Group:
        if group_id in resolved:
            return resolved[group_id]
        if group_id not in raw:
            raise CatalogueError(f"onbekende groep '{group_id}'")
        if group_id in stack:
            raise CatalogueError(f"groep '{group_id}' bevat zichzelf")
        spec = raw[group_id]
        types: set[str] = set(spec.get("types", []))
        for domain in spec.get("domains", []):
            if domain not in vocab.domains():
                raise CatalogueError(f"groep '{group_id}': onbekend domein '{domain}'")
            types.update(by_domain.get(domain, []))
        for included in spec.get("includes", []):
            types.update(resolve(included, (*stack, group_id)).types)
        unknown = sorted(t for t in types if t not in order)
        if unknown:
            raise CatalogueError(f"groep '{group_id}': onbekend type {', '.join(unknown)}")
        group = Group(
            group_id,
            spec.get("label_nl", group_id),
            spec.get("label_en", group_id),
            tuple(sorted(types, key=order.__getitem__)),
        )
        resolved[group_id] = group
        return group

    for group_id in raw:
        resolve(group_id)
    return {g: resolved[g] for g in raw}


_REQUIRED = ("id", "level", "applies_to", "message_nl", "message_en")


def _parse_rule(
    spec: dict[str, Any], groups: dict[str, Group], *, origin: str, where: str
) -> RuleSpec:
    for key in _REQUIRED:
        if not spec.get(key):
            raise CatalogueError(f"{where}: '{key}' ontbreekt")
    rule_id = str(spec["id"])
    if spec["level"] not in LEVELS:
        raise CatalogueError(f"{rule_id}: onbekend niveau '{spec['level']}'")
    applies_to = tuple(spec["applies_to"])
    for scope in applies_to:
        if scope != MAP_SCOPE and scope not in vocab.table_kinds():
            raise CatalogueError(f"{rule_id}: onbekende tafelsoort '{scope}'")
    check = spec.get("check")
    checkable = bool(spec.get("checkable", True))
    if checkable and check is not None:
        from stakeholders.rules.checks import validate_check  # avoid an import cycle

        problem = validate_check(check, groups)
        if problem:
            raise CatalogueError(f"{rule_id}: {problem}")
    variants = tuple(
        Variant(str(v["key"]), v["message_nl"], v["message_en"]) for v in spec.get("variants", [])
    )
    return RuleSpec(
        id=rule_id,
        level=spec["level"],
        applies_to=applies_to,
        subject=spec.get("subject", "partij" if MAP_SCOPE in applies_to else "tafel"),
        checkable=checkable and check is not None,
        message_nl=spec["message_nl"],
        message_en=spec["message_en"],
        fix_nl=spec.get("fix_nl", ""),
        source=spec.get("source", ""),
        condition=spec.get("condition", ""),
        checkable_note=spec.get("checkable_note", ""),
        check=dict(check) if check is not None else None,
        placeholders=dict(spec.get("placeholders", {})),
        variants=variants,
        origin=origin,
    )


def load_region_rules(path: Path) -> list[dict[str, Any]]:
    """Read a region's own rules from a TOML file with ``[[rules]]`` entries (as rules.toml)."""
    with Path(path).open("rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"{Path(path).name}: {exc}") from exc
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise CatalogueError(f"{Path(path).name}: [[rules]] ontbreekt")
    default_catalogue().with_region_rules(rules)  # validates
    return rules


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate a rule file."""
    with path.open("rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"{path.name}: {exc}") from exc
    groups = _resolve_groups(data.get("groups", {}))
    rules = [
        _parse_rule(spec, groups, origin="catalogus", where=f"{path.name}, regel {i + 1}")
        for i, spec in enumerate(data.get("rules", []))
    ]
    return Catalogue(groups, rules)


@functools.cache
def default_catalogue() -> Catalogue:
    """The bundled catalogue of ``rules.md`` (cached)."""
    return load_catalogue(paths.resource("rules.toml"))
