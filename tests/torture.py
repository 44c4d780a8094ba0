"""Crash-safety self-test: a child process writes through the services and is killed with
SIGKILL at random moments; after each kill the database must be intact.

A test harness, not part of the product.  Used by ``tests/test_safety_torture.py`` (≥ 50 kills) and ``benchmarks/bench_torture.py``
(≥ 500 kills).  POSIX only (``os.fork`` + ``SIGKILL``).

The child loops over random operations, each one transaction through the service layer:

* ``B`` batch import: one activity, *n* participants and their *n* participations, all
  tagged with one random tag (all or none must exist);
* ``E`` edit a participant; ``M`` merge two participants; ``D`` delete an activity;
* ``K`` a verified backup (``backup_before(db, "import")``).

After each commit it appends a line to a report file and fsyncs it, so every reported
change was committed.  :func:`check` then verifies ``PRAGMA integrity_check``,
``PRAGMA foreign_key_check``, that every reported change is present, that every tagged
group is complete (nothing half-applied), that each participant's and activity's
``version`` equals the number of its audit entries (data and audit in one transaction),
and that every file under a backup's final name passes ``integrity_check``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import select
import signal
import time
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path

TITLE_PREFIX = "Torture "


@dataclass
class CheckResult:
    integrity_failures: int = 0
    lost_commits: int = 0
    half_applied: int = 0
    problems: list[str] = field(default_factory=list)
    reported: int = 0

    @property
    def ok(self) -> bool:
        return not (self.integrity_failures or self.lost_commits or self.half_applied)


@dataclass
class TortureSummary:
    kills: int = 0
    reported_commits: int = 0
    integrity_failures: int = 0
    lost_commits: int = 0
    half_applied: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def prepare(db_path: Path, passphrase: str | None = None) -> None:
    from hrdesk.services import offices
    from hrdesk.storage.database import Database

    with Database.open(db_path, passphrase=passphrase) as db:
        offices.configure(db, {"code": "GN", "name": "Torture office", "kind": "country_office",
                               "country": "GIN"}, "Torture")


def _report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode("ascii"))
    os.fsync(fd)


def child_main(db_path: Path, report_path: Path, seed: int, passphrase: str | None = None,
               backup_every: int = 12, ready_fd: int | None = None) -> None:
    """Run random transactions until killed (never returns normally)."""
    from sqlalchemy import select

    from hrdesk.safety.backups import backup_before
    from hrdesk.services.activities import ActivityService
    from hrdesk.services.participants import ParticipantService
    from hrdesk.services.participations import ParticipationService
    from hrdesk.storage import models as m
    from hrdesk.storage.database import Database

    rng = random.Random(seed)
    fd = os.open(report_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    db = Database.open(db_path, passphrase=passphrase)
    acts, people, parts = ActivityService(db), ParticipantService(db), ParticipationService(db)
    for service in (acts, people, parts):
        _ = service.actor  # read once, outside the transactions (an encrypted connection is slow to open)
    if ready_fd is not None:  # the database is open: the parent starts its random delay now
        with contextlib.suppress(OSError):  # the parent did not wait (an early kill)
            os.write(ready_fd, b"R")
        os.close(ready_fd)
    step = 0
    while True:
        step += 1
        op = rng.random()
        if backup_every and rng.random() < 1 / backup_every:
            info = backup_before(db, "import")
            _report(fd, f"K {info.path.name}")
            continue
        if op < 0.45:
            tag, n = uuid_module.uuid4().hex[:12], rng.randint(2, 6)
            with db.session() as s:
                activity = acts.create_in(s, {"title": f"{TITLE_PREFIX}{tag} {n}", "kind": "training",
                                              "start_date": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300)),
                                              "country": "GIN"})
                for i in range(n):
                    person = people.create_in(s, {"full_name": f"Person {tag} {i}", "position": tag,
                                                  "sex": rng.choice(["female", "male", "undisclosed"]),
                                                  "country": "GIN"})
                    parts.create_in(s, {"activity": activity.uuid, "participant": person.uuid})
            _report(fd, f"B {tag} {n}")
            continue
        with db.read_session() as s:
            live = s.scalars(select(m.Participant.uuid).where(m.Participant.deleted_at.is_(None))
                             .order_by(m.Participant.id.desc()).limit(40)).all()
        if op < 0.75 and live:
            target = rng.choice(live)
            row = people.update(target, {"notes": f"edit {step} {rng.random():.6f}"})
            _report(fd, f"E {target} {row['version']}")
        elif op < 0.92 and len(live) >= 2:
            keep, dup = rng.sample(list(live), 2)
            row = people.merge(keep, [dup], backup_first=backup_before)
            _report(fd, f"M {keep} {dup} {row['version']}")
        else:
            with db.read_session() as s:
                candidates = s.scalars(select(m.Activity.uuid).where(m.Activity.deleted_at.is_(None))
                                       .order_by(m.Activity.id.desc()).limit(20)).all()
            if candidates:
                target = rng.choice(candidates)
                acts.delete([target])
                with db.read_session() as s:
                    version = s.scalar(select(m.Activity.version).where(m.Activity.uuid == target))
                _report(fd, f"D {target} {version}")


def _connect(db_path: Path, passphrase: str | None):
    from hrdesk.storage.database import connect_raw

    return connect_raw(db_path, passphrase)


def check(db_path: Path, report_path: Path, passphrase: str | None = None) -> CheckResult:
    """Verify the database after a kill (see the module doc)."""
    result = CheckResult()
    try:
        conn = _connect(db_path, passphrase)
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except Exception as exc:
        result.integrity_failures += 1
        result.problems.append(f"cannot open: {exc}")
        return result
    try:
        if integrity != ["ok"]:
            result.integrity_failures += 1
            result.problems.append(f"integrity: {integrity[:3]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            result.integrity_failures += 1
            result.problems.append(f"foreign keys: {fk[:3]}")
        _check_reported(conn, report_path, result)
        _check_groups(conn, result)
        _check_audit(conn, result)
    finally:
        conn.close()
    _check_backups(db_path, passphrase, result)
    return result


def _reported_lines(report_path: Path) -> list[list[str]]:
    if not report_path.exists():
        return []
    text = report_path.read_bytes().decode("ascii", "replace")
    lines = text.split("\n")[:-1]  # the last piece has no newline: an interrupted write
    return [line.split() for line in lines if line]


def _check_reported(conn, report_path: Path, result: CheckResult) -> None:
    for parts in _reported_lines(report_path):
        result.reported += 1
        kind = parts[0]
        if kind == "B":
            tag, n = parts[1], int(parts[2])
            found = conn.execute("SELECT count(*) FROM activities WHERE title = ?",
                                 (f"{TITLE_PREFIX}{tag} {n}",)).fetchone()[0]
            if found != 1:
                result.lost_commits += 1
                result.problems.append(f"batch {tag} lost")
        elif kind == "E":
            row = conn.execute("SELECT version FROM participants WHERE uuid = ?", (parts[1],)).fetchone()
            if row is None or row[0] < int(parts[2]):
                result.lost_commits += 1
                result.problems.append(f"edit {parts[1]} v{parts[2]} lost (found {row})")
        elif kind == "M":
            keep = conn.execute("SELECT version FROM participants WHERE uuid = ?", (parts[1],)).fetchone()
            dup = conn.execute("SELECT deleted_at FROM participants WHERE uuid = ?", (parts[2],)).fetchone()
            if keep is None or keep[0] < int(parts[3]) or dup is None or dup[0] is None:
                result.lost_commits += 1
                result.problems.append(f"merge {parts[1]} <- {parts[2]} lost")
        elif kind == "D":
            row = conn.execute("SELECT version, deleted_at FROM activities WHERE uuid = ?", (parts[1],)).fetchone()
            if row is None or row[1] is None or row[0] < int(parts[2]):
                result.lost_commits += 1
                result.problems.append(f"delete {parts[1]} lost")


def _check_groups(conn, result: CheckResult) -> None:
    tags = {}
    for (title,) in conn.execute("SELECT title FROM activities WHERE title LIKE ?", (TITLE_PREFIX + "%",)):
        tag, n = title[len(TITLE_PREFIX):].split()
        tags[tag] = int(n)
    for tag, n in tags.items():
        people = conn.execute("SELECT count(*) FROM participants WHERE position = ?", (tag,)).fetchone()[0]
        parts = conn.execute(
            "SELECT count(*) FROM participations q JOIN activities a ON a.id = q.activity_id WHERE a.title = ?",
            (f"{TITLE_PREFIX}{tag} {n}",)).fetchone()[0]
        if people != n or parts != n:
            result.half_applied += 1
            result.problems.append(f"batch {tag}: {people} people, {parts} participations, expected {n}")
    orphans = conn.execute("SELECT DISTINCT position FROM participants WHERE position IS NOT NULL").fetchall()
    for (tag,) in orphans:
        if tag not in tags:
            result.half_applied += 1
            result.problems.append(f"people tagged {tag} without their activity")


def _check_audit(conn, result: CheckResult) -> None:
    for table, record_type in (("participants", "participant"), ("activities", "activity")):
        bad = conn.execute(
            f"SELECT t.uuid, t.version, (SELECT count(*) FROM audit_log a WHERE a.record_uuid = t.uuid "
            f"AND a.record_type = ?) AS n FROM {table} t WHERE t.version != n", (record_type,)).fetchall()
        if bad:
            result.half_applied += len(bad)
            result.problems.append(f"{table}: version and audit disagree for {len(bad)} record(s), e.g. {bad[0]}")


def _check_backups(db_path: Path, passphrase: str | None, result: CheckResult) -> None:
    from hrdesk.safety.backups import backup_folder, verify_backup

    folder = backup_folder(db_path)
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        status = verify_backup(path, passphrase)
        if status != "ok":
            result.integrity_failures += 1
            result.problems.append(f"backup {path.name}: {status}")


def run(db_path: Path, kills: int, *, seed: int = 1, min_delay: float = 0.03, max_delay: float = 0.4,
        passphrase: str | None = None, backup_every: int = 12, stop_on_failure: bool = True,
        early_kills: float = 0.1) -> TortureSummary:
    """Fork a writer, SIGKILL it after a random delay, check; ``kills`` times.

    The delay starts when the child has opened the database, except for a fraction
    ``early_kills`` of the runs, killed during start-up (opening, recovery of the log)."""
    db_path = Path(db_path)
    report_path = db_path.with_name(db_path.name + ".committed")
    if not db_path.exists():
        prepare(db_path, passphrase)
    rng = random.Random(seed)
    summary = TortureSummary()
    started = time.monotonic()
    for i in range(kills):
        child_seed = rng.randrange(1 << 30)
        early = rng.random() < early_kills  # some kills land while the child opens the database
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child is killed
            try:
                os.close(read_end)
                child_main(db_path, report_path, child_seed, passphrase, backup_every, write_end)
            finally:
                os._exit(3)
        os.close(write_end)
        if not early:  # wait until the child works (a loaded machine makes start-up slow)
            select.select([read_end], [], [], 30)
        os.close(read_end)
        time.sleep(rng.uniform(min_delay, max_delay))
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            summary.problems.append(f"child {i} ended by itself (status {status}): it failed before the kill")
        summary.kills += 1
        result = check(db_path, report_path, passphrase)
        summary.reported_commits = result.reported
        summary.integrity_failures += result.integrity_failures
        summary.lost_commits += result.lost_commits
        summary.half_applied += result.half_applied
        summary.problems += result.problems
        if stop_on_failure and (not result.ok or summary.problems):
            break
    summary.seconds = time.monotonic() - started
    return summary


__all__ = ["CheckResult", "TortureSummary", "check", "child_main", "prepare", "run"]
