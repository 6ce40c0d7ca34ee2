"""What the findings panel shows for a selected finding or part: why, and what to do.

Per part: its level and basis ("Vereist · wet"), the message, the source by
document title (never a file name), the fix, and for a deliberate choice its
reason, who and when, and whether it holds for the whole map.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from stakeholders.i18n import translator
from stakeholders.model.dates import dutch_date
from stakeholders.model.entities import Waiver
from stakeholders.rules.catalogue import Catalogue
from stakeholders.rules.findings import Finding, summary
from stakeholders.rules.flags import Flag
from stakeholders.rules.sources import readable_source

_t = translator("FlagsPanel")


def waived_for_whole_map(flag: Flag, waivers: Iterable[Waiver]) -> bool:
    """Whether the flag is waived by a ``kaart`` row rather than by its own row."""
    return flag.waived and not any(
        w.regel.upper() == flag.rule.upper() and w.onderwerp.lower() == flag.subject.lower()
        for w in waivers)


def details_html(flags: list[Flag], finding: Finding | None, title: str, catalogue: Catalogue,
                 waivers: list[Waiver]) -> str:
    """The details of a finding (its summary, then every part) or of one part, as HTML."""
    if not flags:
        return "<p>" + html.escape(_t("Kies een bevinding om te zien waarom ze er is en wat "
                                      "eraan te doen is.")) + "</p>"
    parts = []
    if finding is not None:
        theme = catalogue.vocabulary.theme(finding.thema)
        parts.append(f"<p><b>{html.escape(title)} · {html.escape(theme)}</b><br>"
                     f"{html.escape(summary(finding, catalogue))}</p><hr>")
    parts.extend(_flag_html(flag, catalogue, waivers) for flag in flags)
    return "".join(parts)


def _flag_html(flag: Flag, catalogue: Catalogue, waivers: list[Waiver]) -> str:
    vocabulary = catalogue.vocabulary
    state = vocabulary.level_and_basis(flag.level, flag.basis)
    source = readable_source(flag.source, vocabulary.sources)
    parts = [
        f"<p><b>{html.escape(state)}</b> · <small>{html.escape(flag.rule)}</small><br>"
        f"{html.escape(flag.message_nl)}</p>",
    ]
    if source:
        parts.append(f"<p><b>{html.escape(_t('Waarom'))}</b><br>{html.escape(source)}</p>")
    parts.append(f"<p><b>{html.escape(_t('Wat te doen'))}</b><br>"
                 f"{html.escape(flag.fix_nl)}</p>")
    if flag.waived:
        by = ", ".join(x for x in (
            flag.waiver_by, dutch_date(flag.waiver_date) if flag.waiver_date else "") if x)
        scope = (_t("Deze keuze geldt voor deze regel op de hele kaart (alle tafels en "
                    "partijen).") if waived_for_whole_map(flag, waivers) else "")
        parts.append(
            f"<p><b>{html.escape(_t('Bewuste keuze'))}</b><br>"
            f"{html.escape(flag.waiver_reason)}"
            + (f" <i>({html.escape(by)})</i>" if by else "")
            + (f"<br><i>{html.escape(scope)}</i>" if scope else "") + "</p>"
        )
    return "".join(parts)
