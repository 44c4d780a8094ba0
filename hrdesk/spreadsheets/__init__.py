"""What every spreadsheet HRDesk writes or reads goes through (Qt-free, low in the layers:
it imports only ``hrdesk.domain`` and ``hrdesk.i18n``).

- :mod:`hrdesk.spreadsheets.text` — user text written as text, never as a formula.
- :mod:`hrdesk.spreadsheets.guard` — the checks on a file before any spreadsheet reader
  parses it (size, zip structure, zip bombs, macros, XML entities, unsafe part names).
"""
