"""The numbers a report shows: NPS/CSAT per touchpoint and stage funnels, as the Charts panel computes them."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.model import Card, MetricKind, Stage
from journeydesk.figures.metric import (
    Figure,
    datasets_for,
    figures,
    format_value,
    metric_kind,
    value_of,
)
from journeydesk.store.datasets import Group, metrics_of
from journeydesk.store.schema import query

SATISFACTION = (MetricKind.NPS, MetricKind.CSAT)
FUNNEL_KINDS = (MetricKind.COUNT,)


@dataclass(frozen=True, slots=True)
class MetricFigures:
    """One metric's figures per touchpoint, in map order."""

    metric: str
    kind: MetricKind
    rows: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Funnel:
    """One count metric per stage in journey order, with the funnel computed from it."""

    metric: str
    kind: MetricKind
    steps: tuple[tuple[str, float, int], ...]
    result: metrics.FunnelResult


@dataclass(frozen=True, slots=True)
class JourneyFigures:
    """Everything measured about one journey (empty when it has no imported data)."""

    touchpoints: tuple[MetricFigures, ...] = ()
    funnels: tuple[Funnel, ...] = ()
    by_card: dict[str, list[tuple[MetricFigures, Figure]]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.touchpoints or self.funnels)

    def card_lines(self, card_id: str) -> list[str]:
        """The bound figures of a touchpoint, one each, e.g. "NPS +33.3 (n=3)"."""
        return [f"{m.metric} {format_value(f.value, m.kind)} (n={f.n})" for m, f in self.by_card.get(card_id, ())]

    def card_text(self, card_id: str) -> str:
        """The bound figures of a touchpoint on one line, e.g. "NPS +33.3 (n=3) · CSAT 75.0 % (n=4)"."""
        return " · ".join(self.card_lines(card_id))


def journey_figures(document: Document, conn: sqlite3.Connection | None, journey_id: str) -> JourneyFigures:
    """NPS and CSAT per touchpoint and a funnel per count metric, from the journey's datasets."""
    datasets = datasets_for(document, journey_id)
    if conn is None or not datasets:
        return JourneyFigures()
    names = metrics_of(conn, [d.id for d in datasets])
    touchpoints: list[MetricFigures] = []
    funnels: list[Funnel] = []
    by_card: dict[str, list[tuple[MetricFigures, Figure]]] = {}
    for name in names:
        kind = metric_kind(datasets, name)
        if kind in SATISFACTION:
            stored, kind, rows = figures(document, conn, name, "touchpoint", journey_id)
            rows = sorted(rows, key=lambda f: _map_order(document, f))
            found = MetricFigures(stored, kind, tuple(rows))
            if rows:
                touchpoints.append(found)
            for row in rows:
                by_card.setdefault(row.key, []).append((found, row))
        elif kind in FUNNEL_KINDS:
            funnel = _funnel(document, conn, [d.id for d in datasets], journey_id, name, kind)
            if funnel is not None:
                funnels.append(funnel)
    return JourneyFigures(tuple(touchpoints), tuple(funnels), by_card)


def _map_order(document: Document, figure: Figure) -> tuple[int, int, str]:
    card = document.get(Card, figure.key)
    stage = document.get(Stage, card.stage_id) if card else None
    return (stage.position if stage else 1 << 30, card.position if card else 0, figure.key)


def _funnel(document: Document, conn: sqlite3.Connection, dataset_ids: list[str], journey_id: str,
            metric: str, kind: MetricKind) -> Funnel | None:
    steps = [(stage.name, value_of(group, kind), group.n)
             for stage, group in by_stage(document, conn, dataset_ids, journey_id, metric)]
    kept = tuple((name, value, n) for name, value, n in steps if value is not None)
    if len(kept) < 2:
        return None
    try:
        result = metrics.funnel([(name, value) for name, value, _ in kept])
    except ValueError:
        return None
    return Funnel(metric, kind, kept, result)


def by_stage(document: Document, conn: sqlite3.Connection, dataset_ids: list[str], journey_id: str,
             metric: str) -> list[tuple[Stage, Group]]:
    """The metric's sums per stage in journey order; rows naming only a touchpoint count in its stage."""
    marks = ", ".join("?" for _ in dataset_ids)
    rows = query(conn, "SELECT stage_id, card_id, SUM(n), SUM(total), SUM(promoters), SUM(detractors), "
                       f"SUM(satisfied) FROM rollups WHERE dataset_id IN ({marks}) AND metric = ? "
                       "GROUP BY stage_id, card_id", (*dataset_ids, metric))
    stages = document.stages(journey_id)
    known = {stage.id for stage in stages}
    found: dict[str, list[Group]] = {}
    for stage_id, card_id, n, total, promoters, detractors, satisfied in rows:
        if not stage_id and card_id:
            card = document.get(Card, card_id)
            stage_id = card.stage_id if card else None
        if stage_id in known:
            found.setdefault(stage_id, []).append(
                Group("", int(n), float(total), int(promoters), int(detractors), int(satisfied)))
    return [(stage, merge(found[stage.id], stage.id)) for stage in stages if stage.id in found]


def merge(groups: list[Group], key: str) -> Group:
    return Group(key, sum(g.n for g in groups), math.fsum(g.total for g in groups),
                 sum(g.promoters for g in groups), sum(g.detractors for g in groups),
                 sum(g.satisfied for g in groups))
