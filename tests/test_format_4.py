"""File format 4: the project records its last edit, in the transaction of each edit; older files start
from their own modification time."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store import store as store_module
from journeydesk.store.schema import SCHEMA_VERSION
from journeydesk.store.store import Store, StoreError

DATA = Path(__file__).resolve().parent / "data"
WHEN = 1_700_000_000  # 2023-11-14 22:13:20 UTC


def _raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_a_version_3_file_is_upgraded_with_its_modification_time_as_last_edit(tmp_path: Path) -> None:
    path = tmp_path / "old.journey"
    shutil.copy(DATA / "v3_example.journey", path)
    assert _raw(path, "PRAGMA user_version") == [(3,)]
    os.utime(path, (WHEN, WHEN))
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 4
        assert store.edited_at == WHEN
        assert len(store.load().journeys()) == 4
    assert _raw(path, "SELECT id, at FROM edited") == [(1, WHEN)]
    assert _raw(tmp_path / "old.journey.v3.bak", "PRAGMA user_version") == [(3,)]


def test_every_edit_records_its_time_and_a_new_file_its_creation(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = int(time.time())
    with Store.create(tmp_path / "new.journey") as store:
        assert before <= store.edited_at <= int(time.time()) + 1
        document = store.load()
        history = History(document, store)
        monkeypatch.setattr(time, "time", lambda: WHEN + 0.75)
        history.do(commands.update_project(document, title="Renamed"))
        assert store.edited_at == WHEN
        monkeypatch.setattr(time, "time", lambda: WHEN + 60)
        history.undo()
        assert store.edited_at == WHEN + 60
    with Store.open(tmp_path / "new.journey", read_only=True) as reader:
        assert reader.edited_at == WHEN + 60


def test_a_failed_edit_leaves_the_last_edit_time_alone(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.create(tmp_path / "p.journey") as store:
        document = store.load()
        history = History(document, store)
        monkeypatch.setattr(time, "time", lambda: WHEN)
        history.do(commands.update_project(document, title="One"))

        def broken(conn: sqlite3.Connection, at: float | None = None) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store_module, "stamp", broken)
        monkeypatch.setattr(time, "time", lambda: WHEN + 99)
        with pytest.raises(StoreError, match="The change was not made"):
            history.do(commands.update_project(document, title="Two"))
        assert store.edited_at == WHEN
    assert _raw(tmp_path / "p.journey", "SELECT title FROM project") == [("One",)]


@pytest.mark.parametrize("sql", ["DELETE FROM edited", "UPDATE edited SET at = -5",
                                 "UPDATE edited SET at = 999999999999"])
def test_a_missing_or_impossible_time_reads_as_unknown(tmp_path: Path, sql: str) -> None:
    path = tmp_path / "odd.journey"
    Store.create(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql)
        conn.commit()
    with Store.open(path, read_only=True) as store:
        assert store.edited_at is None
