"""Risky changes are preceded by a verified backup: imports, consolidation, merges."""

from __future__ import annotations

import pytest

from hrdesk.cli import main as cli_main
from hrdesk.domain.errors import HRDeskError
from hrdesk.exchange import export_workbook, import_files
from hrdesk.safety import backups
from hrdesk.safety.backups import backup_before
from hrdesk.services.participants import ParticipantService
from hrdesk.storage.database import Database


def _reasons(db_or_path) -> list[str]:
    return [b.reason for b in backups.list_backups(db_or_path, counts=False)]


def _person(db, name: str, org: str = "Cour suprême") -> str:
    return ParticipantService(db).create({"full_name": name, "sex": "female", "organisation": org})["uuid"]


def test_merge_backs_up_first(db):
    keep, dup = _person(db, "Aminata Diallo"), _person(db, "DIALLO Aminata")
    assert not any("merge" in r for r in _reasons(db))
    ParticipantService(db).merge(keep, [dup], backup_first=backup_before)
    assert any("merge" in r for r in _reasons(db))


def test_merge_without_a_possible_backup_changes_nothing(db, monkeypatch):
    keep, dup = _person(db, "Aminata Diallo"), _person(db, "DIALLO Aminata")

    monkeypatch.setattr(backups, "make_backup", lambda *_a, **_k: (_ for _ in ()).throw(
        HRDeskError("The backup could not be made: no space left on the drive.")))
    with pytest.raises(HRDeskError, match="no space"):
        ParticipantService(db).merge(keep, [dup], backup_first=backup_before)
    assert ParticipantService(db).get(dup)["deleted"] is False


def test_import_and_consolidation_back_up_first(db, tmp_path, capsys):
    _person(db, "Aminata Diallo")
    out = tmp_path / "gn.xlsx"
    export_workbook(db, out, privacy="pseudonymised")
    import_files(db, [out])
    assert any("import" in r for r in _reasons(db))

    regional = tmp_path / "region.sqlite"
    assert cli_main(["consolidate", "--db", str(regional), str(out)]) == 0
    with Database.open(regional) as rdb:
        assert any("consolidation" in r for r in _reasons(rdb))
