"""The contract of a page in the main window, and the empty state shown by unfinished ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrdesk.ui.context import AppContext
from hrdesk.ui.icons import icon


class Page(QWidget):
    """A main-window page.  Subclasses set ``key`` and ``icon_name`` and override
    ``title``; the window calls ``activate`` when the page is shown and routes the
    standard actions (new, save, find, delete, refresh) to the current page."""

    key = ""
    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        return self.key

    def titled_layout(self) -> QVBoxLayout:
        """The page's layout, started with its title and a status label beside it
        (``self.status``) for a short note such as a count or the scope."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        head = QHBoxLayout()
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        self.status = QLabel(self)
        self.status.setObjectName("matchCount")
        head.addWidget(heading)
        head.addSpacing(12)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        layout.addLayout(head)
        return layout

    def activate(self) -> None:
        """Called when the page becomes visible."""

    def refresh(self) -> None:
        self.activate()

    def new_record(self) -> None:
        """Ctrl+N"""

    def save(self) -> None:
        """Ctrl+S"""

    def find(self) -> None:
        """Ctrl+F"""

    def delete_selected(self) -> None:
        """Del"""


class EmptyState(QWidget):
    """A designed empty state: icon, title, one or two sentences saying what comes next."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("emptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setFixedWidth(560)
        self._fit()
        for w in (picture, self.title_label):
            layout.addWidget(w)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self._fit()

    def _fit(self) -> None:  # a wrapped label in a centred layout needs its height set
        self.text_label.setFixedHeight(self.text_label.heightForWidth(self.text_label.width()) + 4)


class ComingPage(Page):
    """A page whose feature arrives with another issue: an honest empty state."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        heading = QLabel(self.title(), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.empty = EmptyState(self.icon_name, self.empty_title(), self.empty_text(), self)
        layout.addWidget(self.empty, 1)

    def empty_title(self) -> str:
        return ""

    def empty_text(self) -> str:
        return ""
