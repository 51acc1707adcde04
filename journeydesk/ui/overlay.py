"""The metric overlay: touchpoint cards coloured by an imported metric, with the key to the colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from journeydesk.core.document import Document
from journeydesk.core.model import MetricKind
from journeydesk.figures.metric import figures

BAD, MIDDLE, GOOD = QColor("#f3aaa4"), QColor("#fbe6a2"), QColor("#a9dcb6")


@dataclass(frozen=True)
class Overlay:
    title: str
    low: str
    high: str
    stops: list[QColor]
    cards: dict[str, tuple[QColor, str]]


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in ((a.redF(), b.redF()), (a.greenF(), b.greenF()),
                                                              (a.blueF(), b.blueF()))))


def color_at(share: float) -> QColor:
    """0 = worst (red), 0.5 = middle (yellow), 1 = best (green); pastel, so card text stays readable."""
    share = max(0.0, min(1.0, share))
    return _mix(BAD, MIDDLE, share * 2) if share < 0.5 else _mix(MIDDLE, GOOD, (share - 0.5) * 2)


def _range(kind: MetricKind, values: list[float]) -> tuple[float, float, bool]:
    """(low, high, higher_is_better) of the colour scale."""
    if kind == MetricKind.NPS:
        return -100.0, 100.0, True
    if kind == MetricKind.CSAT:
        return 0.0, 100.0, True
    if kind == MetricKind.CES:
        return 1.0, 7.0, False
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    return low, high if high > low else low + 1, True


def _shown(kind: MetricKind, value: float) -> str:
    if kind == MetricKind.NPS:
        return f"{value:+.0f}"
    if kind == MetricKind.CSAT:
        return f"{value:.0f} %"
    if kind == MetricKind.COUNT:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def overlay_for(document: Document, conn, metric: str, journey_id: str) -> Overlay:  # noqa: ANN001
    """Colours and labels for every touchpoint of ``journey_id`` that has figures for ``metric``."""
    stored, kind, rows = figures(document, conn, metric, "touchpoint", journey_id)
    values = [r.value for r in rows if r.value is not None]
    low, high, better_high = _range(kind, values)
    cards: dict[str, tuple[QColor, str]] = {}
    for row in rows:
        if row.value is None:
            continue
        share = (row.value - low) / (high - low)
        cards[row.key] = (color_at(share if better_high else 1 - share),
                          f"{stored} {_shown(kind, row.value)} · n={row.n}")
    stops = [color_at(i / 10 if better_high else 1 - i / 10) for i in range(11)]
    title = QCoreApplication.translate("overlay", "Touchpoints coloured by {0}").format(stored)
    return Overlay(title, _shown(kind, low), _shown(kind, high), stops, cards)
