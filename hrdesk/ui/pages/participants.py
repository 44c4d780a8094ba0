"""The participants registry: lazy list (100,000 people), search, filters, editor,
duplicate finder and merge."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from hrdesk.domain import choices as C
from hrdesk.services import queries
from hrdesk.services.participants import ParticipantService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.duplicates_dialog import DuplicatesDialog
from hrdesk.ui.editors.participant_editor import ParticipantEditor
from hrdesk.ui.icons import icon
from hrdesk.ui.labels import choice_label, country_name
from hrdesk.ui.models.paged import Column, PagedTableModel
from hrdesk.ui.pages.list_page import ListPage
from hrdesk.ui.widgets.country_picker import CountryPicker


def participant_model(ctx: AppContext, page: QWidget) -> PagedTableModel:
    tr = page.tr
    columns = [
        Column("full_name", lambda: tr("Name"), lambda r: r["full_name"]),
        Column("sex", lambda: tr("Sex"), lambda r: choice_label(C.SEX, r["sex"])),
        Column("organisation", lambda: tr("Organisation"), lambda r: r["organisation"] or ""),
        Column("position", lambda: tr("Position"), lambda r: r["position"] or ""),
        Column("stakeholder_category", lambda: tr("Category"),
               lambda r: choice_label(C.STAKEHOLDER_CATEGORY, r["stakeholder_category"])),
        Column("country", lambda: tr("Country"), lambda r: country_name(r["country"])),
        Column("participations", lambda: tr("Activities"), lambda r: str(r.get("participations", "")),
               align_right=True),
    ]

    def count(flt):
        with ctx.db.read_session() as s:
            return queries.count_participants_in(s, flt)

    def fetch(flt, sort, descending, offset, limit):
        with ctx.db.read_session() as s:
            return queries.fetch_participants_in(s, flt, sort=sort, descending=descending,
                                                 offset=offset, limit=limit)

    return PagedTableModel(columns, count, fetch, sort="full_name", descending=False, parent=page)


class ParticipantsPage(ListPage):
    key, icon_name = "participants", "participants"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sex = self._combo(self.tr("Any sex"), [(c.code, choice_label(C.SEX, c.code)) for c in C.SEX])
        self.category = self._combo(self.tr("Any category"), [
            (c.code, choice_label(C.STAKEHOLDER_CATEGORY, c.code)) for c in C.STAKEHOLDER_CATEGORY])
        self.country = CountryPicker(self)
        self.country.lineEdit().setPlaceholderText(self.tr("Any country"))
        for w, name in ((self.sex, self.tr("Sex")), (self.category, self.tr("Stakeholder category")),
                        (self.country, self.tr("Country"))):
            w.setAccessibleName(name)
            w.setToolTip(name)
        self.filters.addWidget(self.sex, 0, 2)
        self.filters.addWidget(self.category, 0, 3)
        self.filters.addWidget(self.country, 0, 4)
        self.filters.setColumnStretch(1, 3)
        for col in (2, 3, 4):
            self.filters.setColumnStretch(col, 2)
        self.sex.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.country.edited.connect(self.apply_filter)
        self.duplicates_button = QPushButton(icon("merge"), self.tr("Find duplicates…"), self)
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.extra_buttons.addWidget(self.duplicates_button)
        self.resize_columns([220, 80, 0, 160, 170, 130, 80])
        ctx.changed.connect(self._changed)

    def make_model(self) -> PagedTableModel:
        return participant_model(self.ctx, self)

    def title(self) -> str:
        return self.tr("Participants")

    def new_label(self) -> str:
        return self.tr("New participant")

    def search_hint(self) -> str:
        return self.tr("Search name, organisation, position or e-mail")

    def bar_filter(self) -> queries.ParticipantFilter:
        def one(combo):
            return (combo.currentData(),) if combo.currentData() is not None else ()
        country = self.country.value()
        return queries.ParticipantFilter(text=self.search.text(), sexes=one(self.sex),
                                         categories=one(self.category),
                                         countries=(country,) if country else ())

    def is_filtered(self) -> bool:
        return self.current_filter() != queries.ParticipantFilter()

    def count_text(self, n: int) -> str:
        return self.tr("Matches: %Ln", "", n)

    def empty_texts(self, filtered: bool) -> tuple[str, str]:
        if filtered:
            return self.tr("Nobody matches"), self.tr("Try other words or clear some filters.")
        return (self.tr("No participants yet"),
                self.tr("People are added from an activity's Participants tab, or here with "
                        "“New participant”. Each person is registered once and linked to every "
                        "activity they attend."))

    def _changed(self, record_type: str) -> None:
        if record_type in ("participant", "activity", "activity_deleted") and self._loaded:
            self.apply_filter()

    def editor_class(self):
        return ParticipantEditor

    def find_duplicates(self):
        dialog = DuplicatesDialog(self.ctx, self.window())
        dialog.open()
        self.duplicates_dialog = dialog
        return dialog

    def delete_question(self, n: int) -> str:
        return self.tr("Delete %Ln person(s) from the registry? You can undo this.", "", n)

    def deleted_text(self, n: int) -> str:
        return self.tr("%Ln person(s) deleted.", "", n)

    def delete_rows(self, uuids: list[str]) -> int:
        n = ParticipantService(self.ctx.db).delete(uuids)
        self.ctx.notify("participant_deleted")
        return n

    def restore_rows(self, uuids: list[str]) -> int:
        n = ParticipantService(self.ctx.db).restore(uuids)
        self.ctx.notify("participant_deleted")
        return n
