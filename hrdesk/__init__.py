"""HRDesk: offline records of human-rights activities, participants and recommendations."""

__version__ = "0.1.0"
