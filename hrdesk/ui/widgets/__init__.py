"""Reusable widgets: field editors, pickers, empty states."""
