"""Thematic areas offered as suggestions; offices may add their own (themes are free tags)."""

from __future__ import annotations

from hrdesk.i18n import N_

SEED_THEMES: tuple[str, ...] = (
    N_("Rule of law and justice"),
    N_("Civic space"),
    N_("Business and human rights"),
    N_("Climate change"),
    N_("Right to development"),
    N_("Migration"),
    N_("Women's rights"),
    N_("Children's rights"),
    N_("Elections"),
    N_("Economic, social and cultural rights"),
    N_("Prevention of torture"),
    N_("Non-discrimination"),
    N_("Persons with disabilities"),
    N_("Indigenous peoples"),
    N_("Transitional justice"),
)
