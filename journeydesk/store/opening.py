"""Opening a .journey file safely: the header and schema checks, the connection, the upgrade of older
formats."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from journeydesk.i18n import t
from journeydesk.store.datasets import DatasetReader, Group
from journeydesk.store.edited import stamp
from journeydesk.store.files import disk_full_message, disk_is_full
from journeydesk.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    expected_shapes,
    foreign_objects,
    migrate,
    query,
    table_shapes,
)
from journeydesk.store.sidecars import sidecar

SQLITE_MAGIC = b"SQLite format 3\x00"

class StoreError(Exception):
    """A problem with a project file, worded as one line for the person using the app."""


def damaged(path: Path, detail: str) -> StoreError:
    detail = " ".join(detail.split()).rstrip(".")
    if len(detail) > 200:
        detail = detail[:199] + "…"
    return StoreError(t("{path} is damaged ({detail}). Open a backup or an earlier copy.",
                        path=path, detail=detail))


def check_header(path: Path, head: bytes) -> None:
    """Refuse what is plainly not ours from the first 100 bytes, before SQLite sees it."""
    if not head:
        raise StoreError(t("{path} is empty, not a JourneyDesk project. Choose a .journey file.",
                           path=path))
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise StoreError(t("{path} is not a JourneyDesk project (it is not an SQLite file). "
                           "Choose a .journey file.", path=path))
    if len(head) < 100:
        raise damaged(path, t("the file is cut short"))
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise StoreError(t("{path} is an SQLite database of another program, not a JourneyDesk "
                           "project. Choose a .journey file.", path=path))
    _check_version(path, int.from_bytes(head[60:64], "big", signed=True))


def _check_version(path: Path, version: int) -> None:
    if version < 0:
        raise damaged(path, t("its file format number {version} is not one JourneyDesk writes",
                               version=version))
    if version > SCHEMA_VERSION:
        raise StoreError(t("{path} was saved by a newer JourneyDesk (file format {version}; this "
                           "version reads up to {supported}). Update JourneyDesk to open it.",
                           path=path, version=version, supported=SCHEMA_VERSION))


def writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect(path: Path, real: Path, read_only: bool, alone: bool) -> sqlite3.Connection:
    """A connection to ``real``, the one name this process opens ``path`` by."""
    base = real.as_uri()
    wal = sidecar(real, "-wal")
    if read_only and alone and not _has_frames(wal):
        # No other process has the file, and every change is in the main file: read it as
        # immutable, so SQLite neither locks nor makes and maps the -shm file (see docs/architecture.md).
        return _connect_uri(base + "?immutable=1")
    if (alone or not sidecar(real, "-shm").exists()) and disk_is_full(path):
        raise StoreError(disk_full_message(path))
    try:
        return _connect_uri(base + ("?mode=ro" if read_only else "?mode=rw"))
    except sqlite3.OperationalError:
        if disk_is_full(path):
            raise StoreError(disk_full_message(path)) from None
        if not read_only:
            raise
        if _has_frames(wal):
            raise StoreError(t("{path} has recent changes in {wal} that cannot be read from this "
                               "read-only folder. Copy both files to a folder you can write to and "
                               "open the copy.", path=path, wal=wal.name)) from None
        # A file whose every change is in the main file can be read as immutable even
        # from a folder where SQLite cannot make its shared-memory index.
        return _connect_uri(base + "?immutable=1")


def _has_frames(wal: Path) -> bool:
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def unreadable(path: Path, error: BaseException) -> StoreError:
    """A read that failed: a full disk said as such, anything else as damage."""
    if isinstance(error, sqlite3.OperationalError) and disk_is_full(path):
        return StoreError(disk_full_message(path))
    return damaged(path, str(error))


def _connect_uri(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        query(conn, "PRAGMA user_version")
    except BaseException:
        conn.close()
        raise
    return conn


def verify(conn: sqlite3.Connection, path: Path) -> int:
    """Check identity, version, schema shape and integrity; returns the file's version."""
    try:
        if query(conn, "PRAGMA application_id")[0][0] != APPLICATION_ID:
            raise StoreError(t("{path} is an SQLite database of another program, not a JourneyDesk "
                               "project. Choose a .journey file.", path=path))
        version = query(conn, "PRAGMA user_version")[0][0]
        _check_version(path, version)
        if version < 1:
            raise damaged(path, t("it has no project tables"))
        foreign = foreign_objects(conn)
        if foreign:
            raise StoreError(t("{path} holds triggers or views that JourneyDesk did not make ({names}); "
                               "another program changed it. It is not opened, for safety; "
                               "remove them with the sqlite3 tool or open a copy you trust.",
                               path=path, names=", ".join(foreign)))
        shapes = table_shapes(conn)
        for table, shape in expected_shapes(version).items():
            if shapes.get(table) != shape:
                raise damaged(path, t("the table {name} is missing or changed", name=table))
        problems = [row[0] for row in query(conn, "PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise damaged(path, "; ".join(problems))
        if query(conn, "PRAGMA foreign_key_check"):
            raise damaged(path, t("some entries refer to entries that do not exist"))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise unreadable(path, error) from None
    return version


class CheckedReader(DatasetReader):
    """A DatasetReader whose failures (a damaged file, sums that overflow) are StoreErrors naming the file."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn)
        self._path = path

    def metrics(self, dataset_ids: Sequence[str]) -> list[str]:
        try:
            return super().metrics(dataset_ids)
        except (sqlite3.DatabaseError, UnicodeDecodeError, OverflowError, ValueError) as error:
            raise unreadable(self._path, error) from None

    def sums(self, *args: Any, **kwargs: Any) -> list[tuple[tuple, Group]]:
        try:
            return super().sums(*args, **kwargs)
        except (sqlite3.DatabaseError, UnicodeDecodeError, OverflowError, ValueError) as error:
            raise unreadable(self._path, error) from None

    def rows(self, dataset_id: str) -> list[tuple]:
        try:
            return super().rows(dataset_id)
        except (sqlite3.DatabaseError, UnicodeDecodeError, OverflowError, ValueError) as error:
            raise unreadable(self._path, error) from None


def upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Keep a copy of the old file, then climb the migration ladder; returns the copy's path."""
    modified = path.stat().st_mtime
    backup = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}.v{version}.{counter}.bak")
    target = sqlite3.connect(backup)
    try:
        conn.backup(target)
    finally:
        target.close()
    try:
        _climb(conn, version, modified)
    except sqlite3.Error as error:
        raise StoreError(t("{path} could not be updated to the current file format ({reason}). "
                           "It was left as it was; a copy is in {backup}.", path=path,
                           reason=error, backup=backup.name)) from None
    return backup


def updated_in_memory(conn: sqlite3.Connection, path: Path, version: int) -> sqlite3.Connection:
    """An in-memory copy of an older file climbed to the current format, for reading it where it is not to
    be written (a reading command, a read-only folder): the file itself stays as it is."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
        memory.execute("PRAGMA trusted_schema = OFF")
        _climb(memory, version, path.stat().st_mtime)
    except sqlite3.Error as error:
        memory.close()
        raise StoreError(t("{path} is in the file format of an earlier JourneyDesk and could not be read as "
                           "updated ({reason}). Open it in JourneyDesk, in a folder you can write to, to "
                           "update it.", path=path, reason=error)) from None
    return memory


def _climb(conn: sqlite3.Connection, version: int, modified: float) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    migrate(conn, version, SCHEMA_VERSION)
    if version < 4:  # the file's own time is the best record of its last edit it has
        conn.execute("BEGIN IMMEDIATE")
        stamp(conn, modified)
        conn.execute("COMMIT")
