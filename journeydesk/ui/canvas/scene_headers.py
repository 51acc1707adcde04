"""JourneyScene's header gestures: the guide line while a header is dragged, then the resize or move asked
for."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from journeydesk.ui.canvas.header_item import HeaderItem


class HeaderGestures:
    """Mixed into JourneyScene: uses its layout, guide line, read_only flag and *_requested signals."""

    def show_guide(self, header: HeaderItem, pos: QPointF) -> None:
        layout = self.layout
        if header._mode != "resize":
            self._show_insert_guide(header.is_stage, pos)
        elif header.is_stage:
            x = max(pos.x(), layout.stage_rects[header.entity_id].x + 80)
            self.guide.setLine(x, layout.metrics.title_height, x, layout.height)
        else:
            y = max(pos.y(), layout.lane_rects[header.entity_id].y + 20)
            self.guide.setLine(0, y, layout.width, y)
        self.guide.show()

    def _show_insert_guide(self, stage: bool, pos: QPointF) -> None:
        """The line where a stage (or lane) moved or dropped at ``pos`` goes in."""
        layout = self.layout
        if stage:
            index = layout.stage_insert_index(pos.x())
            x = layout.stage_rects[layout.stages[index].id].x if index < len(layout.stages) else layout.width
            self.guide.setLine(x, layout.metrics.title_height, x, layout.height)
        else:
            index = layout.lane_insert_index(pos.y())
            y = layout.lane_rects[layout.lanes[index].id].y if index < len(layout.lanes) else layout.height
            self.guide.setLine(0, y, layout.width, y)
        self.guide.show()

    def header_resized(self, header: HeaderItem, pos: QPointF) -> None:
        self.guide.hide()
        layout = self.layout
        if self.read_only:
            self.reconcile()
            return
        if header.is_stage:
            rect = layout.stage_rects[header.entity_id]
            width = int(max(layout.min_stage_width(), pos.x() - rect.x))
            if abs(width - rect.w) > 3:
                self.stage_resize_requested.emit(header.entity_id, width)
        else:
            rect = layout.lane_rects[header.entity_id]
            height = int(max(layout.content_height(header.entity_id), pos.y() - rect.y))
            if abs(height - rect.h) > 3:
                self.lane_resize_requested.emit(header.entity_id, height)
        self.reconcile()

    def header_moved(self, header: HeaderItem, pos: QPointF) -> None:
        self.guide.hide()
        layout = self.layout
        if self.read_only:
            self.reconcile()
            return
        if header.is_stage:
            index = layout.stage_insert_index(pos.x())
            current = [s.id for s in layout.stages].index(header.entity_id)
            self.stage_move_requested.emit(header.entity_id, index - 1 if index > current else index)
        else:
            index = layout.lane_insert_index(pos.y())
            current = [lane.id for lane in layout.lanes].index(header.entity_id)
            self.lane_move_requested.emit(header.entity_id, index - 1 if index > current else index)
        self.reconcile()
