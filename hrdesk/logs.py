"""Logging to a rotating file in the data folder.  Never log personal data: log record
types, uuids and counts, not names, e-mails or phone numbers."""

from __future__ import annotations

import logging
import logging.handlers
import os

from hrdesk import paths

LOG_FILE = "hrdesk.log"
_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("hrdesk")
    root.setLevel(level)
    root.propagate = False
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if os.environ.get("HRDESK_DEBUG"):
        root.addHandler(logging.StreamHandler())
