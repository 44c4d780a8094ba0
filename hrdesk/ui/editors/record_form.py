"""A form built from a record definition: one widget per field (``field_widgets``), grouped
in tabs, required markers, and validation messages shown right under the field concerned."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import Problem
from hrdesk.domain.fields import Kind, RecordType
from hrdesk.domain.validation import validate
from hrdesk.storage.database import Database
from hrdesk.ui.labels import field_label
from hrdesk.ui.widgets.field_widgets import make_field_widget

WIDE_KINDS = {Kind.SDG_TARGETS, Kind.REFERENCES, Kind.REACH_GRID, Kind.MULTICHOICE, Kind.MULTILINE}


class RecordForm(QObject):
    edited = Signal()

    def __init__(self, record_type: RecordType, db: Database | None, tabs: QTabWidget,
                 sections: Sequence[tuple[str, str, Iterable[str]]]) -> None:
        """``sections``: (key, translated title, field names) — one tab each."""
        super().__init__(tabs)
        self.record_type = record_type
        self.tabs = tabs
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._followed: dict[str, bool] = {}   # field -> its messages are validation's (recheck can follow them)
        self.tab_of: dict[str, int] = {}
        self.pages: dict[str, QWidget] = {}
        for key, title, names in sections:
            page = self._section(list(names), db)
            page.setObjectName(f"tab_{key}")
            index = tabs.addTab(page, title)
            self.pages[key] = page
            for name in names:
                self.tab_of[name] = index

    def _section(self, names: list[str], db: Database | None) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("formBody")
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(16, 12, 16, 12)
        form.setVerticalSpacing(6)
        for name in names:
            f = self.record_type[name]
            widget = make_field_widget(f, db, body)
            widget.edited.connect(self.edited.emit)
            widget.edited.connect(partial(self.recheck, name))
            error = QLabel(body)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            holder = QWidget(body)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            text = field_label(f) + (" *" if f.required else "")
            label = QLabel(text, body)
            label.setBuddy(widget)
            if f.required:
                label.setToolTip(self.tr("Required"))
            if f.kind in WIDE_KINDS:
                label.setObjectName("sectionTitle")
                form.addRow(label)
                form.addRow(holder)
            else:
                form.addRow(label, holder)
            self.widgets[name] = widget
            self.errors[name] = error
        scroll.setWidget(body)
        return scroll

    # -- values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: w.value() for name, w in self.widgets.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            try:
                widget.set_value(values.get(name))
            finally:
                widget.blockSignals(False)

    # -- problems ----------------------------------------------------------------------
    def clear_problems(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            label.clear()
            self._followed.pop(name, None)
            self._mark(self.widgets[name], False)

    def show_problems(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show each problem under its field; return those that belong to no field."""
        self.clear_problems()
        problems = list(problems)
        checked = validate(self.record_type, self.values())   # those that recheck() can follow
        others: list[Problem] = []
        first: str | None = None
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                others.append(p)
                continue
            label.setText("\n".join(filter(None, [label.text(), p.message])))
            self._followed[p.field] = self._followed.get(p.field, True) and any(
                q.message == p.message for q in checked if q.field == p.field)
            label.show()
            self._mark(self.widgets[p.field], True)
            first = first or p.field
        if first is not None:
            self.tabs.setCurrentIndex(self.tab_of[first])
            self.widgets[first].setFocus()
        return others

    def recheck(self, edited: str | None = None) -> None:
        """The messages shown follow the user's corrections: each field showing a message gets
        the messages the validation now gives it (none: the message and the red mark go).  A
        message from the save that validation cannot re-check (a conflict) stays until the
        field it concerns is edited.  No new message appears before the next save."""
        widget = self.widgets.get(edited or "")
        own = widget.problem() if hasattr(widget, "problem") else ""
        if own:   # a field that knows what is wrong at once (a date that is no date) says so
            self.errors[edited].setText(own)
            self.errors[edited].show()
            self._followed[edited] = True
            self._mark(widget, True)
        shown = [name for name, label in self.errors.items() if not label.isHidden()]
        if not shown:
            return
        now: dict[str, list[str]] = {}
        for p in validate(self.record_type, self.values()):
            if p.field == edited and own:
                p = Problem(p.field, own)
            now.setdefault(p.field, []).append(p.message)
        for name in shown:
            label = self.errors[name]
            if now.get(name):
                label.setText("\n".join(now[name]))
            elif name == edited or self._followed.get(name):
                label.hide()
                label.clear()
                self._mark(self.widgets[name], False)

    def problem_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
