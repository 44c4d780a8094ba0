"""A searchable country picker: type any part of the name (accents and case ignored)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hrdesk.reference import countries
from hrdesk.ui.labels import country_name


class CountryPicker(QComboBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        if allow_empty:
            self.addItem("", None)
        items = sorted(((country_name(c.alpha3), c.alpha3) for c in countries.countries()),
                       key=lambda x: countries._fold(x[0]))
        for name, code in items:
            self.addItem(name, code)
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
        index = self.findData(code) if code else (0 if self.itemData(0) is None else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code or "")
