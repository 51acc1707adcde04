"""JourneyView's keyboard: arrows through cards, cells, headers and markers; typing into a cell; Space to
pan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGraphicsView

from journeydesk.core.enums import LaneKind
from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.items import CardItem, MarkerItem


class KeyboardOnMap:
    """Mixed into JourneyView: uses its journey_scene and delete_requested signal."""

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

    # ----- input methods: a selected cell takes composed text as a new card

    def _cell_takes_text(self) -> bool:
        scene = self.journey_scene
        return scene.editor is None and scene.selected_cell is not None and (not scene.read_only
                                                                             or scene.entry_allowed)

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
                and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
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
                self._select_item(scene.headers.get(ids[max(0, min(len(ids) - 1, ids.index(header.entity_id)
                                                                   + dx))]))
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
        """Arrow keys on a selected cell select the neighbouring cell (skipping the emotions lane) or a
        header."""
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
