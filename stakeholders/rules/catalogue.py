"""The rule catalogue as data (``resources/rules.toml``), plus a region's own rules.

The catalogue says which rules exist, where they run (``applies_to``), at
which level, how they are evaluated (``check``: a kind plus parameters) and
which texts a flag carries. What a table kind *expects* therefore lives in
the data file, not in if-statements: a region adapts it by adding rules of
the same kinds (see :meth:`Catalogue.with_region_rules`).
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakeholders import paths
from stakeholders.model import vocab
from stakeholders.model.kinds import SubjectKind
from stakeholders.rules.checks import validate_check

LEVELS: tuple[str, ...] = ("vereist", "aanbevolen", "signaal")
THEMES: tuple[str, ...] = ("samenstelling", "regie", "governance", "mandaten", "samenhang")
MAP_SCOPE = "map"
#: Basis and theme of a region's own rule when its entry does not say.
REGION_BASIS = "regio"
REGION_THEME = "samenstelling"


@dataclass(frozen=True)
class Label:
    """A Dutch and an English label (levels, bases, themes), and a theme's lead word."""

    nl: str
    en: str
    lead_nl: str = ""
    lead_en: str = ""

    def text(self, language: str = "nl") -> str:
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class SourceDocument:
    """A seed document: the title users see and its short form (never the file name)."""

    file: str
    title: str
    short: str


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
    short_nl: str = ""
    short_en: str = ""


@dataclass(frozen=True)
class RuleSpec:
    """One rule: identity, scope, texts and how to evaluate it."""

    id: str
    level: str
    applies_to: tuple[str, ...]
    subject: SubjectKind  #: what the rule's flags are about
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
    basis: str = REGION_BASIS
    thema: str = REGION_THEME
    #: The gap in a few words, for a finding's one-line summary (``short_en`` likewise).
    short_nl: str = ""
    short_en: str = ""
    #: Runs only on top-level tables (``rules.md`` §2): R-GOV-* and R-HINT-* table rules.
    top_level_only: bool = False
    origin: str = "catalogus"  #: ``catalogus`` (rules.md) or ``regio`` (the map's own)

    def message(self, variant: str | None, language: str = "nl") -> str:
        """The message template of ``variant`` (or the main message) in ``language``."""
        for candidate in self.variants:
            if candidate.key == variant:
                return candidate.message_nl if language == "nl" else candidate.message_en
        return self.message_nl if language == "nl" else self.message_en

    def short(self, variant: str | None, language: str = "nl") -> str:
        """The short label of ``variant`` (or of the rule) in ``language``; may be empty."""
        for candidate in self.variants:
            if candidate.key == variant:
                text = candidate.short_nl if language == "nl" else candidate.short_en
                if text:
                    return text
        return self.short_nl if language == "nl" else self.short_en


@dataclass(frozen=True)
class Vocabulary:
    """The labels a flag is shown with: levels, bases, themes and source titles."""

    levels: dict[str, Label]
    bases: dict[str, Label]
    themes: dict[str, Label]
    sources: dict[str, SourceDocument]

    def level(self, level: str, language: str = "nl") -> str:
        """"Vereist", "Aanbevolen", "Signaal"."""
        label = self.levels.get(level)
        return label.text(language) if label else level

    def basis(self, basis: str, language: str = "nl") -> str:
        """"wet", "akkoord (IZA)", … as shown beside the level."""
        label = self.bases.get(basis)
        return label.text(language) if label else basis

    def theme(self, theme: str, language: str = "nl") -> str:
        label = self.themes.get(theme)
        return label.text(language) if label else theme

    def theme_lead(self, theme: str, language: str = "nl") -> str:
        """The word that introduces a finding's summary ("ontbreekt"), or ``""``."""
        label = self.themes.get(theme)
        if label is None:
            return ""
        return label.lead_nl if language == "nl" else label.lead_en

    def level_and_basis(self, level: str, basis: str, language: str = "nl") -> str:
        """"Vereist · wet": the level with what it rests on (``rules.md`` §1)."""
        return f"{self.level(level, language)} · {self.basis(basis, language)}"


class Catalogue:
    """The groups and rules in force for a map, and the labels to show them with."""

    def __init__(self, groups: dict[str, Group], rules: list[RuleSpec],
                 vocabulary: Vocabulary | None = None) -> None:
        self.groups = groups
        self.rules = rules
        self.vocabulary = vocabulary or Vocabulary({}, {}, {}, {})
        self.by_id = {r.id: r for r in rules}
        self._by_folded = {r.id.upper(): r for r in rules}
        self.order = {r.id: i for i, r in enumerate(rules)}
        self._for_kind: dict[str, list[RuleSpec]] = {}
        for rule in rules:
            if not rule.checkable or rule.check is None:
                continue
            for scope in rule.applies_to:
                self._for_kind.setdefault(scope, []).append(rule)

    def rule_ids(self) -> list[str]:
        """Every rule id a Keuzes row may name, in catalogue order (own rules last)."""
        return [r.id for r in self.rules]

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
        if len(specs) > MAX_REGION_RULES:
            raise CatalogueError(f"{len(specs)} eigen regels (hoogstens {MAX_REGION_RULES})")
        extra = []
        for index, spec in enumerate(specs, start=1):
            where = f"regel {index}"
            try:
                texts = [spec.get(k, "") for k in _TEXT_KEYS]
                if not all(isinstance(t, str) for t in texts):
                    raise CatalogueError(
                        f"{where}: meldingen, oplossing en bron moeten tekst zijn")
                check_texts(spec, where)
                extra.append(_parse_rule(spec, self.groups, origin="regio", where=where,
                                         bases=self.vocabulary.bases or None))
            except CatalogueError:
                raise
            except Exception as exc:  # any other shape of a hostile rule: say where
                raise CatalogueError(f"{where}: ongeldige regel ({str(exc)[:200]})") from exc
        clash = [r.id for r in extra if r.id.upper() in self._by_folded]
        if clash:
            raise CatalogueError(f"regel-id bestaat al in de catalogus: {', '.join(clash)}")
        return Catalogue(self.groups, [*self.rules, *extra], self.vocabulary)


#: The most rules a region may add, and the longest text of one of them.
MAX_REGION_RULES = 500
MAX_RULES_FILE = 2 * 1024 * 1024
MAX_RULE_TEXT = 4_000
_TEXT_KEYS = ("id", "message_nl", "message_en", "fix_nl", "source", "short_nl", "short_en",
              "condition", "checkable_note")
_PLACEHOLDER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_template(text: str, where: str) -> None:
    """Refuse a text of a rule that is too long or whose ``{…}`` is more than a plain
    placeholder name: no attribute, index, conversion or format width (a width of a
    billion characters would fill the memory when a flag is made)."""
    if len(text) > MAX_RULE_TEXT:
        raise CatalogueError(f"{where}: tekst van {len(text)} tekens (hoogstens "
                             f"{MAX_RULE_TEXT})")
    try:
        fields = [(name, spec, conversion)
                  for _lit, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None]
    except ValueError as exc:
        raise CatalogueError(f"{where}: ongeldige {{…}} in '{text[:60]}' ({exc}); schrijf "
                             f"een letterlijke accolade als {{{{ of }}}}") from exc
    for name, spec, conversion in fields:
        if not _PLACEHOLDER.match(name) or spec or conversion:
            shown = "{" + name + ("!" + conversion if conversion else "") + \
                (":" + spec if spec else "") + "}"
            raise CatalogueError(f"{where}: '{shown[:60]}' is geen geldige plaatshouder "
                                 f"(alleen een naam tussen accolades, zoals {{partij}})")


def check_texts(spec: Mapping[str, Any], where: str) -> None:
    """:func:`check_template` on every text of a rule spec and of its variants."""
    for key in _TEXT_KEYS:
        value = spec.get(key)
        if isinstance(value, str):
            check_template(value, f"{where}, {key}")
    variants = spec.get("variants", [])
    if not isinstance(variants, list):
        raise CatalogueError(f"{where}: 'variants' moet een lijst zijn")
    for number, variant in enumerate(variants, start=1):
        if not isinstance(variant, Mapping):
            raise CatalogueError(f"{where}: variant {number} moet een tabel zijn")
        for key in ("key", "message_nl", "message_en", "short_nl", "short_en"):
            value = variant.get(key, "")
            if not isinstance(value, str):
                raise CatalogueError(f"{where}, variant {number}: '{key}' moet tekst zijn")
            check_template(value, f"{where}, variant {number}, {key}")


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
    spec: dict[str, Any], groups: dict[str, Group], *, origin: str, where: str,
    bases: dict[str, Label] | None = None,
) -> RuleSpec:
    for key in _REQUIRED:
        if not spec.get(key):
            raise CatalogueError(f"{where}: '{key}' ontbreekt")
    rule_id = str(spec["id"])
    if spec["level"] not in LEVELS:
        raise CatalogueError(f"{rule_id}: onbekend niveau '{spec['level']}'")
    basis = str(spec.get("basis", REGION_BASIS))
    if bases is not None and basis not in bases:
        raise CatalogueError(f"{rule_id}: onbekende basis '{basis}'")
    thema = str(spec.get("thema", REGION_THEME))
    if thema not in THEMES:
        raise CatalogueError(f"{rule_id}: onbekend thema '{thema}'")
    applies_to = tuple(spec["applies_to"])
    for scope in applies_to:
        if scope != MAP_SCOPE and scope not in vocab.table_kinds():
            raise CatalogueError(f"{rule_id}: onbekende tafelsoort '{scope}'")
    subject = str(spec.get("subject", SubjectKind.PARTY if MAP_SCOPE in applies_to
                           else SubjectKind.TABLE))
    if subject not in set(SubjectKind):
        raise CatalogueError(f"{rule_id}: onbekend onderwerp '{subject}'")
    check = spec.get("check")
    checkable = bool(spec.get("checkable", True))
    if checkable and check is not None:
        problem = validate_check(check, groups)
        if problem:
            raise CatalogueError(f"{rule_id}: {problem}")
    variants = tuple(
        Variant(str(v["key"]), v["message_nl"], v["message_en"],
                str(v.get("short_nl", "")), str(v.get("short_en", "")))
        for v in spec.get("variants", [])
    )
    return RuleSpec(
        id=rule_id,
        level=spec["level"],
        applies_to=applies_to,
        subject=SubjectKind(subject),
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
        basis=basis,
        thema=thema,
        top_level_only=bool(spec.get("top_level_only", False)),
        short_nl=str(spec.get("short_nl", "")),
        short_en=str(spec.get("short_en", "")),
        origin=origin,
    )


def load_region_rules(path: Path) -> list[dict[str, Any]]:
    """Read a region's own rules from a TOML file with ``[[rules]]`` entries (as rules.toml)."""
    name = Path(path).name
    with Path(path).open("rb") as handle:
        raw = handle.read(MAX_RULES_FILE + 1)
    if len(raw) > MAX_RULES_FILE:
        raise CatalogueError(f"{name}: groter dan {MAX_RULES_FILE // 1024} kB")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise CatalogueError(f"{name}: geen geldige TOML ({str(exc)[:200]})") from exc
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
    vocabulary = _vocabulary(data, path.name)
    rules = [
        _parse_rule(spec, groups, origin="catalogus", where=f"{path.name}, regel {i + 1}",
                    bases=vocabulary.bases)
        for i, spec in enumerate(data.get("rules", []))
    ]
    return Catalogue(groups, rules, vocabulary)


def _labels(data: dict[str, Any], key: str, name: str) -> dict[str, Label]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise CatalogueError(f"{name}: [{key}] moet een tabel zijn")
    return {k: Label(str(v.get("label_nl", k)), str(v.get("label_en", k)),
                     str(v.get("lead_nl", "")), str(v.get("lead_en", "")))
            for k, v in table.items()}


def _vocabulary(data: dict[str, Any], name: str) -> Vocabulary:
    levels = _labels(data, "levels", name)
    themes = _labels(data, "themes", name)
    missing = [x for x in (*LEVELS, *THEMES) if x not in levels and x not in themes]
    if missing:
        raise CatalogueError(f"{name}: labels ontbreken voor {', '.join(missing)}")
    sources = {
        file: SourceDocument(file, str(v.get("title", file)), str(v.get("short", file)))
        for file, v in data.get("sources", {}).items()
    }
    return Vocabulary(levels, _labels(data, "bases", name), themes, sources)


def known_rule_ids(custom_rules: Iterable[Mapping[str, Any]] = ()) -> list[str]:
    """Every rule id a deliberate choice may name: the catalogue's, then the region's own.

    The one place this is computed: the importer, the ``.regiokaart`` reader, the
    editor and the property panel all ask here (io and model receive this function from
    their caller). Raises :class:`CatalogueError` (a ``ValueError``) when the region's own
    rules are not valid rules.
    """
    return default_catalogue().with_region_rules([dict(r) for r in custom_rules]).rule_ids()


@functools.cache
def default_catalogue() -> Catalogue:
    """The bundled catalogue of ``rules.md`` (cached)."""
    return load_catalogue(paths.resource("rules.toml"))
