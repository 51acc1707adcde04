"""Writing a dataset's rows in bulk: a rollup row per distinct key, each observation pointing at its rollup,
one transaction.

An import hands over its rows a batch at a time as three columns: the rollup id of each value
(from ``Rollups.id_of``), the line it came from and the value. ``write_batches`` writes them,
sums them into their rollups, and writes the rollups at the end, so a caller can report progress and stop
between batches, and never holds more than one batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from itertools import chain

from journeydesk.i18n import t

# A larger page cache while the rows go in: fewer pages written out before the commit.
CACHE_KIB = 32_768
# Keys kept in memory; past this their rollups are written and later rows start new ids
# (a file with a distinct key on nearly every row must not fill the memory). A key can then
# have more than one rollup row: readers always sum them.
MAX_GROUPS = 200_000

ROWS_PER_INSERT = 512
_ONE = "INSERT INTO observations (rollup_id, line, value) VALUES (?, ?, ?)"
_MANY = _ONE[:_ONE.index("(?")] + ", ".join(["(?, ?, ?)"] * ROWS_PER_INSERT)
RollupKey = tuple  # (day ISO text or None, stage_id or None, card_id or None, channel, segment, metric)
Batch = tuple[Sequence[int], Sequence[int], Sequence[float]]  # rollup ids, lines, values

_ROLLUP_COLUMNS = ("id, dataset_id, day, stage_id, card_id, channel, segment, metric, "
                   "n, total, promoters, detractors, satisfied")


class ImportCancelled(Exception):
    """The person stopped the import; nothing was kept."""


class DatasetWriteError(Exception):
    """Rows could not be written (disk full, file locked…); nothing was kept."""


def _cancelled() -> ImportCancelled:
    return ImportCancelled(t("The import was cancelled; nothing was added."))


class Rollups:
    """The rollups of one import: an id for each distinct key as first seen, and its sums.

    Sums per id: n, total (summed in the order the rows came), promoters (value ≥ 9), detractors
    (≤ 6) and satisfied (≥ 4), the figures of a GROUP BY over the rows. They are added up a batch
    at a time with numpy's ``bincount`` (numpy comes with pyqtgraph). ``epoch`` grows each time
    the rollups so far are written out to bound memory; ids given before then are not given
    again, so a caller caching ids must drop them when it changes.
    """

    def __init__(self) -> None:
        self.next_id = self.base = 1
        self.ids: dict[RollupKey, int] = {}
        self.keys: dict[int, RollupKey] = {}
        self.epoch = 0
        self._sums: list = []  # n, total, promoters, detractors, satisfied: arrays indexed by id - base

    def start(self, conn: sqlite3.Connection) -> None:
        """Number ids after the rollups already in the file (inside the import's transaction)."""
        self.next_id = self.base = 1 + conn.execute("SELECT COALESCE(MAX(id), 0) FROM rollups").fetchone()[0]

    def id_of(self, key: RollupKey) -> int:
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = self.next_id
            self.keys[found] = key
            self.next_id += 1
        return found

    def metric_of(self, rollup_id: int) -> str:
        return self.keys[rollup_id][5]

    def add(self, ids: Sequence[int], values: Sequence[float]) -> None:
        """Count in the values of a batch (``ids[i]`` is the rollup of ``values[i]``)."""
        import numpy as np

        size = self.next_id - self.base
        if not self._sums or len(self._sums[0]) < size:
            grown = [np.zeros(max(size, 2 * len(self._sums[0]) if self._sums else 1024), dtype)
                     for dtype in (np.int64, np.float64, np.int64, np.int64, np.int64)]
            for old, new in zip(self._sums, grown, strict=False):
                new[:len(old)] = old
            self._sums = grown
        index = np.array(ids, dtype=np.int64) - self.base
        value = np.array(values, dtype=np.float64)
        n, total, promoters, detractors, satisfied = self._sums
        n[:size] += np.bincount(index, minlength=size)
        total[:size] += np.bincount(index, weights=value, minlength=size)
        for sums, chosen in ((promoters, value >= 9), (detractors, value <= 6), (satisfied, value >= 4)):
            sums[:size] += np.bincount(index[chosen], minlength=size)

    def bound(self, conn: sqlite3.Connection | None, dataset_id: str) -> None:
        """Write out the rollups so far (when there is a connection) if too many keys are kept."""
        if len(self.ids) > MAX_GROUPS:
            if conn is not None:
                self.write(conn, dataset_id)
            self.ids, self.keys, self._sums = {}, {}, []
            self.base = self.next_id
            self.epoch += 1

    def write(self, conn: sqlite3.Connection, dataset_id: str) -> None:
        """Insert a row per id that has values."""
        if not self._sums:
            return
        n, total, promoters, detractors, satisfied = (sums.tolist() for sums in self._sums)
        rows = [(rollup_id, dataset_id, *key, n[at], total[at], promoters[at], detractors[at], satisfied[at])
                for rollup_id, key in self.keys.items() if n[at := rollup_id - self.base]]
        conn.executemany(
            f"INSERT INTO rollups ({_ROLLUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows)


def _insert(conn: sqlite3.Connection, ids: Sequence[int], lines: Sequence[int],
            values: Sequence[float]) -> None:
    """INSERT ROWS_PER_INSERT rows at a time (half the time of one row per statement), then the rest."""
    flat = list(chain.from_iterable(zip(ids, lines, values, strict=True)))
    width = 3 * ROWS_PER_INSERT
    end = len(flat) // width * width
    if end:
        conn.executemany(_MANY, (flat[low:low + width] for low in range(0, end, width)))
    if end < len(flat):
        rest = iter(flat[end:])
        conn.executemany(_ONE, zip(rest, rest, rest, strict=True))


def write_batches(
    conn: sqlite3.Connection,
    dataset_id: str,
    batches: Iterable[Batch],
    rollups: Rollups,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write every batch of rows and their rollups inside the caller's open transaction.

    ``batches`` must give out rollup ids only once it is iterated (after ``rollups.start``).
    ``progress`` gets the rows written after each batch; ``cancelled`` is asked after each batch
    and before the rollups are written. Returns the row count. On any failure the caller rolls
    the transaction back, so nothing is kept.
    """
    if not conn.in_transaction:
        raise RuntimeError("write_batches needs an open transaction")
    written = 0
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    try:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        rollups.start(conn)
        for ids, lines, values in batches:
            if ids:
                _insert(conn, ids, lines, values)
                rollups.add(ids, values)
                rollups.bound(conn, dataset_id)
                written += len(ids)
            if progress is not None:
                progress(written)
            if cancelled is not None and cancelled():
                raise _cancelled()
        if cancelled is not None and cancelled():
            raise _cancelled()
        rollups.write(conn, dataset_id)
    except sqlite3.Error as error:
        raise DatasetWriteError(t("The data could not be saved ({reason}); nothing was added. Free "
                                  "some disk space and try again.", reason=error)) from None
    finally:
        with suppress(sqlite3.Error):
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(written)
    return written


def detached_datasets(conn: sqlite3.Connection) -> list[str]:
    """Ids that rows are filed under but no dataset has: removed or replaced imports."""
    rows = conn.execute("SELECT DISTINCT dataset_id FROM rollups WHERE dataset_id NOT IN "
                        "(SELECT id FROM datasets)").fetchall()
    return [row[0] for row in rows]


def delete_rows(conn: sqlite3.Connection, dataset_ids: Sequence[str]) -> int:
    """Delete the rows and rollups of ``dataset_ids`` (inside the caller's transaction); returns the rollups
    removed."""
    if not dataset_ids:
        return 0
    marks = ", ".join("?" for _ in dataset_ids)
    conn.execute(
        f"DELETE FROM observations WHERE rollup_id IN (SELECT id FROM rollups WHERE dataset_id IN ({marks}))",
                 tuple(dataset_ids))
    return conn.execute(f"DELETE FROM rollups WHERE dataset_id IN ({marks})", tuple(dataset_ids)).rowcount


__all__ = ["CACHE_KIB", "MAX_GROUPS", "ROWS_PER_INSERT", "Batch", "DatasetWriteError", "ImportCancelled",
           "Rollups", "delete_rows", "detached_datasets", "write_batches"]
