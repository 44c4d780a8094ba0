"""Logging to a rotating file in the data folder.  Never log personal data: log record
types, uuids and counts, not names, e-mails or phone numbers.

A safety net backs the rule up: :class:`RedactingFilter`, attached to every handler HRDesk
installs, rewrites each record before it is written — e-mail addresses, phone numbers and
SQL parameters (``[parameters: …]`` in database errors) become ``[redacted]``, also in
tracebacks; text in quotes inside exception messages (where values such as names end up)
is redacted too.  The engine is created with ``hide_parameters=True`` so SQLAlchemy never
puts values into its error messages in the first place.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from hrdesk import paths

LOG_FILE = "hrdesk.log"
REDACTED = "[redacted]"
_configured = False

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# 7+ digits, optionally with a leading +, spaces, dots, dashes, slashes or brackets between them
_PHONE = re.compile(r"(?<![\w/-])\+?\(?\d(?:[\s().\-/]{0,2}\d){6,}(?![\w/-])")
_SQL_PARAMS = re.compile(r"\[(?:SQL )?parameters: .*?\]", re.DOTALL)
_QUOTED = re.compile(r"""(?<![\w])(['"])(?:(?!\1).){1,200}?\1""", re.UNICODE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2})?$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def redact(text: str) -> str:
    """``text`` without e-mail addresses, phone numbers or SQL parameters."""
    text = _SQL_PARAMS.sub("[parameters hidden]", text)
    text = _EMAIL.sub(REDACTED, text)
    return _PHONE.sub(lambda m: m.group(0) if _looks_like_date_or_id(m.group(0)) else REDACTED, text)


def _looks_like_date_or_id(text: str) -> bool:
    text = text.strip()
    return bool(_ISO_DATE.match(text) or _UUID.match(text))


def redact_exception_text(text: str) -> str:
    """Also hide quoted values in exception messages (``KeyError: 'Aminata Diallo'``)."""
    lines = []
    for line in redact(text).splitlines():
        if line.startswith("  File ") or line.startswith("    "):
            lines.append(line)  # code locations and source lines: no data
        else:
            lines.append(_QUOTED.sub(_quoted_sub, line))
    return "\n".join(lines)


def _quoted_sub(match: re.Match[str]) -> str:
    inner = match.group(0)[1:-1]
    if _UUID.match(inner) or re.fullmatch(r"[a-z_][a-z0-9_.]*", inner) or "/" in inner or "\\" in inner:
        return match.group(0)  # identifiers, field names and paths stay readable
    return f"{match.group(1)}{REDACTED}{match.group(1)}"


class RedactingFilter(logging.Filter):
    """Rewrites records so that no e-mail, phone number or SQL parameter is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            formatter = logging.Formatter()
            record.exc_text = redact_exception_text(formatter.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact_exception_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_folder() -> Path:
    return paths.logs_dir()


def log_files(folder: Path | None = None) -> list[Path]:
    """The current log file and its rotated predecessors."""
    folder = folder or log_folder()
    return sorted(folder.glob(LOG_FILE + "*"))


def setup_logging(level: int = logging.INFO, *, folder: Path | None = None, force: bool = False) -> None:
    global _configured
    if _configured and not force:
        return
    _configured = True
    root = logging.getLogger("hrdesk")
    root.setLevel(level)
    root.propagate = False
    for old in list(root.handlers):
        if getattr(old, "_hrdesk", False):
            root.removeHandler(old)
            old.close()
    try:
        target = (folder or log_folder())
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handlers = [handler]
    if os.environ.get("HRDESK_DEBUG"):
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        h.addFilter(RedactingFilter())
        h._hrdesk = True  # type: ignore[attr-defined]
        root.addHandler(h)
