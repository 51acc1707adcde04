"""JourneyView's navigation: zoom, fit, the first view, panning, pinned headers, one picture when far out."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.items import card_font
from journeydesk.ui.canvas.overview_image import paint_overview
from journeydesk.ui.style import theme

MIN_ZOOM, MAX_ZOOM = 0.01, 4.0
OVERVIEW_ZOOM = 0.15
OVERVIEW_MAX_SIDE = 6000
READABLE_TEXT_PX = 9.0  # the smallest card text (on screen) a journey opens with


class MapNavigation:
    """Mixed into JourneyView: uses its journey_scene and zoom_changed signal."""

    # ----- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._start_pending = False
        self._scale_to(factor)

    def _scale_to(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        scale = factor / self.zoom()
        if abs(scale - 1) > 1e-6:
            self.scale(scale, scale)
            self.pin_headers()
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_journey(self) -> None:
        self._start_pending = False
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.pin_headers()
        self.zoom_changed.emit(self.zoom())

    def readable_zoom(self) -> float:
        """The least zoom at which card text is READABLE_TEXT_PX pixels or more on screen."""
        return READABLE_TEXT_PX / card_font().pixelSize()

    def show_start(self) -> None:
        """The first view of a journey: its top-left (title, first stage, lane names), text readable.

        The map's width fitted to the view when that keeps card text readable (never above 100 %),
        else the readable zoom. Until the person zooms or scrolls, the view keeps to this as it is
        resized (the window settling on screen, docks taking their room).
        """
        rect = self.sceneRect()
        width = self.viewport().width()
        if rect.isEmpty() or width <= 0:
            return
        fit_width = (width - 2) / rect.width()
        self._scale_to(min(1.0, max(fit_width, self.readable_zoom())))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.pin_headers()
        self.zoom_changed.emit(self.zoom())
        self._start_pending = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._start_pending:
            self.show_start()
        else:
            self.pin_headers()

    # ----- frozen headers: the stage row and lane column stay at the top and left

    def pin_headers(self) -> None:
        self.journey_scene.pin_headers(self.mapToScene(QPoint(0, 0)))
        self.journey_scene.keep_legend_in(self.mapToScene(self.viewport().rect()).boundingRect(), self.zoom())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.pin_headers()
        # The corner is drawn over the items, so the scrolled pixels of the old one are stale.
        corner = self.journey_scene.pinned_corner()
        if not corner.isEmpty():
            self.viewport().update(self.mapFromScene(corner).boundingRect().adjusted(-2, -2, 2, 2))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        corner = self.journey_scene.pinned_corner()
        if corner.isEmpty() or not corner.intersects(rect):
            return
        colors = theme.current()
        painter.fillRect(corner, QColor(colors.lane_header))
        painter.setPen(QPen(QColor(colors.header_border), 1))
        painter.drawRect(corner.adjusted(0.5, 0.5, -0.5, -0.5))

    def ensureVisible(self, target, *margins) -> None:
        """Scroll so ``target`` (a scene rect or an item) shows, and not under the pinned headers."""
        if isinstance(target, QGraphicsItem):
            rect = target.sceneBoundingRect()
        elif isinstance(target, QRectF):
            rect = target
        else:
            super().ensureVisible(target, *margins)
            return
        xmargin, ymargin = margins if len(margins) == 2 else (50, 50)
        area = QRectF(self.viewport().rect())
        if self.journey_scene.layout is not None:
            edge = self.mapFromScene(self.journey_scene.pinned_corner().bottomRight())
            if not (isinstance(target, HeaderItem) and not target.is_stage):
                area.setLeft(max(area.left(), edge.x()))
            if not (isinstance(target, HeaderItem) and target.is_stage):
                area.setTop(max(area.top(), edge.y()))
        shown = QRectF(self.mapFromScene(rect).boundingRect())
        for bar, low, high, first, last, margin in (
                (self.horizontalScrollBar(), shown.left(), shown.right(), area.left(), area.right(), xmargin),
                (self.verticalScrollBar(), shown.top(), shown.bottom(), area.top(), area.bottom(), ymargin)):
            margin = min(margin, max(0.0, (last - first - (high - low)) / 2))
            if low - margin < first:
                bar.setValue(bar.value() - math.ceil(first - (low - margin)))
            elif high + margin > last:
                bar.setValue(bar.value() + math.ceil(min(high + margin - last, low - margin - first)))

    def wheelEvent(self, event) -> None:
        self._start_pending = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (1.15 ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                return True
        if (event.type() == QEvent.Type.NativeGesture
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.set_zoom(self.zoom() * (1 + event.value()))
            return True
        return super().viewportEvent(event)

    # ----- far zoomed out: one pre-rendered picture instead of every item

    def paintEvent(self, event) -> None:
        scene = self.journey_scene
        if self.zoom() >= OVERVIEW_ZOOM or scene.layout is None or scene.editor is not None:
            super().paintEvent(event)
            return
        image = self._overview_image()
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), QColor(theme.current().canvas))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.mapFromScene(scene.sceneRect()).boundingRect()
        painter.drawImage(QRectF(target), image)
        painter.end()

    def _overview_image(self) -> QImage:
        scene = self.journey_scene
        key = (scene.revision, theme.current().name)
        if self._overview is not None and self._overview[0] == key:
            return self._overview[1]
        rect = scene.sceneRect()
        scale = min(OVERVIEW_ZOOM, OVERVIEW_MAX_SIDE / max(rect.width(), rect.height(), 1))
        image = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(theme.current().canvas))
        paint_overview(scene, image, scale)
        self._overview = (key, image)
        return image

    # ----- pan with space-drag and middle-drag

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_pending = False
        if event.button() == Qt.MouseButton.MiddleButton:
            self._middle_pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.journey_scene.mouseGrabberItem() is not None:
            self._scroll_near_edges(event.position())
        if self._middle_pan is not None:
            delta = event.position() - self._middle_pan
            self._middle_pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def _scroll_near_edges(self, pos: QPointF) -> None:
        """Dragging a card or marker towards an edge scrolls the map that way."""
        margin, step = 30, 24
        width, height = self.viewport().width(), self.viewport().height()
        dx = -step if pos.x() < margin else step if pos.x() > width - margin else 0
        dy = -step if pos.y() < margin else step if pos.y() > height - margin else 0
        if dx:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        if dy:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._middle_pan is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._middle_pan = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
