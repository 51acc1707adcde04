"""JourneyScene's highlights: where a drag from the palette would land, and outlines around Find's matches."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from journeydesk.core.enums import LaneKind
from journeydesk.ui.canvas.scene_grid import qrect
from journeydesk.ui.style import theme


class DropAndFindHighlights:
    """Mixed into JourneyScene: uses its layout, cards, title, guide, drop_target and find_marks."""

    def show_drop_target(self, kind: str, pos: QPointF) -> None:
        """Highlight what a drop of ``kind`` at ``pos`` goes into: a cell for a card, the emotions lane for
        a marker, the title for a persona, the insert line for a stage or lane (nothing where it cannot
        go)."""
        layout = self.layout
        target = None
        if layout is None:
            self.clear_drop_target()
            return
        if kind in ("stage", "lane") or kind.startswith("lane:"):
            self.drop_target.hide()
            self._show_insert_guide(kind == "stage", pos)
            return
        self.guide.hide()
        if kind == "persona":
            target = self.title.rect
        elif kind == "emotion_marker":
            under = layout.lane_at(pos.y())
            lanes = ([under] if under is not None and under.kind == LaneKind.EMOTIONS
                     else layout.emotion_lanes()[:1])
            if lanes and layout.stage_at(pos.x()) is not None:
                lane = layout.lane_rects[lanes[0].id]
                target = QRectF(lane.right, lane.y, layout.width - lane.right, lane.h)
        else:
            cell = layout.cell_at(pos.x(), pos.y())
            if cell is not None and cell[1].kind != LaneKind.EMOTIONS:
                target = qrect(layout.cell_rect(cell[0].id, cell[1].id))
        if target is None:
            self.drop_target.hide()
            return
        colour = QColor(theme.current().selection)
        self.drop_target.setPen(QPen(colour, 2))
        colour.setAlpha(40)
        self.drop_target.setBrush(colour)
        self.drop_target.setRect(target.adjusted(1, 1, -1, -1))
        self.drop_target.show()

    def clear_drop_target(self) -> None:
        self.drop_target.hide()
        self.guide.hide()

    # ----- matches of Find

    def mark_matches(self, card_ids: list[str]) -> None:
        """A quiet outline around each of ``card_ids`` (the matches of Find); an empty list clears it."""
        self.marked = list(card_ids)
        path = QPainterPath()
        for card_id in self.marked:
            item = self.cards.get(card_id)
            if item is not None:
                path.addRoundedRect(item.sceneBoundingRect().adjusted(-3, -3, 3, 3), 8, 8)
        colour = QColor(theme.current().selection)
        colour.setAlpha(150)
        self.find_marks.setPen(QPen(colour, 2, Qt.PenStyle.DotLine))
        colour.setAlpha(30)
        self.find_marks.setBrush(colour)
        self.find_marks.setPath(path)
