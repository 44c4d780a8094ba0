"""Editor dialogs for records, built from the record definitions."""
