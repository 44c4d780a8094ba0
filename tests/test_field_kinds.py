"""Each field kind is declared once: one KindSpec (check, exchange cell, widths) in
hrdesk.domain.kinds, one parser in hrdesk.intake.values.PARSERS, one editor widget in
hrdesk.ui.widgets.field_widgets.WIDGETS (tests/ui/test_field_widget_registry.py).  Adding a
Kind without them fails here.  Field-specific behaviour is an attribute of the record
definition, and lists of people's columns come from records.py."""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest
from openpyxl import load_workbook

from hrdesk.domain import kinds
from hrdesk.domain.fields import Field, Kind
from hrdesk.domain.records import (
    ACTIVITY,
    PARTICIPANT,
    PARTICIPATION,
    PARTICIPATION_LIST_FIELDS,
    PERSON_GRID_FIELDS,
    PERSON_LIST_FIELDS,
)
from hrdesk.domain.validation import check_field
from hrdesk.exchange import format as F
from hrdesk.i18n import Translator
from hrdesk.intake import people, template, values
from hrdesk.intake.values import PARSERS, CellError, parse_field


def test_every_kind_has_exactly_one_spec_and_one_parser():
    declared = [s.kind for s in kinds._SPECS]
    assert sorted(declared) == sorted(Kind), "each Kind needs exactly one KindSpec"
    assert set(kinds.KIND_SPECS) == set(Kind)
    assert set(PARSERS) == set(Kind), "each Kind needs exactly one parser"
    for spec in kinds.KIND_SPECS.values():
        assert callable(spec.check) and callable(PARSERS[spec.kind])
        assert spec.cell in (F.TEXT, F.INT, F.FLOAT, F.DATE, F.BOOL, F.LIST, F.GRID)
        assert spec.exchange_width > 0 and spec.template_width > 0
        assert (spec.cell == F.LIST) == spec.kind.is_list


def test_exchange_columns_take_cell_and_width_from_the_kind_spec():
    for sheet in F.SHEETS:
        for col in sheet.fields:
            spec = kinds.KIND_SPECS[sheet.record_type[col.field].kind]
            assert (col.cell, col.width) == (spec.cell, spec.exchange_width), col.name


def test_check_field_is_the_kinds_check():
    f = Field("contact", Kind.EMAIL, "E-mail", max_length=5)
    assert check_field(f, "not-an-address") == ["At most 5 characters.", "Not a valid e-mail address."]
    assert check_field(Field("n", Kind.YEAR, "Year", minimum=1900), 1800) == ["Must be at least 1900."]
    assert check_field(Field("t", Kind.SDG_TARGETS, "T"), ["16.3", "99.9", "16.3"]) == [
        "Unknown SDG target '99.9'.", "The same value is listed twice."]
    assert check_field(Field("g", Kind.REACH_GRID, "G"), {("women", "18_24"): -1}) == [
        "Counts must be whole numbers, not negative."]
    assert check_field(Field("d", Kind.DATE, "D", required=True), None) == ["This field is required."]
    assert check_field(Field("d", Kind.DATE, "D"), dt.datetime(2024, 1, 1)) == ["Expected a date."]


def test_parse_field_is_the_kinds_parser():
    assert parse_field(ACTIVITY["start_date"], "14/06/2019") == dt.date(2019, 6, 14)
    assert parse_field(PARTICIPANT["phone"], 224620000000.0) == "224620000000"
    assert parse_field(ACTIVITY["countries_covered"], "Guinea; SEN") == ["GIN", "SEN"]
    with pytest.raises(CellError, match="cannot be imported"):
        parse_field(ACTIVITY["reach_by_age"], "women/18_24=3")


def test_no_field_name_is_tested_in_the_generic_kind_code():
    from hrdesk.domain import validation

    generic = "".join(inspect.getsource(obj) for obj in (
        kinds, validation.check_field, values.parse_field, values._parse_text, template._width,
        template._choice_list_key, F._field_columns))
    assert not re.findall(r"\.(?:name|key)\s*(?:==|!=|in|not in)\s*[(\[{\"']", generic)  # name == "title"


def test_a_field_sets_its_own_template_width():
    assert template._width(ACTIVITY["title"]) == 36   # was a test of the name "title" inside _width
    assert template._width(Field("headline", Kind.TEXT, "Headline", width=40)) == 40
    assert template._width(Field("summary", Kind.MULTILINE, "Summary")) == 40
    assert template._width(PARTICIPATION["role"]) == 13


def test_lists_of_people_take_their_columns_from_the_record_definitions(tmp_path):
    tr = Translator("en")
    assert [c.key for c in template.participant_columns(tr)] == \
        ["activity_ref", *PERSON_LIST_FIELDS, *PARTICIPATION_LIST_FIELDS]
    listed = (*PERSON_LIST_FIELDS, *PARTICIPATION_LIST_FIELDS)
    assert [k for k in people.PERSON_KEYS if k in listed] == list(listed)
    assert people.PARTICIPATION_KEYS == PARTICIPATION_LIST_FIELDS
    assert all(n in PARTICIPANT for n in PERSON_LIST_FIELDS) and set(PERSON_GRID_FIELDS) <= set(PERSON_LIST_FIELDS)
    assert all(n in PARTICIPATION for n in PARTICIPATION_LIST_FIELDS)
    path = template.write_template(tmp_path / "t.xlsx")
    ws = load_workbook(path)["Participants"]
    widths = {c.key: ws.column_dimensions[chr(ord("A") + i)].width
              for i, c in enumerate(template.participant_columns(tr))}
    assert widths["full_name"] == widths["organisation"] == 26 and widths["role"] == 13
