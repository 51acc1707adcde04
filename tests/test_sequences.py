"""Random command sequences with undo and redo keep the Document and the reopened file equal."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.enums import LaneKind, LinkKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, EmotionMarker
from journeydesk.store.store import Store

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def _build(op: str, doc: Document, data: st.DataObject) -> Edit | None:
    journeys = doc.journeys()
    journey = data.draw(st.sampled_from(journeys))
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    card_lanes = [lane for lane in lanes if lane.kind != LaneKind.EMOTIONS]
    cards = sorted(doc.cards(journey.id), key=lambda c: c.id)
    markers = doc.markers(journey.id)
    def pick(items):
        return data.draw(st.sampled_from(items))
    index = data.draw(st.integers(0, 6))
    if op == "add_card" and stages and card_lanes:
        return commands.add_card(doc, pick(stages).id, pick(card_lanes).id, data.draw(TEXT), index=index)
    if op == "edit_card" and cards:
        return commands.update_card(doc, pick(cards).id, text=data.draw(TEXT),
                                    severity=data.draw(st.none() | st.integers(1, 5)))
    if op == "move_cards" and cards and stages and card_lanes:
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=4, unique=True))
        return commands.move_cards(doc, [c.id for c in chosen], pick(stages).id, pick(card_lanes).id, index)
    if op == "delete_cards" and cards:
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        return commands.delete_cards(doc, [c.id for c in chosen])
    if op == "add_stage":
        return commands.add_stage(doc, journey.id, data.draw(TEXT), index=index)
    if op == "move_stage" and stages:
        return commands.move_stage(doc, pick(stages).id, index)
    if op == "delete_stage" and len(stages) > 1:
        stage = pick(stages)
        target = data.draw(st.none() | st.sampled_from([s.id for s in stages if s.id != stage.id]))
        return commands.delete_stage(doc, stage.id, move_cards_to=target)
    if op == "add_lane":
        return commands.add_lane(doc, journey.id, pick(list(LaneKind)), data.draw(TEXT), index=index)
    if op == "delete_lane" and len(card_lanes) > 1:
        lane = pick(card_lanes)
        target = data.draw(st.none() | st.sampled_from([x.id for x in card_lanes if x.id != lane.id]))
        return commands.delete_lane(doc, lane.id, move_cards_to=target)
    if op == "add_marker" and stages and any(x.kind == LaneKind.EMOTIONS for x in lanes):
        return commands.add_marker(doc, pick(stages).id, data.draw(st.integers(-2, 2)),
                                   offset=data.draw(st.floats(0, 1)))
    if op == "update_marker" and markers:
        return commands.update_marker(doc, pick(markers).id, score=data.draw(st.integers(-2, 2)))
    if op == "add_link" and len(cards) > 1:
        source, target = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
        return commands.add_link(doc, source.id, target.id, pick(list(LinkKind)))
    if op == "add_persona":
        return commands.add_persona(doc, data.draw(TEXT), goals=tuple(data.draw(st.lists(TEXT, max_size=2))))
    if op == "assign_persona" and doc.personas():
        return commands.assign_persona(doc, journey.id, pick(doc.personas()).id)
    if op == "duplicate_journey" and len(journeys) < 3:
        return commands.duplicate_journey(doc, journey.id)
    if op == "delete_journey" and len(journeys) > 1:
        return commands.delete_journey(doc, journey.id)
    return None


OPS = (
    "add_card", "add_card", "edit_card", "move_cards", "delete_cards", "add_stage", "move_stage",
    "delete_stage", "add_lane", "delete_lane", "add_marker", "update_marker", "add_link",
    "add_persona", "assign_persona", "duplicate_journey", "delete_journey", "undo", "redo",
)


def _differences(left: Document, right: Document) -> list[str]:
    """Readable field-by-field differences between two Documents."""
    a, b = left.snapshot(), right.snapshot()
    found = [f"only in one: {key}" for key in a.keys() ^ b.keys()]
    for key in a.keys() & b.keys():
        for name in a[key].__dataclass_fields__:
            if getattr(a[key], name) != getattr(b[key], name):
                found.append(f"{type(a[key]).__name__}.{name}: {getattr(a[key], name)!r} != "
                             f"{getattr(b[key], name)!r}")
    return found


def _reopened(path: Path) -> Document:
    with Store.open(path, read_only=True) as store:
        return store.load()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_match_the_file(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.journey"
        store = Store.create(path)
        doc = store.load()
        history = History(doc, store)
        history.do(commands.add_journey(doc, "J", stage_names=("A", "B", "C")))
        history.clear()
        start = doc.snapshot()
        for _ in range(data.draw(st.integers(1, 25))):
            op = data.draw(st.sampled_from(OPS))
            note(op)
            if op == "undo":
                history.undo()
                continue
            if op == "redo":
                history.redo()
                continue
            try:
                edit = _build(op, doc, data)
                if edit is not None:
                    note(f"{edit.label}: {len(edit.changes)} changes")
                    before = doc.snapshot()
                    try:
                        history.do(edit)
                    except EditRefused:
                        assert doc.snapshot() == before
            except EditRefused:
                pass
        assert _differences(_reopened(path), doc) == []
        final = doc.snapshot()
        undone = 0
        while history.can_undo:
            history.undo()
            undone += 1
        assert doc.snapshot() == start
        assert _differences(_reopened(path), doc) == []
        for _ in range(undone):
            history.redo()
        assert doc.snapshot() == final
        assert _differences(_reopened(path), doc) == []
        for card in doc.all(Card):
            assert card.position == doc.cell(card.stage_id, card.lane_id).index(card)
        for marker in doc.all(EmotionMarker):
            assert marker.stage_id in {s.id for s in doc.stages(marker.journey_id)}
        store.close()
