"""Files HRDesk writes replace only regular files: a device, a FIFO or a folder given as the
destination is refused with one clear line (nothing written, the special file intact), and
new files get the user's usual permissions (0666 less the umask), not 0600."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from hrdesk.cli import main
from hrdesk.safety.atomic import NotAFileError, atomic_path
from hrdesk.services.activities import ActivityService


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _specials(tmp_path: Path) -> dict[str, Path]:
    tmp_path.mkdir()
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    device = tmp_path / "full.xlsx"
    device.symlink_to("/dev/full")  # a link: were it replaced, only the link would go
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    return {"fifo": fifo, "device": device, "folder": folder}


def _intact(paths: dict[str, Path]) -> None:
    assert stat.S_ISFIFO(os.lstat(paths["fifo"]).st_mode)
    assert stat.S_ISCHR(os.stat(paths["device"]).st_mode)
    assert paths["folder"].is_dir() and not any(paths["folder"].iterdir())
    assert not [p for p in paths["fifo"].parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_cli_writers_refuse_devices_fifos_and_folders(db, db_path, tmp_path, capsys):
    ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                "country": "GIN"})
    specials = _specials(tmp_path / "out")
    for kind, path in specials.items():
        for args in (["report", "--from", "2024-01-01", "--to", "2024-12-31", "--xlsx", path],
                     ["report", "--from", "2024-01-01", "--to", "2024-12-31", "--pdf", path.with_suffix(".pdf")]
                     if kind == "folder" else None,
                     ["template", "--out", path],
                     ["export", "--out", path]):
            if args is None:
                continue
            if "--pdf" in args:
                path.with_suffix(".pdf").mkdir()
            code = main([str(a) for a in [*args, *(["--db", db_path] if args[0] != "template" else [])]])
            line = _one_line(capsys.readouterr().err)
            assert code != 0, (kind, args)
            assert "is not an ordinary file" in line, (kind, args, line)
            if "--pdf" in args:
                path.with_suffix(".pdf").rmdir()
    _intact(specials)


def test_files_get_the_users_usual_permissions(db, db_path, tmp_path, capsys, umask_022):
    ActivityService(db).create({"title": "Radio campaign", "kind": "training", "start_date": dt.date(2024, 3, 4),
                                "country": "GIN"})
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", "--from", "2024-01-01", "--to", "2024-12-31", "--xlsx", str(out / "r.xlsx"),
                 "--pdf", str(out / "r.pdf"), "--db", str(db_path)]) == 0, capsys.readouterr().err
    assert main(["template", "--out", str(out / "t.xlsx")]) == 0
    assert main(["export", "--out", str(out / "e.xlsx"), "--db", str(db_path)]) == 0, capsys.readouterr().err
    for name in ("r.xlsx", "r.pdf", "t.xlsx", "e.xlsx"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o644, name
    os.umask(0o077)
    (out / "r.xlsx").unlink()
    assert main(["report", "--from", "2024-01-01", "--to", "2024-12-31", "--xlsx", str(out / "r.xlsx"),
                 "--db", str(db_path)]) == 0
    assert stat.S_IMODE((out / "r.xlsx").stat().st_mode) == 0o600


def test_a_link_to_a_regular_file_is_written_through(tmp_path):
    real = tmp_path / "real.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    with atomic_path(link) as tmp:
        tmp.write_bytes(b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_atomic_path_refuses_before_the_block_runs(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    ran = []
    with pytest.raises(NotAFileError, match="not an ordinary file"), atomic_path(fifo):
        ran.append(True)
    assert not ran and stat.S_ISFIFO(os.lstat(fifo).st_mode)
