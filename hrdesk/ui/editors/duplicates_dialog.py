"""Groups of likely duplicate participants, and merging a group into one person.
The merge runs on the database worker thread with a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidgetItem, QWidget

from hrdesk.domain import choices as C
from hrdesk.domain.progress import Cancelled
from hrdesk.safety.backups import backup_before
from hrdesk.services import participants
from hrdesk.services.participants import ParticipantService
from hrdesk.ui.context import AppContext
from hrdesk.ui.forms import load_form
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.worker import run_with_progress

UUID = Qt.ItemDataRole.UserRole


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("duplicates_dialog.ui", self)
        self.ctx = ctx
        self.groupsTree.setColumnCount(4)
        self.groupsTree.setHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Country"),
                                         self.tr("Sex")])
        self.groupsTree.setColumnWidth(0, 260)
        self.groupsTree.setColumnWidth(1, 260)
        self.groupsTree.currentItemChanged.connect(self._selection)
        self.mergeButton.clicked.connect(self.merge_current)
        self.closeButton.clicked.connect(self.accept)
        self.mergeButton.setAutoDefault(False)
        self.closeButton.setDefault(True)
        self.reload()

    def reload(self) -> None:
        """Look for the groups on the database thread (a second or so on 100,000 people)."""
        self.groupsTree.clear()
        self.mergeButton.setEnabled(False)
        self.loading = True
        self.summaryLabel.setText(self.tr("Looking for likely duplicates…"))
        db = self.ctx.db
        self.ctx.worker.run(lambda _p: participants.duplicate_groups(db), self._show, self._failed)

    def _show(self, groups) -> None:
        self.loading = False
        for group in groups:
            top = QTreeWidgetItem(self.groupsTree, [self.tr("%Ln record(s) named “{name}”", "", len(group))
                                                    .replace("{name}", group[0]["full_name"])])
            top.setFirstColumnSpanned(True)
            for person in group:
                child = QTreeWidgetItem(top, [person["full_name"], person.get("organisation") or "",
                                              country_name(person.get("country")),
                                              choice_label(C.SEX, person.get("sex"))])
                child.setData(0, UUID, person["uuid"])
            top.setExpanded(True)
        self.summaryLabel.setText(self.tr("%Ln group(s) of likely duplicates.", "", len(groups)))
        self.mergeButton.setEnabled(False)

    def _selection(self, current, _previous) -> None:
        self.mergeButton.setEnabled(bool(current and current.data(0, UUID)))

    def merge_current(self) -> None:
        item = self.groupsTree.currentItem()
        if item is None or not item.data(0, UUID):
            return
        keep = item.data(0, UUID)
        group = item.parent()
        others = [group.child(i).data(0, UUID) for i in range(group.childCount())
                  if group.child(i).data(0, UUID) != keep]
        answer = QMessageBox.question(
            self, self.tr("Merge"),
            self.tr("Keep “{name}” and merge %Ln other record(s) into it? Their participations move to "
                    "the kept record.", "", len(others)).replace("{name}", item.text(0)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = ParticipantService(self.ctx.db)
        self.job = run_with_progress(self.ctx.worker, self, self.tr("Merging…"),
                                     lambda progress: service.merge(keep, others, backup_first=backup_before,
                                                                    progress=progress),
                                     self._merged, self._failed)

    def _merged(self, _kept) -> None:
        self.ctx.notify("participant")
        self.ctx.message.emit(self.tr("Records merged."))
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        if isinstance(exc, Cancelled):  # the user's choice: nothing was merged
            self.ctx.message.emit(self.tr("Merge cancelled: nothing was merged."))
            return
        QMessageBox.warning(self, self.tr("Merge failed"), str(exc))
