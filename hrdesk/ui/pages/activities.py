"""Activities: a lazy list over ``queries`` with search, filters, sort, delete/undo."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from hrdesk.domain import choices as C
from hrdesk.domain.records import ACTIVITY
from hrdesk.reference import sdg
from hrdesk.services import queries
from hrdesk.services.activities import ActivityService
from hrdesk.services.filters import ActivityScope
from hrdesk.ui.context import AppContext
from hrdesk.ui.i18n import current_language
from hrdesk.ui.icons import icon
from hrdesk.ui.labels import choice_label, country_name, format_period
from hrdesk.ui.models.paged import Column, PagedTableModel
from hrdesk.ui.pages.list_page import ListPage
from hrdesk.ui.widgets.compact import compact
from hrdesk.ui.widgets.country_picker import CountryPicker
from hrdesk.ui.widgets.field_widgets import DateEdit


def activity_model(ctx: AppContext, parent: QWidget) -> PagedTableModel:
    tr = parent.tr
    columns = [
        Column("start_date", lambda: tr("Dates"), lambda r: format_period(r["start_date"], r["end_date"])),
        Column("kind", lambda: tr("Kind"), lambda r: choice_label(C.ACTIVITY_KIND, r["kind"])),
        Column("title", lambda: tr("Title"), lambda r: r["title"]),
        Column("country", lambda: tr("Country"), lambda r: country_name(r["country"])),
        Column("participants", lambda: tr("Participants"), lambda r: str(r["participants"] or ""),
               align_right=True),
        Column("status", lambda: tr("Status"), lambda r: choice_label(C.ACTIVITY_STATUS, r["status"])),
    ]

    def count(scope):
        with ctx.db.read_session() as s:
            return queries.count_activities_in(s, scope)

    def fetch(scope, sort, descending, offset, limit):
        with ctx.db.read_session() as s:
            return queries.fetch_activities_in(s, scope, sort=sort, descending=descending,
                                               offset=offset, limit=limit)

    return PagedTableModel(columns, count, fetch, sort="start_date", descending=True, parent=parent)


class ActivitiesPage(ListPage):
    key, icon_name = "activities", "activities"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bar = self.filters
        self.kind = self._combo(self.tr("Any kind"), [(c.code, choice_label(C.ACTIVITY_KIND, c.code))
                                                      for c in C.ACTIVITY_KIND])
        self.status = self._combo(self.tr("Any status"), [(c.code, choice_label(C.ACTIVITY_STATUS, c.code))
                                                          for c in C.ACTIVITY_STATUS])
        self.country = compact(CountryPicker(self))
        self.country.lineEdit().setPlaceholderText(self.tr("Any country"))
        self.goal = self._combo(self.tr("Any SDG goal"), [(g.number, self.tr("Goal {n}: {title}").format(
            n=g.number, title=sdg.short_title(g.number, current_language()))) for g in sdg.goals()])
        self.theme = self._combo(self.tr("Any theme"), [])
        self.date_from = DateEdit(ACTIVITY["end_date"], self)
        self.date_to = DateEdit(ACTIVITY["end_date"], self)
        for w, name in ((self.kind, self.tr("Kind")), (self.status, self.tr("Status")),
                        (self.country, self.tr("Country")), (self.goal, self.tr("SDG goal")),
                        (self.theme, self.tr("Theme")), (self.date_from, self.tr("From")),
                        (self.date_to, self.tr("To"))):
            w.setAccessibleName(name)
            w.setToolTip(name)
        self.deleted_box = QCheckBox(self.tr("Show deleted"), self)
        bar.addWidget(self.kind, 0, 2)
        bar.addWidget(self.status, 0, 3)
        bar.addWidget(self.country, 0, 4)
        bar.addWidget(QLabel(self.tr("From"), self), 1, 0)
        period = QWidget(self)
        p = QHBoxLayout(period)
        p.setContentsMargins(0, 0, 0, 0)
        p.addWidget(self.date_from)
        p.addWidget(QLabel(self.tr("to"), self))
        p.addWidget(self.date_to)
        bar.addWidget(period, 1, 1)
        bar.addWidget(self.goal, 1, 2)
        bar.addWidget(self.theme, 1, 3)
        bar.addWidget(self.deleted_box, 1, 4)
        bar.setColumnStretch(1, 3)
        for col in (2, 3, 4):
            bar.setColumnStretch(col, 2)
        for w in (self.kind, self.status, self.goal, self.theme):
            w.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.country.edited.connect(self.apply_filter)
        self.date_from.edited.connect(self.apply_filter)
        self.date_to.edited.connect(self.apply_filter)
        self.deleted_box.toggled.connect(lambda _c: self.apply_filter())
        self.resize_columns([190, 150, 0, 150, 100, 110])
        ctx.changed.connect(self._changed)

    def make_model(self) -> PagedTableModel:
        return activity_model(self.ctx, self)

    def title(self) -> str:
        return self.tr("Activities")

    def new_label(self) -> str:
        return self.tr("New activity")

    def search_hint(self) -> str:
        return self.tr("Search title, place, partner or funding source")

    def activate(self) -> None:
        super().activate()
        QTimer.singleShot(0, self.load_themes)  # after the first rows are on screen

    def load_themes(self) -> None:
        current = self.theme.currentData()
        known = queries.known_values(self.ctx.db, "themes")
        if self.theme.count() - 1 != len(known):
            self.theme.blockSignals(True)
            self.theme.clear()
            self.theme.addItem(self.tr("Any theme"), None)
            for t in known:
                self.theme.addItem(t, t)
            self.theme.setCurrentIndex(max(self.theme.findData(current), 0))
            self.theme.blockSignals(False)

    def apply_scope(self, scope: ActivityScope) -> None:
        """List the activities of ``scope`` (a Dashboard or report figure's click-through).
        The filter bar shows what it can; the rest of the scope (several kinds, offices,
        statuses…) holds until a filter or the search is changed."""
        self.load_themes()
        bar = (self.search, self.kind, self.status, self.goal, self.theme, self.country, self.date_from,
               self.date_to, self.deleted_box)
        for w in bar:
            w.blockSignals(True)
        self.search.setText(scope.text)
        for combo, values in ((self.kind, scope.kinds), (self.status, scope.statuses),
                              (self.goal, scope.sdg_goals), (self.theme, scope.themes)):
            combo.setCurrentIndex(max(combo.findData(values[0]), 0) if len(values) == 1 else 0)
        self.country.set_value(scope.countries[0] if len(scope.countries) == 1 else None)
        self.date_from.set_value(scope.date_from)
        self.date_to.set_value(scope.date_to)
        self.deleted_box.setChecked(scope.include_deleted)
        for w in bar:
            w.blockSignals(False)
        self.pin(scope)
        self.apply_filter()

    def bar_filter(self) -> ActivityScope:
        def one(combo):
            return (combo.currentData(),) if combo.currentData() is not None else ()
        country = self.country.value()
        return ActivityScope(text=self.search.text(), kinds=one(self.kind), statuses=one(self.status),
                             countries=(country,) if country else (), sdg_goals=one(self.goal),
                             themes=one(self.theme), date_from=self.date_from.value(),
                             date_to=self.date_to.value(), include_deleted=self.deleted_box.isChecked())

    def is_filtered(self) -> bool:
        scope = self.current_filter()
        return (scope != ActivityScope(text="") and scope != ActivityScope(text=scope.text)) or bool(scope.text.strip())

    def count_text(self, n: int) -> str:
        return self.tr("Matches: %Ln", "", n)

    def empty_texts(self, filtered: bool) -> tuple[str, str]:
        if filtered:
            return (self.tr("No activity matches"),
                    self.tr("Try other words or clear some filters."))
        return (self.tr("No activities yet"),
                self.tr("Record your first training, workshop or monitoring mission with "
                        "“New activity” (Ctrl+N). Participants, SDG targets and recommendations "
                        "are added inside the activity."))

    def _changed(self, record_type: str) -> None:
        if record_type in ("activity", "participant", "recommendation") and self._loaded:
            self.apply_filter()

    # -- records ----------------------------------------------------------------------
    def editor_class(self):
        # start-up time: the editor (with attendance, certificates and their libraries) loads
        # when the first activity is opened, not with the first window
        from hrdesk.ui.editors.activity_editor import ActivityEditor

        return ActivityEditor

    def context_actions(self, menu, rows: list[dict]) -> None:
        deleted = [r["uuid"] for r in rows if r.get("deleted_at")]
        if deleted:
            menu.addAction(icon("undo"), self.tr("Restore"), lambda: self.restore_deleted(deleted))
            return
        menu.addAction(self.tr("Open"), lambda: self.open_row(rows[0]))
        menu.addAction(icon("duplicate"), self.tr("Duplicate as new"), lambda: self.duplicate(rows[0]["uuid"]))

    def restore_deleted(self, uuids: list[str]) -> None:
        n = self.restore_rows(uuids)
        self.apply_filter()
        self.ctx.message.emit(self.tr("%Ln record(s) restored.", "", n))

    def duplicate(self, uuid: str) -> None:
        copy = ActivityService(self.ctx.db).duplicate(uuid)
        self.ctx.notify("activity")
        self.open_editor(copy["uuid"])

    def delete_question(self, n: int) -> str:
        return self.tr("Delete %Ln activity(ies)? Their participant lists go with them. You can undo this.", "", n)

    def deleted_text(self, n: int) -> str:
        return self.tr("%Ln activity(ies) deleted.", "", n)

    def delete_rows(self, uuids: list[str]) -> int:
        n = ActivityService(self.ctx.db).delete(uuids)
        self.ctx.notify("activity_deleted")
        return n

    def restore_rows(self, uuids: list[str]) -> int:
        n = ActivityService(self.ctx.db).restore(uuids)
        self.ctx.notify("activity_deleted")
        return n
