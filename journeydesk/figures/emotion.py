"""Measured emotion beside the workshop's: a satisfaction metric per stage on the emotion scale −2…+2."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.figures.groups import by_stage
from journeydesk.figures.metric import Metric, emotion_scale, value_of
from journeydesk.figures.rows import chosen
from journeydesk.i18n import t
from journeydesk.store.datasets import DatasetReader

EMOTION_KINDS = (MetricKind.NPS, MetricKind.CSAT, MetricKind.CES)


@dataclass(frozen=True, slots=True)
class EmotionComparison:
    """Every stage in journey order: (stage name, workshop average, measured on −2…+2); None = no figure."""

    metric: str
    kind: MetricKind
    stages: tuple[tuple[str, float | None, float | None], ...]

    @property
    def measured(self) -> bool:
        return any(felt is not None for _, _, felt in self.stages)


def emotion_comparison(document: Document, data: DatasetReader, metric: str | Metric,
                       journey_id: str) -> EmotionComparison:
    """The workshop's average marker score and the measured metric per stage of the journey.

    The metric is mapped linearly from its worst to its best end (NPS −100…100, CSAT 0…100 %, CES 7…1)
    onto −2…+2. Raises ValueError for a metric with no such scale."""
    _, found = chosen(document, data, metric, journey_id)
    scale = emotion_scale(found.kind)
    if scale is None:
        raise ValueError(t("{metric} has no satisfaction scale to compare with emotions.", metric=found.name))
    scores: dict[str, list[int]] = {}
    for marker in document.markers(journey_id):
        scores.setdefault(marker.stage_id, []).append(marker.score)
    measured = {key: metrics.scale_to_emotion(value_of(group, found.kind), *scale)
                for key, group in by_stage(document, data, found, journey_id)}
    rows = tuple((stage.name, sum(scores[stage.id]) / len(scores[stage.id]) if scores.get(stage.id) else None,
                  measured.get(stage.id)) for stage in document.stages(journey_id))
    return EmotionComparison(found.name, found.kind, rows)
