"""Issue 16 (lists, dashboard, status bar): the status bar follows exports and imports at
once, the Dashboard shows only the months of its period and never the figures of another
period under a new label, the Reports page's breakdowns, mechanisms' short names, the audit
trail's records by name, plurals and one palette."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog

from hrdesk import exchange
from hrdesk.services import offices
from hrdesk.services.activities import ActivityService
from hrdesk.storage.database import Database
from hrdesk.ui.widgets.charts import short

pytestmark = pytest.mark.gui


def wait_idle(qtbot, ctx, condition, timeout: int = 15_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)
    ctx.worker.wait(timeout)


def test_status_bar_follows_an_export_and_an_import_at_once(window, ctx, sample, qtbot, tmp_path, monkeypatch):
    assert window.export_label.text() == "No export yet"
    out = tmp_path / "gn.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    send = window.show_page("exchange").send
    send.export_button.click()
    wait_idle(qtbot, ctx, lambda: send.last_file == out)
    assert window.export_label.text().startswith("Last export: ")

    # an import from another office: the counts change without a restart
    other = Database.open(tmp_path / "SL.sqlite")
    offices.configure(other, {"code": "SL", "name": "Office SL", "kind": "country_office", "country": "SLE"},
                      "User SL")
    for i in range(2):
        ActivityService(other).create({"title": f"Workshop {i}", "kind": "workshop", "status": "completed",
                                       "start_date": dt.date(2024, 5, 2 + i), "country": "SLE"})
    exchange.export_workbook(other, tmp_path / "sl.xlsx", privacy="full")
    other.close()
    assert window.counts_label.text().startswith("3 activit")
    page = window.show_page("exchange")
    page.import_paths([tmp_path / "sl.xlsx"])
    wait_idle(qtbot, ctx, lambda: page._job is None and page.results_table.rowCount() == 1)
    assert window.counts_label.text().startswith("5 activit")


def test_dashboard_months_stay_in_the_period_and_one_month_says_its_year(window, ctx, db, qtbot):
    acts = ActivityService(db)
    acts.create({"title": "Long campaign", "kind": "advocacy_campaign", "status": "completed",
                 "start_date": dt.date(2024, 11, 4), "end_date": dt.date(2025, 2, 20), "country": "GIN"})
    acts.create({"title": "March workshop", "kind": "workshop", "status": "completed",
                 "start_date": dt.date(2025, 3, 4), "country": "GIN"})
    page = window.show_page("dashboard")
    page.period.set_dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    wait_idle(qtbot, ctx, lambda: page.data is not None and page.data.figures.scope.date_from == dt.date(2025, 1, 1))
    months = [r["month"] for r in page.data.figures.by_month]
    assert months == ["2025-01", "2025-03"]    # the campaign counts in the period's first month
    card = page.charts["by_month"]
    assert [i.target.date_from for i in card.items] == [dt.date(2025, 1, 1), dt.date(2025, 3, 1)]
    axis = card.chart.axes()[0]
    assert not any("24" in c for c in axis.categories())

    page.period.set_dates(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    wait_idle(qtbot, ctx, lambda: page.data.figures.scope.date_from == dt.date(2025, 3, 1))
    assert card.chart.axes()[0].categories() == ["March 2025"]


def test_dashboard_never_shows_old_figures_under_a_new_period(window, ctx, sample, qtbot, monkeypatch):
    import threading

    from hrdesk.reports import dashboard as dashboard_data

    page = window.show_page("dashboard")
    page.period.set_dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    wait_idle(qtbot, ctx, lambda: page.data is not None and page.data.figures.scope.date_from == dt.date(2024, 1, 1))
    assert page.showing_current() and page.tiles.tiles[0].value.text() == "2"

    gates = [threading.Event(), threading.Event()]
    started: list[dt.date] = []
    real = dashboard_data.build

    def slow(db, scope, **kwargs):
        started.append(scope.date_from)
        gates[len(started) - 1].wait(10)
        return real(db, scope, **kwargs)

    monkeypatch.setattr(dashboard_data, "build", slow)
    page.period.set_dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert not page.showing_current() and not page.tiles.isEnabled()   # 2024's figures dimmed
    assert page.status.text() == "Counting…"
    page.period.set_dates(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    gates[0].set()     # 2023's figures arrive late: dropped
    qtbot.waitUntil(lambda: len(started) == 2, timeout=5000)
    qtbot.wait(50)
    assert not page.showing_current() and page.data.figures.scope.date_from == dt.date(2024, 1, 1)
    gates[1].set()
    wait_idle(qtbot, ctx, lambda: page.data.figures.scope.date_from == dt.date(2010, 1, 1))
    assert page.showing_current() and page.tiles.tiles[0].value.text() == "0"


def test_reports_page_one_table_per_breakdown(window, ctx, db, qtbot):
    from hrdesk.services.participants import ParticipantService
    from hrdesk.services.participations import ParticipationService

    act = ActivityService(db).create({"title": "Workshop", "kind": "workshop", "status": "completed",
                                      "start_date": dt.date(2024, 5, 2), "country": "GIN"})
    people = ParticipantService(db)
    for name, sex, category in (("A B", "other", "other"), ("C D", "female", "civil_society")):
        p = people.create({"full_name": name, "sex": sex, "stakeholder_category": category})
        ParticipationService(db).create({"activity": act["uuid"], "participant": p["uuid"], "role": "participant"})
    page = window.show_page("reports")
    page.period.set_dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    wait_idle(qtbot, ctx, lambda: page.figures is not None and page.figures.scope.date_from == dt.date(2024, 1, 1))

    def rows(table):
        return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}

    assert page.by_sex.horizontalHeaderItem(0).text() == "Sex"
    assert rows(page.by_sex) == {"Female": "1", "Other": "1"}
    assert page.by_category.horizontalHeaderItem(0).text() == "Stakeholder category"
    assert rows(page.by_category)["Other"] == "1" and page.by_category.rowCount() == 2


def test_recommendations_list_shows_short_mechanism_names_with_the_full_name_in_a_tooltip(window, db, qtbot):
    from PySide6.QtCore import Qt

    from hrdesk.services.recommendations import RecommendationService

    recs = RecommendationService(db)
    for mech, symbol, body in (("cerd", "CERD/C/GIN/CO/2", None), ("cedaw", "CEDAW/C/GIN/CO/3", None),
                               ("upr", "A/HRC/43/9", None),
                               ("special_procedures", "A/HRC/57/33",
                                "Special Rapporteur on the rights of indigenous peoples")):
        recs.create({"mechanism": mech, "symbol": symbol, "paragraph": "1", "country": "GIN",
                     "text": "Text", "body": body})
    page = window.show_page("recommendations")
    model = page.model
    qtbot.waitUntil(lambda: model.total == 4, timeout=5000)
    col = [c.key for c in model.columns].index("mechanism")
    shown = {model.data(model.index(r, 0)): (model.data(model.index(r, col)),
                                             model.data(model.index(r, col), Qt.ItemDataRole.ToolTipRole))
             for r in range(4)}
    assert shown["CERD/C/GIN/CO/2, 1"] == ("CERD", "Committee on the Elimination of Racial Discrimination (CERD)")
    assert shown["CEDAW/C/GIN/CO/3, 1"][0] == "CEDAW"
    assert shown["A/HRC/43/9, 1"][0] == "UPR"
    assert shown["A/HRC/57/33, 1"] == ("SR on the rights of indigenous peoples",
                                       "Special procedures — Special Rapporteur on the rights of indigenous peoples")


def test_audit_trail_names_records_by_kind_and_title_with_the_id_in_a_tooltip(window, ctx, db, qtbot):
    from hrdesk.domain.privacy import pseudonym
    from hrdesk.services import settings
    from hrdesk.services.participants import ParticipantService

    act = ActivityService(db).create({"title": "Training of judges", "kind": "training", "status": "completed",
                                      "start_date": dt.date(2024, 5, 2), "country": "GIN"})
    person = ParticipantService(db).create({"full_name": "Mamadou Bah", "sex": "male"})
    page = window.show_page("audit")

    def shown():
        qtbot.waitUntil(lambda: not page._loading and page.table.rowCount() == 3, timeout=5000)
        return {page.table.item(r, 3).text(): (page.table.item(r, 4).text(), page.table.item(r, 4).toolTip())
                for r in range(3)}

    rows = shown()
    assert rows["Activity"] == ("Training of judges", f"Training of judges\nRecord id: {act['uuid']}")
    assert rows["Participant"][0] == pseudonym(person["uuid"])   # the default privacy: no name
    assert "GN" in rows["Office"][0]
    assert not any(len(text) == 8 and text in act["uuid"] for text, _tip in rows.values())
    settings.put(db, settings.DEFAULT_PRIVACY, "full")
    page.reload()
    assert shown()["Participant"][0] == "Mamadou Bah"


def test_one_palette_for_the_dashboard_excel_and_pdf(window, ctx, db, sample, qtbot, tmp_path):
    import re
    import zipfile

    from hrdesk.reports import charts, palette, service
    from hrdesk.reports.scope import ReportScope

    male, female = palette.CATEGORY["sex", "male"], palette.CATEGORY["sex", "female"]
    page = window.show_page("dashboard")
    page.period.set_dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    wait_idle(qtbot, ctx, lambda: page.data is not None and page.data.figures.scope.date_from == dt.date(2024, 1, 1))
    slices = page.charts["by_sex"].chart.series()[0].slices()
    assert [s.color().name() for s in slices] == [male]   # the one man of 2024, in Male's colour

    out = tmp_path / "report.xlsx"
    service.build_excel(db, ReportScope(date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 12, 31)), out)
    with zipfile.ZipFile(out) as z:
        pies = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/") and "pieChart" in z.read(n).decode()]
    assert pies
    points = re.findall(r'<dPt>.*?srgbClr val="([0-9A-Fa-f]{6})".*?</dPt>', pies[0])
    assert ["#" + p.lower() for p in points] == [male]

    drawing = charts.pie_chart("People by sex", ["Female", "Male"], [1, 1], colours=[female, male])
    pie = drawing.contents[1]
    assert [pie.slices[i].fillColor.hexval().lower() for i in range(2)] == ["0x" + female[1:], "0x" + male[1:]]


def test_numbers_are_grouped_the_same_way_everywhere(window, ctx, db, qtbot, monkeypatch):
    from hrdesk.services import queries
    from hrdesk.ui.pages.exchange_review import cell

    real = queries.record_counts
    monkeypatch.setattr(queries, "record_counts", lambda database, **kw: real(database, **kw) | {"participants": 1500})
    window.update_status()
    assert "1,500 participant" in window.counts_label.text()
    assert cell(1500, True).text() == "1,500"
    for key in ("activities", "participants", "recommendations"):
        assert window.show_page(key).count_text(1500) == "Matches: 1,500"


def _drawn(card) -> tuple:
    """What a chart card shows: its bars (values, axis labels) or its slices (values, labels)."""
    series = card.chart.series()
    if card.kind == "pie":
        return tuple((s.value(), s.label()) for s in series[0].slices())
    bars = series[0].barSets()[0]
    return tuple(bars.at(i) for i in range(bars.count())), tuple(card.chart.axes()[0].categories())


def test_charts_redrawn_in_place_show_only_the_new_periods_values(window, ctx, sample, qtbot):
    """Issue 19: the charts keep their series and axes between periods and change their
    values; what they show (and what a click opens) is the new period's, never the old's."""
    page = window.show_page("dashboard")
    seen = {}
    for start, end in ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)), (dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
                       (dt.date(2024, 6, 1), dt.date(2024, 6, 30))):
        page.period.set_dates(start, end)
        wait_idle(qtbot, ctx, lambda s=start, e=end: page.showing_current() and page.data.figures.scope.date_from == s
                  and page.data.figures.scope.date_to == e)
        series = {s.key: s for s in page.data.series}
        for key, card in page.charts.items():
            items = [i for i in series[key].items if i.value]
            if card.stack.currentWidget() is card.note:
                assert not items, key
                continue
            drawn = _drawn(card)
            if card.kind == "pie":
                assert [v for v, _label in drawn] == [i.value for i in items], key
                assert [label.split(":")[0] for _v, label in drawn] == [i.label for i in items], key
            else:
                values = [i.value for i in card.items]
                assert sorted(drawn[0]) == sorted(float(v) for v in values), key
                if key != "by_month":   # months are labelled by the page
                    assert sorted(drawn[1]) == sorted(short(i.label) for i in card.items), key
            seen.setdefault(key, set()).add(drawn)
        # a click on the chart's first bar or slice opens an item of this period
        clicked = []
        page.charts["by_kind"].clicked.disconnect()
        page.charts["by_kind"].clicked.connect(clicked.append)
        page.charts["by_kind"].chart.series()[0].barSets()[0].clicked.emit(0)
        assert clicked and clicked[0] in series["by_kind"].items and clicked[0].target.date_from == start
        page.charts["by_kind"].clicked.disconnect()
        page.charts["by_kind"].clicked.connect(page.open_item)
    assert len(seen["by_kind"]) > 1   # the periods differ: the same chart objects showed each in turn


def test_a_chart_card_changes_its_bars_and_slices_in_place(qtbot):
    from hrdesk.reports.dashboard import Item
    from hrdesk.ui.widgets.charts import ChartCard

    card = ChartCard()
    qtbot.addWidget(card)
    clicked = []
    card.clicked.connect(clicked.append)

    def items(*pairs):
        return [Item(label, n, str(n), label) for label, n in pairs]

    card.set_series("Sex", "pie", items(("Female", 3), ("Male", 1)), empty_text="")
    series = card.chart.series()[0]
    card.set_series("Sex", "pie", items(("Female", 1), ("Male", 0), ("Other", 5)), empty_text="")
    assert card.chart.series() == [series]     # the same series, new slices' values and labels
    assert [(s.value(), s.label()) for s in series.slices()] == [(1, "Female: 1 (17%)"), (5, "Other: 5 (83%)")]
    series.slices()[1].clicked.emit()
    assert clicked[-1].label == "Other"
    card.set_series("Sex", "pie", items(("Female", 2), ("Other", 2)), empty_text="")
    assert [(s.value(), s.label()) for s in series.slices()] == [(2, "Female: 2 (50%)"), (2, "Other: 2 (50%)")]

    card.set_series("Kinds", "bar", items(("Training", 4), ("Workshop", 2)), empty_text="")
    bars = card.chart.series()[0].barSets()[0]
    card.set_series("Kinds", "bar", items(("Event", 7)), empty_text="")
    assert card.chart.series()[0].barSets()[0] is bars
    assert [bars.at(i) for i in range(bars.count())] == [7] and card.chart.axes()[0].categories() == ["Event"]
    bars.clicked.emit(0)
    assert clicked[-1].label == "Event"
    card.set_series("Kinds", "bar", items(("Event", 0)), empty_text="Nothing")
    assert card.stack.currentWidget() is card.note


def test_a_status_message_is_read_whole_at_1366_pixels(window, qtbot):
    """A click-through's message ("Activities behind “…”. Change a filter to see others.")
    was cut by the status bar's permanent labels: they step aside while it shows."""
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    text = "People behind “Law enforcement”. Change a filter to see others."
    window.show_message(text)
    bar = window.statusBar()
    room = bar.width() - sum(w.width() for w in (window.office_label, window.read_only_label) if w.isVisible())
    assert not window.counts_label.isVisible() and not window.db_label.isVisible()
    assert bar.fontMetrics().horizontalAdvance(text) < room
    bar.clearMessage()
    assert window.counts_label.isVisible() and window.db_label.isVisible() and window.export_label.isVisible()


def test_chart_slices_read_as_the_language_writes_them(qtbot, qapp):
    """French puts a space before the colon and the percent sign: "Féminin : 538 (47 %)"."""
    from hrdesk.reports.dashboard import Item
    from hrdesk.ui import i18n as ui_i18n
    from hrdesk.ui.widgets.charts import ChartCard

    try:
        assert ui_i18n.switch_language(qapp, "fr") == "fr"
        card = ChartCard()
        qtbot.addWidget(card)
        card.set_series("Sexe", "pie", [Item("Féminin", 538, "538", "female"), Item("Masculin", 606, "606", "male")],
                        empty_text="")
        assert [s.label() for s in card.chart.series()[0].slices()] == [
            "Féminin\u00a0: 538 (47\u00a0%)", "Masculin\u00a0: 606 (53\u00a0%)"]
    finally:
        ui_i18n.switch_language(qapp, "en")
