"""The content hashes stored in every office's agreed states (``exchange_record_state``) must
never change: a merge compares contents through the texts the hashes are made of (issue 19),
which must give the hashes, and the answers, the hashes gave."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.domain.cleaning import clean_text
from hrdesk.exchange import format as F
from hrdesk.exchange import rows as R


def _reference_hash(sheet: F.Sheet, privacy: str, rec: dict) -> str:
    """The hash as HRDesk computed it before (values list, then ``format.content_hash``)."""
    values = [rec.get("origin_office"), "1" if rec.get("deleted") else "0"]
    for column in R.hash_columns(sheet, privacy):
        v = rec.get(column.field)
        if column.cell == F.LIST:
            v = clean_text(F.encode_list(sorted(map(str, v)))) if v else None
        elif column.cell == F.GRID:
            v = F.encode_grid(v) if v else None
        elif type(v) is str and not v.isprintable():
            v = clean_text(v)
        values.append(v)
    return F.content_hash(values)


ACTIVITY = {"origin_office": "GN", "deleted": False, "title": "Atelier\tsur la torture", "kind": "training",
            "status": "completed", "start_date": dt.date(2024, 3, 1), "end_date": None, "country": "GIN",
            "sdg_targets": ["16.3", "5.2", "16.10"], "partners": ["UNDP", "Avocats sans frontières"],
            "reach_by_age": {("female", "18_24"): 12, ("male", "25_34"): 3}, "reach_total": 15,
            "pre_post_test": True, "days": 2.5}
PERSON = {"origin_office": "SL", "deleted": True, "full_name": "Aïssatou Diallo", "sex": "female",
          "email": "a@example.org", "phone": None, "organisation": "Ligue", "birth_year": 1990,
          "country": "SLE", "stakeholder_category": None}


@pytest.mark.parametrize(("sheet", "rec"), [(F.ACTIVITIES, ACTIVITY), (F.PARTICIPANTS, PERSON)])
@pytest.mark.parametrize("privacy", ["full", "pseudonymised"])
def test_hashes_are_those_of_before(sheet, rec, privacy):
    assert R.record_hash(sheet, privacy, rec) == _reference_hash(sheet, privacy, rec)
    assert R.hash_of(R.hash_texts(sheet, privacy, rec)) == _reference_hash(sheet, privacy, rec)


def test_comparing_texts_gives_the_answer_comparing_hashes_gave():
    """Equal pseudonymised texts and equal personal texts ⟺ equal full hashes."""
    sheet, pseudo = F.PARTICIPANTS, "pseudonymised"
    for change in ({}, {"full_name": "Aissatou Diallo"}, {"email": None}, {"sex": "male"}, {"deleted": False},
                   {"organisation": "Ligue\x07"}):
        other = {**PERSON, **change}
        same_pseudo = R.hash_texts(sheet, pseudo, PERSON) == R.hash_texts(sheet, pseudo, other)
        assert same_pseudo == (_reference_hash(sheet, pseudo, PERSON) == _reference_hash(sheet, pseudo, other))
        if same_pseudo:
            same_full = R.personal_texts(sheet, PERSON) == R.personal_texts(sheet, other)
            assert same_full == (_reference_hash(sheet, "full", PERSON) == _reference_hash(sheet, "full", other))


# values whose texts are equal while the values differ, or the reverse (0.0 and -0.0 are equal
# numbers with texts "0" and "-0"; [1] == [1.0] as lists, not as texts; 1 == True)
TRICKY = ({}, {"training_hours": 0.0}, {"training_hours": -0.0}, {"training_hours": 2.5},
          {"training_hours": float("nan")}, {"training_hours": 3},
          {"reach_total": 15.0}, {"reach_total": True}, {"reach_total": 1}, {"reach_total": None},
          {"start_date": dt.datetime(2024, 3, 1)}, {"end_date": dt.date(2024, 3, 2)},
          {"sdg_targets": ["5.2", "16.10", "16.3"]}, {"sdg_targets": []}, {"sdg_targets": None},
          {"partners": [1]}, {"partners": [1.0]}, {"partners": [True]}, {"partners": ["1"]},
          {"title": "Atelier\r\nsur la torture"}, {"title": "Atelier\nsur la torture"},
          {"reach_by_age": {("male", "25_34"): 3, ("female", "18_24"): 12}}, {"reach_by_age": {}},
          {"pre_post_test": 1}, {"pre_post_test": False}, {"origin_office": "SL"}, {"deleted": 0},
          {"deleted": True})


@pytest.mark.parametrize("privacy", ["full", "pseudonymised"])
def test_the_merge_s_field_by_field_comparison_gives_the_answer_of_the_texts(privacy):
    """``same_hash_texts`` (equal values skip making texts) answers exactly as comparing the
    texts, and the texts still give the hashes of before, for values equal as numbers but not
    as texts and the reverse."""
    variants = [{**ACTIVITY, **change} for change in TRICKY]
    for a in variants:
        assert R.hash_of(R.hash_texts(F.ACTIVITIES, privacy, a)) == _reference_hash(F.ACTIVITIES, privacy, a)
        for b in variants:
            texts_equal = R.hash_texts(F.ACTIVITIES, privacy, a) == R.hash_texts(F.ACTIVITIES, privacy, b)
            assert R.same_hash_texts(F.ACTIVITIES, privacy, a, b) is texts_equal, (a, b)
    assert not R.same_hash_texts(F.ACTIVITIES, privacy, {**ACTIVITY, "training_hours": 0.0},
                                {**ACTIVITY, "training_hours": -0.0})
    assert not R.same_hash_texts(F.ACTIVITIES, privacy, {**ACTIVITY, "partners": [1]}, {**ACTIVITY, "partners": [1.0]})
    people = [{**PERSON, **change} for change in ({}, {"birth_year": 1990.0}, {"birth_year": True},
                                                  {"full_name": "Aïssatou Diallo\x07"}, {"email": None})]
    for a in people:
        for b in people:
            assert R.same_personal_texts(F.PARTICIPANTS, a, b) is (
                R.personal_texts(F.PARTICIPANTS, a) == R.personal_texts(F.PARTICIPANTS, b))
