"""Imported metric rows: bulk writing with rollups, and the aggregates that charts and reports ask for.

A key can have more than one rollup row (see ``bulk.MAX_GROUPS``), so every query sums them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from journeydesk.i18n import t
from journeydesk.store.bulk import DatasetWriteError, ImportCancelled
from journeydesk.store.schema import query

CHUNK = 5_000
Grouping = Literal["touchpoint", "stage", "channel", "segment", "day", "week", "month", "all"]
GROUPINGS: tuple[str, ...] = ("touchpoint", "stage", "channel", "segment", "day", "week", "month", "all")


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


_KEYS = {"touchpoint": "card_id", "stage": "stage_id", "channel": "channel", "segment": "segment",
         "day": "day", "week": "day", "month": "day", "all": "''"}


def aggregate(conn: sqlite3.Connection, dataset_ids: Sequence[str], metric: str,
              by: Grouping = "all") -> list[Group]:
    """Sums of ``metric`` over the given datasets, grouped ``by``; weeks start on Monday."""
    if by not in _KEYS:
        raise ValueError(t("Cannot group by '{by}'; choose one of: {choices}.", by=by,
                           choices=", ".join(GROUPINGS)))
    if not dataset_ids:
        return []
    marks = ", ".join("?" for _ in dataset_ids)
    key = _KEYS[by]
    rows = conn.execute(
        f"SELECT {key}, SUM(n), SUM(total), SUM(promoters), SUM(detractors), SUM(satisfied) "
        f"FROM rollups WHERE dataset_id IN ({marks}) AND metric = ? AND {key} IS NOT NULL "
        f"GROUP BY {key} ORDER BY {key}",
        (*dataset_ids, metric),
    ).fetchall()
    groups = [Group(str(k), int(n), float(total), int(p), int(d), int(s)) for k, n, total, p, d, s in rows]
    if by in ("week", "month"):
        groups = _regroup(groups, by)
    return groups


def _regroup(groups: list[Group], by: str) -> list[Group]:
    merged: dict[str, list[int | float]] = {}
    for group in groups:
        day = date.fromisoformat(group.key)
        start = day - timedelta(days=day.weekday()) if by == "week" else day.replace(day=1)
        sums = merged.setdefault(start.isoformat(), [0, 0.0, 0, 0, 0])
        for index, value in enumerate((group.n, group.total, group.promoters, group.detractors,
                                       group.satisfied)):
            sums[index] += value
    return [Group(key, int(v[0]), float(v[1]), int(v[2]), int(v[3]), int(v[4]))
            for key, v in sorted(merged.items())]


def grouped_sums(conn: sqlite3.Connection, dataset_ids: Sequence[str], metric: str, columns: tuple[str, ...],
          where: str = "", params: tuple[object, ...] = ()) -> list[tuple[tuple, Group]]:
    """Rollup sums of ``metric`` grouped by ``columns`` (fixed names), with an extra SQL condition (charts)."""
    if not dataset_ids:
        return []
    marks = ", ".join("?" for _ in dataset_ids)
    cols = ", ".join(columns)
    rows = query(conn, f"SELECT {cols}, SUM(n), SUM(total), SUM(promoters), SUM(detractors), "
                       f"SUM(satisfied) FROM rollups WHERE dataset_id IN ({marks}) AND metric = ?{where} "
                       f"GROUP BY {cols}", (*dataset_ids, metric, *params))
    width = len(columns)
    return [(tuple(row[:width]), Group("", int(row[width]), float(row[width + 1]), int(row[width + 2]),
                                       int(row[width + 3]), int(row[width + 4]))) for row in rows]


def metrics_of(conn: sqlite3.Connection, dataset_ids: Sequence[str]) -> list[str]:
    """The metric names present in the given datasets."""
    if not dataset_ids:
        return []
    marks = ", ".join("?" for _ in dataset_ids)
    rows = conn.execute(f"SELECT DISTINCT metric FROM rollups WHERE dataset_id IN ({marks}) ORDER BY metric",
                        tuple(dataset_ids)).fetchall()
    return [row[0] for row in rows]


__all__ = ["CHUNK", "GROUPINGS", "DatasetWriteError", "Group", "Grouping", "ImportCancelled", "Observation",
           "aggregate", "grouped_sums", "metrics_of"]
