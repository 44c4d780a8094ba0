"""Demo data (``hrdesk demo``): two years (2024–2025) of invented but realistic records.

Activities of every kind across several countries with narratives, trainings with
participant lists (names in many scripts), attendance and test scores, campaigns with
aggregate reach, recommendations of human-rights mechanisms linked to activities, and a few
likely-duplicate participants.  Deterministic for a given seed.

Rows are written with SQLAlchemy Core bulk inserts (``session.execute(insert(table), rows)``
in batches, in one transaction) — fast enough for the ``large`` scale used by benchmarks.
The audit trail gets one ``create`` entry per record, written in bulk too.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.demo import data as D
from hrdesk.demo import people
from hrdesk.demo.write import write_all
from hrdesk.domain.choices import KINDS_WITH_PARTICIPANT_LISTS, REACH_SEX
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.progress import Progress, ensure
from hrdesk.domain.records import ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.domain.text import name_key
from hrdesk.domain.validation import validate
from hrdesk.i18n import _
from hrdesk.reference import countries
from hrdesk.reference.themes import SEED_THEMES
from hrdesk.services import offices
from hrdesk.storage import models as m
from hrdesk.storage.database import Database


@dataclass(frozen=True)
class Scale:
    activities: int
    participants: int
    participations: int
    recommendations: int
    duplicates: int


SCALES = {
    "small": Scale(150, 1_500, 3_000, 60, 15),
    "large": Scale(10_000, 100_000, 250_000, 600, 300),
}
DEMO_OFFICE = {"code": "GN", "name": "OHCHR Country Office in Guinea", "kind": "country_office",
               "country": "GIN"}
DEMO_USER = "Demo"
FIRST_DAY, LAST_DAY = dt.date(2024, 1, 8), dt.date(2025, 12, 19)
REFERENCE_DAY = dt.date(2025, 12, 1)  # "today" of the demo: later activities are planned

_KINDS = (("training", 30), ("workshop", 15), ("seminar", 7), ("consultation", 8),
          ("monitoring_mission", 10), ("technical_assistance", 8), ("advocacy_campaign", 9),
          ("publication", 4), ("event", 6), ("other", 3))
_DAYS = {"training": (2, 5), "workshop": (1, 3), "seminar": (1, 2), "consultation": (1, 1),
         "monitoring_mission": (3, 10), "technical_assistance": (1, 90), "advocacy_campaign": (7, 60),
         "publication": (1, 1), "event": (1, 1), "other": (1, 1)}
_QUOTA = {"training": (18, 35), "workshop": (15, 40), "seminar": (20, 60), "consultation": (10, 30),
          "event": (30, 80)}
_REGIONS = (D.WEST_AFRICA, ("COL", "PAN", "ECU", "VEN"), ("KHM", "VNM", "LAO", "THA"), ("BDI", "RWA", "COD"))
_AGE_WEIGHTS = {"under_18": 8, "18_24": 22, "25_34": 27, "35_49": 25, "50_64": 13, "65_plus": 5}


def fill(db: Database, scale: str = "small", seed: int = 1, *, check: bool | None = None,
         progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty database with demo data; returns the number of records of each type.

    ``progress`` gets one step per stage (message ``generating``, ``validating``,
    ``writing``); a cancel through it writes no record (the office set up for an
    unconfigured database stays).

    ``check`` validates every generated record (default: on for ``small``, on a sample of
    one record in 50 for ``large``)."""
    if scale not in SCALES:
        raise HRDeskError(_("Unknown scale '{scale}' (use small or large).").format(scale=scale))
    if not offices.is_configured(db):
        offices.configure(db, DEMO_OFFICE, DEMO_USER)
    with db.read_session() as s:
        existing = sum(s.scalar(select(func.count()).select_from(t)) or 0
                       for t in (m.Activity, m.Participant, m.Recommendation))
    if existing:
        raise HRDeskError(_(
            "{path} already holds records: demo data only go into an empty database "
            "(give another --db)."
        ).format(path=db.path))
    actor = offices.actor(db)
    with db.read_session() as s:
        office = offices.own_office_in(s)
        code, home = office.code, office.country
    gen = _Generator(random.Random(seed), SCALES[scale], actor.office_id, code, home)
    progress = ensure(progress)
    if check is None:
        every = 1 if scale == "small" else 50
    else:
        every = 1 if check else 0
    stages = 3 if every else 2
    progress.update(0, stages, "generating")
    gen.generate()
    if every:
        progress.update(1, stages, "validating")
        gen.check(every)
    progress.update(stages - 1, stages, "writing")
    counts = gen.counts()  # the writing lets the people's values go once they are written
    with db.session() as s:
        gen.write(s, actor.user_name or DEMO_USER)
        progress.check()  # a cancel up to here writes no record
    progress.finish()
    return counts


class _Generator:
    def __init__(self, rng: random.Random, scale: Scale, office_id: int, office_code: str,
                 home: str | None) -> None:
        self.rng, self.scale, self.office_id, self.office_code = rng, scale, office_id, office_code
        self.countries = list(D.COUNTRIES)
        weights = {c: D.COUNTRIES[c][0] for c in self.countries}
        if home in weights:
            weights[home] = max(weights[home], 40)
        self.country_weights = [weights[c] for c in self.countries]
        self.recs: list[dict[str, Any]] = []           # values + "_id", "_topic"
        self.activities: list[dict[str, Any]] = []     # values + "_id", "_quota"…
        self.people: list[dict[str, Any]] = []         # values + "_id", "_uuid"
        self.parts: list[dict[str, Any]] = []          # participation rows (ids)
        self.names: set[tuple[str, str | None]] = set()
        self.duplicates = 0

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def counts(self) -> dict[str, int]:
        return {"activities": len(self.activities), "participants": len(self.people),
                "participations": len(self.parts), "recommendations": len(self.recs)}

    def generate(self) -> None:
        self._recommendations()
        self._activities()
        self._participations()
        self.names = set()  # only to avoid namesakes while generating (~15 MB at the large scale)

    # -- recommendations -----------------------------------------------------------------
    def _recommendations(self) -> None:
        rng, seen = self.rng, set()
        by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
        cycle = {c: rng.randint(2, 4) for c in self.countries}
        while len(self.recs) < self.scale.recommendations:
            country = rng.choices(self.countries, self.country_weights)[0]
            topic = rng.choice(D.TOPICS)
            mech = rng.choice((*topic.mechanisms, "upr"))
            symbol, body, para = self._symbol(mech, country, cycle[country])
            if (symbol, para) in seen:
                continue
            seen.add((symbol, para))
            values = {
                "mechanism": mech, "body": body, "symbol": symbol, "paragraph": para, "country": country,
                "cycle": cycle[country] if mech == "upr" else None,
                "text": D.REC_TEXTS[topic.key],
                "sdg_targets": rng.sample(topic.targets, rng.randint(1, len(topic.targets))),
                "themes": list(topic.themes),
                "implementation_status": people.pick(rng, (("not_started", 30), ("in_progress", 35),
                                                           ("partially_implemented", 25), ("implemented", 10))),
                "notes": (f"Follow-up discussed with the interministerial committee in {rng.choice((2024, 2025))}."
                          if rng.random() < 0.2 else None),
                "_id": len(self.recs) + 1, "uuid": self.uuid(), "_topic": topic.key,
            }
            self.recs.append(values)
            by_key.setdefault((country, topic.key), []).append(values)
            by_key.setdefault((country, ""), []).append(values)
        self.recs_by_key = by_key

    def _symbol(self, mech: str, country: str, cycle: int) -> tuple[str, str | None, str]:
        rng = self.rng
        if mech == "upr":
            session = {2: 43, 3: 49, 4: 56}[cycle]
            return (f"A/HRC/{session}/{rng.randint(5, 18)}", rng.choice(D.UPR_STATES),
                    f"{rng.choice((110, 115, 123, 126))}.{rng.randint(1, 240)}")
        para = f"{rng.randint(8, 60)}" + (f" ({'abcdefgh'[rng.randint(0, 7)]})" if rng.random() < 0.6 else "")
        if mech == "spt":
            return f"CAT/OP/{country}/{cycle - 1}", "Subcommittee on Prevention of Torture", para
        if mech == "special_procedures":
            return (f"A/HRC/{rng.randint(43, 58)}/{rng.randint(30, 60)}/Add.{rng.randint(1, 3)}",
                    rng.choice(D.SPECIAL_PROCEDURES), para)
        suffix = f"{cycle}-{cycle + 2}" if mech == "crc" else str(cycle)
        return f"{D.TREATY_SYMBOL_PREFIX[mech]}/{country}/CO/{suffix}", None, para

    # -- activities --------------------------------------------------------------------------
    def _activities(self) -> None:
        rng = self.rng
        span = (LAST_DAY - FIRST_DAY).days
        for i in range(self.scale.activities):
            kind = people.pick(rng, _KINDS)
            start = FIRST_DAY + dt.timedelta(days=int(span * (rng.random() ** 0.9)))
            while start.weekday() >= 5:
                start -= dt.timedelta(days=1)
            low, high = _DAYS[kind]
            days = rng.randint(low, high)
            end = start + dt.timedelta(days=days - 1)
            country = rng.choices(self.countries, self.country_weights)[0]
            self.activities.append(self._activity(i + 1, kind, start, end, days, country))
        self.activities.sort(key=lambda a: (a["start_date"], a["_id"]))

    def _activity(self, ident: int, kind: str, start: dt.date, end: dt.date, days: int,
                  country: str) -> dict[str, Any]:
        rng = self.rng
        topic = rng.choice(D.TOPICS)
        lang = people.language_of(country)
        city = rng.choice(D.COUNTRIES[country][1])
        audience = rng.choice(topic.audiences)
        words = D.AUDIENCE_WORDS[audience][{"en": 0, "fr": 1, "es": 2}[lang]]
        title = rng.choice(D.TITLES[kind][lang]).format(
            topic=getattr(topic, lang), audience=words, place=city)
        title = title[0].upper() + title[1:]
        if start > REFERENCE_DAY:
            status = "planned"
        elif end >= REFERENCE_DAY:
            status = "ongoing"
        else:
            status = "cancelled" if rng.random() < 0.03 else "completed"
        partners = list(dict.fromkeys(rng.choice(D.PARTNERS[lang]) for _ in range(rng.randint(1, 3))))
        themes = list(topic.themes)
        if rng.random() < 0.2:
            extra = rng.choice(SEED_THEMES)
            if extra not in themes:
                themes.append(extra)
        recs: list[dict[str, Any]] = []
        if rng.random() < 0.35:
            pool = self.recs_by_key.get((country, topic.key)) or self.recs_by_key.get((country, ""), [])
            if pool:
                recs = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        mechanisms = list(topic.mechanisms) if rng.random() < 0.5 else []
        mechanisms = list(dict.fromkeys(mechanisms + [r["mechanism"] for r in recs]))
        covered: list[str] = []
        if rng.random() < 0.08:
            region = next((r for r in _REGIONS if country in r), ())
            if region:
                covered = [country, *rng.sample([c for c in region if c != country],
                                                rng.randint(1, len(region) - 1))]
        values: dict[str, Any] = {
            "title": title, "kind": kind, "status": status, "start_date": start,
            "end_date": None if days == 1 and rng.random() < 0.7 else end,
            "country": country, "location": city, "countries_covered": covered,
            "narrative": None, "outcome": None,
            "funding_source": rng.choice(D.FUNDING) if rng.random() < 0.8 else None,
            "themes": themes, "partners": partners,
            "sdg_targets": rng.sample(topic.targets, rng.randint(1, len(topic.targets))),
            "mechanisms": mechanisms, "recommendations": [r["uuid"] for r in recs],
            "reach_women": None, "reach_men": None, "reach_other": None, "reach_total": None,
            "reach_localities": None, "reach_by_age": {},
            "training_hours": None, "methodology": None, "pre_post_test": False,
            "_id": ident, "uuid": self.uuid(), "_days": days, "_rec_ids": [r["_id"] for r in recs],
            "_quota": 0, "_audience": audience, "_audiences": topic.audiences,
        }
        with_reach = kind == "advocacy_campaign" or (kind in ("event", "other") and rng.random() < 0.5)
        if status in ("completed", "ongoing"):
            if with_reach:
                self._reach(values)
            elif kind in KINDS_WITH_PARTICIPANT_LISTS and status == "completed":
                values["_quota"] = rng.randint(*_QUOTA[kind])
        if kind == "training" or (kind == "workshop" and rng.random() < 0.2):
            values["training_hours"] = float(days * rng.choice((5, 6, 7)))
            values["methodology"] = rng.choice(D.METHODOLOGIES)
            values["pre_post_test"] = kind == "training" and rng.random() < 0.75
        values["narrative"] = self._narrative(values, topic, city, partners[0])
        if status == "completed":
            values["outcome"] = rng.choice(D.OUTCOMES) or None
        return values

    def _reach(self, v: dict[str, Any]) -> None:
        rng = self.rng
        total = int(10 ** rng.uniform(2.2, 3.8))
        women = int(total * rng.uniform(0.42, 0.62))
        other = int(total * rng.uniform(0, 0.02))
        v.update(reach_women=women, reach_men=total - women - other, reach_other=other,
                 reach_total=total, reach_localities=rng.randint(1, 30))
        if rng.random() < 0.4:
            grid: dict[tuple[str, str], int] = {}
            for sex in REACH_SEX.codes:
                for group, n in _split(rng, v[f"reach_{sex}"], _AGE_WEIGHTS).items():
                    if n:
                        grid[(sex, group)] = n
            v["reach_by_age"] = grid

    def _narrative(self, v: dict[str, Any], topic: D.Topic, city: str, partner: str) -> str:
        kind, rng = v["kind"], self.rng
        group = {"monitoring_mission": "mission", "technical_assistance": "assistance",
                 "advocacy_campaign": "campaign", "publication": "publication"}.get(kind, "list")
        if v["reach_total"]:
            group = "campaign"
        text = rng.choice(D.NARRATIVES[group]).format(
            partner=partner, n="{n}" if v["_quota"] else rng.randint(12, 40), audience=D.AUDIENCE_WORDS[v["_audience"]][0],
            place=city, topic=topic.en, country=countries.name(v["country"]),
            reach=f"{v['reach_total'] or 0:,}", localities=v["reach_localities"] or 1)
        return text

    # -- people and participations --------------------------------------------------------
    def _participations(self) -> None:
        rng, scale = self.rng, self.scale
        listed = [a for a in self.activities if a["_quota"]]
        raw = sum(a["_quota"] for a in listed) or 1
        factor = scale.participations / raw
        for a in listed:
            a["_quota"] = max(2, round(a["_quota"] * factor))
        diff = scale.participations - sum(a["_quota"] for a in listed)
        while diff and listed:
            a = rng.choice(listed)
            step = 1 if diff > 0 else -1
            if a["_quota"] + step >= 2:
                a["_quota"] += step
                diff -= step
        slots_left = sum(a["_quota"] for a in listed)
        pools: dict[tuple[str, bool], list[dict[str, Any]]] = {}
        for a in listed:
            present: set[int] = set()
            facilitators = rng.randint(1, 2) if a["kind"] in ("training", "workshop") else 0
            speakers = rng.randint(1, 3) if a["kind"] in ("seminar", "event") else 0
            scored = []
            for i in range(a["_quota"]):
                role = ("facilitator" if i < facilitators else
                        "speaker" if i < speakers else
                        "organiser" if a["kind"] == "event" and i == speakers else "participant")
                staff = role != "participant"
                pool = pools.setdefault((a["country"], staff), [])
                need_new = scale.participants - len(self.people)
                person = None
                if rng.random() >= need_new / slots_left:
                    person = self._reuse(pool, present)
                if person is None:
                    person = self._new_person(a, staff, pool, present)
                slots_left -= 1
                present.add(person["_id"])
                part = self._participation(a, person, role, i)
                if part["pre_score"] is not None and part["post_score"] is not None:
                    scored.append(part)
                self.parts.append(part)
            listed_people = sum(1 for p in self.parts[-a["_quota"]:] if p["role"] == "participant")
            a["narrative"] = a["narrative"].replace("{n}", str(listed_people))
            if scored:
                pre = sum(p["pre_score"] for p in scored) / len(scored)
                post = sum(p["post_score"] for p in scored) / len(scored)
                a["outcome"] = (f"Average test scores rose from {pre:.0f}% to {post:.0f}%. "
                                + (a["outcome"] or "")).strip()

    def _reuse(self, pool: list[dict[str, Any]], present: set[int]) -> dict[str, Any] | None:
        for _try in range(4):
            if not pool:
                return None
            person = pool[int(len(pool) * self.rng.random() ** 0.7)]  # recent people come back more
            if person["_id"] not in present:
                return person
        return None

    def _new_person(self, a: dict[str, Any], staff: bool, pool: list[dict[str, Any]],
                    present: set[int]) -> dict[str, Any]:
        rng = self.rng
        values = None
        due = self.scale.duplicates * (len(self.people) + 1) / self.scale.participants
        if self.duplicates < due and pool:
            original = pool[rng.randrange(len(pool))]
            if original["_id"] not in present and not original.get("_dup"):
                values = people.duplicate_of(rng, original)
                if values:
                    values["_dup"] = original["_id"]
                    self.duplicates += 1
        if values is None:
            category = people.category_for(rng, a["_audiences"], staff)
            country = a["country"]  # avoid accidental namesakes (the deliberate ones are enough)
            values = people.make_person(rng, country, a["location"], category, staff, a["start_date"],
                                        taken=lambda key: (key, country) in self.names)
        self.names.add((name_key(values["full_name"]), values["country"]))
        values.update(_id=len(self.people) + 1, uuid=self.uuid(),
                      _at=dt.datetime.combine(a["start_date"], dt.time(8, 30)) + dt.timedelta(minutes=len(present)))
        self.people.append(values)
        pool.append(values)
        return values

    def _participation(self, a: dict[str, Any], person: dict[str, Any], role: str, i: int) -> dict[str, Any]:
        rng, days = self.rng, a["_days"]
        attended = float(days) if rng.random() < 0.85 or days == 1 else float(rng.randint(1, days - 1))
        pre = post = None
        if a["pre_post_test"] and role == "participant" and rng.random() < 0.95:
            pre = float(max(0, min(100, round(rng.gauss(45, 15)))))
            if rng.random() < 0.95:
                post = float(max(0, min(100, round(pre + rng.gauss(20, 12)))))
        cert_no = cert_date = None
        end = a["end_date"] or a["start_date"]
        if a["kind"] == "training" and role == "participant" and attended == days:
            cert_no = f"{self.office_code}-{a['start_date'].year}-{a['_id']:05d}-{i + 1:03d}"
            cert_date = end
        return _Part(a, person, role, attended, pre, post, cert_no, cert_date, self.uuid())

    # -- checks and writing ------------------------------------------------------------------
    def check(self, every: int) -> None:
        problems = []
        for rt, records in ((RECOMMENDATION, self.recs), (ACTIVITY, self.activities),
                            (PARTICIPANT, self.people)):
            for v in records[::every]:
                problems += validate(rt, v)
        for p in self.parts[::every]:
            values = {**p, "activity": p["_activity"]["uuid"], "participant": p["_person"]["uuid"]}
            problems += validate(PARTICIPATION, values)
        if problems:
            raise ValidationError(problems[:20])

    def write(self, s: Session, user: str) -> None:
        write_all(s, self, user)

    def release_people(self) -> None:
        """Once the people are written: each participation keeps only its person's id and the
        people's values are let go (about 120 MB at the large scale, issue 19)."""
        for part in self.parts:
            part._person = part._person["_id"]
        self.people = []


_PART_FIELDS = ("_activity", "_person", "role", "days_attended", "pre_score", "post_score",
                "certificate_number", "certificate_date", "uuid")


class _Part:
    """A generated participation, read like a dict (``part["role"]``, ``{**part}``) but
    slotted: the large scale makes 250,000 of them, and a dict each would weigh about 90 MB
    more (``demo --scale large`` peak memory, issue 19).  ``_person`` is the person's values,
    then only their id once the people are written (:meth:`_Generator.release_people`)."""

    __slots__ = _PART_FIELDS

    def __init__(self, *values: Any) -> None:
        for name, value in zip(_PART_FIELDS, values, strict=True):
            setattr(self, name, value)

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    def keys(self) -> tuple[str, ...]:
        return _PART_FIELDS


def _split(rng: random.Random, total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split ``total`` into parts proportional to (jittered) weights; parts add up exactly."""
    keys = list(weights)
    w = [weights[k] * rng.uniform(0.6, 1.4) for k in keys]
    s = sum(w)
    parts = [int(total * x / s) for x in w]
    for j in range(total - sum(parts)):
        parts[j % len(parts)] += 1
    return dict(zip(keys, parts, strict=True))

