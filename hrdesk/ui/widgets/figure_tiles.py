"""Key-figure tiles: a big number and its caption; a tile with something to list is a
button (click, Enter or Space) that emits the item's click-through filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

STYLE = """
QFrame#figureTile { background: #ffffff; border: 1px solid #d5dde5; border-radius: 6px; }
QFrame#figureTile[clickable="true"]:hover { background: #eef3f8; border-color: #1f4e79; }
QFrame#figureTile:focus { border: 1px solid #1f4e79; }
QLabel#tileValue { font-size: 17pt; font-weight: 600; color: #1f4e79; background: transparent; }
QLabel#tileCaption { color: #35506b; background: transparent; }
"""


class FigureTile(QFrame):
    clicked = Signal(object)   # the item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.item = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(0)
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.value)
        layout.addWidget(self.caption, 1)
        self.setMinimumHeight(72)

    def set_item(self, item, clickable: bool, hint: str = "") -> None:
        self.item = item
        self.value.setText(item.text)
        self.caption.setText(item.label)
        self.setAccessibleName(f"{item.label}: {item.text}")
        self.setToolTip(hint if clickable else "")
        if self.property("clickable") == clickable:
            return   # the style sheet's [clickable] rule already applies
        self.setProperty("clickable", clickable)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.property("clickable") \
                and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.item)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.property("clickable"):
            self.clicked.emit(self.item)
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """Tiles in ``columns`` columns."""

    clicked = Signal(object)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setStyleSheet(STYLE)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.tiles: list[FigureTile] = []

    def set_items(self, items: Sequence, clickable=lambda item: True, hint: str = "") -> None:
        while len(self.tiles) < len(items):
            tile = FigureTile(self)
            tile.clicked.connect(self.clicked)
            n = len(self.tiles)
            self.grid.addWidget(tile, n // self.columns, n % self.columns)
            self.tiles.append(tile)
        for i, tile in enumerate(self.tiles):
            tile.setVisible(i < len(items))
            if i < len(items):
                tile.set_item(items[i], clickable(items[i]), hint)
        for c in range(self.columns):
            self.grid.setColumnStretch(c, 1)
