"""Where everything of a journey sits on the map: plain geometry shared by the canvas and reports."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Card, Lane, Stage


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes of the map's parts, in scene units (1 unit = 1 pixel at 100 % zoom)."""

    title_height: float = 64
    stage_header_height: float = 56
    lane_header_width: float = 150
    card_width: float = 128
    card_height: float = 76
    gap: float = 8
    padding: float = 10
    emotion_min_height: float = 170


def row_heights(heights: Sequence[float], columns: int) -> list[float]:
    """The heights of the rows that cards of ``heights`` fill, ``columns`` to a row: each its tallest
    card's."""
    return [max(heights[i:i + columns]) for i in range(0, len(heights), columns)]


def stack_height(rows: Sequence[float], padding: float, gap: float) -> float:
    """The height of rows of cards with ``gap`` between them and ``padding`` above and below."""
    return 2 * padding + sum(rows) + max(0, len(rows) - 1) * gap


class JourneyLayout:
    """The geometry of one journey: columns, rows, cells, cards and emotion markers.

    The canvas uses the journey's own stage widths and lane heights and cards of one size; print
    reshapes it (``reshaped``).
    """

    def __init__(self, document: Document, journey_id: str, metrics: Metrics = Metrics()) -> None:
        self.journey_id = journey_id
        self.stages: list[Stage] = document.stages(journey_id)
        self.lanes: list[Lane] = document.lanes(journey_id)
        self._cells: dict[tuple[str, str], list[Card]] = {}
        for card in document.cards(journey_id):
            self._cells.setdefault((card.stage_id, card.lane_id), []).append(card)
        for cards in self._cells.values():
            cards.sort(key=lambda c: (c.position, c.id))
        self._markers = document.markers(journey_id)
        self._place(metrics, {}, {}, {})

    def reshaped(self, metrics: Metrics, *, stage_widths: Mapping[str, float] | None = None,
                 lane_heights: Mapping[str, float] | None = None,
                 card_heights: Mapping[str, float] | None = None) -> JourneyLayout:
        """The same journey laid out anew with ``metrics``, other stage widths (by stage id), lanes at least
        ``lane_heights`` high (by lane id) and cards at least ``card_heights`` high (by card id): each row of
        a cell is then as tall as its tallest card, and a lane as tall as its tallest cell."""
        other = copy.copy(self)
        other._place(metrics, stage_widths or {}, lane_heights or {}, card_heights or {})
        return other

    def _place(self, metrics: Metrics, stage_widths: Mapping[str, float], lane_heights: Mapping[str, float],
               card_heights: Mapping[str, float]) -> None:
        self.metrics = m = metrics
        self.stage_rects: dict[str, Rect] = {}
        self.lane_rects: dict[str, Rect] = {}
        self.card_rects: dict[str, Rect] = {}
        self.marker_points: dict[str, tuple[float, float]] = {}
        x = m.lane_header_width
        top = m.title_height + m.stage_header_height
        for stage in self.stages:
            width = stage_widths.get(stage.id, stage.width)
            self.stage_rects[stage.id] = Rect(x, m.title_height, width, m.stage_header_height)
            x += width
        self.width = x
        self._rows: dict[tuple[str, str], list[float]] = {}
        for (stage_id, lane_id), cards in self._cells.items():
            if stage_id in self.stage_rects:
                columns = self.columns(stage_id)
                if card_heights:
                    heights = [max(m.card_height, card_heights.get(card.id, 0.0)) for card in cards]
                    self._rows[stage_id, lane_id] = row_heights(heights, columns)
                else:  # the canvas: every card of one height
                    self._rows[stage_id, lane_id] = [m.card_height] * -(-len(cards) // columns)
        self._tops = {cell: list(accumulate(rows[:-1], lambda top, h: top + h + m.gap, initial=m.padding))
                      for cell, rows in self._rows.items()}
        y = top
        for lane in self.lanes:
            height = self._lane_height(lane, lane_heights.get(lane.id))
            self.lane_rects[lane.id] = Rect(0, y, m.lane_header_width, height)
            y += height
        self.height = y
        self.grid_top = top
        step_x = m.card_width + m.gap
        for (stage_id, lane_id), cards in self._cells.items():
            if stage_id in self.stage_rects and lane_id in self.lane_rects:
                left = self.stage_rects[stage_id].x + m.padding
                top = self.lane_rects[lane_id].y
                rows, tops = self._rows[stage_id, lane_id], self._tops[stage_id, lane_id]
                columns = self.columns(stage_id)
                for index, card in enumerate(cards):
                    row, column = divmod(index, columns)
                    self.card_rects[card.id] = Rect(left + column * step_x, top + tops[row], m.card_width,
                                                    rows[row])
        for marker in self._markers:
            if marker.stage_id in self.stage_rects and marker.lane_id in self.lane_rects:
                stage = self.stage_rects[marker.stage_id]
                self.marker_points[marker.id] = (
                    stage.x + marker.offset * stage.w, self.score_y(marker.lane_id, marker.score))

    # ----- cells and cards

    def columns(self, stage_id: str) -> int:
        m = self.metrics
        usable = self.stage_rects[stage_id].w - 2 * m.padding + m.gap
        return max(1, int(usable // (m.card_width + m.gap)))

    def min_stage_width(self) -> float:
        """The narrowest stage that still holds one column of cards."""
        return self.metrics.card_width + 2 * self.metrics.padding

    def content_height(self, lane_id: str) -> float:
        """The height a lane needs for its fullest cell (or for the emotion scale)."""
        lane = next(x for x in self.lanes if x.id == lane_id)
        return self._lane_height(lane, minimum=0)

    def cell_rows(self, stage_id: str, lane_id: str) -> list[float]:
        """The heights of a cell's rows of cards, top to bottom (none for an empty cell)."""
        return self._rows.get((stage_id, lane_id), [])

    def row_top(self, stage_id: str, lane_id: str, row: int) -> float:
        """How far below the top of its lane a row of a cell starts (a row past the last: of the usual
        height)."""
        m = self.metrics
        rows, tops = self.cell_rows(stage_id, lane_id), self._tops.get((stage_id, lane_id), [m.padding])
        if row < len(tops):
            return tops[row]
        return m.padding + sum(rows) + (row - len(rows)) * m.card_height + row * m.gap

    def _lane_height(self, lane: Lane, minimum: float | None = None) -> float:
        m = self.metrics
        floor = lane.height if minimum is None else minimum
        if lane.kind == LaneKind.EMOTIONS:
            return max(floor, m.emotion_min_height)
        needed = max((stack_height(self.cell_rows(stage.id, lane.id), m.padding, m.gap)
                      for stage in self.stages),
                     default=0.0)
        return max(float(floor), 40.0, needed)

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect:
        stage, lane = self.stage_rects[stage_id], self.lane_rects[lane_id]
        return Rect(stage.x, lane.y, stage.w, lane.h)

    def card_rect(self, stage_id: str, lane_id: str, index: int) -> Rect:
        m = self.metrics
        cell = self.cell_rect(stage_id, lane_id)
        row, column = divmod(index, self.columns(stage_id))
        rows = self.cell_rows(stage_id, lane_id)
        return Rect(cell.x + m.padding + column * (m.card_width + m.gap),
                    cell.y + self.row_top(stage_id, lane_id, row), m.card_width, rows[row] if row < len(rows)
                    else m.card_height)

    def cell_cards(self, stage_id: str, lane_id: str) -> list[Card]:
        return self._cells.get((stage_id, lane_id), [])

    # ----- finding things at a point

    def stage_at(self, x: float) -> Stage | None:
        for stage in self.stages:
            rect = self.stage_rects[stage.id]
            if rect.x <= x < rect.right:
                return stage
        return None

    def lane_at(self, y: float) -> Lane | None:
        for lane in self.lanes:
            rect = self.lane_rects[lane.id]
            if rect.y <= y < rect.bottom:
                return lane
        return None

    def cell_at(self, x: float, y: float) -> tuple[Stage, Lane] | None:
        stage, lane = self.stage_at(x), self.lane_at(y)
        return (stage, lane) if stage is not None and lane is not None else None

    def insert_index(self, stage_id: str, lane_id: str, x: float, y: float,
                     ignoring: frozenset[str] = frozenset()) -> int:
        """Where a card dropped at (x, y) goes among the cell's other cards."""
        cards = [c for c in self.cell_cards(stage_id, lane_id) if c.id not in ignoring]
        m = self.metrics
        cell = self.cell_rect(stage_id, lane_id)
        columns = self.columns(stage_id)
        row = max(0, int((y - cell.y - m.padding + m.gap / 2) // (m.card_height + m.gap)))
        column = (x - cell.x - m.padding + m.gap / 2) / (m.card_width + m.gap)
        column = max(0, min(columns, int(column + 0.5)))
        return min(len(cards), row * columns + column)

    def stage_insert_index(self, x: float) -> int:
        """The gap between columns nearest to x (0 = before the first stage)."""
        for index, stage in enumerate(self.stages):
            rect = self.stage_rects[stage.id]
            if x < rect.x + rect.w / 2:
                return index
        return len(self.stages)

    def lane_insert_index(self, y: float) -> int:
        for index, lane in enumerate(self.lanes):
            rect = self.lane_rects[lane.id]
            if y < rect.y + rect.h / 2:
                return index
        return len(self.lanes)

    # ----- emotions

    def score_y(self, lane_id: str, score: float) -> float:
        rect = self.lane_rects[lane_id]
        pad = self.metrics.padding * 2
        share = (EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)
        return rect.y + pad + share * (rect.h - 2 * pad)

    def score_at(self, lane_id: str, y: float) -> int:
        rect = self.lane_rects[lane_id]
        pad = self.metrics.padding * 2
        share = (y - rect.y - pad) / max(1.0, rect.h - 2 * pad)
        return max(EMOTION_MIN, min(EMOTION_MAX, round(EMOTION_MAX - share * (EMOTION_MAX - EMOTION_MIN))))

    def offset_at(self, stage_id: str, x: float) -> float:
        rect = self.stage_rects[stage_id]
        return max(0.0, min(1.0, round((x - rect.x) / rect.w, 3)))

    def emotion_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind == LaneKind.EMOTIONS]
