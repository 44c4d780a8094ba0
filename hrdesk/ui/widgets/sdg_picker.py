"""Pick SDG targets: a goal → target tree with the goals' colours and the official target
texts, a search box (code or words), several targets at once."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hrdesk.domain.text import fold
from hrdesk.reference import sdg
from hrdesk.ui.i18n import current_language

CODE = Qt.ItemDataRole.UserRole


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SdgPicker(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search targets by code or words, e.g. 16.3 or justice"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search SDG targets"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("SDG goals and targets"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self._targets: dict[str, QTreeWidgetItem] = {}
        self.tree.blockSignals(True)
        for goal in sdg.goals():
            g = QTreeWidgetItem(self.tree, [self.tr("Goal {n}: {title}").format(n=goal.number, title=sdg.goal_title(goal.number, current_language()))])
            g.setIcon(0, _swatch(goal.colour))
            g.setForeground(0, QColor(goal.colour).darker(140))
            g.setFlags(g.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for t in goal.targets:
                text = sdg.target_text(t.code, current_language())
                item = QTreeWidgetItem(g, [f"{t.code}  {text}"])
                item.setData(0, CODE, t.code)
                item.setToolTip(0, text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self._targets[t.code] = item
        self.tree.blockSignals(False)
        self.tree.itemChanged.connect(self._changed)
        self.search.textChanged.connect(self._filter)
        self._update_summary()

    def _changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, CODE):
            self._update_summary()
            self.edited.emit()

    def _update_summary(self) -> None:
        codes = self.value()
        self.summary.setText(self.tr("Selected: {codes}").format(codes=", ".join(codes)) if codes
                             else self.tr("No target selected."))

    def _filter(self, text: str) -> None:
        query = fold(text)
        for i in range(self.tree.topLevelItemCount()):
            goal = self.tree.topLevelItem(i)
            goal_match = bool(query) and query in fold(goal.text(0))
            shown = 0
            for j in range(goal.childCount()):
                child = goal.child(j)
                code = child.data(0, CODE)
                visible = not query or goal_match or code.startswith(query) or query in fold(child.text(0))
                child.setHidden(not visible)
                shown += visible
            goal.setHidden(shown == 0)
            goal.setExpanded(bool(query) and shown > 0)

    def value(self) -> list[str]:
        return [code for code, item in self._targets.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_value(self, codes: Iterable[str] | None) -> None:
        wanted = set(codes or [])
        self.tree.blockSignals(True)
        for code, item in self._targets.items():
            item.setCheckState(0, Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
            if code in wanted:
                item.parent().setExpanded(True)
        self.tree.blockSignals(False)
        self._update_summary()

    def check(self, code: str) -> None:
        self._targets[code].setCheckState(0, Qt.CheckState.Checked)
