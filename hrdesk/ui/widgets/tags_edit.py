"""Free tags (themes, partners) typed in one line, separated by ';', with autocompletion
of the tag being typed from the values already used."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ";"


class _TagCompleter(QCompleter):
    def splitPath(self, path: str) -> list[str]:
        return [path.split(SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        # the text as the user typed it: moving through the list (Down) already put a
        # completion in the line, which must not count as a tag typed before
        widget = self.widget()
        typed = getattr(widget, "typed", widget.text() if widget else "")
        head = [t.strip() for t in typed.split(SEPARATOR)[:-1] if t.strip()]
        return f"{SEPARATOR} ".join([*head, str(index.data())]) + f"{SEPARATOR} "


class TagsEdit(QLineEdit):
    edited = Signal()

    def __init__(self, suggestions: Iterable[str] = (), parent: QWidget | None = None,
                 *, to_value: Callable[[str], str] | None = None,
                 to_text: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._to_value = to_value or (lambda s: s)
        self._to_text = to_text or (lambda s: s)
        self._model = QStringListModel(sorted(set(suggestions), key=str.casefold), self)
        completer = _TagCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Separate entries with ';'"))
        self.typed = ""   # the text as last typed by the user (not as completed)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._changed)
        completer.activated.connect(lambda _t: self.edited.emit())

    def _typed(self, text: str) -> None:
        self.typed = text
        self.edited.emit()

    def _changed(self, text: str) -> None:
        if not self.completer().popup().isVisible():   # set by code or by a chosen completion
            self.typed = text

    def set_suggestions(self, suggestions: Iterable[str]) -> None:
        self._model.setStringList(sorted(set(suggestions), key=str.casefold))

    def value(self) -> list[str]:
        return [self._to_value(t.strip()) for t in self.text().split(SEPARATOR) if t.strip()]

    def set_value(self, values: Iterable[str] | None) -> None:
        self.setText(f"{SEPARATOR} ".join(self._to_text(v) for v in values or []))
