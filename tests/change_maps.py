"""Two versions of one small region for the snapshot and diff tests: every kind of change.

:func:`before` is the map as it was (say, at the last zorgtafel); :func:`after` is the
same region later, with one of each change: a party, a table, a seat, a mandate, a
relation, a choice and an own rule added, removed and changed; a Kaart field and a
governance field changed; positions moved (which is no change of the region). Both go
through the real importer (:func:`builders.region`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from builders import region

from stakeholders.model.regionmap import RegionMap

#: The map's peildatum: the mandate G1→G2 ends 2025-03-01, within R-MND-01's 90 days.
PEILDATUM = date(2025, 1, 15)

OWN_RULE = {
    "id": "R-REGIO-01", "level": "aanbevolen", "applies_to": ["zorgtafel"],
    "message_nl": "{groepen} ontbreken aan {tafel} (afspraak van de regio).",
    "message_en": "{groups} missing at {tafel}.",
    "fix_nl": "Nodig een woningcorporatie uit.", "source": "Regioplan 2025, §3",
    "check": {"kind": "covered", "parts": [{"types": ["woningcorporatie"],
                                            "label_nl": "woningcorporaties",
                                            "label_en": "housing associations"}]},
}
OTHER_RULE = {**OWN_RULE, "id": "R-REGIO-02", "level": "signaal",
              "source": "Regioplan 2025, §4"}

_PARTIES = ("id;naam;type;rollen;gemeenten\n"
            "V1;Verzekeraar Kust;zorgverzekeraar;marktleider;\n"
            "G1;Gemeente Noord;gemeente;;GM0363\n"
            "G2;Gemeente Zuid;gemeente;;GM0518\n"
            "H1;Huisartsenkring Kust;huisartsen;;\n")


def before() -> RegionMap:
    """The region as it was."""
    old = region(
        Kaart="naam;Testregio\nregio;Kust\npeildatum;2025-01-15\nversie;1\n",
        Partijen=_PARTIES + "W1;Welzijn Oost;welzijn;;\n",
        Tafels="id;naam;soort;voorzitter;besluitvorming;financiering\n"
               "T1;Zorgtafel Kust;zorgtafel;V1;;door de verzekeraar\n"
               "T2;Werkgroep Data;werkgroep;;;\n",
        Zetels="tafel;partij;rol;ring\nT1;V1;voorzitter;kopgroep\nT1;G1;lid;kopgroep\n"
               "T1;H1;lid;kopgroep\nT1;W1;lid;kopgroep\nT2;W1;lid;kopgroep\n",
        Mandaten="houder;namens;tafel;formeel;geldig-tot\nG1;G2;T1;ja;2025-03-01\n"
                 "H1;type:huisartsen;;nee;\n",
        Relaties="van;naar;soort;notities\nV1;T1;financiert;\nG1;W1;informeert;\n",
        Keuzes="regel;onderwerp;reden;datum;door\n"
               "R-IZA-04;T1;de inwoners zitten in de tweede ronde aan tafel;2025-01-10;ik\n"
               "R-GOV-07;T1;geen onafhankelijke voorzitter nodig;;\n",
    )
    old.custom_rules = [dict(OWN_RULE), dict(OTHER_RULE)]
    old.parties = [replace(p, pos=(100.0 * i, 0.0)) for i, p in enumerate(old.parties)]
    old.tables = [replace(t, pos=(100.0 * i, 300.0)) for i, t in enumerate(old.tables)]
    return old


def after() -> RegionMap:
    """The same region later: one change of every kind (see the module docstring)."""
    new = region(
        Kaart="naam;Testregio\nregio;Kust\npeildatum;2025-01-15\nversie;2\n",
        Partijen=_PARTIES.replace("Huisartsenkring Kust;huisartsen;;",
                                  "Huisartsenkring Kust-Noord;huisartsen;;")
        .replace("G1;Gemeente Noord;gemeente;;GM0363", "G1;Gemeente Noord;gemeente;;GM0363, GM0344")
        + "P9;GGD Kust;ggd;;\n",
        Tafels="id;naam;soort;voorzitter;besluitvorming;financiering\n"
               "T1;Zorgtafel Kust;zorgtafel;V1;consent van de kopgroep;door de verzekeraar\n"
               "T3;Preventiecoalitie Kust;preventie;;;\n",
        Zetels="tafel;partij;rol;ring\nT1;V1;voorzitter;kopgroep\nT1;G1;lid;tweede-ring\n"
               "T1;H1;lid;kopgroep\nT1;P9;lid;kopgroep\nT3;P9;initiatiefnemer;kopgroep\n",
        Mandaten="houder;namens;tafel;formeel;geldig-tot\nG1;G2;T1;ja;2026-03-01\n"
                 "P9;G2;T3;nee;\n",
        Relaties="van;naar;soort;notities\nV1;T1;financiert;jaarlijks budget\n"
                 "P9;T3;informeert;\n",
        Keuzes="regel;onderwerp;reden;datum;door\n"
               "R-IZA-04;T1;de inwoners schuiven vanaf juni aan;2025-01-20;ik\n"
               "R-HINT-MED;T1;bewust klein begonnen;2025-01-20;ik\n",
    )
    new.custom_rules = [dict(OWN_RULE, level="vereist"),
                        {**OWN_RULE, "id": "R-REGIO-03", "source": "Regioplan 2025, §5"}]
    new.parties = [replace(p, pos=(100.0 * i + 7, 50.0)) for i, p in enumerate(new.parties)]
    new.tables = [replace(t, pos=(100.0 * i, 320.0)) for i, t in enumerate(new.tables)]
    return new
