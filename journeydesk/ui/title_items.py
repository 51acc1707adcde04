"""The map's title band with its persona, and the overlay's colour key floating over the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.ui import theme
from journeydesk.ui.plain import plain_static, plain_tooltip


class TitleItem(QGraphicsItem):
    """The journey's title band with its persona: the place a persona is dropped on."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self._title = QStaticText()
        self._persona = QStaticText()
        self._avatar = None
        self.placeholder = True

    def set_content(self, rect: QRectF, title: str, persona: str, avatar,  # noqa: ANN001
                    *, placeholder: bool = True) -> None:
        """``placeholder``: without an avatar, draw the dashed circle a persona is dropped on."""
        self.prepareGeometryChange()
        self.rect = rect
        self._title = plain_static(title)
        self._persona = plain_static(persona)
        self._avatar = avatar
        self.placeholder = placeholder
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.current()
        font = QFont(painter.font())
        font.setPixelSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        painter.drawStaticText(QPointF(self.rect.x() + 16, self.rect.y() + 16), self._title)
        title_width = self._title.size().width()
        x = self.rect.x() + 40 + max(title_width, 200)
        center = QPointF(x + 20, self.rect.y() + 30)
        if self._avatar is not None:
            clip = QPainterPath()
            clip.addEllipse(center, 20, 20)
            painter.save()
            painter.setClipPath(clip)
            painter.drawImage(QRectF(center.x() - 20, center.y() - 20, 40, 40), self._avatar)
            painter.restore()
        elif self.placeholder:
            painter.setPen(QPen(QColor(colors.zero_line), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(QColor(colors.placeholder)))
            painter.drawEllipse(center, 20, 20)
        font.setPixelSize(13)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(colors.muted_text))
        painter.drawStaticText(QPointF(x + 48, self.rect.y() + 22), self._persona)


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
        font = QFont(QApplication.font())
        font.setPixelSize(10)
        self._title = plain_static(QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                                  self.WIDTH - 16))
        self.setToolTip(plain_tooltip(title))
        self._low, self._high, self._stops = low, high, stops
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, self.WIDTH, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
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
            painter.fillRect(QRectF(band.x() + band.width() * index / count, band.y(), band.width() / count + 0.5,
                                    band.height()), color)
        painter.drawText(QRectF(8, 29, 120, 13), Qt.AlignmentFlag.AlignLeft, self._low)
        painter.drawText(QRectF(self.WIDTH - 128, 29, 120, 13), Qt.AlignmentFlag.AlignRight, self._high)
