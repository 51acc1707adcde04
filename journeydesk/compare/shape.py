"""A comparison as JSON-ready values: the shape the ``compare`` command prints (documented in README)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from journeydesk.compare.result import (
    CardView,
    Comparison,
    FieldChange,
    FigureChange,
    MarkerView,
    MetricChange,
    Outcome,
    SideInfo,
)

FORMAT = 1


def iso_time(seconds: int | None) -> str | None:
    """Seconds since 1970 as an ISO 8601 UTC time, e.g. 2026-12-06T10:15:00Z."""
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(value: Any) -> Any:
    """A field's value as JSON holds it: enums by their value, numbers that are not finite as null."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _side(side: SideInfo) -> dict[str, Any]:
    return {"kind": side.kind, "name": side.name, "journey": side.journey,
            "taken_at": iso_time(side.taken_at)}


def _card(card: CardView | None) -> dict[str, Any] | None:
    if card is None:
        return None
    return {"id": card.id, "kind": card.kind.value, "text": card.text, "stage": card.stage, "lane": card.lane}


def _marker(marker: MarkerView | None) -> dict[str, Any] | None:
    if marker is None:
        return None
    return {"id": marker.id, "score": marker.score, "label": marker.label, "stage": marker.stage}


def _changes(fields: tuple[FieldChange, ...]) -> list[dict[str, Any]]:
    return [{"field": f.field, "before": plain(f.before), "after": plain(f.after)} for f in fields]


def _outcomes(outcomes: tuple[Outcome, ...]) -> list[dict[str, Any]]:
    return [{"before": _card(o.before), "after": _card(o.after)} for o in outcomes]


def _figure(figure: FigureChange, label: str) -> dict[str, Any]:
    found = {label: figure.label}
    if label == "touchpoint":
        found["stage"] = figure.stage
    return {**found, "before": plain(figure.before), "n_before": figure.n_before,
            "after": plain(figure.after), "n_after": figure.n_after, "delta": plain(figure.delta)}


def _metric(metric: MetricChange) -> dict[str, Any]:
    return {"metric": metric.metric, "kind": metric.kind.value,
            "stages": [_figure(f, "stage") for f in metric.stages],
            "touchpoints": [_figure(f, "touchpoint") for f in metric.touchpoints]}


def as_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON values, in one fixed shape (documented in the README, "Snapshots, future
    states and comparing them")."""
    c = comparison
    return {
        "format": FORMAT,
        "before": _side(c.before),
        "after": _side(c.after),
        "summary": c.summary(),
        "stages": [{"status": s.status, "before": s.before, "after": s.after, "changes": _changes(s.fields),
                    "emotion": {"before": s.emotion_before, "after": s.emotion_after,
                                "delta": s.emotion_delta}}
                   for s in c.stages],
        "cards": [{"status": x.status, "matched_by": x.matched_by, "moved": x.moved,
                   "before": _card(x.before), "after": _card(x.after), "changes": _changes(x.fields)}
                  for x in c.cards],
        "markers": [{"status": m.status, "before": _marker(m.before), "after": _marker(m.after),
                     "changes": _changes(m.fields)} for m in c.markers],
        "pain_points": {"resolved": _outcomes(c.pain_points_resolved), "new": _outcomes(c.pain_points_new)},
        "opportunities": {"realised": _outcomes(c.opportunities_realised),
                          "new": _outcomes(c.opportunities_new)},
        "metrics": [_metric(m) for m in c.metrics],
    }
