"""Undoable commands (Edit → Undo, and the Undo button shown after a deletion)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from hrdesk.domain.errors import HRDeskError


class DeleteCommand(QUndoCommand):
    """Soft-delete records of a list page (already done when pushed); undo restores them."""

    def __init__(self, page, uuids: list[str], deleted: int, text: str) -> None:
        super().__init__(text)   # "Delete 3 records", in the page's words
        self.page = page
        self.uuids = list(uuids)
        self.deleted = deleted
        self._first = True

    def redo(self) -> None:
        if not self._first:
            try:
                self.deleted = self.page.delete_rows(self.uuids)
            except HRDeskError as exc:
                self.page.report_error(exc)
                return
        self._first = False
        self.page.after_delete(self.uuids, self.deleted)

    def undo(self) -> None:
        try:
            n = self.page.restore_rows(self.uuids)
        except HRDeskError as exc:
            self.page.report_error(exc)
            return
        self.page.after_restore(n)
