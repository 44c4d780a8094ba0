"""Date fields follow the interface language, always with a four-digit year."""

from __future__ import annotations

import pytest

from hrdesk.ui.i18n import switch_language
from hrdesk.ui.widgets.field_widgets import date_format


@pytest.mark.parametrize(("language", "expected"), [("fr", "dd/MM/yyyy"), ("es", "d/M/yyyy"),
                                                    ("en", "yyyy-MM-dd")])
def test_date_fields_use_the_language_s_day_first_format(qapp, language, expected):
    try:
        switch_language(qapp, language)
        assert date_format() == expected
    finally:
        switch_language(qapp, "en")
