"""The one definition of each record type's fields.

These definitions drive validation (``hrdesk.domain.validation``), the editor forms, the
columns of Excel files, the import mappings and the labels of reports.  The ORM models in
``hrdesk.storage.models`` have a column or link table for every field (checked by a test).
"""

from __future__ import annotations

from hrdesk.domain import choices as C
from hrdesk.domain.fields import Field, Kind, RecordType
from hrdesk.i18n import N_
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.reference.themes import SEED_THEMES

OFFICE = RecordType("office", N_("Office"), N_("Offices"), (
    Field("code", Kind.TEXT, N_("Office code"), required=True, max_length=12,
          help=N_("A short unique code, e.g. GN for the office in Guinea.")),
    Field("name", Kind.TEXT, N_("Office name"), required=True, max_length=200),
    Field("kind", Kind.CHOICE, N_("Kind of office"), required=True, choices=C.OFFICE_KIND,
          default="country_office"),
    Field("country", Kind.COUNTRY, N_("Country")),
    Field("region", Kind.TEXT, N_("Region"), max_length=100,
          help=N_("Left empty, the UN M49 region of the country is used.")),
))

ACTIVITY = RecordType("activity", N_("Activity"), N_("Activities"), (
    Field("title", Kind.TEXT, N_("Title"), required=True, max_length=300, width=36),
    Field("kind", Kind.CHOICE, N_("Kind of activity"), required=True, choices=C.ACTIVITY_KIND),
    Field("status", Kind.CHOICE, N_("Status"), required=True, choices=C.ACTIVITY_STATUS,
          default="completed"),
    Field("start_date", Kind.DATE, N_("Start date"), required=True),
    Field("end_date", Kind.DATE, N_("End date"), help=N_("Leave empty for a one-day activity.")),
    Field("country", Kind.COUNTRY, N_("Country"), required=True),
    Field("location", Kind.TEXT, N_("Location"), max_length=200, help=N_("City or place.")),
    Field("countries_covered", Kind.COUNTRIES, N_("Countries covered"),
          help=N_("For regional activities: every country whose participants or institutions took part.")),
    Field("narrative", Kind.MULTILINE, N_("Description"), group="narrative",
          help=N_("What was done, with whom and why, as it should read in a report.")),
    Field("outcome", Kind.MULTILINE, N_("Outcome / results"), group="narrative"),
    Field("funding_source", Kind.TEXT, N_("Funding source"), max_length=200),
    Field("themes", Kind.TAGS, N_("Themes"), group="links", suggest="themes", seeds=SEED_THEMES),
    Field("partners", Kind.TAGS, N_("Partner organisations"), group="links", suggest="partners"),
    Field("sdg_targets", Kind.SDG_TARGETS, N_("SDG targets"), group="links",
          help=N_("Sustainable Development Goal targets the activity contributes to, e.g. 16.3.")),
    Field("mechanisms", Kind.MULTICHOICE, N_("Human rights mechanisms"), choices=MECHANISM, group="links"),
    Field("recommendations", Kind.REFERENCES, N_("Recommendations addressed"), group="links",
          references="recommendation"),
    Field("reach_women", Kind.INTEGER, N_("Women reached"), minimum=0, group="reach"),
    Field("reach_men", Kind.INTEGER, N_("Men reached"), minimum=0, group="reach"),
    Field("reach_other", Kind.INTEGER, N_("Other / undisclosed reached"), minimum=0, group="reach"),
    Field("reach_total", Kind.INTEGER, N_("Total reached"), minimum=0, group="reach",
          help=N_("People reached without a participant list (campaigns, broadcasts, events).")),
    Field("reach_localities", Kind.INTEGER, N_("Localities reached"), minimum=0, group="reach"),
    Field("reach_by_age", Kind.REACH_GRID, N_("Reach by sex and age group"), group="reach"),
    Field("training_hours", Kind.NUMBER, N_("Training hours"), minimum=0, maximum=2000, group="training"),
    Field("methodology", Kind.TEXT, N_("Methodology"), max_length=300, group="training"),
    Field("pre_post_test", Kind.BOOLEAN, N_("Pre/post test used"), group="training", default=False),
))

PARTICIPANT = RecordType("participant", N_("Participant"), N_("Participants"), (
    Field("full_name", Kind.TEXT, N_("Full name"), required=True, max_length=200, personal=True, width=26),
    Field("sex", Kind.CHOICE, N_("Sex"), required=True, choices=C.SEX, default="undisclosed"),
    Field("age_group", Kind.CHOICE, N_("Age group"), choices=C.AGE_GROUP, default="unknown"),
    Field("birth_year", Kind.YEAR, N_("Year of birth"), minimum=1900, maximum=2100, personal=True,
          help=N_("If known, the age group is computed from it.")),
    Field("disability", Kind.CHOICE, N_("Disability"), choices=C.DISABILITY, default="undisclosed"),
    Field("organisation", Kind.TEXT, N_("Organisation"), max_length=200, personal=True, width=26),
    Field("position", Kind.TEXT, N_("Position"), max_length=200, personal=True),
    Field("stakeholder_category", Kind.CHOICE, N_("Stakeholder category"),
          choices=C.STAKEHOLDER_CATEGORY, default="other"),
    Field("country", Kind.COUNTRY, N_("Country")),
    Field("email", Kind.EMAIL, N_("E-mail"), max_length=200, personal=True, group="contact"),
    Field("phone", Kind.PHONE, N_("Phone"), max_length=50, personal=True, group="contact"),
    Field("consent_date", Kind.DATE, N_("Consent to keep contact details (date)"), personal=True,
          group="contact"),
    Field("notes", Kind.MULTILINE, N_("Notes"), personal=True, group="contact"),
))

PARTICIPATION = RecordType("participation", N_("Participation"), N_("Participations"), (
    Field("activity", Kind.TEXT, N_("Activity"), required=True),
    Field("participant", Kind.TEXT, N_("Participant"), required=True),
    Field("role", Kind.CHOICE, N_("Role"), required=True, choices=C.PARTICIPATION_ROLE,
          default="participant", width=13),
    Field("days_attended", Kind.NUMBER, N_("Days attended"), minimum=0, maximum=366),
    Field("pre_score", Kind.NUMBER, N_("Pre-test score"), minimum=0, maximum=100),
    Field("post_score", Kind.NUMBER, N_("Post-test score"), minimum=0, maximum=100),
    Field("certificate_number", Kind.TEXT, N_("Certificate number"), max_length=40, personal=True),
    Field("certificate_date", Kind.DATE, N_("Certificate date")),
))

RECOMMENDATION = RecordType("recommendation", N_("Recommendation"), N_("Recommendations"), (
    Field("mechanism", Kind.CHOICE, N_("Mechanism"), required=True, choices=MECHANISM),
    Field("body", Kind.TEXT, N_("Body"), max_length=200,
          help=N_("e.g. the recommending State in the UPR, or the special rapporteur.")),
    Field("symbol", Kind.TEXT, N_("Document symbol"), max_length=80, help=N_("e.g. CMW/C/ECU/CO/3")),
    Field("paragraph", Kind.TEXT, N_("Paragraph"), max_length=40, help=N_("e.g. 47 (g)")),
    Field("country", Kind.COUNTRY, N_("Country"), required=True),
    Field("cycle", Kind.INTEGER, N_("Cycle"), minimum=1, maximum=20,
          help=N_("The UPR cycle (1, 2, 3, 4…) or the treaty body's reporting cycle.")),
    Field("session", Kind.TEXT, N_("Session"), max_length=40, help=N_("e.g. 38, or 85th session")),
    Field("year", Kind.YEAR, N_("Year"), minimum=1946, maximum=2100),
    Field("text", Kind.MULTILINE, N_("Text"), required=True),
    Field("response", Kind.CHOICE, N_("Response"), choices=C.RECOMMENDATION_RESPONSE,
          help=N_("The State's position: supported, noted, or pending until it answers.")),
    Field("sdg_targets", Kind.SDG_TARGETS, N_("SDG targets")),
    Field("themes", Kind.TAGS, N_("Themes"), suggest="themes", seeds=SEED_THEMES),
    Field("affected_persons", Kind.MULTICHOICE, N_("Affected persons"), choices=C.AFFECTED_PERSONS),
    Field("cluster", Kind.REFERENCE, N_("Cluster"), references="recommendation_cluster", group="follow_up",
          help=N_("The named group of recommendations followed up together.")),
    Field("responsible_entities", Kind.TAGS, N_("Responsible entities"), group="follow_up",
          suggest="responsible_entities",
          help=N_("Ministries and institutions responsible for implementing it.")),
    Field("priority", Kind.CHOICE, N_("Priority"), choices=C.PRIORITY, group="follow_up"),
    Field("target_date", Kind.DATE, N_("Target date"), group="follow_up"),
    Field("implementation_status", Kind.CHOICE, N_("Implementation status"),
          choices=C.IMPLEMENTATION_STATUS, default="not_started", group="follow_up",
          help=N_("The current status: that of the newest entry of the implementation history.")),
    Field("notes", Kind.MULTILINE, N_("Notes")),
))

# A named group of recommendations followed up together ("Justice and detention").
RECOMMENDATION_CLUSTER = RecordType("recommendation_cluster", N_("Cluster"), N_("Clusters"), (
    Field("name", Kind.TEXT, N_("Name"), required=True, max_length=200),
    Field("description", Kind.MULTILINE, N_("Description")),
))

# One dated entry of a recommendation's implementation history.
RECOMMENDATION_HISTORY = RecordType("recommendation_history", N_("History entry"), N_("History entries"), (
    Field("recommendation", Kind.REFERENCE, N_("Recommendation"), required=True, references="recommendation"),
    Field("date", Kind.DATE, N_("Date"), required=True),
    Field("status", Kind.CHOICE, N_("Implementation status"), required=True, choices=C.IMPLEMENTATION_STATUS),
    Field("note", Kind.MULTILINE, N_("Note")),
    Field("who", Kind.TEXT, N_("Who"), max_length=200),
))

# What a list of people carries for each person and their participation, in this order: the
# Participants sheet of the activity-log template, attendance sheets read by the intake, and
# the activity editor's grid (which shows those of PERSON_GRID_FIELDS, one line per person).
PERSON_LIST_FIELDS = ("full_name", "sex", "age_group", "disability", "organisation", "position",
                      "stakeholder_category", "country", "email", "phone")
PERSON_GRID_FIELDS = ("full_name", "sex", "age_group", "disability", "organisation", "country")
PARTICIPATION_LIST_FIELDS = ("role", "days_attended", "pre_score", "post_score")

RECORD_TYPES = {r.name: r for r in (OFFICE, ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION,
                                    RECOMMENDATION_CLUSTER, RECOMMENDATION_HISTORY)}
