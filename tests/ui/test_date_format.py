"""Date fields follow the interface language, always with a four-digit year."""

from __future__ import annotations

import pytest

from hrdesk.ui.i18n import switch_language
from hrdesk.ui.labels import date_format, format_date


@pytest.mark.parametrize(("language", "expected"), [("fr", "dd/MM/yyyy"), ("es", "d/M/yyyy"),
                                                    ("en", "yyyy-MM-dd")])
def test_date_fields_use_the_language_s_day_first_format(qapp, language, expected):
    try:
        switch_language(qapp, language)
        assert date_format() == expected
    finally:
        switch_language(qapp, "en")


@pytest.mark.parametrize(("language", "expected"), [("fr", "14/06/2019"), ("es", "14/6/2019"), ("en", "2019-06-14")])
def test_lists_show_dates_as_the_editor_reads_them(qapp, db, window, language, expected):
    """One date format per language in the interface: the list cells, the audit trail and the
    editor's date fields write a date the same way."""
    import datetime as dt

    from hrdesk.domain.records import ACTIVITY
    from hrdesk.services.activities import ActivityService
    from hrdesk.ui.widgets.field_widgets import DateEdit

    try:
        switch_language(qapp, language)
        assert format_date(dt.date(2019, 6, 14)) == expected
        edit = DateEdit(ACTIVITY["start_date"])
        edit.set_value(dt.date(2019, 6, 14))
        assert edit.text() == expected
        ActivityService(db).create({"title": "Atelier", "kind": "workshop", "start_date": dt.date(2019, 6, 14),
                                    "country": "GIN"})
        page = window.show_page("activities")
        page.refresh()
        model = page.table.model()
        texts = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
        assert expected in texts
    finally:
        switch_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_save_and_cancel_have_the_same_icons_in_every_language(qapp, window, language):
    from PySide6.QtWidgets import QDialogButtonBox

    try:
        switch_language(qapp, language)
        editor = window.show_page("activities").open_editor(None)
        for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            assert not editor.buttons.button(kind).icon().isNull(), (language, kind)
        editor.dirty = False
        editor.close()
    finally:
        switch_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_activity_editor_fits_its_real_size_in_every_language(qapp, window, language):
    """Every tab of the activity editor fits 1040 px (its real size) without cutting labels."""
    try:
        switch_language(qapp, language)
        editor = window.show_page("activities").open_editor(None)
        assert editor.minimumSizeHint().width() <= 1040, (language, editor.minimumSizeHint().width())
        editor.dirty = False
        editor.close()
    finally:
        switch_language(qapp, "en")


@pytest.mark.parametrize(("language", "expected"), [("fr", "12–13/12/2025"), ("es", "12–13/12/2025"),
                                                    ("en", "2025-12-12 – 2025-12-13")])
def test_a_period_within_one_month_reads_right_in_every_date_format(qapp, language, expected):
    """The short form (12–13/12/2025) only where the day comes first: with 2025-12-13 it read
    "12–2025-12-13" in the English activity list."""
    import datetime as dt

    from hrdesk.ui.labels import format_period

    try:
        switch_language(qapp, language)
        assert format_period(dt.date(2025, 12, 12), dt.date(2025, 12, 13)) == expected
        assert format_period(dt.date(2025, 11, 28), dt.date(2025, 12, 2)).count("2025") == 2
        early = format_period(dt.date(2025, 11, 5), dt.date(2025, 11, 6))   # both days written alike
        assert early == {"fr": "05–06/11/2025", "es": "5–6/11/2025", "en": "2025-11-05 – 2025-11-06"}[language]
    finally:
        switch_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_fits_a_1366_pixel_screen(qapp, window, language):
    """Filter lists fit about 16 characters whatever their longest label (long country and
    activity-kind names made the Activities page 1,433 pixels wide): every page with the
    navigation fits a 1366-pixel screen in each language."""
    from hrdesk.ui.main_window import PAGES

    try:
        switch_language(qapp, language)
        new = window.rebuild()
        for spec in PAGES:
            new.show_page(spec.key)
        assert new.minimumSizeHint().width() <= 1366 - 16, new.minimumSizeHint()
    finally:
        switch_language(qapp, "en")
