"""The "stages" layout: one slide-like page per stage with its cards, emotions and measured figures."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Group, Line, Rect, String
from reportlab.lib import colors

from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.layout import Metrics, row_heights, stack_height
from journeydesk.core.layout import Rect as Box
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Card, Lane, Stage
from journeydesk.core.streets import Streets
from journeydesk.figures.journey import JourneyFigures, format_value
from journeydesk.i18n import t
from journeydesk.report.cards import (
    CARD_TEXT,
    draw_card,
    draw_curve,
    draw_marker,
    draw_scale,
    whole_height,
)
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import GRID, Picture, new_drawing
from journeydesk.report.stage_links import STUB_W, StagePage, crossing_links, draw_stage_links
from journeydesk.report.style import LANE_FILL, RULE, TEXT, stage_color, tint
from journeydesk.report.textfit import ellipsize, wrap

HEADER_W = 96.0
MAX_CARD_W = 300.0
READABLE = 8.5
MAX_TEXT_SCALE = 1.6
FULL_TEXT_SCALE = 8.0 / (CARD_TEXT * MAX_TEXT_SCALE)  # below it, card text would be under 8 pt
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


@dataclass(frozen=True, slots=True)
class Grid:
    """How a stage page sets out its cards at scale ``u``: columns, card width (layout units), and the
    height of every row of every lane in points (no rows for an emotion lane)."""

    u: float
    columns: int
    card_w: float
    text_scale: float
    rows: tuple[tuple[float, ...], ...]

    def lane_heights(self, lanes: list[Lane]) -> list[float]:
        u = self.u
        return [M.emotion_min_height * u if lane.kind == LaneKind.EMOTIONS else
                max(30.0 * u, stack_height(rows, M.padding * u, M.gap * u))
                for lane, rows in zip(lanes, self.rows, strict=True)]


def _grid(document: Document, stage: Stage, numbers: JourneyFigures, lanes: list[Lane],
          room: tuple[float, float], u: float, cap: float | None,
          known: dict[str, float | None] | None = None, *, fitting: bool = False) -> Grid | None:
    """The cards of ``stage`` at scale ``u`` in ``room`` (points). Without ``cap`` each row is as tall as its
    wordiest card (None when a card's text would not fit the page); with it, rows are no taller than ``cap``
    and the text of taller cards is cut (at one card height, every card is that height). ``known`` keeps the
    heights the cards need at this ``u`` from one call to the next. With ``fitting``, None as soon as the
    lanes are found to be taller than the room (the rest is not measured)."""
    room_w, room_h = room
    columns = max(1, int((room_w / u - 2 * M.padding + M.gap) // (M.card_width + M.gap)))
    fullest = max((len(document.cell(stage.id, lane.id)) for lane in lanes), default=1)
    used = max(1, min(columns, fullest))
    card_w = min(MAX_CARD_W, (room_w / u - 2 * M.padding + M.gap) / used - M.gap)
    # Cards here are wide and short: larger text (up to READABLE) wraps into fewer, longer lines.
    text_scale = min(MAX_TEXT_SCALE, max(1.0, READABLE / (CARD_TEXT * u)))
    least = M.card_height * u
    rows: list[tuple[float, ...]] = []
    for lane in lanes:
        if fitting and sum(Grid(
            u, columns, card_w, text_scale, tuple(rows)).lane_heights(lanes[:len(rows)])) > room_h:
            return None
        cards = [] if lane.kind == LaneKind.EMOTIONS else document.cell(stage.id, lane.id)
        if cap is not None and cap <= least:
            rows.append((least,) * -(-len(cards) // columns))
            continue
        heights = []
        for card in cards:
            if known is not None and card.id in known:
                needed = known[card.id]
            else:
                needed = whole_height(card, card_w * u, u, numbers.card_text(card.id) or None, text_scale,
                                      room_h, compact=True)
                if known is not None:
                    known[card.id] = needed
            if needed is None and cap is None:
                return None
            heights.append(max(least, min(cap or room_h, needed or room_h)))
        rows.append(tuple(row_heights(heights, columns)))
    return Grid(u, columns, card_w, text_scale, tuple(rows))


def _cut_grid(document: Document, stage: Stage, numbers: JourneyFigures, lanes: list[Lane],
              room: tuple[float, float], u: float) -> Grid:
    """The grid at ``u`` whose rows grow towards their wordiest card as far as the page allows: the tallest
    rows are capped at one height, the largest that fits (``u`` fits every card at one card height)."""
    known: dict[str, float | None] = {}

    def fits(cap: float) -> bool:
        grid = _grid(document, stage, numbers, lanes, room, u, cap, known)
        return grid is not None and sum(grid.lane_heights(lanes)) <= room[1]

    low, high = M.card_height * u, room[1]
    if fits(high):
        low = high
    else:
        for _ in range(12):
            middle = (low + high) / 2
            low, high = (middle, high) if fits(middle) else (low, middle)
    grid = _grid(document, stage, numbers, lanes, room, u, low, known)
    assert grid is not None
    return grid


def _room(document: Document, stage: Stage, width: float, height: float) -> tuple[float, float]:
    stubs = bool(crossing_links(document, stage))
    return width - HEADER_W - (STUB_W if stubs else 0), height - BAND


def stage_scale(document: Document, stage: Stage, numbers: JourneyFigures, width: float,
                height: float, *, full: bool = True) -> tuple[float, bool]:
    """The largest scale (up to 1.3) at which ``stage`` fits ``width`` × ``height``: see shared_scale."""
    return shared_scale(document, [stage], numbers, width, height, full=full)


def shared_scale(document: Document, stages: list[Stage], numbers: JourneyFigures, width: float,
                 height: float, *, full: bool = True) -> tuple[float, bool]:
    """The largest scale (up to 1.3) at which every one of ``stages`` fits ``width`` × ``height``, and whether
    their cards show all their text there: they do when that is possible with card text of 8 pt or more (and
    ``full``), else every card is one height and long texts are cut."""
    if not stages:
        return 1.3, full
    lanes = document.lanes(stages[0].journey_id)
    rooms = {stage.id: _room(document, stage, width, height) for stage in stages}

    def fits(stage: Stage, u: float, whole: bool) -> bool:
        room = rooms[stage.id]
        grid = _grid(document, stage, numbers, lanes, room, u, None if whole else 0.0, fitting=True)
        return grid is not None and sum(grid.lane_heights(lanes)) <= room[1]

    if full:
        # Whole texts: smaller scales add columns but keep text at READABLE, so rows may grow again;
        # the largest scale that fits is found by stepping down, not by halving. The stage that failed
        # last is tried first, so most steps cost one stage.
        order = list(stages)
        u = 1.3
        while u >= FULL_TEXT_SCALE:
            failed = next((stage for stage in order if not fits(stage, u, True)), None)
            if failed is None:
                return u, True
            order.remove(failed)
            order.insert(0, failed)
            u *= 0.97

    def cut_scale(stage: Stage) -> float:
        low, high = 0.02, 1.3
        if fits(stage, high, False):
            return high
        for _ in range(14):  # one card height: the lanes get lower as the scale falls
            middle = (low + high) / 2
            low, high = (middle, high) if fits(stage, middle, False) else (low, middle)
        return low

    # Text that is cut anyway is set at READABLE, not larger: the rows then show as much of it as they can.
    return min(READABLE / CARD_TEXT, *(cut_scale(stage) for stage in stages)), False


def stage_map(document: Document, stage: Stage, numbers: JourneyFigures, width: float,
              height: float, scale: tuple[float, bool] | None = None,
              grids: dict[tuple, Grid] | None = None) -> Picture | None:
    """One stage drawn in ``width`` × ``height`` at ``scale`` (default: as large as fits, see stage_scale):
    lanes across, cards in a grid. ``grids`` keeps the grids worked out, for drawing the page again."""
    lanes = document.lanes(stage.journey_id)
    if not lanes:
        return None
    u, full = stage_scale(document, stage, numbers, width, height) if scale is None else scale
    room = _room(document, stage, width, height)
    key = (stage.id, round(width, 2), round(height, 2), u, full)
    grid = grids.get(key) if grids is not None else None
    if grid is None:
        grid = (_grid(document, stage, numbers, lanes, room, u, None) if full else None) or \
            _cut_grid(document, stage, numbers, lanes, room, u)
        if grids is not None:
            grids[key] = grid
    heights = grid.lane_heights(lanes)
    columns, card_w = grid.columns, grid.card_w
    drawing = new_drawing(width, min(height, BAND + sum(heights)))
    group = Group()
    top = drawing.height
    _band(group, stage, numbers, width, top)
    y = top - BAND
    page = StagePage()
    placed: list[tuple[Card, float, float, float]] = []
    left = HEADER_W + M.padding * u
    for index, (lane, lane_h, rows) in enumerate(zip(lanes, heights, grid.rows, strict=True)):
        page.horizontal[y - (M.padding * u / 2 if index == 0 else 0)] = \
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
        row_top = y + lane_h - M.padding * u
        for number, card in enumerate(document.cell(stage.id, lane.id)):
            row, column = divmod(number, columns)
            if column == 0 and row:
                row_top -= rows[row - 1] + M.gap * u
                page.horizontal[row_top + M.gap * u / 2] = M.gap * u / 2 - Streets.clearance
            cx, card_h = left + column * (card_w + M.gap) * u, rows[row]
            placed.append((card, cx, row_top - card_h, card_h))
            page.cards[card.id] = Box(cx, row_top - card_h, card_w * u, card_h)
    page.horizontal[y + M.padding * u / 2] = M.padding * u / 2 - Streets.clearance
    page.vertical[HEADER_W + M.padding * u / 2] = M.padding * u / 2 - Streets.clearance
    for column in range(1, columns + 1):
        page.vertical[
            left + column * (card_w + M.gap) * u - M.gap * u / 2] = M.gap * u / 2 - Streets.clearance
    draw_stage_links(group, document, stage, page, width, u)  # under the cards, as on screen
    for card, cx, cy, card_h in placed:
        tag = numbers.card_text(card.id) or None
        draw_card(group, card, cx, cy, card_w * u, card_h, u, tag=tag, compact=True,
                  text_scale=grid.text_scale)
    drawing.add(group)
    return Picture(drawing, CARD_TEXT * u * grid.text_scale)


def _band(group: Group, stage: Stage, numbers: JourneyFigures, width: float, top: float) -> None:
    group.add(Rect(0, top - BAND + 6, width, BAND - 6, fillColor=tint(stage_color(stage), 0.22),
                   strokeColor=None))
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
