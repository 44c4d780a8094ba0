"""The scope of a report: period (presets for quarters and years), offices, countries,
kinds, themes, SDG goals, privacy level and language — as a :class:`ReportScope`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from hrdesk.domain import choices as C
from hrdesk.reference import countries, sdg
from hrdesk.reports.scope import ReportScope
from hrdesk.services import offices, queries, settings
from hrdesk.storage.database import Database
from hrdesk.ui.i18n import available_languages, current_language
from hrdesk.ui.labels import choice_label, core, country_name
from hrdesk.ui.preferences import Preference
from hrdesk.ui.widgets.compact import compact
from hrdesk.ui.widgets.multi_pick import MultiPick
from hrdesk.ui.widgets.period_picker import CUSTOM, PeriodPicker


class ScopeBar(QFrame):
    """``changed`` fires on any change; the preset period is remembered in the preference ``memory``
    in the interface settings."""

    changed = Signal()
    privacy_changed = Signal(str)

    def __init__(self, db: Database, memory: Preference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.memory = db, memory
        self.setObjectName("filterBar")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        saved = memory.get()
        self.remembered = bool(saved)
        self.period = PeriodPicker(self, preset=saved or "this_year")
        self.offices = MultiPick(self.tr("All offices"), lambda n: self.tr("Offices: {n}").format(n=n), parent=self)
        self.countries = MultiPick(self.tr("All countries"), lambda n: self.tr("Countries: {n}").format(n=n),
                                   parent=self, searchable=True)
        self.kinds = MultiPick(self.tr("All kinds"), lambda n: self.tr("Kinds: {n}").format(n=n),
                               [(c.code, choice_label(C.ACTIVITY_KIND, c.code)) for c in C.ACTIVITY_KIND], self)
        self.themes = MultiPick(self.tr("All themes"), lambda n: self.tr("Themes: {n}").format(n=n), parent=self,
                                searchable=True)
        self.goals = MultiPick(self.tr("All SDG goals"), lambda n: self.tr("SDG goals: {n}").format(n=n),
                               [(g.number, self.tr("Goal {n}: {title}").format(n=g.number, title=sdg.short_title(g.number, current_language())))
                                for g in sdg.goals()], self, searchable=True)
        self.privacy = QComboBox(self)
        for c in C.PRIVACY_LEVEL:
            self.privacy.addItem(choice_label(C.PRIVACY_LEVEL, c.code), c.code)
        compact(self.privacy, 20)
        default = settings.default_privacy(db).value
        self.privacy.setCurrentIndex(max(self.privacy.findData(default), 0))
        self.language = QComboBox(self)
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.cancelled = QCheckBox(self.tr("Include cancelled activities"), self)
        for text, w, col, span in ((self.tr("Period"), self.period, 0, 3), (core("Privacy"), self.privacy, 4, 1),
                                   (self.tr("Language"), self.language, 6, 1)):
            label = QLabel(text, self)
            label.setBuddy(w)
            grid.addWidget(label, 0, col)
            grid.addWidget(w, 0, col + 1, 1, span)
            w.setAccessibleName(text)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for w, name in ((self.offices, self.tr("Offices")), (self.countries, self.tr("Countries")),
                        (self.kinds, self.tr("Kinds of activity")), (self.themes, self.tr("Themes")),
                        (self.goals, self.tr("SDG goals"))):
            w.setAccessibleName(name)
            filters.addWidget(w, 1)
            w.changed.connect(self.changed)
        filters.addWidget(self.cancelled)
        grid.addWidget(QLabel(self.tr("Filters"), self), 1, 0)
        grid.addLayout(filters, 1, 1, 1, 7)
        grid.setColumnStretch(1, 3)
        self.period.changed.connect(self._period_chosen)
        self.privacy.currentIndexChanged.connect(lambda _i: self._privacy_chosen())
        self.language.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.cancelled.toggled.connect(lambda _c: self.changed.emit())

    def scope(self) -> ReportScope:
        start, end = self.period.value()
        return ReportScope(date_from=start, date_to=end, offices=tuple(self.offices.value()),
                           countries=tuple(self.countries.value()), kinds=tuple(self.kinds.value()),
                           themes=tuple(self.themes.value()), sdg_goals=tuple(self.goals.value()),
                           privacy=self.privacy.currentData(), language=self.language.currentData(),
                           include_cancelled=self.cancelled.isChecked())

    def load_choices(self) -> None:
        """Offices and themes that occur in the database; every country."""
        self.offices.set_items([(o["code"], f"{o['code']} — {o['name']}") for o in offices.list_offices(self.db)])
        if self.countries.list.count() == 0:
            names = sorted(((country_name(c.alpha3), c.alpha3) for c in countries.countries()), key=lambda x: x[0])
            self.countries.set_items([(code, name) for name, code in names])
        self.themes.set_items([(t, t) for t in queries.known_values(self.db, "themes")])

    def _period_chosen(self) -> None:
        self.remembered = True
        if self.period.preset_name() != CUSTOM:
            self.memory.set(self.period.preset_name())
        self.changed.emit()

    def _privacy_chosen(self) -> None:
        self.privacy_changed.emit(self.privacy.currentData())
        self.changed.emit()
