"""The emotion curve: a smooth path through the emotion markers, shaded above and below neutral."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.ui.style import look, theme


class CurveItem(QGraphicsItem):
    """The emotion curve: a smooth path through the markers, green above neutral, red below."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(2)
        self._path = QPainterPath()
        self._zero_y = 0.0
        self._bounds = QRectF()
        self._points: list[QPointF] = []
        self._fills = (QPainterPath(), QPainterPath())

    def path(self) -> QPainterPath:
        """The curve as it is drawn, through the markers."""
        return self._path

    def set_points(self, points: list[QPointF], zero_y: float, top: float, bottom: float) -> None:
        self.prepareGeometryChange()
        self._path = smooth_path(points)
        self._zero_y = zero_y
        self._bounds = self._path.boundingRect().adjusted(-4, -4, 4, 4)
        if points:
            self._bounds = self._bounds.united(QRectF(points[0].x(), top, points[-1].x() - points[0].x(),
                                                      bottom - top))
        self._points = points
        self._fills = self._area_fills() if len(points) >= 2 else (QPainterPath(), QPainterPath())
        self.update()

    def _area_fills(self) -> tuple[QPainterPath, QPainterPath]:
        """The area between the curve and neutral, cut into its part above and below neutral.

        Cut here rather than clipped when painted: an SVG export keeps no clipping."""
        area = QPainterPath(self._path)
        area.lineTo(self._points[-1].x(), self._zero_y)
        area.lineTo(self._points[0].x(), self._zero_y)
        area.closeSubpath()
        bounds = self._bounds
        above, below = QPainterPath(), QPainterPath()
        above.addRect(QRectF(bounds.left(), bounds.top(), bounds.width(), self._zero_y - bounds.top()))
        below.addRect(QRectF(bounds.left(), self._zero_y, bounds.width(), bounds.bottom() - self._zero_y))
        return area.intersected(above), area.intersected(below)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._path.isEmpty() or len(self._points) < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._fills[0], look.POSITIVE)
        painter.fillPath(self._fills[1], look.NEGATIVE)
        painter.setPen(QPen(QColor(theme.current().curve), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A Catmull-Rom spline through ``points`` as cubic Béziers."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = p1 + (p2 - p0) / 6
        c2 = p2 - (p3 - p1) / 6
        path.cubicTo(c1, c2, p2)
    return path
