"""JourneyScene's mouse gestures: selecting a cell, dragging cards to another cell, dragging emotion
markers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeydesk.core.enums import LaneKind
from journeydesk.ui.canvas.items import CardItem, MarkerItem

DRAGGED_Z = 1.0  # cards being dragged pass over the others, under markers and guides


class CardAndMarkerDrags:
    """Mixed into JourneyScene: uses its layout, items, link layer, curve and *_requested signals."""

    def mousePressEvent(self, event) -> None:
        if self.editor is not None and self.itemAt(event.scenePos(),
                                                   self.views()[0].transform()) is not self.editor:
            self.close_editor(commit=True)
        super().mousePressEvent(event)
        self._press_positions = {i: item.pos() for i, item in self.cards.items() if item.isSelected()}
        hit = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if hit is None and event.button() == Qt.MouseButton.LeftButton and self.layout is not None:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            self.select_cell((cell[0].id, cell[1].id) if cell and cell[1].kind != LaneKind.EMOTIONS else None)
        elif hit is not None:
            self.select_cell(None)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press_positions and not self._links_faded:
            moving = {i for i, start in self._press_positions.items() if i in self.cards
                      and self.cards[i].pos() != start}
            if moving:  # their links are routed again on release; until then they fade, not point at nothing
                self._links_faded = True
                self.link_layer.fade(moving)
                for card_id in moving:
                    self.cards[card_id].setZValue(DRAGGED_Z)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._links_faded:
            self._links_faded = False
            self.link_layer.fade(set())
            for card_id in self._press_positions:
                if card_id in self.cards:
                    self.cards[card_id].setZValue(0)
        moved = [i for i, start in self._press_positions.items()
                 if i in self.cards and self.cards[i].pos() != start]
        self._press_positions = {}
        for card_id in moved:
            self.cards[card_id].placed = None
        if not moved or self.layout is None:
            return
        if self.read_only:
            self.reconcile()
            return
        target = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
        if target is None or target[1].kind == LaneKind.EMOTIONS:
            self.reconcile()
            return
        stage, lane = target
        chosen = [i for i, item in self.cards.items() if item.isSelected()]
        order = {c.id: n for n, c in enumerate(sorted(
            (self.cards[i].card for i in chosen),
            key=lambda c: (self.layout.card_rects[c.id].y, self.layout.card_rects[c.id].x)))}
        chosen.sort(key=order.__getitem__)
        index = self.layout.insert_index(stage.id, lane.id, event.scenePos().x(), event.scenePos().y(),
                                         ignoring=frozenset(chosen))
        self.cards_move_requested.emit(chosen, stage.id, lane.id, index)
        self.reconcile()

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(hit, CardItem):
            self.start_editing(hit)
            return
        super().mouseDoubleClickEvent(event)

    def select_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.selected_cell:
            self.selected_cell = cell
            self.entry_cell = None
            if cell is not None:
                self.clearSelection()
            self.cell_selected.emit()
            self.update()

    # ----- emotion markers

    def clamp_marker(self, item: MarkerItem, pos: QPointF) -> QPointF:
        layout = self.layout
        lane = layout.lane_rects[item.marker.lane_id]
        x = min(max(pos.x(), layout.metrics.lane_header_width), layout.width - 1)
        y = min(max(pos.y(), layout.score_y(lane_id := item.marker.lane_id, 2)), layout.score_y(lane_id, -2))
        return QPointF(x, min(max(y, lane.y), lane.bottom))

    def marker_score_at(self, item: MarkerItem, pos: QPointF) -> int:
        return self.layout.score_at(item.marker.lane_id, pos.y())

    def marker_dragged(self, item: MarkerItem) -> None:
        """While a marker is dragged the curve runs through it and ``marker_previewed`` tells its score;
        nothing is edited until it is dropped."""
        lane_id = item.marker.lane_id
        lanes = self.layout.emotion_lanes()
        if lanes and lanes[0].id == lane_id:
            points = sorted((m.pos() for m in self.markers.values() if m.marker.lane_id == lane_id),
                            key=QPointF.x)
            rect = self.layout.lane_rects[lane_id]
            self.curve.set_points(points, self.layout.score_y(lane_id, 0), rect.y, rect.bottom)
        self.marker_previewed.emit(item.marker.id, item.preview_score)

    def marker_dropped(self, item: MarkerItem) -> None:
        layout = self.layout
        marker = item.marker
        stage = layout.stage_at(item.pos().x())
        if stage is None or self.read_only:
            self.reconcile()
            self.marker_previewed.emit(marker.id, None)
            return
        score = layout.score_at(item.marker.lane_id, item.pos().y())
        offset = layout.offset_at(stage.id, item.pos().x())
        if (stage.id, offset, score) != (marker.stage_id, marker.offset, marker.score):
            self.marker_move_requested.emit(marker.id, stage.id, offset, score)
        self.reconcile()
        self.marker_previewed.emit(marker.id, None)
