"""Routes of links through the gaps of a small hand-laid map (no Qt)."""

from __future__ import annotations

import itertools

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.link_routes import link_routes
from journeydesk.core.model import Card, Link

# The map below, by hand: lane headers 150 wide, two stages 300 wide (x 150 and 450), title 64 and
# stage headers 56 tall, so lanes start at y 120 and are 120 tall while they hold one row.
# Cards are 128 × 76, 8 apart, 10 in from their cell; a stage of 300 holds two columns.
STAGE_X = (150, 450)
LANE_Y = (120, 240, 360)
GAP_XS = {155, 150 + 10 + 136 - 4, 450, 450 + 10 + 136 - 4, 750 - 5}  # between stages and columns


def _map() -> tuple[Document, History, str, list[str], list[str]]:
    doc = Document()
    history = History(doc)
    history.do(commands.add_journey(doc, "Blueprint", stage_names=("Before", "After"),
                                    lanes=((LaneKind.ACTIONS, "Customer actions"),
                                           (LaneKind.THOUGHTS, "Thoughts"), (LaneKind.BACKSTAGE,
                                                                             "Backstage"))))
    journey = doc.journeys()[0]
    return doc, history, journey.id, [s.id for s in doc.stages(journey.id)], [x.id
                                                                              for x in doc.lanes(journey.id)]


def _card(history: History, stage: str, lane: str, text: str) -> str:
    doc = history.document
    before = {c.id for c in doc.all(Card)}
    history.do(commands.add_card(doc, stage, lane, text))
    (new,) = [c.id for c in doc.all(Card) if c.id not in before]
    return new


def _link(history: History, source: str, target: str, label: str = "") -> Link:
    doc = history.document
    history.do(commands.add_link(doc, source, target, label=label))
    return next(x for x in doc.all(Link) if (x.source_id, x.target_id, x.label) == (source, target, label))


def _slot(stage: int, lane: int, row: int = 0, column: int = 0) -> tuple[float, float, float, float]:
    x, y = STAGE_X[stage] + 10 + column * 136, LANE_Y[lane] + 10 + row * 84
    return x, y, x + 128, y + 76


def _crosses(a: tuple[float, float], b: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether the axis-parallel stretch a–b passes through the inside of ``box``."""
    left, top, right, bottom = box
    if a[0] == b[0]:
        return left < a[0] < right and min(a[1], b[1]) < bottom and max(a[1], b[1]) > top
    return top < a[1] < bottom and min(a[0], b[0]) < right and max(a[0], b[0]) > left


def _on_edge(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = box
    x, y = point
    return (x in (left, right) and top < y < bottom) or (y in (top, bottom) and left < x < right)


def _routes(doc: Document, journey_id: str):
    return link_routes(doc.links(journey_id), JourneyLayout(doc, journey_id))


def test_neighbours_in_a_row_are_joined_by_a_straight_arrow_across_their_gap() -> None:
    doc, history, journey, stages, lanes = _map()
    first = _card(history, stages[0], lanes[1], "one")
    second = _card(history, stages[0], lanes[1], "two")
    link = _link(history, first, second)
    _left, top, right, bottom = _slot(0, 1)
    middle = (top + bottom) / 2
    assert _routes(doc, journey)[link.id].points == ((right, middle), (right + 8, middle))


def test_a_card_below_another_is_reached_straight_down() -> None:
    doc, history, journey, stages, lanes = _map()
    top_card = _card(history, stages[0], lanes[1], "row 0, column 0")
    _card(history, stages[0], lanes[1], "row 0, column 1")
    below = _card(history, stages[0], lanes[1], "row 1, column 0")
    link = _link(history, top_card, below)
    left, _top, right, bottom = _slot(0, 1)
    center = (left + right) / 2
    assert _routes(doc, journey)[link.id].points == ((center, bottom), (center, bottom + 8))


def test_a_route_goes_around_a_card_in_its_way_through_the_gaps() -> None:
    doc, history, journey, stages, lanes = _map()
    source = _card(history, stages[0], lanes[1], "source")
    _card(history, stages[0], lanes[1], "in the way")
    target = _card(history, stages[1], lanes[1], "target")
    link = _link(history, source, target)
    points = _routes(doc, journey)[link.id].points
    boxes = [_slot(0, 1, 0, 0), _slot(0, 1, 0, 1), _slot(1, 1, 0, 0)]
    assert _on_edge(points[0], boxes[0]) and _on_edge(points[-1], boxes[2])
    for a, b in itertools.pairwise(points):
        assert a[0] == b[0] or a[1] == b[1], "orthogonal"
        assert not any(_crosses(a, b, box) for box in boxes)
    inner = list(itertools.pairwise(points[1:-1]))  # stretches between the two stubs
    for a, b in inner:
        if a[0] == b[0]:
            assert a[0] in GAP_XS
        else:
            assert a[1] in {120 + 5, *LANE_Y[1:], 480 - 5}
    assert len(points) - 2 <= 3  # at most three bends


def test_a_backstage_card_reaches_a_customer_action_past_the_lane_between() -> None:
    doc, history, journey, stages, lanes = _map()
    action = _card(history, stages[1], lanes[0], "customer action")
    _card(history, stages[1], lanes[1], "a thought in the way")
    backstage = _card(history, stages[1], lanes[2], "backstage process")
    link = _link(history, backstage, action)
    points = _routes(doc, journey)[link.id].points
    boxes = [_slot(1, 0), _slot(1, 1), _slot(1, 2)]
    assert _on_edge(points[0], boxes[2]) and _on_edge(points[-1], boxes[0])
    for a, b in itertools.pairwise(points):
        assert not any(_crosses(a, b, box) for box in boxes)
    assert min(y for _, y in points) < LANE_Y[1] and max(y for _, y in points) > LANE_Y[2]


def test_two_links_between_the_same_cards_run_side_by_side_and_labels_sit_on_their_route() -> None:
    doc, history, journey, stages, lanes = _map()
    source = _card(history, stages[0], lanes[1], "source")
    _card(history, stages[0], lanes[1], "in the way")
    target = _card(history, stages[1], lanes[1], "target")
    first = _link(history, source, target, "web")
    second = _link(history, source, target, "store")
    routes = _routes(doc, journey)
    a, b = routes[first.id].points, routes[second.id].points
    assert a != b
    shared = {p for p in a} & {p for p in b}
    assert len(shared) <= 1
    for route in (routes[first.id], routes[second.id]):
        x, y = route.label_at
        assert any(min(p[0], q[0]) <= x <= max(p[0], q[0]) and min(p[1], q[1]) <= y <= max(p[1], q[1])
                   for p, q in zip(route.points, route.points[1:], strict=False))
    assert routes[first.id].label_at != routes[second.id].label_at


def test_links_of_cards_off_the_map_have_no_route() -> None:
    doc, history, journey, stages, lanes = _map()
    source = _card(history, stages[0], lanes[1], "source")
    target = _card(history, stages[1], lanes[1], "target")
    link = _link(history, source, target)
    layout = JourneyLayout(doc, journey)
    del layout.card_rects[target]
    assert link.id not in link_routes(doc.links(journey), layout)
