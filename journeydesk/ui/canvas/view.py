"""The map view: zoom, pan, drops from the palette and persona library, keyboard on the canvas."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from journeydesk.core.enums import LaneKind
from journeydesk.core.kinds import card_kind_name
from journeydesk.ui.base.drag_formats import ELEMENT_MIME, PERSONA_MIME
from journeydesk.ui.canvas.items import CardItem, HeaderItem, MarkerItem, card_font
from journeydesk.ui.canvas.link_items import LinkItem, link_ends_text
from journeydesk.ui.canvas.overview_image import paint_overview
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.style import theme
from journeydesk.ui.style.look import emotion_scale_label

MIN_ZOOM, MAX_ZOOM = 0.01, 4.0
OVERVIEW_ZOOM = 0.15
OVERVIEW_MAX_SIDE = 6000
READABLE_TEXT_PX = 9.0  # the smallest card text (on screen) a journey opens with


class JourneyView(QGraphicsView):
    """Shows a JourneyScene; turns wheel, pinch, keys and drops into view changes or requests."""

    zoom_changed = Signal(float)
    element_dropped = Signal(str, QPointF)
    persona_dropped = Signal(str, QPointF)
    delete_requested = Signal()

    def __init__(self, scene: JourneyScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(self.selection_description())
        scene.selectionChanged.connect(self.announce_selection)
        scene.cell_selected.connect(self.announce_selection)
        scene.selectionChanged.connect(self._sync_input_method)
        scene.cell_selected.connect(self._sync_input_method)
        scene.focusItemChanged.connect(self._sync_input_method)
        scene.journey_shown.connect(self.show_start)
        scene.keep_pictures()
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_held = False
        self._middle_pan: QPointF | None = None
        self._overview: tuple[tuple[int, str], QImage] | None = None
        self._start_pending = False

    # ----- what a screen reader hears

    def announce_selection(self) -> None:
        """Describe the selected item (kind and text) for screen readers, and tell them it changed."""
        self.setAccessibleDescription(self.selection_description())
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def selection_description(self) -> str:
        scene = self.journey_scene
        items = scene.selectedItems()
        if len(items) > 1:
            return self.tr("%n items selected", "", len(items))
        if items:
            item = items[0]
            if isinstance(item, CardItem):
                return self.tr("{0} card: {1}").format(card_kind_name(item.card.kind), item.card.text)
            if isinstance(item, HeaderItem):
                template = self.tr("Stage: {0}") if item.is_stage else self.tr("Lane: {0}")
                return template.format(item.entity.name)
            if isinstance(item, MarkerItem):
                return self.tr("Emotion marker {0}: {1}").format(
                    emotion_scale_label(item.marker.score), item.marker.label)
            if isinstance(item, LinkItem):
                return self.tr("Link: {0}").format(link_ends_text(scene.document, item.link))
        cell = scene.selected_cell
        layout = scene.layout
        if cell is not None and layout is not None:
            stage = next((s.name for s in layout.stages if s.id == cell[0]), "")
            lane = next((lane.name for lane in layout.lanes if lane.id == cell[1]), "")
            return self.tr("Cell {0}, {1}: type to add a card").format(stage, lane)
        return self.tr("Nothing selected. The arrow keys select a card or a cell; typing in a cell adds a card.")

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

    def event(self, event) -> bool:
        # While a card is edited in place, its text editor gets every key (Ctrl+C, Delete,
        # Ctrl+Z…) instead of the window's shortcuts for whole cards.
        if event.type() == QEvent.Type.ShortcutOverride and self.journey_scene.editor is not None:
            if event.matches(QKeySequence.StandardKey.Find):
                # Find leaves the card: keep what is typed, then let the window's shortcut open the find bar.
                self.journey_scene.finish_editing()
                return super().event(event)
            event.accept()
            return True
        return super().event(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
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

    # ----- input methods: a selected cell takes composed text as a new card

    def _cell_takes_text(self) -> bool:
        scene = self.journey_scene
        return scene.editor is None and scene.selected_cell is not None and (not scene.read_only or scene.entry_allowed)

    def _sync_input_method(self) -> None:
        # Qt enables input methods only for a focused item that accepts them; without this, the
        # first keystroke on a selected cell arrives as a raw letter instead of being composed.
        focus = self.journey_scene.focusItem()
        enabled = self._cell_takes_text() or bool(
            focus is not None and focus.flags() & focus.GraphicsItemFlag.ItemAcceptsInputMethod)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, enabled)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, enabled)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._sync_input_method()

    def inputMethodQuery(self, query):
        if self._cell_takes_text():
            if query == Qt.InputMethodQuery.ImEnabled:
                return True
            if query == Qt.InputMethodQuery.ImCursorRectangle and self.journey_scene.layout is not None:
                cell = self.journey_scene.layout.cell_rect(*self.journey_scene.selected_cell)
                return self.mapFromScene(QRectF(cell.x, cell.y, 2, 16)).boundingRect().toRectF()
        return super().inputMethodQuery(query)

    def inputMethodEvent(self, event) -> None:
        scene = self.journey_scene
        if self._cell_takes_text() and (event.commitString() or event.preeditString()):
            scene.start_entry(*scene.selected_cell)
            if scene.editor is not None:
                scene.sendEvent(scene.editor, event)
                event.accept()
                return
        super().inputMethodEvent(event)

    # ----- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._start_pending = False
        scene = self.journey_scene
        if scene.editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        selected = [i for i in scene.selectedItems() if isinstance(i, (CardItem, HeaderItem))]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and len(selected) == 1:
            scene.start_editing(selected[0])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and scene.selectedItems():
            if not scene.read_only:
                self.delete_requested.emit()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        cards = [i for i in selected if isinstance(i, CardItem)]
        if key in arrows:
            self._arrow(*arrows[key])
            return
        if key == Qt.Key.Key_Escape and len(cards) == 1:
            card = cards[0].card
            scene.select_cell((card.stage_id, card.lane_id))
            return
        if key == Qt.Key.Key_Escape and scene.selected_cell is not None:
            scene.select_cell(None)
            return
        if scene.selected_cell is not None and event.text() and event.text().isprintable() \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            scene.start_entry(*scene.selected_cell)
            if scene.editor is not None:
                scene.editor.insert_text(event.text())
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self.setInteractive(True)
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def _arrow(self, dx: int, dy: int) -> None:
        scene = self.journey_scene
        items = scene.selectedItems()
        cards = [i for i in items if isinstance(i, CardItem)]
        only = items[0] if len(items) == 1 else None
        if cards:
            if not self._select_neighbour(cards[-1], dx, dy) and (dy < 0 or dx < 0):
                card = cards[-1].card
                self._select_item(scene.headers.get(card.stage_id if dy < 0 else card.lane_id))
        elif isinstance(only, HeaderItem):
            self._move_from_header(only, dx, dy)
        elif isinstance(only, MarkerItem):
            self._move_from_marker(only, dx, dy)
        elif scene.selected_cell is not None:
            self._move_cell(dx, dy)
        elif scene.cards:
            first = min(scene.cards.values(), key=lambda item: (item.pos().x(), item.pos().y()))
            first.setSelected(True)
            self.ensureVisible(first)
        else:
            self._select_first_cell()

    def _select_item(self, item) -> None:
        if item is not None:
            self.journey_scene.clearSelection()
            item.setSelected(True)
            self.ensureVisible(item)

    def _show_cell(self, stage_id: str, lane_id: str) -> None:
        self.journey_scene.select_cell((stage_id, lane_id))
        cell = self.journey_scene.layout.cell_rect(stage_id, lane_id)
        self.ensureVisible(QRectF(cell.x, cell.y, cell.w, min(cell.h, 200)), 20, 20)

    def _move_from_header(self, header: HeaderItem, dx: int, dy: int) -> None:
        """Arrows run along the stage (or lane) headers; ↓ from a stage or → from a lane goes back in."""
        scene = self.journey_scene
        layout = scene.layout
        if header.is_stage:
            ids = [s.id for s in layout.stages]
            if dx:
                self._select_item(scene.headers.get(ids[max(0, min(len(ids) - 1, ids.index(header.entity_id) + dx))]))
            elif dy > 0:
                rows = [lane.id for lane in layout.lanes if lane.kind != LaneKind.EMOTIONS]
                if rows:
                    self._show_cell(header.entity_id, rows[0])
            return
        ids = [lane.id for lane in layout.lanes]
        index = ids.index(header.entity_id)
        if dy:
            self._select_item(scene.headers.get(ids[max(0, min(len(ids) - 1, index + dy))]))
        elif dx > 0 and layout.lanes[index].kind == LaneKind.EMOTIONS:
            markers = self._markers_in(header.entity_id)
            if markers:
                self._select_item(markers[0])
        elif dx > 0 and layout.stages:
            self._show_cell(layout.stages[0].id, header.entity_id)

    def _markers_in(self, lane_id: str) -> list[MarkerItem]:
        markers = [m for m in self.journey_scene.markers.values() if m.marker.lane_id == lane_id]
        return sorted(markers, key=lambda m: m.pos().x())

    def _move_from_marker(self, item: MarkerItem, dx: int, dy: int) -> None:
        """←/→ go from marker to marker (← from the first reaches the lane header); ↑/↓ change the score."""
        scene = self.journey_scene
        marker = item.marker
        if dx:
            markers = self._markers_in(marker.lane_id)
            index = markers.index(item) + dx
            if index < 0:
                self._select_item(scene.headers.get(marker.lane_id))
            elif index < len(markers):
                self._select_item(markers[index])
        elif not scene.read_only and -2 <= marker.score - dy <= 2:
            scene.marker_move_requested.emit(marker.id, marker.stage_id, marker.offset, marker.score - dy)

    def _select_first_cell(self) -> None:
        """On a map without cards, the arrow keys start at the first cell, so typing adds a card."""
        layout = self.journey_scene.layout
        lanes = [lane.id for lane in layout.lanes if lane.kind != LaneKind.EMOTIONS] if layout else []
        if layout is not None and layout.stages and lanes:
            self.journey_scene.select_cell((layout.stages[0].id, lanes[0]))

    def _move_cell(self, dx: int, dy: int) -> None:
        """Arrow keys on a selected cell select the neighbouring cell (skipping the emotions lane) or a header."""
        scene = self.journey_scene
        layout = scene.layout
        stages = [s.id for s in layout.stages]
        lanes = [lane.id for lane in layout.lanes if lane.kind != LaneKind.EMOTIONS]
        stage_id, lane_id = scene.selected_cell
        if stage_id not in stages or lane_id not in lanes:
            return
        column, row = stages.index(stage_id) + dx, lanes.index(lane_id) + dy
        if row < 0:
            self._select_item(scene.headers.get(stage_id))
        elif column < 0:
            self._select_item(scene.headers.get(lane_id))
        else:
            self._show_cell(stages[min(len(stages) - 1, column)], lanes[min(len(lanes) - 1, row)])

    def _select_neighbour(self, item: CardItem, dx: int, dy: int) -> bool:
        """Select the nearest card in the arrow's direction; False if there is none."""
        origin = item.sceneBoundingRect().center()
        best, best_score = None, float("inf")
        self.journey_scene.later_cards.make(everything=True)
        for other in self.journey_scene.cards.values():
            if other is item:
                continue
            delta = other.sceneBoundingRect().center() - origin
            along = delta.x() * dx + delta.y() * dy
            if along <= 1:
                continue
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            score = along + 2 * across
            if score < best_score:
                best, best_score = other, score
        self._select_item(best)
        return best is not None

    # ----- drops

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._show_drop_target(event)
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._show_drop_target(event)
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:
        self.journey_scene.clear_drop_target()
        super().dragLeaveEvent(event)

    def _show_drop_target(self, event) -> None:
        data = event.mimeData()
        kind = bytes(data.data(ELEMENT_MIME)).decode() if data.hasFormat(ELEMENT_MIME) else "persona"
        self.journey_scene.show_drop_target(kind, self.mapToScene(event.position().toPoint()))

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        self.journey_scene.clear_drop_target()
        if not self._accepts(data):
            super().dropEvent(event)
            return
        position = self.mapToScene(event.position().toPoint())
        if data.hasFormat(ELEMENT_MIME):
            self.element_dropped.emit(bytes(data.data(ELEMENT_MIME)).decode(), position)
        else:
            self.persona_dropped.emit(bytes(data.data(PERSONA_MIME)).decode(), position)
        event.acceptProposedAction()
        self._focus_editor()

    def _focus_editor(self) -> None:
        """The keyboard goes to the name or text editor a drop opened, not to the palette the drag came from."""
        editor = self.journey_scene.editor
        if editor is None:
            return
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accepts(self, data) -> bool:
        if self.journey_scene.read_only or self.journey_scene.layout is None:
            return False
        return data.hasFormat(ELEMENT_MIME) or data.hasFormat(PERSONA_MIME)
