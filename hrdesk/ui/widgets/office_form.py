"""The office profile and user name (first-run wizard and Settings), with messages under
the fields from the office validation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hrdesk import paths
from hrdesk.domain.errors import Problem
from hrdesk.domain.records import OFFICE
from hrdesk.domain.validation import validate
from hrdesk.i18n import LANGUAGES, _
from hrdesk.ui.labels import core, field_label
from hrdesk.ui.widgets.field_widgets import make_field_widget

# Languages the interface is (or will be) available in; only those with a translation are enabled.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def available_languages() -> set[str]:
    """English, and every language whose interface catalogue is shipped."""
    try:
        folder = paths.resource("translations")
    except FileNotFoundError:
        return {"en"}
    return {"en"} | {code for code in LANGUAGES if (folder / f"hrdesk_{code}.qm").exists()}


class OfficeForm(QWidget):
    FIELDS = ("code", "name", "kind", "country")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for name in self.FIELDS:
            f = OFFICE[name]
            widget = make_field_widget(f, None, self)
            widget.edited.connect(self.recheck)
            self._row(form, field_label(f) + (" *" if f.required else ""), name, widget, f.help)
        self.user = QLineEdit(self)
        self.user.setMaxLength(100)
        self.user.setAccessibleName(self.tr("Your name"))
        self.user.textEdited.connect(self.recheck)
        self._row(form, self.tr("Your name *"), "user_name", self.user,
                  self.tr("Shown in the audit trail next to each change you make."))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        available = available_languages()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
            if code not in available:
                item = self.language.model().item(self.language.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self.tr("This translation is not available yet."))
        self._row(form, self.tr("Language"), "language", self.language, "")

    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget, help_text: str) -> None:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if help_text:
            hint = QLabel(core(help_text) if name in self.FIELDS else help_text, holder)
            hint.setObjectName("pageSubtitle")
            hint.setWordWrap(True)
            box.addWidget(hint)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        form.addRow(label, holder)
        self.widgets[name] = widget
        self.errors[name] = error

    def values(self) -> dict[str, Any]:
        return {name: self.widgets[name].value() for name in self.FIELDS}

    def user_name(self) -> str:
        return self.user.text().strip()

    def language_code(self) -> str:
        return self.language.currentData()

    def set_values(self, office: dict[str, Any], user_name: str, language: str) -> None:
        for name in self.FIELDS:
            self.widgets[name].set_value(office.get(name))
        self.user.setText(user_name or "")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def set_code_locked(self, locked: bool) -> None:
        """A configured office's code never changes (it identifies its records in every exchange)."""
        code = self.widgets["code"]
        code.setReadOnly(locked)
        code.setToolTip(self.tr("The code identifies this office's records in every exchange; it cannot be "
                                "changed once set.") if locked else "")

    def problems(self) -> list[Problem]:
        """What is wrong with the values as they stand (office validation, and the user's name)."""
        values = self.values()
        problems = validate(OFFICE, {**OFFICE.defaults(), **{k: v for k, v in values.items() if v is not None},
                                     "code": (values.get("code") or "").upper() or None})
        if not self.user_name():
            problems.append(Problem("user_name", _("This field is required.")))
        return problems

    def recheck(self) -> None:
        """The messages shown follow the user's corrections: a message goes (or changes) as
        soon as its field is corrected; no new message appears before the next save."""
        shown = [name for name, label in self.errors.items() if not label.isHidden()]
        if not shown:
            return
        now: dict[str, list[str]] = {}
        for p in self.problems():
            now.setdefault(p.field, []).append(p.message)
        for name in shown:
            if now.get(name):
                self.errors[name].setText("\n".join(now[name]))
            else:
                self.errors[name].hide()
                self.errors[name].clear()

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        for label in self.errors.values():
            label.hide()
        others = []
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                others.append(p)
            else:
                label.setText(p.message)
                label.show()
        return others

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return "" if label.isHidden() else label.text()
