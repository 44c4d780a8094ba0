"""The activity-log template: an ``.xlsx`` people fill in by hand, then import.

Sheets: **Activities** (one row per activity, a reference ``A1``… per row, columns generated
from :data:`hrdesk.domain.records.ACTIVITY`, drop-down lists, an aggregate-reach block),
**Participants** (one row per person and activity), **Instructions** (in the user's
language) and **Lists** (every allowed value, code and label; the drop-downs point here).
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hrdesk.domain import choices as C
from hrdesk.domain.choices import Choices
from hrdesk.domain.fields import Field, Kind
from hrdesk.domain.kinds import KIND_SPECS
from hrdesk.domain.records import (
    ACTIVITY,
    PARTICIPANT,
    PARTICIPATION,
    PARTICIPATION_LIST_FIELDS,
    PERSON_LIST_FIELDS,
)
from hrdesk.i18n import Translator, _
from hrdesk.reference import countries, sdg
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.safety.atomic import atomic_path
from hrdesk.spreadsheets.text import protect_workbook

ACTIVITY_ROWS = 200          # prefilled references A1…A200
PARTICIPANT_ROWS = 2000
TITLE_ROW, NOTE_ROW, BAND_ROW = 1, 2, 3
ACTIVITY_HEADER_ROW = 4
PARTICIPANT_HEADER_ROW = 3
FILE_ID_PREFIX = "HRD-"

BLUE = "1F4E79"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
REACH_FILL = PatternFill("solid", fgColor="E2EFDA")
REF_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@dataclass(frozen=True)
class Col:
    key: str                  # field name, or "reference" / "activity_ref" / "age_group"
    field: Field | None
    header: str
    width: int
    choices: Choices | None = None
    multi: bool = False


def activity_fields() -> list[Field]:
    """Activity fields that a typed file can carry (reach block last)."""
    usable = [f for f in ACTIVITY.fields if f.kind not in (Kind.REFERENCES, Kind.REACH_GRID)]
    return [f for f in usable if f.group != "reach"] + [f for f in usable if f.group == "reach"]


def _width(f: Field) -> int:
    return f.width or KIND_SPECS[f.kind].template_width


def _header(tr: Translator, f: Field) -> str:
    text = tr(f.label)
    if f.kind.is_list:
        text = tr("{label} (separate with ;)").format(label=text)
    return f"{text} *" if must_fill(f) else text


def must_fill(f: Field) -> bool:
    """Required and without a default: the cell cannot be left empty."""
    return f.required and f.default is None


def activity_columns(tr: Translator) -> list[Col]:
    cols = [Col("reference", None, tr("Ref."), 7)]
    fields = activity_fields()
    for f in fields:
        if f.group == "reach" and not any(c.key == "recommendations" for c in cols):
            cols.append(_recommendations_column(tr))  # before the reach block
        choices = f.choices
        if f.kind is Kind.COUNTRY:
            choices = None
        cols.append(Col(f.name, f, _header(tr, f), _width(f), choices, f.kind.is_list))
    if not any(c.key == "recommendations" for c in cols):
        cols.append(_recommendations_column(tr))
    return cols


def _recommendations_column(tr: Translator) -> Col:
    """The recommendations the activity addressed, by document symbol and paragraph."""
    f = ACTIVITY["recommendations"]
    return Col("recommendations", f, _header(tr, f), 26, None, True)


def participant_columns(tr: Translator) -> list[Col]:
    cols = [Col("activity_ref", None, tr("Activity reference") + " *", 12)]
    for name in PERSON_LIST_FIELDS:
        f = PARTICIPANT[name]
        header = _header(tr, f)
        if name == "age_group":
            header = tr("Age group or age in years")
        cols.append(Col(name, f, header, _width(f), f.choices))
    for name in PARTICIPATION_LIST_FIELDS:
        f = PARTICIPATION[name]
        cols.append(Col(name, f, _header(tr, f), _width(f), f.choices))
    return cols


# -- Lists ----------------------------------------------------------------------------------

def sheet_ref(name: str) -> str:
    """A sheet name as formulas write it: quoted, quotes doubled."""
    return "'" + name.replace("'", "''") + "'"


def sheet_titles(tr: Translator) -> dict[str, str]:
    """The four sheets' names in the template's language (at most 31 characters)."""
    return {key: tr(title)[:31].replace("/", "-") for key, title in (
        ("activities", "Activities"), ("participants", "Participants"),
        ("instructions", "Instructions"), ("lists", "Lists"))}


@dataclass
class ListRange:
    sheet: str
    title: str
    code_col: str
    label_col: str
    first: int
    last: int

    @property
    def labels(self) -> str:
        return f"{sheet_ref(self.sheet)}!${self.label_col}${self.first}:${self.label_col}${self.last}"


def _write_lists(ws: Worksheet, tr: Translator) -> dict[str, ListRange]:
    lists: list[tuple[str, str, list[tuple[str, str]]]] = [
        ("kind", tr(ACTIVITY["kind"].label), [(c.code, tr(c.label)) for c in C.ACTIVITY_KIND]),
        ("status", tr(ACTIVITY["status"].label), [(c.code, tr(c.label)) for c in C.ACTIVITY_STATUS]),
        ("mechanisms", tr(ACTIVITY["mechanisms"].label), [(c.code, tr(c.label)) for c in MECHANISM]),
        ("sex", tr(PARTICIPANT["sex"].label), [(c.code, tr(c.label)) for c in C.SEX]),
        ("age_group", tr(PARTICIPANT["age_group"].label), [(c.code, tr(c.label)) for c in C.AGE_GROUP]),
        ("disability", tr(PARTICIPANT["disability"].label), [(c.code, tr(c.label)) for c in C.DISABILITY]),
        ("stakeholder_category", tr(PARTICIPANT["stakeholder_category"].label),
         [(c.code, tr(c.label)) for c in C.STAKEHOLDER_CATEGORY]),
        ("role", tr(PARTICIPATION["role"].label), [(c.code, tr(c.label)) for c in C.PARTICIPATION_ROLE]),
        ("yes_no", tr("Yes or no"), [("yes", tr("Yes")), ("no", tr("No"))]),
        ("country", tr("Country"), [(c.alpha3, countries.name(c.alpha3, tr.language))
                                    for c in countries.countries()]),
        ("sdg_targets", tr("SDG targets"), [(t.code, sdg.target_text(t.code, tr.language))
                                     for g in sdg.goals() for t in g.targets]),
    ]
    ranges: dict[str, ListRange] = {}
    ws["A1"] = tr("Allowed values. In the other sheets you may write either the code or the label.")
    ws["A1"].font = Font(bold=True, color=BLUE, size=12)
    for i, (key, title, items) in enumerate(lists):
        code_col, label_col = get_column_letter(i * 3 + 1), get_column_letter(i * 3 + 2)
        ws[f"{code_col}3"] = title
        ws[f"{code_col}3"].font = Font(bold=True)
        ws[f"{code_col}4"], ws[f"{label_col}4"] = tr("Code"), tr("Label")
        for cell in (ws[f"{code_col}4"], ws[f"{label_col}4"]):
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.border = BOX
        for j, (code, label) in enumerate(items, start=5):
            ws[f"{code_col}{j}"], ws[f"{label_col}{j}"] = code, label
        ranges[key] = ListRange(ws.title, title, code_col, label_col, 5, 4 + len(items))
        ws.column_dimensions[code_col].width = 12 if key != "stakeholder_category" else 20
        ws.column_dimensions[label_col].width = 70 if key == "sdg_targets" else 34
        ws.column_dimensions[get_column_letter(i * 3 + 3)].width = 3
    ws.freeze_panes = "A5"
    _fit_width(ws, landscape=True)
    return ranges


# -- data sheets ------------------------------------------------------------------------------

def _style_header(cell, required: bool, reach: bool = False) -> None:
    cell.font = Font(bold=True)
    cell.fill = REQUIRED_FILL if required else REACH_FILL if reach else HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    cell.border = BOX


def _dropdown(ws: Worksheet, formula: str, cells: str, tr: Translator, *, strict: bool = True) -> None:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.showErrorMessage = strict
    dv.errorTitle = tr("Value not in the list")
    dv.error = tr("Choose a value from the list (see the Lists sheet).")
    if not strict:
        dv.showInputMessage = True
        dv.promptTitle = tr("Several values")
        dv.prompt = tr("Pick one from the list, or type several separated by ;")
    ws.add_data_validation(dv)
    dv.add(cells)


def _number_rule(ws: Worksheet, cells: str, f: Field, tr: Translator) -> None:
    whole = f.kind in (Kind.INTEGER, Kind.YEAR)
    dv = DataValidation(type="whole" if whole else "decimal", operator="between",
                        formula1=str(int(f.minimum or 0)), formula2=str(int(f.maximum or 10_000_000)),
                        allow_blank=True)
    dv.errorTitle = tr("Number expected")
    dv.error = tr("Write a number, not negative.") if not whole else tr("Write a whole number, not negative.")
    ws.add_data_validation(dv)
    dv.add(cells)


def _choice_list_key(col: Col, ranges: dict[str, ListRange]) -> str | None:
    """The list of the Lists sheet a column's drop-down shows, if any."""
    if col.field is None:
        return None
    if col.field.kind is Kind.COUNTRY:
        return "country"
    if col.field.kind is Kind.BOOLEAN:
        return "yes_no"
    if col.field.choices is not None and col.key in ranges:
        return col.key
    return None


def _write_data_sheet(ws: Worksheet, tr: Translator, cols: list[Col], header_row: int, rows: int,
                      title: str, note: str, ranges: dict[str, ListRange]) -> None:
    ws[f"A{TITLE_ROW}"] = title
    ws[f"A{TITLE_ROW}"].font = Font(bold=True, size=14, color=BLUE)
    ws[f"A{NOTE_ROW}"] = note
    ws[f"A{NOTE_ROW}"].font = Font(italic=True, color="595959")
    last = header_row + rows
    for i, col in enumerate(cols, start=1):
        letter = get_column_letter(i)
        cell = ws.cell(row=header_row, column=i, value=col.header)
        required = bool(col.field and must_fill(col.field)) or col.key in ("reference", "activity_ref")
        _style_header(cell, required, reach=bool(col.field and col.field.group == "reach"))
        ws.column_dimensions[letter].width = col.width
        cells = f"{letter}{header_row + 1}:{letter}{last}"
        key = _choice_list_key(col, ranges)
        if key:
            _dropdown(ws, "=" + ranges[key].labels, cells, tr, strict=not col.multi)
        elif col.field and col.field.kind in (Kind.INTEGER, Kind.NUMBER, Kind.YEAR):
            _number_rule(ws, cells, col.field, tr)
        if col.field and col.field.kind is Kind.DATE:
            for r in range(header_row + 1, last + 1):
                ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
        if col.field and col.field.kind is Kind.MULTILINE:
            for r in range(header_row + 1, min(last, header_row + 60) + 1):
                ws.cell(row=r, column=i).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[header_row].height = 45
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{get_column_letter(len(cols))}{header_row + 25}"
    _fit_width(ws, landscape=True)


def _activities_sheet(ws: Worksheet, tr: Translator, ranges: dict[str, ListRange]) -> None:
    cols = activity_columns(tr)
    _write_data_sheet(ws, tr, cols, ACTIVITY_HEADER_ROW, ACTIVITY_ROWS,
                      tr("Activities — one row per activity"),
                      tr("Columns marked * are required. Use the drop-down lists; separate several "
                         "values with ; (for example 16.3; 5.2). The Instructions sheet explains every column."),
                      ranges)
    # bands above the column groups
    reach = [i for i, c in enumerate(cols, start=1) if c.field and c.field.group == "reach"]
    training = [i for i, c in enumerate(cols, start=1) if c.field and c.field.group == "training"]
    for span, text, fill in ((reach, tr("Aggregate reach — only for activities without a list of participants"), REACH_FILL),
                             (training, tr("Trainings"), HEADER_FILL)):
        if span:
            ws.merge_cells(start_row=BAND_ROW, start_column=span[0], end_row=BAND_ROW, end_column=span[-1])
            cell = ws.cell(row=BAND_ROW, column=span[0], value=text)
            cell.font = Font(bold=True, color=BLUE)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[BAND_ROW].height = 30
    for n in range(1, ACTIVITY_ROWS + 1):
        cell = ws.cell(row=ACTIVITY_HEADER_ROW + n, column=1, value=f"A{n}")
        cell.fill = REF_FILL
        cell.font = Font(bold=True, color="595959")


def _participants_sheet(ws: Worksheet, tr: Translator, ranges: dict[str, ListRange]) -> None:
    cols = participant_columns(tr)
    _write_data_sheet(ws, tr, cols, PARTICIPANT_HEADER_ROW, PARTICIPANT_ROWS,
                      tr("Participants — one row per person and activity"),
                      tr("Write the activity's reference (A1, A2…) from the Activities sheet. A person "
                         "who attended two activities has two rows. Age: a group from the list, or the age in years."),
                      ranges)
    refs = (f"{sheet_ref(sheet_titles(tr)['activities'])}!"
            f"$A${ACTIVITY_HEADER_ROW + 1}:$A${ACTIVITY_HEADER_ROW + ACTIVITY_ROWS}")
    _dropdown(ws, "=" + refs, f"A{PARTICIPANT_HEADER_ROW + 1}:A{PARTICIPANT_HEADER_ROW + PARTICIPANT_ROWS}", tr)
    # ages in years are allowed too: do not reject what is not in the list
    for dv in ws.data_validations.dataValidation:
        if ranges["age_group"].labels in (dv.formula1 or ""):
            dv.showErrorMessage = False


def _what_to_write(tr: Translator, col: Col) -> str:
    f = col.field
    if col.key == "reference":
        return tr("Already filled in: A1, A2… Keep it; the Participants sheet refers to it.")
    if col.key == "activity_ref":
        return tr("The reference of the activity in the Activities sheet, e.g. A1.")
    assert f is not None
    if col.key == "age_group":
        return tr("An age group from the list, or the age in years (e.g. 34).")
    if col.key == "recommendations":
        return tr("The recommendations this activity addressed: the document symbol and the paragraph, "
                  "as the Recommendations page shows them (e.g. A/HRC/49/7 115.3); several separated by ;. "
                  "Each must already be recorded in HRDesk.")
    parts = []
    k = f.kind
    if k is Kind.DATE:
        parts.append(tr("A date, e.g. 2019-06-14 or 14/06/2019."))
    elif k is Kind.COUNTRY:
        parts.append(tr("A country name or its ISO code (GIN, PAN…)."))
    elif k is Kind.COUNTRIES:
        parts.append(tr("Country names or ISO codes, separated by ;"))
    elif k is Kind.SDG_TARGETS:
        parts.append(tr("SDG target numbers separated by ;, e.g. 16.3; 5.2 (all targets are on the Lists sheet)."))
    elif k is Kind.TAGS:
        parts.append(tr("Free text; several entries separated by ;"))
    elif k is Kind.MULTICHOICE:
        parts.append(tr("One or more values from the list, separated by ;"))
    elif k is Kind.CHOICE:
        parts.append(tr("A value from the drop-down list."))
    elif k is Kind.BOOLEAN:
        parts.append(tr("Yes or no."))
    elif k is Kind.INTEGER:
        parts.append(tr("A whole number."))
    elif k is Kind.NUMBER:
        parts.append(tr("A number."))
    elif k is Kind.MULTILINE:
        parts.append(tr("Free text; several paragraphs are fine."))
    elif k is Kind.TEXT and not f.help:
        parts.append(tr("Free text."))
    if f.help:
        parts.append(tr(f.help))
    if f.choices is not None and f.default is not None and k is Kind.CHOICE:
        parts.append(tr("If left empty: {value}.").format(value=f.choices.label(str(f.default), tr)))
    return " ".join(parts)


def _instructions_sheet(ws: Worksheet, tr: Translator, file_id: str) -> None:
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 90
    ws["A1"] = tr("HRDesk activity log — how to fill in this file")
    ws["A1"].font = Font(bold=True, size=14, color=BLUE)
    steps = [
        tr("1. Activities sheet: one row per activity. The reference (A1, A2…) is already there; "
           "fill in the other columns of that row."),
        tr("2. Columns marked * are required: {columns}.").format(
            columns=", ".join(tr(f.label) for f in activity_fields() if must_fill(f))),
        tr("3. Use the drop-down lists where there is one. Codes (e.g. training) and labels "
           "(e.g. Training) are both accepted, in English, French or Spanish."),
        tr("4. Several values in one cell are separated by ; (for example SDG targets 16.3; 5.2)."),
        tr("5. Trainings, workshops and other events with a list of people: list each person on the "
           "Participants sheet with the activity's reference."),
        tr("6. Campaigns, broadcasts and events without a list: fill in the green aggregate-reach "
           "columns instead (women, men, other/undisclosed, total, localities)."),
        tr("7. Save the file and import it in HRDesk (or run 'hrdesk import-activities FILE'). "
           "Every problem is listed with its sheet, row and column; nothing is imported until all "
           "are fixed."),
        tr("8. To correct something later, fix this same file and import it again: the activities "
           "it created are updated, nothing is duplicated. Use a fresh template for a new batch."),
        tr("Participants' names and contact details are sensitive: keep this file in a safe place "
           "and delete it once it is imported."),
    ]
    row = 3
    for text in steps:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 15 * max(1, -(-len(text) // 110)) + 6
        row += 1
    if steps:
        ws.cell(row=row - 1, column=1).font = Font(bold=True, color="C00000")
    for sheet_title, cols in ((tr("Activities sheet"), activity_columns(tr)),
                              (tr("Participants sheet"), participant_columns(tr))):
        row += 1
        ws.cell(row=row, column=1, value=sheet_title).font = Font(bold=True, size=12, color=BLUE)
        row += 1
        for i, text in enumerate((tr("Column"), tr("Required"), tr("What to write")), start=1):
            _style_header(ws.cell(row=row, column=i, value=text), False)
        for col in cols:
            row += 1
            required = bool(col.field and must_fill(col.field)) or col.key in ("reference", "activity_ref")
            ws.cell(row=row, column=1, value=col.header.rstrip(" *")).font = Font(bold=True)
            ws.cell(row=row, column=2, value=tr("Yes") if required else "")
            text = _what_to_write(tr, col)
            ws.cell(row=row, column=3, value=text).alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = 15 * max(1, -(-len(text) // 95))
            for i in (1, 2, 3):
                ws.cell(row=row, column=i).border = BOX
    row += 2
    ws.cell(row=row, column=1, value=tr("File identifier (do not change)")).font = Font(color="808080")
    ws.cell(row=row, column=3, value=file_id).font = Font(color="808080")
    _fit_width(ws, landscape=False)


def _fit_width(ws: Worksheet, *, landscape: bool) -> None:
    """Printed (or exported to PDF), a sheet is one page wide."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if landscape else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def new_file_id() -> str:
    return FILE_ID_PREFIX + uuid_module.uuid4().hex[:16]


def build_template(language: str = "en") -> Workbook:
    tr = Translator(language)
    wb = Workbook()
    activities = wb.active
    titles = sheet_titles(tr)
    activities.title = titles["activities"]
    participants = wb.create_sheet(titles["participants"])
    instructions = wb.create_sheet(titles["instructions"])
    lists = wb.create_sheet(titles["lists"])
    ranges = _write_lists(lists, tr)
    _activities_sheet(activities, tr, ranges)
    _participants_sheet(participants, tr, ranges)
    _instructions_sheet(instructions, tr, new_file_id())
    wb.active = 0
    protect_workbook(wb)  # every text a literal text, never a formula
    return wb


def write_template(path: Path | str, language: str = "en") -> Path:
    """Write the template atomically (temporary file in the same folder, then rename)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = build_template(language)
    with atomic_path(path, action=_("the template")) as tmp:
        wb.save(tmp)
    return path
