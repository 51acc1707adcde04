"""The arrows between cards on a drawn map: the canvas's own routes (core/link_routes.py) as reportlab
shapes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.graphics.shapes import Group, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from journeydesk.core.document import Document
from journeydesk.core.enums import LinkKind
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.link_routes import link_routes
from journeydesk.core.model import Link
from journeydesk.report.fonts import FONT, width
from journeydesk.report.style import TEXT, shorten

FLOW = colors.HexColor("#6b7a8c")  # the map editor's colours in its light theme
CHANNEL_SWITCH = colors.HexColor("#c05a12")
ARROW_LENGTH, ARROW_WIDTH = 7.0, 6.0
LABEL_TEXT = 10.0
LABEL_MAX = 40
LINE_WIDTH = 1.5
DASHES = (4.0, 3.0)  # in line widths

Place = Callable[[float, float], tuple[float, float]]


def link_color(link: Link) -> colors.Color:
    return CHANNEL_SWITCH if link.kind == LinkKind.CHANNEL_SWITCH else FLOW


def draw_links(group: Group, document: Document, layout: JourneyLayout, place: Place, u: float,
               smallest: float = 0.0) -> int:
    """Every link whose two cards are on ``layout``, mapped onto the page by ``place``, without labels
    whose text would be under ``smallest`` points; how many were drawn."""
    links = {link.id: link for link in document.links(layout.journey_id)}
    routes = link_routes(links.values(), layout)
    for link_id in sorted(routes):
        route = routes[link_id]
        link = links[link_id] if LABEL_TEXT * u >= smallest else replace(links[link_id], label="")
        draw_arrow(group, link, [place(x, y) for x, y in route.points], place(*route.label_at), u)
    return len(routes)


def draw_arrow(group: Group, link: Link, points: list[tuple[float, float]], label_at: tuple[float, float],
               u: float, smallest_label: float = 0.0) -> None:
    """One link along ``points`` (page points, the last one the arrow's tip) with its label at ``label_at``,
    its text no smaller than ``smallest_label`` points."""
    color = link_color(link)
    line = max(0.4, LINE_WIDTH * u)
    dashes = [d * line for d in DASHES] if link.kind == LinkKind.CHANNEL_SWITCH else None
    group.add(PolyLine([v for point in points for v in point], strokeColor=color, strokeWidth=line,
                       strokeDashArray=dashes, strokeLineJoin=1))
    group.add(arrowhead(points, u, color))
    if link.label:
        size = max(LABEL_TEXT * u, smallest_label)
        text = shorten(link.label, LABEL_MAX)
        wide, high = width(text, size) + 0.8 * size, size * 1.4
        x, y = label_at
        group.add(Rect(x - wide / 2, y - high / 2, wide, high, rx=0.3 * size, ry=0.3 * size,
                       fillColor=colors.white, strokeColor=color, strokeWidth=max(0.3, 0.8 * u)))
        group.add(String(x, y - size * 0.35, text, fontName=FONT, fontSize=size, fillColor=TEXT,
                         textAnchor="middle"))


def arrowhead(points: list[tuple[float, float]], u: float, color: colors.Color) -> Polygon:
    """A filled triangle at the last point, pointing along the last stretch."""
    (ax, ay), (bx, by) = points[-2], points[-1]
    length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5 or 1.0
    dx, dy = (bx - ax) / length, (by - ay) / length
    back_x, back_y = bx - dx * ARROW_LENGTH * u, by - dy * ARROW_LENGTH * u
    half = ARROW_WIDTH * u / 2
    return Polygon([bx, by, back_x - dy * half, back_y + dx * half, back_x + dy * half, back_y - dx * half],
                   fillColor=color, strokeColor=None)
