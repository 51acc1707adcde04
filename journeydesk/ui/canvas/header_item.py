"""A stage or lane header on the map: its name, goal and lane icon; drag to reorder, drag its edge to
resize."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.core.layout import Metrics
from journeydesk.core.model import Lane, Stage
from journeydesk.ui.base.plain import plain_tooltip
from journeydesk.ui.canvas.items import ItemHost, wrapped_static
from journeydesk.ui.style import icons, theme


class HeaderItem(QGraphicsItem):
    """A stage (column) or lane (row) header: drag to reorder, drag its far edge to resize."""

    EDGE = 6.0

    def __init__(self, entity: Stage | Lane, rect: QRectF) -> None:
        super().__init__()
        self.entity_id = entity.id
        self.is_stage = isinstance(entity, Stage)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        # Pinned, lane headers scroll up under the stage row, and both stay above cards and markers.
        self._z = 5.0 if self.is_stage else 4.0
        self.setZValue(self._z)
        self._mode = ""
        self._press = QPointF()
        self._label_offset = 0.0
        self.set_entity(entity, rect)

    def set_entity(self, entity: Stage | Lane, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.entity = entity
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.setToolTip(plain_tooltip(entity.name))
        sub = entity.goal if isinstance(entity, Stage) else ""
        self._indent = 8.0 if self.is_stage else 28.0
        self._name = wrapped_static(entity.name, rect.width() - self._indent - 8)
        self._sub = wrapped_static(sub, rect.width() - 16) if sub else None
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def set_label_offset(self, offset: float) -> None:
        """Move a lane's name down its header, to stay in sight below the pinned stage row."""
        if offset != self._label_offset:
            self._label_offset = offset
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.rect
        colors = theme.current()
        if self.is_stage:
            color = QColor(self.entity.color)
            painter.fillRect(rect, colors.stage_tint(color, 0.22))
            painter.fillRect(QRectF(rect.x(), rect.y(), rect.width(), 5), color)
        else:
            painter.fillRect(rect, QColor(colors.lane_header))
        painter.setPen(QPen(QColor(colors.selection), 2) if self.isSelected()
                       else QPen(QColor(colors.header_border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont(painter.font())
        font.setPixelSize(14 if self.is_stage else 12)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        painter.save()
        clip = rect.adjusted(4, 4, -4, -4)
        if self.is_stage:  # a taller header holds KPI lines under the name and goal
            clip.setBottom(min(clip.bottom(), Metrics().stage_header_height - 4))
        painter.setClipRect(clip)
        down = 0.0 if self.is_stage else self._label_offset
        if not self.is_stage:
            icons.render(painter, icons.lane_icon_name(self.entity.kind), QRectF(8, 11 + down, 14, 14),
                         QColor(colors.muted_text))
        painter.drawStaticText(QPointF(self._indent, 10 + down), self._name)
        if self._sub is not None:
            font.setPixelSize(10)
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor(colors.muted_text))
            painter.drawStaticText(QPointF(8, 30), self._sub)
        painter.restore()

    def _on_edge(self, pos: QPointF) -> bool:
        if self.is_stage:
            return pos.x() >= self.rect.right() - self.EDGE
        return pos.y() >= self.rect.bottom() - self.EDGE

    def hoverMoveEvent(self, event) -> None:
        if self._on_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor if self.is_stage else Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._mode = "resize" if self._on_edge(event.pos()) else "press"
            self._press = event.scenePos()
            self._origin = self.pos()

    def mouseMoveEvent(self, event) -> None:
        delta = event.scenePos() - self._press
        scene: ItemHost = self.scene()  # type: ignore[assignment]
        if self._mode == "resize":
            scene.show_guide(self, event.scenePos())
        elif self._mode in ("press", "move"):
            if self._mode == "press" and max(abs(delta.x()), abs(delta.y())) < 4:
                return
            self._mode = "move"
            offset = QPointF(delta.x(), 0) if self.is_stage else QPointF(0, delta.y())
            self.setPos(self._origin + offset)
            self.setZValue(10)
            scene.show_guide(self, event.scenePos())

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        mode, self._mode = self._mode, ""
        self.setZValue(self._z)
        scene: ItemHost = self.scene()  # type: ignore[assignment]
        if mode == "resize":
            scene.header_resized(self, event.scenePos())
        elif mode == "move":
            scene.header_moved(self, event.scenePos())

    def mouseDoubleClickEvent(self, event) -> None:
        scene: ItemHost = self.scene()  # type: ignore[assignment]
        scene.start_editing(self)
