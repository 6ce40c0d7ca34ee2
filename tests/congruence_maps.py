"""A test map whose tables and parties cut across the shipped divisions.

The map is the veiligheidsregio Gelderland-Zuid. "Jeugdregio Stroomdal" covers Tiel and
Culemborg (Gelderland-Zuid) and Vijfheerenlanden (veiligheidsregio Utrecht, provincie
Utrecht); "Zorgtafel Tiel-Culemborg" lies inside it; "Welzijn Lingestroom" serves
Leerdam (GM0545, a historic code: now Vijfheerenlanden).
"""

from __future__ import annotations

from pathlib import Path

from builders import write_csv_folder

SHEETS = {
    "Kaart": "sleutel;waarde\nnaam;Stroomdal\nregio-indeling;veiligheidsregio\n"
             "regio;Gelderland-Zuid\n",
    "Partijen": "id;naam;type;gemeenten\n"
                "G1;Gemeente Tiel;gemeente;GM0281\n"
                "G2;Gemeente Culemborg;gemeente;GM0216\n"
                "G3;Gemeente Vijfheerenlanden;gemeente;GM1961\n"
                "W1;Welzijn Lingestroom;welzijn;GM0216, GM0545\n",
    "Tafels": "id;naam;soort;werkgebied\n"
              "T1;Jeugdregio Stroomdal;jeugdregio;GM0281, GM0216, GM1961\n"
              "T2;Zorgtafel Tiel-Culemborg;zorgtafel;GM0281, GM0216\n"
              "T3;ROAZ-overleg;roaz;\n",
}


def stroomdal_folder(folder: Path) -> Path:
    return write_csv_folder(folder, **SHEETS)
