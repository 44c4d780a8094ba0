"""A compact multi-choice filter: a button that says what is chosen ("Any kind", "Training",
"3 kinds") and opens a searchable list of check boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from hrdesk import paths
from hrdesk.domain.text import fold
from hrdesk.ui.widgets.checklist import CheckList


class MultiPick(QToolButton):
    changed = Signal()

    def __init__(self, any_text: str, count_text: Callable[[int], str], items: Iterable[tuple[object, str]] = (),
                 parent: QWidget | None = None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self.any_text, self.count_text = any_text, count_text
        self.setObjectName("actionButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMinimumWidth(120)
        chevron = paths.resource("icons", "chevron-down.svg").as_posix()
        self.setStyleSheet("QToolButton { padding-right: 24px; text-align: left; }"
                           "QToolButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: "
                           f"center right; right: 8px; width: 10px; height: 10px; image: url({chevron}); }}")
        menu = QMenu(self)
        body = QWidget(menu)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(self.tr("Type to filter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.setVisible(searchable)
        self.list = CheckList([], body)
        self.list.setMaximumHeight(320)
        self.list.setMinimumWidth(280)
        clear = QPushButton(self.tr("Clear"), body)
        clear.clicked.connect(lambda: self.set_value([]))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(clear)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        action = QWidgetAction(menu)
        action.setDefaultWidget(body)
        menu.addAction(action)
        self.setMenu(menu)
        self.list.edited.connect(self._edited)
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[object, str]]) -> None:
        chosen = set(self.value())
        self.list.blockSignals(True)
        self.list.clear()
        for code, label in items:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_text()

    def value(self) -> list:
        return self.list.value()

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, codes: Iterable[object]) -> None:
        self.list.blockSignals(True)
        self.list.set_value(codes)
        self.list.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        labels = self.labels()
        if not labels:
            text = self.any_text
        elif len(labels) == 1:
            text = labels[0]
        else:
            text = self.count_text(len(labels))
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 220))
        self.setToolTip("\n".join(labels) or self.any_text)

    def _filter(self, text: str) -> None:
        key = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))
