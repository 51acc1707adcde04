"""Imported metric rows: the row type the import writes, and the reader that sums their rollups for figures.

A key can have more than one rollup row (see ``bulk.MAX_GROUPS``), so every query sums them.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from journeydesk.store.bulk import DatasetWriteError, ImportCancelled
from journeydesk.store.schema import query

CHUNK = 5_000
Column = Literal["dataset_id", "day", "stage_id", "card_id", "channel", "segment"]
COLUMNS: tuple[str, ...] = ("dataset_id", "day", "stage_id", "card_id", "channel", "segment")
_SUMS = "SUM(n), SUM(total), SUM(promoters), SUM(detractors), SUM(satisfied)"


@dataclass(frozen=True, slots=True)
class Observation:
    """One value of one metric, tied to the map where the data said so."""

    line: int
    day: date | None
    stage_id: str | None
    card_id: str | None
    channel: str
    segment: str
    metric: str
    value: float


@dataclass(frozen=True, slots=True)
class Group:
    """Rollup sums for one group: enough to compute NPS, CSAT %, means and counts exactly."""

    key: str
    n: int
    total: float
    promoters: int
    detractors: int
    satisfied: int

    @property
    def mean(self) -> float | None:
        return self.total / self.n if self.n else None

    @classmethod
    def merged(cls, groups: Iterable[Group], key: str = "") -> Group:
        """The sums of several groups as one (totals added exactly with ``math.fsum``)."""
        found = list(groups)
        return cls(key, sum(g.n for g in found), math.fsum(g.total for g in found),
                   sum(g.promoters for g in found), sum(g.detractors for g in found),
                   sum(g.satisfied for g in found))


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


class DatasetReader:
    """Read-only sums over the rollups of imported datasets: the only way figures reach the file."""

    def __init__(self, conn: sqlite3.Connection, *, owned: bool = False) -> None:
        self._conn = conn
        self._owned = owned

    @classmethod
    def open(cls, path: str | Path | None) -> DatasetReader | None:
        """A reader with its own read-only connection to the project file, for use on another thread
        (None without a file, or when the file cannot be read). ``close()`` it when done."""
        if path is None:
            return None
        base = Path(path).resolve().as_uri()
        for mode in ("?mode=ro", "?immutable=1"):
            try:
                conn = sqlite3.connect(base + mode, uri=True, isolation_level=None)
            except sqlite3.Error:
                continue
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                query(conn, "PRAGMA user_version")
                return cls(conn, owned=True)
            except sqlite3.Error:
                conn.close()
        return None

    def close(self) -> None:
        """Close the connection if this reader opened it (a Store's own connection stays open)."""
        if self._owned:
            self._conn.close()

    def metrics(self, dataset_ids: Sequence[str]) -> list[str]:
        """The metric names present in the given datasets, sorted."""
        if not dataset_ids:
            return []
        rows = query(self._conn, f"SELECT DISTINCT metric FROM rollups WHERE dataset_id IN "
                                 f"({_marks(dataset_ids)}) "
                                 "ORDER BY metric", tuple(dataset_ids))
        return [row[0] for row in rows]

    def sums(self, dataset_ids: Sequence[str], metric: str, by: Sequence[Column] = (), *,
             card_ids: Sequence[str] | None = None, stage_ids: Sequence[str] | None = None,
             without_card: bool = False, dated: bool = False) -> list[tuple[tuple, Group]]:
        """Sums of ``metric`` over the datasets, one per distinct combination of the ``by`` columns.

        When ``card_ids`` or ``stage_ids`` is given, only rows whose touchpoint or stage is among them
        count, and with ``without_card`` also the rows naming no touchpoint; ``dated`` keeps rows with a day.
        Each result is (the ``by`` values, NULL as None; the sums), ordered by the ``by`` values.
        """
        if not dataset_ids:
            return []
        names = [_column(column) for column in by]
        where = [f"dataset_id IN ({_marks(dataset_ids)})", "metric = ?"]
        params: list[object] = [*dataset_ids, metric]
        either = []
        for name, wanted in (("card_id", card_ids), ("stage_id", stage_ids)):
            if wanted is not None:
                either.append(f"{name} IN ({_marks(wanted)})" if wanted else "0")
                params += wanted
        if either and without_card:
            either.append("card_id IS NULL")
        if either:
            where.append("(" + " OR ".join(either) + ")")
        if dated:
            where.append("day IS NOT NULL")
        keys = ", ".join(names)
        grouping = f" GROUP BY {keys} ORDER BY {keys}" if names else ""
        rows = query(self._conn, f"SELECT {keys + ', ' if names else ''}{_SUMS} FROM rollups "
                                 f"WHERE {' AND '.join(where)}{grouping}", tuple(params))
        width = len(names)
        return [(tuple(row[:width]), Group("", int(row[width]), float(row[width + 1]), int(row[width + 2]),
                                           int(row[width + 3]), int(row[width + 4])))
                for row in rows if row[width] is not None]


    def rows(self, dataset_id: str) -> list[tuple]:
        """Every value of a dataset with its keys: (line, day, stage id, card id, channel, segment, metric,
        value), in one fixed order (by line, then metric and keys), so the same data always reads the same."""
        return [tuple(row) for row in query(
            self._conn, "SELECT line, day, stage_id, card_id, channel, segment, metric, value FROM "
                        "observations JOIN rollups ON rollups.id = rollup_id WHERE dataset_id = ? ORDER BY "
                        "line, metric, day, stage_id, card_id, channel, segment, value", (dataset_id,))]


def _column(column: str) -> str:
    if column not in COLUMNS:
        raise ValueError(f"{column!r} is not one of {', '.join(COLUMNS)}")
    return column



__all__ = ["CHUNK", "COLUMNS", "Column", "DatasetReader", "DatasetWriteError", "Group", "ImportCancelled",
           "Observation"]
