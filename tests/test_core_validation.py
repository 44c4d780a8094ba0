"""Each validation rule of the record definitions, directly and through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.records import ACTIVITY, OFFICE, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.domain.validation import validate
from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService
from hrdesk.services.recommendations import RecommendationService


def activity(**changes):
    values = {**ACTIVITY.defaults(), "title": "Training of judges", "kind": "training",
              "status": "completed", "start_date": dt.date(2025, 3, 3), "country": "GIN"}
    values.update(changes)
    return values


def person(**changes):
    values = {**PARTICIPANT.defaults(), "full_name": "Aïssatou Diallo", "sex": "female"}
    values.update(changes)
    return values


def recommendation(**changes):
    values = {**RECOMMENDATION.defaults(), "mechanism": "cmw", "symbol": "CMW/C/ECU/CO/3",
              "paragraph": "47 (g)", "country": "ECU", "text": "Ensure access to justice for migrants."}
    values.update(changes)
    return values


def participation(**changes):
    values = {**PARTICIPATION.defaults(), "activity": "a-uuid", "participant": "p-uuid"}
    values.update(changes)
    return values


def fields(problems):
    return sorted(p.field for p in problems)


def messages(problems, field):
    return [p.message for p in problems if p.field == field]


def test_valid_records_have_no_problems():
    assert validate(ACTIVITY, activity()) == []
    assert validate(PARTICIPANT, person()) == []
    assert validate(RECOMMENDATION, recommendation()) == []
    assert validate(PARTICIPATION, participation(pre_score=0.0, post_score=100.0)) == []
    assert validate(OFFICE, {"code": "GN", "name": "Guinea", "kind": "country_office", "country": "GIN"}) == []


def test_end_before_start():
    problems = validate(ACTIVITY, activity(end_date=dt.date(2025, 3, 2)))
    assert fields(problems) == ["end_date"]
    assert "before the start date" in problems[0].message
    assert validate(ACTIVITY, activity(end_date=dt.date(2025, 3, 3))) == []  # one day


@pytest.mark.parametrize("name", ["reach_women", "reach_men", "reach_other", "reach_total", "reach_localities"])
def test_negative_counts(name):
    problems = validate(ACTIVITY, activity(**{name: -1}))
    assert messages(problems, name) == ["Cannot be negative."]


def test_disaggregated_counts_must_add_up_to_the_total():
    problems = validate(ACTIVITY, activity(reach_women=10, reach_men=5, reach_other=1, reach_total=20))
    assert fields(problems) == ["reach_total"]
    assert "16" in problems[0].message and "20" in problems[0].message
    assert validate(ACTIVITY, activity(reach_women=10, reach_men=5, reach_other=1, reach_total=16)) == []
    # a total alone (no breakdown) is fine
    assert validate(ACTIVITY, activity(reach_total=1453, reach_localities=23)) == []


def test_reach_grid_must_match_the_counts_by_sex():
    grid = {("women", "18_24"): 6, ("women", "25_34"): 3, ("men", "35_49"): 5}
    problems = validate(ACTIVITY, activity(reach_women=10, reach_men=5, reach_total=15, reach_by_age=grid))
    assert fields(problems) == ["reach_by_age"]
    assert "9" in problems[0].message and "10" in problems[0].message
    grid[("women", "18_24")] = 7
    assert validate(ACTIVITY, activity(reach_women=10, reach_men=5, reach_total=15, reach_by_age=grid)) == []


def test_reach_grid_keys_and_counts():
    bad_key = validate(ACTIVITY, activity(reach_by_age={("children", "18_24"): 3}))
    assert fields(bad_key) == ["reach_by_age"]
    negative = validate(ACTIVITY, activity(reach_by_age={("women", "18_24"): -3}))
    assert messages(negative, "reach_by_age") == ["Counts must be whole numbers, not negative."]


def test_unknown_country_codes():
    assert messages(validate(ACTIVITY, activity(country="XXX")), "country") == ["Unknown country code 'XXX'."]
    problems = validate(ACTIVITY, activity(countries_covered=["GIN", "ZZZ"]))
    assert messages(problems, "countries_covered") == ["Unknown country code 'ZZZ'."]
    assert fields(validate(PARTICIPANT, person(country="FRA1"))) == ["country"]


def test_unknown_sdg_targets():
    problems = validate(ACTIVITY, activity(sdg_targets=["16.3", "16.99", "18.1"]))
    assert messages(problems, "sdg_targets") == ["Unknown SDG target '16.99'.", "Unknown SDG target '18.1'."]
    assert fields(validate(RECOMMENDATION, recommendation(sdg_targets=["5.x"]))) == ["sdg_targets"]
    assert validate(ACTIVITY, activity(sdg_targets=["16.3", "16.10", "5.2", "10.2", "16.a"])) == []


def test_missing_required_fields_are_all_reported():
    problems = validate(ACTIVITY, {**ACTIVITY.defaults(), "status": None})
    assert fields(problems) == ["country", "kind", "start_date", "status", "title"]
    assert all(p.message == "This field is required." for p in problems)
    assert fields(validate(PARTICIPANT, person(full_name="", sex=None))) == ["full_name", "sex"]
    assert fields(validate(RECOMMENDATION, recommendation(text=None, mechanism=None))) == ["mechanism", "text"]
    assert fields(validate(PARTICIPATION, participation(activity=None, role=None))) == ["activity", "role"]


@pytest.mark.parametrize("name", ["pre_score", "post_score"])
@pytest.mark.parametrize(("value", "ok"), [(-0.5, False), (0, True), (100, True), (100.5, False), (250, False)])
def test_scores_between_0_and_100(name, value, ok):
    problems = validate(PARTICIPATION, participation(**{name: value}))
    assert (problems == []) is ok
    if not ok:
        assert fields(problems) == [name]


def test_days_attended_range():
    assert fields(validate(PARTICIPATION, participation(days_attended=-1))) == ["days_attended"]
    assert validate(PARTICIPATION, participation(days_attended=2.5)) == []


@pytest.mark.parametrize("email", ["no-at-sign", "a@b", "two@@example.org", "a b@example.org"])
def test_bad_email(email):
    assert messages(validate(PARTICIPANT, person(email=email)), "email") == ["Not a valid e-mail address."]


def test_good_email_and_phone():
    assert validate(PARTICIPANT, person(email="a.diallo@example.org", phone="+224 622 00 11 22")) == []
    assert fields(validate(PARTICIPANT, person(phone="call me"))) == ["phone"]


def test_unknown_choices_and_wrong_types():
    assert messages(validate(ACTIVITY, activity(kind="party")), "kind") == ["Unknown value 'party'."]
    assert fields(validate(ACTIVITY, activity(mechanisms=["upr", "xyz"]))) == ["mechanisms"]
    assert fields(validate(PARTICIPANT, person(stakeholder_category="aliens"))) == ["stakeholder_category"]
    assert messages(validate(ACTIVITY, activity(start_date="2025-03-03")), "start_date") == ["Expected a date."]
    assert messages(validate(ACTIVITY, activity(reach_total=1.5)), "reach_total") == ["Expected a whole number."]
    assert messages(validate(ACTIVITY, activity(pre_post_test="yes")), "pre_post_test") == ["Expected yes or no."]


def test_lengths_and_duplicate_list_entries():
    assert messages(validate(ACTIVITY, activity(title="x" * 301)), "title") == ["At most 300 characters."]
    problems = validate(ACTIVITY, activity(themes=["Civic space", "civic space"]))
    assert messages(problems, "themes") == ["The same value is listed twice."]


def test_birth_year_in_the_future_and_office_code():
    assert fields(validate(PARTICIPANT, person(birth_year=dt.date.today().year + 1))) == ["birth_year"]
    assert fields(validate(PARTICIPANT, person(birth_year=1850))) == ["birth_year"]
    office = {"code": "gn office", "name": "Guinea", "kind": "country_office"}
    assert fields(validate(OFFICE, office)) == ["code"]


# -- through the services (cleaning, database checks) ------------------------------------

def test_service_raises_every_problem_at_once(db):
    with pytest.raises(ValidationError) as info:
        ActivityService(db).create(activity(title=" ", end_date=dt.date(2025, 1, 1), country="XXX",
                                            reach_women=-2, sdg_targets=["99.9"]))
    assert sorted({p.field for p in info.value.problems}) == [
        "country", "end_date", "reach_women", "sdg_targets", "title"]


def test_service_cleans_before_validating(db):
    saved = ActivityService(db).create(activity(country=" gin ", sdg_targets=[" 16.A ", "16.3", "16.3"],
                                                title="  Training  "))
    assert saved["country"] == "GIN"
    assert saved["sdg_targets"] == ["16.3", "16.a"]
    assert saved["title"] == "Training"


def test_same_participant_twice_in_one_activity(db):
    act = ActivityService(db).create(activity())
    who = ParticipantService(db).create(person())
    service = ParticipationService(db)
    service.create({"activity": act["uuid"], "participant": who["uuid"]})
    with pytest.raises(ValidationError) as info:
        service.create({"activity": act["uuid"], "participant": who["uuid"], "role": "speaker"})
    assert info.value.for_field("participant") == ["This person is already listed in this activity."]


def test_participation_with_unknown_records(db):
    with pytest.raises(ValidationError) as info:
        ParticipationService(db).create({"activity": "nope", "participant": "nope"})
    assert sorted(p.field for p in info.value.problems) == ["activity", "participant"]


def test_unknown_recommendation_linked_to_an_activity(db):
    rec = RecommendationService(db).create(recommendation())
    with pytest.raises(ValidationError) as info:
        ActivityService(db).create(activity(recommendations=[rec["uuid"], "not-a-uuid"]))
    assert info.value.for_field("recommendations") == ["Unknown recommendation not-a-uuid."]


def test_check_reports_without_writing(db):
    service = ActivityService(db)
    assert [p.field for p in service.check(activity(reach_total=-1))] == ["reach_total"]
    assert service.check(activity()) == []
    from hrdesk.services.queries import record_counts

    assert record_counts(db)["activities"] == 0


def test_values_of_the_wrong_type_are_problems_not_crashes():
    assert fields(validate(ACTIVITY, activity(country=123))) == ["country"]
    assert fields(validate(ACTIVITY, activity(countries_covered=[1, "GIN"]))) == ["countries_covered"]
    assert fields(validate(ACTIVITY, activity(kind=["training"]))) == ["kind"]
    assert fields(validate(ACTIVITY, activity(mechanisms=[["upr"]]))) == ["mechanisms"]
    # a spreadsheet number 16.10 arrives as 16.1: targets must be text
    assert fields(validate(ACTIVITY, activity(sdg_targets=[16.3]))) == ["sdg_targets"]
