"""Files of recommendations in the shapes offices receive, built for the tests and the
benchmark: a Universal Human Rights Index export, a UPR matrix, a French-headed table."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

INDEX_HEADERS = ["Recommendation / Observation", "Body", "Document symbol", "Paragraph", "Country",
                 "Cycle", "Session", "Year", "Response", "Themes", "Affected persons", "SDGs"]
INDEX_ROWS = [
    ["Ratify the Optional Protocol to the Convention against Torture", "Universal Periodic Review",
     "A/HRC/47/9", "136.49", "Guinea", "3rd cycle", "37", 2020, "Supported", "Torture; Detention",
     "Persons deprived of their liberty", "16.3 Promote the rule of law"],
    ["Strengthen the protection of journalists and human rights defenders", "UPR", "A/HRC/47/9", "136.50",
     "Guinea", 3, 37, 2020, "Noted", "Freedom of expression", "Journalists / media; Human rights defenders",
     "16.10"],
    ["Adopt a law criminalising female genital mutilation in all its forms", "Committee on the Elimination of "
     "Discrimination against Women", "CEDAW/C/GIN/CO/9", "47 (g)", "GIN", None, "81st session", 2022, None,
     "Women's rights; Harmful practices", "Women; Girls", "5.3; Goal 5"],
    ["Ensure access to justice for persons with disabilities", "Special Rapporteur on the rights of persons "
     "with disabilities", "A/HRC/52/32/Add.1", "88", "Guinea", None, None, 2023, None, "Justice",
     "Persons with disabilities; Judges, lawyers and prosecutors", None],
    ["Establish a national mechanism for implementation, reporting and follow-up", "Treaty bodies",
     None, None, "Guinea", None, None, 2021, None, None, "General", None],
]

MATRIX_HEADERS = ["Recommendation", "Paragraph", "Position", "Themes"]
MATRIX_ROWS = [
    ["Abolish the death penalty for all crimes (Norway);", "118.1", "Supported", "Death penalty"],
    ["Consider abolishing the death penalty (Mexico);", "118.2", "Noted", "Death penalty"],
    ["Guarantee the independence of the judiciary (Côte d'Ivoire);", "118.3", "Supported", "Justice"],
]

FRENCH_HEADERS = ["N°", "Recommandation", "État recommandant", "Cote du document", "Paragraphe", "Pays",
                  "Cycle", "Réponse", "Personnes concernées", "Entités responsables", "Priorité", "Statut"]
FRENCH_ROWS = [
    [1, "Adopter un code de l'enfant conforme à la Convention", "France", "A/HRC/47/9", "136.7", "Guinée",
     "Troisième cycle", "Acceptée", "Enfants", "Ministère de la Promotion féminine; Assemblée nationale",
     "Haute", "En cours"],
    [2, "Améliorer les conditions de détention à la Maison centrale", "Suisse", "A/HRC/47/9", "136.8", "Guinée",
     3, "Notée", "Personnes privées de liberté", "Ministère de la Justice", "Moyenne", "Non commencée"],
]


def write_xlsx(path: Path, headers: list, rows: list, *, title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    if title:
        ws.append([title])
        ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, headers: list, rows: list) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def index_file(path: Path) -> Path:
    return write_xlsx(path, INDEX_HEADERS, INDEX_ROWS, title="Universal Human Rights Index — export")


def matrix_file(path: Path) -> Path:
    return write_xlsx(path, MATRIX_HEADERS, MATRIX_ROWS)


def french_file(path: Path) -> Path:
    return write_csv(path, FRENCH_HEADERS, FRENCH_ROWS)


def many(path: Path, n: int) -> Path:
    """``n`` UPR recommendations of one report, as an index export."""
    themes = ["Torture", "Justice", "Women's rights", "Education", "Health", "Detention", "Death penalty"]
    rows = [[f"Recommendation number {i} on {themes[i % len(themes)].lower()} and related measures (State {i % 40});",
             "UPR", "A/HRC/47/9", f"136.{i}", "Guinea", 3, 37, 2020, ["Supported", "Noted"][i % 2],
             themes[i % len(themes)], "Women; Children" if i % 3 == 0 else "General", f"16.{1 + i % 9}"]
            for i in range(1, n + 1)]
    return write_xlsx(path, INDEX_HEADERS, rows)
