"""Merging a parsed exchange file into the database, inside the caller's transaction.

Rules (see ``docs/exchange-format.md``): records match on uuid (or on the pseudonym a
full file gives); an unknown uuid is inserted.  For a known one the version vectors decide
(``hrdesk.storage.versioning``): a version that includes the other wins silently; when
each side has an edit the other lacks (changed on both sides since they last agreed), the
higher (version, updated_at, origin office code, content hash) is kept, so files may arrive
in any order and the result is the same, and a conflict with both versions is recorded at
the office where the two meet.  Bulk SQL Core statements, in batches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from hrdesk.domain.errors import HRDeskError, Problem
from hrdesk.domain.privacy import Privacy
from hrdesk.domain.text import name_key, search_text, sort_key
from hrdesk.exchange import format as F
from hrdesk.exchange import rows as R
from hrdesk.exchange.parse import ParsedFile
from hrdesk.i18n import _
from hrdesk.reference import sdg
from hrdesk.services import audit, settings
from hrdesk.services import offices as office_service
from hrdesk.services.activities import activity_search_text
from hrdesk.services.participants import participant_search_text
from hrdesk.storage import dialect
from hrdesk.storage import models as m
from hrdesk.storage import versioning as V
from hrdesk.storage.base import Base, utcnow
from hrdesk.storage.codec import LINKS, scalar_fields

HASH_PRIVACY = Privacy.PSEUDONYMISED.value  # personal fields never decide conflicts (they may be absent)
NEVER = dt.datetime(1970, 1, 1)
BATCH = 5000
REBUILD_INDEXES_ABOVE = 20_000
STATISTICS_AFTER = 1_000   # records inserted or changed after which the planner's statistics are refreshed


_S = m.RecordSyncState
_STATES = select(_S.uuid, _S.agreed_version, _S.agreed_updated_at, _S.agreed_hash).where(
    _S.record_type == bindparam("rtype"), _S.uuid.in_(bindparam("uuids", expanding=True)))


class Merger:
    def __init__(self, session: Session, parsed: ParsedFile, source_file: str) -> None:
        self.s, self.parsed, self.source = session, parsed, source_file[:255]
        self.conn = session.connection()
        self.sqlite = dialect.is_sqlite(self.conn)
        self.now = utcnow()
        self.counts: Counter[str] = Counter()
        self.office_ids: dict[str, int] = {}
        self.full = Privacy.of(parsed.privacy).shows_names
        self._now_stored = _stamp(self.now)
        # (office code, people added, people of that office already here) where the added
        # people may be those already here under another form (named / pseudonymous)
        self.lookalikes: list[tuple[str, int, int, bool]] = []
        self._listed: list[dict[str, Any]] = []   # activities' listed counts (aggregate files)
        self._histories: set[str] = set()          # recommendations whose history entries came
        self._inserted_ids: dict[type, dict[str, int]] = {}  # uuid → id of the records this merge added

    def run(self) -> Counter[str]:
        # a large page cache for this transaction: bulk inserts touch many index pages
        with dialect.bulk_work(self.conn):
            counts = self._run()
        if counts["inserted"] + counts["updated"] >= STATISTICS_AFTER:
            dialect.refresh_statistics(self.conn, [t.name for t in Base.metadata.sorted_tables])
        return counts

    def _run(self) -> Counter[str]:
        self._offices()
        for sheet in F.MERGE_ORDER[1:]:
            if self.parsed.has_sheet(sheet.name):
                self._sheet(sheet)
            if sheet is F.HISTORY and self._histories:
                self._follow_histories()
        if not Privacy.of(self.parsed.privacy).lists_people:
            self._listed_counts()
        return self.counts

    # -- offices ------------------------------------------------------------------------
    def _offices(self) -> None:
        own = settings.get_in(self.s, settings.OWN_OFFICE)
        for rec in self.parsed.records.get(F.OFFICES.name, []):
            office = self.s.scalar(select(m.Office).where(m.Office.code == rec["code"]))
            values = {n: rec.get(n) for n in F.OFFICES.record_type.names}
            if office is None:
                taken = self.s.scalar(select(m.Office.id).where(m.Office.uuid == rec["uuid"]))
                office = m.Office(**values, version=rec["version"], updated_at=rec["updated_at"],
                                  **({} if taken else {"uuid": rec["uuid"]}))
                self.s.add(office)
                self.counts["inserted"] += 1
            elif office.code != own and (rec["version"], rec["updated_at"]) > (office.version, office.updated_at):
                for n, v in values.items():
                    setattr(office, n, v)
                office.version, office.updated_at = rec["version"], rec["updated_at"]
                self.counts["updated"] += 1
            else:
                self.counts["unchanged"] += 1
        self.s.flush()
        codes = set(self.parsed.origin_codes) if self.parsed.origin_codes is not None else {
            r["origin_office"] for recs in self.parsed.records.values() for r in recs}
        codes.add(self.parsed.meta["office_code"])
        for code in sorted(c for c in codes if c):
            self.office_ids[code] = office_service.ensure_office(self.s, code).id

    # -- records ------------------------------------------------------------------------
    def _sheet(self, sheet: F.Sheet) -> None:
        """Merge one sheet, batch by batch (one batch for a file held in memory).  What must
        see the whole sheet first (joins of pseudonymised records, people already here for
        the lookalike counts) runs before the first batch; the lookalikes are told after the
        last."""
        if self.full and sheet in (F.PARTICIPANTS, F.PARTICIPATIONS):
            joins = self.parsed.join_pairs
            pairs = joins.get(sheet.name, {}) if joins is not None else _pairs(self.parsed.records.get(sheet.name) or [])
            self._join_pairs(sheet, pairs)
        self._added: Counter[tuple[str, bool]] = Counter()
        self._here: dict[tuple[str, bool], int] = self._people_here() if sheet is F.PARTICIPANTS else {}
        table = R.MODELS[sheet.name].__table__
        # a table empty before its sheet: none of the sheet's records can be here already, and
        # a large sheet builds the table's secondary indexes once at its end (uuids stay indexed)
        self._table_empty = not self.conn.scalar(select(func.count()).select_from(table))
        rebuild = self._table_empty and self.parsed.size(sheet) >= REBUILD_INDEXES_ABOVE
        with dialect.secondary_indexes_dropped(self.conn, (table.name,), rebuild):
            for batch in self.parsed.batches(sheet):
                self._batch(sheet, batch)
                if sheet is F.ACTIVITIES and not Privacy.of(self.parsed.privacy).lists_people:
                    self._listed.extend({"activity_uuid": r["uuid"], "total": r.get("listed_participants") or 0,
                                         "women": r.get("listed_women") or 0, "men": r.get("listed_men") or 0,
                                         "other": r.get("listed_other") or 0, "updated_at": self.now}
                                        for r in batch if r.get("listed_participants") is not None)
        for (code, named), n in sorted(self._added.items()):
            here = self._here.get((code, named), 0)
            if here:
                self.lookalikes.append((code, n, here, named))

    def _batch(self, sheet: F.Sheet, incoming: list[dict[str, Any]]) -> None:
        model = R.MODELS[sheet.name]
        rtype = sheet.record_type.name
        uuids = [r["uuid"] for r in incoming]
        local = R.records_by_uuid(self.conn, sheet, uuids) if self._any_known(model, uuids) else {}
        state = self._states(rtype, list(local)) if local else {}
        inserts, updates, states, conflicts, names, vectors, refresh = [], [], [], [], [], [], []
        # People and participations travel without exact edit times below full privacy
        # (see format.hidden_stamp): their versions are ordered without them, the same way
        # whichever kind of file brought them.
        timed = sheet not in (F.PARTICIPANTS, F.PARTICIPATIONS)
        personal = bool(sheet.record_type.personal_fields)
        for rec in incoming:
            loc = local.get(rec["uuid"])
            if loc is None:
                inserts.append(rec)
                states.append(self._state(rtype, rec, "", received=True))  # hash computed when needed
                continue
            # the contents compared as the texts their hashes are made of (the same answer as
            # comparing the hashes, without hashing the local version unless it is needed)
            same_content = R.same_hash_texts(sheet, HASH_PRIVACY, rec, loc)
            in_hash = R.hash_of(R.hash_texts(sheet, HASH_PRIVACY, rec))
            nameless = self.full and _nameless(sheet, loc)
            # personal fields count as content when both sides have them
            differ = not same_content or bool(self.full and not nameless and personal
                                              and not R.same_personal_texts(sheet, rec, loc))
            if timed:
                in_at, loc_at = (rec["version"], rec["updated_at"]), (loc["version"], loc["updated_at"])
            else:
                in_at, loc_at = (rec["version"], NEVER), (loc["version"], NEVER)
            if rec.get("versions") and loc.get("_vv_real"):
                relation = V.compare(_vector(rec), _vector(loc))
            else:  # a side without a real vector (HRDesk 0.1, or not edited since the upgrade)
                relation = _relation_by_agreement(rec, loc, state.get(rec["uuid"]), timed)
                if relation == V.NEWER and loc.get("_vv_real"):
                    rec["versions"] = V.format_vector(V.joined(_vector(rec), _vector(loc)))
            same = in_at == loc_at and not differ and relation == V.EQUAL
            wins = False
            if not same:
                if relation == V.NEWER:
                    wins = True
                elif relation == V.EQUAL and self.full and not nameless and same_content:
                    # the same version: ours came pseudonymised (its personal fields withheld or
                    # older); the full file's personal fields are the version's own
                    rec["_id"] = loc["_id"]
                    refresh.append(rec)
                    continue
                elif relation != V.OLDER:  # changed on both sides (or vectors unknown): both kept for review
                    # a total order, the same at every office (the vector, then the time, decide
                    # between equal contents reached by different edits)
                    loc_hash = R.record_hash(sheet, HASH_PRIVACY, loc)
                    wins = (*in_at, rec["origin_office"], in_hash, V.format_vector(_vector(rec)),
                            rec["updated_at"]) > (*loc_at, loc["origin_office"], loc_hash,
                                                  V.format_vector(_vector(loc)), loc["updated_at"])
                    if wins and not (rec.get("versions") and loc.get("_vv_real")):
                        # a version without a real vector set over ours: it has seen ours now
                        rec["versions"] = V.format_vector(V.joined(_vector(rec), _vector(loc)))
                    if differ:
                        conflicts.append((sheet, rec, loc, wins))
                    elif relation == V.CONCURRENT:
                        # the same content reached on both sides: it includes both sides' edits
                        both = V.format_vector(V.joined(_vector(rec), _vector(loc)))
                        if wins:
                            rec["versions"] = both
                        else:
                            vectors.append({"b_id": loc["_id"], "b_vv": both})
            if wins:
                rec["_id"] = loc["_id"]
                updates.append(rec)
                if nameless:
                    self.counts["named"] += 1
            elif nameless:
                rec["_id"] = loc["_id"]
                names.append(rec)  # a full file gives the names of people known only by pseudonym
            else:
                self.counts["unchanged"] += 1
            # the agreed state is what both sides hold: only a version taken, or the same
            if (wins or same) and state.get(rec["uuid"]) != (rec["version"], rec["updated_at"], in_hash):
                states.append(self._state(rtype, rec, in_hash, received=wins))
        self._insert(sheet, inserts)
        self._update(sheet, updates)
        self._fill_personal(sheet, names)
        self._fill_personal(sheet, refresh, counted="updated")
        if vectors:
            table = model.__table__
            self.conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(vv=bindparam("b_vv")),
                              vectors)
        self._save_states(states)
        for c in conflicts:
            self._conflict(*c)
        if sheet is F.HISTORY:
            self._histories.update(r["recommendation"] for r in incoming)

    def _any_known(self, model: type, uuids: list[str]) -> bool:
        if self._table_empty:  # before this sheet (the file names each uuid once)
            return False
        for i in range(0, len(uuids), 900):
            if self.conn.scalar(select(model.id).where(model.uuid.in_(uuids[i:i + 900])).limit(1)):
                return True
        return False

    def _states(self, rtype: str, uuids: list[str]) -> dict[str, tuple[int, Any, str]]:
        found: dict[str, tuple[int, Any, str]] = {}
        for i in range(0, len(uuids), 900):
            for uuid, version, at, h in self.conn.execute(_STATES, {"rtype": rtype, "uuids": uuids[i:i + 900]}).all():
                found[uuid] = (version, at, h)
        return found

    def _state(self, rtype: str, rec: dict[str, Any], h: str, *, received: bool) -> tuple[Any, ...]:
        """One ``exchange_record_state`` row, already in stored form (no per-row dict)."""
        return (received, rtype, rec["uuid"], rec["version"], _stamp(rec["updated_at"]), h,
                self._now_stored if received else _NEVER_STORED)

    def _save_states(self, states: list[tuple[Any, ...]]) -> None:
        for received in (True, False):
            data = [st[1:] for st in states if st[0] is received]
            if not data:
                continue
            if not self.sqlite:
                cols = ("record_type", "uuid", "agreed_version", "agreed_updated_at", "agreed_hash", "received_at")
                dialect.upsert(self.conn, m.RecordSyncState.__table__, [
                    dict(zip(cols, (t, u, v, _unstamp(a), h, _unstamp(r)), strict=True)) for t, u, v, a, h, r in data],
                    ("record_type", "uuid"), cols[2:] if received else cols[2:5])
                continue
            also = ", received_at = excluded.received_at" if received else ""
            sql = ("INSERT INTO exchange_record_state (record_type, uuid, agreed_version, agreed_updated_at, "
                   "agreed_hash, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_type, uuid) DO UPDATE "
                   "SET agreed_version = excluded.agreed_version, agreed_updated_at = excluded.agreed_updated_at, "
                   f"agreed_hash = excluded.agreed_hash{also}")
            for i in range(0, len(data), BATCH):
                self.conn.exec_driver_sql(sql, data[i:i + BATCH])

    def _row(self, sheet: F.Sheet, rec: dict[str, Any], *, new: bool) -> dict[str, Any]:
        names, personal = _row_plan(sheet.name)
        get = rec.get
        row: dict[str, Any]
        if rec.keys() >= personal:  # full privacy, or no personal fields
            row = {name: get(name) for name in names}
        else:
            row = {}
            for name in names:
                if name in personal and name not in rec:
                    if new:
                        row[name] = rec["uuid"] if name == "full_name" else None
                    continue
                row[name] = get(name)
        if not new and sheet is F.RECOMMENDATIONS:
            for name in F.RECOMMENDATION_TRACKING_FIELDS - rec.keys():
                row.pop(name, None)  # a file older than the column: the value kept here stays
        updated = rec["updated_at"]
        row["vv"] = rec.get("versions")
        if rec.get("pseudonym") and rec["pseudonym"] != rec["uuid"]:
            row["pseudonym"] = rec["pseudonym"]
        row["version"] = rec["version"]
        row["updated_at"] = updated
        row["deleted_at"] = updated if rec["deleted"] else None
        row["origin_office_id"] = self.office_ids[rec["origin_office"]]
        row["source_file"] = self.source
        if sheet is F.ACTIVITIES:
            row["search_text"] = activity_search_text(rec)
            if row.get("pre_post_test") is None:
                row["pre_post_test"] = False
        elif sheet is F.RECOMMENDATIONS:
            row["search_text"] = recommendation_search_text(rec)
        elif sheet is F.PARTICIPANTS:
            if "full_name" in rec:
                row["name_key"] = name_key(rec["full_name"])
                row["sort_key"] = sort_key(rec["full_name"])
                row["search_text"] = participant_search_text(rec)
            elif new:
                row["name_key"], row["search_text"], row["sort_key"] = "", "", ""
        return row

    def _insert(self, sheet: F.Sheet, recs: list[dict[str, Any]]) -> None:
        if not recs:
            return
        model = R.MODELS[sheet.name]
        ids = iter(dialect.first_free_ids(self.conn, model.__table__, len(recs)))
        refs = self._refs(sheet, recs)
        rows = []
        now = self.now
        for rec in recs:
            row = self._row(sheet, rec, new=True)
            row["id"] = rec["_id"] = next(ids)
            row["uuid"] = rec["uuid"]
            row["created_at"] = now
            for column, (field, ids_of) in refs.items():
                row[column] = _named_id(sheet, rec, field, ids_of)
            rows.append(row)
        self._insert_rows(model, rows)
        if model in (m.Activity, m.Participant, m.Recommendation):  # named by later sheets
            self._inserted_ids.setdefault(model, {}).update((rec["uuid"], rec["_id"]) for rec in recs)
        self._links(sheet, recs, replace=False)
        self.counts["inserted"] += len(recs)
        if sheet is F.PARTICIPANTS:
            self._lookalikes(recs)

    def _lookalikes(self, added: list[dict[str, Any]]) -> None:
        """People added in a form that cannot be joined with the same office's people already
        here: pseudonymous ones while named ones came without pseudonyms (files of older
        HRDesks), or named ones without a pseudonym while pseudonymous ones are here.  Counted
        here per batch; told at the end of the sheet (``_sheet``)."""
        for rec in added:
            if "full_name" not in rec:
                self._added[(rec["origin_office"], False)] += 1
            elif not rec.get("pseudonym"):
                self._added[(rec["origin_office"], True)] += 1

    def _people_here(self) -> dict[tuple[str, bool], int]:
        """Live people of each office here before this sheet's records are added or changed
        (after the joins): named without a pseudonym (``False``, what a pseudonymous newcomer
        may be) and known only by pseudonym (``True``, what a named newcomer may be)."""
        P = m.Participant
        here: dict[tuple[str, bool], int] = {}
        for code, office_id in self.office_ids.items():
            for named in (False, True):
                other = (P.pseudonym.is_(None) & (P.name_key != "")) if not named else (P.name_key == "")
                here[(code, named)] = self.conn.scalar(select(func.count(P.id)).where(
                    P.origin_office_id == office_id, P.deleted_at.is_(None), other)) or 0
        return here

    def _update(self, sheet: F.Sheet, recs: list[dict[str, Any]]) -> None:
        if not recs:
            return
        table = R.MODELS[sheet.name].__table__
        refs = self._refs(sheet, recs)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for rec in recs:
            row = self._row(sheet, rec, new=False)
            for column, (field, ids_of) in refs.items():
                row[column] = _named_id(sheet, rec, field, ids_of)
            row = {f"b_{k}": v for k, v in row.items()}
            row["b_id"] = rec["_id"]
            groups.setdefault(tuple(sorted(row)), []).append(row)
        for keys, rows in groups.items():
            stmt = (update(table).where(table.c.id == bindparam("b_id"))
                    .values({k[2:]: bindparam(k) for k in keys if k != "b_id"}))
            for i in range(0, len(rows), BATCH):
                self.conn.execute(stmt, rows[i:i + BATCH])
        self._links(sheet, recs, replace=True)
        self.counts["updated"] += len(recs)

    def _refs(self, sheet: F.Sheet, recs: list[dict[str, Any]]) -> dict[str, tuple[str, dict[str, int]]]:
        """For sheets whose rows name another record: id column → (field, uuid → id)."""
        if sheet is F.PARTICIPATIONS:
            return {"activity_id": ("activity", self._ids(m.Activity, {r["activity"] for r in recs})),
                    "participant_id": ("participant", self._ids(m.Participant, {r["participant"] for r in recs}))}
        if sheet is F.HISTORY:
            return {"recommendation_id": ("recommendation",
                                          self._ids(m.Recommendation, {r["recommendation"] for r in recs}))}
        return {}

    def _ids(self, model: type, uuids: set[str]) -> dict[str, int]:
        known = self._inserted_ids.get(model, {})
        found = {u: known[u] for u in uuids if u in known}
        wanted = [u for u in uuids if u not in found]
        for i in range(0, len(wanted), 900):
            found.update(self.conn.execute(select(model.uuid, model.id).where(
                model.uuid.in_(wanted[i:i + 900]))).all())
        return found

    def _links(self, sheet: F.Sheet, recs: list[dict[str, Any]], *, replace: bool) -> None:
        links = dict(LINKS.get(sheet.record_type.name, {}))
        if not links and sheet is not F.ACTIVITIES:
            return
        if sheet is F.RECOMMENDATIONS and recs:  # columns a file older than them lacks: kept as they are
            links = {n: v for n, v in links.items() if n not in F.RECOMMENDATION_TRACKING_FIELDS or n in recs[0]}
        ids = [r["_id"] for r in recs]
        owner = "activity_id" if sheet is F.ACTIVITIES else "recommendation_id"
        extra = [("recommendations", m.ActivityRecommendation), ("reach_by_age", m.ActivityReach)] \
            if sheet is F.ACTIVITIES else []
        if replace:
            for cls in [c for c, _col in links.values()] + [c for _n, c in extra]:
                t = cls.__table__
                for i in range(0, len(ids), 900):
                    self.conn.execute(delete(t).where(t.c[owner].in_(ids[i:i + 900])))
        for name, (cls, column) in links.items():
            rows = []
            for r in recs:
                for v in r.get(name) or []:
                    row = {owner: r["_id"], column: v}
                    if column == "target":
                        row["goal"] = sdg.goal_of(v)
                    rows.append(row)
            self._insert_rows(cls, rows)
        if sheet is F.ACTIVITIES:
            rec_ids = self._ids(m.Recommendation, {u for r in recs for u in r.get("recommendations") or []})
            self._insert_rows(m.ActivityRecommendation, [
                {"activity_id": r["_id"], "recommendation_id": rec_ids[u]}
                for r in recs for u in r.get("recommendations") or [] if u in rec_ids])
            self._insert_rows(m.ActivityReach, [
                {"activity_id": r["_id"], "sex": s, "age_group": a, "count": n}
                for r in recs for (s, a), n in (r.get("reach_by_age") or {}).items() if n])

    def _insert_rows(self, cls: type, rows: list[dict[str, Any]]) -> None:
        """Bulk inserts (no per-row SQLAlchemy processing: ``executemany`` on SQLite, ``COPY``
        on PostgreSQL), rows grouped by their columns."""
        if not rows:
            return
        table = cls.__table__
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        first = tuple(rows[0])
        if all(len(row) == len(first) and tuple(row) == first for row in rows):
            groups[first] = rows  # the usual case: one shape for every row
        else:
            for row in rows:
                groups.setdefault(tuple(row), []).append(row)
        for cols, members in groups.items():
            data = [tuple(row.values()) for row in members]
            many = len(data) >= REBUILD_INDEXES_ABOVE and len(data) >= (
                self.conn.scalar(select(func.count()).select_from(table)) or 0)
            with dialect.secondary_indexes_dropped(self.conn, (table.name,), many):
                dialect.bulk_insert(self.conn, table, data, cols)

    def _follow_histories(self) -> None:
        """The current-status rule (docs/recommendations.md) after entries came: a
        recommendation's ``implementation_status`` is the status of its newest live entry (latest
        date; on the same date, the entry added last).  Entries of two offices add up, so the
        newest may be one the recommendation's kept version has not seen: the status then
        moves here, as a local edit (new version, audit entry) that travels with the next export."""
        H, Rc = m.RecommendationHistoryEntry, m.Recommendation
        uuids = sorted(self._histories)
        newest: dict[int, tuple[Any, Any, str, str]] = {}
        for i in range(0, len(uuids), 900):
            query = (select(H.recommendation_id, H.date, H.updated_at, H.uuid, H.status).join(Rc, Rc.id == H.recommendation_id)
                     .where(Rc.uuid.in_(uuids[i:i + 900]), Rc.deleted_at.is_(None), H.deleted_at.is_(None)))
            # on the same date, the entry added last: its updated_at (then uuid), which
            # travels with it, so every office picks the same entry (a local id would not)
            for rid, date, added, huuid, status in self.conn.execute(query):
                if rid not in newest or (date, added, huuid) > newest[rid][:3]:
                    newest[rid] = (date, added, huuid, status)
        actor = audit.Actor(settings.get_in(self.s, settings.USER_NAME) or "", 0)  # audit keeps the name only
        for rid, (_date, _added, _uuid, status) in sorted(newest.items()):
            row = self.s.get(Rc, rid)
            if row is None or row.implementation_status == status:
                continue
            self.s.refresh(row)  # the merge wrote it with Core statements
            if row.implementation_status == status:
                continue
            row.implementation_status = status
            row.version += 1
            row.updated_at = utcnow()
            row.source_file = None
            self.s.flush()
            audit.record(self.s, actor, "update", "recommendation", row.uuid, row.version, ["implementation_status"])
            self.counts["updated"] += 1

    # -- privacy levels meeting, names -------------------------------------------------
    def _join_pairs(self, sheet: F.Sheet, pairs: dict[str, str]) -> None:
        """Records received earlier in a pseudonymised file (their uuid is the pseudonym)
        take the real uuid a full file gives with that pseudonym: one record, not two.
        ``pairs``: pseudonym → real uuid, as :func:`_pairs` builds them from the sheet (a
        streamed file gives only the pseudonyms that are uuids here: the others join nothing)."""
        if not pairs:
            return
        model = R.MODELS[sheet.name]
        table = model.__table__
        pseudonymous = self._existing(model, list(pairs))
        if not pseudonymous:
            return
        real = self._existing(model, [pairs[p] for p in pseudonymous])
        rtype = sheet.record_type.name
        S, C = m.RecordSyncState.__table__, m.ExchangeConflict.__table__
        for p in sorted(pseudonymous):
            u = pairs[p]
            if u in real:
                continue  # both already here (listed as likely duplicates, never merged silently)
            self.conn.execute(update(table).where(table.c.uuid == p).values(uuid=u, pseudonym=p))
            self.conn.execute(update(S).where(S.c.record_type == rtype, S.c.uuid == p).values(uuid=u))
            self.conn.execute(update(C).where(C.c.record_type == rtype, C.c.record_uuid == p).values(record_uuid=u))
            self.counts["joined"] += 1

    def _existing(self, model: type, uuids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(uuids), 900):
            found.update(self.conn.scalars(select(model.uuid).where(model.uuid.in_(uuids[i:i + 900]))))
        return found

    def _fill_personal(self, sheet: F.Sheet, recs: list[dict[str, Any]], counted: str = "named") -> None:
        """Names and other personal fields from a full file for records that only ever came
        pseudonymised (the version is not taken, the personal fields are: nobody had them)."""
        if not recs:
            return
        table = R.MODELS[sheet.name].__table__
        _names, personal = _row_plan(sheet.name)
        for rec in recs:
            values = {n: rec.get(n) for n in personal}
            if sheet is F.PARTICIPANTS:
                values["name_key"] = name_key(rec.get("full_name") or "")
                values["sort_key"] = sort_key(rec.get("full_name") or "")
                values["search_text"] = participant_search_text(rec)
            if rec.get("pseudonym") and rec["pseudonym"] != rec["uuid"]:
                values["pseudonym"] = rec["pseudonym"]
            self.conn.execute(update(table).where(table.c.id == rec["_id"]).values(**values))
        self.counts[counted] += len(recs)

    # -- conflicts, aggregate counts ----------------------------------------------------
    def _conflict(self, sheet: F.Sheet, rec: dict[str, Any], loc: dict[str, Any], wins: bool) -> None:
        kept, other = (rec, loc) if wins else (loc, rec)
        kept_json = json.dumps(jsonable(sheet, kept), ensure_ascii=False)
        other_json = json.dumps(jsonable(sheet, other), ensure_ascii=False)
        C = m.ExchangeConflict
        pair = {_comparable(sheet, kept_json), _comparable(sheet, other_json)}
        for old_kept, old_other in self.s.execute(select(C.kept, C.other).where(
                C.record_uuid == rec["uuid"], C.resolved_at.is_(None))):
            if {_comparable(sheet, old_kept), _comparable(sheet, old_other)} == pair:
                return  # the same two versions met again (another file carrying them): already listed
        self.s.add(C(record_type=sheet.record_type.name, record_uuid=rec["uuid"], source_file=self.source,
                     kept=kept_json, other=other_json, kept_side="incoming" if wins else "local"))
        self.counts["conflicts"] += 1

    def _listed_counts(self) -> None:
        T = m.ExchangeListedCount.__table__
        rows = self._listed
        dialect.upsert(self.conn, T, rows, ("activity_uuid",), ("total", "women", "men", "other", "updated_at"))


def _named_id(sheet: F.Sheet, rec: dict[str, Any], field: str, ids_of: dict[str, int]) -> int:
    """The id of the record ``rec`` names in ``field``.  The checks found every named record in
    the file or here; one can only be missing when the file names a person by the pseudonym it
    also gives with their uuid (a hand-edited file): the merge has just given the person their
    uuid.  Refused (the import rolls back) rather than guessed."""
    found = ids_of.get(rec[field])
    if found is None:
        raise HRDeskError(str(Problem(field, _(
            "{uuid} is not the id of a record here any more: this file gives it as the pseudonym of "
            "a record it names by its uuid elsewhere. Ask the office for a new export.").format(uuid=rec[field]),
            row=rec.get("_row"), sheet=sheet.name, column=field)))
    return found


def _pairs(incoming: list[dict[str, Any]]) -> dict[str, str]:
    """Pseudonym → real uuid of the records a full file gives with both."""
    return {r["pseudonym"]: r["uuid"] for r in incoming if r.get("pseudonym") and r["pseudonym"] != r["uuid"]}


def _comparable(sheet: F.Sheet, text: str) -> str:
    """A version of a conflict as the same version compares in any file: without the edit time
    (hidden in pseudonymised files) and the personal fields (withheld there)."""
    data = json.loads(text)
    skip = {"updated_at", "pseudonym", *sheet.record_type.personal_fields}
    return json.dumps({k: v for k, v in data.items() if k not in skip}, sort_keys=True, ensure_ascii=False)


def _relation_by_agreement(rec: dict[str, Any], loc: dict[str, Any], agreed: Any, timed: bool) -> str:
    """How a version relates to ours when one side has no real vector: each side changed
    the record since they last agreed (``exchange_record_state``) when its version differs
    from the agreed one; with no agreement known, both are taken to have changed it (a
    conflict to review rather than an edit lost)."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["version"], r["updated_at"]) if timed else (r["version"],)
    if key(rec) == key(loc) and rec.get("versions") == loc.get("versions"):
        return V.EQUAL
    base = None if agreed is None else ((agreed[0], agreed[1]) if timed else (agreed[0],))
    changed_in = base is None or key(rec) != base
    changed_loc = base is None or key(loc) != base
    if changed_in and changed_loc:
        return V.CONCURRENT
    if changed_in:
        return V.NEWER
    return V.OLDER


def _vector(rec: dict[str, Any]) -> V.Vector:
    return V.parse(rec.get("versions"), rec["origin_office"], rec["version"])


def _nameless(sheet: F.Sheet, loc: dict[str, Any]) -> bool:
    """A record that only ever came pseudonymised: its name is its id (see ``_row``)."""
    return sheet is F.PARTICIPANTS and loc.get("full_name") in (loc["uuid"], loc.get("pseudonym"))


def _stamp(v: dt.datetime | None) -> str | None:
    """A timestamp the way SQLAlchemy stores it in SQLite."""
    return None if v is None else v.isoformat(" ", "microseconds")


_NEVER_STORED = _stamp(NEVER)


def _unstamp(v: str | None) -> dt.datetime | None:
    return None if v is None else dt.datetime.fromisoformat(v)


@cache
def _row_plan(sheet_name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    rtype = F.SHEET_BY_NAME[sheet_name].record_type
    names = tuple(n for n in scalar_fields(rtype) if n not in ("activity", "participant", "recommendation"))
    return names, frozenset(n for n in rtype.personal_fields if n in names)


def recommendation_search_text(values: dict[str, Any]) -> str:
    return search_text(values.get("symbol"), values.get("paragraph"), values.get("body"), values.get("text"))


def jsonable(sheet: F.Sheet, rec: dict[str, Any]) -> dict[str, Any]:
    """A record as JSON-friendly values keyed by column name (lists and grid as in the file)."""
    out: dict[str, Any] = {}
    for col in sheet.columns:
        if col.derived or col.name not in rec:
            continue
        v = rec[col.name]
        if col.cell == F.GRID:
            v = F.encode_grid(v or {})
        elif isinstance(v, (dt.date, dt.datetime)):
            v = v.isoformat()
        out[col.name] = v
    return out
