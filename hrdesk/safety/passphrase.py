"""Where a command-line passphrase comes from: ``--passphrase-file``, the environment
variable ``HRDESK_PASSPHRASE``, or a prompt (getpass) when a terminal is attached.
Never from a plain command-line argument (it would show in the process list and shell
history), never written anywhere."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _
from hrdesk.storage import database as dbmod
from hrdesk.storage.database import is_encrypted

ENV_VAR = "HRDESK_PASSPHRASE"


def read_passphrase_file(path: Path | str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise HRDeskError(_("Cannot read the passphrase file {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise HRDeskError(_("The passphrase file {path} is empty.").format(path=path))
    return passphrase


def get_passphrase(passphrase_file: str | None = None, *, prompt: str | None = None, confirm: bool = False,
                   env: bool = True) -> str:
    """The passphrase from the file, the environment or the terminal (in that order)."""
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if env and os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    if not sys.stdin or not sys.stdin.isatty():
        raise HRDeskError(_("A passphrase is needed: give --passphrase-file FILE, set {var}, "
                            "or run the command in a terminal.").format(var=ENV_VAR))
    first = getpass.getpass(prompt or _("Passphrase: "))
    if confirm and getpass.getpass(_("Repeat the passphrase: ")) != first:
        raise HRDeskError(_("The two passphrases differ; nothing was changed."))
    if not first:
        raise HRDeskError(_("No passphrase given; nothing was changed."))
    return first


def passphrase_for(path: Path | str, passphrase_file: str | None = None) -> str | None:
    """The passphrase to open ``path``: None for a plain (or new) database."""
    if not is_encrypted(path):
        return None
    if dbmod.sqlcipher_module() is None:  # say so before asking for a passphrase that cannot be used
        raise HRDeskError(dbmod.no_encryption_support_message(path))
    return get_passphrase(passphrase_file, prompt=_("Passphrase for {path}: ").format(path=path))
