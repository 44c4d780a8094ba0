"""The registration form of an activity as an **XLSForm** (the spreadsheet form standard
KoboToolbox and ODK Central publish): participants register on phones at the venue,
offline, with ODK Collect or KoboCollect, and the data export comes back through
:mod:`hrdesk.intake.submissions`.

The form asks what an attendance sheet holds (name, sex, year of birth or age,
disability — or the Washington Group short set —, organisation, position, stakeholder
category, country, consent, then phone and e-mail only with consent), optionally a pre-test
and a post-test of ``N`` multiple-choice questions scored out of 100, and carries hidden
fields with the activity's uuid and the form's version.  Question and choice names are
HRDesk's own field names and codes, so that the answers map back exactly; labels are
written in English, French and Spanish (``label::French (fr)`` columns).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from hrdesk.domain.choices import DISABILITY, SEX, STAKEHOLDER_CATEGORY
from hrdesk.domain.errors import HRDeskError, NotFoundError
from hrdesk.i18n import LANGUAGES, N_, Translator, _
from hrdesk.reference import countries
from hrdesk.safety.atomic import atomic_path
from hrdesk.spreadsheets.text import cell_value
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

LANGUAGE_NAMES = {"en": "English (en)", "fr": "French (fr)", "es": "Spanish (es)"}
ACTIVITY_FIELD = "hrdesk_activity"
VERSION_FIELD = "hrdesk_form_version"
ANSWER_LETTERS = "abcdef"
MAX_QUESTIONS = 50

# Washington Group short set: six domains, four answers; "a lot of difficulty" or
# "cannot do at all" in any domain counts as a disability (the WG's recommended cut-off).
WG_QUESTIONS = (
    ("wg_seeing", N_("Do you have difficulty seeing, even if wearing glasses?")),
    ("wg_hearing", N_("Do you have difficulty hearing, even if using a hearing aid?")),
    ("wg_walking", N_("Do you have difficulty walking or climbing steps?")),
    ("wg_cognition", N_("Do you have difficulty remembering or concentrating?")),
    ("wg_selfcare", N_("Do you have difficulty (with self-care such as) washing all over or dressing?")),
    ("wg_communication", N_("Using your usual language, do you have difficulty communicating, for "
                            "example understanding or being understood?")),
)
WG_ANSWERS = (
    ("no_difficulty", N_("No, no difficulty")),
    ("some_difficulty", N_("Yes, some difficulty")),
    ("a_lot_of_difficulty", N_("Yes, a lot of difficulty")),
    ("cannot_do_at_all", N_("Cannot do at all")),
)
YES_NO = (("yes", N_("Yes")), ("no", N_("No")))

# Group names (KoboToolbox prefixes exported columns with them: "person/full_name").
GROUPS = ("person", "work", "contact", "pre_test", "post_test", "wg")

# Every question name the importer knows → the HRDesk key it fills.
FORM_KEYS = {
    "full_name": "full_name", "first_name": "first_name", "last_name": "last_name",
    "sex": "sex", "birth_year": "birth_year", "age": "age", "disability": "disability",
    "organisation": "organisation", "position": "position",
    "stakeholder_category": "stakeholder_category", "country": "country",
    "phone": "phone", "email": "email", "consent": "consent",
    "pre_score": "pre_score", "post_score": "post_score",
    ACTIVITY_FIELD: ACTIVITY_FIELD, VERSION_FIELD: VERSION_FIELD,
}

# The label of each question the importer reads (exports may use labels as headers).
QUESTION_LABELS = {
    "full_name": N_("Full name"), "last_name": N_("Surname(s)"), "first_name": N_("Given name(s)"),
    "sex": N_("Sex"), "birth_year": N_("Year of birth"), "age": N_("Age in years"),
    "disability": N_("Do you have a disability?"), "organisation": N_("Organisation"),
    "position": N_("Position"), "stakeholder_category": N_("Stakeholder category"), "country": N_("Country"),
    "consent": N_("Do you agree that the office keeps your phone number and e-mail to contact you about "
                  "this activity and follow-up?"),
    "phone": N_("Phone"), "email": N_("E-mail"),
}


@dataclass(frozen=True)
class FormOptions:
    languages: tuple[str, ...] = LANGUAGES     # label columns
    default_language: str = "en"
    split_names: bool = False                  # surname and given names instead of a full name
    washington_group: bool = False             # the WG short set instead of one disability question
    tests: int = 0                             # questions in the pre-test and the post-test
    answers: str = ""                          # the key: one letter (a–f) per question
    choices_per_question: int = 4


def check_options(options: FormOptions) -> None:
    if options.default_language not in LANGUAGES:
        raise HRDeskError(_("Unknown language '{lang}' (use one of: {langs}).").format(
            lang=options.default_language, langs=", ".join(LANGUAGES)))
    if not 0 <= options.tests <= MAX_QUESTIONS:
        raise HRDeskError(_("A test has between 1 and {max} questions.").format(max=MAX_QUESTIONS))
    if not 2 <= options.choices_per_question <= len(ANSWER_LETTERS):
        raise HRDeskError(_("A question has between 2 and {max} answers to choose from.").format(
            max=len(ANSWER_LETTERS)))
    if options.tests:
        letters = ANSWER_LETTERS[:options.choices_per_question]
        key = answer_key(options.answers)
        if len(key) != options.tests or any(c not in letters for c in key):
            raise HRDeskError(_(
                "Give the answer key of the tests: one letter ({letters}) per question, {n} in all, "
                "for example --answers {example}.").format(
                letters=", ".join(letters), n=options.tests,
                example=(letters * options.tests)[:options.tests].upper()))


def answer_key(text: str) -> str:
    """"A, b; C" → "abc"."""
    return re.sub(r"[\s,;/.\-]", "", text or "").lower()


class _Sheet:
    """Rows of one sheet of the form, as dictionaries of its columns."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.rows: list[dict[str, object]] = []

    def add(self, **values: object) -> None:
        self.rows.append(values)


class _Form:
    def __init__(self, options: FormOptions) -> None:
        self.o = options
        self.tr = {lang: Translator(lang) for lang in options.languages}
        labels = [f"label::{LANGUAGE_NAMES[lang]}" for lang in options.languages]
        messages = [f"constraint_message::{LANGUAGE_NAMES[lang]}" for lang in options.languages]
        hints = [f"hint::{LANGUAGE_NAMES[lang]}" for lang in options.languages]
        self.survey = _Sheet(["type", "name", *labels, *hints, "required", "relevant", "constraint",
                              *messages, "calculation", "appearance"])
        self.choices = _Sheet(["list_name", "name", *labels])

    def texts(self, column: str, message: str | None, **fmt: object) -> dict[str, str]:
        if not message:
            return {}
        return {f"{column}::{LANGUAGE_NAMES[lang]}": tr(message).format(**fmt) for lang, tr in self.tr.items()}

    def question(self, kind: str, name: str | None, label: str | None, *, hint: str | None = None,
                 constraint_message: str | None = None, **extra: object) -> None:
        columns = {k: v for k, v in extra.items() if k in self.survey.columns}
        fmt = {k: v for k, v in extra.items() if k not in columns}
        self.survey.add(type=kind, name=name, **self.texts("label", label, **fmt),
                        **self.texts("hint", hint, **fmt),
                        **self.texts("constraint_message", constraint_message, **fmt), **columns)

    def choice_list(self, list_name: str, items: Iterable[tuple[str, str]]) -> None:
        for code, label in items:
            self.choices.add(list_name=list_name, name=code, **self.texts("label", label))


def _activity(db: Database, activity_uuid: str) -> m.Activity:
    with db.read_session() as s:
        activity = s.scalar(select(m.Activity).where(m.Activity.uuid == activity_uuid,
                                                     m.Activity.deleted_at.is_(None)))
        if activity is None:
            raise NotFoundError(_("The activity does not exist or was deleted."))
        s.expunge(activity)
        return activity


def form_version(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d%H%M")


def form_id(activity_uuid: str) -> str:
    return "hrdesk_" + activity_uuid.replace("-", "")[:12]


def build_xlsform(db: Database, activity_uuid: str, options: FormOptions | None = None, *,
                  version: str | None = None) -> Workbook:
    """The XLSForm workbook (survey, choices, settings) of the activity's registration form."""
    options = options or FormOptions()
    check_options(options)
    activity = _activity(db, activity_uuid)
    version = version or form_version()
    f = _Form(options)
    year = max(dt.date.today().year, activity.start_date.year)

    f.question("calculate", ACTIVITY_FIELD, None, calculation=f"'{activity.uuid}'")
    f.question("calculate", VERSION_FIELD, None, calculation=f"'{version}'")
    f.question("note", "welcome", N_("Registration: {title}"), title=activity.title.replace("$", ""))
    # the person
    f.question("begin_group", "person", N_("About you"))
    if options.split_names:
        f.question("text", "last_name", QUESTION_LABELS["last_name"], required="yes")
        f.question("text", "first_name", QUESTION_LABELS["first_name"], required="yes")
    else:
        f.question("text", "full_name", QUESTION_LABELS["full_name"], required="yes",
                   hint=N_("As it should appear on the certificate."))
    f.question("select_one sex", "sex", QUESTION_LABELS["sex"], required="yes")
    f.question("integer", "birth_year", QUESTION_LABELS["birth_year"],
               constraint=f". >= 1900 and . <= {year}",
               constraint_message=N_("A year between 1900 and {year}."), year=year)
    f.question("integer", "age", QUESTION_LABELS["age"], relevant="string-length(${birth_year}) = 0",
               constraint=". >= 0 and . <= 120", constraint_message=N_("An age between 0 and 120."))
    if options.washington_group:
        f.question("end_group", None, None)
        f.question("begin_group", "wg", N_("Difficulties in daily activities"))
        for name, text in WG_QUESTIONS:
            f.question("select_one wg_answer", name, text)
        f.question("end_group", None, None)
        answered = " and ".join(f"${{{n}}} != ''" for n, _t in WG_QUESTIONS)
        severe = " or ".join(f"selected(${{{n}}}, 'a_lot_of_difficulty') or selected(${{{n}}}, 'cannot_do_at_all')"
                             for n, _t in WG_QUESTIONS)
        f.question("calculate", "disability", None,
                   calculation=f"if({severe}, 'yes', if({answered}, 'no', 'undisclosed'))")
    else:
        f.question("select_one disability", "disability", QUESTION_LABELS["disability"],
                   hint=N_("You may choose not to say."))
        f.question("end_group", None, None)
    # the work
    f.question("begin_group", "work", N_("Your work"))
    f.question("text", "organisation", QUESTION_LABELS["organisation"])
    f.question("text", "position", QUESTION_LABELS["position"])
    f.question("select_one stakeholder_category", "stakeholder_category", QUESTION_LABELS["stakeholder_category"],
               required="yes")
    f.question("select_one country", "country", QUESTION_LABELS["country"], appearance="autocomplete")
    f.question("end_group", None, None)
    # contact details, with consent
    f.question("begin_group", "contact", N_("Contact details"))
    f.question("select_one yes_no", "consent", QUESTION_LABELS["consent"], required="yes")
    f.question("text", "phone", QUESTION_LABELS["phone"], relevant="${consent} = 'yes'", appearance="numbers")
    f.question("text", "email", QUESTION_LABELS["email"], relevant="${consent} = 'yes'",
               constraint=r"regex(., '^[^@\s]+@[^@\s]+\.[^@\s]+$')",
               constraint_message=N_("An e-mail address such as name@example.org."))
    f.question("end_group", None, None)
    # the tests
    if options.tests:
        key = answer_key(options.answers)
        for test, label in (("pre", N_("Pre-test")), ("post", N_("Post-test"))):
            f.question("begin_group", f"{test}_test", label)
            for i in range(1, options.tests + 1):
                f.question("select_one answer", f"{test}_q{i}", N_("Question {n}"), n=i,
                           hint=N_("Answer the question with this number on the printed test."))
            right = " + ".join(f"if(${{{test}_q{i}}} = '{key[i - 1]}', 1, 0)"
                               for i in range(1, options.tests + 1))
            answered = " or ".join(f"${{{test}_q{i}}} != ''" for i in range(1, options.tests + 1))
            f.question("calculate", f"{test}_score", None,
                       calculation=f"if({answered}, round(({right}) * 100 div {options.tests}, 1), '')")
            f.question("end_group", None, None)

    f.choice_list("sex", ((c.code, c.label) for c in SEX))
    f.choice_list("disability", ((c.code, c.label) for c in DISABILITY))
    f.choice_list("stakeholder_category", ((c.code, c.label) for c in STAKEHOLDER_CATEGORY))
    f.choice_list("yes_no", YES_NO)
    if options.washington_group:
        f.choice_list("wg_answer", WG_ANSWERS)
    if options.tests:
        for letter in ANSWER_LETTERS[:options.choices_per_question]:
            f.choices.add(list_name="answer", name=letter,
                          **{f"label::{LANGUAGE_NAMES[lang]}": letter.upper() for lang in options.languages})
    for country in countries.countries():
        f.choices.add(list_name="country", name=country.alpha3,
                      **{f"label::{LANGUAGE_NAMES[lang]}": countries.name(country.alpha3, lang)
                         for lang in options.languages})

    wb = Workbook(write_only=True)
    for title, sheet in (("survey", f.survey), ("choices", f.choices)):
        ws = wb.create_sheet(title)
        ws.append([cell_value(ws, c) for c in sheet.columns])
        for row in sheet.rows:
            ws.append([cell_value(ws, row.get(c)) for c in sheet.columns])
    ws = wb.create_sheet("settings")
    settings = {"form_title": activity.title, "form_id": form_id(activity.uuid), "version": version,
                "default_language": LANGUAGE_NAMES[options.default_language]}
    ws.append([cell_value(ws, k) for k in settings])
    ws.append([cell_value(ws, v) for v in settings.values()])
    return wb


def write_xlsform(db: Database, activity_uuid: str, path: Path | str, options: FormOptions | None = None,
                  *, version: str | None = None) -> Path:
    """Write the form atomically (a temporary file in the same folder, then renamed)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = build_xlsform(db, activity_uuid, options, version=version)
    with atomic_path(path, action=_("the form")) as tmp:
        wb.save(tmp)
    return path
