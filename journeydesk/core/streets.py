"""The free gaps of a map that link routes run along: between columns and stages (top to bottom), and between
rows and lanes (across the map, or across the stages where a gap between rows is free)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping

from journeydesk.core.layout import JourneyLayout

NARROW = 4.0  # a gap whose routes may stray less than this from its middle is one between cards
_EVERYWHERE = (float("-inf"), float("inf"))

Fits = Callable[[float], bool] | None
Span = tuple[float, float]


def _before(values: list[float], limit: float, fits: Fits = None) -> float | None:
    """The largest value under ``limit`` (that ``fits``)."""
    index = bisect_left(values, limit) - 1
    while index >= 0 and fits is not None and not fits(values[index]):
        index -= 1
    return values[index] if index >= 0 else None


def _after(values: list[float], limit: float, fits: Fits = None) -> float | None:
    """The smallest value over ``limit`` (that ``fits``)."""
    index = bisect_right(values, limit)
    while index < len(values) and fits is not None and not fits(values[index]):
        index += 1
    return values[index] if index < len(values) else None


def _nearest_inside(values: list[float], low: float, high: float, middle: float,
                    fits: Fits = None) -> float | None:
    """The value between ``low`` and ``high`` (that ``fits``) nearest to ``middle``; on a tie the lower."""
    below, above = bisect_left(values, middle) - 1, bisect_left(values, middle)
    while True:
        down = values[below] if below >= 0 and values[below] >= low else None
        up = values[above] if above < len(values) and values[above] <= high else None
        if down is None and up is None:
            return None
        if up is None or (down is not None and abs(down - middle) <= abs(up - middle)):
            if fits is None or fits(down):  # type: ignore[arg-type]
                return down
            below -= 1
        else:
            if fits is None or fits(up):
                return up
            above += 1


def _crossing(values: list[float], wide: list[float], a: float, b: float, fits: Fits = None) -> float | None:
    """The street to cross over on between ``a`` and ``b``: inside the span when one is there
    (a wide one nearest the middle, else any nearest the middle), else the nearest outside it."""
    low, high = min(a, b), max(a, b)
    middle = (a + b) / 2
    inside = _nearest_inside(wide, low, high, middle, fits)
    if inside is None:
        inside = _nearest_inside(values, low, high, middle, fits)
    if inside is not None:
        return inside
    outside = [v for v in (_before(values, low, fits), _after(values, high, fits)) if v is not None]
    return min(outside, key=lambda v: abs(v - middle)) if outside else None


class Streets:
    """The free gaps of one layout: vertical ones (x) and horizontal ones (y), sorted, each with how far
    a route may stray from its middle. A vertical gap runs the whole height; a horizontal one the whole
    width, unless ``spans`` gives the stretches (left, right) where it is free."""

    clearance = 2.0

    def __init__(self, vertical: dict[float, float], horizontal: dict[float, float],
                 spans: Mapping[float, list[Span]] | None = None) -> None:
        self.xs = sorted(vertical)
        self.ys = sorted(horizontal)
        self.wide_xs = [x for x in self.xs if vertical[x] >= NARROW]
        self.wide_ys = [y for y in self.ys if horizontal[y] >= NARROW]
        self.x_room = vertical
        self.y_room = horizontal
        self.spans = dict(spans or {})

    def covers(self, y: float, left: float, right: float) -> bool:
        """Whether the horizontal gap at ``y`` is free from ``left`` to ``right``."""
        spans = self.spans.get(y)
        return spans is None or any(a <= left and right <= b for a, b in spans)

    def span(self, y: float, x: float) -> Span | None:
        """The free stretch of the horizontal gap at ``y`` that ``x`` is on."""
        spans = self.spans.get(y)
        if spans is None:
            return _EVERYWHERE
        return next(((a, b) for a, b in spans if a <= x <= b), None)

    def above(self, y: float, x: float) -> float | None:
        """The nearest horizontal gap above ``y`` that is free at ``x``."""
        return _before(self.ys, y, (lambda v: self.covers(v, x, x)) if self.spans else None)

    def below(self, y: float, x: float) -> float | None:
        """The nearest horizontal gap below ``y`` that is free at ``x``."""
        return _after(self.ys, y, (lambda v: self.covers(v, x, x)) if self.spans else None)

    def left_of(self, x: float) -> float | None:
        return _before(self.xs, x)

    def right_of(self, x: float) -> float | None:
        return _after(self.xs, x)

    def crossing_x(self, a: float, b: float, within: Span = _EVERYWHERE) -> float | None:
        """The vertical gap to go from ``a`` to ``b`` on (see _crossing), inside ``within``."""
        low, high = within
        return _crossing(self.xs, self.wide_xs, a, b, None if within == _EVERYWHERE else
                         (lambda v: low <= v <= high))

    def crossing_y(self, a: float, b: float, left: float, right: float) -> float | None:
        """The horizontal gap free from ``left`` to ``right`` to go from ``a`` to ``b`` on (see _crossing)."""
        return _crossing(self.ys, self.wide_ys, a, b, (lambda v: self.covers(v, left, right)) if self.spans
                         else None)

    @classmethod
    def of_layout(cls, layout: JourneyLayout) -> Streets:
        """The gaps between the columns, stages, rows and lanes of a journey's layout."""
        m = layout.metrics
        clearance = cls.clearance
        vertical: dict[float, float] = {}
        for index, stage in enumerate(layout.stages):
            rect = layout.stage_rects[stage.id]
            if index == 0:
                vertical[rect.x + m.padding / 2] = m.padding / 2 - clearance
            else:
                vertical[rect.x] = m.padding - clearance
            for column in range(1, layout.columns(stage.id)):
                vertical[
                    rect.x + m.padding + column * (m.card_width + m.gap) - m.gap / 2] = m.gap / 2 - clearance
        if layout.stages:
            vertical[layout.width - m.padding / 2] = m.padding / 2 - clearance
        horizontal: dict[float, float] = {}
        spans: dict[float, list[Span]] = {}
        for index, lane in enumerate(layout.lanes):
            rect = layout.lane_rects[lane.id]
            if index == 0:
                horizontal[rect.y + m.padding / 2] = m.padding / 2 - clearance
            else:
                horizontal[rect.y] = m.padding - clearance
            for y, free in _row_gaps(layout, lane.id).items():
                horizontal[y] = m.gap / 2 - clearance
                if free is not None:
                    spans[y] = free
        if layout.lanes:
            horizontal[layout.height - m.padding / 2] = m.padding / 2 - clearance
        return cls(vertical, horizontal, spans)


def _row_gaps(layout: JourneyLayout, lane_id: str) -> dict[float, list[Span] | None]:
    """The middles of the gaps between rows of a lane's cells, each with the stretches where it is free: None
    when that is the whole width (cells of one row height, as on the canvas, share their gaps)."""
    m = layout.metrics
    lane_y = layout.lane_rects[lane_id].y
    counts = [len(layout.cell_rows(stage.id, lane_id)) for stage in layout.stages]
    if all(rows.count(m.card_height) == len(rows) for rows in (layout.cell_rows(s.id, lane_id)
                                                               for s in layout.stages)):
        return {lane_y + m.padding + row * (m.card_height + m.gap) - m.gap / 2: None  # rows of one height
                for row in range(1, max(counts, default=0))}
    cells = []
    for stage in layout.stages:
        rows = layout.cell_rows(stage.id, lane_id)
        tops = [lane_y + layout.row_top(stage.id, lane_id, row) for row in range(len(rows))]
        cells.append((layout.stage_rects[stage.id], tops,
                      [top + h for top, h in zip(tops, rows, strict=True)]))
    gaps = sorted({top - m.gap / 2 for _stage, tops, _bottoms in cells for top in tops[1:]})
    found: dict[float, list[Span] | None] = {}
    for y in gaps:
        free: list[Span] = []
        for stage, tops, bottoms in cells:
            row = bisect_left(bottoms, y - m.gap / 2 + 1e-6)  # the first row not ending a gap or more above y
            if row < len(tops) and tops[row] < y + m.gap / 2 - 1e-6:
                continue  # y runs through that row's cards
            if free and free[-1][1] == stage.x:
                free[-1] = (free[-1][0], stage.right)
            else:
                free.append((stage.x, stage.right))
        whole = len(free) == 1 and free[0] == (cells[0][0].x, cells[-1][0].right)
        found[y] = None if whole else free
    return found
