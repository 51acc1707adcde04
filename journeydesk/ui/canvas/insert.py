"""The Insert menu: the same elements as the palette, placed from the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.kinds import LANE_CARD_KIND

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from journeydesk.ui.canvas.map_editor import MapEditor


def insert_element(map_editor: MapEditor, kind: str) -> None:
    """Insert ``kind`` where a drop would put it: the selected cell, or a sensible default."""
    layout = map_editor.scene.layout
    if layout is None:
        return
    if kind == "persona":
        map_editor.drop_element(kind, QPointF(0, 0))
        return
    if not layout.stages:
        if kind == "stage":
            map_editor.drop_element(kind, QPointF(layout.width, layout.metrics.title_height))
        else:
            map_editor.editor.error.emit(translate("MapEditor", "Add a stage first (Insert ▸ Stage)."))
        return
    cell = map_editor.scene.selected_cell
    stage_id = cell[0] if cell else layout.stages[0].id
    stage = layout.stage_rects[stage_id]
    if kind == "stage":
        point = QPointF(stage.right - 1, stage.y + 1) if cell else QPointF(layout.width, stage.y)
    elif kind == "lane" or kind.startswith("lane:"):
        lane = layout.lane_rects[cell[1]] if cell else None
        point = QPointF(stage.x + 1, lane.bottom - 1 if lane else layout.height)
    elif kind == "emotion_marker":
        lanes = layout.emotion_lanes()
        if not lanes:
            map_editor.editor.error.emit(translate("MapEditor",
                                                   "This journey has no emotions lane; add one first."))
            return
        point = QPointF(stage.x + stage.w / 2, layout.score_y(lanes[0].id, 0))
    else:
        lane_id = _lane_for(layout, CardKind(kind), cell[1] if cell else None)
        if lane_id is None:
            map_editor.editor.error.emit(translate("MapEditor", "Select a cell of the map first."))
            return
        rect = layout.cell_rect(stage_id, lane_id)
        point = QPointF(rect.right - 1, rect.bottom - 1)
    map_editor.drop_element(kind, point)


def _lane_for(layout, kind: CardKind, selected: str | None) -> str | None:
    """The lane holding ``kind`` cards (the selected one if it does), else the selected or first lane."""
    lanes = [lane for lane in layout.lanes if lane.kind != LaneKind.EMOTIONS]
    holding = [lane.id for lane in lanes if LANE_CARD_KIND.get(lane.kind) == kind]
    if holding:
        return selected if selected in holding else holding[0]
    return selected or (lanes[0].id if lanes else None)
