"""A person of the registry: every field of ``PARTICIPANT`` and the activities attended."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hrdesk.domain import choices as C
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.records import PARTICIPANT
from hrdesk.services.participants import ParticipantService
from hrdesk.ui.context import AppContext
from hrdesk.ui.editors.base_editor import RecordEditor
from hrdesk.ui.editors.record_form import RecordForm
from hrdesk.ui.labels import choice_label, country_name, format_date


class ParticipantEditor(RecordEditor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, uuid: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.resize(820, 600)
        self.setWindowTitle(self.tr("Participant"))
        titles = {"general": self.tr("Person"), "contact": self.tr("Contact (personal data)")}
        groups: dict[str, list[str]] = {}
        for f in PARTICIPANT.fields:
            groups.setdefault(f.group, []).append(f.name)
        self.form = RecordForm(PARTICIPANT, ctx.db, self.tabs,
                               [(g, titles.get(g, g), names) for g, names in groups.items()])
        self.form.edited.connect(self.mark_dirty)
        self._confirmed = False
        self.attended = QTableWidget(0, 4, self)
        self.attended.setAccessibleName(self.tr("Activities attended"))
        self.attended.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Activity"), self.tr("Kind"),
                                                 self.tr("Role")])
        self.attended.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attended.verticalHeader().hide()
        self.attended.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.attended, self.tr("Activities attended"))
        self.load(uuid)

    def load(self, uuid: str | None) -> None:
        service = ParticipantService(self.ctx.db)
        if uuid:
            data = service.get(uuid)
            self.uuid, self.version = uuid, data["version"]
            rows = service.activities_of(uuid)
        else:
            data, rows = PARTICIPANT.defaults(), []
            self.uuid = self.version = None
        self.form.set_values(data)
        self.set_header(data.get("full_name") or self.tr("New participant"))
        self.attended.setRowCount(len(rows))
        for i, r in enumerate(rows):
            texts = [format_date(r["start_date"]), r["title"], choice_label(C.ACTIVITY_KIND, r["kind"]),
                     choice_label(C.PARTICIPATION_ROLE, r["role"])]
            for col, text in enumerate(texts):
                self.attended.setItem(i, col, QTableWidgetItem(text))
        self.tabs.setTabText(self.tabs.count() - 1, self.tr("Activities attended (%Ln)", "", len(rows)))
        self.dirty = False

    def write(self) -> bool:
        service = ParticipantService(self.ctx.db)
        values = self.form.values()
        similar = service.similar(values, exclude_uuid=self.uuid, limit=3) if not self._confirmed else []
        if similar and self.uuid is None:
            self._confirmed = True
            self.show_banner([self.tr("This looks like a person already in the registry: {names}. "
                                      "Save again to register a new person anyway.").format(
                names="; ".join(describe(p) for p in similar))])
            return False
        try:
            if self.uuid:
                saved = service.update(self.uuid, values, expected_version=self.version)
            else:
                saved = service.create(values)
        except ValidationError as exc:
            self.show_banner(self.form.show_problems(exc.problems))
            return False
        self.uuid, self.version = saved["uuid"], saved["version"]
        self.ctx.notify("participant")
        return True


def describe(person: dict) -> str:
    return ", ".join(filter(None, [person.get("full_name"), person.get("organisation"),
                                   country_name(person.get("country"))]))
