"""One editor widget per field kind (hrdesk.ui.widgets.field_widgets.WIDGETS), like the
one KindSpec and parser per kind (tests/test_field_kinds.py): a Kind without a widget fails
here.  What a field suggests while typing is an attribute of its definition, not its name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from hrdesk.domain.fields import Field, Kind
from hrdesk.domain.records import ACTIVITY, RECOMMENDATION, RECORD_TYPES
from hrdesk.services.activities import ActivityService
from hrdesk.ui.widgets.field_widgets import WIDGETS, make_field_widget
from hrdesk.ui.widgets.tags_edit import TagsEdit


def test_every_kind_has_exactly_one_widget():
    assert set(WIDGETS) == set(Kind)


def test_every_field_of_every_record_gets_a_working_widget(db, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    for record_type in RECORD_TYPES.values():
        for f in record_type.fields:
            w = make_field_widget(f, db, parent)
            assert w.objectName() == f"field_{f.name}"
            assert hasattr(w, "edited") and callable(w.value) and callable(w.set_value)
            narrow = f.kind in (Kind.DATE, Kind.INTEGER, Kind.YEAR, Kind.NUMBER)
            assert (w.maximumWidth() == 200) == narrow, f.name


def _suggestions(widget: TagsEdit) -> list[str]:
    return widget.completer().model().stringList()


def test_tag_suggestions_come_from_the_field_definition_not_its_name(db, qtbot):
    ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                "country": "GIN", "themes": ["Prison monitoring"], "partners": ["Red Cross"]})
    parent = QWidget()
    qtbot.addWidget(parent)
    themes = make_field_widget(ACTIVITY["themes"], db, parent)
    assert "Prison monitoring" in _suggestions(themes) and len(_suggestions(themes)) > 1  # used + seeds
    assert _suggestions(make_field_widget(ACTIVITY["partners"], db, parent)) == ["Red Cross"]
    assert "Prison monitoring" in _suggestions(make_field_widget(RECOMMENDATION["themes"], db, parent))
    topics = Field("topics", Kind.TAGS, "Topics", suggest="partners")
    assert _suggestions(make_field_widget(topics, db, parent)) == ["Red Cross"]
    assert _suggestions(make_field_widget(Field("labels", Kind.TAGS, "Labels"), db, parent)) == []
