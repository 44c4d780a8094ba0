"""Help › User guide: the short guide shipped in ``resources/guide/`` (one HTML file per
language), shown offline in the interface's language (English when there is none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hrdesk import paths
from hrdesk.ui.i18n import current_language


def guide_file(language: str) -> Path:
    """The guide in ``language``, or the English one."""
    folder = paths.resource("guide")
    found = folder / f"guide_{language}.html"
    return found if found.is_file() else folder / "guide_en.html"


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HRDesk user guide"))
        self.file = guide_file(language or current_language())
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(self.file.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.file)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 640)
