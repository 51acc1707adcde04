"""Compacting a project: drop what nothing refers to, rebuild the file on a copy, check the copy, put it in
place."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from journeydesk.core.document import Document
from journeydesk.core.model import ENTITY_TYPES, Image
from journeydesk.i18n import t
from journeydesk.store.codec import RowError
from journeydesk.store.files import disk_full_message, disk_is_full
from journeydesk.store.schema import query
from journeydesk.store.store import CODECS, Store, StoreError, verify

# Share of the file that is garbage above which the app offers to compact on close.
WORTH_COMPACTING = 0.25
WORTH_ASKING = 1 << 20
# Without SQLite's dbstat table, what a stored value and a rollup row take, roughly.
_BYTES_PER_VALUE = 24
_BYTES_PER_ROLLUP = 100


@dataclass(frozen=True, slots=True)
class Compacted:
    """What compacting did: the file's size before and after, and what it dropped."""

    path: Path
    before: int
    after: int
    images: int
    imports: int


def _image_references() -> list[str]:
    return [f"SELECT {name} FROM {cls.table} WHERE {name} IS NOT NULL"
            for cls in ENTITY_TYPES for name, target in cls.refs.items() if target is Image]


def _unused_images() -> str:
    return f"FROM images WHERE id NOT IN ({' UNION '.join(_image_references())})"


def garbage_bytes(store: Store) -> tuple[int, int]:
    """(bytes compacting would free, bytes of the file): free pages, unused images, rows of removed
    imports."""
    try:
        return _garbage_bytes(store)
    except sqlite3.Error:
        return 0, 0


def _garbage_bytes(store: Store) -> tuple[int, int]:
    conn = store.conn
    with store.snapshot():
        page = query(conn, "PRAGMA page_size")[0][0]
        total = query(conn, "PRAGMA page_count")[0][0] * page
        free = query(conn, "PRAGMA freelist_count")[0][0] * page
        images = query(conn, f"SELECT COALESCE(SUM(LENGTH(data)), 0) {_unused_images()}")[0][0]
        rows = query(conn, "SELECT COUNT(*), COALESCE(SUM(n), 0) FROM rollups WHERE dataset_id NOT IN "
                           "(SELECT id FROM datasets)")[0]
    return min(total, free + images + rows[0] * _BYTES_PER_ROLLUP + rows[1] * _BYTES_PER_VALUE), total


def worth_compacting(store: Store) -> bool:
    """Whether over a quarter of the file, and over a megabyte, is garbage (less is not worth asking
    about)."""
    garbage, total = garbage_bytes(store)
    return garbage > WORTH_ASKING and garbage / total > WORTH_COMPACTING


def compact(path: str | os.PathLike[str]) -> Compacted:
    """Compact the project at ``path``; on any failure, or a kill at any moment, the file stays whole."""
    path = Path(path)
    before = _size(path) if path.is_file() else 0
    store = Store.open(path)
    try:
        if store.read_only:
            raise StoreError(t("{path} cannot be compacted now: {reason}", path=path,
                               reason=store.notice or t("it is read-only.")))
        return _compact(store, before)
    finally:
        store.close()


def _size(path: Path) -> int:
    path = path.resolve()
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _compact(store: Store, before: int) -> Compacted:
    path, conn = store.path, store.conn
    real = path.resolve()
    scratch = real.with_name(f".{real.name}.compacting")
    _discard(scratch)  # left by a compaction that was stopped; we hold the file's lock
    store.load()  # a damaged file is refused before anything in it changes
    store.purge_detached_rows()
    try:
        conn.execute("BEGIN IMMEDIATE")
        images = conn.execute(f"DELETE {_unused_images()}").rowcount
        conn.execute("COMMIT")
        expected = store.load()
        counts = _row_counts(conn)
        conn.execute("VACUUM INTO ?", (str(scratch),))
        _sync(scratch)
        _check_copy(scratch, path, expected, counts)
        # Leaving WAL mode needs the file to ourselves: no other program may be reading it when
        # it is replaced, or its -wal and -shm files would be taken for the new file's.
        conn.execute("PRAGMA journal_mode = DELETE")
        if query(conn, "PRAGMA journal_mode")[0][0].lower() != "delete":
            raise StoreError(t("{path} is being read by another program; close it there and compact "
                               "again.", path=path))
        os.replace(scratch, real)
        # The connection now holds the old file: closing it must not write anything.
        store.read_only = True
        _sync_folder(real.parent)
    except OSError as error:
        _discard(scratch)
        raise StoreError(t("{path} could not be compacted ({reason}); it was left as it was.",
                           path=path, reason=error.strerror or error)) from None
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _discard(scratch)
        if disk_is_full(path):
            raise StoreError(disk_full_message(path)) from None
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise StoreError(t("{path} is being read by another program; close it there and compact "
                               "again.", path=path)) from None
        raise StoreError(t("{path} could not be compacted ({reason}); it was left as it was.",
                           path=path, reason=error)) from None
    except BaseException:
        _discard(scratch)
        raise
    return Compacted(path, before, real.stat().st_size, images, store.purged_imports)


def _discard(scratch: Path) -> None:
    for name in (scratch, scratch.with_name(scratch.name + "-journal")):
        name.unlink(missing_ok=True)


def _row_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    return (query(conn, "SELECT COUNT(*) FROM observations")[0][0],
            query(conn, "SELECT COUNT(*) FROM rollups")[0][0])


def _check_copy(scratch: Path, path: Path, expected: Document, counts: tuple[int, int]) -> None:
    """The copy must be sound and hold exactly what the project holds, or nothing is replaced."""
    conn = sqlite3.connect(scratch.as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        verify(conn, path)
        entities = {}
        for codec in CODECS.values():
            for row in query(conn, codec.select_sql):
                entity = codec.entity(row)
                entities[entity.id] = entity
        sound = [row[0] for row in query(conn, "PRAGMA integrity_check")] == ["ok"]
        if not sound or entities != expected.snapshot() or _row_counts(conn) != counts:
            raise StoreError(t("The compacted copy of {path} was not the same as the project; the project "
                               "was left as it was.", path=path))
    except RowError as error:
        raise StoreError(t("The compacted copy of {path} was not the same as the project ({reason}); the "
                           "project was left as it was.", path=path, reason=error)) from None
    finally:
        conn.close()


def _sync(path: Path) -> None:
    """VACUUM INTO does not sync what it writes; the copy must be on disk before it replaces the file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["WORTH_ASKING", "WORTH_COMPACTING", "Compacted", "compact", "garbage_bytes", "worth_compacting"]
