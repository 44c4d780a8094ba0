"""What a report covers: period (with quarter and year presets), offices, countries, kinds,
themes, SDG goals, privacy level and language.  Turned into an :class:`ActivityScope` for
the query layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from hrdesk.domain.choices import ACTIVITY_STATUS, PRIVACY_LEVEL
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.privacy import Privacy
from hrdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, _
from hrdesk.services.filters import ActivityScope

PRIVACY_FULL, PRIVACY_PSEUDONYMISED, PRIVACY_AGGREGATE = (
    Privacy.FULL.value, Privacy.PSEUDONYMISED.value, Privacy.AGGREGATE.value)


@dataclass(frozen=True)
class ReportScope:
    """Filters and options of a report.  Empty tuples mean "all".  Cancelled activities
    are left out unless ``include_cancelled``."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    offices: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    sdg_goals: tuple[int, ...] = ()
    privacy: str = PRIVACY_PSEUDONYMISED
    language: str = DEFAULT_LANGUAGE
    include_cancelled: bool = False
    uuids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.privacy not in PRIVACY_LEVEL:
            raise HRDeskError(_("Unknown privacy level '{level}' (use full, pseudonymised or aggregate).")
                              .format(level=self.privacy))
        if self.language not in LANGUAGES:
            raise HRDeskError(_("Unknown report language '{lang}' (use {choices}).")
                              .format(lang=self.language, choices=", ".join(LANGUAGES)))
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise HRDeskError(_("The end of the period is before its start."))

    # -- presets ---------------------------------------------------------------------------
    @classmethod
    def year(cls, year: int, **options) -> ReportScope:
        return cls(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31), **options)

    @classmethod
    def quarter(cls, year: int, quarter: int, **options) -> ReportScope:
        if quarter not in (1, 2, 3, 4):
            raise HRDeskError(_("A quarter is 1, 2, 3 or 4."))
        start = dt.date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        end = (dt.date(year + 1, 1, 1) if end_month == 12 else dt.date(year, end_month + 1, 1)) - dt.timedelta(days=1)
        return cls(date_from=start, date_to=end, **options)

    @classmethod
    def preset(cls, name: str, today: dt.date | None = None, **options) -> ReportScope:
        """``this_year``, ``last_year``, ``this_quarter``, ``last_quarter``, ``YYYY`` or ``YYYY-Qn``."""
        today = today or dt.date.today()
        q = (today.month - 1) // 3 + 1
        if name == "this_year":
            return cls.year(today.year, **options)
        if name == "last_year":
            return cls.year(today.year - 1, **options)
        if name == "this_quarter":
            return cls.quarter(today.year, q, **options)
        if name == "last_quarter":
            return cls.quarter(today.year - (q == 1), 4 if q == 1 else q - 1, **options)
        text = name.strip().upper()
        if text.isdigit() and len(text) == 4:
            return cls.year(int(text), **options)
        if len(text) == 7 and text[4:6] == "-Q" and text[:4].isdigit() and text[6].isdigit():
            return cls.quarter(int(text[:4]), int(text[6]), **options)
        raise HRDeskError(_("Unknown period '{name}' (use YYYY, YYYY-Qn, this_year, last_year, "
                            "this_quarter or last_quarter).").format(name=name))

    # -- derived ---------------------------------------------------------------------------
    def with_options(self, **changes) -> ReportScope:
        return replace(self, **changes)

    @property
    def statuses(self) -> tuple[str, ...]:
        if self.include_cancelled:
            return ()
        return tuple(c for c in ACTIVITY_STATUS.codes if c != "cancelled")

    def activity_scope(self) -> ActivityScope:
        return ActivityScope(date_from=self.date_from, date_to=self.date_to, kinds=self.kinds,
                             statuses=self.statuses, countries=self.countries, offices=self.offices,
                             themes=self.themes, sdg_goals=self.sdg_goals, uuids=self.uuids)

    @property
    def shows_names(self) -> bool:
        return Privacy.of(self.privacy).shows_names

    @property
    def lists_people(self) -> bool:
        """Person-level tables (with names at full, with codes when pseudonymised)."""
        return Privacy.of(self.privacy).lists_people
