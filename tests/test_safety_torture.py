"""Crash safety, proven: a writer killed with SIGKILL at random moments never corrupts the
database, never loses a reported commit and never leaves a transaction half-applied.

The harness is ``tests/torture.py``; ``benchmarks/bench_torture.py`` runs the
≥ 500-kill soak."""

from __future__ import annotations

import os
import sys

import pytest
import torture  # tests/torture.py: the harness (a test tool, not part of the product)

from hrdesk.safety import crypto

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _assert_clean(summary, kills, min_commits):
    assert summary.kills == kills, summary.problems
    assert summary.integrity_failures == 0, summary.problems
    assert summary.lost_commits == 0, summary.problems
    assert summary.half_applied == 0, summary.problems
    assert summary.problems == []
    assert summary.reported_commits >= min_commits  # the children really committed work between kills


def test_fifty_kills_leave_an_intact_database(tmp_path):
    summary = torture.run(tmp_path / "torture.sqlite", 50, seed=20261128, min_delay=0.0, max_delay=0.25)
    _assert_clean(summary, 50, 25)


@pytest.mark.skipif(not crypto.encryption_available(), reason="SQLCipher is not installed")
def test_kills_on_an_encrypted_database(tmp_path):
    summary = torture.run(tmp_path / "secret.sqlite", 4, seed=7, min_delay=0.2, max_delay=0.8,
                          passphrase="torture passphrase")
    _assert_clean(summary, 4, 1)
    assert crypto.is_encrypted(tmp_path / "secret.sqlite")


def test_the_checker_sees_lost_and_half_applied_changes(tmp_path):
    """The checks are not vacuous: a reported commit that is missing, or a group with a row
    removed, is reported."""
    import sqlite3

    path = tmp_path / "t.sqlite"
    torture.run(path, 2, seed=3, min_delay=0.3, max_delay=0.4)
    report = path.with_name(path.name + ".committed")
    with report.open("a") as fh:
        fh.write("B ffffffffffff 3\n")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    tag = conn.execute("SELECT position FROM participants WHERE position IS NOT NULL LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM participations WHERE participant_id IN "
                 "(SELECT id FROM participants WHERE position = ? LIMIT 1)", (tag,))
    conn.commit()
    conn.close()
    result = torture.check(path, report)
    assert result.lost_commits == 1 and result.half_applied >= 1 and not result.ok
