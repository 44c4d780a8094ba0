"""One writer per database: an OS file lock on ``<database>.lock`` beside the database.

Service API (the app calls it at start-up, before opening the database for writing)::

    lock = acquire_writer_lock(path)
    if lock.acquired:
        db = Database.open(path)            # …and lock.release() when the database is closed
    else:
        show(lock.message)                  # "already open in HRDesk (process 123 on LAPTOP-7)…"
        db = Database.open(path, read_only=True)

The lock is held by the operating system (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking``
on Windows), so it disappears with the process that held it, even after a crash or a power
cut: a stale ``.lock`` file never blocks anybody.  The file only tells the second instance
who holds the lock (process id, computer name, since when).  Where the file system cannot
lock (some network shares), the process id and computer name are used instead: a lock left
by a dead process on this computer is taken over, any other is respected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdesk.i18n import _
from hrdesk.storage.database import is_server_location

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks a byte far past the holder information


@dataclass
class WriterLock:
    """The result of :func:`acquire_writer_lock`: ``acquired`` or not, and why."""

    path: Path                       # the database
    acquired: bool
    message: str = ""
    holder: dict[str, Any] | None = None  # pid, host, since (when someone else holds it)
    busy: bool = False               # not acquired because another HRDesk holds it (worth waiting for)
    _fd: int | None = field(default=None, repr=False)

    @property
    def lock_path(self) -> Path:
        return lock_path(self.path)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        try:
            _unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
        self.acquired = False

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - safety net
        with contextlib.suppress(Exception):
            self.release()


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    """True when locked; False when someone else holds it; OSError when unsupported."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt  # platform-specific: exists on one system only

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl  # platform-specific: exists on one system only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt  # platform-specific: exists on one system only

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl  # platform-specific: exists on one system only

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes  # platform-specific: exists on one system only

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _busy_message(db_path: Path, holder: dict[str, Any] | None) -> str:
    if holder:
        return _("{path} is already open in another HRDesk (process {pid} on {host}, since {since}). "
                 "Only one HRDesk can change a database at a time: close the other one to make changes."
                 ).format(path=db_path, pid=holder.get("pid", "?"), host=holder.get("host", "?"),
                          since=holder.get("since", "?"))
    return _("{path} is already open in another HRDesk. Only one HRDesk can change a database at a time: "
             "close the other one to make changes.").format(path=db_path)


def _write_holder(fd: int) -> dict[str, Any]:
    holder = {"pid": os.getpid(), "host": socket.gethostname(),
              "since": dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")}
    data = json.dumps(holder).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    with contextlib.suppress(OSError):
        os.fsync(fd)
    return holder


def acquire_writer_lock(db_path: Path | str) -> WriterLock:
    """Try to become the one writer of the database at ``db_path`` (never blocks).  A server
    database has no file lock: many users write at once, each change in its own transaction
    (the lock returned is acquired and holds nothing)."""
    if is_server_location(db_path):
        return WriterLock(Path(), True)
    db_path = Path(db_path).expanduser()
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        return WriterLock(db_path, False, _("HRDesk cannot create the lock file {path}: {error}").format(
            path=path, error=exc.strerror or exc))
    try:
        locked = _try_lock(fd)
    except OSError:
        return _pid_file_fallback(db_path, path, fd)
    if not locked:
        os.close(fd)
        holder = _read_holder(path)
        return WriterLock(db_path, False, _busy_message(db_path, holder), holder, busy=True)
    _write_holder(fd)
    return WriterLock(db_path, True, _fd=fd)


def _pid_file_fallback(db_path: Path, path: Path, fd: int) -> WriterLock:
    """File systems without locks: respect a live holder, take over a dead one's stale file."""
    holder = _read_holder(path)
    if holder and holder.get("pid") != os.getpid():
        same_host = holder.get("host") == socket.gethostname()
        if not same_host or _pid_alive(int(holder.get("pid") or 0)):
            os.close(fd)
            return WriterLock(db_path, False, _busy_message(db_path, holder), holder, busy=True)
    _write_holder(fd)
    return WriterLock(db_path, True, _fd=fd)


def lock_holder(db_path: Path | str) -> dict[str, Any] | None:
    """Who holds the writer lock of the database (None when nobody does)."""
    probe = acquire_writer_lock(db_path)
    if probe.acquired:
        probe.release()
        return None
    return probe.holder or {}
