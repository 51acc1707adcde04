"""Layouts reshaped for print (no Qt, no reportlab): a map stretched to a page's shape, cards grown to their
text."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout, Metrics, Rect
from journeydesk.core.link_routes import link_routes
from journeydesk.core.print_layout import filling_layout

# The canvas's sizes, by hand: lane headers 150 wide, title 64, stage headers 56, cards 128 × 76,
# 8 apart and 10 in from their cell; a stage is 300 wide and a lane at least 120 tall.
HEADER_W, TITLE, STAGE_HEADER, CARD_W, CARD_H, GAP, PAD = 150, 64, 56, 128, 76, 8, 10
SEVEN_LANES = (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
               LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE)


def shaped_journey(stages: int, kinds: tuple[LaneKind, ...], per_cell: int, links: bool = True) -> tuple[
        Document, str]:
    """``per_cell`` cards in every cell but the emotions', a marker per stage, and links between
    neighbours."""
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Shape", stage_names=tuple(f"S{n}" for n in range(stages)),
                                    lanes=tuple((kind, kind.value) for kind in kinds)))
    journey = document.journeys()[0]
    for index, stage in enumerate(document.stages(journey.id)):
        for lane in document.lanes(journey.id):
            if lane.kind == LaneKind.EMOTIONS:
                history.do(commands.add_marker(document, stage.id, index % 5 - 2, label=f"m{index}",
                                               offset=0.3))
                continue
            for n in range(per_cell):
                history.do(commands.add_card(document, stage.id, lane.id, f"{stage.name} {lane.name} {n}"))
    if links:
        cards = sorted(document.cards(journey.id), key=lambda c: (c.stage_id, c.lane_id, c.position))
        for source, target in zip(cards[::3], cards[5::3], strict=False):
            history.do(commands.add_link(document, source.id, target.id, label="next"))
    return document, journey.id


def _shape(layout: JourneyLayout) -> float:
    """Width over height of the map under its title band, from the rectangles themselves."""
    right = max(r.right for r in layout.stage_rects.values())
    bottom = max(r.bottom for r in layout.lane_rects.values())
    return right / (bottom - TITLE)


def _canvas_scale(document: Document, journey_id: str, width: float, height: float) -> float:
    """The scale that fits the canvas's own map (without title) in a box, as fitting did before reshaping."""
    layout = JourneyLayout(document, journey_id)
    return min(width / layout.width, height / (layout.height - TITLE))


def _inside(inner: Rect, outer: Rect) -> bool:
    eps = 1e-6
    return (outer.x - eps <= inner.x and inner.right <= outer.right + eps and outer.y - eps <= inner.y
            and inner.bottom <= outer.bottom + eps)


def _check_consistent(document: Document, journey_id: str, layout: JourneyLayout) -> None:
    """Cards in their cells, apart from each other; routes end on their cards' edges and cross no card;
    markers inside their stage and lane."""
    cards = {card.id: card for card in document.cards(journey_id)}
    rects = layout.card_rects
    assert set(rects) == set(cards)
    for card_id, rect in rects.items():
        card = cards[card_id]
        assert _inside(rect, layout.cell_rect(card.stage_id, card.lane_id)), card.text
    placed = sorted(rects.values(), key=lambda r: (r.y, r.x))
    for a, b in pairwise(placed):
        assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom)
    links = document.links(journey_id)
    routes = link_routes(links, layout)
    assert len(routes) == len(links)
    for link in links:
        points = routes[link.id].points
        source, target = rects[link.source_id], rects[link.target_id]
        for end, rect in ((points[0], source), (points[-1], target)):
            assert rect.x <= end[0] <= rect.right and rect.y <= end[1] <= rect.bottom
            assert end[0] in (rect.x, rect.right) or end[1] in (rect.y, rect.bottom)
        for (ax, ay), (bx, by) in pairwise(points):
            assert ax == bx or ay == by
            for rect in rects.values():
                if ax == bx:
                    crosses = rect.x < ax < rect.right and min(ay, by) < rect.bottom and max(ay, by) > rect.y
                else:
                    crosses = rect.y < ay < rect.bottom and min(ax, bx) < rect.right and max(ax, bx) > rect.x
                assert not crosses, (link.id, (ax, ay), (bx, by), rect)
    for marker in document.markers(journey_id):
        x, y = layout.marker_points[marker.id]
        stage, lane = layout.stage_rects[marker.stage_id], layout.lane_rects[marker.lane_id]
        assert x == pytest.approx(stage.x + marker.offset * stage.w)
        assert lane.y < y < lane.bottom


def test_a_map_narrower_than_the_page_gets_wider_stages_and_cards() -> None:
    document, journey_id = shaped_journey(3, SEVEN_LANES, 2)
    canvas = JourneyLayout(document, journey_id)
    # Seven lanes: six of one row (120) and the emotions lane (170); three stages of 300.
    assert (canvas.width, canvas.height - TITLE) == (HEADER_W + 3 * 300, STAGE_HEADER + 6 * 120 + 170)
    shape = 1.5
    layout = filling_layout(canvas, shape)
    assert _shape(layout) == pytest.approx(shape)
    k = (shape * (STAGE_HEADER + 6 * 120 + 170) - HEADER_W) / (3 * 300)  # the lanes keep their height
    assert 1 < k < 1.5
    assert [r.w for r in layout.stage_rects.values()] == pytest.approx([300 * k] * 3)
    assert [r.h for r in layout.lane_rects.values()] == [r.h for r in canvas.lane_rects.values()]
    assert {(round(r.w, 6), r.h) for r in layout.card_rects.values()} == {(round(CARD_W * k, 6), CARD_H)}
    _check_consistent(document, journey_id, layout)


def test_a_map_wider_than_the_page_gets_taller_lanes_and_cards() -> None:
    document, journey_id = shaped_journey(10, (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS), 2)
    canvas = JourneyLayout(document, journey_id)
    assert (canvas.width, canvas.height - TITLE) == (HEADER_W + 10 * 300, STAGE_HEADER + 2 * 120 + 170)
    shape = 1.5
    layout = filling_layout(canvas, shape)
    assert _shape(layout) == pytest.approx(shape)
    k = ((HEADER_W + 10 * 300) / shape - STAGE_HEADER) / (2 * 120 + 170)
    assert k > 2
    assert [r.h for r in layout.lane_rects.values()] == pytest.approx([120 * k, 120 * k, 170 * k])
    assert [r.w for r in layout.stage_rects.values()] == [300] * 10
    assert {(r.w, round(r.h, 6)) for r in layout.card_rects.values()} == {(CARD_W, round(CARD_H * 1.5, 6))}
    _check_consistent(document, journey_id, layout)


def test_stages_wide_enough_for_more_columns_take_them_and_the_map_is_drawn_larger() -> None:
    document, journey_id = shaped_journey(2, SEVEN_LANES, 6)
    canvas = JourneyLayout(document, journey_id)
    # Two columns a stage: six cards make three rows, 3 × 76 + 2 × 8 + 20 = 264 a lane.
    assert canvas.height - TITLE == STAGE_HEADER + 6 * 264 + 170
    width, height = 1111.0, 655.0
    layout = filling_layout(canvas, width / height)
    assert _shape(layout) == pytest.approx(width / height)
    columns = [layout.columns(stage.id) for stage in layout.stages]
    assert min(columns) > 2
    lane_h = [r.h for lane, r in zip(layout.lanes, layout.lane_rects.values(), strict=True)
              if lane.kind != LaneKind.EMOTIONS]
    assert max(lane_h) < 264
    scale = width / layout.width
    assert scale > _canvas_scale(document, journey_id, width, height) * 1.3
    _check_consistent(document, journey_id, layout)


@pytest.mark.parametrize("shape", [0.5, 1.0, 1.41, 1.7, 1.86, 3.0])
@pytest.mark.parametrize(("stages", "per_cell"), [(1, 1), (2, 5), (5, 2), (12, 1)])
def test_any_map_fills_any_shape_and_is_never_drawn_smaller(shape: float, stages: int, per_cell: int) -> None:
    document, journey_id = shaped_journey(stages, SEVEN_LANES[:4], per_cell, links=stages > 1)
    layout = filling_layout(JourneyLayout(document, journey_id), shape)
    assert _shape(layout) == pytest.approx(shape)
    height = 600.0
    assert height * shape / layout.width >= _canvas_scale(document, journey_id, height * shape, height) - 1e-9
    _check_consistent(document, journey_id, layout)


def test_a_journey_without_lanes_or_stages_is_left_as_it_is() -> None:
    document = Document()
    History(document).do(commands.add_journey(document, "Bare", stage_names=("One",), lanes=()))
    journey_id = document.journeys()[0].id
    canvas = JourneyLayout(document, journey_id)
    assert filling_layout(canvas, 1.5) is canvas


def test_taller_cards_make_their_rows_taller_and_their_lane_as_tall_as_its_tallest_cell() -> None:
    document, journey_id = shaped_journey(3, (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS), 3, links=False)
    canvas = JourneyLayout(document, journey_id)
    actions, touchpoints = document.lanes(journey_id)
    stages = document.stages(journey_id)
    first, second, third = document.cell(stages[1].id, touchpoints.id)
    layout = canvas.reshaped(Metrics(), card_heights={first.id: 200.0, third.id: 130.0})
    lane = layout.lane_rects[touchpoints.id]
    # Two columns: the first row holds first and second, the second row third.
    assert layout.cell_rows(stages[1].id, touchpoints.id) == [200.0, 130.0]
    assert lane.h == PAD + 200 + GAP + 130 + PAD
    assert layout.height == canvas.height - canvas.lane_rects[touchpoints.id].h + lane.h
    one, two, three = (layout.card_rects[c.id] for c in (first, second, third))
    assert (one.y, one.h, two.y, two.h) == (lane.y + PAD, 200, lane.y + PAD, 200)
    assert (three.y, three.h) == (lane.y + PAD + 200 + GAP, 130)
    for stage in (stages[0], stages[2]):  # the other cells keep rows of one card height
        assert layout.cell_rows(stage.id, touchpoints.id) == [CARD_H, CARD_H]
        cards = [layout.card_rects[c.id] for c in document.cell(stage.id, touchpoints.id)]
        assert [(r.y, r.h) for r in cards] == [(lane.y + PAD, CARD_H), (lane.y + PAD, CARD_H),
                                               (lane.y + PAD + CARD_H + GAP, CARD_H)]
    assert [r.h for r in (layout.card_rects[c.id]
                          for c in document.cell(stages[0].id, actions.id))] == [CARD_H] * 3
    history = History(document)
    far_left, far_right = document.cell(stages[0].id, touchpoints.id)[2], document.cell(stages[2].id,
                                                                                        touchpoints.id)[2]
    for source, target in ((first, third), (third, far_left), (far_right, second), (far_left, far_right),
                           (document.cell(stages[0].id, actions.id)[0], third)):
        history.do(commands.add_link(document, source.id, target.id))
    grown = JourneyLayout(document, journey_id).reshaped(Metrics(), card_heights={first.id: 200.0,
                                                                                  third.id: 130.0})
    _check_consistent(document, journey_id, grown)


@pytest.mark.parametrize("seed", range(6))
def test_links_between_cards_of_any_heights_never_cross_a_card(seed: int) -> None:
    rnd = random.Random(seed)
    document, journey_id = shaped_journey(4, (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS),
                                          rnd.randint(3, 6), links=False)
    history = History(document)
    cards = document.cards(journey_id)
    for _ in range(12):
        source, target = rnd.sample(cards, 2)
        history.do(commands.add_link(document, source.id, target.id, label=rnd.choice(("", "then"))))
    heights = {card.id: rnd.choice((76.0, 90.0, 130.0, 221.5)) for card in cards}
    layout = JourneyLayout(document, journey_id).reshaped(Metrics(), card_heights=heights)
    assert {r.h for r in layout.card_rects.values()} != {CARD_H}
    _check_consistent(document, journey_id, layout)
