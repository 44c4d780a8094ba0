"""The desktop app in French and Spanish: main window, pages, an editor and Qt's standard
buttons are translated; no English text is left where a translation exists."""

from __future__ import annotations

import pytest

from hrdesk.tools import build_translations as bt

pytestmark = pytest.mark.gui


def _english_leftovers(widget, lang: str) -> list[str]:
    """Visible texts that are English sources of a message translated differently."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QTabWidget

    translated = {m["source"] for m in bt.ts_messages(bt.ts_path(lang))
                  if m["forms"] and m["forms"][0] and m["forms"][0] != m["source"]}
    from hrdesk.tools.build_translations import read_po
    translated |= {m.id for m in read_po(lang) if isinstance(m.id, str) and m.id and m.string
                   and m.string != m.id}
    texts = []
    for w in widget.findChildren(QLabel):
        texts.append(w.text())
    for w in widget.findChildren(QAbstractButton):
        texts.append(w.text().replace("&", ""))
    for w in widget.findChildren(QGroupBox):
        texts.append(w.title())
    for w in widget.findChildren(QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    for w in widget.findChildren(QAbstractItemView):
        model = w.model()
        if model is not None and hasattr(w, "horizontalHeader"):
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(w.horizontalHeader().count())]
    return sorted({t for t in texts if t and t.rstrip(" *:") in translated})


@pytest.fixture
def ui_lang(qapp):
    from hrdesk.ui import i18n as ui_i18n

    yield lambda lang: ui_i18n.switch_language(qapp, lang)
    ui_i18n.switch_language(qapp, "en")


@pytest.mark.parametrize(("lang", "file_menu", "activities", "details", "yes"), [
    ("fr", "Fichier", "Activités", "Détails", "Oui"),
    ("es", "Archivo", "Actividades", "Detalles", "Sí"),
])
def test_main_window_editor_and_dialog_buttons_are_translated(
        db, qtbot, ui_lang, lang, file_menu, activities, details, yes):
    from PySide6.QtWidgets import QMessageBox

    from hrdesk.ui.context import AppContext
    from hrdesk.ui.editors.activity_editor import ActivityEditor
    from hrdesk.ui.main_window import MainWindow

    assert ui_lang(lang) == lang
    ctx = AppContext(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert file_menu in menus
    pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert activities in pages
    for key in window.pages_by_key:
        window.show_page(key)
    assert _english_leftovers(window, lang) == []

    editor = ActivityEditor(ctx, window)
    qtbot.addWidget(editor)
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert details in tabs
    assert _english_leftovers(editor, lang) == []
    editor.dirty = False

    box = QMessageBox(QMessageBox.Icon.Question, "HRDesk", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == yes
