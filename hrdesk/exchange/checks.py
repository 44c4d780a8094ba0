"""Checks on an exchange file before anything parses it: size and encryption here; zip
structure, zip bombs, macros, XML entity tricks and part names in
:mod:`hrdesk.spreadsheets.guard`, shared with every spreadsheet HRDesk reads.  Each
failure raises :class:`FileRejected` with a message fit for the user.
"""

from __future__ import annotations

import io
import zipfile

from hrdesk.i18n import _
from hrdesk.spreadsheets import guard
from hrdesk.spreadsheets.guard import MAX_FILE_BYTES, OLE_SIGNATURE, ZIP_SIGNATURE, FileRejected

__all__ = ["MAX_FILE_BYTES", "OLE_SIGNATURE", "ZIP_SIGNATURE", "FileRejected", "check_zip", "unwrap"]


def unwrap(data: bytes, password: str | None) -> tuple[bytes, bool]:
    """The workbook's bytes (decrypted when needed) and whether it was encrypted."""
    if len(data) > MAX_FILE_BYTES:
        raise FileRejected(_("The file is too large for an exchange file ({mb} MB).").format(
            mb=len(data) // (1024 * 1024)))
    if data.startswith(OLE_SIGNATURE):
        return _decrypt(data, password), True
    if not data.startswith(ZIP_SIGNATURE):
        if not data:
            raise FileRejected(_("The file is empty."))
        raise FileRejected(_("This is not an Excel workbook (.xlsx): it is not a zip file."))
    return data, False


def _decrypt(data: bytes, password: str | None) -> bytes:
    # start-up time: msoffcrypto (and cryptography) are loaded only for an encrypted workbook
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        encrypted = office.is_encrypted()
    except (FileFormatError, OSError, ValueError, Exception) as exc:  # olefile raises many kinds
        raise FileRejected(_("This file is an old-style Office document or damaged; "
                             "HRDesk reads .xlsx exchange files only.")) from exc
    if not encrypted:
        raise FileRejected(_("This is an old-style Office document (.xls), not an exchange workbook."))
    if not password:
        raise FileRejected(_("The file is protected by a password: give the password to import it."))
    out = io.BytesIO()
    try:
        office.load_key(password=password)
        office.decrypt(out)
    except InvalidKeyError as exc:
        raise FileRejected(_("The password is wrong: the file could not be decrypted.")) from exc
    except (DecryptionError, FileFormatError, Exception) as exc:
        raise FileRejected(_("The encrypted file is damaged and could not be decrypted.")) from exc
    result = out.getvalue()
    if not result.startswith(ZIP_SIGNATURE):
        raise FileRejected(_("The password is wrong: the file could not be decrypted."))
    return result


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open the workbook's zip after the checks every spreadsheet HRDesk reads passes
    (:func:`hrdesk.spreadsheets.guard.check_zip`: structure, limits, macros, XML entities,
    part names)."""
    archive, _kind = guard.check_zip(data, kinds=("xlsx",))
    return archive
