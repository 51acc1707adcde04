"""The whole journey map drawn from a JourneyLayout (the canvas's geometry, or one reshaped for print) at a
scale."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.layout import Rect as LayoutRect
from journeydesk.core.model import Journey
from journeydesk.report.cards import CARD_TEXT, draw_card, draw_curve, draw_marker, draw_scale
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.links import draw_links
from journeydesk.report.print_layout import fit_layout
from journeydesk.report.style import LANE_FILL, MUTED, RULE, TEXT, stage_color, tint
from journeydesk.report.textfit import ellipsize, wrap

GRID = colors.HexColor("#dde3ea")
BAND = colors.HexColor("#f7f9fb")
STAGE_NAME, LANE_NAME = 14.0, 12.0  # their text sizes at 100 %


@dataclass(frozen=True, slots=True)
class Picture:
    """A drawn map and the size its card text came out at (points)."""

    drawing: Drawing
    text_size: float


class _Place:
    """Layout units to drawing points: scale ``u`` and the layout point at the top-left corner."""

    def __init__(self, u: float, left: float, top: float, height: float) -> None:
        self.u, self.left, self.top, self.height = u, left, top, height

    def x(self, x: float) -> float:
        return (x - self.left) * self.u

    def y(self, y: float) -> float:
        return self.height - (y - self.top) * self.u

    def rect(self, r: LayoutRect) -> tuple[float, float, float, float]:
        """(x, bottom, width, height) in drawing points."""
        return self.x(r.x), self.y(r.bottom), r.w * self.u, r.h * self.u


def new_drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # type: ignore[attr-defined]
    return drawing


def fit_map(document: Document, journey: Journey, width: float, height: float) -> Picture:
    """The journey's stages, lanes, cards and emotions, reshaped and scaled to fill ``width`` × ``height``."""
    layout, u = fit_layout(document, journey.id, width, height)
    return scaled_map(document, layout, u)


def overview_map(document: Document, journey: Journey, width: float, height: float,
                 smallest: float) -> Picture:
    """The whole map fitted in as fit_map does, without any text smaller than ``smallest`` points (a picture
    of its shape), its stages and lanes named at ``smallest`` where their own size would be smaller."""
    layout, u = fit_layout(document, journey.id, width, height)
    picture = scaled_map(document, layout, u, smallest=smallest)
    drawing = picture.drawing
    _drop_small_text(drawing, smallest)
    place = _Place(u, 0, layout.metrics.title_height, drawing.height)
    bands = [(stage.name, layout.stage_rects[stage.id], STAGE_NAME * u) for stage in layout.stages]
    bands += [(lane.name, layout.lane_rects[lane.id], LANE_NAME * u) for lane in layout.lanes]
    for name, rect, own in bands:
        if own < smallest:
            x, y, w, h = place.rect(rect)
            drawing.add(String(x + 3, y + h - smallest - 3, ellipsize(name, smallest, w - 6), fontName=FONT,
                               fontSize=smallest, fillColor=TEXT))
    return picture


def _drop_small_text(group: Group | Drawing, smallest: float) -> None:
    group.contents = [shape for shape in group.contents
                      if not (isinstance(shape, String) and shape.fontSize < smallest)]
    for shape in group.contents:
        if isinstance(shape, Group):
            _drop_small_text(shape, smallest)


def scaled_map(document: Document, layout: JourneyLayout, u: float, *, title: bool = False,
               smallest: float = 0.0) -> Picture:
    """The map drawn at ``u`` points per layout unit; with ``title``, the layout's title band on top;
    links without their labels where those would be under ``smallest`` points."""
    top = 0.0 if title else layout.metrics.title_height
    map_h = layout.height - top
    drawing = new_drawing(layout.width * u, map_h * u)
    place = _Place(u, 0, top, map_h * u)
    group = Group()
    _grid(group, document, layout, place)
    _emotions(group, document, layout, place)
    # under the cards, as on screen
    draw_links(group, document, layout, lambda x, y: (place.x(x), place.y(y)), u, smallest)
    for lane in layout.lanes:
        for stage in layout.stages:
            for card in layout.cell_cards(stage.id, lane.id):
                r = layout.card_rects.get(card.id)
                if r is not None:
                    draw_card(group, card, *place.rect(r), u)
    drawing.add(group)
    return Picture(drawing, CARD_TEXT * u)


def _grid(group: Group, document: Document, layout: JourneyLayout, place: _Place) -> None:
    u = place.u
    right = place.x(layout.width)
    for index, lane in enumerate(layout.lanes):
        x, y, w, h = place.rect(layout.lane_rects[lane.id])
        if index % 2:
            group.add(Rect(x + w, y, right - x - w, h, fillColor=BAND, strokeColor=None))
    for lane in layout.lanes:
        x, y, w, h = place.rect(layout.lane_rects[lane.id])
        group.add(Line(x, y, right, y, strokeColor=GRID, strokeWidth=max(0.2, u)))
    for stage in layout.stages:
        x = place.x(layout.stage_rects[stage.id].right)
        group.add(Line(x, place.y(layout.height), x, place.y(layout.grid_top), strokeColor=GRID,
                       strokeWidth=max(0.2, u)))
    for stage in layout.stages:
        x, y, w, h = place.rect(layout.stage_rects[stage.id])
        group.add(Rect(x, y, w, h, fillColor=tint(stage_color(stage), 0.22), strokeColor=RULE,
                       strokeWidth=max(0.2, u)))
        group.add(Rect(x, y + h - 5 * u, w, 5 * u, fillColor=colors.HexColor(stage_color(stage)),
                       strokeColor=None))
        size = STAGE_NAME * u
        group.add(String(x + 8 * u, y + h - 10 * u - size * 0.9, ellipsize(stage.name, size, w - 16 * u,
                                                                           font=BOLD),
                         fontName=BOLD, fontSize=size, fillColor=TEXT))
        if stage.goal:
            small = 10 * u
            lines, _ = wrap(stage.goal, small, w - 16 * u, 2)
            baseline = y + h - 30 * u - small * 0.9
            for line in lines:
                group.add(String(x + 8 * u, baseline, line, fontName=FONT, fontSize=small,
                                 fillColor=MUTED))
                baseline -= 12 * u
    for lane in layout.lanes:
        x, y, w, h = place.rect(layout.lane_rects[lane.id])
        group.add(Rect(x, y, w, h, fillColor=LANE_FILL, strokeColor=RULE, strokeWidth=max(0.2, u)))
        size = LANE_NAME * u
        lines, _ = wrap(lane.name, size, w - 16 * u, max(1, int((h - 16 * u) // (15 * u))))
        baseline = y + h - 10 * u - size * 0.9
        for line in lines:
            group.add(String(x + 8 * u, baseline, line, fontName=FONT, fontSize=size, fillColor=TEXT))
            baseline -= 15 * u


def _emotions(group: Group, document: Document, layout: JourneyLayout, place: _Place) -> None:
    """The neutral line and curve of the first emotion lane (as the editor draws), then every marker."""
    u = place.u
    markers = [m for m in document.markers(layout.journey_id) if m.id in layout.marker_points]
    points = {m.id: (place.x(layout.marker_points[m.id][0]), place.y(layout.marker_points[m.id][1]))
              for m in markers}
    lanes = layout.emotion_lanes()
    if lanes:
        lane = lanes[0]
        x, y, w, h = place.rect(layout.lane_rects[lane.id])
        zero = place.y(layout.score_y(lane.id, 0))
        group.add(Line(x + w, zero, place.x(layout.width), zero, strokeColor=RULE,
                       strokeWidth=max(0.2, 0.8 * u), strokeDashArray=[3 * u, 3 * u]))
        draw_scale(group, x + w + 4 * u, lambda score: place.y(layout.score_y(lane.id, score)), 9 * u)
        draw_curve(group, [points[m.id] for m in markers if m.lane_id == lane.id], zero, y, y + h, u)
    for marker in markers:
        draw_marker(group, *points[marker.id], marker.score, marker.label, u, 110 * u)
