"""Bringing typed spreadsheets in: attendance sheets and activity logs (Qt-free).

- :mod:`hrdesk.intake.reading` reads .xlsx/.xls/.ods/.csv into plain rows;
- :mod:`hrdesk.intake.vocab` and :mod:`hrdesk.intake.values` recognise headers and values
  typed in English, French or Spanish;
- :mod:`hrdesk.intake.attendance` imports a sign-in sheet into an activity;
- :mod:`hrdesk.intake.template` writes the activity-log template and
  :mod:`hrdesk.intake.activities` imports it.
"""
