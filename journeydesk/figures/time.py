"""A metric over time for a touchpoint, a stage or a whole journey: the one place periods are bucketed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.core.model import Card, Dataset, Stage
from journeydesk.figures.metric import Metric, value_of
from journeydesk.figures.places import Places
from journeydesk.figures.rows import chosen, placed
from journeydesk.store.datasets import DatasetReader, Group

PERIODS: tuple[str, ...] = ("day", "week", "month")
WEEKLY_AFTER_DAYS = 92


@dataclass(frozen=True, slots=True)
class Series:
    """One metric per period for a scope: (period start, value, sample size), oldest first.

    ``scope_id`` is the touchpoint card or stage it is about (None: the whole journey) and ``label``
    its text or name."""

    metric: str
    kind: MetricKind
    period: str
    scope_id: str | None
    label: str
    points: tuple[tuple[date, float | None, int], ...]


def over_time(document: Document, data: DatasetReader, metric: str | Metric, journey_id: str | None = None, *,
              period: str = "day", scope_id: str | None = None) -> Series:
    """The dated figures of ``metric`` per ``period`` ("day", "week" from Monday, "month", or "auto":
    weekly when the data spans more than WEEKLY_AFTER_DAYS days, else daily).

    With ``scope_id`` a touchpoint card, only the rows counting for it (its own and those of its channel,
    see ``Places``); a stage, only the rows counting in it."""
    if period not in (*PERIODS, "auto"):
        raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)} or auto")
    datasets, found = chosen(document, data, metric, journey_id)
    scope = document.find(scope_id) if scope_id else None
    days = _days(document, data, datasets, found, scope) if scope_id else [
        (keys[0], group) for keys, group in data.sums([d.id for d in datasets], found.name, ("day",),
                                                      dated=True)]
    dated = [(date.fromisoformat(day), group) for day, group in days]
    if period == "auto":
        span = (max(d for d, _ in dated) - min(d for d, _ in dated)).days if dated else 0
        period = "week" if span > WEEKLY_AFTER_DAYS else "day"
    buckets: dict[date, list[Group]] = {}
    for day, group in dated:
        buckets.setdefault(metrics.period_start(day, period), []).append(group)  # type: ignore[arg-type]
    points = []
    for start, groups in sorted(buckets.items()):
        merged = Group.merged(groups)
        points.append((start, value_of(merged, found.kind), merged.n))
    label = scope.text if isinstance(scope, Card) else scope.name if isinstance(scope, Stage) else ""
    return Series(found.name, found.kind, period, scope_id, label, tuple(points))


def next_period(start: date, period: str) -> date:
    """The first day of the period after the one starting on ``start`` ("day", "week" or "month")."""
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    if period == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")


def with_gaps(series: Series) -> list[tuple[date, float | None, int]]:
    """Every period from the series' first to its last, those without data as (start, None, 0): a line
    drawn through them breaks where there was nothing to measure instead of joining across."""
    if not series.points:
        return []
    found = {start: (value, n) for start, value, n in series.points}
    filled = []
    start, last = series.points[0][0], series.points[-1][0]
    while start <= last:
        value, n = found.get(start, (None, 0))
        filled.append((start, value, n))
        start = next_period(start, series.period)
    return filled


def _days(document: Document, data: DatasetReader, datasets: list[Dataset], metric: Metric,
          scope: object) -> list[tuple[str, Group]]:
    """(day, sums) of the rows that count for a touchpoint or stage: the store narrows by ids (and to rows
    without a touchpoint when a channel can lead to it), then each row is placed as every other figure places
    it."""
    if not isinstance(scope, (Card, Stage)):
        return []
    if isinstance(scope, Card):
        cards, stages = [scope.id], None
    else:
        cards, stages = [c.id for c in document.children(Card, "stage_id", scope.id)], [scope.id]
    places = Places(document, scope.journey_id)
    rows = []
    for row in placed(document, data, datasets, metric, ("day",), card_ids=cards, stage_ids=stages,
                      without_card=any(places.owns_channel(card_id) for card_id in cards), dated=True):
        if (row.touchpoint if isinstance(scope, Card) else row.stage) == scope.id:
            rows.append((row.keys[0], row.group))
    return rows
