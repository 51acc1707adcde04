"""The batched import gives exactly what converting row by row gives.

Each case writes the same bytes twice into one project: once the fast way (``write_rows``,
batches of a few rows so that batch edges fall everywhere) and once row by row
(``Converter.observations`` written by ``write_observations`` here), then compares the observations,
the rollups, and the Check (counts, problems with their lines and order, unmatched keys).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.core.history import History
from journeydesk.core.model import Dataset
from journeydesk.imports import pipeline
from journeydesk.imports import records as csv_batches
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.pipeline import check_file, write_rows
from journeydesk.imports.reader import CsvError, CsvSettings, TableReader
from journeydesk.imports.rows import Check, Converter
from journeydesk.imports.session import import_file
from journeydesk.store.bulk import Rollups, write_batches
from journeydesk.store.datasets import CHUNK, DatasetWriteError, ImportCancelled
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

COLUMNS = ["date", "stage", "touchpoint", "channel", "metric", "value"]
LONG = Mapping(shape="long", roles={c: c for c in COLUMNS},
               metric_kinds={"NPS": "nps", "CSAT": "csat", "CES": "ces", "visits": "count"},
               date_order="ymd", touchpoint_matches={"Overridden": ""})
PLAIN = CsvSettings()
ROWS = [
    ["2024-03-01", "Awareness", "Cart and checkout form", "web", "NPS", "9"],
    ["2024-03-01", " awareness ", "Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ", " app ", "NPS", " 10 "],
    ["2024/3/5", "Purchase", "Order confirmation email", "email", "CSAT", "４"],
    ["2024-03-02T10:00:00+09:00", "Purchase", "Gift wrapping", "store", "visits", "1,234"],
    ["", "", "", "", "visits", "45%"],
    ["2024-03-02", "Nowhere", "gift  wrapping", "web", "visits", "(12)"],
    ["2024-03-02", "Loyalty", "Overridden", "web", "score", "-3"],
    ["2024-03-02", "Loyalty", "Overridden", "web", "score", "1e3"],
    ["2024-03-02", "Loyalty", "Cart and\ncheckout form", "web", "score", ".5"],
    ["2024-03-03", "Nowhere", "Gift wrapping", "web", "score", "5."],
    ["2024-03-03", "Nowhere", "Gift wrapping", "web", "CES", "7.5"],
    ["2024-03-03", "Purchase", "Gift wrapping", "web", "CES", "8"],
    ["2024-03-03", "Purchase", "Gift wrapping", "web", "NPS", "11"],
    ["2024-03-03", "Purchase", "Gift wrapping", "web", "NPS", "7.5"],
    ["2024-03-03", "Purchase", "Gift wrapping", "web", "CSAT", "0"],
    ["2024-03-03", "Purchase", "Gift wrapping", "web", "NPS", "１０"],
    ["2024-03-04", "Nowhere", "Lost and found", "web", "visits", "abc"],
    ["yesterday", "Nowhere", "Lost and found", "web", "visits", "3"],
    ["2024-02-30", "Elsewhere", "Lost and found", "web", "visits", "3"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "visits", "²"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "visits", "n/a"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "visits", ""],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "visits", "-"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "", "5"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "", "abc"],
    ["2024-03-04", "Purchase", "Cart and checkout form", "web", "visits", "1" * 400],
    ["2024-03-05", "Consideration", "Order confirmation email", "web", "NPS", "0"],
    ["2024-03-05", "Consideration", "Order confirmation email", "web", "visits", "12.25"],
    ["2024-03-05", "Consideration", "Order confirmation email", "web", "visits", "0.1"],
]


def write_observations(conn, dataset_id: str, rows) -> int:
    """The row-by-row path: each Observation's rollup looked up one at a time, all in one transaction."""
    rollups = Rollups()

    def batches() -> Iterator[tuple[list, list, list]]:
        ids: list[int] = []
        lines: list[int] = []
        values: list[float] = []
        for row in rows:
            ids.append(rollups.id_of((row.day.isoformat() if row.day else None, row.stage_id, row.card_id,
                                      row.channel, row.segment, row.metric)))
            lines.append(row.line)
            values.append(row.value)
            if len(ids) >= CHUNK:
                yield ids, lines, values
                ids, lines, values = [], [], []
        yield ids, lines, values

    conn.execute("BEGIN IMMEDIATE")
    try:
        written = write_batches(conn, dataset_id, batches(), rollups)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return written


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Store, History]]:
    store = Store.open(create_project(tmp_path / "p.journey", "ecommerce"))
    yield store, History(store.load(), store)
    store.close()


def _csv(rows: list[list[str]], header: list[str] = COLUMNS, *, extra: dict[int, str] | None = None,
         newline: str = "\n", delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> bytes:
    """The rows written as CSV, with raw ``extra`` lines put in before the given row indexes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline, delimiter=delimiter, quoting=quoting)
    writer.writerow(header)
    for index, row in enumerate(rows):
        if extra and index in extra:
            out.write(extra[index] + newline)
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _summary(check: Check) -> dict:
    return {
        "rows_read": check.rows_read, "observations": check.observations,
        "problems": [(p.line, p.message) for p in check.problems], "problem_count": check.problem_count,
        # Keys in any order: every reader sorts them or counts them.
        "unmatched_stages": sorted(check.unmatched_stages.items()),
        "unmatched_touchpoints": sorted(check.unmatched_touchpoints.items()),
        "touchpoint_stages": sorted((k, sorted(v.items(), key=str))
                                    for k, v in check.touchpoint_stages.items()),
        "metrics": sorted(check.metrics),
    }


_KEY = "day, stage_id, card_id, channel, segment, metric"
_ROWS = "observations AS o JOIN rollups AS r ON r.id = o.rollup_id"


def _observations(store: Store, dataset_id: str) -> list[tuple]:
    return store.conn.execute(f"SELECT line, {_KEY}, value FROM {_ROWS} WHERE dataset_id = ? "
                              "ORDER BY line, metric, value", (dataset_id,)).fetchall()


def _rollups(store: Store, dataset_id: str) -> list[tuple]:
    return store.conn.execute(f"SELECT {_KEY}, n, total, promoters, detractors, satisfied FROM rollups "
                              f"WHERE dataset_id = ? ORDER BY {_KEY}", (dataset_id,)).fetchall()


def _grouped(store: Store, dataset_id: str) -> list[tuple]:
    """The rollups as the GROUP BY over the observations and their keys gives them."""
    return store.conn.execute(
        f"SELECT {_KEY}, COUNT(*), SUM(value), SUM(value >= 9), SUM(value <= 6), SUM(value >= 4) "
        f"FROM {_ROWS} WHERE dataset_id = ? GROUP BY {_KEY} ORDER BY {_KEY}", (dataset_id,)).fetchall()


def _journey(history: History) -> str:
    return history.document.journeys()[0].id


def _both(project: tuple[Store, History], data: bytes, mapping: Mapping = LONG,
          csv_settings: CsvSettings = PLAIN, *, batch: int = 3, monkeypatch: pytest.MonkeyPatch,
          name: str = "x") -> Check:
    """Write ``data`` the fast way and row by row; assert both give the same; return the Check."""
    store, history = project
    document, journey_id = history.document, _journey(history)
    monkeypatch.setattr(csv_batches, "BATCH", batch)
    fast_id = f"fast-{name}"
    fast = Converter(document, journey_id, list(TableReader(io.BytesIO(data), csv_settings).columns), mapping,
                     csv_settings.decimal)
    written = write_rows(store, store.begin_import(fast_id), fast, data, csv_settings)
    # Kept without a Dataset, for comparing raw rows: committed by hand, as no edit finishes this import.
    store.conn.execute("COMMIT")
    store.abort_import()
    dry = check_file(document, journey_id, data, csv_settings, mapping)
    reader = TableReader(io.BytesIO(data), csv_settings)
    slow = Converter(document, journey_id, list(reader.columns), mapping, csv_settings.decimal)
    expected = list(slow.observations(reader))
    assert written == write_observations(store.conn, f"slow-{name}", expected) == slow.check.observations
    pipeline._add_ragged(slow.check, reader)
    # Every observation written once, as the Converter made it.
    assert _observations(store, f"slow-{name}") == sorted(
        (o.line, o.day.isoformat() if o.day else None, o.stage_id, o.card_id, o.channel, o.segment, o.metric,
         o.value)
        for o in expected)
    assert _summary(fast.check) == _summary(slow.check)
    assert _summary(dry) == _summary(slow.check)
    assert _observations(store, fast_id) == _observations(store, f"slow-{name}")
    # Totals are summed a batch at a time: the same to the last few bits whatever the batches.
    rollups = _rollups(store, fast_id)
    for other in (_rollups(store, f"slow-{name}"), _grouped(store, f"slow-{name}")):
        assert [r[:7] + r[8:] for r in rollups] == [g[:7] + g[8:] for g in other]
        assert [r[7] for r in rollups] == pytest.approx([g[7] for g in other], rel=1e-12)
    return slow.check


@pytest.mark.parametrize("batch", [1, 2, 3, 5, 8, 4096])
def test_tricky_cells_give_the_same_rows_problems_and_keys(project, monkeypatch, batch: int) -> None:
    data = _csv(ROWS, extra={4: "", 7: " , , , , , ", 12: "2024-03-03,Purchase,Short row",
                             15: "2024-03-03,Purchase,Gift wrapping,web,NPS,9,surplus",
                             20: "2024-03-03,Purchase,Gift wrapping,web,NPS,9,,  "})
    check = _both(project, data, batch=batch, monkeypatch=monkeypatch)
    # The cases are really there: bad cells with their lines, keys matched or not, ragged rows.
    messages = [p.message for p in check.problems]
    assert any("'abc' is not a number in column value" in m for m in messages)
    assert any("11 is not a NPS answer" in m for m in messages)
    assert any("'²' is not a number in column value" in m for m in messages)
    assert any("'yesterday' is not a date" in m for m in messages)
    assert any("3 fields, expected 6" in m for m in messages) and any("7 fields" in m for m in messages)
    # Structural problems (ragged rows, impossible dates) in line order, then value problems in line order.
    assert [p.line for p in check.problems] == [17, 21, 24, 25, 15, 16, 18, 19, 20, 23, 26, 32]
    # the two ragged rows are data rows too
    assert (check.rows_read, check.observations, check.problem_count) == (32, 16, 12)
    # "Elsewhere" is on a row whose date is bad: that row stops before its keys are matched.
    assert check.unmatched_stages == {"Nowhere": 4}
    assert check.unmatched_touchpoints == {"Gift wrapping": 9, "gift  wrapping": 1, "Lost and found": 1}
    assert "Overridden" in check.touchpoint_stages and check.metrics == {"CSAT", "NPS", "score", "visits"}


def test_unmatched_keys_count_only_rows_that_reach_matching(project, monkeypatch) -> None:
    # a bad date stops the row before matching
    rows = [["yesterday", "Nowhere", "Lost", "web", "visits", "1"],
            ["2024-03-01", "Nowhere", "Lost", "web", "visits", "abc"],  # a bad value comes after it
            ["2024-03-01", "Nowhere", "Lost", "web", "visits", "2"]]
    check = _both(project, _csv(rows), batch=2, monkeypatch=monkeypatch)
    assert check.unmatched_stages == {"Nowhere": 2} and check.unmatched_touchpoints == {"Lost": 2}
    assert [p.line for p in check.problems] == [2, 3]


def test_quoted_line_breaks_and_every_line_ending_keep_line_numbers(project, monkeypatch) -> None:
    rows = [["2024-03-01", "Awareness", f"Cart and{brk}checkout form", "web", "NPS", value]
            for brk in ("\n", "\r\n", "\r", "\n\r", "\n\n") for value in ("9", "abc")]
    for newline in ("\n", "\r\n", "\r"):
        check = _both(project, _csv(rows, newline=newline, extra={3: ""}, quoting=csv.QUOTE_ALL), batch=2,
                      monkeypatch=monkeypatch, name=repr(newline))
        assert [p.line for p in check.problems] == [4, 9, 13, 18, 24]
        # Quoted only where the writer must: with "\n" endings a bare CR splits a record (ragged rows).
        _both(project, _csv(rows, newline=newline, extra={3: ""}), batch=3, monkeypatch=monkeypatch,
              name=f"bare {newline!r}")


@pytest.mark.parametrize("batch", [1, 2, 4])
def test_ragged_records_that_run_over_lines_are_reported_as_the_reader_does(project, monkeypatch,
                                                                             batch: int) -> None:
    rows = [["2024-03-01", "Awareness", "Cart and checkout form", "web", "NPS", str(n)] for n in range(6)]
    data = _csv(rows, extra={0: '2024-03-01,"an unmatched\nquote,\nrunning on"', 3: 'x,"y\r\nz"'})
    check = _both(project, data, batch=batch, monkeypatch=monkeypatch)
    assert [p.message for p in check.problems] == [
        "Line 2: 2 fields, expected 6; the row runs on to line 4: check for an unmatched quote character.",
        "Line 8: 2 fields, expected 6; the row runs on to line 9: check for an unmatched quote character."]


def test_a_trailing_delimiter_on_every_line_reads_as_the_reader_does(project, monkeypatch) -> None:
    lines = [",".join(row) + "," for row in [COLUMNS,
                                             *[[f'"{c}"' if "\n" in c or "," in c else c for c in row]
                                                           for row in ROWS]]]
    lines.insert(9, ",,,,,,")
    lines.insert(12, "2024-03-03,Purchase,Gift wrapping,web,NPS,9,surplus")
    check = _both(project, ("\n".join(lines) + "\n").encode(), batch=4, monkeypatch=monkeypatch)
    # The row with a surplus field is a data row too; it comes first among the problems, being structural.
    assert check.rows_read == len(ROWS) + 1 and check.problems[0].message.startswith("Line 14: 7 fields")


def test_ambiguous_dates_are_refused_row_by_row_until_an_order_is_chosen(project, monkeypatch) -> None:
    rows = [["03/04/2024", "Awareness", "Cart and checkout form", "web", "NPS", "9"],
            ["2024-03-04", "Awareness", "Cart and checkout form", "web", "NPS", "8"],
            ["13/04/2024", "Awareness", "Cart and checkout form", "web", "NPS", "7"]]
    refused = _both(project, _csv(rows), Mapping(**{**LONG.__dict__, "date_order": None}),
                    monkeypatch=monkeypatch, name="refused")
    assert [p.line for p in refused.problems] == [2]
    assert "could be day/month or month/day" in refused.problems[0].message
    chosen = _both(project, _csv(rows), Mapping(**{**LONG.__dict__, "date_order": "dmy"}),
                   monkeypatch=monkeypatch, name="chosen")
    assert chosen.problem_count == 0 and chosen.observations == 3


def test_other_columns_decimal_commas_preambles_and_encodings(project, monkeypatch) -> None:
    header = ["id", "Metric", "Segment", "Value", "When", "Touchpoint", "Note"]
    rows = [["1", "revenue", " new ", "1.234,5", "2024-03-01", "ＦＡＱページ", "x"],
            ["2", "revenue", "returning", "3,25", "2024-03-01", "Order confirmation email", ""],
            ["3", "NPS", "returning", "10", "2024-03-02", "ギフト包装", "y"],
            ["4", "NPS", "new", "9,5", "2024-03-02", "ギフト包装", ""],
            ["5", "revenue", "new", "1.2.3", "2024-03-02", "ギフト包装", ""]]
    text = "# exported by a tool\n# second comment\n" + _csv(rows, header, delimiter=";").decode()
    mapping = Mapping(shape="long", roles={"Metric": "metric", "Segment": "segment", "Value": "value",
                                           "When": "date", "Touchpoint": "touchpoint"},
                      metric_kinds={"NPS": "nps"}, date_order="ymd")
    options = CsvSettings(encoding="cp932", delimiter=";", skip_lines=2, decimal=",")
    check = _both(project, text.encode("cp932"), mapping, options, monkeypatch=monkeypatch)
    assert check.observations == 3 and check.problem_count == 2


def test_a_thousand_problems_are_listed_and_the_rest_counted(project, monkeypatch) -> None:
    rows = [["2024-03-01", "Awareness", "Cart and checkout form", "web", "NPS", "99" if n % 3 else "9"]
            for n in range(1_800)]
    check = _both(project, _csv(rows, extra={n: "a,b" for n in range(0, 1_800, 7)}), batch=64,
                  monkeypatch=monkeypatch)
    assert len(check.problems) == 1_000 and check.problem_count == 1_200 + 258


def test_unreadable_bytes_and_runaway_fields_fail_as_row_by_row(project, monkeypatch) -> None:
    store, history = project
    good = _csv(ROWS[:3] * 600)
    cases = [good + b"2024-03-09,Awareness,Caf\xe9,web,NPS,9\n" + good[40:],
             good + b'2024-03-09,Awareness,"' + b"x" * 200_000 + b'",web,NPS,9\n']
    monkeypatch.setattr(csv_batches, "BATCH", 4)
    for data in cases:
        converter = Converter(history.document, _journey(history), COLUMNS, LONG)
        with pytest.raises(CsvError) as fast:
            write_rows(store, store.begin_import("fast"), converter, data, PLAIN)
        reader = TableReader(io.BytesIO(data), PLAIN)
        converter = Converter(history.document, _journey(history), COLUMNS, LONG)
        with pytest.raises(CsvError) as slow:
            write_observations(store.conn, "slow", converter.observations(reader))
        assert str(fast.value) == str(slow.value) and "line" in str(fast.value).lower()
    assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0


def test_progress_and_cancel_between_batches_keep_nothing(project, monkeypatch) -> None:
    store, history = project
    monkeypatch.setattr(csv_batches, "BATCH", 10)
    data = _csv(ROWS[:3] * 20)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv",
                    progress=seen.append, cancelled=lambda: len(seen) >= 3)
    # About ten records a batch (a batch is the whole lines of a block of text).
    assert len(seen) == 3 and seen == sorted(set(seen)) and 10 <= seen[0] < 60
    assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM rollups").fetchone()[0] == 0
    assert not history.document.all(Dataset) and not store.conn.in_transaction
    seen.clear()
    result = import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv",
                         progress=seen.append)
    assert seen[-1] == result.dataset.row_count == 60 and seen == sorted(seen)


def test_the_page_cache_is_set_back_after_an_import(project) -> None:
    store, history = project
    before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    data = _csv(ROWS[:3] * 10)
    import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv")
    with pytest.raises(ImportCancelled):
        import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv",
                    cancelled=lambda: True)
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == before


def test_a_full_disk_keeps_nothing_and_the_store_keeps_working(project, monkeypatch) -> None:
    store, history = project
    data = _csv([["2024-03-01", "Awareness", "Cart and checkout form", "web", "NPS", str(n % 11)]
                 for n in range(30_000)])
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    try:
        with pytest.raises(DatasetWriteError, match="nothing was added"):
            import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv")
    finally:
        store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0
    assert not history.document.all(Dataset) and not store.conn.in_transaction
    assert import_file(
        history, store, _journey(history), data, PLAIN, LONG, source="a.csv").dataset.row_count == 30_000


def test_rollups_set_aside_in_parts_sum_up_the_same(project, monkeypatch) -> None:
    from journeydesk.store import bulk

    store, history = project
    rows = [[f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", "Awareness", "Cart and checkout form", f"c{n % 50}",
             "visits", str(n % 13)] for n in range(3_000)]
    data = _csv(rows)
    whole = import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv")
    monkeypatch.setattr(bulk, "MAX_GROUPS", 100)
    monkeypatch.setattr(csv_batches, "BATCH", 256)
    parts = import_file(history, store, _journey(history), data, PLAIN, LONG, source="a.csv")
    # A key seen again after its rollup was set aside has more than one row; they sum to the same.
    summed = store.conn.execute(
        f"SELECT {_KEY}, SUM(n), SUM(total), SUM(promoters), SUM(detractors), SUM(satisfied), COUNT(*) FROM "
        f"rollups WHERE dataset_id = ? GROUP BY {_KEY} ORDER BY {_KEY}", (parts.dataset.id,)).fetchall()
    assert [
        row[:-1] for row in summed] == _rollups(store, whole.dataset.id) == _grouped(store, whole.dataset.id)
    assert max(row[-1] for row in summed) > 1
    assert _observations(store, parts.dataset.id) == _observations(store, whole.dataset.id)


WIDE = ("Date,Touchpoint,Stage,NPS,CSAT,Effort,Visits,Note\n"
        "2024-03-01,Cart and checkout form,Purchase,9,5,3.5,120,ok\n"
        "2024-03-01,Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ,purchase,3,,2,\"1,200\",\n"
        "2024-03-02,Gift wrapping,Nowhere,10,4,,n/a,\n"
        "2024-03-02,Gift wrapping,Purchase,11,4,1,5,off the scale\n"
        "2024-03-02,Gift wrapping,Purchase,,,,,nothing but a note\n"
        ",,,,,,,\n"
        "2024-03-03,Order confirmation email,,7,abc,8,5,\n"
        "2024-03-03,Overridden,Loyalty,6,4,7,９,\n"
        "yesterday,Lost,Nowhere,6,4,7,9,\n"
        "2024-03-04,Lost,Nowhere,6,4,7,9\n"
        "2024-03-05,Order confirmation email,Loyalty,0,1,1.5,0,\n")


@pytest.mark.parametrize("batch", [1, 2, 3, 4096])
def test_wide_tables_and_survey_responses_give_the_same_either_way(project, monkeypatch, batch: int) -> None:
    roles = {"Date": "date", "Touchpoint": "touchpoint", "Stage": "stage"}
    kinds = {"NPS": "nps", "CSAT": "csat", "CES": "ces", "visits": "count"}
    responses = Mapping(shape="responses", roles=roles, metric_columns={"NPS": "NPS", "CSAT": "CSAT",
                                                                        "Effort": "CES"},
                        metric_kinds=kinds, date_order="ymd", touchpoint_matches={"Overridden": ""})
    check = _both(project, WIDE.encode(), responses, batch=batch, monkeypatch=monkeypatch, name="responses")
    assert [p.line for p in check.problems] == [10, 11, 5, 8] and check.observations == 13
    wide = Mapping(shape="wide", roles=roles, metric_columns={"NPS": "score", "CSAT": "score",
                                                              "Visits": "visits"},
                   metric_kinds=kinds, date_order="ymd")
    check = _both(project, WIDE.encode(), wide, batch=batch, monkeypatch=monkeypatch, name="wide")
    assert check.metrics == {"score", "visits"}


def test_two_columns_of_one_metric_sum_in_row_order(project, monkeypatch) -> None:
    # Summed row by row (0.3, 0.2, then 0.2, 0.001, ...) the total is 1.802; column by column
    # 1.8019999999999998.
    data = b"Date,A,B,Empty\n2024-03-01,0.3,0.2,\n2024-03-01,0.2,0.001,\n2024-03-01,1.1,0.001,\n"
    mapping = Mapping(shape="wide", roles={"Date": "date"}, metric_columns={"A": "score", "B": "score",
                                                                            "Empty": "never"},
                      date_order="ymd")
    check = _both(project, data, mapping, batch=4096, monkeypatch=monkeypatch)
    store, _history = project
    assert _rollups(store, "slow-x")[0][7] == 1.802 and check.metrics == {"score"}


CELLS = {
    "date": ["2024-03-01", "2024/3/2", " 2024-03-03 ", "", "03/04/2024", "yesterday", "2024-02-30",
             "2024-03-05 10:00", "２０２４－０３－０６"],
    "stage": ["Awareness", "purchase", "ＬＯＹＡＬＴＹ", "", "Nowhere", " Post-purchase "],
    "touchpoint": ["Cart and checkout form", "Gift wrapping", "", "Overridden", "ｇｉｆｔ ｗｒａｐｐｉｎｇ",
                   "Order confirmation\nemail"],
    "channel": ["web", " app", "", "store "],
    "metric": ["NPS", "CSAT", "CES", "visits", "", " NPS"],
    "value": ["0", "5", "9", "10", "11", "7.5", "4", "", "n/a", "abc", "1,000", "３", "²", " 6 ", "45%", "-2",
              "(3)", "1e2", "1.2.3", "3.14159"],
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(*(st.sampled_from(CELLS[c]) for c in COLUMNS),
                               st.sampled_from(["", "", "", "", "blank", "ragged", "long"])),
                     min_size=1, max_size=40),
       batch=st.integers(min_value=1, max_value=9), order=st.sampled_from([None, "ymd", "mdy"]))
def test_random_tables_give_the_same_either_way(project, monkeypatch, rows, batch: int, order) -> None:
    store, _history = project
    extra = {i: {"blank": "", "ragged": "a,b,c", "long": "2024-03-01,Awareness,x,web,NPS,9,9"}[r[6]]
             for i, r in enumerate(rows) if r[6]}
    mapping = Mapping(**{**LONG.__dict__, "date_order": order,
                         "metric_kinds": {**LONG.metric_kinds, "": "csat"} if order == "mdy"
                         else LONG.metric_kinds})
    store.conn.execute("DELETE FROM observations")
    store.conn.execute("DELETE FROM rollups")
    _both(project, _csv([list(r[:6]) for r in rows], extra=extra), mapping, batch=batch,
          monkeypatch=monkeypatch)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(CELLS["date"]), st.sampled_from(CELLS["touchpoint"]),
                               *(st.sampled_from(CELLS["value"]) for _ in range(3)),
                               st.sampled_from(["", "", "", "blank", "ragged"])), min_size=1, max_size=30),
       names=st.lists(st.sampled_from(["NPS", "CSAT", "CES", "visits", ""]), min_size=1, max_size=3),
       batch=st.integers(min_value=1, max_value=7))
def test_random_wide_tables_give_the_same_either_way(project, monkeypatch, rows, names, batch: int) -> None:
    store, _history = project
    header = ["date", "touchpoint", "a", "b", "c"]
    extra = {i: {"blank": "", "ragged": "a,b"}[r[5]] for i, r in enumerate(rows) if r[5]}
    mapping = Mapping(shape="wide", roles={"date": "date", "touchpoint": "touchpoint"},
                      metric_columns=dict(zip("abc", names, strict=False)),
                      metric_kinds={**LONG.metric_kinds, "": "nps"}, date_order="ymd")
    store.conn.execute("DELETE FROM observations")
    store.conn.execute("DELETE FROM rollups")
    _both(project, _csv([list(r[:5]) for r in rows], header, extra=extra), mapping, batch=batch,
          monkeypatch=monkeypatch)
