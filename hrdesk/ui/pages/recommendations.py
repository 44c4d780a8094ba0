"""Recommendations of the human-rights mechanisms, and the activities addressing them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hrdesk import i18n
from hrdesk.domain import choices as C
from hrdesk.reference.mechanisms import MECHANISM, short_name
from hrdesk.reports import followup_report
from hrdesk.services import followup, queries
from hrdesk.services import recommendations as recs
from hrdesk.services.recommendations import RecommendationService
from hrdesk.ui import preferences
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.recommendation_editor import RecommendationEditor
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.models.paged import Column, PagedTableModel
from hrdesk.ui.pages.list_page import ListPage
from hrdesk.ui.pages.recommendation_followup import ClusterDialog, MatrixPanel
from hrdesk.ui.pages.reports_page import safe_file_name
from hrdesk.ui.worker import run_with_progress


def recommendation_model(ctx: AppContext, page: QWidget) -> PagedTableModel:
    tr = page.tr
    columns = [
        Column("symbol", lambda: tr("Symbol"), lambda r: ", ".join(filter(None, [r["symbol"], r["paragraph"]]))),
        Column("mechanism", lambda: tr("Mechanism"),
               lambda r: short_name(r["mechanism"], r["body"], i18n.current()),
               tooltip=lambda r: " — ".join(filter(None, [choice_label(MECHANISM, r["mechanism"]), r["body"]]))),
        Column("", lambda: tr("Text"), lambda r: (r["text"] or "").replace("\n", " ")[:200]),
        Column("country", lambda: tr("Country"), lambda r: country_name(r["country"])),
        Column("implementation_status", lambda: tr("Status"),
               lambda r: choice_label(C.IMPLEMENTATION_STATUS, r["implementation_status"])),
        Column("", lambda: tr("Activities"), lambda r: str(r["activities"] or ""), align_right=True),
    ]

    def count(flt):
        return queries.list_recommendations(ctx.db, flt, limit=0).total

    def fetch(flt, sort, descending, offset, limit):
        return queries.list_recommendations(ctx.db, flt, sort=sort, descending=descending,
                                            offset=offset, limit=limit).rows

    return PagedTableModel(columns, count, fetch, sort="symbol", descending=False, parent=page)


class RecommendationsPage(ListPage):
    key, icon_name = "recommendations", "recommendations"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mechanism = self._combo(self.tr("Any mechanism"),
                                     [(c.code, choice_label(MECHANISM, c.code)) for c in MECHANISM])
        self.status = self._combo(self.tr("Any status"), [
            (c.code, choice_label(C.IMPLEMENTATION_STATUS, c.code)) for c in C.IMPLEMENTATION_STATUS])
        self.mechanism.setAccessibleName(self.tr("Mechanism"))
        self.status.setAccessibleName(self.tr("Implementation status"))
        self.filters.addWidget(self.mechanism, 0, 2)
        self.filters.addWidget(self.status, 0, 3)
        # four columns of equal width: the follow-up lists below (cycle, response, cluster,
        # entity) each as wide as the others ('Cualquier ciclo' was cut in a narrow first one)
        for column in range(4):
            self.filters.setColumnStretch(column, 1)
        self.mechanism.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.import_button = QPushButton(self.tr("Import recommendations…"), self)
        self.import_button.setToolTip(self.tr("Bring in a list of recommendations: an export of the Universal "
                                              "Human Rights Index, a UPR database or a UPR matrix"))
        self.import_button.clicked.connect(lambda: self.import_recommendations())
        self.extra_buttons.addWidget(self.import_button)
        # follow-up filters (their lists filled from the database when the page is shown)
        self.cycle = self._combo(self.tr("Any cycle"), [])
        self.response = self._combo(self.tr("Any response"), [
            *((c.code, choice_label(C.RECOMMENDATION_RESPONSE, c.code)) for c in C.RECOMMENDATION_RESPONSE),
            (queries.NONE, self.tr("No response recorded"))])
        self.cluster = self._combo(self.tr("Any cluster"), [])
        self.entity = self._combo(self.tr("Any responsible entity"), [])
        for combo, name, column in ((self.cycle, self.tr("Cycle"), 0), (self.response, self.tr("Response"), 1),
                                    (self.cluster, self.tr("Cluster"), 2), (self.entity, self.tr("Responsible entity"), 3)):
            combo.setAccessibleName(name)
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            self.filters.addWidget(combo, 1, column)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("hint")
        self.status_line.setAccessibleName(self.tr("Recommendations by status"))
        self.filters.addWidget(self.status_line, 2, 0, 1, 4)
        self.matrix_button = QPushButton(self.tr("Matrix"), self)
        self.matrix_button.setCheckable(True)
        self.matrix_button.setToolTip(self.tr("Show the clusters × status matrix"))
        self.matrix_button.toggled.connect(self.show_matrix)
        self.clusters_button = QPushButton(self.tr("Clusters…"), self)
        self.clusters_button.setToolTip(self.tr("Create and rename clusters, put the selected recommendations "
                                                "in one, see suggestions"))
        self.clusters_button.clicked.connect(lambda: self.open_clusters())
        self.report_button = QPushButton(self.tr("Follow-up report"), self)
        menu = QMenu(self.report_button)
        for group_by, text in (("cluster", self.tr("By cluster…")), ("theme", self.tr("By theme…")),
                               ("mechanism", self.tr("By mechanism…"))):
            menu.addAction(text, lambda g=group_by: self.ask_report(g))
        self.report_button.setMenu(menu)
        self.report_button.setToolTip(self.tr("Compendium and follow-up matrix of the recommendations listed, "
                                              "Excel or PDF"))
        for button in (self.matrix_button, self.clusters_button, self.report_button):
            self.extra_buttons.addWidget(button)
        self.matrix = MatrixPanel(self)
        self.matrix.cell_clicked.connect(self.filter_to_cell)
        self.matrix.hide()
        self.layout().insertWidget(self.layout().indexOf(self.stack), self.matrix)
        self.counts: dict[str, int] | None = None
        self.report_written: Path | None = None
        self._choices_loaded = False
        self.resize_columns([170, 170, 0, 120, 140, 80])
        ctx.changed.connect(self._changed)

    # -- follow-up: filter lists, counts, matrix ---------------------------------------------
    def activate(self) -> None:
        if not self._choices_loaded:
            self.load_choices()
        super().activate()

    def load_choices(self) -> None:
        """The cycles, clusters and responsible entities in use, read on the worker thread."""
        self._choices_loaded = True
        db = self.ctx.db
        self.ctx.worker.run(lambda _p: (followup.cycles_in_use(db), recs.list_clusters(db),
                                        queries.known_values(db, "responsible_entities")), self._fill_choices)

    def _fill_choices(self, result) -> None:
        cycles, clusters, entities = result
        self._refill(self.cycle, [(c, self.tr("Cycle %1").replace("%1", str(c))) for c in cycles])
        self._refill(self.cluster, [(c["uuid"], c["name"]) for c in clusters]
                     + [(queries.NONE, self.tr("Not in a cluster"))])
        self._refill(self.entity, [(e, e) for e in entities])

    def _refill(self, combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code, label in items:
            combo.addItem(label, code)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if current is not None and found < 0:
            self.apply_filter()  # the chosen value is gone (a cluster renamed elsewhere, deleted)

    def apply_filter(self) -> None:
        super().apply_filter()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Counts by status of the listed recommendations, and the matrix when shown (SQL
        aggregates on the worker thread)."""
        flt = self.current_filter()
        db = self.ctx.db
        matrix = self.matrix.isVisible() or self.matrix_button.isChecked()
        around = queries.RecommendationFilter(**{**flt.__dict__, "clusters": (), "statuses": ()})
        self.ctx.worker.run(lambda _p: (followup.status_counts(db, flt),
                                        followup.cluster_matrix(db, around) if matrix else None), self._show_counts)

    def _show_counts(self, result) -> None:
        counts, matrix = result
        self.counts = counts
        parts = [self.tr("{status}: {n}", "a status and how many recommendations have it").format(
                     status=choice_label(C.IMPLEMENTATION_STATUS, s), n=QLocale().toString(n))
                 for s, n in counts.items() if s in followup.STATUSES]
        self.status_line.setText("  ·  ".join(parts))
        if matrix is not None:
            self.matrix.set_rows(matrix)

    def show_matrix(self, shown: bool) -> None:
        self.matrix.setVisible(shown)
        if shown:
            self.refresh_counts()

    def filter_to_cell(self, cluster: str | None, status: str | None) -> None:
        """A click in the matrix: the list shows that cell (a row: its cluster; a column: its status)."""
        for combo, value in ((self.cluster, cluster), (self.status, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            combo.blockSignals(False)
        self.apply_filter()

    def open_clusters(self) -> ClusterDialog:
        dialog = ClusterDialog(self.ctx, lambda: [r["uuid"] for r in self.selected_rows()], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()   # not modal: recommendations can be selected in the list meanwhile
        return dialog

    def ask_report(self, group_by: str) -> None:
        folder = preferences.REPORTS_FOLDER.get() or str(Path.home())
        name = safe_file_name(self.tr("Recommendations follow-up"))
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the follow-up report"), str(Path(folder) / (name + ".xlsx")),
            self.tr("Excel workbook (*.xlsx)") + ";;" + self.tr("PDF document (*.pdf)"))
        if not path:
            return
        path_obj = Path(path)
        if path_obj.suffix.lower() not in followup_report.FORMATS:
            path_obj = path_obj.with_name(path_obj.name + (".pdf" if "pdf" in chosen else ".xlsx"))
        preferences.REPORTS_FOLDER.set(str(path_obj.parent))
        self.write_report(path_obj, group_by)

    def write_report(self, path: Path, group_by: str = "cluster"):
        """The compendium of the recommendations listed (the page's filters), written on the
        worker thread with a progress dialog."""
        db, flt, language = self.ctx.db, self.current_filter(), i18n.current().language
        self.report_written = None

        def done(result: Path) -> None:
            self.report_written = result
            self.status_line.setText(self.tr("Report written to %1").replace("%1", str(result)))

        def failed(exc: Exception) -> None:
            if type(exc).__name__ != "Cancelled":
                QMessageBox.warning(self, self.tr("Follow-up report"), str(exc))

        return run_with_progress(self.ctx.worker, self, self.tr("Writing the report…"),
                                 lambda progress: followup_report.build(db, path, group_by=group_by, language=language,
                                                                        flt=flt, progress=progress), done, failed)

    def import_recommendations(self):
        # start-up time: the import reads workbooks; loaded when the button is used
        from hrdesk.ui.dialogs.recommendation_import_dialog import RecommendationImportDialog

        dialog = RecommendationImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_model(self) -> PagedTableModel:
        return recommendation_model(self.ctx, self)

    def title(self) -> str:
        return self.tr("Recommendations")

    def new_label(self) -> str:
        return self.tr("New recommendation")

    def search_hint(self) -> str:
        return self.tr("Search symbol, paragraph, body or text")

    def current_filter(self) -> queries.RecommendationFilter:
        def one(combo):
            return (combo.currentData(),) if combo.currentData() is not None else ()
        return queries.RecommendationFilter(text=self.search.text(), mechanisms=one(self.mechanism),
                                            statuses=one(self.status), cycles=one(self.cycle),
                                            responses=one(self.response), clusters=one(self.cluster),
                                            entities=one(self.entity))

    def is_filtered(self) -> bool:
        return self.current_filter() != queries.RecommendationFilter()

    def count_text(self, n: int) -> str:
        return self.tr("Matches: %Ln", "", n)

    def empty_texts(self, filtered: bool) -> tuple[str, str]:
        if filtered:
            return self.tr("No recommendation matches"), self.tr("Try other words or clear some filters.")
        return (self.tr("No recommendations yet"),
                self.tr("Record the recommendations of the Universal Periodic Review, treaty bodies and "
                        "special procedures that your office follows, then link activities to them."))

    def _changed(self, record_type: str) -> None:
        if record_type in ("recommendation", "activity", "activity_deleted") and self._loaded:
            self.load_choices()
            self.apply_filter()

    def editor_class(self):
        return RecommendationEditor


    def delete_rows(self, uuids: list[str]) -> int:
        n = RecommendationService(self.ctx.db).delete(uuids)
        self.ctx.notify("recommendation_deleted")
        return n

    def restore_rows(self, uuids: list[str]) -> int:
        n = RecommendationService(self.ctx.db).restore(uuids)
        self.ctx.notify("recommendation_deleted")
        return n
