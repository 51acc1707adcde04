"""The graphics items of the map: cards and emotion markers, and what items ask of their scene."""

from __future__ import annotations

import math
from functools import cache
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.core.enums import CardKind
from journeydesk.core.evidence import Backing, standing
from journeydesk.core.model import Card, EmotionMarker
from journeydesk.ui.base.plain import plain_static, plain_tooltip
from journeydesk.ui.canvas.card_headline import headline
from journeydesk.ui.canvas.evidence_badge import badge_text, paint_badge, paint_shade
from journeydesk.ui.style import icons, look, theme
from journeydesk.ui.style.map_font import map_font

DETAIL_THRESHOLD = 0.45  # below this zoom the 11 px card text would be under 5 px on screen
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class ItemHost(Protocol):
    """What a card, header or marker asks of the scene it is on (the scene answers; items never import it)."""

    def clamp_marker(self, item: QGraphicsItem, pos: QPointF) -> QPointF: ...
    def marker_score_at(self, item: QGraphicsItem, pos: QPointF) -> int: ...
    def marker_dragged(self, item: QGraphicsItem) -> None: ...
    def marker_dropped(self, item: QGraphicsItem) -> None: ...
    def show_guide(self, header: QGraphicsItem, pos: QPointF) -> None: ...
    def header_resized(self, header: QGraphicsItem, pos: QPointF) -> None: ...
    def header_moved(self, header: QGraphicsItem, pos: QPointF) -> None: ...
    def start_editing(self, item: QGraphicsItem, *, select_all: bool = False) -> None: ...


def wrapped_static(text: str, width: float) -> QStaticText:
    """``text`` as plain static text wrapped to ``width``."""
    static = plain_static(text)
    static.setTextWidth(width)
    static.setTextOption(_WRAP)
    return static


def fitted_text(text: str, font: QFont, width: float, height: float) -> QStaticText:
    """``text`` wrapped to ``width``, cut to the lines that fit ``height``, the last one ending in “…”."""
    metrics = QFontMetricsF(font)
    flowing = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(flowing, font)
    layout.setTextOption(_WRAP)
    most = max(1, int(height // metrics.lineSpacing()))
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(starts) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [flowing[a:a + n].strip("\u2028 ") for a, n in starts[:most]]
    if len(starts) > most:
        rest = flowing[starts[most - 1][0]:].replace("\u2028", " ")
        lines[-1] = metrics.elidedText(rest + " …" if metrics.horizontalAdvance(rest) <= width else rest,
                                       Qt.TextElideMode.ElideRight, width)
    static = plain_static("\u2028".join(lines))
    static.prepare(font=font)
    return static


_CARD_FONT: list[QFont] = []  # [map font it was made from, card font]


def card_font() -> QFont:
    """The map's font at 11 px, made again only when that font changes."""
    base = map_font()
    if not _CARD_FONT or _CARD_FONT[0] != base:
        font = QFont(base)
        font.setPixelSize(11)
        _CARD_FONT[:] = [base, font]
    return _CARD_FONT[1]


# Combined once: each enum "|" costs about 13 µs, noticeable over 50,000 cards.
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_MOVABLE = _SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemIsMovable


@cache
def _card_rects(width: float, height: float) -> tuple[QRectF, QRectF]:
    """A card's rectangle and bounding rectangle, shared by all cards of that size (a QRectF costs ~5 µs)."""
    rect = QRectF(0, 0, width, height)
    return rect, rect.adjusted(-2, -2, 2, 2)


_TEXT_ON: dict[int, QColor] = {}
_READABLE_ACCENT: dict[tuple[int, int], bool] = {}


def _text_on(fill: QColor) -> QColor:
    """``theme.text_on`` remembered per fill: hundreds of cards share a few fills, and each answer costs ~20
    µs."""
    key = fill.rgba()
    color = _TEXT_ON.get(key)
    if color is None:
        color = _TEXT_ON[key] = theme.text_on(fill)
    return color


def _detailed(painter: QPainter) -> bool:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) >= DETAIL_THRESHOLD


class CardItem(QGraphicsItem):
    """A card that paints itself: colour and icon by kind, wrapped text, badges."""

    def __init__(self, card: Card, width: float, height: float, *, movable: bool = True) -> None:
        super().__init__()
        self.entity_id = card.id
        self.placed: tuple[float, float] | None = None
        self._rect, self._bounds = _card_rects(width, height)
        self.setFlags(_MOVABLE if movable else _SELECTABLE)
        self.setAcceptHoverEvents(False)
        self._overlay: tuple[QColor, QStaticText] | None = None
        self._headline: tuple[QStaticText, QFont] | bool | None = False
        self._tip_shown = False
        self.backing: Backing | None = None  # set only for a card with evidence
        self.badge = ""
        self.shaded = False
        self.set_card(card)

    def set_evidence(self, backing: Backing | None, shaded: bool) -> None:
        """The confidence pill of a card with evidence (``backing``), and whether Show Assumptions shades
        it."""
        if backing != self.backing or shaded != self.shaded:
            self.backing, self.shaded = backing, shaded
            self.badge = badge_text(backing.confidence) if backing else ""
            if self._tip_shown:
                self.show_tooltip()
            self.update()

    def set_overlay(self, overlay: tuple[QColor, str] | None) -> None:
        """Colour the card by a metric and show its figure and sample size (None: normal look)."""
        self._overlay = (overlay[0], plain_static(overlay[1])) if overlay else None
        self._overview_colors = None
        self.update()

    @property
    def fill(self) -> QColor:
        """The card's own colour, a metric overlay's, or its kind's colour in the current theme."""
        if self._overlay:
            return self._overlay[0]
        return QColor(self.card.color) if self.card.color else theme.current().card_fill(self.card.kind)

    @property
    def accent(self) -> QColor:
        """The kind's accent; on a metric overlay's pastel, a colour that shows on it (3:1)."""
        accent = theme.current().accent(self.card.kind)
        if self._overlay and theme.contrast_ratio(accent, self.fill) < 3:
            return _text_on(self.fill)
        return accent

    def overview_colors(self, theme_name: str) -> tuple[int, int]:
        """Fill and accent as opaque ARGB numbers, kept until the card, its overlay or the theme changes."""
        if self._overview_colors is None or self._overview_colors[0] != theme_name:
            self._overview_colors = (theme_name, self.fill.rgba() | 0xFF000000,
                                     self.accent.rgba() | 0xFF000000)
        return self._overview_colors[1:]

    def tag_color(self) -> QColor:
        """The kind's accent when it reads well on the card, else the card's text colour."""
        fill = self.fill
        accent = self.accent
        key = (accent.rgba(), fill.rgba())
        readable = _READABLE_ACCENT.get(key)
        if readable is None:
            readable = _READABLE_ACCENT[key] = theme.contrast_ratio(accent, fill) >= theme.AA_CONTRAST
        return accent if readable else _text_on(fill)

    def set_card(self, card: Card) -> None:
        self.card = card
        self._text: QStaticText | None = None
        self._headline = False
        self._headline_scale: tuple[float, ...] = ()
        self._overview_colors: tuple[str, int, int] | None = None
        self._badges = [icons.badge_name(v) for v in (card.category, card.mode) if v is not None] \
            if card.kind == CardKind.TOUCHPOINT else []
        tag = look.category_mode_tag(card.category, card.mode) if card.kind == CardKind.TOUCHPOINT else ""
        if card.kind == CardKind.PAIN_POINT and (card.frequency or card.severity):
            tag = look.rating_tag("frequency", card.frequency, "severity", card.severity)
        if card.kind == CardKind.OPPORTUNITY and (card.impact or card.effort):
            tag = look.rating_tag("impact", card.impact, "effort", card.effort)
        self._tag = plain_static(tag) if tag else None
        if self._tip_shown:
            self.show_tooltip()
        self.update()

    def toolTip(self) -> str:
        if self.backing is None:
            return plain_tooltip(self.card.text)
        return plain_tooltip(f"{self.card.text}\n\n{standing(self.card.evidence_status, self.backing)}")

    def show_tooltip(self) -> None:
        """Hand the tooltip to Qt; done when first hovered (JourneyScene.helpEvent), not for every card up
        front."""
        self._tip_shown = True
        self.setToolTip(self.toolTip())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect
        selected = self.isSelected()
        fill, accent, colors = self.fill, self.accent, theme.current()
        if not _detailed(painter):
            painter.fillRect(rect, fill)
            painter.fillRect(QRectF(rect.x(), rect.y(), 6, rect.height()), accent)
            if self.card.moment_of_truth:
                painter.fillRect(QRectF(rect.right() - 22, rect.y(), 22, 22), look.MOMENT_OF_TRUTH)
            if self.card.exit_point:
                painter.fillRect(QRectF(rect.right() - 22, rect.bottom() - 22, 22, 22), look.EXIT_POINT)
            self._paint_headline(painter, rect, fill)
            if self.shaded:
                paint_shade(painter, rect, False)
            if selected:
                painter.setPen(QPen(QColor(colors.selection), 3))
                painter.drawRect(rect)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = fill.lighter(140) if colors.dark else fill.darker(125)
        painter.setPen(QPen(QColor(colors.selection), 2.5) if selected else QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.x() + 1, rect.y() + 6, 3, rect.height() - 12), accent)
        icons.render(painter, self.card.kind.value, QRectF(rect.x() + 6, rect.y() + 4, 12, 12), accent)
        card = self.card
        if self.badge:
            paint_badge(painter, rect, self.badge, self.backing.confidence, card.evidence_status,
                        self.tag_color())
        if card.moment_of_truth:
            icons.render(painter, "moment_of_truth", QRectF(rect.right() - 18, rect.y() + 2, 16, 16),
                         look.MOMENT_OF_TRUTH)
        if card.exit_point:
            painter.save()
            badge = QRectF(rect.right() - (36 if card.moment_of_truth else 20) - 12, rect.y() + 4, 26, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.EXIT_POINT)
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QColor("white"))
            font = QFont(painter.font())
            font.setPixelSize(8)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, look.exit_badge())
            painter.restore()
        painter.save()
        font = card_font()
        painter.setFont(font)
        painter.setPen(_text_on(fill))
        text_area = QRectF(rect.x() + 6, rect.y() + 18, rect.width() - 12, rect.height() - 32)
        if self._text is None:
            self._text = fitted_text(self.card.text, font, text_area.width(), text_area.height())
        painter.drawStaticText(text_area.topLeft(), self._text)
        painter.restore()
        tag = self._overlay[1] if self._overlay else self._tag
        if tag is not None:
            font = QFont(painter.font())
            font.setPixelSize(9)
            font.setBold(self._overlay is not None)
            painter.setFont(font)
            color = _text_on(fill) if self._overlay else self.tag_color()
            x = rect.x() + 7
            for name in [] if self._overlay else self._badges:
                icons.render(painter, name, QRectF(x, rect.bottom() - 14, 11, 11), color)
                x += 13
            painter.setPen(color)
            painter.drawStaticText(QPointF(x + (2 if x > rect.x() + 7 else 0), rect.bottom() - 14), tag)
        if self.shaded:
            paint_shade(painter, rect, selected)

    def _paint_headline(self, painter: QPainter, rect: QRectF, fill: QColor) -> None:
        """Zoomed out: the card's first words, large, so a card is never a blank box."""
        if self._headline is False:
            self._headline = headline(self.card.text, rect.width() - 16, rect.height() - 12)
        if self._headline:
            static, font = self._headline
            # Laid out for the view's scale: a QStaticText prepared for another one is laid out on every
            # paint.
            t = painter.worldTransform()
            scale = (t.m11(), t.m12(), t.m21(), t.m22())
            if self._headline_scale != scale:
                self._headline_scale = scale
                static.prepare(QTransform(*scale, 0, 0), font)
            if font.pixelSize() * math.hypot(scale[0], scale[1]) < 5:
                return  # under 5 px on screen even the first words would not read
            painter.setFont(font)
            painter.setPen(_text_on(fill))
            top = rect.y() + (rect.height() - static.size().height()) / 2
            painter.drawStaticText(QPointF(rect.x() + 10, top), static)


class MarkerItem(QGraphicsItem):
    """An emotion marker: a face coloured by score; dragging changes score and place."""

    RADIUS = 13.0

    def __init__(self, marker: EmotionMarker) -> None:
        super().__init__()
        self.entity_id = marker.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self._dragging = False
        self.set_marker(marker)

    def set_marker(self, marker: EmotionMarker) -> None:
        self.marker = marker
        self.preview_score = marker.score
        self._label = plain_static(marker.label)
        self._label_font: QFont | None = None
        self.setToolTip(plain_tooltip(f"{marker.score:+d} {marker.label}"))
        self.update()

    def boundingRect(self) -> QRectF:
        r = self.RADIUS
        return QRectF(-60, -r - 2, 120, 2 * r + 20)

    def shape(self) -> QPainterPath:
        """Only the face is grabbed and clicked, not the label's area around it."""
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.RADIUS + 3, self.RADIUS + 3)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        score = self.preview_score
        colors = theme.current()
        painter.setPen(QPen(QColor(colors.selection), 3) if self.isSelected()
                       else QPen(QColor(colors.marker_outline), 2))
        painter.setBrush(QColor(look.EMOTION_COLORS[score]))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        if _detailed(painter):
            look.draw_face(painter, QPointF(0, 0), self.RADIUS, score)
            font = QFont(painter.font())
            font.setPixelSize(10)
            painter.setFont(font)
            painter.setPen(QColor(colors.text))
            if self._label_font != font:
                # Measured in the font it is drawn in: before its first draw a QStaticText has the default
                # font's width, and a label first painted in a scrolled-in strip would sit off its face.
                self._label_font = font
                self._label.prepare(QTransform(), font)
            width = self._label.size().width()
            painter.drawStaticText(QPointF(-width / 2, self.RADIUS + 3), self._label)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._dragging = event.button() == Qt.MouseButton.LeftButton

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            scene: ItemHost = self.scene()  # type: ignore[assignment]
            self.setPos(scene.clamp_marker(self, event.scenePos()))
            self.preview_score = scene.marker_score_at(self, self.pos())
            self.update()
            scene.marker_dragged(self)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            scene: ItemHost = self.scene()  # type: ignore[assignment]
            scene.marker_dropped(self)
