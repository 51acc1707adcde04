"""A metric per touchpoint, stage, channel, segment or period, in map order: the one place each is
computed."""

from __future__ import annotations

from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.core.model import Card, Journey, Lane, Stage
from journeydesk.figures.metric import Figure, Metric, value_of
from journeydesk.figures.places import folded
from journeydesk.figures.rows import Placed, chosen, placed
from journeydesk.figures.time import PERIODS, over_time
from journeydesk.i18n import t
from journeydesk.store.datasets import DatasetReader, Group

BY: tuple[str, ...] = ("touchpoint", "stage", "channel", "segment", "day", "week", "month", "all")
_LAST = 1 << 30


def by_touchpoint(document: Document, data: DatasetReader, metric: str | Metric,
                  journey_id: str | None = None) -> list[tuple[str, Group]]:
    """(card id, sums) per touchpoint in map order; rows keyed by a channel count for its only card.
    Cards no longer on the map come last."""
    datasets, found = chosen(document, data, metric, journey_id)
    return _grouped(document, list(placed(document, data, datasets, found)), "touchpoint")


def by_stage(document: Document, data: DatasetReader, metric: str | Metric,
             journey_id: str | None = None) -> list[tuple[str, Group]]:
    """(stage id, sums) per stage in map order; a row without a stage counts in its touchpoint's.
    Stages no longer on the map come last."""
    datasets, found = chosen(document, data, metric, journey_id)
    return _grouped(document, list(placed(document, data, datasets, found)), "stage")


def by_touchpoint_and_stage(document: Document, data: DatasetReader, metric: str | Metric,
                            journey_id: str | None = None) -> tuple[list[tuple[str, Group]],
                                                                    list[tuple[str, Group]]]:
    """``by_touchpoint`` and ``by_stage`` from one reading of the sums."""
    datasets, found = chosen(document, data, metric, journey_id)
    rows = list(placed(document, data, datasets, found))
    return _grouped(document, rows, "touchpoint"), _grouped(document, rows, "stage")


def _grouped(document: Document, rows: list[Placed], place: str) -> list[tuple[str, Group]]:
    merged: dict[str, list[Group]] = {}
    for row in rows:
        key = getattr(row, place)
        if key:
            merged.setdefault(key, []).append(row.group)
    if place == "touchpoint":
        order = sorted(merged, key=lambda k: card_order(document, k))
    else:
        order = sorted(merged, key=lambda k: _stage_order(document, k))
    return [(key, Group.merged(merged[key], key)) for key in order]


def by_channel(document: Document, data: DatasetReader, metric: str | Metric,
               journey_id: str | None = None) -> list[tuple[str, Group]]:
    """(channel, sums) per channel, compared after NFKC and case folding and spelled as on the map's cards;
    a row naming only a touchpoint counts for its card's channel. No channel ('') comes last."""
    datasets, found = chosen(document, data, metric, journey_id)
    merged: dict[str, list[Group]] = {}
    spelled: dict[str, str] = {}
    for row in placed(document, data, datasets, found):
        key = folded(row.channel)
        merged.setdefault(key, []).append(row.group)
        spelled.setdefault(key, row.places.spelling.get(key, row.channel.strip()))
    order = sorted(merged, key=lambda k: (not k, k))
    return [(spelled[key], Group.merged(merged[key], spelled[key])) for key in order]


def figures(document: Document, data: DatasetReader, metric: str | Metric, by: str = "all",
            journey_id: str | None = None) -> tuple[str, MetricKind, list[Figure]]:
    """The metric (as stored), its kind, and one Figure per group ``by`` one of BY, labelled from the map.

    ``metric`` is a name as ``resolve_metric`` reads it (a kind such as "NPS" names the only such metric).
    Raises LookupError for an unknown metric and ValueError for an unknown grouping."""
    if by not in BY:
        raise ValueError(t("Cannot group by '{by}'; choose one of: {choices}.", by=by, choices=", ".join(BY)))
    datasets, found = chosen(document, data, metric, journey_id)
    if by in PERIODS:
        series = over_time(document, data, found, journey_id, period=by)
        rows = [Figure(day.isoformat(), day.isoformat(), value, n) for day, value, n in series.points]
        return found.name, found.kind, rows
    if by == "touchpoint":
        groups = by_touchpoint(document, data, found, journey_id)
    elif by == "stage":
        groups = by_stage(document, data, found, journey_id)
    elif by == "channel":
        groups = by_channel(document, data, found, journey_id)
    else:
        column = ("segment",) if by == "segment" else ()
        groups = [(keys[0] if keys else "", group)
                  for keys, group in data.sums([d.id for d in datasets], found.name, column)]
    rows = [Figure(key, _label(document, by, key), value_of(group, found.kind), group.n)
            for key, group in groups]
    return found.name, found.kind, rows


def _journey_position(document: Document, journey_id: str) -> int:
    journey = document.get(Journey, journey_id)
    return journey.position if journey else _LAST


def _stage_order(document: Document, stage_id: str) -> tuple:
    stage = document.get(Stage, stage_id)
    if stage is None:
        return (1, stage_id)
    return (0, _journey_position(document, stage.journey_id), stage.position)


def card_order(document: Document, card_id: str) -> tuple:
    """A sort key for touchpoints: by journey, stage, lane and place in the cell; gone ones last."""
    card = document.get(Card, card_id)
    if card is None:
        return (1, card_id)
    stage, lane = document.get(Stage, card.stage_id), document.get(Lane, card.lane_id)
    return (0, _journey_position(document, card.journey_id), stage.position if stage else 0,
            lane.position if lane else 0, card.position)


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
