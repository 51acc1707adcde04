"""The map's grid behind its items (lane bands, the emotion scale, the selected cell); layout rectangles as
Qt's."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journeydesk.core.enums import LaneKind
from journeydesk.core.layout import Rect
from journeydesk.ui.style import theme
from journeydesk.ui.style.look import emotion_scale_label


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class GridBackground:
    """Mixed into JourneyScene: paints behind the items from its layout and selected cell."""

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        colors = theme.current()
        painter.fillRect(rect, QColor(colors.canvas))
        layout = self.layout
        if layout is None:
            return
        for index, lane in enumerate(layout.lanes):
            lane_rect = layout.lane_rects[lane.id]
            band = QRectF(lane_rect.right, lane_rect.y, layout.width - lane_rect.right, lane_rect.h)
            if band.intersects(rect):
                tint = colors.canvas_alt if index % 2 else colors.canvas
                if lane.kind == LaneKind.EMOTIONS:
                    tint = colors.emotion_band
                painter.fillRect(band, QColor(tint))
                if lane.kind == LaneKind.EMOTIONS:
                    zero = layout.score_y(lane.id, 0)
                    painter.setPen(QPen(QColor(colors.zero_line), 1, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(band.left(), zero), QPointF(band.right(), zero))
                    painter.setPen(QColor(colors.score_text))
                    for score in range(-2, 3):
                        label = emotion_scale_label(score)
                        y = layout.score_y(lane.id, score)
                        width = painter.fontMetrics().horizontalAdvance(label) + 4
                        painter.fillRect(QRectF(band.left() + 2, y - 7, width, 14),
                                         QColor(colors.emotion_band))
                        painter.drawText(QRectF(band.left() + 4, y - 7, 160, 14),
                                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor(colors.grid), 1))
        for stage in layout.stages:
            x = layout.stage_rects[stage.id].right
            painter.drawLine(QPointF(x, layout.grid_top), QPointF(x, layout.height))
        for lane in layout.lanes:
            y = layout.lane_rects[lane.id].bottom
            painter.drawLine(QPointF(0, y), QPointF(layout.width, y))
        if self.selected_cell and self._cell_exists(self.selected_cell):
            cell = qrect(layout.cell_rect(*self.selected_cell))
            selection = QColor(colors.selection)
            painter.setPen(QPen(selection, 2, Qt.PenStyle.DashLine))
            selection.setAlpha(24)
            painter.setBrush(selection)
            painter.drawRect(cell.adjusted(2, 2, -2, -2))
