"""A journey's figures as the report and the stage pages use them: NPS/CSAT per touchpoint, and stage
funnels."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.core.model import Stage
from journeydesk.figures.groups import by_stage, figures
from journeydesk.figures.metric import Figure, Metric, format_value, metrics_in, value_of
from journeydesk.figures.rows import chosen
from journeydesk.store.datasets import DatasetReader

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
    """A metric per stage in journey order, (stage name, value, n) for each stage with a figure, and the
    conversion from each step to the next with the biggest drop-off."""

    metric: str
    kind: MetricKind
    steps: tuple[tuple[str, float, int], ...]
    result: metrics.FunnelResult


def funnel(document: Document, data: DatasetReader, metric: str | Metric, journey_id: str) -> Funnel | None:
    """The stage funnel of ``metric``; None when fewer than two stages have a figure, or one is negative."""
    _, found = chosen(document, data, metric, journey_id)
    steps = []
    for key, group in by_stage(document, data, found, journey_id):
        stage, value = document.get(Stage, key), value_of(group, found.kind)
        if stage is not None and stage.journey_id == journey_id and value is not None:
            steps.append((stage.name, value, group.n))
    if len(steps) < 2:
        return None
    try:
        result = metrics.funnel([(name, value) for name, value, _ in steps])
    except ValueError:
        return None
    return Funnel(found.name, found.kind, tuple(steps), result)


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
        return [f"{m.metric} {format_value(f.value, m.kind)} (n={f.n})"
                for m, f in self.by_card.get(card_id, ())]

    def card_text(self, card_id: str) -> str:
        """The bound figures of a touchpoint on one line, e.g. "NPS +33.3 (n=3) · CSAT 75.0 % (n=4)"."""
        return " · ".join(self.card_lines(card_id))


def journey_figures(document: Document, data: DatasetReader | None, journey_id: str) -> JourneyFigures:
    """NPS and CSAT per touchpoint and a funnel per count metric, from the journey's datasets."""
    touchpoints: list[MetricFigures] = []
    funnels: list[Funnel] = []
    by_card: dict[str, list[tuple[MetricFigures, Figure]]] = {}
    for metric in metrics_in(document, data, journey_id):
        assert data is not None
        if metric.kind in SATISFACTION:
            _, _, rows = figures(document, data, metric, "touchpoint", journey_id)
            found = MetricFigures(metric.name, metric.kind, tuple(rows))
            if rows:
                touchpoints.append(found)
            for row in rows:
                by_card.setdefault(row.key, []).append((found, row))
        elif metric.kind in FUNNEL_KINDS:
            made = funnel(document, data, metric, journey_id)
            if made is not None:
                funnels.append(made)
    return JourneyFigures(tuple(touchpoints), tuple(funnels), by_card)
