"""Fixtures for the desktop app tests: a context on the test database, the main window,
and records created through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from hrdesk.services.activities import ActivityService
from hrdesk.services.participants import ParticipantService
from hrdesk.services.participations import ParticipationService


@pytest.fixture(autouse=True)
def _english_interface(qapp):
    """The interface in English with its catalogue of plural forms, as the app starts it
    (``set_language`` in ``hrdesk.ui.app``); a test switching language switches back."""
    from hrdesk.ui import i18n as ui_i18n

    if ui_i18n.current_language() != "en" or not ui_i18n.translators():
        ui_i18n.switch_language(qapp, "en")


@pytest.fixture
def ctx(db, qapp):
    from hrdesk.ui.context import AppContext

    context = AppContext(db)
    yield context
    context.worker.wait(10_000)


@pytest.fixture
def window(ctx, qtbot):
    from hrdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    win.resize(1366, 768)
    win.show()
    yield win
    for w in {win, ctx.window}:   # the window may have been rebuilt (and the first one deleted)
        try:
            w.close()
            w.deleteLater()
        except RuntimeError:
            pass


@pytest.fixture
def answer_yes(monkeypatch):
    """Every QMessageBox.question is answered Yes (never a blocking dialog in tests)."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def sample(db):
    """A few activities and people, created through the services."""
    acts = ActivityService(db)
    people = ParticipantService(db)
    parts = ParticipationService(db)
    a1 = acts.create({"title": "Training of judges on fair trial", "kind": "training", "status": "completed",
                      "start_date": dt.date(2024, 3, 4), "end_date": dt.date(2024, 3, 6), "country": "GIN",
                      "themes": ["Rule of law and justice"], "sdg_targets": ["16.3"],
                      "partners": ["Ministère de la Justice"]})
    a2 = acts.create({"title": "Monitoring mission to Nzérékoré prison", "kind": "monitoring_mission",
                      "status": "completed", "start_date": dt.date(2023, 11, 2), "country": "GIN",
                      "themes": ["Prevention of torture"], "sdg_targets": ["16.a"]})
    a3 = acts.create({"title": "Campagne radio sur les droits des femmes", "kind": "advocacy_campaign",
                      "status": "ongoing", "start_date": dt.date(2024, 6, 1), "country": "SEN",
                      "themes": ["Women's rights"], "sdg_targets": ["5.2"], "reach_total": 1200})
    p1 = people.create({"full_name": "Mamadou Bah", "sex": "male", "organisation": "Tribunal de Conakry",
                        "country": "GIN"})
    p2 = people.create({"full_name": "Fatoumata Camara", "sex": "female", "organisation": "Barreau de Guinée",
                        "country": "GIN"})
    parts.create({"activity": a1["uuid"], "participant": p1["uuid"], "role": "participant"})
    return {"activities": [a1, a2, a3], "people": [p1, p2]}
