"""What the report shows over time: each bound touchpoint's metrics per day or week, and measured vs
workshop emotion per stage, computed by the same functions as the Charts panel's."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind
from journeydesk.figures.emotion import EMOTION_KINDS, EmotionComparison, emotion_comparison
from journeydesk.figures.groups import by_touchpoint, card_order
from journeydesk.figures.metric import metrics_in
from journeydesk.figures.time import Series, over_time
from journeydesk.store.datasets import DatasetReader

MAX_SERIES = 60


def series(document: Document, data: DatasetReader | None, journey_id: str) -> tuple[list[Series], int]:
    """Every dated metric of every touchpoint with data, in map order, then by metric (at most MAX_SERIES),
    and how many more there were. Each is weekly when its data spans more than WEEKLY_AFTER_DAYS."""
    found: list[Series] = []
    touchpoints = {card.id for card in document.cards(journey_id) if card.kind == CardKind.TOUCHPOINT}
    for metric in metrics_in(document, data, journey_id):
        assert data is not None
        for card_id, _ in by_touchpoint(document, data, metric, journey_id):
            if card_id not in touchpoints:
                continue
            made = over_time(document, data, metric, journey_id, period="auto", scope_id=card_id)
            if any(value is not None for _, value, _ in made.points):
                found.append(made)
    found.sort(key=lambda s: (card_order(document, s.scope_id or ""), s.metric))
    return found[:MAX_SERIES], max(0, len(found) - MAX_SERIES)


def emotion_comparisons(document: Document, data: DatasetReader | None, journey_id: str) -> list[
        EmotionComparison]:
    """For each NPS, CSAT or CES metric with a figure in some stage: workshop and measured emotion per
    stage."""
    if not document.stages(journey_id):
        return []
    found = []
    for metric in metrics_in(document, data, journey_id):
        assert data is not None
        if metric.kind in EMOTION_KINDS:
            comparison = emotion_comparison(document, data, metric, journey_id)
            if comparison.measured:
                found.append(comparison)
    return found


@dataclass(frozen=True, slots=True)
class Trends:
    """A journey's series over time (with how many were left out) and its emotion comparisons."""

    series: tuple[Series, ...] = ()
    hidden: int = 0
    emotions: tuple[EmotionComparison, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.series or self.emotions)


def trends(document: Document, data: DatasetReader | None, journey_id: str) -> Trends:
    found, hidden = series(document, data, journey_id)
    return Trends(tuple(found), hidden, tuple(emotion_comparisons(document, data, journey_id)))
