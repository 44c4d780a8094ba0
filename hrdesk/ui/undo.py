"""Undoable commands (Edit → Undo, and the Undo button shown after a deletion)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class DeleteCommand(QUndoCommand):
    """Soft-delete records of a list page; undo restores them."""

    def __init__(self, page, uuids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Delete %n record(s)", "", len(uuids)))
        self.page = page
        self.uuids = list(uuids)

    def redo(self) -> None:
        n = self.page.delete_rows(self.uuids)
        self.page.after_delete(self.uuids, n)

    def undo(self) -> None:
        n = self.page.restore_rows(self.uuids)
        self.page.after_restore(n)
