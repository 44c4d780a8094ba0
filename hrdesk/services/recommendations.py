"""Recommendations of the human-rights mechanisms, their clusters, their implementation
history and the activities addressing them (see docs/recommendations.md).

The current status (``implementation_status``) is the status of the newest entry of the
recommendation's history (latest date; on the same date, the entry added last): setting it in
the editor (or an import) adds an entry dated today, and adding an entry moves it.  A
recommendation created "not started" has no entry until something happens.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.cleaning import clean
from hrdesk.domain.errors import NotFoundError, Problem, ValidationError
from hrdesk.domain.records import RECOMMENDATION, RECOMMENDATION_CLUSTER, RECOMMENDATION_HISTORY
from hrdesk.domain.text import fold, search_text
from hrdesk.domain.validation import validate
from hrdesk.i18n import _, ngettext
from hrdesk.services import audit, offices
from hrdesk.services.records import RecordService
from hrdesk.storage import models as m
from hrdesk.storage.base import utcnow
from hrdesk.storage.database import Database

# uuid5 namespaces: the first history entry of a migrated recommendation (the same in every
# office, see migration 0006), and recommendations brought in from a mechanism's list.
HISTORY_NAMESPACE = uuid_module.UUID("5b0c2f0e-6f1d-4c59-9a57-0d2a4c1e8f31")
KEY_NAMESPACE = uuid_module.UUID("0f6a4bb2-3c0e-4d9f-8d8e-58f3a6c7d2a4")

# "… (Norway);", "… (Bolivia (Plurinational State of));": one level of parentheses inside, no
# digit (no State's name has one; "(2019-2023)" is a period)
_STATE_SUFFIX = re.compile(r"\s*\(((?:[^()\d]|\([^()\d]*\)){2,80})\)\s*[;.,]?\s*$")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


# -- the stable key of a recommendation ----------------------------------------------------

def _compact(text: str | None) -> str:
    """Folded, every run of spaces and punctuation removed: "47 (g)" and "47(g)" agree."""
    return _NON_WORD.sub("", fold(text or ""))


def normalised_text(text: str | None) -> str:
    """The text compared for identity: folded, punctuation reduced to single spaces, the
    recommending State in final parentheses ("… (Norway);") left out."""
    return _folded(_STATE_SUFFIX.sub("", text or ""))


def _folded(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def stable_key(values: dict[str, Any]) -> str:
    """The identity of a recommendation across files and offices: mechanism + document symbol
    + paragraph when both are known, else mechanism + State under review + recommending State
    (or body) + cycle + normalised text.  The text's final parentheses are left out only when
    they name the recommending State (the body): "… (OPSC)" and "… (OPAC)" stay two texts."""
    mechanism = values.get("mechanism") or ""
    symbol, paragraph = _compact(values.get("symbol")), _compact(values.get("paragraph"))
    if symbol and paragraph:
        return f"p|{mechanism}|{symbol}|{paragraph}"
    return "|".join(["t", mechanism, values.get("country") or "", _compact(values.get("body")),
                     str(values.get("cycle") or ""), _key_text(values.get("text"), values.get("body"))])


def _key_text(text: str | None, body: str | None) -> str:
    named = state_in_text(text)
    if named is not None and _compact(named) == _compact(body):
        return normalised_text(text)
    return _folded(text or "")


def key_uuid(key: str) -> str:
    """The uuid a recommendation brought in from a list gets: the same in every office."""
    return str(uuid_module.uuid5(KEY_NAMESPACE, key))


def state_in_text(text: str | None) -> str | None:
    """The recommending State a UPR recommendation names at its end: "… (Norway);" → Norway."""
    found = _STATE_SUFFIX.search(text or "")
    return found.group(1).strip() if found else None


# -- recommendations -----------------------------------------------------------------------

class RecommendationService(RecordService):
    record_type = RECOMMENDATION
    model = m.Recommendation

    def extra_problems(self, session: Session, values: dict[str, Any], row: Any | None) -> list[Problem]:
        cluster = values.get("cluster")
        if cluster and _live_cluster(session, cluster) is None:
            return [Problem("cluster", _("This cluster does not exist or was deleted."))]
        return []

    def after_write(self, session: Session, row: m.Recommendation, values: dict[str, Any]) -> None:
        row.search_text = search_text(values.get("symbol"), values.get("paragraph"),
                                      values.get("body"), values.get("text"))

    def create_in(self, session: Session, values: dict[str, Any], *, uuid: str | None = None) -> Any:
        row = super().create_in(session, values, uuid=uuid)
        if row.implementation_status != RECOMMENDATION["implementation_status"].default:
            self._follow_status(row)
        return row

    def update_in(self, session: Session, uuid: str, values: dict[str, Any], *,
                  expected_version: int | None = None) -> Any:
        before = self._row(session, uuid).implementation_status
        row = super().update_in(session, uuid, values, expected_version=expected_version)
        if row.implementation_status != before:
            self._follow_status(row)
        return row

    def _follow_status(self, row: m.Recommendation) -> None:
        """The status was set directly (editor, import): the history gets an entry dated today,
        or on the date of the newest entry when that one is dated ahead (received from an office
        whose day is already tomorrow), so the entry is the newest and the status stays the rule's."""
        newest = _newest_entry(row)
        if newest is None or newest.status != row.implementation_status:
            date = max(dt.date.today(), newest.date) if newest is not None else dt.date.today()
            row.history.append(self._entry(date, row.implementation_status, None))

    def _entry(self, date: dt.date, status: str, note: str | None, who: str | None = None,
               uuid: str | None = None) -> m.RecommendationHistoryEntry:
        now = utcnow()
        entry = m.RecommendationHistoryEntry(date=date, status=status, note=note, who=who or self.who,
                                             origin_office_id=self.actor.office_id, created_at=now,
                                             updated_at=now)
        if uuid:
            entry.uuid = uuid
        return entry

    @property
    def who(self) -> str:
        return self.actor.user_name or ""

    def activities_of(self, uuid: str) -> list[dict[str, Any]]:
        with self.db.read_session() as s:
            return _activities_of(s, self._row(s, uuid))

    # -- history -----------------------------------------------------------------------
    def add_history(self, uuid: str, values: dict[str, Any]) -> dict[str, Any]:
        """Add a dated entry (date, status, note; who defaults to the current user) and move the
        current status to that of the newest entry.  Returns the recommendation's values."""
        with self.db.session() as s:
            row = self._row(s, uuid)
            self.add_history_in(s, row, values)
            return self.values_of(s, row)

    def add_history_in(self, session: Session, row: m.Recommendation, values: dict[str, Any],
                       *, entry_uuid: str | None = None) -> m.RecommendationHistoryEntry:
        data = {**RECOMMENDATION_HISTORY.defaults(), **clean(RECOMMENDATION_HISTORY, values),
                "recommendation": row.uuid}
        if not data.get("who"):
            data["who"] = self.who or None
        problems = validate(RECOMMENDATION_HISTORY, data)
        if isinstance(data.get("date"), dt.date) and data["date"] > dt.date.today():
            problems.append(Problem("date", _("A history entry cannot be dated in the future.")))
        if problems:
            raise ValidationError(problems)
        entry = self._entry(data["date"], data["status"], data.get("note"), data.get("who"), entry_uuid)
        row.history.append(entry)
        session.flush()
        audit.record(session, self.actor, "create", RECOMMENDATION_HISTORY.name, entry.uuid, entry.version)
        newest = _newest_entry(row)
        if newest is not None and newest.status != row.implementation_status:
            row.implementation_status = newest.status
            row.version += 1
            row.updated_at = utcnow()
            row.source_file = None
            audit.record(session, self.actor, "update", RECOMMENDATION.name, row.uuid, row.version,
                         ["implementation_status"])
        return entry

    def history(self, uuid: str) -> list[dict[str, Any]]:
        """The recommendation's dated entries and, as evidence, the activities linked to it,
        newest first: ``{"kind": "entry"|"activity", "date", "status", "note", "who", …}``."""
        with self.db.read_session() as s:
            row = self._row(s, uuid)
            items = [{"kind": "entry", "uuid": e.uuid, "date": e.date, "status": e.status, "note": e.note,
                      "who": e.who, "order": _entry_order(e)} for e in row.history if e.deleted_at is None]
            for a in _activities_of(s, row):
                items.append({"kind": "activity", "uuid": a["uuid"], "date": a["start_date"], "status": None,
                              "note": a["title"], "who": None, "activity_kind": a["kind"],
                              "activity_status": a["status"], "order": ()})
            items.sort(key=lambda i: (i["date"], i["kind"] == "entry", i["order"]), reverse=True)
            for i in items:
                del i["order"]
            return items


def _newest_entry(row: m.Recommendation) -> m.RecommendationHistoryEntry | None:
    live = [e for e in row.history if e.deleted_at is None]
    if not live:
        return None
    return max(live, key=_entry_order)


def _entry_order(e: m.RecommendationHistoryEntry) -> tuple:
    """Entries in time: the date, then when the entry was added (``updated_at``, which travels
    with it, unlike the local id: two offices holding the same entries order them alike),
    then its uuid."""
    return (e.date, e.updated_at or utcnow(), e.uuid or "")


def _activities_of(session: Session, rec: m.Recommendation) -> list[dict[str, Any]]:
    rows = session.execute(
        select(m.Activity.uuid, m.Activity.title, m.Activity.kind, m.Activity.start_date,
               m.Activity.country, m.Activity.status)
        .join(m.ActivityRecommendation, m.ActivityRecommendation.activity_id == m.Activity.id)
        .where(m.ActivityRecommendation.recommendation_id == rec.id, m.Activity.deleted_at.is_(None))
        .order_by(m.Activity.start_date.desc(), m.Activity.id.desc())).all()
    return [{"uuid": r[0], "title": r[1], "kind": r[2], "start_date": r[3], "country": r[4], "status": r[5]}
            for r in rows]


def label(values: dict[str, Any]) -> str:
    """Short label of a recommendation: ``CMW/C/ECU/CO/3, para. 47 (g)``."""
    parts = [values.get("symbol") or values.get("body") or values.get("mechanism") or ""]
    if values.get("paragraph"):
        parts.append(f"para. {values['paragraph']}")
    return ", ".join(p for p in parts if p)


# -- clusters --------------------------------------------------------------------------------

def _live_cluster(session: Session, uuid: str) -> m.RecommendationCluster | None:
    return session.scalar(select(m.RecommendationCluster).where(
        m.RecommendationCluster.uuid == uuid, m.RecommendationCluster.deleted_at.is_(None)))


def _cluster_values(c: m.RecommendationCluster, count: int = 0) -> dict[str, Any]:
    return {"uuid": c.uuid, "name": c.name, "description": c.description, "version": c.version,
            "recommendations": count}


def _check_cluster(session: Session, data: dict[str, Any], uuid: str | None) -> None:
    problems = validate(RECOMMENDATION_CLUSTER, data)
    name = data.get("name")
    if isinstance(name, str) and name.strip():
        same = session.scalars(select(m.RecommendationCluster).where(
            m.RecommendationCluster.deleted_at.is_(None))).all()
        if any(fold(c.name) == fold(name) and c.uuid != uuid for c in same):
            problems.append(Problem("name", _("There is already a cluster named '{name}'.").format(name=name)))
    if problems:
        raise ValidationError(problems)


def list_clusters(db: Database) -> list[dict[str, Any]]:
    """Live clusters by name, each with how many live recommendations it holds."""
    with db.read_session() as s:
        counts = dict(s.execute(select(m.Recommendation.cluster, func.count()).where(
            m.Recommendation.deleted_at.is_(None), m.Recommendation.cluster.is_not(None))
            .group_by(m.Recommendation.cluster)).all())
        clusters = s.scalars(select(m.RecommendationCluster).where(
            m.RecommendationCluster.deleted_at.is_(None))).all()
        return sorted((_cluster_values(c, counts.get(c.uuid, 0)) for c in clusters),
                      key=lambda c: (fold(c["name"]), c["uuid"]))


def create_cluster(db: Database, values: dict[str, Any], members: Iterable[str] = ()) -> dict[str, Any]:
    """A new cluster (name, description), with ``members`` (recommendation uuids) assigned to it."""
    actor = offices.actor(db)
    with db.session() as s:
        data = {**RECOMMENDATION_CLUSTER.defaults(), **clean(RECOMMENDATION_CLUSTER, values)}
        _check_cluster(s, data, None)
        now = utcnow()
        row = m.RecommendationCluster(name=data["name"], description=data.get("description"),
                                      origin_office_id=actor.office_id, created_at=now, updated_at=now)
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", RECOMMENDATION_CLUSTER.name, row.uuid, row.version)
        count = _assign_in(s, RecommendationService(db, actor), list(members), row.uuid)
        return _cluster_values(row, count)


def edit_cluster(db: Database, uuid: str, values: dict[str, Any]) -> dict[str, Any]:
    actor = offices.actor(db)
    with db.session() as s:
        row = _live_cluster(s, uuid)
        if row is None:
            raise NotFoundError(_("This cluster does not exist or was deleted."))
        data = {"name": row.name, "description": row.description, **clean(RECOMMENDATION_CLUSTER, values)}
        _check_cluster(s, data, uuid)
        if (data["name"], data.get("description")) != (row.name, row.description):
            row.name, row.description = data["name"], data.get("description")
            row.version += 1
            row.updated_at = utcnow()
            row.source_file = None
            audit.record(s, actor, "update", RECOMMENDATION_CLUSTER.name, row.uuid, row.version,
                         ["name", "description"])
        return _cluster_values(row)


def assign_cluster(db: Database, recommendations: Iterable[str], cluster: str | None) -> int:
    """Put the recommendations in ``cluster`` (None: in no cluster); how many changed."""
    service = RecommendationService(db)
    with db.session() as s:
        if cluster is not None and _live_cluster(s, cluster) is None:
            raise NotFoundError(_("This cluster does not exist or was deleted."))
        return _assign_in(s, service, list(recommendations), cluster)


def _assign_in(s: Session, service: RecommendationService, uuids: list[str], cluster: str | None) -> int:
    changed = 0
    for uuid in uuids:
        row = service._row(s, uuid)
        if row.cluster != cluster:
            service.update_in(s, uuid, {"cluster": cluster})
            changed += 1
    return changed


# -- cluster suggestions ---------------------------------------------------------------------

# Words that say nothing about a recommendation's subject (EN/FR/ES), never keywords.
_STOPWORD_TEXT = """
ensure ensures continue continues consider considers adopt adopts take takes measures measure
necessary further including include strengthen efforts effective effectively implement
implementation national state states party their there these those which within without about
other against between should would could order particular particularly relevant appropriate
recommendation recommends recommend committee during under through access rights right human
legislation provide provides guarantee fully promote protection protect persons people
assurer continuer prendre mesures necessaires notamment renforcer efforts mettre oeuvre
national nationale etats partie leurs celles ceux dans avec entre droits droit homme personnes
legislation garantir pleinement promouvoir protection proteger veiller adopter recommande
asegurar seguir continuar adoptar medidas necesarias incluido fortalecer esfuerzos aplicar
nacional estado estados parte entre derechos derecho humanos personas legislacion garantizar
plenamente promover proteccion proteger velar recomienda contra sobre todas todos para
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[a-z]{5,}")


@dataclass(frozen=True)
class ClusterSuggestion:
    basis: str                  # "theme", "sdg_target" or "keyword"
    value: str                  # the shared theme, target or word
    recommendations: tuple[str, ...]  # uuids, in the order of the list

    @property
    def explanation(self) -> str:
        n = len(self.recommendations)
        if self.basis == "theme":
            return ngettext("{n} recommendation has the theme '{value}'.",
                            "{n} recommendations share the theme '{value}'.", n).format(
                n=n, value=_(self.value))   # a seed theme in the reader's language (others as typed)
        if self.basis == "sdg_target":
            return ngettext("{n} recommendation serves SDG target {value}.",
                            "{n} recommendations serve SDG target {value}.", n).format(n=n, value=self.value)
        return ngettext("{n} recommendation uses the word '{value}'.",
                        "{n} recommendations use the word '{value}'.", n).format(n=n, value=self.value)


def suggest_clusters(db: Database, *, country: str | None = None, include_clustered: bool = False,
                     minimum: int = 2) -> list[ClusterSuggestion]:
    """Groups of recommendations that could form a cluster, never applied by themselves.

    Deterministic and explainable: every group is the recommendations sharing one theme, one
    SDG target or one significant word of their text (a word of at least five letters, not a
    common word, found in at least ``minimum`` texts but in no more than a third of them).
    Larger groups first (themes before targets before words on equal size); each recommendation
    is offered in one group only.  Recommendations already in a cluster are left out unless
    ``include_clustered``."""
    R = m.Recommendation
    with db.read_session() as s:
        query = select(R.id, R.uuid, R.text, R.symbol, R.paragraph).where(R.deleted_at.is_(None))
        if country:
            query = query.where(R.country == country)
        if not include_clustered:
            query = query.where(R.cluster.is_(None))
        recs = s.execute(query.order_by(R.symbol, R.paragraph, R.id)).all()
        ids = [r.id for r in recs]
        themes: dict[int, set[str]] = defaultdict(set)
        targets: dict[int, set[str]] = defaultdict(set)
        theme_label: dict[str, str] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            for rid, theme in s.execute(select(m.RecommendationTheme.recommendation_id, m.RecommendationTheme.theme)
                                        .where(m.RecommendationTheme.recommendation_id.in_(chunk))):
                themes[rid].add(fold(theme))
                theme_label.setdefault(fold(theme), theme)
            for rid, target in s.execute(select(m.RecommendationSdgTarget.recommendation_id,
                                                m.RecommendationSdgTarget.target)
                                         .where(m.RecommendationSdgTarget.recommendation_id.in_(chunk))):
                targets[rid].add(target)
    order = {r.id: n for n, r in enumerate(recs)}
    uuid_of = {r.id: r.uuid for r in recs}
    words: dict[int, set[str]] = {r.id: set(_WORD.findall(normalised_text(r.text))) - _STOPWORDS for r in recs}
    frequency = Counter(w for ws in words.values() for w in ws)
    ceiling = max(minimum, len(recs) // 3)
    groups: list[tuple[str, str, list[int]]] = []
    for basis, table, name in (("theme", themes, lambda v: theme_label[v]), ("sdg_target", targets, str)):
        members: dict[str, list[int]] = defaultdict(list)
        for rid, values in table.items():
            for v in values:
                members[v].append(rid)
        groups += [(basis, name(v), rids) for v, rids in members.items()]
    keyword_members: dict[str, list[int]] = defaultdict(list)
    for rid, ws in words.items():
        for w in ws:
            if minimum <= frequency[w] <= ceiling:
                keyword_members[w].append(rid)
    groups += [("keyword", w, rids) for w, rids in keyword_members.items()]
    rank = {"theme": 0, "sdg_target": 1, "keyword": 2}
    taken: set[int] = set()
    result = []
    pending = [(b, v, rids) for b, v, rids in groups if len(rids) >= minimum]
    while pending:
        pending = [(b, v, [r for r in rids if r not in taken]) for b, v, rids in pending]
        pending = [(b, v, rids) for b, v, rids in pending if len(rids) >= minimum]
        if not pending:
            break
        pending.sort(key=lambda g: (-len(g[2]), rank[g[0]], fold(g[1]), g[1]))
        basis, value, rids = pending.pop(0)
        rids = sorted(rids, key=order.__getitem__)
        taken.update(rids)
        result.append(ClusterSuggestion(basis, value, tuple(uuid_of[r] for r in rids)))
    return result



# -- references typed in a spreadsheet (the activity log's recommendations column) ------------

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
# "A/HRC/49/7 115.3", "A/HRC/49/7, para. 115.3" (the label the app shows), "CRC/C/GIN/CO/3-6 47 (g)"
_REFERENCE = re.compile(r"^\s*(?P<symbol>[^\s,]+)[\s,]+(?:(?:para(?:graph)?|paragraphe|p[aá]rr(?:afo)?|par)\.?|§)?"
                        r"\s*(?P<paragraph>\S.*?)\s*$", re.IGNORECASE)
REFERENCE_SEPARATORS = re.compile(r"[;\n]+")


def split_references(text: str | None) -> list[str]:
    """The references of one cell, separated by ``;`` or new lines."""
    return [part.strip() for part in REFERENCE_SEPARATORS.split(text or "") if part.strip()]


def resolve_references(session: Session, references: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each reference to a recommendation (document symbol + paragraph, as the app shows it, or
    the record's uuid) → ``(uuid, None)`` for the live recommendation it names, or ``(None,
    why)``.  Symbols and paragraphs compare as the stable key does ("47 (g)" = "47(g)")."""
    wanted = sorted(set(references))
    result: dict[str, tuple[str | None, str | None]] = {}
    R = m.Recommendation
    by_uuid = {r for r in wanted if _UUID.match(r)}
    live_uuids: set[str] = set()
    if by_uuid:
        live_uuids = set(session.scalars(select(R.uuid).where(R.uuid.in_([u.lower() for u in by_uuid]),
                                                              R.deleted_at.is_(None))))
    parsed = {r: _REFERENCE.match(r) for r in wanted if r not in by_uuid}
    symbols = {_compact(p["symbol"]) for p in parsed.values() if p}
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    if symbols:
        for uuid, symbol, paragraph in session.execute(
                select(R.uuid, R.symbol, R.paragraph).where(R.deleted_at.is_(None), R.symbol.is_not(None),
                                                            R.paragraph.is_not(None)).order_by(R.id)):
            if _compact(symbol) in symbols:
                by_key[(_compact(symbol), _compact(paragraph))].append(uuid)
    for ref in wanted:
        if ref in by_uuid:
            result[ref] = (ref.lower(), None) if ref.lower() in live_uuids else (
                None, _("No recommendation here has the identifier {ref}.").format(ref=ref))
            continue
        p = parsed[ref]
        if p is None:
            result[ref] = (None, _("'{ref}' is not a document symbol followed by a paragraph "
                                   "(for example A/HRC/49/7 115.3).").format(ref=ref))
            continue
        found = by_key.get((_compact(p["symbol"]), _compact(p["paragraph"])), [])
        if len(found) == 1:
            result[ref] = (found[0], None)
        elif not found:
            result[ref] = (None, _("No recommendation {symbol}, paragraph {paragraph} is recorded here: "
                                   "import or add it on the Recommendations page first.").format(
                symbol=p["symbol"], paragraph=p["paragraph"]))
        else:
            result[ref] = (None, ngettext(
                "{count} recommendation here has the symbol {symbol} and paragraph {paragraph}: write the "
                "identifier of the one meant.",
                "{count} recommendations here have the symbol {symbol} and paragraph {paragraph}: write the "
                "identifier of the one meant.", len(found)).format(
                count=len(found), symbol=p["symbol"], paragraph=p["paragraph"]))
    return result
