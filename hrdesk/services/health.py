"""Database health: integrity, foreign keys, schema version (``hrdesk check``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from hrdesk.i18n import _, ngettext
from hrdesk.storage.database import (
    Database,
    PasswordPrompt,
    connect_raw,
    current_revision,
    head_revision,
    known_revisions,
)


@dataclass
class HealthReport:
    healthy: bool = True
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.healthy = False
        self.lines.append(line)


def check_server(location: str, ask_password: PasswordPrompt | None = None) -> HealthReport:
    """``hrdesk check`` of a server database: reachable, schema version, and the references
    between records (the server enforces foreign keys; what it cannot see is checked here:
    a live participation of a deleted activity or person).  ``ask_password``: as for
    :meth:`Database.open`, when the server wants a password libpq does not give."""
    report = HealthReport()
    try:
        db = Database.open(location, migrate=False, read_only=True, ask_password=ask_password)
    except Exception as exc:
        # the schema may be older (read-only opening refuses it): say so rather than fail blindly
        report.fail(str(exc))
        report.lines.append(_("Problems found"))
        return report
    try:
        with db.engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            report.lines.append(_("Connection: ok (PostgreSQL {version})").format(version=version))
            orphans = conn.execute(text(
                "SELECT count(*) FROM participations q JOIN activities a ON a.id = q.activity_id "
                "JOIN participants p ON p.id = q.participant_id WHERE q.deleted_at IS NULL "
                "AND (a.deleted_at IS NOT NULL OR p.deleted_at IS NOT NULL)")).scalar() or 0
        report.lines.append(_("Foreign keys: enforced by the server"))
        if orphans:
            report.lines.append(ngettext(
                "Note: {n} live participation belongs to a deleted activity or person (not counted in figures)",
                "Note: {n} live participations belong to a deleted activity or person (not counted in figures)",
                orphans).format(n=orphans))
        rev = current_revision(db.engine)
        report.lines.append(_("Schema version: {rev} (current)").format(rev=rev))
    finally:
        db.close()
    report.lines.append(_("Healthy") if report.healthy else _("Problems found"))
    return report


def check_database(path: Path, passphrase: str | None = None) -> HealthReport:
    """``passphrase``: of an encrypted database (read through SQLCipher).

    The check leaves no file behind: when the database has no write-ahead log (nobody has it
    open), it is read as an immutable file, so SQLite creates no ``-wal``/``-shm`` files."""
    report = HealthReport()
    path = Path(path)
    in_use = path.with_name(path.name + "-wal").exists()
    try:
        conn = connect_raw(path, passphrase, read_only=True, immutable=not in_use)
    except Exception as exc:
        report.fail(_("Cannot open {path}: {error}").format(path=path, error=exc))
        report.lines.append(_("Problems found"))
        return report
    try:
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except Exception as exc:  # sqlite3 or sqlcipher3
            report.fail(_("Not a readable SQLite database: {error}").format(error=exc))
            report.lines.append(_("Problems found"))
            return report
        if integrity == ["ok"]:
            report.lines.append(_("Integrity: ok"))
        else:
            report.fail(ngettext("Integrity: {n} problem: {first}", "Integrity: {n} problems: {first}",
                                 len(integrity)).format(n=len(integrity), first=integrity[0]))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.fail(ngettext("Foreign keys: {n} broken reference, in table {table}",
                                 "Foreign keys: {n} broken references, first in table {table}", len(fk)).format(
                n=len(fk), table=fk[0][0]))
        else:
            report.lines.append(_("Foreign keys: ok"))
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception:  # sqlite3 or sqlcipher3
            rev = None
        head = head_revision()
        if rev is None:
            report.fail(_("Schema version: missing (not an HRDesk database)"))
        elif rev[0] == head:
            report.lines.append(_("Schema version: {rev} (current)").format(rev=rev[0]))
        elif rev[0] in known_revisions():
            report.lines.append(_("Schema version: {rev} (will be upgraded to {head} when opened)").format(
                rev=rev[0], head=head))
        else:
            report.fail(_("Schema version: {rev} is newer than this HRDesk ({head})").format(rev=rev[0], head=head))
    finally:
        conn.close()
    report.lines.append(_("Healthy") if report.healthy else _("Problems found"))
    return report
