"""Closing a main window started by ``hrdesk.ui.app.start`` in a test (shared by UI tests)."""

from __future__ import annotations

import contextlib


def close_started_window(window) -> None:
    """Close the window (and the one it may have been rebuilt into), wait for the worker,
    close the database and release its lock."""
    ctx = window.ctx
    for w in {window, ctx.window}:   # the first may have been rebuilt (and deleted)
        with contextlib.suppress(AttributeError, RuntimeError):
            w.close()
    if ctx.db is not None:
        ctx.worker.wait(10_000)
        ctx.db.close()
    if ctx.lock is not None:
        ctx.lock.release()
