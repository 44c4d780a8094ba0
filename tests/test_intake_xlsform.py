"""The registration form of an activity as an XLSForm: every variant converts with pyxform
(the reference converter) without errors or warnings, and its names are HRDesk's codes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pyxform.xls2xform import convert

from hrdesk.domain.choices import SEX, STAKEHOLDER_CATEGORY
from hrdesk.domain.errors import HRDeskError
from hrdesk.intake.xlsform import ACTIVITY_FIELD, VERSION_FIELD, FormOptions, write_xlsform
from hrdesk.services.activities import ActivityService


@pytest.fixture
def activity(db):
    return ActivityService(db).create({"title": "=Formation sur les enquêtes", "kind": "training",
                                       "start_date": dt.date(2024, 6, 10), "country": "GIN"})


def _sheet(path, name):
    wb = openpyxl.load_workbook(path)
    rows = list(wb[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("tests", [0, 5])
def test_every_form_converts_without_warnings(db, activity, tmp_path, lang, tests):
    options = FormOptions(default_language=lang, tests=tests, answers="abcda"[:tests],
                          split_names=bool(tests), washington_group=bool(tests))
    path = write_xlsform(db, activity["uuid"], tmp_path / f"form-{lang}-{tests}", options, version="202406100900")
    assert path.suffix == ".xlsx" and path.exists()
    warnings: list[str] = []
    result = convert(str(path), warnings=warnings, validate=False)
    assert warnings == []
    xform = result.xform
    assert activity["uuid"] in xform and "202406100900" in xform
    survey = {r["name"]: r for r in _sheet(path, "survey") if r["name"]}
    assert survey[ACTIVITY_FIELD]["calculation"] == f"'{activity['uuid']}'"
    assert survey[VERSION_FIELD]["calculation"] == "'202406100900'"
    assert ("pre_score" in survey) == bool(tests) and ("post_q5" in survey) == bool(tests)
    assert ("last_name" in survey) == bool(tests) and ("full_name" in survey) != bool(tests)
    settings = _sheet(path, "settings")[0]
    assert settings["version"] == "202406100900"
    assert settings["default_language"] == {"en": "English (en)", "fr": "French (fr)", "es": "Spanish (es)"}[lang]
    # a title that looks like a formula stays text
    wb = openpyxl.load_workbook(path)
    assert wb["settings"]["A2"].data_type == "s" and wb["settings"]["A2"].value == "=Formation sur les enquêtes"


def test_choice_names_are_hrdesk_codes_with_translated_labels(db, activity, tmp_path):
    path = write_xlsform(db, activity["uuid"], tmp_path / "form.xlsx")
    choices = _sheet(path, "choices")
    by_list: dict[str, list[dict]] = {}
    for row in choices:
        by_list.setdefault(row["list_name"], []).append(row)
    assert [r["name"] for r in by_list["sex"]] == SEX.codes
    assert [r["name"] for r in by_list["stakeholder_category"]] == STAKEHOLDER_CATEGORY.codes
    sex = {r["name"]: r for r in by_list["sex"]}
    assert sex["female"]["label::English (en)"] == "Female"
    assert sex["female"]["label::French (fr)"] and sex["female"]["label::Spanish (es)"]
    gin = next(r for r in by_list["country"] if r["name"] == "GIN")
    assert (gin["label::English (en)"], gin["label::French (fr)"]) == ("Guinea", "Guinée")
    survey = {r["name"]: r for r in _sheet(path, "survey") if r["name"]}
    assert survey["email"]["relevant"] == "${consent} = 'yes'"   # contact details only with consent


def test_scores_computed_from_the_answer_key(db, activity, tmp_path):
    path = write_xlsform(db, activity["uuid"], tmp_path / "form.xlsx", FormOptions(tests=3, answers="B, a, C"))
    survey = {r["name"]: r for r in _sheet(path, "survey") if r["name"]}
    calc = survey["post_score"]["calculation"]
    assert "${post_q1} = 'b'" in calc and "${post_q2} = 'a'" in calc and "${post_q3} = 'c'" in calc
    assert "* 100 div 3" in calc


def test_bad_options_are_refused_with_a_reason(db, activity, tmp_path):
    with pytest.raises(HRDeskError, match="answer key"):
        write_xlsform(db, activity["uuid"], tmp_path / "f.xlsx", FormOptions(tests=3, answers="ab"))
    with pytest.raises(HRDeskError, match="answer key"):
        write_xlsform(db, activity["uuid"], tmp_path / "f.xlsx", FormOptions(tests=2, answers="az"))
    assert not (tmp_path / "f.xlsx").exists()
