"""``demo --scale large`` in less memory (issue 19): participations are slotted records and the
people's values are let go once written; the data and the counts stay the same."""

from __future__ import annotations

import sqlite3

from hrdesk.demo import fill as demo
from hrdesk.storage.database import Database


def test_demo_counts_and_links_survive_letting_the_people_go(tmp_path):
    path = tmp_path / "demo.sqlite"
    with Database.open(path) as db:
        counts = demo.fill(db, "small")
    conn = sqlite3.connect(path)
    try:
        assert counts["participants"] == conn.execute("SELECT count(*) FROM participants").fetchone()[0] > 0
        assert counts["participations"] == conn.execute("SELECT count(*) FROM participations").fetchone()[0] > 0
        orphans = conn.execute("SELECT count(*) FROM participations p LEFT JOIN participants q "
                               "ON q.id = p.participant_id WHERE q.id IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


def test_a_generated_participation_reads_like_a_dict():
    part = demo._Part({"uuid": "a"}, {"_id": 7}, "participant", 2.0, None, None, None, None, "u")
    assert part["role"] == "participant" and part["_person"] == {"_id": 7}
    assert {**part}["days_attended"] == 2.0 and set(part.keys()) >= {"uuid", "certificate_date"}


def test_the_writing_transaction_keeps_a_small_page_cache(tmp_path, monkeypatch):
    """The demo's writing transaction (and the index rebuild it bounds) uses at most an 8 MiB
    SQLite page cache (32 MiB put ``demo --scale large`` over 300 MiB), and the generator lets
    the namesake keys go once everything is generated."""
    from hrdesk.demo import write

    seen: list[str] = []
    real = write.text

    def spy(sql: str):
        seen.append(sql)
        return real(sql)

    monkeypatch.setattr(write, "text", spy)
    made: list[demo._Generator] = []
    real_generate = demo._Generator.generate

    def generate(self):
        real_generate(self)
        made.append(self)

    monkeypatch.setattr(demo._Generator, "generate", generate)
    with Database.open(tmp_path / "demo.sqlite") as db:
        demo.fill(db, "small", check=False)
    sizes = [int(s.split("-")[1]) for s in seen if s.startswith("PRAGMA cache_size = -")]
    assert sizes and sizes[0] <= 8 * 1024
    assert made and made[0].names == set()
