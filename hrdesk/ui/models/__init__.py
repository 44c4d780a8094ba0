"""Qt item models over the services' paged queries."""
