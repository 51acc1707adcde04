"""A journey's figures as a snapshot freezes them and a comparison reads them: every metric of its data,
per touchpoint and per stage of the journey."""

from __future__ import annotations

from journeydesk.core.document import Document
from journeydesk.core.model import Card, Stage
from journeydesk.core.snapshot import Measure, MetricRecord
from journeydesk.figures.groups import by_touchpoint_and_stage
from journeydesk.figures.metric import metrics_in, value_of
from journeydesk.store.datasets import DatasetReader


def metric_records(document: Document, data: DatasetReader | None, journey_id: str) -> tuple[
        MetricRecord, ...]:
    """Each metric of the journey's datasets (by name) with its value and sample size per touchpoint and per
    stage now on the journey's map, in map order. Empty without data."""
    records = []
    for metric in metrics_in(document, data, journey_id):
        assert data is not None
        cards, stages = by_touchpoint_and_stage(document, data, metric, journey_id)
        records.append(MetricRecord(
            metric.name, metric.kind,
            tuple(Measure(key, value_of(group, metric.kind), group.n) for key, group in cards
                  if _on_map(document.get(Card, key), journey_id)),
            tuple(Measure(key, value_of(group, metric.kind), group.n) for key, group in stages
                  if _on_map(document.get(Stage, key), journey_id))))
    return tuple(records)


def _on_map(entity: Card | Stage | None, journey_id: str) -> bool:
    return entity is not None and entity.journey_id == journey_id
