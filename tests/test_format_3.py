"""File format 3: version-2 files (the bundled example as it was, and a project with imported data) open and
are upgraded with every row, rollup and figure kept."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.core.history import History
from journeydesk.figures import datasets_for, figures
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.reader import sniff
from journeydesk.imports.session import import_file
from journeydesk.store.schema import SCHEMA_VERSION
from journeydesk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"
_KEY = "dataset_id, day, stage_id, card_id, channel, segment, metric"


def _v2(path: Path, name: str) -> Path:
    target = path / name
    shutil.copy(DATA / name, target)
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    return target


def _raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_the_version_2_example_opens_upgraded_with_every_entity(tmp_path: Path) -> None:
    path = _v2(tmp_path, "v2_example.journey")
    tables = ("project", "journeys", "stages", "lanes", "cards", "emotion_markers", "links")
    before = {table: _raw(path, f"SELECT * FROM {table} ORDER BY id") for table in tables}
    # Format 4 changes personas' first_time (tests/test_format_4.py); everything else of theirs stays.
    persona_sql = ("SELECT id, name, role, age, location, quote, goals, needs, frustrations, channels, "
                   "source, avatar_id, position FROM personas ORDER BY id")
    personas = _raw(path, persona_sql)
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 3
        document = store.load()
        assert len(document.journeys()) == 4
    after = {table: _raw(path, f"SELECT * FROM {table} ORDER BY id") for table in tables}
    # Format 6 adds a column to journeys, stages, lanes, cards and markers (tests/test_format_6.py): NULL
    # here.
    width = {table: len(rows[0]) for table, rows in before.items()}
    assert {table: [row[:width[table]] for row in rows] for table, rows in after.items()} == before
    # Format 7 adds cards.evidence_status (tests/test_format_7.py): "assumed" here.
    assert all(value is None for table, rows in after.items() for row in rows
               for value in row[width[table]:width[table] + 1])
    assert {row[-1] for row in after["cards"]} == {"assumed"}
    assert _raw(path, persona_sql) == personas and len(personas) == 4
    assert _raw(tmp_path / "v2_example.journey.v2.bak", "PRAGMA user_version") == [(2,)]


def test_imported_rows_and_rollups_survive_the_upgrade(tmp_path: Path) -> None:
    path = _v2(tmp_path, "v2_with_data.journey")
    rows = _raw(path, f"SELECT line, {_KEY}, value FROM observations ORDER BY rowid")
    rollups = _raw(path,
                   f"SELECT {_KEY}, n, total, promoters, detractors, satisfied FROM rollups ORDER BY rowid")
    # The file holds a dataset and the rows of an undone import, which nothing can bring back once the
    # session that undid it ended: opening it for editing removes them, after the upgrade kept them.
    assert len({row[1] for row in rows}) == 2 and len(rows) == 325
    live = {row[0] for row in _raw(path, "SELECT id FROM datasets")}
    rows = [row for row in rows if row[1] in live]
    rollups = [row for row in rollups if row[0] in live]
    assert 0 < len(rows) < 325
    with Store.open(path) as store:
        document = store.load()
        (dataset,) = datasets_for(document)
        upgraded = store.conn.execute(
            f"SELECT o.line, {_KEY}, o.value FROM observations AS o JOIN rollups AS r ON r.id = o.rollup_id "
            "ORDER BY o.rowid").fetchall()
        assert upgraded == rows
        assert store.conn.execute(f"SELECT {_KEY}, n, total, promoters, detractors, satisfied FROM rollups "
                                  "ORDER BY id").fetchall() == rollups
        by_card = [(keys[0], group) for keys, group in store.data.sums([dataset.id], "NPS", ("card_id",))
                   if keys[0] is not None]
        assert sum(group.n for _, group in by_card) == sum(1 for row in rows if row[1] == dataset.id
                                                           and row[7] == "NPS"
                                                          and row[4] is not None)
        _stored, _kind, shown = figures(document, store.data, "NPS", "touchpoint")
        assert sorted((figure.key, figure.n) for figure in shown) == sorted((key, group.n)
                                                                            for key, group in by_card)
        # An import into the upgraded file numbers its rollups after the old ones.
        data = b"date,touchpoint,metric,value\n2024-04-01,Cart and checkout form,NPS,10\n"
        mapping = Mapping(shape="long", roles={"date": "date", "touchpoint": "touchpoint", "metric": "metric",
                                               "value": "value"}, date_order="ymd")
        result = import_file(History(document, store), store, document.journeys()[0].id, data, sniff(data),
                             mapping, source="c.csv")
        assert store.conn.execute("SELECT MIN(id) FROM rollups WHERE dataset_id = ?",
                                  (result.dataset.id,)).fetchone()[0] > len(rollups)


def test_rows_whose_rollup_is_missing_get_one_and_are_kept(tmp_path: Path) -> None:
    path = _v2(tmp_path, "v2_with_data.journey")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM rollups WHERE metric = 'score'")  # as a hand edit might
        conn.commit()
    rows = _raw(path, f"SELECT line, {_KEY}, value FROM observations ORDER BY rowid")
    live = {row[0] for row in _raw(path, "SELECT id FROM datasets")}
    rows = [row for row in rows if row[1] in live]
    with Store.open(path) as store:
        upgraded = store.conn.execute(
            f"SELECT o.line, {_KEY}, o.value FROM observations AS o JOIN rollups AS r ON r.id = o.rollup_id "
            "ORDER BY o.rowid").fetchall()
        scores = store.conn.execute(
            "SELECT SUM(n), SUM(total) FROM rollups WHERE metric = 'score'").fetchone()
    assert upgraded == rows
    assert scores == (sum(1 for row in rows if row[7] == "score"),
                      pytest.approx(sum(r[8] for r in rows if r[7] == "score")))
