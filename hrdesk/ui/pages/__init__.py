"""The pages of the main window, in navigation order.

To add a page (e.g. the real Dashboard, Reports or Exchange), write a ``Page`` subclass
(``hrdesk.ui.pages.base``) with a ``key`` and call ``register_page(MyPage)``: a page with
the same key replaces the one listed here.
"""

from __future__ import annotations

from hrdesk.ui.pages.base import Page


def _default_pages() -> list[type[Page]]:
    from hrdesk.ui.pages.activities import ActivitiesPage
    from hrdesk.ui.pages.audit_page import AuditPage
    from hrdesk.ui.pages.dashboard_page import DashboardPage
    from hrdesk.ui.pages.exchange_page import ExchangePage
    from hrdesk.ui.pages.participants import ParticipantsPage
    from hrdesk.ui.pages.recommendations import RecommendationsPage
    from hrdesk.ui.pages.reports_page import ReportsPage
    from hrdesk.ui.pages.settings_page import SettingsPage

    return [DashboardPage, ActivitiesPage, ParticipantsPage, RecommendationsPage, ReportsPage,
            ExchangePage, AuditPage, SettingsPage]


_registered: list[type[Page]] = []


def register_page(page_class: type[Page]) -> None:
    """Add a page, or replace the page with the same ``key``."""
    _registered[:] = [p for p in _registered if p.key != page_class.key]
    _registered.append(page_class)


def page_classes() -> list[type[Page]]:
    pages = _default_pages()
    for extra in _registered:
        keys = [p.key for p in pages]
        if extra.key in keys:
            pages[keys.index(extra.key)] = extra
        else:
            pages.insert(len(pages) - 1, extra)  # before Settings
    return pages
