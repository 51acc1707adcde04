"""Measured figures over time per bound touchpoint, and measured vs workshop emotion per stage.

Computed as the Charts panel computes its "Over time" and "Measured vs workshop emotion" charts:
rollup sums per day (or per week) merged with the same value rules, satisfaction scaled onto −2…+2.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.model import Card, CardKind, MetricKind
from journeydesk.figures.journey import by_stage, merge
from journeydesk.figures.metric import datasets_for, emotion_scale, metric_kind, value_of
from journeydesk.store.datasets import Group, metrics_of
from journeydesk.store.schema import query

WEEKLY_AFTER_DAYS = 92
MAX_SERIES = 60
EMOTION_KINDS = (MetricKind.NPS, MetricKind.CSAT, MetricKind.CES)


@dataclass(frozen=True, slots=True)
class Series:
    """One metric of one touchpoint per period: (period start, value, sample size)."""

    card_id: str
    label: str
    metric: str
    kind: MetricKind
    period: str
    points: tuple[tuple[date, float, int], ...]


@dataclass(frozen=True, slots=True)
class EmotionComparison:
    """Per stage in journey order: (stage name, workshop average, measured on −2…+2); None = no figure."""

    metric: str
    kind: MetricKind
    stages: tuple[tuple[str, float | None, float | None], ...]



def series(document: Document, conn: sqlite3.Connection | None, journey_id: str) -> tuple[list[Series], int]:
    """Every dated metric of every touchpoint bound to data, in map order (at most MAX_SERIES),
    and how many more there were. Weekly when a touchpoint's data spans more than WEEKLY_AFTER_DAYS."""
    datasets = datasets_for(document, journey_id)
    if conn is None or not datasets:
        return [], 0
    ids = [d.id for d in datasets]
    marks = ", ".join("?" for _ in ids)
    found: list[Series] = []
    order = {card.id: index for index, card in enumerate(_touchpoints(document, journey_id))}
    for metric in metrics_of(conn, ids):
        kind = metric_kind(datasets, metric)
        rows = query(conn, "SELECT card_id, day, SUM(n), SUM(total), SUM(promoters), SUM(detractors), "
                           f"SUM(satisfied) FROM rollups WHERE dataset_id IN ({marks}) AND metric = ? AND "
                           "day IS NOT NULL AND card_id IS NOT NULL GROUP BY card_id, day", (*ids, metric))
        days: dict[str, list[tuple[date, Group]]] = {}
        for card_id, day, n, total, promoters, detractors, satisfied in rows:
            if card_id in order:
                days.setdefault(card_id, []).append((date.fromisoformat(day), Group(
                    "", int(n), float(total), int(promoters), int(detractors), int(satisfied))))
        for card_id, groups in days.items():
            made = _series(document, card_id, metric, kind, groups)
            if made.points:
                found.append(made)
    found.sort(key=lambda s: (order[s.card_id], s.metric))
    return found[:MAX_SERIES], max(0, len(found) - MAX_SERIES)


def _series(document: Document, card_id: str, metric: str, kind: MetricKind,
            groups: list[tuple[date, Group]]) -> Series:
    first, last = min(d for d, _ in groups), max(d for d, _ in groups)
    period = "week" if (last - first).days > WEEKLY_AFTER_DAYS else "day"
    buckets: dict[date, list[Group]] = {}
    for day, group in groups:
        buckets.setdefault(metrics.period_start(day, period), []).append(group)  # type: ignore[arg-type]
    points = []
    for start, bucket in sorted(buckets.items()):
        merged = merge(bucket, start.isoformat())
        value = value_of(merged, kind)
        if value is not None:
            points.append((start, value, merged.n))
    card = document.get(Card, card_id)
    return Series(card_id, card.text if card else "", metric, kind, period, tuple(points))


def _touchpoints(document: Document, journey_id: str) -> list[Card]:
    lanes = document.lanes(journey_id)
    return [card for stage in document.stages(journey_id) for lane in lanes
            for card in document.cell(stage.id, lane.id) if card.kind == CardKind.TOUCHPOINT]


def emotion_comparisons(document: Document, conn: sqlite3.Connection | None,
                        journey_id: str) -> list[EmotionComparison]:
    """For each NPS, CSAT or CES metric: the workshop's average emotion and the measured one per stage."""
    datasets = datasets_for(document, journey_id)
    stages = document.stages(journey_id)
    if conn is None or not datasets or not stages:
        return []
    scores: dict[str, list[int]] = {}
    for marker in document.markers(journey_id):
        scores.setdefault(marker.stage_id, []).append(marker.score)
    found = []
    for metric in metrics_of(conn, [d.id for d in datasets]):
        kind = metric_kind(datasets, metric)
        scale = emotion_scale(kind)
        if scale is None:
            continue
        measured = {stage.id: metrics.scale_to_emotion(value_of(group, kind), *scale)
                    for stage, group in by_stage(document, conn, [d.id for d in datasets], journey_id, metric)}
        if not any(value is not None for value in measured.values()):
            continue
        rows = tuple((stage.name, sum(scores[stage.id]) / len(scores[stage.id]) if scores.get(stage.id) else None,
                      measured.get(stage.id)) for stage in stages)
        found.append(EmotionComparison(metric, kind, rows))
    return found


@dataclass(frozen=True, slots=True)
class Trends:
    """A journey's series over time (with how many were left out) and its emotion comparisons."""

    series: tuple[Series, ...] = ()
    hidden: int = 0
    emotions: tuple[EmotionComparison, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.series or self.emotions)


def trends(document: Document, conn: sqlite3.Connection | None, journey_id: str) -> Trends:
    found, hidden = series(document, conn, journey_id)
    return Trends(tuple(found), hidden, tuple(emotion_comparisons(document, conn, journey_id)))
