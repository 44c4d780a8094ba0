"""Writing an exchange workbook (format v1) from the database.

Streaming: openpyxl write-only mode, records read in chunks, so memory stays flat however
many rows there are.  The file is written under a temporary name in the destination
folder (:func:`hrdesk.safety.atomic.atomic_path`), encrypted if a password is given, then
renamed over the final name.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import Connection, func, or_, select

from hrdesk import __version__
from hrdesk.domain.cleaning import clean_text
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.privacy import Privacy
from hrdesk.domain.progress import Cancelled, Progress, ensure
from hrdesk.exchange import format as F
from hrdesk.exchange import rows as R
from hrdesk.exchange.pseudonym import Pseudonymiser, office_key
from hrdesk.i18n import _
from hrdesk.reference import countries
from hrdesk.safety.atomic import atomic_path, check_target
from hrdesk.services import offices, settings
from hrdesk.spreadsheets.text import text_cell
from hrdesk.storage import models as m
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database

HEADER_FONT = Font(name="Calibri", size=11, bold=True)  # the workbook's body font, in bold


@dataclass
class ExportResult:
    path: Path
    export_id: str
    privacy: str
    scope: str
    counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""
    encrypted: bool = False


def export_workbook(db: Database, out: Path | str, *, privacy: str | None = None,
                    since: dt.date | dt.datetime | None = None, recipient: str | None = None,
                    password: str | None = None, progress: Progress | None = None) -> ExportResult:
    """Write the exchange workbook ``out``; see ``hrdesk.exchange`` for the parameters."""
    out = Path(out).expanduser()
    progress = ensure(progress)
    if out.suffix.lower() != ".xlsx":
        raise HRDeskError(_("The exchange file must end in .xlsx: {path}").format(path=out))
    if not out.parent.is_dir():
        raise HRDeskError(_("The folder {path} does not exist.").format(path=out.parent))
    out = check_target(out, _("the exchange file"))  # never rename over a device, FIFO or folder
    privacy = Privacy.of(privacy or settings.default_privacy(db)).value
    started = utcnow()
    export_id = str(uuid_module.uuid4())
    with db.session() as s:  # creates the pseudonym key on first use
        office = offices.own_office_in(s)
        key = office_key(s)
        if recipient and since is None:
            rec = s.get(m.ExchangeRecipient, recipient)
            since = rec.last_export_at if rec else None
    if isinstance(since, dt.date) and not isinstance(since, dt.datetime):
        since = dt.datetime.combine(since, dt.time())
    scope = "full" if since is None else f"since {since.isoformat()}"
    result = ExportResult(out, export_id, privacy, scope, encrypted=bool(password))
    collecting = gc.isenabled()
    gc.disable()  # no reference cycles here; the collector would only rescan every row's objects
    try:
        with atomic_path(out, action=_("the exchange file")) as tmp, db.engine.connect() as conn:
            writer = _Writer(conn, privacy, since, Pseudonymiser(key), progress, started)
            metadata = writer.write(tmp, {
                "format_version": F.FORMAT_VERSION, "hrdesk_version": __version__,
                "office_code": office.code, "office_name": office.name, "office_kind": office.kind,
                "office_country": office.country, "export_id": export_id,
                "created_at": F.format_stamp(started), "scope": "full" if since is None else "since",
                "since": F.format_stamp(since), "recipient": recipient, "privacy": privacy,
            })
            result.counts, result.checksum = writer.counts, metadata["checksum"]
            if password:
                _encrypt(tmp, password)
            progress.check()  # the last moment a cancel still leaves no file
    finally:
        if collecting:
            gc.enable()
    _log_export(db, result, office.code, recipient, started)
    return result


def _encrypt(path: Path, password: str) -> None:
    # start-up time: loaded only for an encrypted workbook
    from msoffcrypto.format.ooxml import OOXMLFile

    enc = path.with_name(path.name + ".enc")
    try:
        with path.open("rb") as src, enc.open("wb") as dst:
            OOXMLFile(src).encrypt(password, dst)
        os.replace(enc, path)
    finally:
        enc.unlink(missing_ok=True)


def _log_export(db: Database, result: ExportResult, office_code: str, recipient: str | None,
                started: dt.datetime) -> None:
    digest = hashlib.sha256()
    with result.path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    with db.session() as s:
        s.add(m.ExchangeLog(direction="export", export_id=result.export_id, file_name=result.path.name,
                            file_hash=digest.hexdigest(), office_code=office_code, recipient=recipient,
                            scope=result.scope, privacy=result.privacy,
                            counts=json.dumps(result.counts)))
        if recipient:
            rec = s.get(m.ExchangeRecipient, recipient)
            if rec is None:
                s.add(m.ExchangeRecipient(name=recipient, last_export_at=started,
                                          last_export_id=result.export_id))
            else:
                rec.last_export_at, rec.last_export_id = started, result.export_id


class _Writer:
    def __init__(self, conn: Connection, privacy: str, since: dt.datetime | None,
                 pseudonym: Pseudonymiser, progress: Progress, started: dt.datetime):
        self.conn, self.privacy, self.since, self.started = conn, privacy, since, started
        self.pseudonym, self.progress = pseudonym, progress
        self.counts: dict[str, int] = {}
        self.done = 0
        self.total = 0

    # -- scope --------------------------------------------------------------------------
    def _changed(self, model: type, record_type: str):
        S = m.RecordSyncState
        received = select(S.uuid).where(S.record_type == record_type, S.received_at >= self.since)
        return or_(model.updated_at >= self.since, model.uuid.in_(received))

    def where(self, sheet: F.Sheet):
        if self.since is None or sheet is F.OFFICES:
            return None
        A, P, Q, Rc = m.Activity, m.Participant, m.Participation, m.Recommendation
        changed_q = self._changed(Q, "participation")
        if sheet is F.PARTICIPATIONS:
            return changed_q
        if sheet is F.PARTICIPANTS:
            return or_(self._changed(P, "participant"),
                       P.id.in_(select(Q.participant_id).where(changed_q)))
        activities = or_(self._changed(A, "activity"), A.id.in_(select(Q.activity_id).where(changed_q)))
        if sheet is F.ACTIVITIES:
            return activities
        H = m.RecommendationHistoryEntry
        history = self._changed(H, "recommendation_history")
        if sheet is F.HISTORY:
            return history
        AR = m.ActivityRecommendation
        # changed, linked to an activity sent, or given a history entry sent (which names it)
        recommendations = or_(self._changed(Rc, "recommendation"), Rc.id.in_(
            select(AR.recommendation_id).where(AR.activity_id.in_(select(A.id).where(activities)))),
            Rc.id.in_(select(H.recommendation_id).where(history)))
        if sheet is F.CLUSTERS:  # changed, or the cluster of a recommendation sent
            C = m.RecommendationCluster
            return or_(self._changed(C, "recommendation_cluster"),
                       C.uuid.in_(select(Rc.cluster).where(recommendations, Rc.cluster.is_not(None))))
        return recommendations

    # -- writing ------------------------------------------------------------------------
    def write(self, path: Path, meta: dict[str, Any]) -> dict[str, Any]:
        sheets = F.sheets_for(self.privacy)
        for sheet in sheets:
            model = R.MODELS[sheet.name]
            where = self.where(sheet)
            query = select(func.count(model.id))
            self.counts[sheet.name] = self.conn.scalar(query if where is None else query.where(where)) or 0
        self.total = sum(self.counts.values())
        wb = Workbook(write_only=True)
        checksum = F.Checksum()
        for sheet in sheets:
            self._sheet(wb, sheet, checksum)
        entries = [*meta.items(), *((f"rows:{s.name}", self.counts[s.name]) for s in sheets)]
        checksum.metadata(entries)
        meta_ws = wb.create_sheet(F.META_SHEET)
        meta_ws.sheet_state = "hidden"
        meta_ws.column_dimensions["A"].width = 22
        meta_ws.column_dimensions["B"].width = 70
        meta_ws.append([_bold(meta_ws, "key"), _bold(meta_ws, "value")])
        for key, value in entries:
            meta_ws.append([key, text_cell(meta_ws, value) if isinstance(value, str) else value])
        digest = checksum.hexdigest()
        meta_ws.append(["checksum", digest])
        wb.save(path)
        return {**meta, "checksum": digest}

    def _sheet(self, wb: Workbook, sheet: F.Sheet, checksum: F.Checksum) -> None:
        cols = F.columns_for(sheet, self.privacy)
        ws = wb.create_sheet(sheet.name)
        for i, col in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(col.width, len(col.name) + 3)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{self.counts[sheet.name] + 1}"
        header = [c.name for c in cols]
        ws.append([_bold(ws, h) for h in header])
        checksum.sheet(sheet.name)
        checksum.row(header)
        people = sheet in (F.PARTICIPANTS, F.PARTICIPATIONS)
        pseudo = not Privacy.of(self.privacy).shows_names and people
        convert = row_converter(sheet, cols, self.pseudonym, hide=pseudo,
                                hidden_at=F.format_stamp(F.hidden_stamp(self.started)))
        order = None
        if pseudo:  # in pseudonym order: row i of a full file is not row i of this one
            t = R.MODELS[sheet.name].__table__
            order = func.coalesce(t.c.pseudonym, self.pseudonym.sql(self.conn, t.c.uuid))
        texts = [i for i, c in enumerate(cols) if c.cell in (F.TEXT, F.LIST, F.GRID)]
        starts = F.FORMULA_STARTS
        written = 0
        for chunk in R.iter_chunks(self.conn, sheet, self.where(sheet), order_by=order,
                                   listed=sheet is F.ACTIVITIES and not Privacy.of(self.privacy).lists_people):
            if self.progress.cancelled:
                raise Cancelled(_("The export was cancelled; no file was written."))
            for rec in chunk:
                values = convert(rec)
                checksum.row(values)
                cells = values
                for i in texts:
                    v = values[i]
                    if v and v.startswith(starts):
                        if cells is values:
                            cells = list(values)
                        cells[i] = text_cell(ws, v)
                ws.append(cells)
            written += len(chunk)
            self.done += len(chunk)
            self.progress.update(self.done, self.total)
        self.counts[sheet.name] = written



def row_converter(sheet: F.Sheet, cols: tuple[F.Column, ...], pseudonym: Any, *,
                  hide: bool = False, hidden_at: str | None = None) -> Callable[[dict], list]:
    """A function turning one record into the list of cell values of ``cols``; with ``hide``
    (people and participations below full privacy) ids are pseudonyms and edit times hidden.

    Generated once per sheet so that a row costs one call, not one call per cell."""
    env: dict[str, Any] = {"clean": _clean_text, "encode_list": F.encode_list, "encode_grid": F.encode_grid,
                           "pseudonym": pseudonym, "country_name": countries.name, "hidden_at": hidden_at}
    parts = []
    for i, col in enumerate(cols):
        key = repr(col.name)
        previous = cols[i - 1] if i else None
        if col.name == "pseudonym" or (hide and col.name == "uuid"):
            # the pseudonym the office of origin gave, or ours for our own records
            expr = "(r['pseudonym'] or pseudonym(r['uuid']))"
        elif hide and sheet is F.PARTICIPATIONS and col.name == "participant":
            expr = "(r['_participant_pseudonym'] or pseudonym(r['participant']))"
        elif hide and col.cell == F.STAMP:
            expr = "hidden_at"
        elif col.derived and previous is not None and previous.field:
            source = repr(previous.field)
            f = sheet.record_type[previous.field]
            if f.choices is not None:
                env[f"label{i}"] = lambda code, choices=f.choices: _(choices.label(code))
                expr = f"(label{i}(r[{source}]) if r[{source}] else None)"
            else:
                expr = f"(country_name(r[{source}]) if r[{source}] else None)"
        elif col.cell == F.LIST:
            expr = f"(clean(encode_list(r[{key}])) if r[{key}] else None)"
        elif col.cell == F.GRID:
            expr = f"(encode_grid(r[{key}]) if r[{key}] else None)"
        elif col.cell == F.STAMP:
            expr = f"(None if (v := r[{key}]) is None else v.isoformat(timespec='microseconds'))"
        elif col.cell == F.TEXT:
            expr = f"(v if (v := r[{key}]) is None or type(v) is not str or v.isprintable() else clean(v))"
        elif col.cell == F.FLOAT:
            expr = f"(None if (v := r[{key}]) is None else float(format(v, '.15g')))"
        else:
            expr = f"r[{key}]"
        parts.append(expr)
    source = "def convert(r):\n    return [" + ",\n            ".join(parts) + "]\n"
    exec(compile(source, f"<exchange row converter {sheet.name}>", "exec"), env)
    return env["convert"]


def _clean_text(value: Any) -> Any:
    """Text as the input boundary stores it (:func:`hrdesk.domain.cleaning.clean_text`): line
    ends as LF, no control characters — so a record written before that boundary cleaned
    its text travels as every office would store it."""
    if not value or type(value) is not str:
        return value
    return clean_text(value)


def _bold(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = HEADER_FONT
    cell.alignment = Alignment(vertical="top")
    return cell
