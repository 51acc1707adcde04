"""Writing a dataset's rows in bulk: many rows per INSERT, rollups summed as the rows go by, one transaction.

A row here is a plain tuple ``(line, day, stage_id, card_id, channel, segment, metric, value)``
with ``day`` an ISO date text or None. ``write_batches`` takes the rows a batch at a time, so a
caller can report progress and stop between batches, and never holds more than one batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from itertools import chain
from operator import itemgetter

from journeydesk.i18n import t

ROWS_PER_INSERT = 512
# A larger page cache while the rows go in: fewer pages written out before the commit.
CACHE_KIB = 32_768
_METRIC = itemgetter(6)
# Groups summed in memory before they are set aside in a temporary table (a file with
# many distinct days × touchpoints × channels × segments must not fill the memory either).
MAX_GROUPS = 200_000

_COLUMNS = "dataset_id, line, day, stage_id, card_id, channel, segment, metric, value"
_ROLLUP_COLUMNS = ("dataset_id, day, stage_id, card_id, channel, segment, metric, "
                   "n, total, promoters, detractors, satisfied")


class ImportCancelled(Exception):
    """The person stopped the import; nothing was kept."""


class DatasetWriteError(Exception):
    """Rows could not be written (disk full, file locked…); nothing was kept."""


def _cancelled() -> ImportCancelled:
    return ImportCancelled(t("The import was cancelled; nothing was added."))


class Rollup:
    """Per group (day, stage, card, channel, segment, metric): n, total, promoters, detractors, satisfied.

    The same figures as ``GROUP BY`` over the written rows (COUNT, SUM(value), SUM(value >= 9),
    SUM(value <= 6), SUM(value >= 4)), each total summed in the order the rows came.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.groups: dict[tuple, list] = {}
        self.spilled = False

    def add(self, rows: Sequence[tuple]) -> None:
        groups = self.groups
        get = groups.get
        for row in rows:
            key = row[1:7]
            value = row[7]
            sums = get(key)
            if sums is None:
                groups[key] = [1, value, int(value >= 9), int(value <= 6), int(value >= 4)]
            else:
                sums[0] += 1
                sums[1] += value
                if value >= 9:
                    sums[2] += 1
                if value <= 6:
                    sums[3] += 1
                if value >= 4:
                    sums[4] += 1
        if len(groups) > MAX_GROUPS:
            self._spill()

    def _spill(self) -> None:
        if not self.spilled:
            self.conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS journeydesk_rollup_parts (day TEXT, stage_id TEXT, "
                "card_id TEXT, channel TEXT, segment TEXT, metric TEXT, n INTEGER, total REAL, "
                "promoters INTEGER, detractors INTEGER, satisfied INTEGER)")
            self.conn.execute("DELETE FROM temp.journeydesk_rollup_parts")
            self.spilled = True
        self.conn.executemany("INSERT INTO temp.journeydesk_rollup_parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              [(*key, *sums) for key, sums in self.groups.items()])
        self.groups = {}

    def write(self, dataset_id: str) -> None:
        """Insert the rollups of ``dataset_id``, in the order GROUP BY gives them."""
        if self.spilled:
            self._spill()
            self.conn.execute(
                f"INSERT INTO rollups ({_ROLLUP_COLUMNS}) "
                "SELECT ?, day, stage_id, card_id, channel, segment, metric, SUM(n), SUM(total), "
                "SUM(promoters), SUM(detractors), SUM(satisfied) FROM temp.journeydesk_rollup_parts "
                "GROUP BY day, stage_id, card_id, channel, segment, metric", (dataset_id,))
            self.conn.execute("DROP TABLE temp.journeydesk_rollup_parts")
            self.spilled = False
            return
        ordered = sorted(self.groups.items(), key=lambda item: tuple((v is not None, v) for v in item[0]))
        self.conn.executemany(f"INSERT INTO rollups ({_ROLLUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              [(dataset_id, *key, *sums) for key, sums in ordered])


class _Inserter:
    """INSERTs of ROWS_PER_INSERT rows at a time (one bound dataset id for all of them)."""

    def __init__(self, conn: sqlite3.Connection, dataset_id: str) -> None:
        self.conn = conn
        self.dataset_id = dataset_id
        self._statements: dict[int, str] = {}

    def _statement(self, rows: int) -> str:
        sql = self._statements.get(rows)
        if sql is None:
            values = ", ".join(["(?1, ?, ?, ?, ?, ?, ?, ?, ?)"] * rows)
            sql = self._statements[rows] = f"INSERT INTO observations ({_COLUMNS}) VALUES {values}"
        return sql

    def add(self, rows: Sequence[tuple]) -> None:
        flat = list(chain.from_iterable(rows))
        dataset_id = self.dataset_id
        size, start = ROWS_PER_INSERT, 0
        while start < len(flat):  # full statements, then the rest in halving sizes (few distinct SQL texts)
            width = 8 * size
            end = start + (len(flat) - start) // width * width
            if end > start:
                self.conn.executemany(self._statement(size),
                                      ([dataset_id, *flat[i:i + width]] for i in range(start, end, width)))
                start = end
            size //= 2


def write_batches(
    conn: sqlite3.Connection,
    dataset_id: str,
    batches: Iterable[Sequence[tuple]],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write every batch of rows and their rollups in one transaction; all or nothing.

    ``progress`` gets the rows written after each batch; ``cancelled`` is asked after each batch
    and before the rollups are written. Returns the row count.
    """
    written = 0
    cache = None
    try:
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM observations WHERE dataset_id = ?", (dataset_id,))
        conn.execute("DELETE FROM rollups WHERE dataset_id = ?", (dataset_id,))
        inserter = _Inserter(conn, dataset_id)
        rollup = Rollup(conn)
        for rows in batches:
            if rows:
                # One metric's rows together: the (dataset_id, metric) index then grows at one
                # place per metric instead of at all of them in turn (a stable sort: the rows of
                # a group keep their order, and with it the rollup's sums).
                rows = sorted(rows, key=_METRIC)
                inserter.add(rows)
                rollup.add(rows)
                written += len(rows)
            if progress is not None:
                progress(written)
            if cancelled is not None and cancelled():
                raise _cancelled()
        if cancelled is not None and cancelled():
            raise _cancelled()
        rollup.write(dataset_id)
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


__all__ = ["CACHE_KIB", "MAX_GROUPS", "ROWS_PER_INSERT", "DatasetWriteError", "ImportCancelled", "Rollup", "write_batches"]
