"""The vocabulary of record definitions: a field's name, kind, label, rules and help."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hrdesk.domain.choices import Choices


class Kind(StrEnum):
    TEXT = "text"              # one line
    MULTILINE = "multiline"    # paragraphs
    DATE = "date"              # datetime.date
    INTEGER = "integer"
    NUMBER = "number"          # float
    BOOLEAN = "boolean"
    YEAR = "year"
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"          # one code of `choices`
    MULTICHOICE = "multichoice"  # list of codes of `choices`
    COUNTRY = "country"        # ISO 3166 alpha-3
    COUNTRIES = "countries"    # list of alpha-3
    SDG_TARGETS = "sdg_targets"  # list of target codes ("16.3")
    TAGS = "tags"              # list of free texts (themes, partners)
    REFERENCES = "references"  # list of uuids of other records
    REFERENCE = "reference"    # the uuid of one other record (``Field.references`` names its type)
    REACH_GRID = "reach_grid"  # {(reach_sex, age_group): count}

    @property
    def is_list(self) -> bool:
        return self in {Kind.MULTICHOICE, Kind.COUNTRIES, Kind.SDG_TARGETS, Kind.TAGS, Kind.REFERENCES}


@dataclass(frozen=True)
class Field:
    """One field of a record type.

    ``label`` and ``help`` are English source strings, marked for translation with ``N_``.
    ``personal`` fields identify a person, alone (name, e-mail) or in rare combinations
    (organisation, position, year of birth, certificate number): they never leave the office
    below full privacy.
    ``group`` names the editor section / report block the field belongs to.
    ``width`` is the field's column width in spreadsheets people fill in (the activity-log
    template) when its kind's (``hrdesk.domain.kinds``) does not suit it.
    ``suggest`` names the values already used that editors offer while typing a TAGS field
    (``"themes"`` or ``"partners"``); ``seeds`` are suggestions offered even in an empty
    database (source strings, marked with ``N_``).
    """

    name: str
    kind: Kind
    label: str
    required: bool = False
    choices: Choices | None = None
    help: str = ""
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    personal: bool = False
    group: str = "general"
    default: object = None
    references: str | None = None  # record type name, for REFERENCES / REFERENCE
    width: int | None = None
    suggest: str | None = None
    seeds: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordType:
    name: str
    label: str
    plural_label: str
    fields: tuple[Field, ...]
    synced: bool = True
    _index: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({f.name: f for f in self.fields})

    def __getitem__(self, name: str) -> Field:
        return self._index[name]

    def __contains__(self, name: object) -> bool:
        return name in self._index

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def group(self, group: str) -> list[Field]:
        return [f for f in self.fields if f.group == group]

    @property
    def personal_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.personal]

    def defaults(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for f in self.fields:
            if f.kind.is_list:
                values[f.name] = list(f.default or [])
            elif f.kind is Kind.REACH_GRID:
                values[f.name] = {}
            else:
                values[f.name] = f.default
        return values
