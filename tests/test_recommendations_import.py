"""Importing recommendations (``hrdesk import-recommendations`` and the intake behind the
Recommendations page's button): three shapes of files, every field checked, re-import
changes nothing, an overlapping newer file updates without duplicates and adds history,
a file with bad rows is refused with the database unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
import recommendation_files as files
from sqlalchemy import select

from hrdesk.cli import main
from hrdesk.domain.errors import ValidationError
from hrdesk.intake.recommendations import RecommendationImport
from hrdesk.services.recommendations import RecommendationService, key_uuid, stable_key
from hrdesk.storage import models as m

TABLES = (m.Recommendation, m.RecommendationTheme, m.RecommendationSdgTarget, m.RecommendationAffectedPerson,
          m.RecommendationEntity, m.RecommendationHistoryEntry, m.RecommendationCluster, m.AuditEntry)


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every recommendation table, every column."""
    with db.read_session() as s:
        out = {}
        for model in TABLES:
            cols = list(model.__table__.c)
            out[model.__tablename__] = sorted(tuple(str(v) for v in r) for r in s.execute(select(*cols)).all())
        return out


def by_paragraph(db) -> dict[str, dict]:
    service = RecommendationService(db)
    with db.read_session() as s:
        uuids = s.scalars(select(m.Recommendation.uuid)).all()
    return {v["paragraph"] or v["text"][:20]: v for v in (service.get(u) for u in uuids)}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# -- three shapes, every field -----------------------------------------------------------------

def test_index_export_imports_every_field(db, tmp_path):
    path = files.index_file(tmp_path / "uhri.xlsx")
    preview = RecommendationImport(db, path).commit()
    assert preview.count("create") == 5 and not preview.problems
    assert any("SDG goal 5" in n for n in preview.notes) is False  # goal 5 is covered by target 5.3
    recs = by_paragraph(db)
    a = recs["136.49"]
    assert (a["mechanism"], a["body"], a["symbol"], a["country"], a["cycle"], a["session"], a["year"],
            a["response"]) == ("upr", None, "A/HRC/47/9", "GIN", 3, "37", 2020, "supported")
    assert a["text"] == "Ratify the Optional Protocol to the Convention against Torture"
    assert a["themes"] == ["Detention", "Torture"] and a["sdg_targets"] == ["16.3"]
    assert a["affected_persons"] == ["persons_deprived_of_liberty"]
    assert a["implementation_status"] == "not_started"
    b = recs["136.50"]  # a text cell keeps its trailing zero
    assert (b["response"], b["session"], b["sdg_targets"]) == ("noted", "37", ["16.10"])
    assert sorted(b["affected_persons"]) == ["human_rights_defenders", "journalists"]
    c = recs["47 (g)"]
    assert (c["mechanism"], c["symbol"], c["session"], c["response"], c["cycle"]) == \
        ("cedaw", "CEDAW/C/GIN/CO/9", "81st session", None, None)
    assert c["sdg_targets"] == ["5.3"] and sorted(c["affected_persons"]) == ["girls", "women"]
    d = recs["88"]
    assert (d["mechanism"], d["body"]) == ("special_procedures",
                                           "Special Rapporteur on the rights of persons with disabilities")
    assert sorted(d["affected_persons"]) == ["judges_lawyers_prosecutors", "persons_with_disabilities"]
    e = recs["Establish a national"]
    assert (e["mechanism"], e["symbol"], e["paragraph"], e["affected_persons"]) == \
        ("treaty_bodies", None, None, ["general"])
    # identity: the uuid5 of the stable key, the same in every office
    assert a["uuid"] == key_uuid("p|upr|ahrc479|13649") == key_uuid(stable_key(a))
    assert e["uuid"] == key_uuid(stable_key(e))
    # a new recommendation not started has no history entry yet
    assert RecommendationService(db).history(a["uuid"]) == []


def test_upr_matrix_takes_the_recommending_state_from_the_text(db, db_path, tmp_path, capsys):
    path = files.matrix_file(tmp_path / "matrix.xlsx")
    code, out, err = run(capsys, "import-recommendations", path, "--db", db_path, "--country", "GIN",
                         "--mechanism", "upr")
    assert code == 0, err
    assert "3 new" in out
    recs = by_paragraph(db)
    assert {p: (r["body"], r["response"], r["mechanism"], r["country"]) for p, r in recs.items()} == {
        "118.1": ("Norway", "supported", "upr", "GIN"), "118.2": ("Mexico", "noted", "upr", "GIN"),
        "118.3": ("Côte d'Ivoire", "supported", "upr", "GIN")}
    assert recs["118.1"]["text"] == "Abolish the death penalty for all crimes (Norway);"  # kept as written


def test_matrix_without_country_or_mechanism_is_refused_with_reasons(db, tmp_path):
    path = files.matrix_file(tmp_path / "matrix.xlsx")
    before = dump(db)
    with pytest.raises(ValidationError) as info:
        RecommendationImport(db, path).commit()
    fields = {(p.row, p.field) for p in info.value.problems}
    assert fields == {(r, f) for r in (2, 3, 4) for f in ("country", "mechanism")}
    assert dump(db) == before


def test_french_headed_file(db, tmp_path):
    path = files.french_file(tmp_path / "recommandations.csv")
    preview = RecommendationImport(db, path).commit()
    assert preview.count("create") == 2 and not preview.problems
    recs = by_paragraph(db)
    a = recs["136.7"]
    assert (a["mechanism"], a["body"], a["country"], a["cycle"], a["response"], a["priority"],
            a["implementation_status"]) == ("upr", "France", "GIN", 3, "supported", "high", "in_progress")
    assert a["affected_persons"] == ["children"]
    assert a["responsible_entities"] == ["Assemblée nationale", "Ministère de la Promotion féminine"]
    b = recs["136.8"]
    assert (b["body"], b["response"], b["priority"], b["implementation_status"], b["cycle"]) == \
        ("Suisse", "noted", "medium", "not_started", 3)
    assert b["affected_persons"] == ["persons_deprived_of_liberty"]
    history = RecommendationService(db).history(a["uuid"])
    assert [(h["status"], h["date"], h["who"]) for h in history] == [("in_progress", dt.date.today(), "Test User")]


# -- re-import, newer file, bad rows ---------------------------------------------------------------

def test_reimport_changes_nothing(db, tmp_path):
    for make, name in ((files.index_file, "uhri.xlsx"), (files.matrix_file, "matrix.xlsx"),
                       (files.french_file, "fr.csv")):
        path = make(tmp_path / name)
        RecommendationImport(db, path, country="GIN", mechanism=None if name != "matrix.xlsx" else "upr").commit()
        before = dump(db)
        again = RecommendationImport(db, path, country="GIN",
                                     mechanism=None if name != "matrix.xlsx" else "upr").commit()
        assert again.count("unchanged") == len(again.rows) and again.count("create") == 0
        assert dump(db) == before, name


def test_newer_overlapping_export_updates_without_duplicates(db, tmp_path):
    RecommendationImport(db, files.index_file(tmp_path / "uhri.xlsx")).commit()
    rows = [list(r) for r in files.INDEX_ROWS[:2]]
    rows[1][8] = "Supported"                       # the State changed its position
    rows[0][9] = "Torture; Detention; Prisons"     # a theme added
    rows.append(["Adopt a national action plan on business and human rights", "UPR", "A/HRC/47/9", "136.51",
                 "Guinea", 3, 37, 2020, "Pending", None, None, None])
    newer = files.write_xlsx(tmp_path / "uhri-2025.xlsx", files.INDEX_HEADERS, rows)
    preview = RecommendationImport(db, newer).commit()
    assert (preview.count("create"), preview.count("update"), preview.count("unchanged")) == (1, 2, 0)
    with db.read_session() as s:
        assert len(s.scalars(select(m.Recommendation.id)).all()) == 6
    recs = by_paragraph(db)
    assert recs["136.50"]["response"] == "supported" and recs["136.50"]["version"] == 2
    assert recs["136.49"]["themes"] == ["Detention", "Prisons", "Torture"]
    assert recs["136.51"]["response"] == "pending"
    history = RecommendationService(db).history(recs["136.50"]["uuid"])
    assert len(history) == 1 and "from 'Noted' to 'Supported'" in history[0]["note"]
    assert history[0]["status"] == "not_started"
    assert history[0]["who"] == "Test User" and history[0]["date"] == dt.date.today()
    # the one whose response did not change has no new entry
    assert RecommendationService(db).history(recs["136.49"]["uuid"]) == []


def test_file_with_bad_rows_is_refused_and_nothing_changes(db, tmp_path):
    RecommendationImport(db, files.matrix_file(tmp_path / "m.xlsx"), country="GIN", mechanism="upr").commit()
    before = dump(db)
    rows = [list(r) for r in files.INDEX_ROWS]
    rows[0][8] = "Maybe"           # not a response
    rows[1][4] = "Atlantis"        # not a country
    rows[2][11] = "99.9"           # not an SDG target
    rows[3][0] = None              # no text
    rows.append(list(files.INDEX_ROWS[1]))  # the same recommendation twice
    bad = files.write_xlsx(tmp_path / "bad.xlsx", files.INDEX_HEADERS, rows, title="Export")
    with pytest.raises(ValidationError) as info:
        RecommendationImport(db, bad).commit()
    where = sorted((p.row, p.column) for p in info.value.problems)
    assert where == [(4, "I (Response)"), (5, "E (Country)"), (6, "L (SDGs)"), (7, "A (Recommendation / Observation)")]
    assert all(p.sheet == "Recommendations" for p in info.value.problems)
    assert dump(db) == before
    # the duplicate is reported once the other problems are fixed
    rows = [list(r) for r in files.INDEX_ROWS] + [list(files.INDEX_ROWS[1])]
    dup = files.write_xlsx(tmp_path / "dup.xlsx", files.INDEX_HEADERS, rows)
    with pytest.raises(ValidationError) as info:
        RecommendationImport(db, dup).commit()
    assert [(p.row, "row 3" in p.message) for p in info.value.problems] == [(7, True)]
    assert dump(db) == before


def test_numeric_paragraph_cells_are_read_as_numbers_and_said(db, tmp_path):
    rows = [["Abolish the death penalty (Norway);", 136.5, "Supported"], ["Ratify OP-CAT (Chile);", 136.1, "Noted"]]
    path = files.write_xlsx(tmp_path / "numbers.xlsx", ["Recommendation", "Paragraph", "Response"], rows)
    preview = RecommendationImport(db, path, country="GIN", mechanism="upr").preview()
    assert sorted(r.values["paragraph"] for r in preview.rows) == ["136.1", "136.5"]
    assert any("format the column as text" in n for n in preview.notes)


def test_cli_dry_run_changes_nothing_and_bad_file_exits_1(db, db_path, tmp_path, capsys):
    path = files.index_file(tmp_path / "uhri.xlsx")
    before = dump(db)
    code, out, err = run(capsys, "import-recommendations", path, "--db", db_path, "--dry-run")
    assert code == 0, err
    assert out.startswith("Dry run, nothing was changed. Recommendations: 5 new, 0 updated, 0 unchanged.")
    assert dump(db) == before
    code, out, err = run(capsys, "import-recommendations", files.matrix_file(tmp_path / "m.xlsx"), "--db", db_path)
    assert code == 1 and "Nothing was imported: 6 problems" in err
    assert dump(db) == before
    code, out, err = run(capsys, "import-recommendations", path, "--db", db_path, "--country", "XYZ")
    assert code != 0 and "XYZ" in err


def test_recommendations_imported_by_someone_else_since_the_check_are_refused(db, tmp_path):
    """Two users check the same list, then both import it: the second is refused, nothing doubled."""
    from hrdesk.domain.errors import HRDeskError

    path = files.index_file(tmp_path / "uhri.xlsx")
    first, second = RecommendationImport(db, path).preview(), RecommendationImport(db, path).preview()
    RecommendationImport(db, path).commit(first)
    with pytest.raises(HRDeskError, match="imported by someone else"):
        RecommendationImport(db, path).commit(second)
    with db.read_session() as s:
        assert len(s.scalars(select(m.Recommendation.id)).all()) == 5


# -- the recommending State at the end of the text ----------------------------------------------

def test_recommending_states_whose_names_hold_parentheses_are_taken_whole(db, tmp_path):
    """UPR reports write "… (Bolivia (Plurinational State of));": the State is the whole of it,
    the mechanism is guessed from it as for any State; a year or a period in final parentheses
    names no State."""
    rows = [["Abolish the death penalty (Bolivia (Plurinational State of));", "A/HRC/47/9", "118.4"],
            ["Ensure the rights of all (including migrants) in law (Iran (Islamic Republic of));",
             "A/HRC/47/9", "118.5"],
            ["Protect refugees (including children) in law and practice (Norway) ;", "A/HRC/47/9", "118.6"],
            ["Implement the national action plan (2019-2023);", None, None]]
    path = files.write_xlsx(tmp_path / "matrix.xlsx", ["Recommendation", "Symbol", "Paragraph"], rows)
    preview = RecommendationImport(db, path, country="GIN").preview()
    assert [(p.row, p.field) for p in preview.problems] == [(5, "mechanism")]  # no State, no symbol: no guess
    assert [(r.values["mechanism"], r.values["body"]) for r in preview.rows[:3]] == [
        ("upr", "Bolivia (Plurinational State of)"), ("upr", "Iran (Islamic Republic of)"), ("upr", "Norway")]
    preview = RecommendationImport(db, path, country="GIN", mechanism="upr").commit()
    assert preview.count("create") == 4
    recs = by_paragraph(db)
    assert recs["Implement the nation"]["body"] is None
    assert recs["118.4"]["text"] == rows[0][0]  # kept as written


def test_final_parentheses_naming_no_recommending_state_keep_recommendations_apart(db, tmp_path):
    """Without symbol and paragraph, recommendations are told apart by their text: final
    parentheses that are not the recommending State ("(OPSC)", "(OPAC)") are part of it."""
    rows = [["Ratify the optional protocols to the Convention on the Rights of the Child (OPSC);", "Treaty bodies"],
            ["Ratify the optional protocols to the Convention on the Rights of the Child (OPAC);", "Treaty bodies"],
            ["Abolish the death penalty (Norway);", "UPR"], ["Abolish the death penalty (Mexico);", "UPR"]]
    path = files.write_xlsx(tmp_path / "tb.xlsx", ["Recommendation", "Body"], rows)
    preview = RecommendationImport(db, path, country="GIN").commit()
    assert preview.count("create") == 4 and not preview.problems
    # the State in the text and the same State in a column are one recommendation
    again = files.write_xlsx(tmp_path / "again.xlsx", ["Recommendation", "Body", "Recommending State"],
                             [["Abolish the death penalty", "UPR", "Norway"]])
    assert RecommendationImport(db, again, country="GIN").commit().count("create") == 0
    with db.read_session() as s:
        assert len(s.scalars(select(m.Recommendation.id)).all()) == 4
