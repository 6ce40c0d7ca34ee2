"""The summary table of ``rules.md`` §6 (version 2), written out as a test oracle.

The scope tests use it, so they run without the contract file; the catalogue
tests check that it still equals the table in ``rules.md`` when the contract is
present (``../shared/domain`` relative to the repository root).
"""

from __future__ import annotations

from typing import NamedTuple

IZA = ("iza-regiotafel",)
BESTUURLIJK = ("iza-regiotafel", "zorgtafel")
PREVENTIE = ("preventie",)


class Row(NamedTuple):
    """One row of §6: the rule, its level, basis, theme, scope, subject and checkability."""

    rule: str
    level: str
    basis: str
    thema: str
    applies_to: tuple[str, ...]
    top_level_only: bool
    subject: str  #: ``tafel``, ``partij`` or ``kaart`` (the flag's ``subject_kind``)
    checkable: bool


def _row(rule: str, level: str, basis: str, thema: str, applies_to: tuple[str, ...],
         top: bool = False, subject: str = "tafel", checkable: bool = True) -> Row:
    return Row(rule, level, basis, thema, applies_to, top, subject, checkable)


SUMMARY: list[Row] = [
    _row("R-IZA-01", "vereist", "akkoord", "regie", IZA),
    _row("R-IZA-02", "vereist", "akkoord", "regie", IZA),
    _row("R-IZA-03", "vereist", "akkoord", "samenstelling", IZA),
    _row("R-IZA-04", "vereist", "akkoord", "samenstelling", IZA),
    _row("R-IZA-04b", "signaal", "advies", "samenstelling", IZA),
    _row("R-IZA-05", "aanbevolen", "advies", "samenstelling", IZA),
    _row("R-IZA-06", "aanbevolen", "akkoord", "samenstelling", IZA),
    _row("R-IZA-07", "aanbevolen", "beleid", "mandaten", IZA),
    _row("R-IZA-08", "aanbevolen", "advies", "samenstelling", IZA),
    _row("R-IZA-09", "aanbevolen", "advies", "samenhang", ("iza-regiotafel", "preventie")),
    _row("R-IZA-10", "aanbevolen", "akkoord", "governance", IZA, checkable=False),
    _row("R-IZA-11", "aanbevolen", "akkoord", "samenhang", ("map",), subject="kaart"),
    _row("R-IZA-12", "aanbevolen", "akkoord", "mandaten", IZA),
    _row("R-PRV-01", "aanbevolen", "beleid", "samenstelling", PREVENTIE),
    _row("R-PRV-02", "aanbevolen", "beleid", "samenstelling", PREVENTIE),
    _row("R-PRV-03", "aanbevolen", "beleid", "regie", PREVENTIE),
    _row("R-PRV-04", "aanbevolen", "beleid", "governance", PREVENTIE),
    _row("R-PRV-05", "signaal", "beleid", "samenstelling", PREVENTIE),
    _row("R-ROAZ-01", "vereist", "wet", "regie", ("roaz",)),
    _row("R-ROAZ-02", "vereist", "wet", "samenstelling", ("roaz",)),
    _row("R-ROAZ-03", "aanbevolen", "beleid", "samenhang", ("roaz",)),
    _row("R-VSV-01", "vereist", "beleid", "samenstelling", ("vsv",)),
    _row("R-VSV-02", "signaal", "beleid", "mandaten", ("vsv",)),
    _row("R-AGGZ-01", "aanbevolen", "beleid", "regie", ("acute-ggz",)),
    _row("R-ZVH-01", "vereist", "beleid", "samenstelling", ("zorg-en-veiligheidshuis",)),
    _row("R-PRVR-01", "vereist", "wet", "samenstelling", ("provinciale-raad",)),
    _row("R-JR-01", "aanbevolen", "beleid", "samenstelling", ("jeugdregio",)),
    _row("R-BW-01", "aanbevolen", "beleid", "samenstelling", ("beschermd-wonen",)),
    _row("R-GOV-01", "aanbevolen", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-02", "aanbevolen", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-03", "aanbevolen", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-04", "aanbevolen", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-05", "aanbevolen", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-06", "signaal", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-07", "signaal", "advies", "governance", BESTUURLIJK, True),
    _row("R-GOV-08", "aanbevolen", "advies", "samenstelling", BESTUURLIJK, True),
    _row("R-GOV-09", "aanbevolen", "advies", "regie", BESTUURLIJK, True),
    _row("R-GOV-10", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True,
         checkable=False),
    _row("R-GOV-11", "signaal", "onderzoek", "regie", BESTUURLIJK, True),
    _row("R-GOV-12", "signaal", "onderzoek", "regie", BESTUURLIJK, True),
    _row("R-HINT-MED", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-GGD", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-GGZ", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-PARAMEDIE", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-APOTHEEK", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-REVALIDATIE", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-JEUGD-WIJK", "signaal", "onderzoek", "samenstelling", BESTUURLIJK, True),
    _row("R-HINT-BURGERS", "signaal", "onderzoek", "samenstelling", ("zorgtafel",), True),
    _row("R-HINT-GEMEENTE", "signaal", "onderzoek", "samenstelling", ("zorgtafel",), True),
    _row("R-HINT-WELZIJN", "signaal", "onderzoek", "samenstelling", ("zorgtafel",), True),
    _row("R-HINT-ZZP", "signaal", "onderzoek", "samenstelling", ("map",), subject="partij"),
    _row("R-MND-01", "signaal", "app", "mandaten", ("map",), subject="partij"),
]
BY_ID: dict[str, Row] = {row.rule: row for row in SUMMARY}
NOT_CHECKABLE = ("R-IZA-10", "R-GOV-10")
#: The counts under the table: 9 vereist, 23 aanbevolen, 20 signaal; 52 rules.
LEVEL_COUNTS = {"vereist": 9, "aanbevolen": 23, "signaal": 20}
