"""Build HRDesk's translation catalogues (developer tool, run from a source checkout).

    python -m hrdesk.tools.build_translations            # extract, update, compile
    python -m hrdesk.tools.build_translations --check    # exit 1 when anything is missing
    python -m hrdesk.tools.build_translations --export-missing todo.json
    python -m hrdesk.tools.build_translations --apply todo.json   # then build again

Core (Qt-free) messages — ``_()``, ``N_()``, ``ngettext()``, ``pgettext()``, ``tr()``… in
``hrdesk/`` except ``hrdesk/ui`` — are extracted with Babel into ``resources/locale/hrdesk.pot``,
merged into ``resources/locale/<lang>/LC_MESSAGES/hrdesk.po`` and compiled to ``hrdesk.mo``.
Interface messages (``self.tr()``, ``QCoreApplication.translate()`` in ``hrdesk/ui`` and
``forms/*.ui``) go through ``pyside6-lupdate`` into ``resources/translations/hrdesk_<lang>.ts``
and ``pyside6-lrelease`` into ``hrdesk_<lang>.qm``.

English is the source language, but ``tr("%Ln person(s)", "", n)`` only reads "1 person" /
"3 people" through a catalogue with numerus forms: ``hrdesk_en.ts`` holds the numerus messages
alone (``lupdate -pluralonly``) with their English singular and plural, and ``--check`` fails
when one lacks them.  (The core needs nothing of the kind: ``ngettext`` has both English forms.)

The ``.po`` and ``.ts`` files are the translation sources: edit them (any PO editor, Qt
Linguist) or fill the JSON written by ``--export-missing`` and ``--apply`` it.  The compiled
``.mo`` and ``.qm`` files are committed, so a checkout and a wheel work without a build step;
``--check`` also fails when they are stale.
"""

from __future__ import annotations

import argparse
import gettext
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po as babel_read_po
from babel.messages.pofile import write_po as babel_write_po

from hrdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "hrdesk"
LOCALE_DIR = ROOT / "resources" / "locale"
TS_DIR = ROOT / "resources" / "translations"
FORMS_DIR = ROOT / "forms"
UI_DIR = PACKAGE_DIR / "ui"
DOMAIN = "hrdesk"
LANGUAGES = ("fr", "es")
# The interface's source language: its catalogue holds only the numerus messages, with the
# English forms ("%Ln person", "%Ln people") of "%Ln person(s)".
SOURCE_LANGUAGE = "en"
UI_LANGUAGES = (*LANGUAGES, SOURCE_LANGUAGE)

# Functions whose string arguments are messages in the core.  ``tr`` covers a
# Translator held in a local variable (``tr = Translator(lang); tr("…")``).
KEYWORDS: dict[str, object] = {
    "_": None, "N_": None, "gettext": None, "tr": None,
    "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3),
}
# Relative to hrdesk/: the interface goes through lupdate; this tool speaks English only.
METHOD_MAP = [
    ("ui/**", "ignore"),
    ("tools/**", "ignore"),
    ("storage/migrations/**", "ignore"),
    ("**.py", "python"),
]
COMMENT_TAGS = ("Translators:",)
# gettext plural rules (CLDR's extra "many" form for French millions is not used).
PLURAL_FORMS = {"fr": (2, "(n > 1)"), "es": (2, "(n != 1)")}
LANGUAGE_TEAMS = {"fr": "French", "es": "Spanish"}


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def pot_path() -> Path:
    return LOCALE_DIR / f"{DOMAIN}.pot"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{DOMAIN}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"{DOMAIN}_{lang}.qm"


@dataclass
class Report:
    """What is missing; printed by :func:`main` and asserted by the tests."""

    not_extracted: list[str] = field(default_factory=list)
    untranslated: dict[str, list[str]] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)

    def add(self, lang: str, where: str) -> None:
        self.untranslated.setdefault(lang, []).append(where)

    @property
    def ok(self) -> bool:
        return not (self.not_extracted or self.stale or any(self.untranslated.values()))

    def lines(self) -> list[str]:
        out = []
        if self.not_extracted:
            out.append(f"{len(self.not_extracted)} message(s) in the sources are not in the catalogues:")
            out += [f"  {m}" for m in self.not_extracted]
        for lang, items in sorted(self.untranslated.items()):
            if items:
                out.append(f"{len(items)} message(s) missing or unfinished in '{lang}':")
                out += [f"  {m}" for m in items]
        if self.stale:
            out.append("Compiled catalogues out of date (run the build without --check):")
            out += [f"  {m}" for m in self.stale]
        return out


# ---------------------------------------------------------------------------------------------
# Core catalogues (Babel)
# ---------------------------------------------------------------------------------------------

def extract() -> Catalog:
    """The template catalogue of the core's messages, from the current sources."""
    catalog = Catalog(project="HRDesk", version=__version__, charset="utf-8",
                      msgid_bugs_address="", copyright_holder="HRDesk", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE_DIR), method_map=METHOD_MAP, keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS, strip_comment_tags=True):
        if isinstance(message, tuple) and not all(message):
            continue
        if not message:
            continue
        location = (f"hrdesk/{filename}".replace(os.sep, "/"), lineno)
        catalog.add(message, None, [location], auto_comments=comments, context=context)
    return catalog


def _key(message) -> tuple[str | None, str]:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context, msgid)


def _ids(catalog) -> dict[tuple[str | None, str], object]:
    return {_key(m): m for m in catalog if m.id}


def _render_po(catalog, **kw) -> bytes:
    buf = io.BytesIO()
    babel_write_po(buf, catalog, width=100, include_lineno=False, **kw)
    return buf.getvalue()


def _strip_dates(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines()
                      if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date')))


def _write_if_changed(path: Path, data: bytes, ignore_dates: bool = False) -> bool:
    if path.exists():
        old = path.read_bytes()
        same = _strip_dates(old) == _strip_dates(data) if ignore_dates else old == data
        if same:
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def read_po(lang: str) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as fh:
            catalog = babel_read_po(fh, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="HRDesk", version=__version__, charset="utf-8",
                          copyright_holder="HRDesk", fuzzy=False,
                          language_team=f"{LANGUAGE_TEAMS.get(lang, lang)} <>",
                          last_translator="HRDesk")
        catalog.header_comment = (f"# {LANGUAGE_TEAMS.get(lang, lang)} translations of HRDesk's "
                                  "core messages.\n#")
    catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS.get(
        lang, (catalog.num_plurals, catalog.plural_expr))
    return catalog


def write_po(lang: str, catalog) -> bool:
    return _write_if_changed(po_path(lang), _render_po(catalog), ignore_dates=True)


def _render_mo(catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def _is_translated(message) -> bool:
    if message.fuzzy:
        return False
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(strings) and all(s for s in strings)


_BRACE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")
_QT_ARG = re.compile(r"%L?(?:n|[1-9][0-9]?)")


def placeholders(text: str) -> set[str]:
    """``{name}`` fields and Qt's ``%n``/``%Ln``/``%1`` markers of a message."""
    return {f"{{{m.group(1) or ''}}}" for m in _BRACE.finditer(text)} | set(_QT_ARG.findall(text))


def placeholder_problem(source: str, translation: str, plural: bool = False) -> str | None:
    """What is wrong with the placeholders of a translation (None when nothing).

    A translation may leave out a placeholder (``{n}`` in a singular form) but must not
    invent one: ``str.format`` would raise KeyError and the message would crash its caller.
    """
    extra = placeholders(translation) - placeholders(source)
    if extra:
        return f"unknown placeholder(s) {', '.join(sorted(extra))}"
    missing = placeholders(source) - placeholders(translation)
    if missing and not plural:
        return f"placeholder(s) {', '.join(sorted(missing))} left out"
    return None


def _describe(message) -> str:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    where = ", ".join(f"{f}:{n}" if n else f for f, n in message.locations[:2])
    ctx = f"[{message.context}] " if message.context else ""
    state = "fuzzy" if message.fuzzy else "untranslated"
    return f"{ctx}{msgid!r} ({state}; {where})"


def _same_mo(path: Path, expected: bytes) -> bool:
    """The compiled file says what the .po says (bytes, or the same messages when another
    Babel version lays the file out differently)."""
    if not path.exists():
        return False
    data = path.read_bytes()
    if data == expected:
        return True
    try:
        old = gettext.GNUTranslations(io.BytesIO(data))._catalog  # type: ignore[attr-defined]
        new = gettext.GNUTranslations(io.BytesIO(expected))._catalog  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return False
    return old == new


def _same_qm(path: Path, expected: Path, messages: list[dict]) -> bool:
    """Like :func:`_same_mo` for Qt: same bytes, or (another lrelease version) the committed
    file translates every finished plain message of the .ts as the .ts says."""
    if not path.exists():
        return False
    if path.read_bytes() == expected.read_bytes():
        return True
    from PySide6.QtCore import QTranslator  # only here: the rest of this tool is Qt-free

    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    for m in messages:
        if not _ts_done(m):
            continue
        if m["numerus"]:
            # n = 1 takes the first form and n = 2 the second in French, Spanish and English.
            for n, form in zip((1, 2), m["forms"], strict=False):
                if translator.translate(m["context"], m["source"], m["comment"] or None, n) != form:
                    return False
            continue
        got = translator.translate(m["context"], m["source"], m["comment"] or None)
        if got != m["forms"][0] and not (not got and m["forms"][0] == m["source"]):
            return False
    return True


def build_core(report: Report | None = None, check: bool = False) -> Report:
    report = report or Report()
    template = extract()
    template_bytes = _render_po(template)
    if check:
        old = {}
        if pot_path().exists():
            with pot_path().open("rb") as fh:
                old = _ids(babel_read_po(fh))
        for key, message in _ids(template).items():
            if key not in old:
                report.not_extracted.append(f"{_describe(message).replace('untranslated; ', '')}")
    else:
        _write_if_changed(pot_path(), template_bytes, ignore_dates=True)
    for lang in LANGUAGES:
        catalog = read_po(lang)
        if not check:
            catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
            write_po(lang, catalog)
            catalog = read_po(lang)  # compile exactly what the .po file says (check does too)
        translated = _ids(catalog)
        for key, message in _ids(template).items():
            entry = translated.get(key)
            if entry is None or not _is_translated(entry):
                report.add(lang, _describe(entry or message) if entry else
                           f"{_describe(message)} (not in {po_path(lang).relative_to(ROOT)})")
                continue
            sources = entry.id if isinstance(entry.id, tuple) else (entry.id,)
            strings = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
            for text in strings:
                problem = placeholder_problem(sources[-1], text, plural=len(sources) > 1)
                if problem and len(sources) > 1:
                    problem = placeholder_problem(sources[0], text, plural=True) and problem
                if problem:
                    report.add(lang, f"{sources[0]!r} → {text!r}: {problem}")
        mo = _render_mo(catalog)
        if check:
            if not _same_mo(mo_path(lang), mo):
                report.stale.append(str(mo_path(lang).relative_to(ROOT)))
        else:
            _write_if_changed(mo_path(lang), mo)
    return report


# ---------------------------------------------------------------------------------------------
# Interface catalogues (Qt Linguist)
# ---------------------------------------------------------------------------------------------

def ui_sources() -> list[Path]:
    files = sorted(UI_DIR.rglob("*.py")) if UI_DIR.is_dir() else []
    files = [f for f in files if "forms_gen" not in f.parts]
    if FORMS_DIR.is_dir():
        files += sorted(FORMS_DIR.glob("*.ui"))
    return files


def _qt_tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6 in this environment)")
    return found


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts_files: Iterable[Path], langs: Iterable[str], locations: str = "none") -> None:
    sources = [str(p) for p in ui_sources()]
    for ts, lang in zip(ts_files, langs, strict=True):
        if not ts.exists():
            ts.parent.mkdir(parents=True, exist_ok=True)
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                          encoding="utf-8")
        if not sources:
            continue
        only = ["-pluralonly"] if lang == SOURCE_LANGUAGE else []
        _run([_qt_tool("lupdate"), "-silent", "-no-obsolete", *only, "-locations", locations,
              "-source-language", "en", "-target-language", lang, *sources, "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    _run([_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def ts_messages(ts: Path) -> list[dict]:
    """Messages of a .ts file: context, source, numerus, translations, state."""
    out = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            state = tr.get("type", "") if tr is not None else "missing"
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            else:
                forms = [tr.text or ""] if tr is not None else []
            loc = message.find("location")
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            out.append({"context": name, "source": source, "comment": comment,
                        "key": _ts_key(name, source, comment),
                        "numerus": message.get("numerus") == "yes", "forms": forms,
                        "state": state,
                        "where": f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""})
    return out


def _ts_key(context: str, source: str, comment: str) -> str:
    """The English text of a .ts message.  ``tr = QCoreApplication.translate;
    tr("Ctx", "Text")`` reaches lupdate as source "Ctx", comment "Text" (and no context):
    the text to translate is then the comment (hrdesk.ui.i18n looks it up the same way)."""
    return comment if comment and not context else source


def _ts_done(m: dict) -> bool:
    return m["state"] not in ("unfinished", "missing") and bool(m["forms"]) and all(m["forms"])


def _ts_placeholders(report: Report, lang: str, m: dict, desc: str) -> None:
    for text in m["forms"]:
        problem = placeholder_problem(m["key"], text, plural=m["numerus"])
        if problem:
            report.add(lang, f"{desc} → {text!r}: {problem}")


def build_ui(report: Report | None = None, check: bool = False) -> Report:
    report = report or Report()
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = []
            for lang in UI_LANGUAGES:
                copy = Path(tmp) / ts_path(lang).name
                if ts_path(lang).exists():
                    shutil.copy2(ts_path(lang), copy)
                copies.append(copy)
            lupdate(copies, UI_LANGUAGES, locations="absolute")
            for lang, copy in zip(UI_LANGUAGES, copies, strict=True):
                committed = ({(m["context"], m["source"], m["comment"])
                              for m in ts_messages(ts_path(lang))}
                             if ts_path(lang).exists() else set())
                for m in ts_messages(copy):
                    desc = f"[{m['context']}] {m['key']!r} ({m['where']})"
                    if (m["context"], m["source"], m["comment"]) not in committed:
                        if lang == LANGUAGES[0]:
                            report.not_extracted.append(desc)
                        report.add(lang, f"{desc} (not in {ts_path(lang).name})")
                    elif not _ts_done(m):
                        report.add(lang, f"{desc} ({m['state'] or 'empty'})")
                    else:
                        _ts_placeholders(report, lang, m, desc)
                qm = Path(tmp) / f"{lang}.qm"
                lrelease(copy, qm)
                if not _same_qm(qm_path(lang), qm, ts_messages(copy)):
                    report.stale.append(str(qm_path(lang).relative_to(ROOT)))
        return report
    lupdate([ts_path(lang) for lang in UI_LANGUAGES], UI_LANGUAGES)
    for lang in UI_LANGUAGES:
        for m in ts_messages(ts_path(lang)):
            if not _ts_done(m):
                report.add(lang, f"[{m['context']}] {m['key']!r} ({m['where']}) "
                                 f"({m['state'] or 'empty'})")
            else:
                _ts_placeholders(report, lang, m, f"[{m['context']}] {m['key']!r}")
        with tempfile.TemporaryDirectory(dir=TS_DIR) as tmp:
            qm = Path(tmp) / qm_path(lang).name
            lrelease(ts_path(lang), qm)
            _write_if_changed(qm_path(lang), qm.read_bytes())
    return report


# ---------------------------------------------------------------------------------------------
# Exchanging translations as JSON: {"fr": {"English source": "traduction" | [forms]}}
# ---------------------------------------------------------------------------------------------

def export_missing(path: Path) -> int:
    todo: dict[str, dict[str, object]] = {}
    for lang in UI_LANGUAGES:
        entries: dict[str, object] = {}
        for message in read_po(lang) if lang in LANGUAGES else ():
            if message.id and not _is_translated(message):
                key = message.id[0] if isinstance(message.id, tuple) else message.id
                entries[key] = ["", ""] if isinstance(message.id, tuple) else ""
        if ts_path(lang).exists():
            for m in ts_messages(ts_path(lang)):
                if not _ts_done(m):
                    entries[m["key"]] = ["", ""] if m["numerus"] else ""
        todo[lang] = entries
    path.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sum(len(v) for v in todo.values())


def apply_translations(lang: str, mapping: dict[str, object], overwrite: bool = False) -> int:
    """Fill the .po and .ts of *lang* from ``{source: translation or [plural forms]}``
    (the .ts alone for English, whose catalogue holds the plural forms of the interface).

    Only empty, fuzzy or unfinished entries are filled (all entries with ``overwrite``);
    returns how many were.
    """
    count = 0
    catalog = read_po(lang) if lang in LANGUAGES else Catalog()
    for message in catalog:
        if not message.id or (_is_translated(message) and not overwrite):
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        value = mapping.get(key)
        if not value:
            continue
        if isinstance(message.id, tuple):
            forms = list(value) if isinstance(value, list) else [value, value]
            forms = (forms + [forms[-1]] * catalog.num_plurals)[:catalog.num_plurals]
            message.string = tuple(forms)
        else:
            message.string = value[0] if isinstance(value, list) else value
        message.flags.discard("fuzzy")
        count += 1
    if lang in LANGUAGES:
        write_po(lang, catalog)
    ts = ts_path(lang)
    if ts.exists():
        tree = ET.parse(ts)
        context_of = {m: c.findtext("name") or "" for c in tree.getroot().iter("context")
                      for m in c.iter("message")}
        changed = False
        for message in tree.getroot().iter("message"):
            tr = message.find("translation")
            value = mapping.get(_ts_key(context_of.get(message, ""), message.findtext("source") or "",
                                        message.findtext("comment") or ""))
            if tr is None or not value or tr.get("type") not in ("unfinished", None):
                continue
            numerus = message.get("numerus") == "yes"
            if tr.get("type") is None and (list(tr) if numerus else tr.text) and not overwrite:
                continue
            if numerus:
                forms = list(value) if isinstance(value, list) else [value]
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value[0] if isinstance(value, list) else value
            tr.attrib.pop("type", None)
            changed = True
            count += 1
        if changed:
            data = ET.tostring(tree.getroot(), encoding="unicode")
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n",
                          encoding="utf-8")
    return count


# ---------------------------------------------------------------------------------------------

def check() -> Report:
    return build_ui(build_core(check=True), check=True)


def build() -> Report:
    return build_ui(build_core())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hrdesk.tools.build_translations",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a message is not extracted, missing, "
                             "fuzzy or unfinished in a language, or a compiled file is stale")
    parser.add_argument("--export-missing", metavar="JSON", type=Path,
                        help="write the untranslated messages of every language to a JSON file")
    parser.add_argument("--apply", metavar="JSON", type=Path,
                        help="fill untranslated messages from a JSON file "
                             '({"fr": {"English": "French" or [plural forms]}, "es": …, '
                             '"en": {"%%Ln person(s)": ["%%Ln person", "%%Ln people"]}}), then build')
    parser.add_argument("--overwrite", action="store_true",
                        help="with --apply: replace existing translations too")
    args = parser.parse_args(argv)
    if args.apply:
        build()
        data = json.loads(args.apply.read_text(encoding="utf-8"))
        for lang in UI_LANGUAGES:
            print(f"{lang}: {apply_translations(lang, data.get(lang, {}), args.overwrite)} message(s) filled")
    if args.export_missing:
        build()
        print(f"{export_missing(args.export_missing)} message(s) to translate written to "
              f"{args.export_missing}")
        return 0
    report = check() if args.check else build()
    for line in report.lines():
        print(line)
    if report.ok:
        print("Translations complete: " + ", ".join(LANGUAGES) + " (and the English plural forms)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
