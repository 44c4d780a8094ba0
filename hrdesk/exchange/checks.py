"""Checks on a file before anything parses it: encryption, zip structure, zip bombs,
macros, XML entity tricks.  Each failure raises :class:`FileRejected` with a message fit
for the user.  Returns the bytes of the (decrypted) workbook.
"""

from __future__ import annotations

import io
import re
import zipfile

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 500
MAX_TOTAL_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200            # uncompressed / compressed, for entries above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
FULL_PARSE_LIMIT = 256 * 1024  # XML parts up to this size are parsed whole by defusedxml
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ROOT = re.compile(rb"<[A-Za-z_]")


class FileRejected(HRDeskError):
    """The file cannot be imported; the message says why."""


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
    """Open the workbook's zip after checking its structure and limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise FileRejected(_("The file is damaged or incomplete (truncated?): it is not a readable "
                             "workbook. Ask for the file again.")) from exc
    if len(infos) > MAX_ENTRIES:
        raise FileRejected(_("The workbook has {n} parts, more than an exchange file can have.").format(n=len(infos)))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileRejected(_("The workbook contains encrypted parts; it cannot be imported."))
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileRejected(_("The workbook expands to far more data than it holds (a 'zip bomb'); "
                                 "it was refused."))
        lower = info.filename.lower()
        if lower.endswith("vbaproject.bin") or (lower.endswith(".bin") and "activex" in lower):
            raise FileRejected(_("The workbook contains macros (.xlsm); exchange files never do. It was refused."))
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise FileRejected(_("The workbook expands to far more data than it holds (a 'zip bomb'); "
                             "it was refused."))
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise FileRejected(_("This zip file is not an Excel workbook (.xlsx)."))
    try:
        content_types = archive.read("[Content_Types].xml")
        if b"macroEnabled" in content_types:
            raise FileRejected(_("The workbook contains macros (.xlsm); exchange files never do. It was refused."))
        _check_xml_parts(archive, infos)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise FileRejected(_("The file is damaged or incomplete (truncated?): it is not a readable "
                             "workbook. Ask for the file again.")) from exc
    return archive


def _check_xml_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """No DTD, entity declaration or external reference in any XML part.

    Small parts are parsed whole with defusedxml (which forbids them); big worksheets are
    checked up to their root element — a DTD can only appear before it."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        if info.file_size <= FULL_PARSE_LIMIT:
            raw = archive.read(info)
            try:
                fromstring(raw, forbid_dtd=True)
            except DefusedXmlException as exc:
                raise _entity_attack(info.filename) from exc
            except ParseError as exc:
                raise FileRejected(_("The workbook part {part} is not valid XML: the file is damaged.")
                                   .format(part=info.filename)) from exc
        else:
            with archive.open(info) as fh:
                head = fh.read(65536)
            match = _ROOT.search(head.replace(b"<?", b"  ").replace(b"<!--", b"    "))
            prolog = head[:match.start()] if match else head
            if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog or b"<!doctype" in prolog:
                raise _entity_attack(info.filename)


def _entity_attack(part: str) -> FileRejected:
    return FileRejected(_("The workbook part {part} declares XML entities or a DTD, which exchange "
                          "files never do (a possible attack). It was refused.").format(part=part))
