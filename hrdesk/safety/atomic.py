"""Writing files so that a crash, a full disk or a removed USB stick never leaves a
half-written file under its final name, and every disk problem becomes one clear message.

Service API (any module may use it)::

    from hrdesk.safety.atomic import atomic_path, atomic_write, disk_errors, DiskError

    with atomic_write(path) as fh:          # binary by default; atomic_write(path, "w", encoding="utf-8")
        fh.write(data)                      # a temporary file in the same folder…
    # …synced and renamed over ``path`` only when the block ends without error.

    with atomic_path(report) as tmp:        # for writers that want a file name (openpyxl, reportlab)
        workbook.save(tmp)                  # same guarantees; the file gets the user's usual permissions

Both refuse (:class:`NotAFileError`) a ``path`` that exists and is not a regular file — a
folder, a device such as ``/dev/full``, a FIFO: renaming over it would replace the device
node with a file.  A symbolic link to a regular file is followed (its target is replaced).

    with disk_errors(path, _("the export")):  # OSError / SQLite disk errors → DiskError
        ...

:class:`DiskError` is an :class:`~hrdesk.domain.errors.HRDeskError`: the CLI prints its
message on one line, the UI shows it in a message box.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from hrdesk.domain.errors import HRDeskError
from hrdesk.i18n import _

FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
GONE_ERRNOS = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.EROFS, getattr(errno, "ENOMEDIUM", errno.ENODEV),
               getattr(errno, "ESTALE", errno.EIO)}


class DiskError(HRDeskError):
    """A file could not be written: full disk, removed or read-only media, no permission."""

    def __init__(self, message: str, path: Path | str | None = None, errno_: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno_


class NotAFileError(DiskError):
    """The destination exists and is not a regular file (folder, device, FIFO, socket)."""


def check_target(path: Path | str, action: str | None = None) -> Path:
    """The file to write for ``path``: ``path`` itself when it does not exist or is a
    regular file, the file a symbolic link points to; :class:`NotAFileError` for anything
    else (nothing is written)."""
    path = Path(path)
    try:
        st = os.stat(path)  # follows symbolic links
    except OSError:
        return path  # a new name (or a dangling link, replaced by the file): fine
    if not stat.S_ISREG(st.st_mode):
        raise NotAFileError(_("{path} is not an ordinary file (it is a folder, a device or a pipe): "
                              "{action} was not written. Choose a file name.").format(
                                  path=path, action=action or _("the file")), path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def disk_error_message(exc: BaseException, path: Path | str, action: str | None = None) -> str:
    """A sentence for the user explaining why writing ``path`` failed."""
    action = action or _("the file")
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in FULL_ERRNOS or "disk is full" in text or "no space" in text:
        return _("The disk holding {path} is full: {action} was not saved. "
                 "Free some space and try again; no existing file was overwritten.").format(path=path, action=action)
    if code in GONE_ERRNOS or "disk i/o error" in text or "read-only" in text:
        return _("The drive holding {path} cannot be written (removed, damaged or read-only?): "
                 "{action} was not saved; no existing file was overwritten.").format(path=path, action=action)
    if code in (errno.EACCES, errno.EPERM):
        return _("HRDesk is not allowed to write {path}: {action} was not saved.").format(path=path, action=action)
    if code == errno.ENOENT:
        return _("The folder of {path} does not exist (was the drive removed?): {action} was not saved.").format(
            path=path, action=action)
    return _("{action} could not be written to {path}: {error}").format(action=action, path=path, error=exc)


def _is_sqlite_disk_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    if not (module.startswith("sqlite3") or module.startswith("sqlcipher3")):
        return False
    text = str(exc).lower()
    return any(s in text for s in ("disk is full", "disk i/o error", "unable to open database file",
                                   "readonly database", "read-only"))


@contextmanager
def disk_errors(path: Path | str, action: str | None = None) -> Iterator[None]:
    """Turn ``OSError`` and SQLite's disk errors raised inside the block into :class:`DiskError`."""
    try:
        yield
    except DiskError:
        raise
    except OSError as exc:
        raise DiskError(disk_error_message(exc, path, action), path, exc.errno) from exc
    except Exception as exc:
        if _is_sqlite_disk_error(exc):
            raise DiskError(disk_error_message(exc, path, action), path) from exc
        raise


def fsync_file(path: Path | str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path | str) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb", *, encoding: str | None = None,
                 newline: str | None = None, action: str | None = None) -> Iterator[IO[Any]]:
    """Write ``path`` atomically: a temporary file in the same folder, fsync'd, then
    ``os.replace``.  On any error the temporary file is removed, the old ``path`` (if any)
    is untouched, and disk problems raise :class:`DiskError`."""
    if "w" not in mode and "x" not in mode:
        raise ValueError("atomic_write needs a write mode")
    path = check_target(path, action)
    tmp_name: str | None = None
    try:
        with disk_errors(path, action):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, mode.replace("x", "w"), encoding=encoding, newline=newline) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            if path.exists() and "x" in mode:
                raise FileExistsError(errno.EEXIST, "File exists", str(path))
            os.replace(tmp_name, path)
            tmp_name = None
            fsync_dir(path.parent)
    finally:
        if tmp_name is not None:
            with suppress(OSError):
                os.unlink(tmp_name)


def _new_file(target: Path) -> Path:
    """A new empty file beside ``target``, created with the user's usual permissions
    (0666 less the umask, as any program creating a file would)."""
    for _attempt in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "No free temporary name", str(target.parent))


@contextmanager
def atomic_path(target: Path | str, *, action: str | None = None) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder to write; when the block ends without
    error it is fsync'd and renamed over ``target``.  On any error it is removed and
    ``target`` is left as it was; disk problems raise :class:`DiskError`, a destination
    that is not a regular file :class:`NotAFileError` (before anything is written)."""
    target = check_target(target, action)
    tmp: Path | None = None
    try:
        with disk_errors(target, action):
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = _new_file(target)
            yield tmp
            fsync_file(tmp)
            check_target(target, action)  # still not a device or a folder
            os.replace(tmp, target)
            tmp = None
            fsync_dir(target.parent)
    finally:
        if tmp is not None:
            with suppress(OSError):
                tmp.unlink()


def atomic_copy(source: Path | str, destination: Path | str, *, action: str | None = None,
                chunk: int = 1 << 20) -> Path:
    """Copy a closed file atomically (e.g. a finished backup to a USB stick)."""
    with open(source, "rb") as src, atomic_write(destination, "wb", action=action) as dst:
        while block := src.read(chunk):
            dst.write(block)
    return Path(destination)
