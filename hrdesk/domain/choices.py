"""Closed lists of values (kinds, statuses, categories…): code, English label, order.

Codes are stable identifiers stored in the database and written to files; labels are
marked for translation and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from hrdesk.domain.privacy import Privacy
from hrdesk.i18n import N_, Translator


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


class Choices:
    """An ordered, closed list of choices."""

    def __init__(self, name: str, items: list[tuple[str, str]]) -> None:
        self.name = name
        self._items = [Choice(code, label) for code, label in items]
        self._by_code = {c.code: c for c in self._items}

    def __iter__(self) -> Iterator[Choice]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self._items]

    def label(self, code: str | None, tr: Translator | None = None) -> str:
        if code is None:
            return ""
        choice = self._by_code.get(code)
        if choice is None:
            return code
        return tr(choice.label) if tr else choice.label

    def __repr__(self) -> str:
        return f"Choices({self.name!r}, {self.codes})"


OFFICE_KIND = Choices("office_kind", [
    ("headquarters", N_("Headquarters")),
    ("regional_office", N_("Regional office")),
    ("country_office", N_("Country office")),
    ("peace_operation", N_("Human rights component of a peace operation")),
    ("human_rights_adviser", N_("Human rights adviser")),
    ("other", N_("Other")),
])

ACTIVITY_KIND = Choices("activity_kind", [
    ("training", N_("Training")),
    ("workshop", N_("Workshop")),
    ("seminar", N_("Seminar")),
    ("consultation", N_("Consultation")),
    ("monitoring_mission", N_("Monitoring mission")),
    ("technical_assistance", N_("Technical assistance / legal advice")),
    ("advocacy_campaign", N_("Advocacy campaign")),
    ("publication", N_("Publication")),
    ("event", N_("Event")),
    ("other", N_("Other")),
])

# Kinds whose participants are usually listed person by person.
KINDS_WITH_PARTICIPANT_LISTS = frozenset({"training", "workshop", "seminar", "consultation", "event"})

ACTIVITY_STATUS = Choices("activity_status", [
    ("planned", N_("Planned")),
    ("ongoing", N_("Ongoing")),
    ("completed", N_("Completed")),
    ("cancelled", N_("Cancelled")),
])

SEX = Choices("sex", [
    ("female", N_("Female")),
    ("male", N_("Male")),
    ("other", N_("Other")),
    ("undisclosed", N_("Undisclosed")),
])

# Aggregate reach counts sex in three groups.
REACH_SEX = Choices("reach_sex", [
    ("women", N_("Women")),
    ("men", N_("Men")),
    ("other", N_("Other / undisclosed")),
])

AGE_GROUP = Choices("age_group", [
    ("under_18", N_("Under 18")),
    ("18_24", N_("18–24")),
    ("25_34", N_("25–34")),
    ("35_49", N_("35–49")),
    ("50_64", N_("50–64")),
    ("65_plus", N_("65 and over")),
    ("unknown", N_("Unknown")),
])

DISABILITY = Choices("disability", [
    ("yes", N_("Yes")),
    ("no", N_("No")),
    ("undisclosed", N_("Undisclosed")),
])

STAKEHOLDER_CATEGORY = Choices("stakeholder_category", [
    ("government", N_("Government")),
    ("parliament", N_("Parliament")),
    ("judiciary", N_("Judiciary")),
    ("law_enforcement", N_("Law enforcement")),
    ("military_security", N_("Military / security")),
    ("prisons", N_("Prisons")),
    ("nhri", N_("National human rights institution")),
    ("civil_society", N_("Civil society")),
    ("hr_defender", N_("Human rights defender")),
    ("media", N_("Media")),
    ("academia", N_("Academia")),
    ("business", N_("Business")),
    ("un_international", N_("UN / international organisation")),
    ("youth", N_("Youth")),
    ("indigenous_peoples", N_("Indigenous peoples")),
    ("general_public", N_("General public")),
    ("other", N_("Other")),
])

PARTICIPATION_ROLE = Choices("participation_role", [
    ("participant", N_("Participant")),
    ("facilitator", N_("Facilitator")),
    ("speaker", N_("Speaker")),
    ("organiser", N_("Organiser")),
])

IMPLEMENTATION_STATUS = Choices("implementation_status", [
    ("not_started", N_("Not started")),
    ("in_progress", N_("In progress")),
    ("partially_implemented", N_("Partially implemented")),
    ("implemented", N_("Implemented")),
])

# The State's position on a recommendation (UPR: supported / noted; pending until it answers).
RECOMMENDATION_RESPONSE = Choices("recommendation_response", [
    ("supported", N_("Supported")),
    ("noted", N_("Noted")),
    ("pending", N_("Pending")),
])

PRIORITY = Choices("priority", [
    ("high", N_("High")),
    ("medium", N_("Medium")),
    ("low", N_("Low")),
])

# The groups of the Universal Human Rights Index's "Affected persons" (uhri.ohchr.org).
AFFECTED_PERSONS = Choices("affected_persons", [
    ("general", N_("General")),
    ("women", N_("Women")),
    ("girls", N_("Girls")),
    ("children", N_("Children")),
    ("youth", N_("Youth")),
    ("older_persons", N_("Older persons")),
    ("persons_with_disabilities", N_("Persons with disabilities")),
    ("migrants", N_("Migrants")),
    ("refugees_asylum_seekers", N_("Refugees and asylum seekers")),
    ("internally_displaced", N_("Internally displaced persons")),
    ("stateless_persons", N_("Stateless persons")),
    ("non_citizens", N_("Non-citizens")),
    ("indigenous_peoples", N_("Indigenous peoples")),
    ("minorities", N_("Minorities / racial, ethnic, linguistic, religious or descent-based groups")),
    ("lgbti_persons", N_("Lesbian, gay, bisexual, transgender and intersex persons")),
    ("human_rights_defenders", N_("Human rights defenders")),
    ("journalists", N_("Journalists / media")),
    ("civil_society", N_("Civil society")),
    ("persons_deprived_of_liberty", N_("Persons deprived of their liberty")),
    ("persons_living_in_poverty", N_("Persons living in poverty")),
    ("persons_living_in_rural_areas", N_("Persons living in rural areas")),
    ("persons_living_with_hiv", N_("Persons living with HIV/AIDS")),
    ("persons_affected_by_armed_conflict", N_("Persons affected by armed conflict")),
    ("judges_lawyers_prosecutors", N_("Judges, lawyers and prosecutors")),
    ("law_enforcement_officials", N_("Law enforcement / police officials")),
    ("public_officials", N_("Public officials")),
    ("military_staff", N_("Military staff")),
])

PRIVACY_LEVEL = Choices("privacy_level", [  # the labels of hrdesk.domain.privacy.Privacy
    (Privacy.FULL.value, N_("Full (names and contact details)")),
    (Privacy.PSEUDONYMISED.value, N_("Pseudonymised (no names or contact details)")),
    (Privacy.AGGREGATE.value, N_("Aggregate (counts only)")),
])


def age_group_for_age(age: int) -> str:
    """Age group code for an age in whole years."""
    if age < 18:
        return "under_18"
    if age <= 24:
        return "18_24"
    if age <= 34:
        return "25_34"
    if age <= 49:
        return "35_49"
    if age <= 64:
        return "50_64"
    return "65_plus"
