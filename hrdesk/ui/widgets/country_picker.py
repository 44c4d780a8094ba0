"""A searchable country picker: type any part of the name (accents and case ignored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hrdesk import i18n
from hrdesk.reference import countries
from hrdesk.ui.labels import country_name

_models: dict[str, QStandardItemModel] = {}


def country_model() -> QStandardItemModel:
    """Country names in the current language (first row empty), sorted, with the alpha-3
    code as item data; one model shared by every picker."""
    language = i18n.current().language
    model = _models.get(language)
    if model is None:
        model = QStandardItemModel(QCoreApplication.instance())
        empty = QStandardItem("")
        empty.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(empty)
        items = sorted(((country_name(c.alpha3), c.alpha3) for c in countries.countries()),
                       key=lambda x: countries.collation_key(x[0]))
        for name, code in items:
            item = QStandardItem(name)
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        _models[language] = model
    return model


class CountryPicker(QComboBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setModel(country_model())  # shared: built once per language
        self.allow_empty = allow_empty
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        return countries.lookup(text) or text  # unknown text: validation explains

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code or "")
