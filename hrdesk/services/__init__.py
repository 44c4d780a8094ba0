"""Use cases of HRDesk (Qt-free).  The UI, the CLI and file formats call these."""
