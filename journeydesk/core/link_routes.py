"""Where the arrows between cards run: orthogonal routes through the gutters of a journey's layout.

Cards sit in columns shared by every lane of a stage, so the gaps between columns and stages are
free from the top of the grid to its bottom; the gaps between lanes are free from its left to its
right, and so are those between rows of cards where a lane's cells have rows of one height (as on
the canvas; else each is free across the stages where it is, see streets.py). A route leaves its
card straight into the nearest gap, runs along these gaps and enters the other card the same
way; it never crosses a card. Routes sharing a gap are spread side by side.
"""

from __future__ import annotations

import heapq
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from journeydesk.core.layout import JourneyLayout, Rect
from journeydesk.core.model import Link
from journeydesk.core.streets import NARROW, Streets

Point = tuple[float, float]
BEND_COST = 24.0  # a bend is worth this much extra length when choosing between routes
TRACK_SPACING = 5.0  # between routes sharing a gap, when the gap is wide enough
NO_LABEL_ROOM_COST = 400.0
LABEL_CHAR_WIDTH = 5.5  # about the width of a character of a label, to find a stretch it fits on
LABEL_HEIGHT = 15.0
_SIDES = ("top", "bottom", "left", "right")


@dataclass(frozen=True, slots=True)
class LinkRoute:
    """One link's polyline, from the source card's edge to the target card's edge (the arrow's tip)."""

    link_id: str
    points: tuple[Point, ...]
    label_at: Point


def _port(rect: Rect, side: str, streets: Streets) -> tuple[Point, Point, bool] | None:
    """Where a route meets ``side`` of ``rect``, the point in the gap in front of it, and whether
    that gap runs horizontally."""
    cx, cy = rect.x + rect.w / 2, rect.y + rect.h / 2
    if side == "top":
        y = streets.above(rect.y, cx)
        return None if y is None else ((cx, rect.y), (cx, y), True)
    if side == "bottom":
        y = streets.below(rect.bottom, cx)
        return None if y is None else ((cx, rect.bottom), (cx, y), True)
    if side == "left":
        x = streets.left_of(rect.x)
        return None if x is None else ((rect.x, cy), (x, cy), False)
    x = streets.right_of(rect.right)
    return None if x is None else ((rect.right, cy), (x, cy), False)


def _between(start: Point, start_horizontal: bool, end: Point, end_horizontal: bool,
             streets: Streets) -> list[Point] | None:
    """The stretches between two ports' points in the gaps, every horizontal one where its gap is free."""
    (sx, sy), (ex, ey) = start, end
    left, right = min(sx, ex), max(sx, ex)
    if start_horizontal and end_horizontal:
        if sy == ey and streets.covers(sy, left, right):
            return [start, end]
        first, last = streets.span(sy, sx), streets.span(ey, ex)
        if first is None or last is None or max(first[0], last[0]) > min(first[1], last[1]):
            return None
        x = streets.crossing_x(sx, ex, (max(first[0], last[0]), min(first[1], last[1])))
        return None if x is None else [start, (x, sy), (x, ey), end]
    if not start_horizontal and not end_horizontal:
        if sx == ex:
            return [start, end]
        y = streets.crossing_y(sy, ey, left, right)
        return None if y is None else [start, (sx, y), (ex, y), end]
    if start_horizontal:
        return [start, (ex, sy), end] if streets.covers(sy, left, right) else None
    return [start, (sx, ey), end] if streets.covers(ey, left, right) else None


def _simplified(points: list[Point]) -> list[Point]:
    """Without repeated points and without corners that are not bends."""
    result: list[Point] = []
    for point in points:
        if result and point == result[-1]:
            continue
        if len(result) >= 2:
            (ax, ay), (bx, by) = result[-2], result[-1]
            if (ax == bx == point[0]) or (ay == by == point[1]):
                result[-1] = point
                continue
        result.append(point)
    return result


def _cost(points: list[Point], streets: Streets) -> float:
    """Length plus a price per bend; a stretch along a narrow gap between cards counts double."""
    cost = BEND_COST * max(0, len(points) - 2)
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        room = streets.x_room.get(ax, 0.0) if ax == bx else streets.y_room.get(ay, 0.0)
        cost += (abs(bx - ax) + abs(by - ay)) * (2.0 if 0 < room < NARROW else 1.0)
    return cost


def _has_room(points: list[Point], streets: Streets, width: float) -> bool:
    """Whether a stretch of the route runs at least ``width`` along a wide gap between lanes."""
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        if ay == by and abs(bx - ax) >= width and streets.y_room.get(ay, 0.0) >= NARROW:
            return True
    return False


def _least_length(start: tuple[Point, Point, bool], end: tuple[Point, Point, bool]) -> float:
    """No route between these two ports is shorter than this."""
    (a, b, _), (c, d, _) = start, end
    return (abs(b[0] - a[0]) + abs(b[1] - a[1]) + abs(d[0] - b[0]) + abs(d[1] - b[1]) + abs(c[0] - d[0])
            + abs(c[1] - d[1]))


def route(source: Rect, target: Rect, streets: Streets, label_width: float = 0.0) -> list[Point]:
    """The best orthogonal route from ``source``'s edge to ``target``'s edge through the gaps;
    with a label, one with room for it between lanes when there is one not much longer."""
    ports = {side: _port(source, side, streets) for side in _SIDES}
    entries = {side: _port(target, side, streets) for side in _SIDES}
    best: list[Point] = []
    best_cost = float("inf")
    pairs = [(_least_length(start, end), start, end) for start in ports.values() if start is not None
             for end in entries.values() if end is not None]
    pairs.sort(key=lambda pair: pair[0])
    for least, start, end in pairs:
        if least >= best_cost:  # no route of the pairs left can be cheaper
            break
        middle = _between(start[1], start[2], end[1], end[2], streets)
        if middle is None:
            continue
        points = _simplified([start[0], *middle, end[0]])
        cost = _cost(points, streets)
        if label_width and not _has_room(points, streets, label_width):
            cost += NO_LABEL_ROOM_COST
        if cost < best_cost:
            best, best_cost = points, cost
    if not best:
        best = [(source.x + source.w / 2, source.y + source.h / 2), (target.x + target.w / 2,
                                                                     target.y + target.h / 2)]
    return best


Stretch = tuple[bool, float, float, float, int]  # vertical?, the gap's x or y, from, to, index in the route


def _stretches(points: list[Point]) -> list[Stretch]:
    found = []
    for index in range(len(points) - 1):
        (ax, ay), (bx, by) = points[index], points[index + 1]
        if ax == bx:
            found.append((True, ax, min(ay, by), max(ay, by), index))
        else:
            found.append((False, ay, min(ax, bx), max(ax, bx), index))
    return found


def _spread(paths: dict[str, list[Point]], stretches: dict[str, list[Stretch]], streets: Streets,
            rects: dict[str, tuple[Rect, Rect]], memo: dict[tuple, list[float]]) -> None:
    """Routes running along one gap over the same stretch are moved apart, side by side.

    ``memo`` keeps each gap's shifts by its stretches, so after an edit only the gaps whose
    stretches changed are worked out again.
    """
    known = dict(memo)
    memo.clear()
    lines: dict[tuple[bool, float], list[tuple[float, float, str, int]]] = {}
    for link_id, found in stretches.items():
        for vertical, at, low, high, index in found:
            lines.setdefault((vertical, at), []).append((low, high, link_id, index))
    for (vertical, at), segments in lines.items():
        if len(segments) < 2:
            continue
        segments.sort()
        key = (vertical, at, tuple(segments))
        shifts = known.get(key)
        if shifts is None:
            shifts = _shifts(segments, streets, rects, vertical, at)
        memo[key] = shifts
        for (_, _, link_id, index), shift in zip(segments, shifts, strict=True):
            if shift:
                points = paths[link_id]
                for n in (index, index + 1):
                    x, y = points[n]
                    points[n] = (x + shift, y) if vertical else (x, y + shift)


def _shifts(segments: list[tuple[float, float, str, int]], streets: Streets,
            rects: dict[str, tuple[Rect, Rect]], vertical: bool, at: float) -> list[float]:
    """How far each of the sorted stretches along one gap moves aside: overlapping ones take tracks."""
    ends: list[tuple[float, int]] = []  # (where a track is free again, track), earliest first
    tracks: list[int] = []
    count = 0
    for low, high, _, _ in segments:
        if ends and ends[0][0] < low:
            track = heapq.heapreplace(ends, (high, ends[0][1]))[1]
        else:
            track = count
            count += 1
            heapq.heappush(ends, (high, track))
        tracks.append(track)
    if count < 2:
        return [0.0] * len(segments)
    room = (streets.x_room if vertical else streets.y_room).get(at)
    if room is None:  # a route's first or last stretch, across a card's side
        room = _side_room(segments, rects, vertical)
    step = min(TRACK_SPACING, 2 * room / (count - 1)) if room > 0 else 0.0
    return [(track - (count - 1) / 2) * step for track in tracks]


def _side_room(segments: list[tuple[float, float, str, int]], rects: dict[str, tuple[Rect, Rect]],
               vertical: bool) -> float:
    """How far routes may spread along a card's side: a little less than half of it."""
    link_id = segments[0][2]
    rect = rects[link_id][0]
    return (rect.w if vertical else rect.h) / 2 - 12


def _label_stretch(points: list[Point], streets: Streets) -> int:
    """Which stretch of a route holds its label: the longest along a wide gap between lanes, else
    the longest horizontal one, else the longest."""
    stretches = list(range(len(points) - 1))

    def length(index: int) -> float:
        (ax, ay), (bx, by) = points[index], points[index + 1]
        return abs(bx - ax) + abs(by - ay)

    flat = [i for i in stretches if points[i][1] == points[i + 1][1]]
    wide = [i for i in flat if streets.y_room.get(points[i][1], 0.0) >= NARROW]
    return max(wide or flat or stretches, key=length)


def _middle(points: list[Point], index: int) -> Point:
    (ax, ay), (bx, by) = points[index], points[index + 1]
    return (ax + bx) / 2, (ay + by) / 2


def label_width(label: str) -> float:
    """About how wide ``label`` is drawn (10 px type), with its margins: 0 without a label."""
    if not label:
        return 0.0
    wide = sum(1 for ch in label if unicodedata.east_asian_width(ch) in "WF")
    return (len(label) - wide) * LABEL_CHAR_WIDTH + wide * 2 * LABEL_CHAR_WIDTH + 8


class _Found(NamedTuple):
    points: list[Point]
    stretches: list[Stretch]
    label_stretch: int


class RouteCache:
    """Routes found for a layout's gaps, kept for the next call while the gaps stay the same
    (an edit moves a few cards; the others' links need not be routed again)."""

    def __init__(self) -> None:
        self.gaps: tuple[list[float], list[float], dict] = ([], [], {})
        self.routes: dict[tuple[Rect, Rect, float], _Found] = {}
        self.tracks: dict[tuple, list[float]] = {}

    def for_streets(self, streets: Streets) -> dict[tuple[Rect, Rect, float], _Found]:
        if self.gaps != (streets.xs, streets.ys, streets.spans):
            self.gaps = (streets.xs, streets.ys, streets.spans)
            self.routes = {}
            self.tracks = {}
        return self.routes


def link_routes(links: Iterable[Link], layout: JourneyLayout, cache: RouteCache | None = None) -> dict[
        str, LinkRoute]:
    """The route of every link whose two cards are on ``layout``, by link id."""
    streets = Streets.of_layout(layout)
    paths: dict[str, list[Point]] = {}
    stretches: dict[str, list[Stretch]] = {}
    labels: dict[str, int] = {}
    rects: dict[str, tuple[Rect, Rect]] = {}
    cache = cache or RouteCache()
    known = cache.for_streets(streets)
    used: dict[tuple[Rect, Rect, float], _Found] = {}
    links_in_order = sorted(links, key=lambda x: x.id)
    for link in links_in_order:
        source, target = layout.card_rects.get(link.source_id), layout.card_rects.get(link.target_id)
        if source is None or target is None or source == target:
            continue
        width = label_width(link.label)
        found = known.get((source, target, width))
        if found is None:
            points = route(source, target, streets, width)
            found = _Found(points, _stretches(points), _label_stretch(points, streets))
        used[source, target, width] = found
        paths[link.id] = list(found.points)
        stretches[link.id] = found.stretches
        labels[link.id] = found.label_stretch
        rects[link.id] = (source, target)
    cache.routes = used
    _spread(paths, stretches, streets, rects, cache.tracks)
    widths = {link.id: label_width(link.label) for link in links_in_order if link.label}
    places = _label_places(paths, labels, widths)
    return {link_id: LinkRoute(link_id, tuple(points),
                               places.get(link_id) or _middle(points, labels[link_id]))
            for link_id, points in paths.items()}


def _label_places(paths: dict[str, list[Point]], stretches: dict[str, int],
                  widths: dict[str, float]) -> dict[str, Point]:
    """Label centres along their stretches, slid apart where two labels would cover each other."""
    placed: list[tuple[float, float, float, float]] = []
    places: dict[str, Point] = {}

    def room(link_id: str) -> float:  # labels with the least room to slide are placed first
        (ax, ay), (bx, by) = paths[link_id][stretches[link_id]], paths[link_id][stretches[link_id] + 1]
        return abs(bx - ax) + abs(by - ay) - widths[link_id]

    for link_id in sorted((i for i in widths if i in paths), key=lambda i: (room(i), i)):
        width = widths[link_id]
        points = paths[link_id]
        (ax, ay), (bx, by) = points[stretches[link_id]], points[stretches[link_id] + 1]
        cx, cy = (ax + bx) / 2, (ay + by) / 2
        horizontal = ay == by
        span = max(0.0, (abs(bx - ax) if horizontal else abs(by - ay)) / 2 - (width / 2 if horizontal else 8))
        for step in range(0, 41):
            shift = (step + 1) // 2 * 6.0 * (1 if step % 2 else -1)
            if abs(shift) > span:
                continue
            x, y = (cx + shift, cy) if horizontal else (cx, cy + shift)
            box = (x - width / 2, y - LABEL_HEIGHT / 2, x + width / 2, y + LABEL_HEIGHT / 2)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                break
        else:
            x, y = cx, cy
            box = (x - width / 2, y - LABEL_HEIGHT / 2, x + width / 2, y + LABEL_HEIGHT / 2)
        placed.append(box)
        places[link_id] = (x, y)
    return places
