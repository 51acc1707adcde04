"""A card's confidence pill (from its evidence) and the shading of cards without evidence (Show
Assumptions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from journeydesk.core.document import Document
from journeydesk.core.enums import EvidenceStatus
from journeydesk.core.evidence import Backing, Confidence, confidence, journey_evidence
from journeydesk.core.model import Evidence
from journeydesk.ui.style import theme

translate = QCoreApplication.translate

# Filled pills for observed cards; dark enough that white text reads on each (4.5:1).
PILL_COLORS = {Confidence.LOW: QColor("#5f6b78"), Confidence.MEDIUM: QColor("#8a5a00"),
               Confidence.HIGH: QColor("#1e7a3c")}
PILL_HEIGHT = 13.0
PILL_LEFT = 22.0  # right of the kind's icon, above the card's text
PILL_FONT_PX = 8


def card_backings(document: Document, journey_id: str) -> dict[str, Backing]:
    """The backing of every card of the journey that has evidence, by card id."""
    by_card: dict[str, list[Evidence]] = {}
    for item in journey_evidence(document, journey_id):
        if item.card_id is not None:
            by_card.setdefault(item.card_id, []).append(item)
    return {card_id: confidence(items) for card_id, items in by_card.items()}


def badge_text(level: Confidence) -> str:
    """The pill's word for a confidence level."""
    return {Confidence.NONE: "", Confidence.LOW: translate("EvidenceBadge", "low"),
            Confidence.MEDIUM: translate("EvidenceBadge", "medium"),
            Confidence.HIGH: translate("EvidenceBadge", "high")}[level]


def _pill_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPixelSize(PILL_FONT_PX)
    font.setBold(True)
    return font


def pill_rect(card_rect: QRectF, text: str, font: QFont) -> QRectF:
    """Where the pill sits on a card: top row, right of the kind's icon, clear of the card's text."""
    width = QFontMetricsF(_pill_font(font)).horizontalAdvance(text) + 10
    return QRectF(card_rect.x() + PILL_LEFT, card_rect.y() + 3.5, width, PILL_HEIGHT)


def paint_badge(painter: QPainter, card_rect: QRectF, text: str, level: Confidence, status: EvidenceStatus,
                ink: QColor) -> None:
    """The pill: filled in the level's colour for an observed card; only outlined (in ``ink``, the card's
    readable tag colour) for an assumed or proposed one, so the team's doubt shows without shouting."""
    painter.save()
    font = _pill_font(painter.font())
    painter.setFont(font)
    pill = pill_rect(card_rect, text, font)
    if status == EvidenceStatus.OBSERVED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PILL_COLORS[level])
        painter.drawRoundedRect(pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setPen(QColor("white"))
    else:
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setPen(ink)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def paint_shade(painter: QPainter, card_rect: QRectF, selected: bool) -> None:
    """A card without evidence under Show Assumptions: washed towards the canvas and hatched (a selected
    card's outline drawn again on top, to stay as clear as on any other card)."""
    colors = theme.current()
    wash = QColor(colors.canvas)
    wash.setAlpha(120)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(wash)
    painter.drawRoundedRect(card_rect, 6, 6)
    hatch = QColor(colors.muted_text)
    hatch.setAlpha(70)
    painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
    painter.drawRoundedRect(card_rect, 6, 6)
    if selected:
        painter.setPen(QPen(QColor(colors.selection), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card_rect, 6, 6)
    painter.restore()
