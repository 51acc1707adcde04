"""File format 6: snapshots (one row each, holding only its journey's rows as JSON) and the ties of a future
state to its origin (journeys.future_of, origin_id on stages, lanes, cards and markers)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.document import EditRefused
from journeydesk.core.history import History
from journeydesk.core.model import Card, Image, Journey, Snapshot
from journeydesk.core.snapshot import SnapshotDamaged, decode_state
from journeydesk.store.compact import compact
from journeydesk.store.schema import SCHEMA_VERSION, migrate
from journeydesk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"
LIVE_TABLES = ("project", "personas", "journeys", "stages", "lanes", "cards", "emotion_markers", "links",
               "images", "datasets")


def _raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _tables(path: Path) -> dict[str, list[tuple]]:
    return {table: _raw(path, f"SELECT * FROM {table} ORDER BY id") for table in LIVE_TABLES}


def test_the_format_5_example_climbs_to_6_with_every_row_kept_and_no_ties(tmp_path: Path) -> None:
    path = tmp_path / "v5.journey"
    shutil.copy(DATA / "v5_example.journey", path)
    assert _raw(path, "PRAGMA user_version") == [(5,)]
    before = _tables(path)
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 6
        document = store.load()
    assert len(document.journeys()) == 4 and document.snapshots() == []
    after = _tables(path)
    for table, rows in before.items():
        width = len(rows[0]) if rows else 0
        assert [row[:width] for row in after[table]] == rows, table
        # format 6 added one column to a table (a tie, empty here); later formats add their own after it
        assert all(value is None for row in after[table] for value in row[width:width + 1]), table
    columns = {table: [row[1] for row in _raw(path, f"PRAGMA table_info({table})")]
               for table in ("journeys", "stages", "lanes", "cards", "emotion_markers", "snapshots")}
    assert "future_of" in columns["journeys"]
    assert all("origin_id" in columns[table] for table in ("stages", "lanes", "cards", "emotion_markers"))
    assert columns["snapshots"] == ["id", "journey_id", "name", "note", "taken_at", "content"]
    assert _raw(path, "SELECT COUNT(*) FROM snapshots") == [(0,)]
    assert _raw(tmp_path / "v5.journey.v5.bak", "PRAGMA user_version") == [(5,)]
    assert _raw(path, "PRAGMA foreign_key_check") == []


def _version_5(path: Path) -> Path:
    """A version-5 file made by the ladder's first five steps: one journey, two stages, a lane, two cards."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, 0, 5)
        conn.execute("PRAGMA application_id = 1246907993")
        conn.execute("INSERT INTO project VALUES ('project', 'T', '', '', '#1f6feb', 'en')")
        conn.execute("INSERT INTO journeys VALUES ('j', 'Buy', '', NULL, 0)")
        conn.execute("INSERT INTO stages VALUES ('s1', 'j', 'Look', '', '', '#4a90d9', 300, 0)")
        conn.execute("INSERT INTO stages VALUES ('s2', 'j', 'Pay', '', '', '#4a90d9', 300, 1)")
        conn.execute("INSERT INTO lanes VALUES ('l', 'j', 'touchpoints', 'Touchpoints', 120, 0)")
        for cid, stage, text in (("c1", "s1", "Ad"), ("c2", "s2", "Checkout")):
            conn.execute(
                f"INSERT INTO cards VALUES ('{cid}', 'j', '{stage}', 'l', 'touchpoint', '{text}', 0, '', "
                         "'', NULL, NULL, '', 0, 0, '', NULL, NULL, NULL, NULL)")
    return path


def _snapshotted(tmp_path: Path) -> Path:
    """A version-5 file, upgraded, with the snapshot "Before" of its journey."""
    path = _version_5(tmp_path / "p.journey")
    with Store.open(path) as store:
        history = History(store.load(), store)
        history.do(commands.take_snapshot(history.document, "j", "Before"))
    return path


def test_a_snapshot_is_one_row_holding_only_its_journeys_rows(tmp_path: Path) -> None:
    path = _version_5(tmp_path / "p.journey")
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.add_journey(doc, "Other"))
        before = _tables(path)
        history.do(commands.take_snapshot(doc, "j", "Before workshop", "as the client told it",
                                          taken_at=1_700_000_000))
        # Nothing but the snapshot row (and the last-edit time) was written.
        assert _tables(path) == before
        ((sid, journey_id, name, note, taken_at, content),) = _raw(path, "SELECT * FROM snapshots")
    assert (journey_id, name, note, taken_at) == ("j", "Before workshop", "as the client told it",
                                                  1_700_000_000)
    held = json.loads(content)
    assert held["format"] == 1 and held["journey"]["id"] == "j" and held["journey"]["name"] == "Buy"
    other = next(j.id for j in doc.journeys() if j.name == "Other")
    for table, rows in held["tables"].items():
        stored = _raw(path, f"SELECT * FROM {table} WHERE journey_id = 'j'")
        assert len(rows["rows"]) == len(stored), table
        assert all(row[rows["columns"].index("journey_id")] == "j" for row in rows["rows"]), table
        assert other not in json.dumps(rows)
    cards = held["tables"]["cards"]
    text = cards["columns"].index("text")
    assert sorted(row[text] for row in cards["rows"]) == ["Ad", "Checkout"]
    with Store.open(path) as store:
        reopened = store.load()
    (snapshot,) = reopened.snapshots("j")
    assert snapshot.id == sid and snapshot == doc.get(Snapshot, sid)
    assert decode_state(snapshot.content).cards == tuple(doc.cell("s1", "l") + doc.cell("s2", "l"))


def test_snapshots_are_written_through_and_undone_like_any_edit(tmp_path: Path) -> None:
    path = _version_5(tmp_path / "p.journey")
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.take_snapshot(doc, "j", "One"))
        sid = doc.snapshots()[0].id
        history.do(commands.update_snapshot(doc, sid, name="First", note="kick-off"))
        assert _raw(path, "SELECT name, note FROM snapshots") == [("First", "kick-off")]
        history.undo()
        assert _raw(path, "SELECT name, note FROM snapshots") == [("One", "")]
        history.do(commands.delete_snapshots(doc, [sid]))
        assert _raw(path, "SELECT COUNT(*) FROM snapshots") == [(0,)]
        history.undo()
        assert _raw(path, "SELECT name FROM snapshots") == [("One",)]
        history.undo()
        assert _raw(path, "SELECT COUNT(*) FROM snapshots") == [(0,)] and doc.snapshots() == []


def test_compacting_keeps_snapshots_and_the_ties_of_a_future_state(tmp_path: Path) -> None:
    path = _version_5(tmp_path / "p.journey")
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.take_snapshot(doc, "j", "Before"))
        history.do(commands.create_future_state(doc, "j"))
        history.do(commands.add_persona(doc, "Ann"))
        history.do(commands.set_avatar(doc, doc.personas()[0].id, b"\x89PNG old"))
        history.do(commands.set_avatar(doc, doc.personas()[0].id, None))  # an image nothing uses
        expected = {key: e for key, e in doc.snapshot().items() if not isinstance(e, Image)}
    snapshots = _raw(path, "SELECT * FROM snapshots")
    done = compact(path)
    assert done.images == 1
    assert _raw(path, "SELECT * FROM snapshots") == snapshots and len(snapshots) == 1
    with Store.open(path) as store:
        reopened = store.load()
    assert reopened.snapshot() == expected
    (future,) = reopened.future_states("j")
    assert {c.origin_id for c in reopened.cards(future.id)} == {"c1", "c2"}


def test_a_damaged_snapshot_leaves_the_project_open_and_says_what_is_wrong(tmp_path: Path) -> None:
    path = _snapshotted(tmp_path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE snapshots SET content = substr(content, 1, 40)")
        conn.commit()
    with Store.open(path) as store:
        history = History(store.load(), store)
        (snapshot,) = history.document.snapshots()
        with pytest.raises(SnapshotDamaged, match="not JSON"):
            decode_state(snapshot.content)
        with pytest.raises(EditRefused, match="The snapshot “Before” is damaged"):
            commands.restore_snapshot(history.document, snapshot.id)
        history.do(commands.delete_snapshots(history.document, [snapshot.id]))  # it can still be deleted


@pytest.mark.parametrize(("sql", "reason"), [
    ("UPDATE snapshots SET content = '[1, 2]'", "not a JSON object"),
    ("UPDATE snapshots SET content = json_set(content, '$.format', 99)", "newer JourneyDesk"),
    ("UPDATE snapshots SET content = json_set(content, '$.tables.cards.rows[0][4]', 'sticker')", "sticker"),
    ("UPDATE snapshots SET content = json_set(content, '$.tables.cards.rows[0][2]', 'nowhere')",
     "missing Stage nowhere"),
    ("UPDATE snapshots SET content = json_set(content, '$.tables.cards.rows[0][1]', 'k')",
     "missing Journey k"),
    ("UPDATE snapshots SET content = json_set(content, '$.tables.cards.rows[0]', json('[1]'))",
     "does not have"),
    ("UPDATE snapshots SET content = json_set(content, '$.figures', json('[{\"metric\": 3}]'))", "no name"),
])
def test_each_kind_of_damage_is_named(tmp_path: Path, sql: str, reason: str) -> None:
    path = _snapshotted(tmp_path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql)
        conn.commit()
    with Store.open(path, read_only=True) as store:
        (snapshot,) = store.load().snapshots()
    with pytest.raises(SnapshotDamaged, match=reason):
        decode_state(snapshot.content)


def test_a_future_state_pair_survives_reopening_and_its_as_is_cannot_leave_it_dangling(
        tmp_path: Path) -> None:
    path = _version_5(tmp_path / "p.journey")
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.create_future_state(doc, "j"))
        (future,) = doc.future_states("j")
        assert _raw(path, "SELECT future_of FROM journeys WHERE id = ?", (future.id,)) == [("j",)]
        history.do(commands.delete_journey(doc, "j"))  # the to-be stays, unpaired
        assert doc.get(Journey, future.id).future_of is None
        assert _raw(path, "SELECT future_of FROM journeys") == [(None,)]
        history.undo()
    with Store.open(path) as store:
        doc = store.load()
    assert [j.id for j in doc.future_states("j")] == [future.id]
    assert sorted(c.origin_id for c in doc.cards(future.id)) == ["c1", "c2"]
    assert all(isinstance(c, Card) and c.journey_id == future.id for c in doc.cards(future.id))
