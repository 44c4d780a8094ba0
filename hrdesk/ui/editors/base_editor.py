"""What every record editor shares: the Designer form, the record form, the banner for
problems that concern no single field, and the unsaved-changes guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from hrdesk.domain.errors import HRDeskError, Problem
from hrdesk.ui.context import AppContext
from hrdesk.ui.forms import load_form
from hrdesk.ui.icons import icon


class RecordEditor(QDialog):
    """Subclasses build ``self.form`` and implement ``load`` and ``write``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("record_editor.ui", self)
        self.ctx = ctx
        self.uuid: str | None = None
        self.version: int | None = None
        self.dirty = False
        self.resize(1040, 680)
        self.bannerLabel.setObjectName("warningBanner")
        self.bannerLabel.hide()
        self.headerLabel.setMinimumWidth(1)   # a 300-character title must not widen the dialog
        self._header = ""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        # our own icons: the style's standard ones come and go with the language (none in Spanish)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setIcon(icon("save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setIcon(icon("cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)

    def set_header(self, text: str) -> None:
        """The dialog's heading, on one line (elided, whole in the tooltip)."""
        self._header = text
        self.headerLabel.setToolTip(text)
        self._elide_header()

    def _elide_header(self) -> None:
        metrics = self.headerLabel.fontMetrics()
        width = self.width() - 28
        self.headerLabel.setText(metrics.elidedText(self._header, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide_header()

    def mark_dirty(self) -> None:
        self.dirty = True

    def show_banner(self, problems: list[Problem] | list[str]) -> None:
        lines = [str(p) for p in problems]
        self.bannerLabel.setText("\n".join(lines))
        self.bannerLabel.setVisible(bool(lines))
        self.bannerLabel.setObjectName("warningBanner")

    def save(self) -> bool:
        try:
            ok = self.write()
        except HRDeskError as exc:  # conflicts, missing records: said plainly
            problems = getattr(exc, "problems", None)
            self.show_banner(problems or [str(exc)])
            return False
        if ok:
            self.dirty = False
            self.accept()
        return ok

    def write(self) -> bool:  # pragma: no cover - implemented by subclasses
        raise NotImplementedError

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        self.dirty = False
        super().reject()

    def closeEvent(self, event) -> None:
        if self.dirty and not self.confirm_discard():
            event.ignore()
            return
        self.dirty = False
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_for_close()
        return answer == QMessageBox.StandardButton.Discard

    def save_for_close(self) -> bool:
        try:
            return self.write()
        except HRDeskError as exc:
            self.show_banner(getattr(exc, "problems", None) or [str(exc)])
            return False
