"""Clusters, cluster suggestions and the implementation history of recommendations
(hrdesk.services.recommendations): one call per user action, the current status always that
of the newest history entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrdesk.domain.errors import NotFoundError, ValidationError
from hrdesk.services.activities import ActivityService
from hrdesk.services.recommendations import (
    RecommendationService,
    assign_cluster,
    create_cluster,
    edit_cluster,
    list_clusters,
    stable_key,
    state_in_text,
    suggest_clusters,
)
from hrdesk.storage import models as m


def rec(db, text, **values):
    return RecommendationService(db).create({"mechanism": "upr", "country": "GIN", "text": text, **values})


def test_clusters_are_named_uniquely_and_hold_recommendations(db):
    a, b = rec(db, "Abolish the death penalty (Norway);"), rec(db, "Ratify OP-CAT (Chile);")
    justice = create_cluster(db, {"name": "Justice", "description": "Courts and detention"}, [a["uuid"]])
    assert justice["recommendations"] == 1
    with pytest.raises(ValidationError) as info:
        create_cluster(db, {"name": " justice "})
    assert info.value.problems[0].field == "name"
    with pytest.raises(ValidationError):
        create_cluster(db, {"name": ""})
    assert assign_cluster(db, [a["uuid"], b["uuid"]], justice["uuid"]) == 1   # a was in it already
    assert [(c["name"], c["recommendations"]) for c in list_clusters(db)] == [("Justice", 2)]
    edit_cluster(db, justice["uuid"], {"name": "Justice and detention"})
    assert list_clusters(db)[0]["name"] == "Justice and detention"
    assert RecommendationService(db).get(b["uuid"])["cluster"] == justice["uuid"]
    assert assign_cluster(db, [b["uuid"]], None) == 1
    assert RecommendationService(db).get(b["uuid"])["cluster"] is None
    with pytest.raises(NotFoundError):
        assign_cluster(db, [a["uuid"]], "00000000-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError) as info:   # a cluster that does not exist is refused
        RecommendationService(db).update(a["uuid"], {"cluster": "00000000-0000-4000-8000-000000000000"})
    assert info.value.problems[0].field == "cluster"


def test_suggestions_are_deterministic_explained_and_never_applied(db):
    r1 = rec(db, "Criminalise torture in the penal code (Norway);", themes=["Torture"], sdg_targets=["16.3"])
    r2 = rec(db, "Investigate allegations of torture by the police (Chile);", themes=["Torture"])
    r3 = rec(db, "Improve conditions in prisons (Mexico);", sdg_targets=["16.3"])
    r4 = rec(db, "Reduce overcrowding in prisons (Ghana);")
    rec(db, "Adopt a national action plan on business (Peru);")
    first = suggest_clusters(db)
    assert first == suggest_clusters(db)
    groups = {(s.basis, s.value): set(s.recommendations) for s in first}
    assert groups[("theme", "Torture")] == {r1["uuid"], r2["uuid"]}
    assert groups[("keyword", "prisons")] == {r3["uuid"], r4["uuid"]}
    assert all(len(s.recommendations) >= 2 for s in first)
    assert first[0].explanation == "2 recommendations share the theme 'Torture'."
    assert all(RecommendationService(db).get(r["uuid"])["cluster"] is None for r in (r1, r2, r3, r4))
    # recommendations already in a cluster are not offered again
    create_cluster(db, {"name": "Torture"}, [r1["uuid"], r2["uuid"]])
    assert all(r1["uuid"] not in s.recommendations for s in suggest_clusters(db))


def test_history_moves_the_current_status_and_lists_activities_as_evidence(db):
    service = RecommendationService(db)
    r = rec(db, "Ratify OP-CAT (Chile);")
    assert service.history(r["uuid"]) == []            # not started: nothing happened yet
    service.update(r["uuid"], {"implementation_status": "in_progress"})
    service.add_history(r["uuid"], {"date": dt.date(2020, 1, 1), "status": "implemented", "note": "Old news"})
    # an older entry does not move the current status
    assert service.get(r["uuid"])["implementation_status"] == "in_progress"
    service.add_history(r["uuid"], {"date": dt.date.today(), "status": "implemented", "note": "Ratified",
                                    "who": "Desk officer"})
    got = service.get(r["uuid"])
    assert got["implementation_status"] == "implemented" and got["version"] == 3
    ActivityService(db).create({"title": "Workshop on OP-CAT", "kind": "workshop", "country": "GIN",
                                "start_date": dt.date(2022, 5, 3), "recommendations": [r["uuid"]]})
    history = service.history(r["uuid"])
    assert [(h["kind"], h["date"], h["status"], h["note"], h["who"]) for h in history] == [
        ("entry", dt.date.today(), "implemented", "Ratified", "Desk officer"),
        ("entry", dt.date.today(), "in_progress", None, "Test User"),
        ("activity", dt.date(2022, 5, 3), None, "Workshop on OP-CAT", None),
        ("entry", dt.date(2020, 1, 1), "implemented", "Old news", "Test User")]
    with pytest.raises(ValidationError) as info:
        service.add_history(r["uuid"], {"date": dt.date.today() + dt.timedelta(days=1), "status": "implemented"})
    assert info.value.problems[0].field == "date"
    with pytest.raises(ValidationError):
        service.add_history(r["uuid"], {"date": dt.date.today(), "status": "done"})
    assert len(service.history(r["uuid"])) == 4


def test_stable_key_and_the_state_in_the_text():
    assert state_in_text("Abolish the death penalty (Norway);") == "Norway"
    assert state_in_text("Abolish the death penalty.") is None
    by_paragraph = {"mechanism": "crc", "symbol": "CRC/C/GIN/CO/3-6", "paragraph": "47 (g)", "text": "x"}
    assert stable_key(by_paragraph) == stable_key({**by_paragraph, "paragraph": "47(g)", "text": "y"})
    assert stable_key(by_paragraph) != stable_key({**by_paragraph, "paragraph": "47 (h)"})
    by_text = {"mechanism": "upr", "country": "GIN", "body": "Norway", "cycle": 3,
               "text": "Abolish the death penalty (Norway);"}
    assert stable_key(by_text) == stable_key({**by_text, "text": "abolish the  death penalty"})
    assert stable_key(by_text) != stable_key({**by_text, "cycle": 4})
    assert stable_key(by_text) != stable_key({**by_text, "body": "Chile"})


def test_status_set_directly_wins_over_an_entry_dated_ahead_of_today(db):
    """An entry from an office whose day is already tomorrow (a time zone ahead) is the
    newest; setting the status here afterwards must give the newest entry, or the column
    and the history (and the next exchange, which recomputes the status) disagree."""
    service = RecommendationService(db)
    uuid = rec(db, "Abolish the death penalty (Norway);")["uuid"]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with db.session() as s:  # as the exchange merge writes a received entry
        row = s.scalar(select(m.Recommendation).where(m.Recommendation.uuid == uuid))
        row.history.append(service._entry(tomorrow, "implemented", "Recorded in Apia"))
        row.implementation_status = "implemented"
    version = service.get(uuid)["version"]
    service.update(uuid, {"implementation_status": "in_progress"}, expected_version=version)
    entries = [h for h in service.history(uuid) if h["kind"] == "entry"]
    assert service.get(uuid)["implementation_status"] == entries[0]["status"] == "in_progress"
    assert entries[0]["date"] == tomorrow and len(entries) == 2
