"""SQLAlchemy models, the database engine and its migrations."""
