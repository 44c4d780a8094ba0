"""Errors the core raises for expected problems; each carries a message fit for a user."""

from __future__ import annotations

from dataclasses import dataclass


class HRDeskError(Exception):
    """An expected problem, explained to the user in one message (no traceback)."""


@dataclass(frozen=True)
class Problem:
    """One validation problem: which field (``""`` for the whole record) and why."""

    field: str
    message: str
    row: int | None = None       # for files: 1-based row number
    sheet: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(self.sheet)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column or self.field:
            where.append(self.column or self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ValidationError(HRDeskError):
    """A record (or file) is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def for_field(self, name: str) -> list[str]:
        return [p.message for p in self.problems if p.field == name]


class NotFoundError(HRDeskError):
    """A record asked for by id does not exist (or was deleted)."""


class DatabaseError(HRDeskError):
    """The database cannot be opened or used (newer schema, corrupt file, locked…)."""


class ConfigurationError(HRDeskError):
    """The installation is not configured yet (no office)."""
