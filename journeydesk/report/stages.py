"""The "stages" layout: one slide-like page per stage with its cards, emotions and measured figures."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, Line, Rect, String
from reportlab.lib import colors

from journeydesk.core.document import Document
from journeydesk.core.layout import Metrics
from journeydesk.core.layout import Rect as Box
from journeydesk.core.link_routes import Streets
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Card, Lane, LaneKind, Stage
from journeydesk.figures.journey import JourneyFigures, format_value
from journeydesk.i18n import t
from journeydesk.report.cards import CARD_TEXT, draw_card, draw_curve, draw_marker, draw_scale
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import GRID, Picture, new_drawing
from journeydesk.report.stage_links import STUB_W, StagePage, crossing_links, draw_stage_links
from journeydesk.report.style import LANE_FILL, RULE, TEXT, stage_color, tint
from journeydesk.report.textfit import ellipsize, wrap

HEADER_W = 96.0
MAX_CARD_W = 300.0
READABLE = 8.5
MAX_TEXT_SCALE = 1.6
BAND = 46.0
M = Metrics(card_width=200, card_height=70, gap=8, padding=6, emotion_min_height=120)


def stage_notes(stage: Stage, numbers: JourneyFigures) -> list[str]:
    """Lines about the stage: its goal, its description, and its step in each funnel."""
    notes = []
    if stage.goal:
        notes.append(t("Goal: {goal}", goal=stage.goal))
    if stage.description:
        notes.append(stage.description)
    for funnel in numbers.funnels:
        for step in funnel.result.steps:
            if funnel.steps[step.index][0] != stage.name:
                continue
            text = f"{funnel.metric}: {format_value(step.count, funnel.kind)}"
            if step.drop_off is not None:
                change = f"{-step.drop_off * 100:+.0f}".replace("-", "−")
                text += " " + t("({change} % from the previous stage)", change=change)
            notes.append(text)
    return notes


def _lane_rows(document: Document, stage: Stage, lanes: list[Lane], columns: int) -> list[int]:
    return [0 if lane.kind == LaneKind.EMOTIONS else
            -(-len(document.cell(stage.id, lane.id)) // columns) for lane in lanes]


def _heights(rows: list[int], lanes: list[Lane], u: float) -> list[float]:
    found = []
    for lane, count in zip(lanes, rows, strict=True):
        if lane.kind == LaneKind.EMOTIONS:
            found.append(M.emotion_min_height * u)
        else:
            found.append(max(30.0 * u, 2 * M.padding * u + count * M.card_height * u
                             + max(0, count - 1) * M.gap * u))
    return found


def stage_map(document: Document, stage: Stage, numbers: JourneyFigures, width: float,
              height: float) -> Picture | None:
    """One stage drawn as large as fits ``width`` × ``height``: lanes across, cards in a grid."""
    lanes = document.lanes(stage.journey_id)
    if not lanes:
        return None
    stubs = bool(crossing_links(document, stage))
    room_w, room_h = width - HEADER_W - (STUB_W if stubs else 0), height - BAND
    u = 1.3
    while True:
        columns = max(1, int((room_w / u - 2 * M.padding + M.gap) // (M.card_width + M.gap)))
        heights = _heights(_lane_rows(document, stage, lanes, columns), lanes, u)
        if sum(heights) <= room_h or u < 0.02:
            break
        u *= 0.94
    fullest = max((len(document.cell(stage.id, lane.id)) for lane in lanes), default=1)
    used = max(1, min(columns, fullest))
    card_w = min(MAX_CARD_W, (room_w / u - 2 * M.padding + M.gap) / used - M.gap)
    # Cards here are wide and short: larger text (up to READABLE) wraps into fewer, longer lines.
    text_scale = min(MAX_TEXT_SCALE, max(1.0, READABLE / (CARD_TEXT * u)))
    drawing = new_drawing(width, min(height, BAND + sum(heights)))
    group = Group()
    top = drawing.height
    _band(group, stage, numbers, width, top)
    y = top - BAND
    page = StagePage()
    placed: list[tuple[Card, float, float]] = []
    for index, (lane, lane_h) in enumerate(zip(lanes, heights, strict=True)):
        lane_top = y
        page.horizontal[lane_top - (M.padding * u / 2 if index == 0 else 0)] = \
            M.padding * u / (2 if index == 0 else 1) - Streets.clearance
        y -= lane_h
        group.add(Rect(0, y, HEADER_W, lane_h, fillColor=LANE_FILL, strokeColor=RULE, strokeWidth=0.5))
        lines, _ = wrap(lane.name, 9, HEADER_W - 12, max(1, int((lane_h - 8) // 11)))
        for n, line in enumerate(lines):
            group.add(String(6, y + lane_h - 13 - n * 11, line, fontName=FONT, fontSize=9,
                             fillColor=TEXT))
        group.add(Line(HEADER_W, y, width, y, strokeColor=GRID, strokeWidth=0.5))
        if lane.kind == LaneKind.EMOTIONS:
            _emotions(group, document, stage, lane, HEADER_W, y, width - HEADER_W, lane_h, u)
            continue
        left = HEADER_W + M.padding * u
        for number, card in enumerate(document.cell(stage.id, lane.id)):
            row, column = divmod(number, columns)
            cx = left + column * (card_w + M.gap) * u
            cy = y + lane_h - M.padding * u - (row + 1) * M.card_height * u - row * M.gap * u
            placed.append((card, cx, cy))
            page.cards[card.id] = Box(cx, cy, card_w * u, M.card_height * u)
            if column == 0 and row:
                page.horizontal[cy + M.card_height * u + M.gap * u / 2] = M.gap * u / 2 - Streets.clearance
    page.horizontal[y + M.padding * u / 2] = M.padding * u / 2 - Streets.clearance
    left = HEADER_W + M.padding * u
    page.vertical[HEADER_W + M.padding * u / 2] = M.padding * u / 2 - Streets.clearance
    for column in range(1, used + 1):
        page.vertical[left + column * (card_w + M.gap) * u - M.gap * u / 2] = M.gap * u / 2 - Streets.clearance
    draw_stage_links(group, document, stage, page, width, u)  # under the cards, as on screen
    for card, cx, cy in placed:
        tag = numbers.card_text(card.id) or None
        draw_card(group, card, cx, cy, card_w * u, M.card_height * u, u, tag=tag, compact=True,
                  text_scale=text_scale)
    drawing.add(group)
    return Picture(drawing, CARD_TEXT * u * text_scale)


def _band(group: Group, stage: Stage, numbers: JourneyFigures, width: float, top: float) -> None:
    group.add(Rect(0, top - BAND + 6, width, BAND - 6, fillColor=tint(stage_color(stage), 0.22), strokeColor=None))
    group.add(Rect(0, top - 4, width, 4, fillColor=colors.HexColor(stage_color(stage)), strokeColor=None))
    notes = stage_notes(stage, numbers)
    y = top - 18
    for note in notes[:3]:
        group.add(String(8, y, ellipsize(note, 9, width - 16), fontName=FONT, fontSize=9, fillColor=TEXT))
        y -= 11


def _emotions(group: Group, document: Document, stage: Stage, lane: Lane, x: float, y: float,
              w: float, h: float, u: float) -> None:
    """This stage's markers across the lane, the curve continuing towards its neighbours."""
    stages = document.stages(stage.journey_id)
    index = next(i for i, s in enumerate(stages) if s.id == stage.id)
    place = {s.id: i - index for i, s in enumerate(stages)}
    pad = 28 * u

    def score_y(score: float) -> float:
        share = (EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)
        return y + h - pad - share * (h - 2 * pad)

    zero = score_y(0)
    group.add(Line(x, zero, x + w, zero, strokeColor=RULE, strokeWidth=0.6, strokeDashArray=[3, 3]))
    draw_scale(group, x + 4, score_y, max(8.0, 9 * u))
    markers = [m for m in document.markers(stage.journey_id) if m.lane_id == lane.id]
    inner_left, inner_w = x + 30 * u, w - 60 * u
    points = [(inner_left + (place.get(m.stage_id, 0) + m.offset) * inner_w, score_y(m.score))
              for m in markers]
    near = [p for m, p in zip(markers, points, strict=True) if abs(place.get(m.stage_id, 0)) <= 1]
    draw_curve(group, near, zero, y, y + h, u, clip=(x, x + w))
    for marker, (mx, my) in zip(markers, points, strict=True):
        if marker.stage_id == stage.id:
            draw_marker(group, mx, my, marker.score, marker.label, u, 170 * u, max(10 * u, 7.0))
