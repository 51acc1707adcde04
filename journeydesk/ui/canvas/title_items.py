"""The map's title band with its persona, and the overlay's colour key floating over the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.ui.base.plain import plain_static, plain_tooltip
from journeydesk.ui.style import theme
from journeydesk.ui.style.map_font import map_font

TITLE_PX, PERSONA_PX = 22, 13
TITLE_LEFT = 16.0  # the title's left edge, and the space kept free at the band's right end
CIRCLE = 40.0  # the persona's avatar, or the dashed circle a persona is dropped on
TITLE_GAP, PERSONA_GAP = 24.0, 8.0  # title to circle, circle to persona line
PERSONA_ROOM = 120.0  # the least width a long title leaves for the persona line
TITLE_ROOM = 200.0  # the width a title keeps even on a map too narrow for it and the persona line


def header_font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(map_font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def one_line(text: str, font: QFont, width: float) -> str:
    """``text`` (one line) shortened with “…” to fit ``width``, or "" when not even “…” fits.

    A header is never cut off mid-glyph by the edge of the map or of an exported image.
    """
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return text
    if width < metrics.horizontalAdvance("…"):
        return ""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def round_picture(image: QImage) -> QImage:
    """``image`` (stretched to a square) inside a circle, transparent around it.

    Cut once here rather than clipped when painted: an SVG export keeps no clipping."""
    side = max(1, image.width(), image.height())
    round_image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    round_image.fill(Qt.GlobalColor.transparent)
    square = image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(round_image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # a smooth edge, which a clip would not give
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(square))
    painter.drawEllipse(QRectF(0, 0, side, side))
    painter.end()
    return round_image


class TitleItem(QGraphicsItem):
    """The journey's title band with its persona: the place a persona is dropped on."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self._texts = ("", "")
        self._title = QStaticText()
        self._persona = QStaticText()
        self._avatar = None
        self.placeholder = True
        self._circle_x = 0.0
        self._reserved = 0.0
        self.shown = ("", "")  # the title and persona line as drawn, shortened to the band's width

    def set_content(self, rect: QRectF, title: str, persona: str, avatar,
                    *, placeholder: bool = True) -> None:
        """``placeholder``: without an avatar, draw the dashed circle a persona is dropped on."""
        self.prepareGeometryChange()
        self.rect = rect
        self._texts = (title, persona)
        self._avatar = round_picture(avatar) if avatar is not None else None
        self.placeholder = placeholder
        self._fit()

    def keep_free(self, width: float) -> None:
        """Keep ``width`` at the band's right end free of text (an exported image's metric key sits there)."""
        if width != self._reserved:
            self._reserved = width
            self._fit()

    def _fit(self) -> None:
        title, persona = (" ".join(text.split()) for text in self._texts)
        right = self.rect.right() - TITLE_LEFT - self._reserved
        circle = self._avatar is not None or self.placeholder
        alone = right - (self.rect.x() + TITLE_LEFT)
        after_title = TITLE_GAP + CIRCLE + PERSONA_GAP + PERSONA_ROOM if circle else 0.0
        title_room = max(alone - after_title, min(alone, TITLE_ROOM))  # the title goes last
        title_font = header_font(TITLE_PX, bold=True)
        shown_title = one_line(title, title_font, title_room)
        title_width = QFontMetricsF(title_font).horizontalAdvance(shown_title)
        self._circle_x = self.rect.x() + TITLE_LEFT + TITLE_GAP + max(title_width, TITLE_ROOM)
        shown_persona = one_line(persona, header_font(PERSONA_PX),
                                 right - (self._circle_x + CIRCLE + PERSONA_GAP))
        self.shown = (shown_title, shown_persona)
        self._title, self._persona = plain_static(shown_title), plain_static(shown_persona)
        shortened = self.shown != (title, persona)
        self.setToolTip(plain_tooltip(" — ".join(text for text in (title, persona) if text)) if shortened
                        else "")
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.current()
        painter.setFont(header_font(TITLE_PX, bold=True))
        painter.setPen(QColor(colors.text))
        painter.drawStaticText(QPointF(self.rect.x() + TITLE_LEFT, self.rect.y() + 16), self._title)
        x = self._circle_x
        center = QPointF(x + CIRCLE / 2, self.rect.y() + 30)
        radius = CIRCLE / 2
        if self._avatar is not None:
            painter.drawImage(QRectF(center.x() - radius, center.y() - radius, CIRCLE, CIRCLE), self._avatar)
        elif self.placeholder:
            painter.setPen(QPen(QColor(colors.zero_line), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor(colors.placeholder)))
            painter.drawEllipse(center, radius, radius)
        painter.setFont(header_font(PERSONA_PX))
        painter.setPen(QColor(colors.muted_text))
        painter.drawStaticText(QPointF(x + CIRCLE + PERSONA_GAP, self.rect.y() + 22), self._persona)


class LegendItem(QGraphicsItem):
    """The key of a metric overlay: what the colours of the touchpoint cards mean."""

    WIDTH, HEIGHT = 260.0, 44.0

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(6)
        self._title = QStaticText()
        self._low = self._high = ""
        self._stops: list[QColor] = []

    def set_scale(self, title: str, low: str, high: str, stops: list[QColor]) -> None:
        font = QFont(map_font())
        font.setPixelSize(10)
        self._title = plain_static(QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                                  self.WIDTH - 16))
        self.setToolTip(plain_tooltip(title))
        self._low, self._high, self._stops = low, high, stops
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.WIDTH, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.current()
        painter.setPen(QPen(QColor(colors.header_border), 1))
        painter.setBrush(QColor(colors.legend))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        font = QFont(painter.font())
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        painter.drawStaticText(QPointF(8, 4), self._title)
        band = QRectF(8, 20, self.WIDTH - 16, 8)
        count = max(1, len(self._stops))
        for index, color in enumerate(self._stops):
            painter.fillRect(QRectF(band.x() + band.width() * index / count, band.y(),
                                    band.width() / count + 0.5, band.height()), color)
        painter.drawText(QRectF(8, 29, 120, 13), Qt.AlignmentFlag.AlignLeft, self._low)
        painter.drawText(QRectF(self.WIDTH - 128, 29, 120, 13), Qt.AlignmentFlag.AlignRight, self._high)
