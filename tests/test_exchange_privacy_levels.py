"""Privacy levels meeting at a region (issue 13, item 5) and pseudonymised files that cannot
be linked row by row to a full file (issue 12, item 3)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from python_calamine import CalamineWorkbook
from test_exchange_support import SAMPLE_NAMES, fill_sample, new_db

from hrdesk.demo import fill as demo
from hrdesk.exchange import export_workbook, import_file
from hrdesk.exchange import format as F
from hrdesk.exchange.pseudonym import KEY_SETTING
from hrdesk.services import settings
from hrdesk.services.participants import ParticipantService
from hrdesk.storage import models as m


def _people(db) -> list[tuple[str, str, str | None]]:
    with db.read_session() as s:
        return sorted((p.full_name, p.sex, p.organisation) for p in s.query(m.Participant)
                      .filter(m.Participant.deleted_at.is_(None)))


def _participations(db) -> int:
    with db.read_session() as s:
        return s.query(m.Participation).filter(m.Participation.deleted_at.is_(None)).count()


@pytest.fixture
def guinea(tmp_path):
    gn = new_db(tmp_path, "GN")
    fill_sample(gn)
    export_workbook(gn, tmp_path / "pseudonymised.xlsx", privacy="pseudonymised")
    export_workbook(gn, tmp_path / "full.xlsx", privacy="full")
    yield gn
    gn.close()


def test_full_file_after_the_pseudonymised_one_names_the_same_people(tmp_path, guinea):
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "pseudonymised.xlsx").ok
    assert len(_people(region)) == 3 and _participations(region) == _participations(guinea)
    assert not {name for name, _s, _o in _people(region)} & set(SAMPLE_NAMES)
    result = import_file(region, tmp_path / "full.xlsx")
    assert result.ok and result.inserted == 0, result.message
    assert result.named == 3 and "3 people received earlier by pseudonym now have names" in result.message
    assert _people(region) == _people(guinea)  # three people, with their names; no copies
    assert _participations(region) == _participations(guinea)
    # later pseudonymised files of the office still reach the same people
    ParticipantService(guinea).create({"full_name": "Mariama Sow", "sex": "female"})
    export_workbook(guinea, tmp_path / "later.xlsx", privacy="pseudonymised")
    later = import_file(region, tmp_path / "later.xlsx")
    assert later.ok and later.inserted == 1 and not later.lookalikes
    assert len(_people(region)) == 4
    assert set(SAMPLE_NAMES) <= {name for name, _s, _o in _people(region)}
    region.close()


def test_pseudonymised_file_after_the_full_one_keeps_the_names(tmp_path, guinea):
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "full.xlsx").ok
    result = import_file(region, tmp_path / "pseudonymised.xlsx")
    assert result.ok and result.inserted == 0 and not result.lookalikes
    assert _people(region) == _people(guinea)
    assert _participations(region) == _participations(guinea)
    region.close()


def test_a_region_passes_on_the_office_pseudonyms(tmp_path, guinea):
    """Headquarters receives the same people from the office and from the region: one record."""
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "full.xlsx").ok
    export_workbook(region, tmp_path / "region.xlsx", privacy="pseudonymised")
    hq = new_db(tmp_path, "SL", "hq.sqlite")
    assert import_file(hq, tmp_path / "pseudonymised.xlsx").ok
    assert import_file(hq, tmp_path / "region.xlsx").ok
    assert len(_people(hq)) == 3 and _participations(hq) == _participations(guinea)
    region.close()
    hq.close()


def test_people_that_cannot_be_joined_are_reported(tmp_path, guinea):
    """An office that lost its pseudonym key (reinstalled) sends the same people under new
    pseudonyms: they are added, never merged, and the summary says they may be the same."""
    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "full.xlsx").ok
    with region.session() as s:  # as if they came in files of an older HRDesk, without pseudonyms
        s.query(m.Participant).update({m.Participant.pseudonym: None})
    with guinea.session() as s:
        settings.set_in(s, KEY_SETTING, "")
    export_workbook(guinea, tmp_path / "new-key.xlsx", privacy="pseudonymised")
    result = import_file(region, tmp_path / "new-key.xlsx")
    assert result.ok and result.inserted >= 3
    assert result.lookalikes == [("GN", 3, 3, False)]
    assert "3 people of GN were added by pseudonym while 3 of that office are here by name" in result.message
    assert len(_people(region)) == 6
    region.close()


# -- linkability (issue 12, item 3) ---------------------------------------------------------------

AGGREGATE = ("origin_office", "deleted", "sex", "age_group", "disability", "stakeholder_category", "country")


def _rows(path, sheet: str) -> tuple[list[str], list[tuple]]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    return [str(h) for h in rows[0]], [tuple(r) for r in rows[1:]]


def _unique_matches(full, pseudo, columns: list[str]) -> int:
    fh, frows = full
    ph, prows = pseudo
    fi, pi = [fh.index(c) for c in columns], [ph.index(c) for c in columns]
    in_full = Counter(tuple(_norm(c, r[i]) for c, i in zip(columns, fi, strict=True)) for r in frows)
    in_pseudo = Counter(tuple(_norm(c, r[i]) for c, i in zip(columns, pi, strict=True)) for r in prows)
    return sum(1 for key, n in in_pseudo.items() if n == 1 and in_full.get(key) == 1)


def _norm(column: str, value):
    if column == "updated_at" and value:  # what an attacker would compare: the day
        return str(value)[:10]
    return value


def test_pseudonymised_rows_cannot_be_linked_to_the_full_export(tmp_path):
    db = new_db(tmp_path, "GN")
    demo.fill(db, "small", seed=5)
    export_workbook(db, tmp_path / "full.xlsx", privacy="full")
    export_workbook(db, tmp_path / "pseudo.xlsx", privacy="pseudonymised")
    full, pseudo = _rows(tmp_path / "full.xlsx", "Participants"), _rows(tmp_path / "pseudo.xlsx", "Participants")
    assert len(full[1]) == len(pseudo[1]) > 1000
    shared = [c for c in pseudo[0] if c in full[0] and c not in ("uuid",) and not c.endswith(("_label", "_name"))]
    # no quasi-identifier travels below full privacy
    assert not {"organisation", "position", "birth_year", "consent_date", "pseudonym"} & set(pseudo[0])
    baseline = _unique_matches(full, pseudo, list(AGGREGATE))
    assert _unique_matches(full, pseudo, shared) <= baseline
    # the order says nothing either: rows follow their pseudonyms, not the database's order
    uuids = [r[pseudo[0].index("uuid")] for r in pseudo[1]]
    assert uuids == sorted(uuids)
    # and no row carries its exact edit time
    stamps = {r[pseudo[0].index("updated_at")] for r in pseudo[1]}
    assert len(stamps) == 1 and dt.datetime.fromisoformat(str(stamps.pop())).time() == dt.time()
    # the same for participations: pseudonym order, no certificate numbers
    ph, prows = _rows(tmp_path / "pseudo.xlsx", "Participations")
    assert "certificate_number" not in ph
    ids = [r[ph.index("uuid")] for r in prows]
    assert ids == sorted(ids)
    db.close()


def test_merge_order_of_people_does_not_depend_on_the_privacy_of_the_file(tmp_path):
    """Two offices change the same person at once; one region gets the full files, another a
    full and a pseudonymised one: both keep the same version."""
    gn = new_db(tmp_path, "GN")
    sample = fill_sample(gn)
    person = sample["people"][0]["uuid"]
    export_workbook(gn, tmp_path / "base.xlsx", privacy="full")
    sl = new_db(tmp_path, "SL")
    assert import_file(sl, tmp_path / "base.xlsx").ok
    ParticipantService(gn).update(person, {"sex": "female", "country": "GIN"})
    ParticipantService(sl).update(person, {"sex": "male", "country": "SLE"})
    export_workbook(gn, tmp_path / "gn.xlsx", privacy="full")
    export_workbook(sl, tmp_path / "sl-full.xlsx", privacy="full")
    export_workbook(sl, tmp_path / "sl-pseudo.xlsx", privacy="pseudonymised")
    kept = []
    for i, files in enumerate((["base.xlsx", "gn.xlsx", "sl-full.xlsx"], ["base.xlsx", "sl-pseudo.xlsx", "gn.xlsx"])):
        region = new_db(tmp_path, "RO", f"region{i}.sqlite")
        for name in files:
            assert import_file(region, tmp_path / name).ok
        with region.read_session() as s:
            p = s.query(m.Participant).filter_by(uuid=person).one()
            kept.append((p.sex, p.country, p.version))
        region.close()
    assert kept[0] == kept[1]
    gn.close()
    sl.close()


def test_old_files_without_the_new_columns_still_import(tmp_path, monkeypatch):
    gn = new_db(tmp_path, "GN")
    fill_sample(gn)
    original = F.columns_for
    monkeypatch.setattr(F, "columns_for", lambda sheet, privacy: tuple(
        c for c in original(sheet, privacy) if c.name not in ("versions", "pseudonym")))
    export_workbook(gn, tmp_path / "old.xlsx", privacy="full")
    monkeypatch.undo()
    assert "versions" not in _rows(tmp_path / "old.xlsx", "Activities")[0]
    region = new_db(tmp_path, "RO")
    result = import_file(region, tmp_path / "old.xlsx")
    assert result.ok and result.inserted > 0
    assert _people(region) == _people(gn)
    gn.close()
    region.close()


def test_a_full_file_naming_a_person_by_the_pseudonym_it_also_gives_is_rejected_not_a_crash(tmp_path, guinea):
    """A (hand-edited) full file whose participation names a person by the pseudonym that its
    Participants sheet gives with the person's uuid, after the pseudonymised file: the import
    used to crash (KeyError) once the person took their uuid; it is refused with the row."""
    import openpyxl

    from hrdesk.exchange.importer import REJECTED

    region = new_db(tmp_path, "RO")
    assert import_file(region, tmp_path / "pseudonymised.xlsx").ok
    wb = openpyxl.load_workbook(tmp_path / "full.xlsx")
    people, parts = wb["Participants"], wb["Participations"]
    head_people = [c.value for c in people[1]]
    head_parts = [c.value for c in parts[1]]
    pseudonyms = {r[head_people.index("uuid")].value: r[head_people.index("pseudonym")].value
                  for r in people.iter_rows(min_row=2)}
    cell = parts.cell(row=2, column=head_parts.index("participant") + 1)
    cell.value = pseudonyms[cell.value]   # …in a participation new to the region
    parts.cell(row=2, column=head_parts.index("uuid") + 1).value = "0b7f3c2e-5a4d-4e8f-9c1a-2d3e4f5a6b7c"
    parts.cell(row=2, column=head_parts.index("pseudonym") + 1).value = None
    wb.save(tmp_path / "edited.xlsx")
    before = _people(region), _participations(region)
    result = import_file(region, tmp_path / "edited.xlsx", accept_modified=True)
    assert result.status == REJECTED
    assert "Participations, row 2, participant" in str(result.problems[0]), result.problems
    assert (_people(region), _participations(region)) == before
    region.close()
