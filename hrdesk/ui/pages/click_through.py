"""From a figure to the records behind it: open the Activities or Participants page with
the figure's filter applied (used by the Dashboard and the Reports preview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hrdesk.services.filters import ActivityScope
from hrdesk.services.queries import ParticipantFilter


def apply_people_filter(page, flt: ParticipantFilter) -> None:
    """Set the Participants page's filter bar to ``flt`` (its search, sex, category, country)."""
    def pick(combo, values) -> None:
        combo.setCurrentIndex(max(combo.findData(values[0]), 0) if len(values) == 1 else 0)

    for w in (page.search, page.sex, page.category, page.country):
        w.blockSignals(True)
    page.search.setText(flt.text)
    pick(page.sex, flt.sexes)
    pick(page.category, flt.categories)
    page.country.set_value(flt.countries[0] if len(flt.countries) == 1 else None)
    for w in (page.search, page.sex, page.category, page.country):
        w.blockSignals(False)
    page.pin(flt)   # what the bar cannot show (the activities taken part in) holds too
    page.apply_filter()


def show_records(widget: QWidget, target, label: str = "") -> bool:
    """Switch the main window to the list of ``target`` (an ``ActivityScope`` or a
    ``ParticipantFilter``) behind the figure called ``label``.  False when there is nothing
    to show or no main window."""
    window = widget.window()
    pages = getattr(window, "pages_by_key", None)
    if target is None or pages is None:
        return False
    if isinstance(target, ActivityScope) and "activities" in pages:
        page = pages["activities"]
        page.apply_scope(target)
        window.show_page("activities")
        if label:
            page.ctx.message.emit(QCoreApplication.translate(
                "ClickThrough", "Activities behind “{figure}”. Change a filter to see others.").format(figure=label))
        return True
    if isinstance(target, ParticipantFilter) and "participants" in pages:
        page = pages["participants"]
        apply_people_filter(page, target)
        window.show_page("participants")
        if label:
            page.ctx.message.emit(QCoreApplication.translate(
                "ClickThrough", "People behind “{figure}”. Change a filter to see others.").format(figure=label))
        return True
    return False
