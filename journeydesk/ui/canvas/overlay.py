"""The metric overlay: touchpoint cards coloured by an imported metric, with the key to the colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.figures import emotion_scale, figures, format_value
from journeydesk.store.datasets import DatasetReader

BAD, MIDDLE, GOOD = QColor("#f3aaa4"), QColor("#fbe6a2"), QColor("#a9dcb6")
CARD_NAME_CHARS = 12  # a longer metric name is left to the legend; the card shows value and sample size


@dataclass(frozen=True)
class Overlay:
    title: str
    low: str
    high: str
    stops: list[QColor]
    cards: dict[str, tuple[QColor, str]]

    def legend(self) -> tuple[str, str, str, list[QColor]]:
        """What the map's legend shows: title, the two ends of the scale and its colours."""
        return self.title, self.low, self.high, self.stops


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in ((a.redF(), b.redF()), (a.greenF(), b.greenF()),
                                                              (a.blueF(), b.blueF()))))


def color_at(share: float) -> QColor:
    """0 = worst (red), 0.5 = middle (yellow), 1 = best (green); pastel, so card text stays readable."""
    share = max(0.0, min(1.0, share))
    return _mix(BAD, MIDDLE, share * 2) if share < 0.5 else _mix(MIDDLE, GOOD, (share - 0.5) * 2)


def _range(kind: MetricKind, values: list[float]) -> tuple[float, float]:
    """The (worst, best) ends of the colour scale: the metric's own scale, else the values' range."""
    scale = emotion_scale(kind)
    if scale is not None:
        return scale
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    return low, high if high > low else low + 1


def overlay_for(document: Document, data: DatasetReader, metric: str, journey_id: str) -> Overlay:
    """Colours and labels for every touchpoint of ``journey_id`` that has figures for ``metric``."""
    stored, kind, rows = figures(document, data, metric, "touchpoint", journey_id)
    worst, best = _range(kind, [r.value for r in rows if r.value is not None])
    cards: dict[str, tuple[QColor, str]] = {}
    name = f"{stored} " if len(stored) <= CARD_NAME_CHARS else ""
    for row in rows:
        if row.value is None:
            continue
        cards[row.key] = (color_at((row.value - worst) / (best - worst)),
                          f"{name}{format_value(row.value, kind, short=True)} · n={row.n}")
    stops = [color_at(i / 10) for i in range(11)]
    title = QCoreApplication.translate("overlay", "Touchpoints coloured by {0}").format(stored)
    low, high = sorted((worst, best))
    return Overlay(title, format_value(low, kind, short=True), format_value(high, kind, short=True),
                   stops if best > worst else stops[::-1], cards)
