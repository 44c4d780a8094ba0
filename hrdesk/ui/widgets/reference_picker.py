"""Pick recommendations an activity addresses: search as you type, tick the ones that apply."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hrdesk.services import queries
from hrdesk.services.recommendations import RecommendationService
from hrdesk.services.recommendations import label as recommendation_label
from hrdesk.storage.database import Database

UUID = Qt.ItemDataRole.UserRole


class RecommendationPicker(QWidget):
    edited = Signal()

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search recommendations by symbol, body or words"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search recommendations"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recommendations"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._selected: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._populate)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.itemChanged.connect(self._item_changed)
        self._populated = False

    def showEvent(self, event) -> None:
        if not self._populated:  # the list is filled when first seen
            self._populate()
        super().showEvent(event)

    def _populate(self) -> None:
        if self.db is None:
            return
        self._populated = True
        page = queries.list_recommendations(self.db, queries.RecommendationFilter(text=self.search.text()),
                                            limit=100)
        self.list.blockSignals(True)
        self.list.clear()
        shown = set()
        rows = [(u, t) for u, t in self._selected.items()]
        rows += [(r["uuid"], self._text(r)) for r in page.rows if r["uuid"] not in self._selected]
        for uuid, text in rows:
            item = QListWidgetItem(text, self.list)
            item.setData(UUID, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if uuid in self._selected else Qt.CheckState.Unchecked)
            shown.add(uuid)
        self.list.blockSignals(False)

    @staticmethod
    def _text(row: dict) -> str:
        text = (row.get("text") or "").replace("\n", " ")
        return f"{recommendation_label(row)} — {text[:140]}"

    def _item_changed(self, item: QListWidgetItem) -> None:
        uuid = item.data(UUID)
        if item.checkState() == Qt.CheckState.Checked:
            self._selected[uuid] = item.text()
        else:
            self._selected.pop(uuid, None)
        self.edited.emit()

    def value(self) -> list[str]:
        return list(self._selected)

    def set_value(self, uuids: Iterable[str] | None) -> None:
        self._selected = {}
        wanted = list(uuids or [])
        if wanted and self.db is not None:
            service = RecommendationService(self.db)
            for uuid in wanted:
                try:
                    self._selected[uuid] = self._text(service.get(uuid))
                except Exception:  # deleted since: keep the link visible by its id
                    self._selected[uuid] = uuid
        if self._populated or self.isVisible():
            self._populate()
