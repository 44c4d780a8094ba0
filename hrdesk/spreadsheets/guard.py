"""The checks every spreadsheet HRDesk reads passes before any parser sees it.

A spreadsheet comes from outside (another office, a partner, a download): it may be
empty, truncated, not a spreadsheet at all, a zip bomb, a macro workbook, an XML entity
attack or a zip whose part names climb out of their folder.  :func:`check_spreadsheet`
refuses each of these with a message fit for the user (:class:`FileRejected`) before
python-calamine or anything else parses the file; :func:`read_limited` reads a file
without first loading more than the size limit.

Used by the exchange import (``hrdesk.exchange``) and by every spreadsheet intake
(``hrdesk.intake``: activity log, attendance sheets).
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

import olefile
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _, ngettext

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 500
MAX_TOTAL_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200            # uncompressed / compressed, for entries above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
FULL_PARSE_LIMIT = 256 * 1024  # XML parts up to this size are parsed whole by defusedxml
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
XML_SUFFIXES = (".xml", ".rels", ".vml", ".rdf")
CSV_SUFFIXES = (".csv", ".txt")
_ROOT = re.compile(rb"<[A-Za-z_]")
_DRIVE = re.compile(r"^[A-Za-z]:")


class FileRejected(HRDeskError):
    """The file cannot be read; the message says why."""


def too_large(limit: int) -> FileRejected:
    mb = limit // (1024 * 1024)
    return FileRejected(_("The file is larger than {mb} MB, the most HRDesk reads for this kind of file.")
                        .format(mb=mb))


def read_limited(path: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refused (:class:`FileRejected`) when larger than ``limit``
    — without reading more than ``limit`` bytes.  Only regular files are read."""
    path = Path(path)
    try:
        # non-blocking open: a FIFO must not make HRDesk wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise FileRejected(_("{path} is not a regular file.").format(path=path.name))
            if hasattr(os, "set_blocking") and getattr(os, "O_NONBLOCK", 0):
                os.set_blocking(fd, True)
        except BaseException:
            os.close(fd)
            raise
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise FileRejected(_("The file cannot be read: {error}").format(error=exc.strerror or exc)) from exc
    if len(data) > limit:
        raise too_large(limit)
    return data


def check_spreadsheet(data: bytes, suffix: str, *, limit: int = MAX_FILE_BYTES) -> str:
    """Check a spreadsheet's bytes before it is parsed; returns its kind: ``"xlsx"``,
    ``"ods"``, ``"xls"`` or ``"csv"`` (decided by the content, the suffix only tells CSV).

    Raises :class:`FileRejected` for an empty, oversized, damaged, macro-carrying or
    hostile file."""
    suffix = suffix.lower()
    if len(data) > limit:
        raise too_large(limit)
    if not data:
        raise FileRejected(_("The file is empty."))
    if suffix == ".xlsm":
        raise _macros()
    if suffix in CSV_SUFFIXES and not data.startswith((ZIP_SIGNATURE, OLE_SIGNATURE)):
        return "csv"
    if data.startswith(ZIP_SIGNATURE):
        archive, kind = check_zip(data, kinds=("xlsx", "ods"))
        archive.close()
        return kind
    if data.startswith(OLE_SIGNATURE):
        check_ole(data)
        return "xls"
    raise FileRejected(_("This is not a spreadsheet HRDesk can read: it is neither an Excel or "
                         "OpenDocument workbook (.xlsx, .xls, .ods) nor a CSV file (.csv)."))


def check_ole(data: bytes) -> None:
    """An Excel 97–2003 workbook (.xls): readable, not encrypted, without macros."""
    try:
        ole = olefile.OleFileIO(data)
    except Exception as exc:  # olefile raises many kinds for damaged files
        raise _damaged() from exc
    try:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise FileRejected(_("The file is protected by a password. Open it in Excel, remove the "
                                 "password, save it and try again."))
        if ole.exists("_VBA_PROJECT_CUR") or ole.exists("Macros"):
            raise _macros()
        if not (ole.exists("Workbook") or ole.exists("Book")):
            raise FileRejected(_("This Office document is not an Excel workbook."))
    finally:
        ole.close()


def check_zip(data: bytes, *, kinds: tuple[str, ...] = ("xlsx",)) -> tuple[zipfile.ZipFile, str]:
    """Open a workbook's zip after checking its structure and limits; returns the open
    archive and its kind (``"xlsx"`` or ``"ods"``, among ``kinds``)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _damaged() from exc
    if len(infos) > MAX_ENTRIES:
        raise FileRejected(ngettext("The workbook has {n} part, more than HRDesk reads ({limit}).",
                                    "The workbook has {n} parts, more than HRDesk reads ({limit}).",
                                    len(infos)).format(n=len(infos), limit=MAX_ENTRIES))
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            raise FileRejected(_("The workbook contains a part with an unsafe name ({part}), a possible "
                                 "attack. It was refused.").format(part=name[:80]))
        if info.flag_bits & 0x1:
            raise FileRejected(_("The workbook contains encrypted parts; it cannot be read."))
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb()
        lower = name.lower()
        if (lower.endswith("vbaproject.bin") or (lower.endswith(".bin") and "activex" in lower)
                or lower.startswith(("basic/", "scripts/"))):
            raise _macros()
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise _bomb()
    names = {i.filename for i in infos}
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names and "xlsx" in kinds:
        kind = "xlsx"
    elif "content.xml" in names and "mimetype" in names and "ods" in kinds:
        kind = "ods"
    elif kinds == ("xlsx",):
        raise FileRejected(_("This zip file is not an Excel workbook (.xlsx)."))
    else:
        raise FileRejected(_("This zip file is not a spreadsheet (.xlsx or .ods)."))
    try:
        if kind == "xlsx" and b"macroEnabled" in archive.read("[Content_Types].xml"):
            raise _macros()
        _check_xml_parts(archive, infos)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise _damaged() from exc
    return archive, kind


def _unsafe_name(name: str) -> bool:
    """A part name that is absolute or climbs out of its folder (``../``, ``C:``, ``\\``)."""
    if name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or _DRIVE.match(name):
        return True
    return ".." in name.split("/")


def _check_xml_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """No DTD, entity declaration or external reference in any XML part.

    Small parts are parsed whole with defusedxml (which forbids them); big parts are
    checked up to their root element — a DTD can only appear before it."""
    for info in infos:
        if not info.filename.lower().endswith(XML_SUFFIXES):
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


def _damaged() -> FileRejected:
    return FileRejected(_("The file is damaged or incomplete (truncated?): it is not a readable "
                          "workbook. Ask for the file again."))


def _bomb() -> FileRejected:
    return FileRejected(_("The workbook expands to far more data than it holds (a 'zip bomb'); "
                          "it was refused."))


def _macros() -> FileRejected:
    return FileRejected(_("The workbook contains macros (.xlsm); HRDesk never opens macro workbooks. "
                          "It was refused: save it as an ordinary workbook (.xlsx) and try again."))


def _entity_attack(part: str) -> FileRejected:
    return FileRejected(_("The workbook part {part} declares XML entities or a DTD, which spreadsheets "
                          "never need (a possible attack). It was refused.").format(part=part))
