"""A journey's layout reshaped for a page: stages widened or lanes heightened until the map has the page's
shape."""

from __future__ import annotations

from dataclasses import replace

from journeydesk.core.layout import JourneyLayout

MAX_CARD_STRETCH = 1.5  # cards widen (or grow taller) with their stages (or lanes) up to this much
_STEPS = 12  # halvings when finding the least widening at which stages that take more columns are wide enough


def map_height(layout: JourneyLayout) -> float:
    """The height of the map under its title band (what a page shows)."""
    return layout.height - layout.metrics.title_height


def map_shape(layout: JourneyLayout) -> float:
    """The map's width over its height, under its title band."""
    return layout.width / map_height(layout)


def filling_layout(layout: JourneyLayout, shape: float) -> JourneyLayout:
    """``layout`` reshaped so that its map (under the title band) is ``shape`` times as wide as it is high:
    scaled to a box of that shape it fills the box, and it is never drawn smaller than ``layout`` itself would
    be.

    A map narrower than that gets wider stages (their cards widen with them, up to MAX_CARD_STRETCH; a stage
    wide enough for another column of cards takes it, which makes lanes lower); a map then wider than that
    gets taller lanes (their cards grow taller with them, up to MAX_CARD_STRETCH). Everything (cards, routes
    of links, emotion markers) is laid out anew on the reshaped stages and lanes, as the canvas lays it out.
    """
    if not layout.stages or not layout.lanes or shape <= 0 or map_height(layout) <= 0:
        return layout
    header = layout.metrics.lane_header_width
    grid = layout.width - header
    if map_shape(layout) < shape and grid > 0:
        layout = _widened(layout, shape, header, grid)
    metrics = layout.metrics
    lanes = sum(rect.h for rect in layout.lane_rects.values())
    k = (layout.width / shape - metrics.stage_header_height) / lanes
    if k <= 1 + 1e-9:
        return layout
    return layout.reshaped(replace(metrics, card_height=metrics.card_height * min(k, MAX_CARD_STRETCH)),
                           stage_widths={stage.id: layout.stage_rects[stage.id].w for stage in layout.stages},
                           lane_heights={lane.id: layout.lane_rects[lane.id].h * k for lane in layout.lanes})


def _widened(layout: JourneyLayout, shape: float, header: float, grid: float) -> JourneyLayout:
    """``layout`` with its stages widened (by one factor) until its map is at least ``shape`` times as wide as
    high, and hardly more: more columns make lanes lower, so a stage that takes one needs less widening."""
    metrics = layout.metrics

    def widened(k: float) -> JourneyLayout:
        return layout.reshaped(replace(metrics, card_width=metrics.card_width * min(k, MAX_CARD_STRETCH)),
                               stage_widths={s.id: layout.stage_rects[s.id].w * k for s in layout.stages})

    most = (shape * map_height(layout) - header) / grid  # as wide as that when no stage takes another column
    wide = widened(most)
    if map_height(wide) < map_height(layout):
        low, high = 1.0, most
        for _ in range(_STEPS):
            middle = (low + high) / 2
            low, high = (low, middle) if map_shape(widened(middle)) >= shape else (middle, high)
        wide = widened(high)
    return wide
