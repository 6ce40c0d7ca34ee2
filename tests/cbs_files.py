"""Generated CBS "Gebieden in Nederland" files in the layouts of different years.

The rows are real gemeenten of the shipped list; the zorgkantoor- and jeugdregio codes
and names are invented for the test (we ship no such data to compare with).
"""

from __future__ import annotations

from pathlib import Path

#: (gemeente code, name, provincie, GGD code, GGD name, zorgkantoorregio, jeugdregio)
ROWS = [
    ("GM0281", "Tiel", ("PV25", "Gelderland"), ("GG2014", "GGD Gelderland-Zuid"),
     ("ZK11", "Zorgkantoor Rivierenstreek"), ("JZ25", "Jeugdregio Stroomdal")),
    ("GM0216", "Culemborg", ("PV25", "Gelderland"), ("GG2014", "GGD Gelderland-Zuid"),
     ("ZK11", "Zorgkantoor Rivierenstreek"), ("JZ25", "Jeugdregio Stroomdal")),
    ("GM0297", "Zaltbommel", ("PV25", "Gelderland"), ("GG2014", "GGD Gelderland-Zuid"),
     ("ZK11", "Zorgkantoor Rivierenstreek"), ("JZ26", "Jeugdregio Bommelerwaard")),
    ("GM0263", "Maasdriel", ("PV25", "Gelderland"), ("GG2014", "GGD Gelderland-Zuid"),
     ("ZK12", "Zorgkantoor Maasland"), ("JZ26", "Jeugdregio Bommelerwaard")),
]


def statline_csv(path: Path, rows=ROWS) -> Path:
    """The StatLine download (2023 and later): ';', BOM, padded codes, '(code)' headers."""
    head = ["Regio's", "Codes en namen van gemeenten/Code (code)",
            "Codes en namen van gemeenten/Naam (naam)"]
    for group in ("Provincies", "GGD-regio's", "Zorgkantoorregio's", "Jeugdregio's"):
        head += [f"Lokaliseringen van gemeenten/{group}/Code (code)",
                 f"Lokaliseringen van gemeenten/{group}/Naam (naam)"]
    lines = [";".join(f'"{h}"' for h in head)]
    for code, name, *pairs in rows:
        cells = [name, f"{code}    ", f"{name}     "]
        for region_code, region_name in pairs:
            cells += [f"{region_code}      ", f"{region_name}   "]
        lines.append(";".join(f'"{c}"' for c in cells))
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def opendata_csv(path: Path, rows=ROWS) -> Path:
    """The open-data export of 2016 (83287NED): numbered columns in another order, commas,
    a Nederland row without a gemeente code, and 'Jeugdzorgregio' data under Code_16."""
    head = ["ID", "RegioS", "Code_1", "Naam_2", "SorteringNaam_3", "Code_4", "Naam_5",
            "Code_14", "Naam_15", "Code_16", "Naam_17", "Code_34", "Naam_35", "Code_46",
            "Naam_47", "Inwonertal_52"]
    lines = [",".join(head), "0,NL01  ,,Nederland,Nederland,,,,,,,,,,,17000000"]
    for number, (code, name, provincie, ggd, zk, jz) in enumerate(rows, start=1):
        cells = [str(number), code, f"{code}    ", name, name, "AM99", "Test", *ggd, *jz,
                 *provincie, *zk, "1000"]
        lines.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
