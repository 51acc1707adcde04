"""Where presentation mode puts the view: the whole journey, or one stage framed by its neighbours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from journeydesk.core.layout import JourneyLayout

# Below this zoom card text (11 px at 100 %) is too small to read on a projector; a stage taller than
# the screen at this zoom shows its top lanes, whole, and the rest is a scroll away.
READABLE_ZOOM = 0.9
MAX_ZOOM = 2.5
NEIGHBOUR_SHARE = 0.2  # how much of each neighbouring stage's width frames the current stage
PAD = 8.0  # scene units of air around what a step shows
SCENE_MARGIN = 40.0  # the scene reaches this far beyond the map's right and bottom edges (JourneyScene)
BAND = 64  # pixels at the bottom of the screen kept for the progress line


@dataclass(frozen=True)
class Frame:
    """Where a step puts the view: a zoom and the scene point at the viewport's centre."""

    zoom: float
    center: QPointF


def overview_frame(layout: JourneyLayout, width: float, height: float) -> Frame:
    """The whole journey fitted into ``width`` × ``height`` pixels."""
    zoom = min(MAX_ZOOM, width / (layout.width + 2 * PAD), (height - BAND) / (layout.height + 2 * PAD))
    # The view shows the scene from its top while presenting, so this centre only matters for a map
    # that is still larger than the screen (never, once fitted) or wider than tall.
    return Frame(zoom, QPointF(layout.width / 2, -PAD + height / zoom / 2))


def stage_frame(layout: JourneyLayout, index: int, width: float, height: float) -> Frame:
    """Stage ``index`` with a margin of each neighbour, from its header down, as large as fits and reads.

    The whole column is fitted when that reads; a column too tall for that shows the lanes from the top
    that fit at a readable zoom (whole lanes, none cut in half).
    """
    stages = layout.stages
    rect = layout.stage_rects[stages[index].id]
    left = (rect.x - NEIGHBOUR_SHARE * layout.stage_rects[stages[index - 1].id].w if index > 0
            else 0.0)
    right = (rect.right + NEIGHBOUR_SHARE * layout.stage_rects[stages[index + 1].id].w
             if index + 1 < len(stages) else rect.right + 2 * PAD)
    top = rect.y - PAD
    usable = height - BAND
    zoom = min(MAX_ZOOM, width / (right - left), usable / (layout.height + PAD - top))
    if zoom < READABLE_ZOOM:
        reach = top + usable / READABLE_ZOOM
        bottoms = [r.bottom for r in layout.lane_rects.values() if r.bottom + PAD <= reach]
        bottom = max(bottoms, default=layout.grid_top)
        zoom = min(MAX_ZOOM, width / (right - left), usable / (bottom + PAD - top))
    end = layout.height + SCENE_MARGIN
    if top + height / zoom > end:
        # The view stops at the end of the map and would show half of the title above the stage:
        # show all of it (the whole map's height) when that still reads, else none of it.
        whole = height / end
        zoom = whole if whole >= READABLE_ZOOM else height / (end - top)
        top = end - height / zoom
    return Frame(zoom, QPointF((left + right) / 2, top + height / zoom / 2))
