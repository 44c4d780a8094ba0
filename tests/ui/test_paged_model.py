"""The lazy table model: pages fetched on demand, counts and long sorts off the UI thread,
late answers for an older search ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hrdesk.ui.models.paged import ASYNC_SORT_ROWS, PAGE_SIZE, Column, PagedTableModel

ROWS = [{"n": i, "name": f"person {i:06d}"} for i in range(ASYNC_SORT_ROWS + 1234)]


def make_model(qapp):
    fetched: list[tuple[int, str]] = []

    def count(flt):
        return sum(1 for r in ROWS if flt in r["name"])

    def fetch(flt, sort, descending, offset, limit):
        fetched.append((offset, sort))
        rows = sorted((r for r in ROWS if flt in r["name"]), key=lambda r: r[sort], reverse=descending)
        return rows[offset:offset + limit]

    model = PagedTableModel([Column("n", lambda: "N", lambda r: str(r["n"])),
                             Column("name", lambda: "Name", lambda r: r["name"])],
                            count, fetch, sort="n", descending=False)
    queued: list = []
    model.run_async = lambda fn, done: queued.append((fn, done))
    return model, fetched, queued


def run(queued, index=0):
    fn, done = queued.pop(index)
    done(fn())


def test_rows_come_page_by_page_and_the_count_arrives_later(qapp):
    model, fetched, queued = make_model(qapp)
    counted = []
    model.counted.connect(counted.append)
    model.set_filter("person")
    assert model.rowCount() == PAGE_SIZE and model.counting     # first page shown at once
    run(queued)
    assert model.rowCount() == len(ROWS) and counted == [len(ROWS)]
    assert model.data(model.index(len(ROWS) - 1, 0)) == str(len(ROWS) - 1)
    assert len(fetched) == 2 and model.cached_rows() <= 2 * PAGE_SIZE   # never all rows


def test_a_count_for_an_older_search_is_ignored(qapp):
    model, _fetched, queued = make_model(qapp)
    model.set_filter("person")
    model.set_filter("person 00000")       # 10 matches: known at once
    assert model.rowCount() == 10 and not model.counting
    run(queued)                             # the first search's count arrives late
    assert model.rowCount() == 10


def test_a_long_list_sorts_off_the_ui_thread(qapp):
    model, _fetched, queued = make_model(qapp)
    model.set_filter("person")
    run(queued)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.sorting and model.data(model.index(0, 0)) == "0"     # old rows stay meanwhile
    run(queued)
    assert not model.sorting and model.sort_key == "name" and model.descending
    assert model.data(model.index(0, 0)) == str(len(ROWS) - 1)
    assert model.rowCount() == len(ROWS)                               # no recount for a sort


def test_refreshing_the_same_search_keeps_the_row_count_until_the_new_count(qapp):
    model, _fetched, queued = make_model(qapp)
    model.set_filter("person")
    run(queued)
    model.reload(keep_total=True)            # e.g. a record was edited elsewhere
    assert model.rowCount() == len(ROWS) and model.counting
    del ROWS[-5:]                            # and meanwhile five were deleted
    try:
        run(queued)
        assert model.rowCount() == len(ROWS)
    finally:
        ROWS.extend({"n": i, "name": f"person {i:06d}"} for i in range(len(ROWS), len(ROWS) + 5))
