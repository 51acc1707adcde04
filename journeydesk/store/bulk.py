"""Writing a dataset's rows in bulk: a rollup row per distinct key, each observation pointing at its rollup, one transaction.

An import hands over its rows a batch at a time as three columns: the rollup id of each value
(from ``Rollups.id_of``), the line it came from and the value. ``write_batches`` writes them
and then the rollups (one GROUP BY over the new rows), so a caller can report progress and stop between batches, and never holds more
than one batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from itertools import chain

from journeydesk.i18n import t

# A larger page cache while the rows go in: fewer pages written out before the commit.
CACHE_KIB = 32_768
# Keys kept in memory; past this they are set aside in the file and later rows start new ids
# (a file with a distinct key on nearly every row must not fill the memory). A key can then
# have more than one rollup row: readers always sum them.
MAX_GROUPS = 200_000

ROWS_PER_INSERT = 256
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
    """The rollup keys of one import: an id for each distinct key as first seen.

    The sums (n, total, promoters: value ≥ 9, detractors: ≤ 6, satisfied: ≥ 4) are the GROUP BY
    of the written rows, summed once at the end. ``epoch`` grows each time the keys so far are set
    aside in the file to bound memory; ids given before then are not given again, so a caller
    caching ids must drop them when it changes.
    """

    def __init__(self) -> None:
        self.next_id = 1
        self.ids: dict[RollupKey, int] = {}
        self.keys: dict[int, RollupKey] = {}
        self.epoch = 0

    def start(self, conn: sqlite3.Connection) -> None:
        """Number ids after the rollups already in the file (inside the import's transaction)."""
        self.next_id = 1 + conn.execute("SELECT COALESCE(MAX(id), 0) FROM rollups").fetchone()[0]
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS journeydesk_rollup_keys (id INTEGER PRIMARY KEY, day TEXT, "
                     "stage_id TEXT, card_id TEXT, channel TEXT, segment TEXT, metric TEXT)")
        conn.execute("DELETE FROM temp.journeydesk_rollup_keys")

    def id_of(self, key: RollupKey) -> int:
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = self.next_id
            self.keys[found] = key
            self.next_id += 1
        return found

    def metric_of(self, rollup_id: int) -> str:
        return self.keys[rollup_id][5]

    def bound(self, conn: sqlite3.Connection | None) -> None:
        """Set the keys so far aside (in the file, when there is a connection) if too many are kept."""
        if len(self.ids) > MAX_GROUPS:
            if conn is not None:
                self._set_aside(conn)
            self.ids, self.keys = {}, {}
            self.epoch += 1

    def _set_aside(self, conn: sqlite3.Connection) -> None:
        conn.executemany("INSERT INTO temp.journeydesk_rollup_keys VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(rollup_id, *key) for rollup_id, key in self.keys.items()])

    def write(self, conn: sqlite3.Connection, dataset_id: str, first_row: int) -> None:
        """The rollups of the rows from rowid ``first_row`` on, one per key id."""
        self._set_aside(conn)
        conn.execute(
            f"INSERT INTO rollups ({_ROLLUP_COLUMNS}) "
            "SELECT k.id, ?, k.day, k.stage_id, k.card_id, k.channel, k.segment, k.metric, g.n, g.total, "
            "g.promoters, g.detractors, g.satisfied FROM (SELECT rollup_id, COUNT(*) AS n, SUM(value) AS total, "
            "SUM(value >= 9) AS promoters, SUM(value <= 6) AS detractors, SUM(value >= 4) AS satisfied "
            "FROM observations WHERE rowid >= ? GROUP BY rollup_id) AS g "
            "JOIN temp.journeydesk_rollup_keys AS k ON k.id = g.rollup_id ORDER BY k.id", (dataset_id, first_row))
        conn.execute("DELETE FROM temp.journeydesk_rollup_keys")


def _insert(conn: sqlite3.Connection, ids: Sequence[int], lines: Sequence[int], values: Sequence[float]) -> None:
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
    """Write every batch of rows and their rollups in one transaction; all or nothing.

    ``batches`` must give out rollup ids only once it is iterated (after ``rollups.start``).
    ``progress`` gets the rows written after each batch; ``cancelled`` is asked after each batch
    and before the rollups are written. Returns the row count.
    """
    written = 0
    cache = None
    first_row = 0
    try:
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        rollups.start(conn)
        first_row = 1 + conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM observations").fetchone()[0]
        for ids, lines, values in batches:
            if ids:
                _insert(conn, ids, lines, values)
                rollups.bound(conn)
                written += len(ids)
            if progress is not None:
                progress(written)
            if cancelled is not None and cancelled():
                raise _cancelled()
        if cancelled is not None and cancelled():
            raise _cancelled()
        rollups.write(conn, dataset_id, first_row)
        conn.execute("COMMIT")
    except ImportCancelled:
        conn.execute("ROLLBACK")
        raise
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise DatasetWriteError(t("The data could not be saved ({reason}); nothing was added. Free "
                                  "some disk space and try again.", reason=error)) from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if cache is not None:
            with suppress(sqlite3.Error):
                conn.execute(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(written)
    return written


__all__ = ["CACHE_KIB", "MAX_GROUPS", "ROWS_PER_INSERT", "Batch", "DatasetWriteError", "ImportCancelled", "Rollups", "write_batches"]
