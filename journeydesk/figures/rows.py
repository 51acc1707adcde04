"""The rollup sums of a metric placed on the map: each with its touchpoint, stage and channel."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from journeydesk.core.document import Document
from journeydesk.core.model import Dataset
from journeydesk.figures.metric import Metric, datasets_for, resolve_metric
from journeydesk.figures.places import Places
from journeydesk.store.datasets import Column, DatasetReader, Group


@dataclass(frozen=True, slots=True)
class Placed:
    """One row of sums and where it counts (None: nowhere on the map); ``keys`` are the extra columns."""

    touchpoint: str | None
    stage: str | None
    channel: str
    keys: tuple
    group: Group
    places: Places


def chosen(document: Document, data: DatasetReader, metric: str | Metric,
           journey_id: str | None) -> tuple[list[Dataset], Metric]:
    """The datasets to read and the metric meant (a name is resolved as ``resolve_metric`` does)."""
    found = metric if isinstance(metric, Metric) else resolve_metric(document, data, metric, journey_id)
    return datasets_for(document, journey_id), found


def placed(document: Document, data: DatasetReader, datasets: list[Dataset], metric: Metric,
           extra: tuple[Column, ...] = (), **filters: object) -> Iterator[Placed]:
    """The metric's sums per dataset, stage, touchpoint and channel (and ``extra`` columns), each placed
    on its dataset's journey; ``filters`` narrow the rows as ``DatasetReader.sums`` does."""
    journeys = {d.id: d.journey_id for d in datasets}
    places: dict[str, Places] = {}
    columns: tuple[Column, ...] = ("dataset_id", "stage_id", "card_id", "channel", *extra)
    for (dataset_id, stage_id, card_id, channel, *rest), group in data.sums(
            list(journeys), metric.name, columns, **filters):  # type: ignore[arg-type]
        journey_id = journeys[dataset_id]
        where = places.get(journey_id) or places.setdefault(journey_id, Places(document, journey_id))
        channel = channel or ""
        yield Placed(where.touchpoint(card_id, channel), where.stage(stage_id, card_id, channel),
                     where.channel(card_id, channel), tuple(rest), group, where)
