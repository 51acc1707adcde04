"""The .journey file: create, open and verify, load a Document, write each Edit through, copy."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from journeydesk.core.document import Change, Document, Edit, EditRefused
from journeydesk.core.entity import Entity
from journeydesk.core.model import ENTITY_TYPES, Dataset
from journeydesk.i18n import t
from journeydesk.store.bulk import (
    Batch,
    DatasetWriteError,
    Rollups,
    delete_rows,
    detached_datasets,
    write_batches,
)
from journeydesk.store.codec import RowError, TableCodec
from journeydesk.store.datasets import DatasetReader
from journeydesk.store.edited import last_edit, stamp
from journeydesk.store.filelock import FileLock
from journeydesk.store.files import (
    OPEN_FILES,
    FileRefused,
    identity,
    reason,
    regular_file,
    same_file,
)
from journeydesk.store.opening import (
    CheckedReader,
    StoreError,
    check_header,
    connect,
    damaged,
    unreadable,
    updated_in_memory,
    upgrade,
    verify,
    writable,
)
from journeydesk.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    migrate,
    query,
)
from journeydesk.store.sidecars import discard, remove_empty_sidecars, sidecar

CODECS: dict[type[Entity], TableCodec] = {cls: TableCodec(cls) for cls in ENTITY_TYPES}


@dataclass
class PendingImport:
    """An import whose rows are being written, in a transaction its Dataset's edit will commit."""

    dataset_id: str
    writing: bool = False
    more: list[str] = field(default_factory=list)  # other datasets whose rows go in the same transaction


class Store:
    """One open .journey file. Every edit written is in the file when ``write`` returns."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: FileLock,
                 read_only: bool, notice: str, key: tuple[int, int] = (-1, -1)) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self.read_only = read_only
        self.notice = notice
        self.key = key
        self._tidy_on_close = False
        self.backup: Path | None = None  # the file as it was, when opening updated its format
        self.older_format: int | None = None  # the file's format, when it is read as updated in memory
        self._import: PendingImport | None = None
        self.keeps_removed_rows = True
        self.purged_imports = 0  # removed imports whose rows were dropped since opening
        OPEN_FILES.add(key, lock, self, path.resolve())

    # ----- opening

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, overwrite: bool = False) -> Store:
        """Make a new, empty project file (built aside, then moved into place) and open it."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise StoreError(t("{path} already exists. Choose another name, or open it.", path=path))
        if not path.parent.is_dir():
            raise StoreError(t("Cannot create {path}: the folder {folder} does not exist.",
                               path=path, folder=path.parent))
        scratch = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            conn = sqlite3.connect(scratch, isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn, 0, SCHEMA_VERSION)
            finally:
                conn.close()
            os.replace(scratch, path)
        except (OSError, sqlite3.Error) as error:
            discard(scratch)
            raise StoreError(t("Cannot create {path}: {reason}. Choose a folder you can write to.",
                               path=path, reason=_reason(error))) from None
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Store:
        """Open a project; read-only (with ``notice`` saying why) when it cannot be edited here."""
        path = Path(path)
        try:
            key = identity(regular_file(path))
        except FileRefused as error:
            raise StoreError(str(error)) from None
        # Opened here already: share its lock handle (a second one would drop its locks when closed).
        shared = OPEN_FILES.lock_of(key)
        try:
            lock = shared or FileLock(path)
        except OSError as error:
            raise StoreError(t("Cannot read {path}: {reason}. Check the file's permissions.",
                               path=path, reason=_reason(error))) from None
        conn = None
        alone = False
        requested = read_only
        real = OPEN_FILES.path_of(key) or path.resolve()
        sidecars_existed = any(sidecar(real, suffix).exists() for suffix in ("-wal", "-shm"))
        try:
            held = lock.status()
            if identity(held) != key or not stat.S_ISREG(held.st_mode):
                raise StoreError(t("{path} was replaced while it was being opened; open it again.",
                                   path=path))
            check_header(path, lock.read_head(100))
            notice = ""
            alone = shared is None and lock.try_acquire()
            if not read_only and not alone:
                read_only = True
                notice = t("{path} is open in another JourneyDesk window, so it is opened "
                           "read-only here. Close it there to edit it here.", path=path)
            elif not read_only and not writable(path):
                read_only = True
                notice = t("{path} is read-only (file or folder permissions), so it is opened "
                           "read-only. Save a copy elsewhere to edit it.", path=path)
            try:
                conn = connect(path, real, read_only, alone)
                if requested:
                    # A reader sees one snapshot from here to close: its Document and every figure.
                    conn.execute("BEGIN")
            except (sqlite3.Error, UnicodeDecodeError) as error:
                raise unreadable(path, error) from None
            version = verify(conn, path)
            backup = None
            older_format = None
            if version < SCHEMA_VERSION and read_only:
                memory = updated_in_memory(conn, path, version)
                conn.close()
                conn = memory
                older_format = version
                notice = notice or t("{path} is in the file format of an earlier JourneyDesk ({version}); it "
                                     "is read as updated and left as it is. Open it in JourneyDesk to update "
                                     "the file.", path=path, version=version)
                if requested:
                    conn.execute("BEGIN")
            elif version < SCHEMA_VERSION:
                backup = upgrade(conn, path, version)
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            _give_up(conn, None if shared else lock, alone and not sidecars_existed, real)
            raise unreadable(path, error) from None
        except BaseException:
            _give_up(conn, None if shared else lock, alone and not sidecars_existed, real)
            raise
        store = cls(path, conn, lock, read_only, notice, key)
        store.backup = backup
        store.older_format = older_format
        store._tidy_on_close = read_only and alone and not sidecars_existed
        # Rows of imports removed in an earlier session: no undo can bring those back any more.
        store.purge_detached_rows()
        return store

    # ----- reading and writing

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one version of the file, whatever another process commits meanwhile."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def load(self) -> Document:
        """Every entity of the file as a Document, checked as if it were one big edit."""
        entities: list[Entity] = []
        try:
            with self.snapshot():
                for codec in CODECS.values():
                    entities.extend(codec.entity(row) for row in query(self.conn, codec.select_sql))
        except RowError as error:
            raise damaged(self.path, str(error)) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise unreadable(self.path, error) from None
        everything = Edit("load", tuple(Change(None, entity) for entity in entities))
        document = Document()
        try:
            document.check(everything, types_known=True)  # the codecs decoded each column to its kind
        except EditRefused as error:
            raise damaged(self.path, str(error)) from None
        document.apply(everything)
        return document

    def write(self, edit: Edit) -> None:
        """Store ``edit`` in one transaction; on failure the file is as it was.

        While an import's rows are pending (``begin_import``), the only edit accepted is the one
        adding that import's Dataset: it is written in the rows' transaction, which it commits.
        """
        if self.read_only:
            raise StoreError(self.notice or t("{path} is open read-only.", path=self.path))
        conn = self.conn
        pending = self._import
        if pending is not None:
            self._check_finishing(edit, pending)
        try:
            if pending is None:
                conn.execute("BEGIN IMMEDIATE")
            for change in edit.changes:
                codec = CODECS[type(change.entity)]
                if change.after is None:
                    conn.execute(codec.delete_sql, (change.entity.id,))
                    if isinstance(change.before, Dataset) and not self.keeps_removed_rows:
                        delete_rows(conn, [change.before.id])
                else:
                    conn.execute(codec.upsert_sql, codec.row(change.after))
            stamp(conn)
            conn.execute("COMMIT")
            self._import = None
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            advice = (t("free some disk space or save a copy elsewhere")
                      if isinstance(error, sqlite3.OperationalError) else t("please report this"))
            raise StoreError(t("Could not save “{label}” to {path}: {reason}. The change was not "
                               "made; {advice}.", label=edit.label, path=self.path,
                               reason=_reason(error), advice=advice)) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._import = None
            raise

    def _check_finishing(self, edit: Edit, pending: PendingImport) -> None:
        added = {c.after.id for c in edit.changes if isinstance(c.after, Dataset) and c.before is None}
        if pending.writing or not {pending.dataset_id, *pending.more} <= added:
            raise StoreError(t("Could not save “{label}” to {path}: an import is being written. Wait for it "
                               "to finish, or cancel it.", label=edit.label, path=self.path))

    # ----- imports: rows and their Dataset in one transaction

    def begin_import(self, dataset_id: str) -> PendingImport:
        """Open the transaction an import's rows go into; the edit adding its Dataset commits it.

        A crash or kill before that edit leaves the file as it was: no rows without their dataset.
        """
        if self.read_only:
            raise StoreError(self.notice or t("{path} is open read-only.", path=self.path))
        if self._import is not None:
            raise StoreError(t("Another import into {path} is being written; wait for it to finish.",
                               path=self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise DatasetWriteError(t("The data could not be saved ({reason}); nothing was added. Free "
                                      "some disk space and try again.", reason=_reason(error))) from None
        self._import = PendingImport(dataset_id)
        return self._import

    def write_import_rows(self, pending: PendingImport, batches: Iterable[Batch], rollups: Rollups, *,
                          progress: Callable[[int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None, dataset_id: str | None = None) -> int:
        """Write the rows of the pending import (see ``bulk.write_batches``); on failure the import is
        aborted.

        ``dataset_id`` files them under another dataset than the pending one; the finishing edit must add it
        too. """
        if self._import is not pending:
            raise StoreError(t("The import into {path} was stopped; nothing was added.", path=self.path))
        if dataset_id is not None and dataset_id != pending.dataset_id:
            pending.more.append(dataset_id)
        pending.writing = True
        try:
            written = write_batches(self.conn, dataset_id or pending.dataset_id, batches, rollups,
                                    progress=progress, cancelled=cancelled)
        except BaseException:
            self.abort_import()
            raise
        finally:
            pending.writing = False
        return written

    def abort_import(self) -> None:
        """Drop the pending import's rows (nothing of it stays in the file)."""
        if self._import is not None:
            self._import = None
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def purge_detached_rows(self) -> int:
        """Remove the rows of datasets no longer in the file (removed or replaced imports); returns how many
        rollups."""
        if self.read_only or self._import is not None:
            return 0
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            detached = detached_datasets(self.conn)
            removed = delete_rows(self.conn, detached)
            self.conn.execute("COMMIT")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            return 0
        self.purged_imports += len(detached)
        return removed

    @property
    def data(self) -> DatasetReader:
        """Sums of the imported data, for figures: nothing outside store/ touches the connection."""
        return CheckedReader(self.conn, self.path)

    @property
    def edited_at(self) -> int | None:
        """When the project was last edited (seconds since 1970, UTC); None when the file does not say."""
        try:
            with self.snapshot():
                return last_edit(self.conn)
        except sqlite3.DatabaseError as error:
            raise unreadable(self.path, error) from None

    def schema_version(self) -> int:
        """The format of the file on disk (an older file read as updated keeps its own)."""
        return self.older_format or query(self.conn, "PRAGMA user_version")[0][0]

    def integrity(self) -> tuple[list[str], int]:
        """What SQLite's full integrity check finds (``["ok"]`` when sound) and the rows of every table."""
        try:
            with self.snapshot():
                problems = [row[0] for row in query(self.conn, "PRAGMA integrity_check")]
                names = [row[0] for row in query(self.conn, "SELECT name FROM sqlite_master WHERE type = "
                                                            "'table' AND name NOT LIKE 'sqlite_%'")]
                rows = sum(query(self.conn, 'SELECT COUNT(*) FROM "{}"'.format(name.replace('"', '""')))[0][0]
                           for name in names)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise unreadable(self.path, error) from None
        return problems, rows

    def is_file(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` names this project's file (through any link or relative path)."""
        return same_file(path, self.key)

    def save_copy(self, destination: str | os.PathLike[str]) -> Path:
        """A consistent copy through SQLite's backup API, moved into place when complete."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve() or self.is_file(destination):
            raise StoreError(t("A copy cannot replace the open project {path}; choose another "
                               "name.", path=destination))
        if OPEN_FILES.holding(destination):
            raise StoreError(t("{path} is open in this window; choose another name.", path=destination))
        if destination.exists() and not destination.is_file():
            raise StoreError(t("{path} is not a file; choose another name.", path=destination))
        if destination.exists():
            try:
                holder = FileLock(destination)
            except OSError:
                holder = None
            if holder is not None:
                free = holder.try_acquire()
                holder.close()
                if not free:
                    raise StoreError(t("{path} is open in another JourneyDesk window; close it there "
                                       "or choose another name.", path=destination))
        scratch = destination.with_name(f".{destination.name}.{os.getpid()}.copying")
        try:
            target = sqlite3.connect(scratch)
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(scratch, destination)
        except (OSError, sqlite3.Error) as error:
            discard(scratch)
            raise StoreError(t("Could not save a copy to {path}: {reason}. Choose a folder you "
                               "can write to.", path=destination, reason=_reason(error))) from None
        return destination

    def close(self) -> None:
        if self.conn is not None:
            self.abort_import()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # a reader's snapshot
            self.purge_detached_rows()  # the undo history that could bring them back ends here
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            if self._tidy_on_close:
                remove_empty_sidecars(self.path.resolve())
        last = OPEN_FILES.release(self.key, self)
        if last is not None:
            last.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _give_up(conn: sqlite3.Connection | None, lock: FileLock | None, tidy: bool, real: Path) -> None:
    if conn is not None:
        conn.close()
    if tidy:
        remove_empty_sidecars(real)
    if lock is not None:
        lock.close()


_reason = reason
