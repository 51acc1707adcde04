"""How map elements look: colours per card kind, kind icons drawn as vector shapes, names."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from journeydesk.core.model import CardKind, Category, LaneKind, Mode

CARD_COLORS: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "#d6e6fb",
    CardKind.ACTION: "#d9f0e3",
    CardKind.THOUGHT: "#fdf0c2",
    CardKind.PAIN_POINT: "#fbdad8",
    CardKind.OPPORTUNITY: "#e6e0fa",
    CardKind.CHANNEL: "#d5f1f4",
    CardKind.BACKSTAGE: "#e4e8eb",
    CardKind.NOTE: "#fff6b8",
}
ACCENTS: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "#2f6fb3",
    CardKind.ACTION: "#2e8b57",
    CardKind.THOUGHT: "#b7860b",
    CardKind.PAIN_POINT: "#c0392b",
    CardKind.OPPORTUNITY: "#6a4cc2",
    CardKind.CHANNEL: "#1b8a96",
    CardKind.BACKSTAGE: "#5d6d7e",
    CardKind.NOTE: "#9a8a10",
}
TEXT_COLOR = QColor("#1d232b")
MOMENT_OF_TRUTH = QColor("#e0a100")
EXIT_POINT = QColor("#c0392b")
POSITIVE = QColor(46, 160, 67, 70)
NEGATIVE = QColor(214, 69, 65, 70)
EMOTION_COLORS = {-2: "#c0392b", -1: "#e67e22", 0: "#95a5a6", 1: "#7cb342", 2: "#2e8b57"}

LANE_CARD_KIND: dict[LaneKind, CardKind] = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT, LaneKind.ACTIONS: CardKind.ACTION,
    LaneKind.THOUGHTS: CardKind.THOUGHT, LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY, LaneKind.CHANNELS: CardKind.CHANNEL,
    LaneKind.BACKSTAGE: CardKind.BACKSTAGE, LaneKind.NOTES: CardKind.NOTE,
}


def tint(color: QColor, share: float) -> QColor:
    """``color`` mixed with white: ``share`` of the colour, the rest white."""
    return QColor.fromRgbF(*(1 - share * (1 - c) for c in (color.redF(), color.greenF(), color.blueF())))


translate = QCoreApplication.translate


def card_kind_name(kind: CardKind) -> str:
    return {
        CardKind.TOUCHPOINT: translate("look", "Touchpoint"), CardKind.ACTION: translate("look", "Action"),
        CardKind.THOUGHT: translate("look", "Thought"), CardKind.PAIN_POINT: translate("look", "Pain point"),
        CardKind.OPPORTUNITY: translate("look", "Opportunity"), CardKind.CHANNEL: translate("look", "Channel"),
        CardKind.BACKSTAGE: translate("look", "Backstage"), CardKind.NOTE: translate("look", "Note"),
    }[kind]


def lane_kind_name(kind: LaneKind) -> str:
    return {
        LaneKind.TOUCHPOINTS: translate("look", "Touchpoints"), LaneKind.ACTIONS: translate("look", "Actions"),
        LaneKind.THOUGHTS: translate("look", "Thoughts"), LaneKind.EMOTIONS: translate("look", "Emotions"),
        LaneKind.PAIN_POINTS: translate("look", "Pain points"), LaneKind.OPPORTUNITIES: translate("look", "Opportunities"),
        LaneKind.CHANNELS: translate("look", "Channels"), LaneKind.BACKSTAGE: translate("look", "Backstage"),
        LaneKind.NOTES: translate("look", "Notes"),
    }[kind]


def exit_badge() -> str:
    return translate("look", "EXIT")


def rating_tag(first: str, first_value: int | None, second: str, second_value: int | None) -> str:
    """A short tag such as “F4 · S5” (frequency, severity) or “I3 · E2” (impact, effort)."""
    letters = {"frequency": translate("look", "F"), "severity": translate("look", "S"), "impact": translate("look", "I"), "effort": translate("look", "E")}
    return f"{letters[first]}{first_value or '–'} · {letters[second]}{second_value or '–'}"


def category_mode_tag(category: Category | None, mode: Mode | None) -> str:
    names = {Category.DIGITAL: translate("look", "digital"), Category.HUMAN: translate("look", "human"),
             Category.PHYSICAL: translate("look", "physical"), Mode.OFFLINE: translate("look", "offline"),
             Mode.ONLINE: translate("look", "online"), Mode.O2O: "O2O", Mode.OMO: "OMO"}
    return " · ".join(names[v] for v in (category, mode) if v is not None)


def draw_kind_icon(painter: QPainter, kind: CardKind, rect: QRectF, color: QColor) -> None:
    """A small vector icon per card kind, crisp at any zoom and device pixel ratio."""
    painter.save()
    painter.setPen(QPen(color, max(1.2, rect.width() / 9)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    c = rect.center()
    r = rect.width() / 2
    if kind == CardKind.TOUCHPOINT:
        painter.drawEllipse(c, r * 0.85, r * 0.85)
        painter.setBrush(color)
        painter.drawEllipse(c, r * 0.35, r * 0.35)
    elif kind == CardKind.ACTION:
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([rect.topLeft() + QPointF(r * 0.3, 0),
                                       QPointF(rect.right(), c.y()),
                                       rect.bottomLeft() + QPointF(r * 0.3, 0)]))
    elif kind == CardKind.THOUGHT:
        painter.drawEllipse(QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.7))
        painter.drawEllipse(QPointF(rect.left() + r * 0.4, rect.bottom() - r * 0.15), r * 0.15, r * 0.15)
    elif kind == CardKind.PAIN_POINT:
        painter.drawPolygon(QPolygonF([QPointF(c.x(), rect.top()), rect.bottomRight(), rect.bottomLeft()]))
        painter.drawLine(QPointF(c.x(), rect.top() + r * 0.7), QPointF(c.x(), rect.bottom() - r * 0.6))
    elif kind == CardKind.OPPORTUNITY:
        painter.drawLine(QPointF(c.x(), rect.top()), QPointF(c.x(), rect.bottom()))
        painter.drawLine(QPointF(rect.left(), c.y()), QPointF(rect.right(), c.y()))
        painter.drawEllipse(c, r * 0.55, r * 0.55)
    elif kind == CardKind.CHANNEL:
        for k in (0.25, 0.55, 0.85):
            painter.drawLine(QPointF(rect.left(), rect.top() + rect.height() * k),
                             QPointF(rect.right(), rect.top() + rect.height() * k))
    elif kind == CardKind.BACKSTAGE:
        painter.drawRect(rect.adjusted(r * 0.2, r * 0.2, -r * 0.2, -r * 0.2))
        painter.drawLine(rect.topLeft(), rect.bottomRight())
    else:
        painter.drawRect(rect.adjusted(r * 0.15, 0, -r * 0.15, 0))
        painter.drawLine(QPointF(rect.left() + r * 0.5, c.y()), QPointF(rect.right() - r * 0.5, c.y()))
    painter.restore()


def star_path(center: QPointF, radius: float) -> QPainterPath:
    """A five-pointed star: the moment-of-truth badge."""
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        length = radius if i % 2 == 0 else radius * 0.45
        points.append(QPointF(center.x() + length * math.cos(angle), center.y() + length * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def draw_face(painter: QPainter, center: QPointF, radius: float, score: int) -> None:
    """A face whose mouth follows the emotion score (−2 angry … +2 delighted)."""
    painter.save()
    painter.setPen(QPen(QColor("#1d232b"), max(1.0, radius / 8)))
    eye = radius * 0.12
    painter.setBrush(QColor("#1d232b"))
    painter.drawEllipse(QPointF(center.x() - radius * 0.35, center.y() - radius * 0.25), eye, eye)
    painter.drawEllipse(QPointF(center.x() + radius * 0.35, center.y() - radius * 0.25), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = center.y() + radius * 0.35
    mouth.moveTo(center.x() - radius * 0.45, y)
    mouth.quadTo(QPointF(center.x(), y + score * radius * 0.2), QPointF(center.x() + radius * 0.45, y))
    painter.drawPath(mouth)
    painter.restore()
