"""Record definitions, choices, validation and errors: no Qt, no SQLAlchemy."""
