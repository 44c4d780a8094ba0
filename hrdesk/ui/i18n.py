"""Interface language: Qt translators for HRDesk's own catalogue and Qt's standard widgets.

``switch_language(app, "fr")`` removes the translators installed before, installs
``hrdesk_fr.qm`` (``resources/translations``, built by ``python -m hrdesk.tools.build_translations``)
and Qt's ``qtbase_fr.qm`` (standard dialogs and buttons), sets the default ``QLocale`` (numbers
and dates in widgets) and the core's message language (validation messages).  Qt then sends a
``LanguageChange`` event to every widget: views retranslate in ``changeEvent``.

English, the source language, gets ``hrdesk_en.qm`` alone: it holds the English singular and
plural of the numerus messages, so ``tr("%Ln person(s)", "", n)`` reads "1 person" / "2,999 people"
(``%Ln``, not ``%n``: the number written as the language writes it, "2 999" in French).
"""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hrdesk import i18n, paths

LANGUAGES = i18n.LANGUAGES
# Each language under its own name: these are never translated.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
_LOCALES = {"en": QLocale.Language.English, "fr": QLocale.Language.French,
            "es": QLocale.Language.Spanish}

_installed: list[QTranslator] = []
_current = i18n.DEFAULT_LANGUAGE


def system_language() -> str:
    """The first of the system's preferred languages that HRDesk speaks, else English."""
    for name in [*QLocale.system().uiLanguages(), QLocale.system().name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return i18n.DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def available_languages() -> list[tuple[str, str]]:
    """``[(code, name in that language)]`` for a language chooser."""
    return [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES]


class _HRDeskTranslator(QTranslator):
    """HRDesk's catalogue, forgiving about the context of a message.

    ``self.tr("…")`` looks messages up under the class of ``self`` at run time, while
    ``lupdate`` files them under the class it sees in the source (or under no class at all
    for ``tr = parent.tr; tr("…")``, under ``widget`` for ``widget.tr("…")``, under the base
    class for a method inherited by a subclass).  When the exact context misses, the message is
    looked up without context, then under any context of the ``.ts`` file: a plain message
    through ``index``, a numerus message under the contexts ``numerus`` lists for it (so the
    catalogue still picks the form for ``n``).
    """

    def __init__(self, parent: QCoreApplication, index: dict[str, str],
                 numerus: dict[tuple[str, str], list[str]] | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._numerus = numerus or {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if text or not source:
            return text or None
        context = context or ""
        if context[:1] == "Q" and context[1:2].isupper():
            return None  # Qt's own widgets (QFileDialog, QLineEdit…): qtbase_<lang> answers
        if context:
            text = super().translate("", source, disambiguation, n)
            if text:
                return text
        if n < 0:
            return self._index.get(source) or None
        for other in self._numerus.get((source, disambiguation or ""), ()):
            if other != context:
                text = super().translate(other, source, disambiguation, n)
                if text:
                    return text
        return None


def _ts_indexes(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], list[str]]]:
    """The finished messages of a ``.ts`` file: ``{source: translation}`` of the plain ones
    and ``{(source, disambiguation): [contexts]}`` of the numerus ones."""
    index: dict[str, str] = {}
    numerus: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return index, numerus
    for context in root.iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            source = message.findtext("source")
            if (tr is None or not source
                    or tr.get("type") in ("unfinished", "vanished", "obsolete")):
                continue
            if message.get("numerus") == "yes":
                contexts = numerus.setdefault((source, message.findtext("comment") or ""), [])
                contexts.append(context.findtext("name") or "")
                continue
            if not tr.text:
                continue
            comment = message.findtext("comment")
            if comment and not context.findtext("name"):
                # tr = QCoreApplication.translate; tr("Ctx", "Text"): lupdate reads "Text" as
                # the comment of a source "Ctx".
                source = comment
            index.setdefault(source, tr.text)
    return index, numerus


def _load(app: QCoreApplication, filename: str, folder: str) -> QTranslator | None:
    if filename.startswith("hrdesk_"):
        translator: QTranslator = _HRDeskTranslator(app, *_ts_indexes(Path(folder) / f"{filename}.ts"))
    else:
        translator = QTranslator(app)
    if translator.load(filename, folder):
        return translator
    translator.deleteLater()
    return None


def switch_language(app: QCoreApplication, language: str) -> str:
    """Install the translators of ``language`` (replacing the previous ones); returns the
    language actually used (English for an unknown code)."""
    global _current
    language = language if language in LANGUAGES else i18n.DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    candidates = []
    if language != "en":   # Qt's widgets speak English without a catalogue
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_dir))
    with contextlib.suppress(FileNotFoundError):
        candidates.append((f"hrdesk_{language}", str(paths.resource("translations"))))
    for filename, folder in candidates:
        translator = _load(app, filename, folder)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(QLocale(_LOCALES[language], _default_territory(language)))
    i18n.set_language(language)
    _current = language
    return language


def _default_territory(language: str) -> QLocale.Country:
    # The system's territory when it speaks this language (fr_CA, es_CO…), else a neutral one.
    system = QLocale.system()
    if system.language() == _LOCALES[language]:
        return system.territory()
    return QLocale.Country.AnyTerritory


def translators() -> list[QTranslator]:
    """The translators installed now (for tests)."""
    return list(_installed)


def set_language(language: str | None) -> str:
    """Use ``language`` for the interface (Qt translators), core messages and formats."""
    app = QCoreApplication.instance()
    if app is not None:
        return switch_language(app, language or i18n.DEFAULT_LANGUAGE)
    lang = language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(lang))
    return lang
