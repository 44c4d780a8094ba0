"""Finding people as registers write them: every word of the search in any order, accents
and case ignored, narrowed by organisation; names sorted accent- and case-insensitively in
SQL (through the indexed sort key), A→Z, page by page."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrdesk.domain.text import fold
from hrdesk.services import queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.filters import ActivityScope
from hrdesk.services.participants import ParticipantService
from hrdesk.services.queries import ParticipantFilter, RecommendationFilter
from hrdesk.services.recommendations import RecommendationService
from hrdesk.storage import models as m

PEOPLE = [
    ("Aïssatou Diallo", "female", "Ministère de la Justice"),
    ("Aissatou Diallo", "female", "Barreau de Guinée"),
    ("Mamadou Diallo", "male", "Ministère de la Justice"),
    ("Kouassi Yao", "male", None),
    ("Koïvogui Pé", "male", None),
    ("Zongo Awa", "female", None),
    ("Ávila Rosa", "female", None),
    ("abdoulaye Sow", "male", None),
    ("Bah Oumar", "male", None),
    ("ÉLODIE N'Diaye", "female", None),
    ("Camara Fanta", "female", None),
]


@pytest.fixture
def people(db):
    service = ParticipantService(db)
    return [service.create({"full_name": n, "sex": s, "organisation": o}) for n, s, o in PEOPLE]


def found(db, text: str) -> list[str]:
    page = queries.list_participants(db, ParticipantFilter(text=text), limit=100)
    assert page.total == len(page.rows)
    return [r["full_name"] for r in page.rows]


def test_search_matches_every_word_in_any_order_ignoring_accents_and_case(db, people):
    both = ["Aissatou Diallo", "Aïssatou Diallo"]
    assert sorted(found(db, "diallo aissatou")) == both
    assert sorted(found(db, "AÏSSATOU   DIALLO")) == both
    assert sorted(found(db, "Diallo")) == [*both, "Mamadou Diallo"]
    # a word of the organisation narrows the search
    assert found(db, "aissatou diallo ministere") == ["Aïssatou Diallo"]
    assert found(db, "justice diallo MAMADOU") == ["Mamadou Diallo"]
    assert found(db, "barreau aïssatou") == ["Aissatou Diallo"]
    assert found(db, "aissatou diallo kankan") == []
    assert found(db, "n'diaye elodie") == ["ÉLODIE N'Diaye"]


def test_search_words_apply_to_activities_and_recommendations(db):
    ActivityService(db).create({"title": "Formation des magistrats à Nzérékoré", "kind": "training",
                                "status": "completed", "start_date": dt.date(2024, 3, 4), "country": "GIN"})
    RecommendationService(db).create({"mechanism": "upr", "symbol": "A/HRC/43/9", "paragraph": "110.52",
                                      "country": "SEN", "text": "Renforcer l'indépendance de la justice"})
    titles = [r["title"] for r in queries.list_activities(db, ActivityScope(text="nzerekore MAGISTRATS")).rows]
    assert titles == ["Formation des magistrats à Nzérékoré"]
    assert queries.list_activities(db, ActivityScope(text="nzerekore police")).rows == []
    recs = queries.list_recommendations(db, RecommendationFilter(text="justice independance")).rows
    assert [r["symbol"] for r in recs] == ["A/HRC/43/9"]


# same folded name: the order they were registered in
EXPECTED_ORDER = ["abdoulaye Sow", "Aïssatou Diallo", "Aissatou Diallo", "Ávila Rosa", "Bah Oumar",
                  "Camara Fanta", "ÉLODIE N'Diaye", "Koïvogui Pé", "Kouassi Yao", "Mamadou Diallo", "Zongo Awa"]


def test_names_sort_ignoring_accents_and_case_page_by_page(db, people):
    pages = [queries.list_participants(db, offset=o, limit=4) for o in (0, 4, 8)]
    assert [r["full_name"] for p in pages for r in p.rows] == EXPECTED_ORDER
    assert {p.total for p in pages} == {len(PEOPLE)}
    names = [r["full_name"] for r in queries.list_participants(db, descending=True, limit=100).rows]
    assert names == list(reversed(EXPECTED_ORDER))
    # the search keeps the order
    assert found(db, "o") == [n for n in EXPECTED_ORDER if "o" in fold(n)]
    assert "Koïvogui Pé" in found(db, "o")


@pytest.mark.sqlite_only
def test_name_order_is_done_in_sql_with_the_index(db, people):
    """The order comes from the database (an index on the folded key, no sort of all rows
    in memory): the app pages through 100,000 people."""
    P = m.Participant
    with db.read_session() as s:
        stored = dict(s.execute(select(P.full_name, P.sort_key)).all())
        assert stored["Koïvogui Pé"] == "koivogui pe" and stored["Ávila Rosa"] == "avila rosa"
        query = (select(P.id).where(*ParticipantFilter().conditions())
                 .order_by(queries.PARTICIPANT_SORTS["full_name"](), P.id).limit(100))
        sql = str(query.compile(compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ORDER BY participants.sort_key" in sql
    assert "ix_participants_deleted_name" in plan and "TEMP B-TREE" not in plan, plan


def test_renaming_a_person_moves_them_in_the_order(db, people):
    service = ParticipantService(db)
    zongo = next(p for p in people if p["full_name"] == "Zongo Awa")
    service.update(zongo["uuid"], {"full_name": "Àbba Zongo"})
    first = queries.list_participants(db, limit=1).rows[0]
    assert first["full_name"] == "Àbba Zongo"
