"""Comparing journeys, snapshots and future states: one computation for the command, the app and the
report."""

from journeydesk.compare.engine import Side, compare
from journeydesk.compare.result import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    SAME,
    CardChange,
    CardView,
    Comparison,
    FieldChange,
    FigureChange,
    MarkerChange,
    MarkerView,
    MetricChange,
    Outcome,
    SideInfo,
    StageChange,
)
from journeydesk.compare.shape import as_json, iso_time
from journeydesk.compare.sides import (
    JOURNEY,
    SNAPSHOT,
    CompareError,
    Operand,
    counterpart,
    pair,
    resolve,
    side,
)

__all__ = [
    "ADDED", "CHANGED", "JOURNEY", "REMOVED", "RENAMED", "SAME", "SNAPSHOT", "CardChange", "CardView",
    "CompareError", "Comparison", "FieldChange", "FigureChange", "MarkerChange", "MarkerView", "MetricChange",
    "Operand", "Outcome", "Side", "SideInfo", "StageChange", "as_json", "compare", "counterpart", "iso_time",
    "pair", "resolve", "side",
]
