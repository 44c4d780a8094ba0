"""Version vectors: which edits a version of a record includes, so that an import can tell
"newer" from "changed on both sides".

A record's ``version`` counter grows by one at every edit wherever it is made, and the
exchange keeps the higher one; that orders versions but cannot tell whether two versions
descend from each other.  The version vector can: for each office that edited the record,
the ``version`` number its latest edit produced (``"GN:3;RO:5"``).  Version *a* includes
version *b* when every office's entry of *b* is at most its entry in *a*.  Two versions
neither of which includes the other were made on both sides since they last agreed: a
conflict, wherever and in whatever order the files meet.

``vv`` is None for records written before vectors existed (and for bulk-created ones): it
then stands for ``{origin office: version}``.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from hrdesk.storage.base import Synced
from hrdesk.storage.models import Office, Setting

Vector = dict[str, int]
EQUAL, OLDER, NEWER, CONCURRENT = "equal", "older", "newer", "concurrent"


def parse(text: str | None, origin: str | None = None, version: int | None = None) -> Vector:
    """The vector of ``text``, or ``{origin: version}`` when there is none."""
    if not text:
        return {origin: int(version)} if origin and version else {}
    vector: Vector = {}
    for part in text.split(";"):
        code, _sep, number = part.strip().rpartition(":")
        if not code or not number.isdigit():
            raise ValueError(text)
        vector[code.strip()] = max(vector.get(code.strip(), 0), int(number))
    return vector


def format_vector(vector: Vector) -> str:
    return ";".join(f"{code}:{n}" for code, n in sorted(vector.items()))


def compare(incoming: Vector, local: Vector) -> str:
    """How ``incoming`` relates to ``local``: EQUAL, OLDER (included in local), NEWER
    (includes local) or CONCURRENT (each has an edit the other lacks)."""
    offices = incoming.keys() | local.keys()
    ahead = any(incoming.get(o, 0) > local.get(o, 0) for o in offices)
    behind = any(incoming.get(o, 0) < local.get(o, 0) for o in offices)
    if ahead and behind:
        return CONCURRENT
    if ahead:
        return NEWER
    if behind:
        return OLDER
    return EQUAL


def joined(*vectors: Vector) -> Vector:
    """The smallest vector including all of ``vectors`` (a resolution of their conflict)."""
    out: Vector = {}
    for v in vectors:
        for code, n in v.items():
            out[code] = max(out.get(code, 0), n)
    return out


def after_edit(previous: str | None, origin: str | None, old_version: int, editor: str, new_version: int) -> str:
    vector = parse(previous, origin, old_version)
    vector[editor] = new_version
    return format_vector(vector)


@event.listens_for(Session, "before_flush")
def _record_local_edits(session: Session, _context: Any, _instances: Any) -> None:
    """Every ORM write that bumps a synced record's version is an edit by this office."""
    created = [obj for obj in session.new if isinstance(obj, Synced) and obj.vv is None]
    edited = []
    for obj in session.dirty:
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        history = state.attrs.version.history
        if not history.has_changes() or state.attrs.vv.history.has_changes():
            continue  # not an edit, or the vector was set on purpose (a merge, a resolution)
        old = history.deleted[0] if history.deleted else None
        if old is None or obj.version is None or obj.version <= old:
            continue
        edited.append((obj, old))
    if not edited and not created:
        return
    with session.no_autoflush:
        own = session.get(Setting, "own_office_code")
        own_code = _json_text(own.value) if own is not None else None
        for obj in created:  # a record made here: its first version is this office's edit
            if own_code:
                obj.vv = format_vector({own_code: obj.version or 1})
        codes: dict[int, str] = {}
        for obj, old in edited:
            origin_id = obj.origin_office_id
            if origin_id not in codes:
                codes[origin_id] = session.scalar(select(Office.code).where(Office.id == origin_id)) or ""
            origin = codes[origin_id]
            obj.vv = after_edit(obj.vv, origin, old, own_code or origin, obj.version)


def _json_text(value: str) -> str | None:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else None
