"""Links on a stage page: arrows between its cards through its gaps, and labelled stubs to other stages'
cards."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.graphics.shapes import Group, String

from journeydesk.core.document import Document
from journeydesk.core.layout import Rect
from journeydesk.core.link_routes import route
from journeydesk.core.model import Card, Link, Stage
from journeydesk.core.streets import Streets
from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.links import draw_arrow, link_color
from journeydesk.report.textfit import wrap

STUB_W = 92.0  # the strip at the page's right where stubs end and name the other stage
STUB_TEXT = 7.5
SMALLEST_LABEL = 7.0  # a stage page is read like a slide: nothing on it smaller
PHANTOM = 10.0


@dataclass
class StagePage:
    """Where a stage page put its cards (page points, y up) and the gaps between them."""

    cards: dict[str, Rect] = field(default_factory=dict)
    vertical: dict[float, float] = field(default_factory=dict)
    horizontal: dict[float, float] = field(default_factory=dict)


def crossing_links(document: Document, stage: Stage) -> list[Link]:
    """The links between a card of ``stage`` and a card of another stage of its journey."""
    here = {card.id for card in document.cards(stage.journey_id) if card.stage_id == stage.id}
    return [link for link in document.links(stage.journey_id)
            if (link.source_id in here) != (link.target_id in here)]


def draw_stage_links(group: Group, document: Document, stage: Stage, page: StagePage, right: float,
                     u: float) -> None:
    """Links between cards of ``page``, and a stub into the strip left of ``right`` for each link to a
    card on another stage, labelled with that stage's number and name."""
    stages = document.stages(stage.journey_id)
    number = {s.id: n for n, s in enumerate(stages, 1)}
    edge = right - STUB_W + 6
    vertical = dict(page.vertical)
    vertical[edge] = 4.0
    streets = Streets(vertical, page.horizontal)
    taken: list[float] = []
    for link in sorted(document.links(stage.journey_id), key=lambda x: x.id):
        source, target = page.cards.get(link.source_id), page.cards.get(link.target_id)
        if source is not None and target is not None:
            points = route(source, target, streets)
            draw_arrow(group, link, points, _middle(points), u, SMALLEST_LABEL)
            continue
        inside = source or target
        other = document.get(Card, link.target_id if source is not None else link.source_id)
        if inside is None or other is None or other.stage_id not in number:
            continue
        y = _free_y(inside.y + inside.h / 2, taken)
        phantom = Rect(right + 20, y - PHANTOM / 2, PHANTOM, PHANTOM)
        points = route(inside, phantom, streets) if source is not None else route(phantom, inside, streets)
        points = _stub(points, edge, y, outgoing=source is not None)
        draw_arrow(group, replace(link, label=""), points, points[-1], u)  # the stub's words name the stage
        other_stage = next(s for s in stages if s.id == other.stage_id)
        name = f"{number[other_stage.id]} {other_stage.name}"
        text = t("→ {stage}", stage=name) if source is not None else t("from {stage}", stage=name)
        lines, _ = wrap(text, STUB_TEXT, STUB_W - 20, 2)
        for index, line in enumerate(lines):
            group.add(String(edge + 12, y - STUB_TEXT * 0.35 - index * (STUB_TEXT + 1), line, fontName=FONT,
                             fontSize=STUB_TEXT, fillColor=link_color(link)))


def _free_y(wanted: float, taken: list[float]) -> float:
    """``wanted``, or the nearest height below it that no other stub's two lines of label use."""
    y = wanted
    while any(abs(y - other) < 2 * (STUB_TEXT + 1) + 2 for other in taken):
        y -= STUB_TEXT + 2
    taken.append(y)
    return y


def _stub(points: list[tuple[float, float]], edge: float, y: float, *, outgoing: bool) -> list[tuple[
        float, float]]:
    """The route from its card up to the strip's edge, then along the edge to the label's height ``y``
    and a short way into the strip (the same turned round for an incoming link)."""
    ordered = points if outgoing else points[::-1]
    kept = [ordered[0]]
    for point in ordered[1:]:
        if point[0] >= edge:
            kept.append((edge, kept[-1][1] if kept[-1][1] == point[1] else point[1]))
            break
        kept.append(point)
    if kept[-1][1] != y:
        kept.append((edge, y))
    kept.append((edge + 8, y))
    return kept if outgoing else kept[::-1]


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    (ax, ay), (bx, by) = points[len(points) // 2 - 1], points[len(points) // 2]
    return (ax + bx) / 2, (ay + by) / 2
