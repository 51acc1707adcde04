"""Figures of one metric per touchpoint, stage, channel or period: shared by the CLI, charts and reports."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.model import Card, Dataset, Lane, MetricKind, Stage
from journeydesk.i18n import t
from journeydesk.imports.pipeline import SCALES, kind_for
from journeydesk.store.datasets import Group, aggregate, metrics_of


@dataclass(frozen=True, slots=True)
class Figure:
    """One group's value of a metric, with its sample size."""

    key: str
    label: str
    value: float | None
    n: int


def datasets_for(document: Document, journey_id: str | None = None) -> list[Dataset]:
    found = document.all(Dataset)
    if journey_id is not None:
        found = [d for d in found if d.journey_id == journey_id]
    return sorted(found, key=lambda d: (d.journey_id, d.position, d.id))


def metric_kind(datasets: list[Dataset], metric: str) -> MetricKind:
    """The kind the import recorded for ``metric``, else one guessed from its name."""
    for dataset in datasets:
        try:
            kinds = json.loads(dataset.mapping).get("metric_kinds", {})
        except ValueError:
            continue
        if metric in kinds:
            try:
                return MetricKind(kinds[metric])
            except ValueError:
                break
    return kind_for(metric)


def resolve_metric(conn: sqlite3.Connection, datasets: list[Dataset], name: str) -> str:
    """The stored metric name matching ``name`` (ignoring case), or a message listing those there are."""
    available = metrics_of(conn, [d.id for d in datasets])
    for metric in available:
        if metric.casefold() == name.casefold():
            return metric
    if not available:
        raise LookupError(t("The project has no imported data yet: import a CSV file first."))
    raise LookupError(t("There is no metric '{name}'. Metrics: {names}.", name=name, names=", ".join(available)))


def value_of(group: Group, kind: MetricKind) -> float | None:
    """The figure for a group: NPS score, CSAT % satisfied, a mean, or a total for counts."""
    if kind == MetricKind.NPS:
        return metrics.nps_from_counts(group.promoters, group.n - group.promoters - group.detractors,
                                       group.detractors).score
    if kind == MetricKind.CSAT:
        return group.satisfied * 100 / group.n if group.n else None
    if kind == MetricKind.COUNT:
        return group.total
    return group.mean


def figures(document: Document, conn: sqlite3.Connection, metric: str, by: str,
            journey_id: str | None = None) -> tuple[str, MetricKind, list[Figure]]:
    """The metric (as stored), its kind, and one Figure per group, labelled with names from the map."""
    datasets = datasets_for(document, journey_id)
    stored = resolve_metric(conn, datasets, metric)
    kind = metric_kind(datasets, stored)
    rows = [Figure(group.key, _label(document, by, group.key), value_of(group, kind), group.n)
            for group in aggregate(conn, [d.id for d in datasets], stored, by)]
    if by in ("stage", "touchpoint"):
        rows.sort(key=lambda row: _map_order(document, by, row.key))
    return stored, kind, rows


def _map_order(document: Document, by: str, key: str) -> tuple:
    """Stages left to right; touchpoints by stage, lane and place in the cell; gone ones last."""
    if by == "stage":
        stage = document.get(Stage, key)
        return (0, stage.position) if stage else (1, key)
    card = document.get(Card, key)
    if card is None:
        return (1, key)
    stage, lane = document.get(Stage, card.stage_id), document.get(Lane, card.lane_id)
    return (0, stage.position if stage else 0, lane.position if lane else 0, card.position)


def _label(document: Document, by: str, key: str) -> str:
    if by == "touchpoint":
        card = document.get(Card, key)
        return card.text if card else t("(a touchpoint no longer on the map)")
    if by == "stage":
        stage = document.get(Stage, key)
        return stage.name if stage else t("(a stage no longer on the map)")
    if by == "all":
        return t("All")
    return key or t("(none)")


def format_value(value: float | None, kind: MetricKind) -> str:
    """A figure as charts and reports write it: NPS signed, CSAT in %, counts whole."""
    if value is None:
        return "–"
    if kind == MetricKind.NPS:
        return f"{value:+.1f}"
    if kind == MetricKind.CSAT:
        return f"{value:.1f} %"
    if kind == MetricKind.COUNT or abs(value) >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def emotion_scale(kind: MetricKind) -> tuple[float, float] | None:
    """The (worst, best) ends of a satisfaction figure, mapped onto −2…+2; None if it has none."""
    if kind == MetricKind.NPS:
        return -100.0, 100.0
    if kind == MetricKind.CSAT:
        return 0.0, 100.0
    if kind == MetricKind.CES:
        low, high = SCALES[MetricKind.CES]
        return float(high), float(low)
    return None
