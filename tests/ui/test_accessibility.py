"""Accessibility: every input of every page, editor tab and dialog has an accessible name
(its own, or a label whose buddy it is), and the keyboard reaches it in visual order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QAbstractButton)


def _inside_compound(widget: QWidget) -> bool:
    """The line edit of a combo box or spin box, the cells of a calendar: named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit)):  # QLineEdit: its clear button
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:  # cell editors, index widgets
            return True
        parent = parent.parentWidget()
    return False


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def unnamed_inputs(top: QWidget) -> list[str]:
    """Inputs visible in ``top`` (every tab of every tab widget visited) without an accessible name."""
    found: dict[int, QWidget] = {}

    def collect() -> None:
        for w in top.findChildren(QWidget):
            if isinstance(w, INPUTS) and w.isVisible() and not _inside_compound(w):
                found[id(w)] = w

    collect()
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            collect()
        tabs.setCurrentIndex(current)
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    return sorted(f"{type(w).__name__} {w.objectName() or '(no object name)'} "
                  f"in {type(w.parentWidget()).__name__}"
                  for w in found.values() if not _named(w, buddies))


def test_every_page_input_has_an_accessible_name(sample, window, qtbot):
    problems = []
    for key in window.pages_by_key:
        page = window.show_page(key)
        qtbot.wait(50)
        problems += [f"page {key}: {p}" for p in unnamed_inputs(page)]
    assert problems == [], "\n".join(problems)


def test_every_editor_input_has_an_accessible_name(sample, ctx, window, qtbot):
    from hrdesk.ui.editors.activity_editor import ActivityEditor
    from hrdesk.ui.editors.participant_editor import ParticipantEditor
    from hrdesk.ui.editors.recommendation_editor import RecommendationEditor

    problems = []
    for cls, uuid in ((ActivityEditor, sample["activities"][0]["uuid"]),
                      (ParticipantEditor, sample["people"][0]["uuid"]), (RecommendationEditor, None)):
        editor = cls(ctx, window, uuid)
        qtbot.addWidget(editor)
        editor.show()
        problems += [f"{cls.__name__}: {p}" for p in unnamed_inputs(editor)]
        editor.dirty = False
        editor.close()
    assert problems == [], "\n".join(problems)


def test_the_new_dialogs_and_the_wizard_name_every_input(sample, window, qtbot, tmp_path):
    from hrdesk.storage.database import Database
    from hrdesk.ui.wizard import FirstRunWizard

    problems = []
    for dialog in (window.backups(), window.encryption(), window.import_activity_log(), window.user_guide()):
        qtbot.waitUntil(dialog.isVisible)
        problems += [f"{type(dialog).__name__}: {p}" for p in unnamed_inputs(dialog)]
        dialog.close()
    db = Database.open(tmp_path / "new.sqlite")
    try:
        wizard = FirstRunWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        problems += [f"FirstRunWizard: {p}" for p in unnamed_inputs(wizard)]
        wizard.close()
    finally:
        db.close()
    assert problems == [], "\n".join(problems)


def tab_order_problems(top: QWidget) -> list[str]:
    """Inputs the Tab key reaches out of visual order (a later one above an earlier one in the
    same column), or never reaches."""
    inputs = [w for w in top.findChildren(QWidget)
              if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled() and not _inside_compound(w)
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    chain, w = [], top.nextInFocusChain()
    while w is not top and len(chain) < 2000:
        if w in inputs and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
    problems = [f"{type(w).__name__} {w.accessibleName() or w.objectName()} is not reached by Tab"
                for w in inputs if w not in chain]
    for a, b in itertools.pairwise(chain):
        pa, pb = a.mapTo(top, a.rect().topLeft()), b.mapTo(top, b.rect().topLeft())
        same_column = abs(pa.x() - pb.x()) < 8
        if same_column and pb.y() < pa.y() - 4:
            problems.append(f"Tab goes up from {a.accessibleName() or type(a).__name__} "
                            f"to {b.accessibleName() or type(b).__name__}")
    return problems


def test_tab_order_follows_the_visual_order_in_every_editor_tab(sample, ctx, window, qtbot):
    from hrdesk.ui.editors.activity_editor import ActivityEditor
    from hrdesk.ui.editors.participant_editor import ParticipantEditor
    from hrdesk.ui.editors.recommendation_editor import RecommendationEditor

    problems = []
    for cls, uuid in ((ActivityEditor, sample["activities"][0]["uuid"]),
                      (ParticipantEditor, sample["people"][0]["uuid"]), (RecommendationEditor, None)):
        editor = cls(ctx, window, uuid)
        qtbot.addWidget(editor)
        editor.show()
        for i in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(i)
            problems += [f"{cls.__name__} tab {editor.tabs.tabText(i)}: {p}" for p in tab_order_problems(editor)]
        editor.dirty = False
        editor.close()
    for key in window.pages_by_key:
        page = window.show_page(key)
        problems += [f"page {key}: {p}" for p in tab_order_problems(page)]
    assert problems == [], "\n".join(problems)
