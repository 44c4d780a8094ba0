"""Dashboard, Reports and Exchange until their own features replace these pages."""

from __future__ import annotations

from hrdesk.ui.pages.base import ComingPage


class DashboardPage(ComingPage):
    key, icon_name = "dashboard", "dashboard"

    def title(self) -> str:
        return self.tr("Dashboard")

    def empty_title(self) -> str:
        return self.tr("The dashboard arrives with the reporting feature")

    def empty_text(self) -> str:
        return self.tr("It will summarise your activities, people reached and SDG targets at a glance. "
                       "Until then, record activities and participants from the pages on the left.")


class ReportsPage(ComingPage):
    key, icon_name = "reports", "reports"

    def title(self) -> str:
        return self.tr("Reports")

    def empty_title(self) -> str:
        return self.tr("Reports arrive with the reporting feature")

    def empty_text(self) -> str:
        return self.tr("Excel and PDF reports for a period, with figures disaggregated by sex, age and "
                       "disability, will be made here. Everything you record now will be in them.")


class ExchangePage(ComingPage):
    key, icon_name = "exchange", "exchange"

    def title(self) -> str:
        return self.tr("Exchange")

    def empty_title(self) -> str:
        return self.tr("Exchange with your regional office arrives with the exchange feature")

    def empty_text(self) -> str:
        return self.tr("You will send and receive Excel workbooks here, at the privacy level you choose, "
                       "without duplicates or loss.")
