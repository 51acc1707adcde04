"""Future states: a to-be copy of a journey, paired with it and tied part by part; the pair survives copying,
undo, snapshots and reopening."""

from __future__ import annotations

from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.core.model import Card, EmotionMarker, Journey, Lane, Link, Stage
from journeydesk.store.store import Store


def _parts(doc: Document, journey_id: str) -> dict[type, list]:
    return {cls: sorted(doc.children(cls, "journey_id", journey_id), key=lambda e: e.id)
            for cls in (Stage, Lane, Card, EmotionMarker, Link)}


def _future(history: History, journey: Journey) -> Journey:
    history.do(commands.create_future_state(history.document, journey.id))
    (future,) = history.document.future_states(journey.id)
    return future


def test_a_future_state_is_a_tied_copy_placed_after_its_as_is(shop: History) -> None:
    doc = shop.document
    shopping = doc.journeys()[0]
    future = _future(shop, shopping)
    assert [j.name for j in doc.journeys()] == ["Shopping", "Shopping (to-be)", "Support"]
    assert shop.undo_label == "Create future state of “Shopping”"
    assert future.future_of == shopping.id and future.persona_id == shopping.persona_id
    originals, copies = _parts(doc, shopping.id), _parts(doc, future.id)
    for cls in (Stage, Lane, Card, EmotionMarker):
        assert sorted(c.origin_id for c in copies[cls]) == sorted(o.id for o in originals[cls]), cls
        by_id = {o.id: o for o in originals[cls]}
        for copy in copies[cls]:
            original = by_id[copy.origin_id]
            assert copy.id != original.id and copy.journey_id == future.id
            assert (getattr(copy, "name", getattr(copy, "text", None))
                    == getattr(original, "name", getattr(original, "text", None)))
    # Cards sit in the copies of their stage and lane; the link joins the copies of its cards.
    stage_of = {s.origin_id: s.id for s in copies[Stage]}
    lane_of = {lane.origin_id: lane.id for lane in copies[Lane]}
    card_of = {c.origin_id: c.id for c in copies[Card]}
    for copy in copies[Card]:
        original = doc.get(Card, copy.origin_id)
        assert (copy.stage_id, copy.lane_id) == (stage_of[original.stage_id], lane_of[original.lane_id])
    (link,), (original_link,) = copies[Link], originals[Link]
    assert (link.source_id, link.target_id) == (card_of[original_link.source_id],
                                                card_of[original_link.target_id])
    assert all(e.origin_id is None for cls in (Stage, Lane, Card, EmotionMarker) for e in originals[cls])


def test_new_cards_have_no_origin_pasted_copies_lose_it_and_moved_cards_keep_it(shop: History) -> None:
    doc = shop.document
    future = _future(shop, doc.journeys()[0])
    stages, lanes = doc.stages(future.id), doc.lanes(future.id)
    shop.do(commands.add_card(doc, stages[1].id, lanes[1].id, "Chat"))
    (chat,) = doc.cell(stages[1].id, lanes[1].id)
    assert chat.origin_id is None
    tied = doc.cell(stages[0].id, lanes[1].id)[0]
    shop.do(commands.paste_cards(doc, [tied], stages[3].id, lanes[1].id))
    (pasted,) = doc.cell(stages[3].id, lanes[1].id)
    assert pasted.text == tied.text and pasted.origin_id is None
    shop.do(commands.move_cards(doc, [tied.id], stages[4].id, lanes[1].id))
    assert doc.get(Card, tied.id).origin_id == tied.origin_id is not None


def test_a_copy_of_the_to_be_is_one_more_to_be_and_a_copy_of_the_as_is_is_not_paired(shop: History) -> None:
    doc = shop.document
    shopping = doc.journeys()[0]
    future = _future(shop, shopping)
    stages, lanes = doc.stages(future.id), doc.lanes(future.id)
    shop.do(commands.add_card(doc, stages[1].id, lanes[1].id, "Chat"))
    chat = doc.cell(stages[1].id, lanes[1].id)[0]
    shop.do(commands.duplicate_journey(doc, future.id))
    copy = next(j for j in doc.journeys() if j.name == "Shopping (to-be) (copy)")
    assert copy.future_of == shopping.id
    assert [j.id for j in doc.future_states(shopping.id)] == [future.id, copy.id]
    # Tied cards keep their as-is origin; the card new in the to-be is tied to the card it was copied from.
    origins = sorted(c.origin_id for c in doc.cards(copy.id))
    assert origins == sorted([c.id for c in doc.cards(shopping.id)] + [chat.id])
    shop.do(commands.duplicate_journey(doc, shopping.id))
    plain = next(j for j in doc.journeys() if j.name == "Shopping (copy)")
    assert plain.future_of is None and doc.future_states(plain.id) == []
    assert sorted(c.origin_id for c in doc.cards(plain.id)) == sorted(c.id for c in doc.cards(shopping.id))
    assert doc.get(Journey, future.id).future_of == shopping.id


def test_undo_and_redo_give_back_the_same_pair(shop: History) -> None:
    doc = shop.document
    shopping = doc.journeys()[0]
    original = doc.snapshot()
    future = _future(shop, shopping)
    made = doc.snapshot()
    shop.undo()
    assert doc.snapshot() == original and doc.future_states(shopping.id) == []
    shop.redo()
    assert doc.snapshot() == made and doc.future_states(shopping.id) == [future]
    shop.do(commands.delete_journey(doc, shopping.id))
    assert doc.get(Journey, future.id).future_of is None
    shop.undo()
    assert doc.snapshot() == made


def test_the_pair_survives_a_saved_copy_and_reopening(tmp_path: Path) -> None:
    with Store.create(tmp_path / "p.journey") as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.add_template(doc, "ecommerce"))
        shopping = doc.journeys()[0]
        future = _future(history, shopping)
        expected = doc.snapshot()
        store.save_copy(tmp_path / "copy.journey")
    for name in ("p.journey", "copy.journey"):
        with Store.open(tmp_path / name, read_only=True) as store:
            reopened = store.load()
        assert reopened.snapshot() == expected
        assert reopened.future_states(shopping.id) == [future]
        assert len(reopened.cards(future.id)) == len(reopened.cards(shopping.id)) > 20


def test_a_snapshot_of_the_to_be_keeps_its_ties_and_restores_as_one_more_to_be(shop: History) -> None:
    doc = shop.document
    shopping = doc.journeys()[0]
    future = _future(shop, shopping)
    shop.do(commands.take_snapshot(doc, future.id, "Design v1"))
    (snapshot,) = doc.snapshots(future.id)
    shop.do(commands.restore_snapshot(doc, snapshot.id, name="Design v1 again"))
    again = next(j for j in doc.journeys() if j.name == "Design v1 again")
    assert again.future_of == shopping.id
    assert sorted(c.origin_id for c in doc.cards(again.id)) == sorted(c.id for c in doc.cards(shopping.id))
