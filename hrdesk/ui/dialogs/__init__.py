"""Dialogs opened from the menus: backups and restore, encryption, the activity-log
template and import, the user guide.  Each is imported when its menu action runs (start-up
time: the first window does not load what they need)."""
