"""A corpus of hostile spreadsheets, shared by the exchange import and every intake
(``import-activities``, attendance sheets): each spreadsheet input path must refuse every
one of them with the expected message, before any parser reads it.

``hostile_corpus(base, folder)`` derives the files from ``base``, a good ``.xlsx`` that
the path under test accepts (so each refusal is due to the one thing changed).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from hrdesk.spreadsheets import guard

LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')


@dataclass(frozen=True)
class Hostile:
    name: str
    path: Path
    expected: str          # text the refusal must contain


def rezip(source: Path, out: Path, change=None, extra: dict[str, bytes] | None = None) -> Path:
    """A copy of the zip ``source`` with parts changed (``change(name, data)``) and added."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(info.filename, data) if change else data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return out


def _entities(name: str, data: bytes) -> bytes:
    if not name.startswith("xl/worksheets/sheet1"):
        return data
    return data.decode().replace("<worksheet", LAUGHS + "<worksheet", 1).encode()


def _macro_types(name: str, data: bytes) -> bytes:
    if name != "[Content_Types].xml":
        return data
    return data.replace(b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")


def hostile_corpus(base: Path, folder: Path) -> list[Hostile]:
    folder.mkdir(parents=True, exist_ok=True)
    good = base.read_bytes()

    def raw(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return [
        Hostile("empty", raw("empty.xlsx", b""), "The file is empty."),
        Hostile("truncated", raw("cut.xlsx", good[: len(good) // 2]), "damaged or incomplete (truncated?)"),
        Hostile("not-a-zip", raw("garbage.xlsx", bytes(range(256)) * 8), "not"),
        Hostile("zip-bomb", rezip(base, folder / "bomb.xlsx", extra={"xl/media/image1.png": bytes(8 << 20)}),
                "zip bomb"),
        Hostile("too-many-parts", rezip(base, folder / "many.xlsx", extra={
            f"xl/media/p{i}.png": b"x" for i in range(guard.MAX_ENTRIES + 1)}), "more than HRDesk reads"),
        Hostile("xml-entities", rezip(base, folder / "lol.xlsx", _entities), "declares XML entities or a DTD"),
        Hostile("macros", rezip(base, folder / "macro.xlsx", extra={"xl/vbaProject.bin": b"\0" * 100}),
                "contains macros"),
        Hostile("xlsm", rezip(base, folder / "book.xlsm", _macro_types, extra={"xl/vbaProject.bin": b"\0" * 100}),
                "contains macros"),
        Hostile("path-traversal", rezip(base, folder / "climb.xlsx", extra={"../../outside.xml": b"<a/>"}),
                "unsafe name"),
    ]
