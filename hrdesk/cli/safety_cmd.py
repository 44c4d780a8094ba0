"""``hrdesk backup``, ``hrdesk backups``, ``hrdesk restore``, ``hrdesk encrypt``, ``hrdesk decrypt``.

Passphrases come from ``--passphrase-file FILE``, the environment variable
``HRDESK_PASSPHRASE`` or a prompt — never from the command line itself.
"""

from __future__ import annotations

import argparse

from hrdesk.cli.common import (
    add_db_option,
    add_passphrase_option,
    database_path,
    open_database,
    writer_lock,
)
from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _, ngettext
from hrdesk.safety import backups, crypto, restore, server_backup
from hrdesk.safety.passphrase import get_passphrase, passphrase_for
from hrdesk.storage.database import is_server_location


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=_("make a verified backup of the database now"))
    add_db_option(p)
    p.add_argument("--out", metavar="FILE", help=_("write the backup to this file (default: the backups folder)"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help=_("list the backups of the database with their dates and record counts"))
    add_db_option(p)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=_("replace the database by a backup (the current one is backed up first)"))
    p.add_argument("file", metavar="FILE", help=_("the backup file to restore"))
    add_db_option(p, passphrase=False)
    add_passphrase_option(p, _("file holding the backup's passphrase, when it is encrypted"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("encrypt", help=_("encrypt the database (and its backups) with a passphrase"))
    add_db_option(p, passphrase=False)
    add_passphrase_option(p, _("file holding the new passphrase (or set HRDESK_PASSPHRASE, or type it twice)"))
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("decrypt", help=_("store an encrypted database unencrypted again"))
    add_db_option(p)
    p.set_defaults(func=cmd_decrypt)


def _server_refusal(path, what: str) -> None:
    """Refuse, with the way to do it, what only a SQLite file has."""
    if not is_server_location(path):
        return
    if what == "encrypt":
        raise HRDeskError(_("A server database is not encrypted by HRDesk: encryption at rest (of the disks "
                            "and backups) is the database server's job; ask its administrator. Nothing was changed."))
    if what == "restore":
        raise HRDeskError(_("A server database is restored on the server, with PostgreSQL's pg_restore "
                            "(e.g. pg_restore --clean --dbname=NAME FILE.dump), by its administrator. "
                            "Nothing was changed."))
    raise HRDeskError(_("Backups of a server database are pg_dump files in {folder} (made by 'hrdesk backup'), "
                        "and the server's own scheduled backups.").format(folder=server_backup.backup_folder_of(path)))


def _existing(args: argparse.Namespace):
    path = database_path(args)
    if is_server_location(path):
        return path
    if not path.is_file():
        raise HRDeskError(_("No database at {path}: run 'hrdesk init' first (or give --db).").format(path=path))
    return path


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def cmd_backup(args: argparse.Namespace) -> int:
    _existing(args)
    with open_database(args, migrate=False) as db:
        info = backups.make_backup(db, "manual", out=args.out)
    if db.is_server:
        print(_("Backup of the server database written to {path} ({size}, pg_dump custom format: restore it "
                "with pg_restore).").format(path=info.path, size=_size(info.size)))
        return 0
    print(_("Backup written to {path} ({size}, verified{encrypted}).").format(
        path=info.path, size=_size(info.size), encrypted=_(", encrypted") if info.encrypted else ""))
    if info.copied_to:
        print(_("Copied to {path}.").format(path=info.copied_to))
    if info.warning:
        print(info.warning)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    path = _existing(args)
    _server_refusal(path, "backups")
    passphrase = passphrase_for(path, args.passphrase_file)
    found = backups.list_backups(path, passphrase=passphrase)
    if not found:
        print(_("No backups in {folder}.").format(folder=backups.backup_folder(path)))
        return 0
    for info in found:
        counts = (_("{a} activities, {p} participants, {q} participations, {r} recommendations").format(
            a=info.counts["activities"], p=info.counts["participants"], q=info.counts["participations"],
            r=info.counts["recommendations"]) if info.counts is not None else info.problem)
        print(f"{info.created:%Y-%m-%d %H:%M}  {_size(info.size):>9}  {info.reason:<16} {counts}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = database_path(args)
    _server_refusal(path, "restore")
    passphrase = passphrase_for(args.file, args.passphrase_file)
    current = None
    if crypto.is_encrypted(path) and (passphrase is None or not crypto.check_passphrase(path, passphrase)):
        current = get_passphrase(prompt=_("Passphrase of the current database {path}: ").format(path=path))
    with writer_lock(path) as lock:
        result = restore.restore_backup(args.file, path, passphrase=passphrase, current_passphrase=current,
                                        lock=lock)
    counts = result.restored.counts or {}
    print(_("Restored {file} into {path}: {a} activities, {p} participants.").format(
        file=args.file, path=path, a=counts.get("activities", 0), p=counts.get("participants", 0)))
    if result.safety_backup:
        print(_("The database as it was before is kept in {backup}.").format(backup=result.safety_backup))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    _server_refusal(path, "encrypt")
    if crypto.is_encrypted(path):
        raise HRDeskError(_("{path} is already encrypted.").format(path=path))
    passphrase = get_passphrase(args.passphrase_file, prompt=_("New passphrase: "), confirm=True)
    with writer_lock(path) as lock:
        result = crypto.encrypt_database(path, passphrase, lock=lock)
    print(_("{path} is now encrypted. Keep the passphrase safe: without it nobody, not even HRDesk's "
            "developers, can read the data.").format(path=path))
    if result.converted_backups:
        print(ngettext("{n} existing backup was encrypted too.", "{n} existing backups were encrypted too.",
                       len(result.converted_backups)).format(n=len(result.converted_backups)))
    for warning in result.warnings:
        print(warning)
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = _existing(args)
    _server_refusal(path, "encrypt")
    if not crypto.is_encrypted(path):
        raise HRDeskError(_("{path} is not encrypted.").format(path=path))
    passphrase = get_passphrase(args.passphrase_file)
    with writer_lock(path) as lock:
        result = crypto.decrypt_database(path, passphrase, lock=lock)
    print(_("{path} is now stored unencrypted. The encrypted copy made before is {backup}.").format(
        path=path, backup=result.safety_backup))
    return 0
