"""Encryption at rest with SQLCipher (``sqlcipher3-binary``).

Service API (Settings page, start-up passphrase prompt, ``hrdesk encrypt/decrypt``)::

    encryption_available() -> bool         # False: the app runs unencrypted…
    encryption_status() -> str             # …and Settings shows this sentence
    is_encrypted(path) -> bool             # ask for a passphrase before Database.open(path, passphrase=…)
    check_passphrase(path, passphrase) -> bool   # read-only: the file is never touched
    passphrase_problems(passphrase) -> list[str] # too short… (for a new passphrase)
    encrypt_database(path, passphrase, lock=None) -> ConversionResult
    decrypt_database(path, passphrase, lock=None) -> ConversionResult
    change_passphrase(path, old, new, lock=None) -> ConversionResult

Opening: ``Database.open(path, passphrase=…)``; without one an encrypted file raises
:class:`PassphraseNeeded`, a wrong one :class:`WrongPassphrase` (both ``DatabaseError``).
The passphrase lives in memory only (``Database.passphrase``, used to encrypt backups);
HRDesk never writes it anywhere.

Converting makes a verified backup first, writes the converted copy with
``sqlcipher_export`` beside the database, checks it (integrity and same row counts in
every table), then swaps it in atomically.  Encrypting also encrypts the database's
existing plain backups (a plain copy of the names left in ``backups/`` would defeat the
purpose); decrypting leaves backups encrypted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from hrdesk.domain.errors import DatabaseError, HRDeskError
from hrdesk.i18n import _
from hrdesk.safety import backups
from hrdesk.safety.atomic import disk_errors, fsync_file
from hrdesk.safety.lock import WriterLock, acquire_writer_lock
from hrdesk.safety.restore import checkpoint, safety_copy, swap_in
from hrdesk.storage import database as dbmod
from hrdesk.storage.database import (
    PassphraseNeeded,
    WrongPassphrase,
    is_encrypted,
    key_pragma,
    passphrase_opens,
)

__all__ = ["ConversionResult", "PassphraseNeeded", "WrongPassphrase", "change_passphrase", "check_passphrase",
           "decrypt_database", "encrypt_database", "encryption_available", "encryption_status", "is_encrypted",
           "passphrase_problems"]

log = logging.getLogger("hrdesk.safety.crypto")
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    safety_backup: Path | None
    converted_backups: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def encryption_available() -> bool:
    module = dbmod.sqlcipher_module()
    if module is None:
        return False
    try:
        conn = module.connect(":memory:")
        try:
            return bool(conn.execute("PRAGMA cipher_version").fetchone())
        finally:
            conn.close()
    except Exception:  # pragma: no cover - broken installation
        return False


def encryption_status() -> str:
    if encryption_available():
        return _("Encryption at rest is available (SQLCipher).")
    return _("Encryption is not available on this computer (SQLCipher is not installed): "
             "the database is stored unencrypted.")


def check_passphrase(path: Path | str, passphrase: str) -> bool:
    return passphrase_opens(Path(path), passphrase)


def passphrase_problems(passphrase: str) -> list[str]:
    problems = []
    if len(passphrase) < MIN_PASSPHRASE:
        problems.append(_("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE))
    if passphrase != passphrase.strip():
        problems.append(_("The passphrase must not start or end with a space."))
    return problems


def _need_sqlcipher():
    module = dbmod.sqlcipher_module()
    if module is None or not encryption_available():
        raise HRDeskError(encryption_status())
    return module


def _tables(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def export(source: Path, source_pass: str | None, target: Path, target_pass: str | None) -> None:
    """Write ``target`` (a new file) with ``source``'s content under ``target_pass`` ('' / None: plain)."""
    module = _need_sqlcipher()
    target.unlink(missing_ok=True)
    with disk_errors(target, _("the converted database")):
        conn = module.connect(str(source))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if source_pass is not None:
                conn.execute(key_pragma(source_pass))
            before = _tables(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), target_pass or ""))
            # a new temporary file, verified and synced below: no journal, no sync per table
            conn.execute("PRAGMA target.synchronous = OFF")
            conn.execute("PRAGMA target.journal_mode = OFF")
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {int(version)}")
            conn.commit()
            after = _tables(conn, "target")
            ok = conn.execute("PRAGMA target.integrity_check").fetchone()[0]
            conn.execute("DETACH DATABASE target")
        except module.DatabaseError as exc:
            conn.close()
            target.unlink(missing_ok=True)
            if "not a database" in str(exc):
                raise WrongPassphrase(_("The passphrase does not open {path}. Nothing was changed.").format(
                    path=source)) from None
            raise
        conn.close()
    if ok == "ok" and before == after:
        with disk_errors(target, _("the converted database")):
            fsync_file(target)
    else:
        target.unlink(missing_ok=True)
        raise DatabaseError(_("The converted copy of {path} did not match the original; nothing was changed.").format(
            path=source))


def _convert(path: Path, old: str | None, new: str | None, reason: str, lock: WriterLock | None) -> ConversionResult:
    path = Path(path).expanduser()
    if not path.is_file():
        raise HRDeskError(_("No database at {path}.").format(path=path))
    own = lock is None
    if own:
        lock = acquire_writer_lock(path)
        if not lock.acquired:
            raise HRDeskError(lock.message)
    try:
        if old is not None and not passphrase_opens(path, old):
            raise WrongPassphrase(_("The passphrase does not open {path}. Nothing was changed.").format(path=path))
        safety = safety_copy(path, old, reason)
        checkpoint(path, old)
        tmp = path.with_name(f".{path.name}.convert")
        export(path, old, tmp, new)
        swap_in(tmp, path, old)
        log.info("database converted (%s)", reason)
        return ConversionResult(path, safety)
    finally:
        if own and lock is not None:
            lock.release()


def encrypt_database(path: Path | str, passphrase: str, *, lock: WriterLock | None = None,
                     encrypt_backups: bool = True) -> ConversionResult:
    """Encrypt a plain database in place (and, by default, its plain backups)."""
    path = Path(path).expanduser()
    _need_sqlcipher()
    problems = passphrase_problems(passphrase)
    if problems:
        raise HRDeskError(" ".join(problems))
    if is_encrypted(path):
        raise HRDeskError(_("{path} is already encrypted (or is not a database).").format(path=path))
    result = _convert(path, None, passphrase, "before-encrypt", lock)
    converted, warnings = [], []
    if encrypt_backups:
        for info in backups.list_backups(path, counts=False):
            if info.encrypted:
                continue
            try:
                tmp = info.path.with_name("." + info.path.name + ".convert")
                export(info.path, None, tmp, passphrase)
                swap_in(tmp, info.path, None)
                converted.append(info.path)
            except HRDeskError as exc:
                warnings.append(str(exc))
    return ConversionResult(result.path, result.safety_backup, converted, warnings)


def decrypt_database(path: Path | str, passphrase: str, *, lock: WriterLock | None = None) -> ConversionResult:
    """Store an encrypted database unencrypted again (its backups stay encrypted)."""
    path = Path(path).expanduser()
    _need_sqlcipher()
    if not is_encrypted(path):
        raise HRDeskError(_("{path} is not encrypted.").format(path=path))
    return _convert(path, passphrase, None, "before-decrypt", lock)


def change_passphrase(path: Path | str, old: str, new: str, *, lock: WriterLock | None = None) -> ConversionResult:
    """Re-encrypt an encrypted database under a new passphrase."""
    path = Path(path).expanduser()
    _need_sqlcipher()
    problems = passphrase_problems(new)
    if problems:
        raise HRDeskError(" ".join(problems))
    if not is_encrypted(path):
        raise HRDeskError(_("{path} is not encrypted.").format(path=path))
    return _convert(path, old, new, "before-rekey", lock)
