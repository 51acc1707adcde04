"""File format 5: personas get a description, and first_time is unknown unless someone chose it."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from journeydesk.core.content_commands import update_persona
from journeydesk.core.history import History
from journeydesk.core.model import Persona
from journeydesk.store.schema import SCHEMA_VERSION, migrate
from journeydesk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"
# The bundled example as version 2 stored it: first_time 1 for three personas (the old default) and
# 0 for one (a box somebody cleared).
V2_PERSONAS = {
    "70cbef509b2248619526cb4442409f0a": ("Emma Clarke", 1),
    "d8b7c5a2a3c74c8aaab08932aa0e5f4d": ("Daniel Reyes", 1),
    "b76bb90f6c394068ac0a0663aa82ee3b": ("Sarah Mitchell", 0),
    "e6ae18f1f803406b9b9ba17069c0f9ce": ("佐藤 美咲", 1),
}


def _raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def _version_3(path: Path) -> Path:
    """A version-3 file made by the ladder's first three steps, with two personas and a journey."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, 0, 3)
        conn.execute("PRAGMA application_id = 1246907993")
        conn.execute("INSERT INTO project VALUES ('p', 'T', '', '', '#1f6feb', 'en')")
        conn.execute("INSERT INTO personas VALUES ('new', 'Ann', 'Buyer', 30, '', '', '[\"Save\"]', '[]', "
                     "'[]', '[]', '', 1, NULL, 0)")
        conn.execute("INSERT INTO personas VALUES ('old', 'Bob', 'Owner', NULL, '', '', '[]', '[]', "
                     "'[]', '[]', '', 0, NULL, 1)")
        conn.execute("INSERT INTO journeys VALUES ('j', 'J', '', 'old', 0)")
    assert _raw(path, "PRAGMA user_version") == [(3,)]
    return path


def test_a_version_3_file_is_upgraded_with_the_default_first_time_made_unknown(tmp_path: Path) -> None:
    path = _version_3(tmp_path / "v3.journey")
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 5
        doc = store.load()
    ann, bob = doc.get(Persona, "new"), doc.get(Persona, "old")
    assert (ann.name, ann.role, ann.age, ann.goals, ann.first_time, ann.description) == (
        "Ann", "Buyer", 30, ("Save",), None, "")
    assert (bob.first_time, bob.description) == (False, "")
    assert doc.journeys()[0].persona_id == "old"
    assert _raw(tmp_path / "v3.journey.v3.bak", "PRAGMA user_version") == [(3,)]
    assert _raw(path, "PRAGMA foreign_key_check") == []
    assert _raw(
        path, "SELECT name FROM sqlite_master WHERE name = 'personas_avatar'") == [("personas_avatar",)]


def test_the_version_2_example_climbs_to_the_current_format_and_keeps_its_personas(tmp_path: Path) -> None:
    path = tmp_path / "v2_example.journey"
    shutil.copy(DATA / "v2_example.journey", path)
    assert sorted(_raw(path, "SELECT id, name, first_time FROM personas")) == sorted(
        (pid, name, first) for pid, (name, first) in V2_PERSONAS.items())
    with Store.open(path) as store:
        doc = store.load()
    for pid, (name, first) in V2_PERSONAS.items():
        persona = doc.get(Persona, pid)
        assert persona.name == name
        assert persona.first_time is (False if first == 0 else None)
    assert {j.persona_id for j in doc.journeys()} <= set(V2_PERSONAS)


def test_description_and_a_chosen_first_time_are_written_through_and_undone(tmp_path: Path) -> None:
    path = _version_3(tmp_path / "v3.journey")
    text = "Runs a bakery.\nOrders flour every week, mostly on her phone."
    with Store.open(path) as store:
        history = History(store.load(), store)
        history.do(update_persona(history.document, "new", description=text, first_time=True))
        assert _raw(path, "SELECT description, first_time FROM personas WHERE id = 'new'") == [(text, 1)]
        history.undo()
        assert _raw(path, "SELECT description, first_time FROM personas WHERE id = 'new'") == [("", None)]
        assert history.document.get(Persona, "new").description == ""
        history.redo()
    with Store.open(path) as store:
        persona = store.load().get(Persona, "new")
    assert (persona.description, persona.first_time) == (text, True)
