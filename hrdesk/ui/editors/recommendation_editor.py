"""A recommendation: every field of ``RECOMMENDATION`` and the activities linked to it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hrdesk.domain import choices as C
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.records import RECOMMENDATION
from hrdesk.services.recommendations import RecommendationService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.base_editor import RecordEditor
from hrdesk.ui.editors.record_form import RecordForm
from hrdesk.ui.labels import choice_label, format_date


class RecommendationEditor(RecordEditor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, uuid: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.resize(900, 640)
        self.setWindowTitle(self.tr("Recommendation"))
        main = [f.name for f in RECOMMENDATION.fields if f.name != "sdg_targets"]
        self.form = RecordForm(RECOMMENDATION, ctx.db, self.tabs, [
            ("general", self.tr("Recommendation"), main),
            ("sdg", self.tr("SDG targets"), ["sdg_targets"])])
        self.form.edited.connect(self.mark_dirty)
        self.linked = QTableWidget(0, 3, self)
        self.linked.setAccessibleName(self.tr("Linked activities"))
        self.linked.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Activity"), self.tr("Kind")])
        self.linked.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.linked.verticalHeader().hide()
        self.linked.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.linked, self.tr("Linked activities"))
        self.load(uuid)

    def load(self, uuid: str | None) -> None:
        service = RecommendationService(self.ctx.db)
        if uuid:
            data = service.get(uuid)
            self.uuid, self.version = uuid, data["version"]
            rows = service.activities_of(uuid)
        else:
            data, rows = RECOMMENDATION.defaults(), []
            self.uuid = self.version = None
        self.form.set_values(data)
        self.set_header(", ".join(filter(None, [data.get("symbol"), data.get("paragraph")]))
                                 or self.tr("New recommendation"))
        self.linked.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for col, text in enumerate([format_date(r["start_date"]), r["title"],
                                        choice_label(C.ACTIVITY_KIND, r["kind"])]):
                self.linked.setItem(i, col, QTableWidgetItem(text))
        self.tabs.setTabText(2, self.tr("Linked activities (%n)", "", len(rows)))
        self.dirty = False

    def write(self) -> bool:
        service = RecommendationService(self.ctx.db)
        try:
            if self.uuid:
                saved = service.update(self.uuid, self.form.values(), expected_version=self.version)
            else:
                saved = service.create(self.form.values())
        except ValidationError as exc:
            self.show_banner(self.form.show_problems(exc.problems))
            return False
        self.uuid, self.version = saved["uuid"], saved["version"]
        self.ctx.notify("recommendation")
        return True
