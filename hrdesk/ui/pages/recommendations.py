"""Recommendations of the human-rights mechanisms, and the activities addressing them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from hrdesk import i18n
from hrdesk.domain import choices as C
from hrdesk.reference.mechanisms import MECHANISM, short_name
from hrdesk.services import queries
from hrdesk.services.recommendations import RecommendationService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.recommendation_editor import RecommendationEditor
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.models.paged import Column, PagedTableModel
from hrdesk.ui.pages.list_page import ListPage


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
        self.filters.setColumnStretch(1, 3)
        self.filters.setColumnStretch(2, 2)
        self.filters.setColumnStretch(3, 2)
        self.mechanism.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.import_button = QPushButton(self.tr("Import recommendations…"), self)
        self.import_button.setToolTip(self.tr("Bring in a list of recommendations: an export of the Universal "
                                              "Human Rights Index, a UPR database or a UPR matrix"))
        self.import_button.clicked.connect(lambda: self.import_recommendations())
        self.extra_buttons.addWidget(self.import_button)
        self.resize_columns([170, 170, 0, 120, 140, 80])
        ctx.changed.connect(self._changed)

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
                                            statuses=one(self.status))

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
