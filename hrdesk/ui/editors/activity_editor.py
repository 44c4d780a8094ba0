"""The activity editor: every field of ``ACTIVITY`` plus the people who took part; the
activity, new people and participations are saved in one transaction, or nothing is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from hrdesk.domain import choices as C
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.records import ACTIVITY
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService, PersonInActivity, save_with_participants
from hrdesk.services.participations import ParticipationService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.attendance_dialog import AttendanceDialog
from hrdesk.ui.editors.base_editor import RecordEditor
from hrdesk.ui.editors.participants_tab import PERSON_FIELDS, ParticipantsTab, Row
from hrdesk.ui.editors.record_form import RecordForm
from hrdesk.ui.editors.submissions_dialog import PhoneFormDialog, SubmissionsDialog
from hrdesk.ui.labels import choice_label


def status_for_dates(start: dt.date | None, end: dt.date | None, today: dt.date | None = None) -> str:
    """The status a new activity most likely has: planned when it starts after today,
    completed when it ended before today, ongoing in between."""
    today = today or dt.date.today()
    if start and start > today:
        return "planned"
    if (end or start) and (end or start) < today:
        return "completed"
    return "ongoing"


def activity_sections(tr) -> list[tuple[str, str, list[str]]]:
    """Tabs of the editor, following each field's ``group`` (SDG targets get their own)."""
    titles = {"general": tr("Details"), "narrative": tr("Description"), "sdg": tr("SDG targets"),
              "links": tr("Themes and links"), "reach": tr("Reach"), "training": tr("Training")}
    sections: dict[str, list[str]] = {key: [] for key in titles}
    for f in ACTIVITY.fields:
        key = "sdg" if f.name == "sdg_targets" else f.group
        sections.setdefault(key, []).append(f.name)
    return [(key, titles.get(key, key), names) for key, names in sections.items() if names]


class ActivityEditor(RecordEditor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, uuid: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Activity"))
        self.form = RecordForm(ACTIVITY, ctx.db, self.tabs, activity_sections(self.tr))
        self.form.edited.connect(self.mark_dirty)
        self.form.edited.connect(self._check_reach)
        self.form.widgets["end_date"].set_anchor(self.form.widgets["start_date"].value)
        self.status_chosen = False   # a new activity's status follows its dates until the user picks one
        self.form.widgets["status"].edited.connect(self._status_picked)
        for name in ("start_date", "end_date"):
            self.form.widgets[name].edited.connect(self._follow_dates)
        self.reach_check = QLabel(self)
        self.reach_check.setObjectName("fieldError")
        self.reach_check.setWordWrap(True)
        self.form.widgets["reach_by_age"].parentWidget().layout().addWidget(self.reach_check)
        self._one_reach_block()
        self.participants = ParticipantsTab(ctx.db, self)
        self.participants.edited.connect(self.mark_dirty)
        self.participants.import_button.clicked.connect(lambda: self.import_attendance())
        self.participants.paste_button.clicked.connect(lambda: self.paste_rows())
        self.participants.phone_form_button.clicked.connect(lambda: self.phone_form())
        self.participants.submissions_button.clicked.connect(lambda: self.import_submissions())
        self.participants_index = self.tabs.addTab(self.participants, self.tr("Participants"))
        self.load(uuid)

    # -- loading ------------------------------------------------------------------------
    def load(self, uuid: str | None, values: dict[str, Any] | None = None) -> None:
        service = ActivityService(self.ctx.db)
        if uuid:
            data = service.get(uuid)
            self.uuid, self.version = uuid, data["version"]
            rows = [Row(p["full_name"], p["organisation"], participant=p["participant"],
                        participation=p["uuid"], version=p["version"],
                        values={k: p[k] for k in ("role", "days_attended", "pre_score", "post_score")},
                        person={k: p[k] for k in PERSON_FIELDS}, person_version=p["participant_version"])
                    for p in ParticipationService(self.ctx.db).for_activity(uuid)]
        else:
            data = {**ACTIVITY.defaults(), **(values or {})}
            data["start_date"] = data.get("start_date") or dt.date.today()
            if not data.get("country") and offices.is_configured(self.ctx.db):
                data["country"] = offices.own_office(self.ctx.db).get("country")
            if not (values or {}).get("status"):
                data["status"] = status_for_dates(data["start_date"], data.get("end_date"))
            self.uuid, self.version, rows = None, None, []
        self.form.set_values(data)
        self.status_chosen = bool(uuid) or bool((values or {}).get("status"))
        self.participants.set_rows(rows)
        self.set_header(data.get("title") or self.tr("New activity"))
        self.dirty = False
        self._check_reach()

    def _one_reach_block(self) -> None:
        """Women, men, other and total reached become the Total column and row of the
        sex × age grid (one block; totals computed from the grid when it is filled); their
        messages go under the grid."""
        grid = self.form.widgets["reach_by_age"]
        layout = grid.parentWidget().parentWidget().layout()   # the Reach tab's form
        below_grid = grid.parentWidget().layout()
        names = ("reach_women", "reach_men", "reach_other", "reach_total")
        holders = [self.form.widgets[name].parentWidget() for name in names]
        for name in names:
            below_grid.addWidget(self.form.errors[name])
        grid.attach_totals({"women": self.form.widgets["reach_women"], "men": self.form.widgets["reach_men"],
                            "other": self.form.widgets["reach_other"]}, self.form.widgets["reach_total"])
        for holder in holders:
            row, _role = layout.getWidgetPosition(holder)
            taken = layout.takeRow(row)
            for item in (taken.labelItem, taken.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()

    def _status_picked(self) -> None:
        self.status_chosen = True

    def _follow_dates(self) -> None:
        if self.status_chosen:
            return
        start, end = self.form.widgets["start_date"].value(), self.form.widgets["end_date"].value()
        if isinstance(start, dt.date) and (end is None or isinstance(end, dt.date)):
            status = self.form.widgets["status"]
            status.blockSignals(True)
            status.set_value(status_for_dates(start, end))
            status.blockSignals(False)

    def _check_reach(self) -> None:
        grid = self.form.widgets["reach_by_age"]
        notes = []
        for sex, name in (("women", "reach_women"), ("men", "reach_men"), ("other", "reach_other")):
            stated, by_age = self.form.widgets[name].value(), grid.total_for(sex)
            if stated is not None and by_age and by_age != stated:
                notes.append(self.tr("{group}: the age groups add up to {sum}, the stated number is {stated}.")
                             .format(group=choice_label(C.REACH_SEX, sex), sum=by_age, stated=stated))
        self.reach_check.setText("\n".join(notes))
        self.reach_check.setVisible(bool(notes))

    # -- attendance sheets ---------------------------------------------------------------
    def import_attendance(self, path: str | None = None):
        """Open the attendance-sheet import; the activity is saved first if needed."""
        dialog = self._attendance_dialog()
        if dialog is None:
            return None
        if path:
            dialog.open_file(path)
        dialog.open()
        if not path:
            dialog.choose_file()
        return dialog

    def paste_rows(self, text: str | None = None):
        """Rows copied from Excel (the clipboard's tab-separated text, or ``text``) go through
        the attendance-sheet import: same column recognition, same likely-duplicate
        decisions, a preview, then all rows or none.  The activity is saved first if needed."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_banner([self.tr("The clipboard holds no rows: copy the rows in Excel "
                                      "(with their heading row) first, then paste them here.")])
            return None
        dialog = self._attendance_dialog()
        if dialog is None:
            return None
        dialog.open_text(text)
        dialog.open()
        return dialog

    def _attendance_dialog(self):
        if (self.uuid is None or self.dirty) and not self.save_for_close():
            return None
        self.dirty = False
        dialog = AttendanceDialog(self.ctx, self.uuid, self)
        dialog.accepted.connect(self._attendance_imported)
        self.attendance_dialog = dialog
        return dialog

    def _attendance_imported(self) -> None:
        self.load(self.uuid)
        self.tabs.setCurrentIndex(self.participants_index)
        self.show_banner([self.attendance_dialog.result_summary])

    # -- phones at the venue (KoboToolbox / ODK) ------------------------------------------
    def phone_form(self):
        """The registration form of the activity as an XLSForm; the activity is saved first."""
        if (self.uuid is None or self.dirty) and not self.save_for_close():
            return None
        self.dirty = False
        dialog = PhoneFormDialog(self.ctx, self.uuid, self)
        dialog.open()
        return dialog

    def import_submissions(self, path: str | None = None):
        """The data export of the form's submissions, previewed, then imported (all or nothing)."""
        if (self.uuid is None or self.dirty) and not self.save_for_close():
            return None
        self.dirty = False
        dialog = SubmissionsDialog(self.ctx, self.uuid, self)
        dialog.accepted.connect(lambda: self._submissions_imported(dialog))
        if path:
            dialog.open_file(path)
        dialog.open()
        if not path:
            dialog.choose_file()
        return dialog

    def _submissions_imported(self, dialog) -> None:
        self.load(self.uuid)
        self.tabs.setCurrentIndex(self.participants_index)
        self.show_banner([dialog.result_summary])

    # -- saving -------------------------------------------------------------------------
    def write(self) -> bool:
        people = [PersonInActivity(r.full_name, r.values, participant=r.participant, new_person=r.new_person,
                                   participation=r.participation, person_changes=r.person_changes,
                                   person_version=r.person_version) for r in self.participants.rows]
        try:
            saved = save_with_participants(self.ctx.db, self.uuid, self.form.values(),
                                           expected_version=self.version, people=people,
                                           removed=[r.participation for r in self.participants.removed])
        except ValidationError as exc:
            others = self.form.show_problems(exc.problems)
            self.show_banner(others)
            if others and not any(p.field for p in exc.problems):
                self.tabs.setCurrentIndex(self.participants_index)
            return False
        self.form.clear_problems()
        self.show_banner([])
        self.load(saved.uuid)  # fresh version, new people now registered, participations with ids
        for record_type in sorted(saved.changed):
            self.ctx.notify(record_type)
        people = len(self.participants.rows)
        self.saved_message = self.tr("Activity saved: “{title}”, %Ln participant(s).", "", people).format(
            title=self.form.widgets["title"].value() or "")
        self.ctx.message.emit(self.saved_message)   # the status bar; no box to click away
        return True
