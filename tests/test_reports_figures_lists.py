"""``collect(detail=False)`` (the Reports page) leaves out the per-activity and per-person
lists even when the scope's activities address recommendations (a loop over the
recommendations' follow-up used to rebind ``detail`` and gather them all)."""

from __future__ import annotations

import pytest
import test_reports_sample as sample

from hrdesk.reports import figures
from hrdesk.reports.scope import PRIVACY_FULL, ReportScope


@pytest.fixture
def filled(db):
    sample.build(db)
    return db


def test_the_reports_page_figures_leave_out_the_lists_when_recommendations_are_addressed(filled):
    scope = ReportScope.year(2024, privacy=PRIVACY_FULL)
    f = figures.dashboard(filled, scope, light=False)
    assert f.recommendations and f.key["recommendations"] == len(f.recommendations)
    assert f.trainings   # what the Reports page shows is there
    assert f.activities == [] and f.people == []
    assert f.facts_by_activity == {} and f.categories_by_activity == {}

    full = figures.load(filled, scope)   # detail=True: the lists, with the same recommendations
    assert full.activities and full.people and full.facts_by_activity
    assert [r["uuid"] for r in full.recommendations] == [r["uuid"] for r in f.recommendations]
    assert [r["response"] for r in full.recommendations] == [r["response"] for r in f.recommendations]
