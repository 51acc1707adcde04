"""The .journey file: round trip, write-through, copies, locks, migrations, and failed writes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, Journey, Persona
from journeydesk.store import opening, schema
from journeydesk.store import store as store_module
from journeydesk.store.schema import APPLICATION_ID, SCHEMA_VERSION
from journeydesk.store.store import Store, StoreError

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"


def _project(path: Path) -> tuple[Store, History]:
    store = Store.create(path)
    document = store.load()
    history = History(document, store)
    history.do(commands.add_template(document, "ecommerce", "ja"))
    return store, history


@contextmanager
def held_elsewhere(path: Path) -> Iterator[None]:
    """Another JourneyDesk process with ``path`` open for editing, until the block ends."""
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom journeydesk.store.store import Store\n"
         "store = Store.open(sys.argv[1])\nassert not store.read_only\nprint('open', flush=True)\n"
         "sys.stdin.read()\nstore.close()\n", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        yield
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()


def _pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_round_trip_keeps_every_entity(tmp_path: Path) -> None:
    path = tmp_path / "trip.journey"
    store, history = _project(path)
    doc = history.document
    persona = doc.personas()[0]
    history.do(commands.set_avatar(doc, persona.id, bytes(range(256)) * 10))
    history.do(commands.update_project(doc, title="旅 & <tags>", brand_color="#123456"))
    store.close()
    with Store.open(path) as reopened:
        assert reopened.load() == doc
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"


def test_each_edit_is_in_the_file_when_do_returns(tmp_path: Path) -> None:
    path = tmp_path / "through.journey"
    store, history = _project(path)
    doc = history.document
    card = doc.all(Card)[0]
    history.do(commands.update_card(doc, card.id, text="written through"))
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as reader:
        text = reader.execute("SELECT text FROM cards WHERE id = ?", (card.id,)).fetchone()[0]
    assert text == "written through"
    history.undo()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as reader:
        text = reader.execute("SELECT text FROM cards WHERE id = ?", (card.id,)).fetchone()[0]
    assert text == card.text
    store.close()


def test_a_failed_write_changes_neither_file_nor_document(tmp_path: Path) -> None:
    path = tmp_path / "full.journey"
    store, history = _project(path)
    doc = history.document
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    stage, lane = doc.stages(doc.journeys()[0].id)[0], doc.lanes(doc.journeys()[0].id)[1]
    for _ in range(100):
        before, label = doc.snapshot(), history.undo_label
        try:
            history.do(commands.add_card(doc, stage.id, lane.id, "y" * 5_000))
        except StoreError as error:
            assert "full.journey" in str(error) and "not made" in str(error)
            break
    else:
        pytest.fail("the file never filled up")
    assert doc.snapshot() == before
    assert history.undo_label == label
    store.close()
    with Store.open(path) as reopened:
        assert reopened.load() == doc


def test_save_a_copy_is_complete_and_independent(tmp_path: Path) -> None:
    store, history = _project(tmp_path / "original.journey")
    copy_path = store.save_copy(tmp_path / "copy.journey")
    history.do(commands.update_journey(history.document, history.document.journeys()[0].id, name="later"))
    with Store.open(copy_path) as copy:
        copied = copy.load()
    assert copied.journeys()[0].name != "later"
    assert copied.count(Card) == history.document.count(Card) > 0
    assert not (tmp_path / "copy.journey-wal").exists()
    with pytest.raises(StoreError, match="cannot replace the open project"):
        store.save_copy(tmp_path / "original.journey")
    store.close()


def test_a_second_opener_gets_it_read_only(tmp_path: Path) -> None:
    path = tmp_path / "shared.journey"
    first, _ = _project(path)
    first.close()
    with held_elsewhere(path):
        second = Store.open(path)
        assert second.read_only and "another JourneyDesk window" in second.notice
        doc = second.load()
        with pytest.raises(StoreError, match="another JourneyDesk window"):
            History(doc, second).do(commands.add_journey(doc, "nope"))
        assert doc.count(Journey) == 1
        second.close()
    with Store.open(path) as third:
        assert not third.read_only


def test_one_process_holds_one_lock_handle_per_file_whatever_its_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "once.journey"
    first, history = _project(path)
    (tmp_path / "hard.journey").hardlink_to(path)
    (tmp_path / "soft.journey").symlink_to(path)
    monkeypatch.chdir(tmp_path)
    doc = history.document
    for n, name in enumerate((path, "once.journey", "./once.journey", tmp_path / "hard.journey",
                              tmp_path / "soft.journey")):
        with pytest.raises(StoreError, match="cannot replace the open project"):
            first.save_copy(name)
        assert first.is_file(name)
        second = Store.open(name)
        assert second.read_only and "another JourneyDesk window" in second.notice
        assert second.load().snapshot() == doc.snapshot(), n
        second.close()
        history.do(commands.add_journey(doc, f"after {n}"))
    # Closing those second stores dropped none of this process's locks: an outside reader that comes
    # and goes still finds the project open, so it leaves the WAL (and every edit in it) alone.
    with closing(sqlite3.connect(path)) as outside:
        assert outside.execute("SELECT COUNT(*) FROM journeys").fetchone()[0] == doc.count(Journey)
    assert (tmp_path / "once.journey-wal").exists()
    history.do(commands.add_journey(doc, "last"))
    first.close()
    with Store.open(tmp_path / "hard.journey", read_only=True) as again:
        assert again.load() == doc


def test_a_copy_onto_another_project_open_here_is_refused(tmp_path: Path) -> None:
    source, _ = _project(tmp_path / "a.journey")
    other, _ = _project(tmp_path / "b.journey")
    (tmp_path / "b-link.journey").hardlink_to(tmp_path / "b.journey")
    for name in ("b.journey", "b-link.journey"):
        with pytest.raises(StoreError, match="open in this window"):
            source.save_copy(tmp_path / name)
    other.close()
    source.close()


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "there.journey"
    path.write_bytes(b"precious")
    with pytest.raises(StoreError, match="already exists"):
        Store.create(path)
    assert path.read_bytes() == b"precious"


def test_bundled_example_holds_the_templates() -> None:
    from journeydesk.core.templates import build_template

    with Store.open(EXAMPLE, read_only=True) as example:
        doc = example.load()
    names = [j.name for j in doc.journeys()]
    assert len(names) == 4 and "ECサイト購入ジャーニー" in names
    expected = build_template("ecommerce", "ja")
    journey = next(j for j in doc.journeys() if j.name == "ECサイト購入ジャーニー")
    assert sorted(c.text for c in doc.cards(journey.id)) == sorted(
        e.text for e in expected if isinstance(e, Card))
    assert doc.get(Persona, journey.persona_id).name == next(
        e.name for e in expected if isinstance(e, Persona))
    assert not EXAMPLE.with_name("example.journey-wal").exists()


# The version-1 schema exactly as released; a file made by hand from it must keep opening.
VERSION_1_SQL = """
CREATE TABLE project (id TEXT PRIMARY KEY, title TEXT NOT NULL, client TEXT NOT NULL,
  author TEXT NOT NULL, brand_color TEXT NOT NULL, language TEXT NOT NULL) STRICT;
CREATE TABLE images (id TEXT PRIMARY KEY, media_type TEXT NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE personas (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, age INTEGER,
  location TEXT NOT NULL, quote TEXT NOT NULL, goals TEXT NOT NULL, needs TEXT NOT NULL,
  frustrations TEXT NOT NULL, channels TEXT NOT NULL, source TEXT NOT NULL,
  first_time INTEGER NOT NULL, avatar_id TEXT REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL) STRICT;
CREATE TABLE journeys (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
  persona_id TEXT REFERENCES personas(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL) STRICT;
CREATE TABLE stages (id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL, description TEXT NOT NULL, goal TEXT NOT NULL, color TEXT NOT NULL,
  width INTEGER NOT NULL, position INTEGER NOT NULL) STRICT;
CREATE TABLE lanes (id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL, name TEXT NOT NULL, height INTEGER NOT NULL, position INTEGER NOT NULL) STRICT;
CREATE TABLE cards (id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  stage_id TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
  lane_id TEXT NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL, color TEXT NOT NULL,
  channel TEXT NOT NULL, category TEXT, mode TEXT, owner TEXT NOT NULL,
  moment_of_truth INTEGER NOT NULL, exit_point INTEGER NOT NULL, exit_reason TEXT NOT NULL,
  frequency INTEGER, severity INTEGER, impact INTEGER, effort INTEGER) STRICT;
CREATE TABLE emotion_markers (id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  stage_id TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
  lane_id TEXT NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
  score INTEGER NOT NULL, label TEXT NOT NULL, offset REAL NOT NULL) STRICT;
CREATE TABLE links (id TEXT PRIMARY KEY,
  journey_id TEXT NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  source_id TEXT NOT NULL REFERENCES cards(id) DEFERRABLE INITIALLY DEFERRED,
  target_id TEXT NOT NULL REFERENCES cards(id) DEFERRABLE INITIALLY DEFERRED,
  kind TEXT NOT NULL, label TEXT NOT NULL) STRICT;
CREATE INDEX personas_avatar ON personas(avatar_id);
CREATE INDEX journeys_persona ON journeys(persona_id);
CREATE INDEX stages_journey ON stages(journey_id);
CREATE INDEX lanes_journey ON lanes(journey_id);
CREATE INDEX cards_journey ON cards(journey_id);
CREATE INDEX cards_cell ON cards(stage_id, lane_id);
CREATE INDEX cards_lane ON cards(lane_id);
CREATE INDEX markers_journey ON emotion_markers(journey_id);
CREATE INDEX markers_stage ON emotion_markers(stage_id);
CREATE INDEX markers_lane ON emotion_markers(lane_id);
CREATE INDEX links_journey ON links(journey_id);
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);
INSERT INTO journeys VALUES ('j1', 'Hand-made', '', NULL, 0);
INSERT INTO stages VALUES ('s1', 'j1', '認知', '', 'find us', '#4a90d9', 300, 0);
INSERT INTO lanes VALUES ('l1', 'j1', 'touchpoints', 'Touchpoints', 120, 0);
INSERT INTO lanes VALUES ('l2', 'j1', 'emotions', 'Emotions', 120, 1);
INSERT INTO cards VALUES ('c1', 'j1', 's1', 'l1', 'touchpoint', 'Web広告', 0, '', 'web', 'digital',
  'o2o', 'Marketing', 1, 1, 'price', NULL, NULL, NULL, NULL);
INSERT INTO emotion_markers VALUES ('m1', 'j1', 's1', 'l2', -2, 'angry', 0.25);
PRAGMA application_id = 1246907993;
PRAGMA user_version = 1;
"""


def _hand_made(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(VERSION_1_SQL)


def test_a_hand_made_version_1_file_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v1.journey"
    _hand_made(path)
    with Store.open(path) as store:
        doc = store.load()
        assert store.schema_version() == SCHEMA_VERSION
        tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"datasets", "observations", "rollups"} <= tables
    assert _pragma(tmp_path / "v1.journey.v1.bak", "user_version") == 1
    card = doc.get(Card, "c1")
    assert card.text == "Web広告" and card.moment_of_truth and card.exit_reason == "price"
    assert doc.markers("j1")[0].score == -2
    assert doc.lanes("j1")[1].kind == LaneKind.EMOTIONS


def test_every_step_of_the_ladder_runs_and_a_copy_is_kept(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.journey"
    _hand_made(path)
    step = ("ALTER TABLE journeys ADD COLUMN note TEXT NOT NULL DEFAULT ''",)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(opening, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.load().get(Card, "c1").text == "Web広告"
        columns = [row[1] for row in store.conn.execute("PRAGMA table_info(journeys)")]
    assert "note" in columns
    backup = tmp_path / "old.journey.v1.bak"
    assert _pragma(backup, "user_version") == 1
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT text FROM cards").fetchall() == [("Web広告",)]


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.journey"
    _hand_made(path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("CREATE TABLE cards (x)",)])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(opening, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="could not be updated"):
        Store.open(path)
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT text FROM cards").fetchone()[0] == "Web広告"


def test_an_unexpected_error_mid_write_rolls_back_and_the_file_stays_usable(tmp_path: Path) -> None:
    from dataclasses import replace

    from journeydesk.core.document import Change, Edit

    store, history = _project(tmp_path / "robust.journey")
    doc = history.document
    card = doc.all(Card)[0]
    broken = replace(card, category="not-an-enum")
    with pytest.raises(AttributeError):
        store.write(Edit("broken", (Change(card, broken),)))
    assert not store.conn.in_transaction
    history.do(commands.update_card(doc, card.id, text="still fine"))
    store.close()
    with Store.open(tmp_path / "robust.journey") as reopened:
        assert reopened.load().get(Card, card.id).text == "still fine"


def test_a_copy_never_replaces_a_project_open_elsewhere(tmp_path: Path) -> None:
    source, _ = _project(tmp_path / "a.journey")
    other, _other_history = _project(tmp_path / "b.journey")
    other.close()
    before = (tmp_path / "b.journey").read_bytes()
    with held_elsewhere(tmp_path / "b.journey"), pytest.raises(StoreError, match="open in another "
                                                                                 "JourneyDesk window"):
        source.save_copy(tmp_path / "b.journey")
    assert (tmp_path / "b.journey").read_bytes() == before
    source.save_copy(tmp_path / "b.journey")
    source.close()


def test_reading_through_a_link_leaves_no_sidecars(tmp_path: Path) -> None:
    store, _ = _project(tmp_path / "real.journey")
    store.close()
    link = tmp_path / "link.journey"
    link.symlink_to(tmp_path / "real.journey")
    with Store.open(link, read_only=True) as reader:
        reader.load()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.journey", "real.journey"]
