"""Where a poster's map has something to print: the boxes of its title, headers, cards, markers, curve and
links."""

from __future__ import annotations

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout, Rect
from journeydesk.core.link_routes import link_routes
from journeydesk.report.tiling import Tiling

MARKER_REACH = 60.0  # a marker's face (13 units) with its label (110 units wide) below it
LINK_REACH = 12.0  # a link's stroke and arrowhead either side of its route; labels sit on the route


def content_boxes(document: Document, layout: JourneyLayout) -> list[Rect]:
    """Layout-unit boxes (y down from the top of the title band) outside which the map is only grid and
    bands."""
    m = layout.metrics
    boxes = [Rect(0, 0, layout.width, m.title_height)]
    boxes += layout.stage_rects.values()
    boxes += layout.lane_rects.values()
    boxes += layout.card_rects.values()
    for x, y in layout.marker_points.values():
        boxes.append(Rect(x - MARKER_REACH, y - MARKER_REACH / 2, 2 * MARKER_REACH, 1.5 * MARKER_REACH))
    lanes = layout.emotion_lanes()
    if lanes:  # the curve runs from the lane's first marker to its last, anywhere between its top and bottom
        lane = layout.lane_rects[lanes[0].id]
        on_lane = {m.id for m in document.markers(layout.journey_id) if m.lane_id == lanes[0].id}
        xs = sorted(x for marker_id, (x, _y) in layout.marker_points.items() if marker_id in on_lane)
        if len(xs) >= 2:
            boxes.append(Rect(xs[0], lane.y, xs[-1] - xs[0], lane.h))
    for route in link_routes(document.links(layout.journey_id), layout).values():
        for (ax, ay), (bx, by) in zip(route.points, route.points[1:], strict=False):
            boxes.append(Rect(min(ax, bx) - LINK_REACH, min(ay, by) - LINK_REACH,
                              abs(bx - ax) + 2 * LINK_REACH, abs(by - ay) + 2 * LINK_REACH))
    return boxes


def blank_tiles(tiling: Tiling, boxes: list[Rect], scale: float) -> frozenset[tuple[int, int]]:
    """(row, column) of every tile whose window overlaps none of ``boxes`` (layout units drawn at
    ``scale``)."""
    w, h = tiling.window
    blank = set()
    for row, column in tiling.tiles():
        left, top = tiling.origin(row, column)
        if not any(b.x * scale < left + w and left < (b.x + b.w) * scale and
                   b.y * scale < top + h and top < (b.y + b.h) * scale for b in boxes):
            blank.add((row, column))
    return frozenset(blank)
