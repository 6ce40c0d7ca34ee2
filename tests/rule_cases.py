"""One case per checkable rule of ``rules.md`` v2 §7: a map that raises it, and a minimally
different map that does not.

Each :class:`Case` holds the exact messages ``rules.md`` prescribes for the
raising map (placeholders filled in by hand), the level and the subject kind.
``why`` says what the minimal change shows. ``test_rules_each.py`` runs every
case three ways (raises, clears, waived); the other rule tests reuse the maps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rulemaps import (
    PEILDATUM,
    Sheets,
    add,
    edit,
    kaart,
    mandates,
    parties,
    relations,
    seats,
    tables,
)


@dataclass(frozen=True)
class Case:
    rule: str
    level: str
    subject: str
    raising: Sheets
    clearing: Sheets
    nl: str
    en: str
    subject_kind: str = "tafel"
    why: str = field(default="", compare=False)  #: what the minimal change is


CASES: list[Case] = []


def case(rule: str, level: str, subject: str, raising: Sheets, clearing: Sheets, nl: str,
         en: str, *, subject_kind: str = "tafel", why: str = "") -> None:
    CASES.append(Case(rule, level, subject, raising, clearing, nl, en, subject_kind, why))


IZA_T = tables("T1;IZA-tafel Kust;iza-regiotafel")
ZORG_T = tables("T1;Zorgtafel Kust;zorgtafel")
PREV_T = tables("T1;Preventiecoalitie Kust;preventie")
VSV_T = tables("T1;Geboortezorg Havenstad;vsv")
AGGZ_T = tables("T1;Acute Psychiatrie West;acute-ggz", "T2;Werkgroep Crisis;werkgroep")
ONE_PARTY = parties("P1;Gemeente Havenstad;gemeente;;")

# R-IZA-01 ------------------------------------------------------------------------------
_s = {
    "Partijen": parties(
        "P1;Zorgverzekeraar Kust;zorgverzekeraar;marktleider;",
        "P2;Gemeente Havenstad;gemeente;;",
        "P3;Zorgverzekeraar Duin;zorgverzekeraar;marktleider;",
    ),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P3;lid", "T1;P1;lid;tweede-ring", "T1;P2;initiatiefnemer"),
}
case("R-IZA-01", "vereist", "T1", _s,
     edit(_s, "Zetels", "T1;P1;lid;tweede-ring", "T1;P1;initiatiefnemer;tweede-ring"),
     "Initiatiefnemer ontbreekt bij IZA-tafel Kust: de marktleidende zorgverzekeraar "
     "(Zorgverzekeraar Kust, Zorgverzekeraar Duin) staat niet als initiatiefnemer vermeld.",
     "Initiator missing at IZA-tafel Kust: the market-leading health insurer "
     "(Zorgverzekeraar Kust, Zorgverzekeraar Duin) is not recorded as initiator.",
     why="one marktleider becomes initiator; names in Partijen row order, not seat order")

# R-IZA-02 (b) ----------------------------------------------------------------------------
_s = {
    "Partijen": parties(
        "P1;Gemeente Havenstad;gemeente;aangewezen-gemeente;",
        "P2;Zorgverzekeraar Kust;zorgverzekeraar;marktleider;",
    ),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;initiatiefnemer"),
}
case("R-IZA-02", "vereist", "T1", _s, edit(_s, "Zetels", "T1;P1;lid", "T1;P1;initiatiefnemer"),
     "Initiatiefnemer ontbreekt bij IZA-tafel Kust: geen door de gemeenten aangewezen "
     "gemeente staat als initiatiefnemer vermeld.",
     "Initiator missing at IZA-tafel Kust: no municipality designated by the municipalities "
     "is recorded as initiator.")

# R-IZA-03 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties(
        "P1;Huisartsenkring Kust;huisartsen;;",
        "P2;Ziekenhuis Kust;ziekenhuis;;",
        "P3;Gemeente Havenstad;gemeente;;",
        "P4;Zorgverzekeraar Kust;zorgverzekeraar;;",
    ),
    "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel", "T2;Werkgroep Data;werkgroep"),
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;lid", "T2;P3;lid"),
    "Mandaten": mandates("P3;P4;T2;"),
}
case("R-IZA-03", "vereist", "T1", _s, edit(_s, "Mandaten", "P3;P4;T2;", "P3;P4;T1;"),
     "Niet alle partijen met gedeelde verantwoordelijkheid zitten bij IZA-tafel Kust: "
     "zorgverzekeraars ontbreken.",
     "Shared responsibility incomplete at IZA-tafel Kust: health insurers missing.",
     why="the insurer's mandate is for another table; moved to this table it covers")

# R-IZA-04 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Zorgbelang Kust;patientenorganisatie;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;toehoorder"),
}
case("R-IZA-04", "vereist", "T1", _s, edit(_s, "Zetels", "T1;P2;toehoorder", "T1;P2;lid"),
     "Inwoner- en patiëntenperspectief niet betrokken bij IZA-tafel Kust.",
     "Citizen and patient perspective not involved at IZA-tafel Kust.",
     why="a toehoorder is not a member")

# R-IZA-04b -------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Ledenraad Zorgverzekeraar Kust;ledenraad;;",
                        "P2;Zorgbelang Kust;patientenorganisatie;;",
                        "P3;Gemeente Havenstad;gemeente;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid", "T1;P3;lid"),
    "Mandaten": mandates("P3;P2;T1;2024-02-29"),
}
case("R-IZA-04b", "signaal", "T1", _s,
     edit(_s, "Mandaten", "2024-02-29", PEILDATUM),
     "Inwoner- en patiëntenperspectief bij IZA-tafel Kust alleen via een ledenraad of "
     "cliëntenraad; overweeg een regionale patiëntenorganisatie (bijvoorbeeld Zorgbelang) of "
     "een burgerraad.",
     "Citizen perspective at IZA-tafel Kust only through a members' or client council; consider "
     "a regional patient organisation (e.g. Zorgbelang) or a citizens' council.",
     why="expired the day before the peildatum; valid on the peildatum itself")

# R-IZA-05 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;Welzijn Kust;welzijn;;",
                        "P3;Huisartsenkring Kust;huisartsen;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;toehoorder", "T1;P3;lid"),
    "Mandaten": mandates("P1;type:welzijn;;"),
}
case("R-IZA-05", "aanbevolen", "T1", _s, edit(_s, "Zetels", "T1;P1;toehoorder", "T1;P1;lid"),
     "Welzijn ontbreekt bij IZA-tafel Kust.", "Social welfare is missing at IZA-tafel Kust.",
     why="a mandate held by a toehoorder does not count")

# R-IZA-06 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Woonstichting Kust;woningcorporatie;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid"),
}
case("R-IZA-06", "aanbevolen", "T1", _s, add(_s, "Zetels", "T1;P2;lid;tweede-ring"),
     "Geen partij uit het sociaal domein (welzijn, wonen, werk en inkomen, jeugd) bij "
     "IZA-tafel Kust: de koppeling met het gemeentelijk domein is niet zichtbaar.",
     "No visible link with the municipal domain (work, housing, income, welfare) at IZA-tafel "
     "Kust: no social-domain party.",
     why="a gemeente is not social domain; a second-ring seat counts")

# R-IZA-07 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;Stad",
                        "P2;Huisartsenpraktijk Duin;huisartsen;;Dorp"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid"),
    "Mandaten": mandates(),
}
case("R-IZA-07", "aanbevolen", "T1", _s, add(_s, "Mandaten", "P1;type:huisartsen;T1;"),
     "huisartsen niet volledig vertegenwoordigd bij IZA-tafel Kust: niet alle organisaties in "
     "de regio zitten aan tafel of hebben een mandaathouder die er zit.",
     "general practitioners not (fully) represented by mandate at IZA-tafel Kust: not every "
     "organisation in the region is seated or represented by a mandate holder.")

# R-IZA-08 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;concessiehouder;",
                        "P2;Zorgkantoor Kust;zorgkantoor;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;P1;lid"),
}
case("R-IZA-08", "aanbevolen", "T1", _s, add(_s, "Zetels", "T1;P2;lid;tweede-ring"),
     "Zorgkantoor (Wlz) ontbreekt bij IZA-tafel Kust.",
     "Care office (Wlz) is missing at IZA-tafel Kust.",
     why="a concessiehouder insurer does not cover the zorgkantoor")

# R-IZA-09 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;", "P2;UMC Kust;traumacentrum;;",
                        "P3;Zorgverzekeraar Kust;zorgverzekeraar;;"),
    "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel", "T2;Acute Zorg West;roaz"),
    "Zetels": seats("T1;P1;lid", "T1;P3;toehoorder", "T2;P2;lid"),
}
case("R-IZA-09", "aanbevolen", "T1", _s, add(_s, "Zetels", "T2;P3;toehoorder"),
     "Geen koppelvlak tussen IZA-tafel Kust en het ROAZ: geen partij zit aan beide tafels; "
     "afstemming met het ROAZ-plan loopt dan niet via een gedeelde partij.",
     "No link between IZA-tafel Kust and the ROAZ: no party sits at both tables, so alignment "
     "with the ROAZ plan does not run through a shared party.",
     why="toehoorder seats count as 'sits at' on both sides")

# R-IZA-11 (map rule, subject kaart) --------------------------------------------------------
_s = {
    "Kaart": kaart(regio_indeling="zorgkantoorregio"),
    "Partijen": ONE_PARTY,
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel", "T2;Werkgroep Regiobeeld;werkgroep"),
    "Zetels": seats("T1;P1;lid"),
}
case("R-IZA-11", "aanbevolen", "kaart", _s,
     edit(_s, "Tafels", "Werkgroep Regiobeeld;werkgroep", "Werkgroep Regiobeeld;iza-regiotafel"),
     "Geen IZA-regiotafel op de kaart van Kust: het IZA vraagt per zorgkantoorregio een "
     "regiobeeld en een regioplan, opgesteld door zorgverzekeraar, gemeenten, zorgaanbieders "
     "en zorgprofessionals samen.",
     "No IZA regional table on the map of Kust: the IZA asks every care-office region for a "
     "regional picture and plan, drawn up by insurer, municipalities, providers and "
     "professionals together.",
     subject_kind="kaart",
     why="a table of kind iza-regiotafel anywhere on the map (even without seats) clears it")

# R-IZA-12 (b): no werkgebied --------------------------------------------------------------
_s = {
    "Partijen": parties("G1;Gemeente Havenstad;gemeente;aangewezen-gemeente;",
                        "G2;Gemeente Duinwijk;gemeente;;", "G3;Gemeente Zeedorp;gemeente;;"),
    "Tafels": IZA_T,
    "Zetels": seats("T1;G1;initiatiefnemer", "T1;G3;lid;tweede-ring"),
    "Mandaten": mandates("G1;G2;T1;2024-02-29"),
}
case("R-IZA-12", "aanbevolen", "T1", _s, edit(_s, "Mandaten", "2024-02-29", "2024-03-01"),
     "Niet alle gemeenten op de kaart zijn vertegenwoordigd bij IZA-tafel Kust: Gemeente "
     "Duinwijk zitten niet aan tafel en hebben geen mandaat gegeven aan een partij die er zit.",
     "Not every municipality on the map is represented at IZA-tafel Kust: Gemeente Duinwijk "
     "are not seated and have given no mandate to a party that is.",
     why="G2's mandate to the aangewezen gemeente expired the day before the peildatum")

# R-PRV-01 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Zorgverzekeraar Kust;zorgverzekeraar;;"),
    "Tafels": PREV_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;toehoorder"),
}
case("R-PRV-01", "aanbevolen", "T1", _s, edit(_s, "Zetels", "T1;P2;toehoorder", "T1;P2;lid"),
     "Niet alle financiers van preventie zitten bij Preventiecoalitie Kust: zorgverzekeraars "
     "ontbreken.",
     "Prevention funders incomplete at Preventiecoalitie Kust: health insurers missing.")

# R-PRV-02 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
    "Tafels": PREV_T,
    "Zetels": seats("T1;P1;lid"),
    "Mandaten": mandates(),
}
case("R-PRV-02", "aanbevolen", "T1", _s, add(_s, "Mandaten", "P1;P2;;"),
     "GGD ontbreekt bij Preventiecoalitie Kust; de GGD heeft een belangrijke rol bij de "
     "regioanalyse, de afspraken en de coördinatie.",
     "The GGD is missing at Preventiecoalitie Kust; the GGD has a key role in the regional "
     "analysis, the agreements and the coordination.",
     why="a mandate with an empty tafel applies to every table")

# R-PRV-03 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
    "Tafels": tables("T1;Preventiecoalitie Kust;preventie;P2", header="id;naam;soort;voorzitter"),
    "Zetels": seats("T1;P1;lid", "T1;P2;lid"),
}
case("R-PRV-03", "aanbevolen", "T1", _s, edit(_s, "Zetels", "T1;P1;lid", "T1;P1;initiatiefnemer"),
     "Regie van Preventiecoalitie Kust ligt niet bij een gemeente (geen gemeente als voorzitter "
     "of initiatiefnemer).",
     "Direction of Preventiecoalitie Kust does not lie with a municipality (no municipality as "
     "chair or initiator).")

# R-PRV-04 (a) ----------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;"),
    "Tafels": tables("T1;Preventiecoalitie Kust;preventie;-", header="id;naam;soort;regioanalyse"),
}
case("R-PRV-04", "aanbevolen", "T1", _s,
     edit(_s, "Tafels", "preventie;-", "preventie;Regiobeeld Kust 2023"),
     "Niet vastgelegd voor Preventiecoalitie Kust: gedeelde regioanalyse.",
     "Not recorded for Preventiecoalitie Kust: shared regional analysis.")

# R-PRV-05 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;",
                        "P2;Werkgeversvereniging Kust;werkgevers;;", "P3;ROC Kust;onderwijs;;"),
    "Tafels": PREV_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;lid"),
}
case("R-PRV-05", "signaal", "T1", _s, add(_s, "Zetels", "T1;P3;lid"),
     "Partijen uit het Preventiestatement ontbreken bij Preventiecoalitie Kust: "
     "opleidingsinstituten.",
     "Parties named in the Prevention Statement are missing at Preventiecoalitie Kust: "
     "training institutes.")

# R-ROAZ-01 -------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;"),
    "Tafels": tables("T1;Acute Zorg West;roaz;P1", header="id;naam;soort;voorzitter"),
    "Zetels": seats("T1;P1;initiatiefnemer"),
}
case("R-ROAZ-01", "vereist", "T1", _s,
     edit(_s, "Partijen", "Ziekenhuis Kust;ziekenhuis", "Ziekenhuis Kust;traumacentrum"),
     "Acute Zorg West wordt niet voorgezeten door een traumacentrum.",
     "Acute Zorg West is not chaired by a trauma centre.")

# R-ROAZ-02 -------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;UMC Kust;traumacentrum;;", "P2;Huisartsenpost Kust;huisartsenpost;;",
                        "P3;Zorggroep Kust;vvt;;", "P4;Zorgverzekeraar Kust;zorgverzekeraar;;"),
    "Tafels": tables("T1;Acute Zorg West;roaz"),
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;toehoorder", "T1;P4;toehoorder"),
}
case("R-ROAZ-02", "vereist", "T1", _s, edit(_s, "Zetels", "T1;P3;toehoorder", "T1;P3;lid"),
     "Ketenpartners ontbreken bij Acute Zorg West: verpleeghuizen.",
     "Chain partners missing at Acute Zorg West: nursing homes.",
     why="(a) holds through the insurer's toehoorder seat; (c) needs a member")

# R-ROAZ-03 -------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;UMC Kust;traumacentrum;;", "P2;GGZ Kust;ggz;;",
                        "P3;Zorgverzekeraar Kust;zorgverzekeraar;;"),
    "Tafels": tables("T1;Acute Zorg West;roaz", "T2;Acute Psychiatrie West;acute-ggz"),
    "Zetels": seats("T1;P1;lid", "T1;P3;toehoorder", "T2;P2;lid"),
}
case("R-ROAZ-03", "aanbevolen", "T1", _s, add(_s, "Zetels", "T2;P3;toehoorder"),
     "Geen aansluiting tussen Acute Zorg West en het acute-ggz-overleg.",
     "No link between Acute Zorg West and the acute mental-health consultation.")

# R-VSV-01 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Verloskundigen Havenstad;verloskunde;;",
                        "P2;Kraamzorg Kust;kraamzorg;;", "P3;Ziekenhuis Kust;ziekenhuis;;"),
    "Tafels": VSV_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;toehoorder"),
}
case("R-VSV-01", "vereist", "T1", _s, edit(_s, "Zetels", "T1;P3;toehoorder", "T1;P3;lid"),
     "Geboortezorg Havenstad (VSV) is onvolledig: gynaecologen (ziekenhuis) ontbreken.",
     "Geboortezorg Havenstad (VSV) is incomplete: obstetricians (hospital) missing.")

# R-VSV-02 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Verloskundigen Havenstad;verloskunde;;",
                        "P2;Ziekenhuis Kust;ziekenhuis;;", "K1;Kraamzorg Noord;kraamzorg;;",
                        "K2;Kraamzorg Zuid;kraamzorg;;", "K3;Kraamzorg De Duinen;kraamzorg;;"),
    "Tafels": VSV_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;K1;lid", "T1;K2;lid", "T1;K3;lid"),
    "Mandaten": mandates(),
}
case("R-VSV-02", "signaal", "T1", _s, add(_s, "Mandaten", "K1;type:kraamzorg;T1;"),
     "Kraamzorg zit met 3 losse organisaties bij Geboortezorg Havenstad; er is geen KSV dat de "
     "kraamzorg met één stem (mandaat) vertegenwoordigt.",
     "Maternity care sits at Geboortezorg Havenstad as 3 separate organisations; no KSV "
     "represents maternity care with one voice (mandate).")

# R-AGGZ-01 (a) ---------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "P2;Zorgverzekeraar Duin;zorgverzekeraar;;",
                        "P3;GGZ Kust;ggz;budgethouder;"),
    "Tafels": AGGZ_T,
    "Zetels": seats("T1;P1;lid", "T1;P3;lid", "T2;P1;lid"),
    "Mandaten": mandates("P1;P2;T2;"),
}
case("R-AGGZ-01", "aanbevolen", "T1", _s, edit(_s, "Mandaten", "P1;P2;T2;", "P1;P2;T1;"),
     "Geen zorgverzekeraar voert bij Acute Psychiatrie West de gesprekken namens de andere "
     "zorgverzekeraars.",
     "No health insurer at Acute Psychiatrie West negotiates on behalf of the other insurers.",
     why="a mandate for another table is not valid here")

# R-ZVH-01 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;Politie Kust;politie-justitie;;",
                        "P3;Welzijn Kust;welzijn;;"),
    "Tafels": tables("T1;ZVH Kust;zorg-en-veiligheidshuis"),
    "Zetels": seats("T1;P1;toehoorder", "T1;P2;lid", "T1;P3;lid"),
}
case("R-ZVH-01", "vereist", "T1", _s, edit(_s, "Zetels", "T1;P1;toehoorder", "T1;P1;lid"),
     "Vaste kern van ZVH Kust (Zorg- en Veiligheidshuis) onvolledig: gemeenten ontbreken.",
     "Fixed core of ZVH Kust (care and safety house) incomplete: municipalities missing.")

# R-PRVR-01 -------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;Ziekenhuis Kust;ziekenhuis;;",
                        "P3;Zorgbelang Kust;patientenorganisatie;;",
                        "P4;Zorgkantoor Kust;zorgkantoor;;",
                        "P5;Sociaal Team Havenstad;wijkteam;;"),
    "Tafels": tables("T1;Gezondheidsraad Kustprovincie;provinciale-raad"),
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;lid", "T1;P4;lid"),
}
case("R-PRVR-01", "vereist", "T1", _s, add(_s, "Zetels", "T1;P5;lid"),
     "Gezondheidsraad Kustprovincie (Provinciale Raad) onvolledig: maatschappelijke "
     "dienstverlening ontbreken.",
     "Gezondheidsraad Kustprovincie (provincial health council) incomplete: social services "
     "missing.",
     why="G-VERZEKERAARS is covered by the zorgkantoor; a wijkteam is maatschappelijk")

# R-JR-01 (b): no werkgebied ----------------------------------------------------------------
_s = {
    "Partijen": parties("G1;Gemeente Havenstad;gemeente;;", "G3;Gemeente Zeedorp;gemeente;;",
                        "G2;Gemeente Duinwijk;gemeente;;"),
    "Tafels": tables("T1;Jeugdregio Kust;jeugdregio"),
    "Zetels": seats("T1;G1;lid"),
    "Mandaten": mandates("G1;G3;T1;2024-01-31"),
}
case("R-JR-01", "aanbevolen", "T1", _s, add(_s, "Mandaten", "G1;type:gemeente;T1;"),
     "Niet alle gemeenten op de kaart doen mee aan Jeugdregio Kust: Gemeente Zeedorp, Gemeente "
     "Duinwijk ontbreken. Vallen zij buiten deze jeugdregio, leg dan het werkgebied van de "
     "tafel vast.",
     "Not every municipality on the map takes part in Jeugdregio Kust: Gemeente Zeedorp, "
     "Gemeente Duinwijk missing. If they lie outside this youth region, record the table's "
     "service area.",
     why="G3's mandate expired; names in Partijen row order (not by id or alphabet)")

# R-BW-01 (b): no werkgebied ----------------------------------------------------------------
_s = {
    "Partijen": parties("G1;Gemeente Havenstad;gemeente;centrumgemeente;Oost",
                        "G2;Gemeente Duinwijk;gemeente;;oost",
                        "G3;Gemeente Zeedorp;gemeente;;"),
    "Tafels": tables("T1;Beschermd Wonen Kust;beschermd-wonen"),
    "Zetels": seats("T1;G1;lid"),
    "Mandaten": mandates("G1;type:gemeente@OOST;T1;"),
}
case("R-BW-01", "aanbevolen", "T1", _s,
     edit(_s, "Partijen", "G3;Gemeente Zeedorp;gemeente;;", "G3;Gemeente Zeedorp;gemeente;;Oost"),
     "Niet alle gemeenten op de kaart nemen deel aan de gezamenlijke besluitvorming van "
     "Beschermd Wonen Kust: Gemeente Zeedorp ontbreken. Vallen zij buiten deze regio, leg dan "
     "het werkgebied van de tafel vast.",
     "Not every municipality on the map takes part in the joint decisions of Beschermd Wonen "
     "Kust: Gemeente Zeedorp missing. If they lie outside this region, record the table's "
     "service area.",
     why="type:T@S names subregio S case-insensitively, never an empty subregio")

# R-GOV-01 … R-GOV-06: governance fields ----------------------------------------------------
_s = {"Partijen": ONE_PARTY,
      "Tafels": tables("T1;IZA-tafel Kust;iza-regiotafel;", header="id;naam;soort;besluitvorming")}
case("R-GOV-01", "aanbevolen", "T1", _s,
     edit(_s, "Tafels", "iza-regiotafel;", "iza-regiotafel;consensus"),
     "Geen afspraken over besluitvorming vastgelegd voor IZA-tafel Kust.",
     "No agreements on decision-making recorded for IZA-tafel Kust.")

_s = {"Partijen": ONE_PARTY,
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;nee",
                       header="id;naam;soort;verantwoordelijkheden")}
case("R-GOV-02", "aanbevolen", "T1", _s,
     edit(_s, "Tafels", "zorgtafel;nee", "zorgtafel;per opgave een trekker"),
     "Geen verantwoordelijkheidsverdeling vastgelegd voor Zorgtafel Kust.",
     "No division of responsibilities recorded for Zorgtafel Kust.")

_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                          "P2;Gemeenteraad Havenstad;gemeenteraad;;"),
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;-", header="id;naam;soort;verantwoording"),
      "Relaties": relations("P2;T1;legt-verantwoording-af")}
case("R-GOV-03", "aanbevolen", "T1", _s,
     edit(_s, "Relaties", "P2;T1;legt-verantwoording-af", "T1;P2;legt-verantwoording-af"),
     "Geen afspraken over verantwoording vastgelegd voor Zorgtafel Kust.",
     "No accountability arrangements recorded for Zorgtafel Kust.",
     why="a legt-verantwoording-af relation from the table arranges it; towards it does not")

_s = {"Partijen": ONE_PARTY,
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel; NEE ", header="id;naam;soort;financiering"),
      "Relaties": relations("T1;P1;financiert")}
case("R-GOV-04", "aanbevolen", "T1", _s,
     edit(_s, "Relaties", "T1;P1;financiert", "P1;T1;financiert"),
     "Geen afspraken over financiering vastgelegd voor Zorgtafel Kust.",
     "No funding arrangements recorded for Zorgtafel Kust.",
     why="'nee' (trimmed, any case) is not arranged; a financiert relation to the table is")

_s = {"Partijen": ONE_PARTY,
      "Tafels": tables("T1;Werkgroep Kust;werkgroep;;programmabureau",
                       "T2;Zorgtafel Ouderen;zorgtafel;;",
                       header="id;naam;soort;bovenliggende-tafel;ondersteuning")}
case("R-GOV-05", "aanbevolen", "T2", _s,
     edit(_s, "Tafels", "T2;Zorgtafel Ouderen;zorgtafel;;", "T2;Zorgtafel Ouderen;zorgtafel;T1;"),
     "Geen ondersteunende infrastructuur vastgelegd voor Zorgtafel Ouderen.",
     "No supporting infrastructure recorded for Zorgtafel Ouderen.",
     why="with a parent that arranged it, the field is inherited (a werkgroep parent keeps "
         "the zorgtafel top-level)")

_s = {"Partijen": parties("P1;Zorgbelang Kust;patientenorganisatie;;"),
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", header="id;naam;soort;burgerbetrokkenheid"),
      "Zetels": seats("T1;P1;lid")}
case("R-GOV-06", "signaal", "T1", _s,
     edit(_s, "Tafels", "zorgtafel;", "zorgtafel;via Zorgbelang aan tafel"),
     "Inwoner- en patiëntenbetrokkenheid niet geregeld in de governance van Zorgtafel Kust.",
     "Citizen and patient involvement not arranged in the governance of Zorgtafel Kust.",
     why="a seated patient organisation does not arrange the governance text")

# R-GOV-07 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                        "P2;Gemeenteraad Havenstad;gemeenteraad;;"),
    "Tafels": ZORG_T,
    "Zetels": seats("T1;P1;lid"),
    "Relaties": relations(),
}
case("R-GOV-07", "signaal", "T1", _s, add(_s, "Relaties", "T1;P2;legt-verantwoording-af"),
     "Geen koppeling met de gemeenteraden vastgelegd voor Zorgtafel Kust.",
     "No link with the municipal councils recorded for Zorgtafel Kust.")

# R-GOV-08 --------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "P2;Ziekenhuis Kust;ziekenhuis;;", "P3;Gemeente Havenstad;gemeente;;"),
    "Tafels": ZORG_T,
    "Zetels": seats("T1;P1;lid", "T1;P2;lid", "T1;P3;toehoorder"),
}
case("R-GOV-08", "aanbevolen", "T1", _s, edit(_s, "Zetels", "T1;P3;toehoorder", "T1;P3;lid"),
     "Bij Zorgtafel Kust zitten alleen marktpartijen (verzekeraars en zorgaanbieders); geen "
     "publieke partij en geen inwoners of patiënten.",
     "Only market parties (insurers and providers) sit at Zorgtafel Kust; no public party and "
     "no citizens.")

# R-GOV-09 (a) ----------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "P2;Gemeente Havenstad;gemeente;;"),
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;P1;P1",
                     header="id;naam;soort;voorzitter;secretariaat"),
    "Zetels": seats("T1;P1;initiatiefnemer", "T1;P2;lid"),
}
case("R-GOV-09", "aanbevolen", "T1", _s, edit(_s, "Tafels", "zorgtafel;P1;P1", "zorgtafel;P1;P2"),
     "Veel rollen bij één partij aan Zorgtafel Kust: Zorgverzekeraar Kust is initiatiefnemer, "
     "voorzitter én secretariaat.",
     "Many roles with one party at Zorgtafel Kust: Zorgverzekeraar Kust is initiator, chair and "
     "secretariat.")

# R-GOV-11 --------------------------------------------------------------------------------
_s = {"Partijen": ONE_PARTY,
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;Nee",
                       header="id;naam;soort;onafhankelijke-voorzitter")}
case("R-GOV-11", "signaal", "T1", _s,
     edit(_s, "Tafels", "zorgtafel;Nee", "zorgtafel;drs. H. Brinkman"),
     "Zorgtafel Kust heeft geen onafhankelijke of technische voorzitter.",
     "Zorgtafel Kust has no independent or technical chair.")

# R-GOV-12 --------------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;ROS Kust;ros;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid")}
case("R-GOV-12", "signaal", "T1", _s, add(_s, "Zetels", "T1;P2;secretariaat"),
     "Geen eigenaar voor secretariaat en logistiek van Zorgtafel Kust.",
     "No owner for secretariat and logistics of Zorgtafel Kust.")

# R-HINT-MED ------------------------------------------------------------------------------
_s = {
    "Partijen": parties("M1;Zorgverzekeraar Kust;zorgverzekeraar;;",
                        "M2;Ziekenhuis Kust;ziekenhuis;;", "M3;Huisartsenkring Kust;huisartsen;;",
                        "M4;GGZ Kust;ggz;;", "S1;GGD Kust;ggd;;",
                        "O1;Gemeente Havenstad;gemeente;;"),
    "Tafels": ZORG_T,
    "Zetels": seats("T1;M1;lid", "T1;M2;lid", "T1;M3;lid", "T1;M4;lid", "T1;S1;lid",
                    "T1;O1;lid"),
}
case("R-HINT-MED", "signaal", "T1", _s, edit(_s, "Zetels", "T1;M4;lid", "T1;M4;toehoorder"),
     "Medisch-curatief perspectief overheerst bij Zorgtafel Kust: 4 partijen uit zorg en "
     "financiering tegenover 1 uit sociaal domein, publieke gezondheid en burgers.",
     "Medical-curative perspective dominates at Zorgtafel Kust: 4 care and payer parties against "
     "1 from the social domain, public health and citizens.",
     why="n_med 4 > 3 x 1; with one market party as toehoorder n_med = 3 < 4")

# R-HINT-GGD ------------------------------------------------------------------------------
_s = {
    "Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
    "Tafels": tables("T1;Zorgtafel Kust;zorgtafel", "T2;Preventiecoalitie Kust;preventie"),
    "Zetels": seats("T1;P1;lid", "T2;P1;lid"),
    "Mandaten": mandates("P1;P2;T2;"),
}
case("R-HINT-GGD", "signaal", "T1", _s, edit(_s, "Mandaten", "P1;P2;T2;", "P1;P2;T1;"),
     "GGD ontbreekt bij Zorgtafel Kust (in 2020 bij 30–50% van de regiobeelden betrokken).",
     "The GGD is missing at Zorgtafel Kust (often missing: involved in 30-50% of regional "
     "pictures).",
     why="a mandate for an unrelated table (not a sub-table) does not count")

# R-HINT-GGZ ------------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGZ Kust;ggz;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid", "T1;P2;toehoorder")}
case("R-HINT-GGZ", "signaal", "T1", _s, edit(_s, "Zetels", "T1;P2;toehoorder", "T1;P2;lid"),
     "Geen ggz-aanbieder bij Zorgtafel Kust (in 2020 bij 30–55% van de regiobeelden "
     "betrokken).",
     "Mental health care is missing at Zorgtafel Kust (often missing: involved in 30-55% of "
     "regional pictures).")

# R-HINT-PARAMEDIE ------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;",
                          "P2;Fysiotherapie Stad;paramedie;;Stad",
                          "P3;Gemeente Dorp;gemeente;;Dorp"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"), "Mandaten": mandates()}
case("R-HINT-PARAMEDIE", "signaal", "T1", _s,
     add(_s, "Mandaten", "P1;type:paramedie@Dorp;T1;"),
     "Paramedie ontbreekt bij Zorgtafel Kust (in 2020 bij 5–10% van de regiobeelden "
     "betrokken).",
     "Allied health care is missing at Zorgtafel Kust (often missing: involved in 5-10% of "
     "regional pictures).",
     why="type:T@S covers T whatever S is (here a subregio without paramedici)")

# R-HINT-APOTHEEK -------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                          "P2;Apothekerscoöperatie Kust;apotheek;;"),
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", "T2;Werkgroep Medicatie;werkgroep;",
                       header="id;naam;soort;bovenliggende-tafel"),
      "Zetels": seats("T1;P1;lid", "T2;P2;lid")}
case("R-HINT-APOTHEEK", "signaal", "T1", _s,
     edit(_s, "Tafels", "Werkgroep Medicatie;werkgroep;", "Werkgroep Medicatie;werkgroep;T1"),
     "Apotheken ontbreken bij Zorgtafel Kust (vaak niet betrokken bij regiobeelden).",
     "Pharmacies are missing at Zorgtafel Kust (often missing).",
     why="involved: a member of a sub-table counts for its parent's R-HINT-* rules")

# R-HINT-REVALIDATIE ----------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;",
                          "P2;Revalidatiecentrum Kust;revalidatie;;"),
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel;", "T2;Werkgroep Herstel;werkgroep;T1",
                       "T3;Subgroep Nazorg;werkgroep;T2",
                       header="id;naam;soort;bovenliggende-tafel"),
      "Zetels": seats("T1;P1;lid", "T2;P1;lid", "T3;P2;toehoorder")}
case("R-HINT-REVALIDATIE", "signaal", "T1", _s, edit(_s, "Zetels", "T3;P2;toehoorder", "T3;P2;lid"),
     "Revalidatie ontbreekt bij Zorgtafel Kust (in 2020 bij 10–35% van de regiobeelden "
     "betrokken).",
     "Rehabilitation care is missing at Zorgtafel Kust (often missing: involved in 10-35% of "
     "regional pictures).",
     why="a member of a sub-sub-table is involved; a toehoorder there is not")

# R-HINT-JEUGD-WIJK -----------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;Jeugdhulp Kust;jeugdzorg;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid")}
case("R-HINT-JEUGD-WIJK", "signaal", "T1", _s, add(_s, "Zetels", "T1;P2;lid;tweede-ring"),
     "Jeugdzorg en wijkteams zijn niet betrokken bij Zorgtafel Kust (zij werken vaak lokaal; "
     "ga na of dat zo bedoeld is).",
     "Youth care and neighbourhood teams are missing at Zorgtafel Kust (often organised "
     "locally; low priority).")

# R-HINT-BURGERS --------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;",
                          "P2;Cliëntenraad Ziekenhuis Kust;clientenraad;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"), "Mandaten": mandates()}
case("R-HINT-BURGERS", "signaal", "T1", _s, add(_s, "Mandaten", "P1;P2;;"),
     "Inwoner- en patiëntenperspectief niet vertegenwoordigd bij Zorgtafel Kust (vaak niet "
     "betrokken bij regiobeelden).",
     "Clients, patients or citizens are not represented at Zorgtafel Kust (often missing).")

# R-HINT-GEMEENTE -------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Ziekenhuis Kust;ziekenhuis;;", "P2;Gemeente Havenstad;gemeente;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid", "T1;P2;toehoorder")}
case("R-HINT-GEMEENTE", "signaal", "T1", _s, edit(_s, "Zetels", "T1;P2;toehoorder", "T1;P2;lid"),
     "Geen gemeente bij Zorgtafel Kust (gemeenten waren in 2020 maar soms actief betrokken bij "
     "regiobeelden).",
     "No municipality at Zorgtafel Kust (municipalities are often only sometimes actively "
     "involved).")

# R-HINT-WELZIJN --------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;Welzijn Kust;welzijn;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"),
      "Mandaten": mandates("P1;P2;;2024-02-29")}
case("R-HINT-WELZIJN", "signaal", "T1", _s, edit(_s, "Mandaten", "2024-02-29", "2024-12-31"),
     "Welzijn ontbreekt bij Zorgtafel Kust (vaak niet betrokken bij regiobeelden).",
     "Social welfare is missing at Zorgtafel Kust (often missing).")

# R-HINT-ZZP ------------------------------------------------------------------------------
_s = {"Partijen": parties("P1;Huisartsenkring Kust;huisartsen;;",
                          "Z1;Psychiatriepraktijk Duin;zzp-professional;;Noord"),
      "Tafels": tables("T1;Zorgtafel Kust;zorgtafel", "T2;Werkgroep GGZ;werkgroep"),
      "Zetels": seats("T1;P1;lid", "T1;Z1;toehoorder", "T2;P1;lid"),
      "Mandaten": mandates()}
case("R-HINT-ZZP", "signaal", "Z1", _s, add(_s, "Mandaten", "P1;Z1;T2;2023-12-31"),
     "Psychiatriepraktijk Duin (zelfstandige zorgprofessional) heeft nergens een actieve zetel "
     "(hooguit als toehoorder) en geen mandaathouder.",
     "Psychiatriepraktijk Duin (self-employed care professional) sits at no table and is "
     "represented by no one.",
     subject_kind="partij",
     why="a toehoorder seat is not active; any mandate naming Q counts, even expired elsewhere")

# R-MND-01 (a): expired ---------------------------------------------------------------------
_s = {"Partijen": parties("P1;Gemeente Havenstad;gemeente;;", "P2;GGD Kust;ggd;;"),
      "Tafels": ZORG_T, "Zetels": seats("T1;P1;lid"),
      "Mandaten": mandates("P1;P2;T1;2024-02-29")}
case("R-MND-01", "signaal", "P1", _s, edit(_s, "Mandaten", "2024-02-29", "2024-05-31"),
     "Mandaat van Gemeente Havenstad is verlopen en telt niet meer mee: namens GGD Kust "
     "(Zorgtafel Kust, tot 29 februari 2024).",
     "Mandate of Gemeente Havenstad has expired and no longer counts: namens GGD Kust "
     "(Zorgtafel Kust, tot 29 februari 2024).",
     subject_kind="partij",
     why="valid until 91 days after the peildatum: neither expired nor expiring within 90 days")

BY_RULE = {c.rule: c for c in CASES}
IDS = [c.rule for c in CASES]
