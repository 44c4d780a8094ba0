"""Exchange between offices: the exchange workbook (format v1), its import and the
consolidation of many offices' files.  Qt-free; the Exchange page and the CLI call this API.

Export
    ``export_workbook(db, out, *, privacy=None, since=None, recipient=None, password=None,
    progress=None) -> ExportResult``

    * ``privacy``: ``"full"``, ``"pseudonymised"`` or ``"aggregate"``; ``None`` takes the
      ``default_privacy`` setting (pseudonymised out of the box).
    * scope: everything by default; ``since=date`` → records changed since that date;
      ``recipient="RO Dakar"`` → records changed since the last export to that recipient
      (the first export to a recipient is complete); the export is remembered per recipient.
    * ``password``: standard Office encryption (Excel opens it with the password).
    * ``progress`` (:class:`hrdesk.domain.progress.Progress`) gets ``update(done_rows,
      total_rows)`` after each chunk of rows; ``progress.cancel()`` stops the export
      (:class:`~hrdesk.domain.progress.Cancelled`) and no file is left behind.
    * ``ExportResult``: ``path, export_id, privacy, scope, counts`` (rows per sheet),
      ``checksum``, ``encrypted``.  Run it off the UI thread.

Import
    ``import_files(db, paths, *, password=None, accept_modified=False, progress=None,
    on_file=None) -> list[FileResult]`` — files or folders (their .xlsx files); each file is
    one transaction; ``progress.update(i, n, file name)`` after each file, ``on_file(result)``
    too.  A cancel rolls back the file being imported and raises ``Cancelled`` whose
    ``partial`` holds the results of the files finished before.
    ``import_file(db, path, ...) -> FileResult`` — one file; never raises for a bad file.
    ``FileResult``: ``path, status`` (``imported`` / ``already_imported`` / ``rejected``),
    ``inserted, updated, unchanged, conflicts, possible_duplicates``, ``problems`` (list of
    ``Problem`` with sheet, row, column, message), ``export_id, office_code, privacy,
    accepted_modified``, ``ok``, ``message``, ``summary()``.

Review
    ``history(db)`` — exported and imported files (newest first);
    ``recipients(db)`` — recipients of incremental exports and their last export;
    ``list_conflicts(db, include_resolved=False)`` — records changed on both sides, with
    the version kept and the version set aside (dicts keyed by column name);
    ``resolve_conflict(db, conflict_id, "kept" | "other")``;
    ``likely_duplicates(db)`` — groups of people from different offices that are likely the
    same person (for review; never merged automatically).
"""

from importlib import import_module

# start-up time: the names below load with their module on first use (PEP 562), so that
# ``from hrdesk.exchange import review`` (the status bar's last export) does not import the
# workbook writer (openpyxl) or the importer (backups) with the first window.
_HOMES = {
    "ExportResult": "export", "export_workbook": "export",
    "FileResult": "importer", "import_file": "importer", "import_files": "importer",
    "history": "review", "likely_duplicates": "review", "list_conflicts": "review",
    "recipients": "review", "resolve_conflict": "review",
}

__all__ = [
    "ExportResult", "FileResult", "export_workbook", "history", "import_file",
    "import_files", "likely_duplicates", "list_conflicts", "recipients", "resolve_conflict",
]


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
