"""The comparison engine: snapshot → edit → compare gives exactly the edits made; a journey against its to-be
is matched by the ties; untied journeys by stage, lane and text; figures per stage and touchpoint before and
after."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from figures_data import Answer, add_answers, nps, two_touchpoints

from journeydesk.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    SAME,
    CompareError,
    Comparison,
    FieldChange,
    Operand,
    as_json,
    compare,
    pair,
    resolve,
    side,
)
from journeydesk.core import commands
from journeydesk.core.document import Change, Document, Edit
from journeydesk.core.enums import CardKind, MetricKind
from journeydesk.core.history import History
from journeydesk.core.model import Journey
from journeydesk.figures import metric_records
from journeydesk.store.store import Store


def identical(result: Comparison) -> bool:
    """No card, marker or stage differs, and every figure is the same on both sides."""
    figures = [f for m in result.metrics for f in (*m.stages, *m.touchpoints)]
    return (not result.cards and not result.markers and all(s.status == SAME for s in result.stages)
            and all((f.before, f.n_before) == (f.after, f.n_after) for f in figures))


def _compare(doc: Document, first: str, second: str) -> Comparison:
    return compare(side(doc, None, resolve(doc, first)), side(doc, None, resolve(doc, second)))


def _cell(doc: Document, journey: Journey, stage: int, lane: int) -> tuple[str, str]:
    return doc.stages(journey.id)[stage].id, doc.lanes(journey.id)[lane].id


def _card(doc: Document, journey: Journey, text: str):
    return next(c for c in doc.cards(journey.id) if c.text == text)


@pytest.fixture
def before(shop: History) -> History:
    """The shop with a pain point "Slow site" (Purchase) and an opportunity "Click & collect" (Post-purchase),
    snapshotted as "Before"."""
    doc = shop.document
    journey = doc.journeys()[0]
    shop.do(commands.add_card(doc, *_cell(doc, journey, 2, 4), "Slow site"))
    shop.do(commands.add_card(doc, *_cell(doc, journey, 3, 5), "Click & collect"))
    shop.do(commands.take_snapshot(doc, journey.id, "Before"))
    return shop


def test_snapshot_then_edits_then_compare_gives_exactly_the_edits(before: History) -> None:
    doc = before.document
    shop = doc.journeys()[0]
    ad, blog, checkout, slow = (_card(doc, shop, t) for t in ("Ad", "Blog", "Checkout", "Slow site"))
    before.do(commands.update_card(doc, ad.id, text="TV ad"))  # text change
    before.do(commands.update_card(doc, blog.id, owner="Marketing", severity=2))  # field change
    before.do(commands.move_cards(doc, [checkout.id], *_cell(doc, shop, 3, 1)))  # move
    before.do(commands.add_card(doc, *_cell(doc, shop, 1, 1), "Chat"))  # add
    before.do(commands.delete_cards(doc, [slow.id]))  # delete
    before.do(commands.update_marker(doc, doc.markers(shop.id)[0].id, score=1))  # emotion change
    before.do(commands.update_stage(doc, doc.stages(shop.id)[0].id, name="Discover"))  # stage rename

    result = _compare(doc, "snapshot:Before", "journey:Shopping")
    assert result.before.kind == "snapshot" and result.after.kind == "journey"
    cards = [(c.status, (c.before or c.after).text, c.matched_by, c.fields) for c in result.cards]
    assert cards == [
        (CHANGED, "Ad", "same", (FieldChange("text", "Ad", "TV ad"),)),
        (CHANGED, "Blog", "same", (FieldChange("owner", "", "Marketing"), FieldChange("severity", None, 2))),
        (ADDED, "Chat", None, ()),
        (REMOVED, "Slow site", None, ()),
        (CHANGED, "Checkout", "same", (FieldChange("stage", "Purchase", "Post-purchase"),)),
    ]
    assert [c.moved for c in result.cards] == [False, False, False, False, True]
    assert result.unchanged_cards == 1  # Click & collect
    assert [(s.status, s.before, s.after) for s in result.stages] == [
        (RENAMED, "Awareness", "Discover"), (SAME, "Consideration", "Consideration"),
        (SAME, "Purchase", "Purchase"), (SAME, "Post-purchase", "Post-purchase"),
        (SAME, "Loyalty", "Loyalty")]
    assert result.stages[0].fields == (FieldChange("name", "Awareness", "Discover"),)
    emotions = [(s.emotion_before, s.emotion_after, s.emotion_delta) for s in result.stages]
    assert emotions == [(None, None, None)] * 2 + [(-1.0, 1.0, 2.0)] + [(None, None, None)] * 2
    ((status, fields),) = [(m.status, m.fields) for m in result.markers]
    assert (status, fields) == (CHANGED, (FieldChange("score", -1, 1),))
    assert [(o.before.text, o.after) for o in result.pain_points_resolved] == [("Slow site", None)]
    assert result.pain_points_new == result.opportunities_realised == result.opportunities_new == ()
    assert result.metrics == ()
    assert result.summary() == {
        "cards_added": 1, "cards_removed": 1, "cards_changed": 3, "cards_moved": 1, "cards_unchanged": 1,
        "stages_added": 0, "stages_removed": 0, "stages_renamed": 1, "stages_changed": 0,
        "markers_added": 0, "markers_removed": 0, "markers_changed": 1,
        "pain_points_resolved": 1, "pain_points_new": 0, "opportunities_realised": 0, "opportunities_new": 0}


def test_a_journey_compared_with_its_own_snapshot_or_itself_is_identical(before: History) -> None:
    doc = before.document
    for first, second in (("Before", "Shopping"), ("Shopping", "Shopping"), ("Before", "Before")):
        result = _compare(doc, first, second)
        assert identical(result) and result.cards == () and result.unchanged_cards == 5
        assert all(s.status == SAME for s in result.stages)


def _to_be(history: History) -> Journey:
    doc = history.document
    shop = doc.journeys()[0]
    history.do(commands.create_future_state(doc, shop.id))
    (future,) = doc.future_states(shop.id)
    return future


def test_a_journey_and_its_to_be_are_matched_by_their_ties(before: History) -> None:
    doc = before.document
    shop = doc.journeys()[0]
    future = _to_be(before)
    ad, blog, slow, collect = (_card(doc, future, t) for t in ("Ad", "Blog", "Slow site", "Click & collect"))
    # no text in common: still the tie
    before.do(commands.update_card(doc, ad.id, text="Something else entirely"))
    before.do(commands.delete_cards(doc, [blog.id, slow.id]))
    before.do(commands.move_cards(doc, [collect.id], *_cell(doc, future, 3, 1)))
    before.do(commands.update_card(doc, collect.id, kind=CardKind.TOUCHPOINT))  # realised in the journey
    before.do(commands.add_card(doc, *_cell(doc, future, 1, 4), "Confusing sizes"))
    before.do(commands.update_stage(doc, doc.stages(future.id)[4].id, name="Advocacy"))

    result = compare(side(doc, None, Operand("journey", shop.id)),
                     side(doc, None, Operand("journey", future.id)))
    assert [(c.status, (c.before or c.after).text, c.matched_by) for c in result.cards] == [
        (CHANGED, "Ad", "origin"), (REMOVED, "Blog", None), (ADDED, "Confusing sizes", None),
        (REMOVED, "Slow site", None), (CHANGED, "Click & collect", "origin")]
    moved = result.cards[-1]
    assert moved.fields == (FieldChange("kind", CardKind.OPPORTUNITY, CardKind.TOUCHPOINT),
                            FieldChange("lane", "Opportunities", "Touchpoints"))
    assert [(o.before.text, o.after.kind) for o in result.opportunities_realised] == [
        ("Click & collect", CardKind.TOUCHPOINT)]
    assert [o.before.text for o in result.pain_points_resolved] == ["Slow site"]
    assert [(o.before, o.after.text) for o in result.pain_points_new] == [(None, "Confusing sizes")]
    assert [(s.status, s.after) for s in result.stages][-1] == (RENAMED, "Advocacy")
    # The other way round, everything is mirrored.
    back = compare(side(doc, None, Operand("journey", future.id)),
                   side(doc, None, Operand("journey", shop.id)))
    assert back.summary()["cards_added"] == 2 and back.summary()["cards_removed"] == 1
    assert {c.matched_by for c in back.cards if c.status == CHANGED} == {"origin"}
    # A copy of the to-be is matched with it by their common origin.
    before.do(commands.duplicate_journey(doc, future.id, name="Variant"))
    variant = next(j for j in doc.journeys() if j.name == "Variant")
    siblings = compare(side(doc, None, Operand("journey", future.id)),
                       side(doc, None, Operand("journey", variant.id)))
    assert identical(siblings) and siblings.unchanged_cards == 4


def test_sides_that_share_ids_are_never_matched_by_text(before: History) -> None:
    doc = before.document
    shop = doc.journeys()[0]
    ad = _card(doc, shop, "Ad")
    before.do(commands.delete_cards(doc, [ad.id]))
    before.do(commands.add_card(doc, ad.stage_id, ad.lane_id, "Ad!", index=0))
    result = _compare(doc, "Before", "Shopping")
    assert [(c.status, (c.before or c.after).text) for c in result.cards] == [(REMOVED, "Ad"), (ADDED, "Ad!")]
    future = _to_be(before)
    blog = _card(doc, future, "Blog")
    before.do(commands.delete_cards(doc, [blog.id]))
    before.do(commands.add_card(doc, blog.stage_id, blog.lane_id, "Blog"))  # the same text, a new card
    result = compare(side(doc, None, Operand("journey", shop.id)),
                     side(doc, None, Operand("journey", future.id)))
    assert [(c.status, (c.before or c.after).text) for c in result.cards] == [(REMOVED, "Blog"),
                                                                              (ADDED, "Blog")]


def test_untied_journeys_are_matched_by_stage_lane_and_text(history: History) -> None:
    doc = history.document
    history.do(commands.delete_journey(doc, doc.journeys()[0].id))
    for _ in range(2):
        history.do(commands.add_template(doc, "ecommerce"))
    first, second = doc.journeys()
    history.do(commands.update_journey(doc, second.id, name="Second"))
    assert identical(_compare(doc, first.name, "Second"))
    stage = doc.stages(second.id)[2]
    target = doc.cards(second.id)[0]
    history.do(commands.update_card(doc, target.id, text=target.text + "!"))  # similar text, same cell
    moving = next(c for c in doc.cards(second.id) if c.stage_id != doc.stages(second.id)[4].id
                  and c.id != target.id
                  and c.kind == CardKind.TOUCHPOINT)
    history.do(commands.move_cards(doc, [moving.id], doc.stages(second.id)[4].id, moving.lane_id))
    history.do(commands.update_stage(doc, stage.id, name="Buy"))
    marker = doc.markers(second.id)[0]
    history.do(commands.update_marker(doc, marker.id, score=-2 if marker.score > -2 else 2))
    result = _compare(doc, first.name, "Second")
    ((status, fields),) = [(m.status, [f.field for f in m.fields]) for m in result.markers]
    assert (status, fields) == (CHANGED, ["score"])  # matched by its stage and label
    changed = {c.after.text: (c.matched_by, c.fields) for c in result.cards if c.status == CHANGED}
    assert changed[target.text + "!"] == ("text", (FieldChange("text", target.text, target.text + "!"),))
    assert changed[moving.text][1][-1].field == "stage"
    # A stage renamed without a tie is known by its cards.
    assert [(s.status, s.before, s.after) for s in result.stages if s.status != SAME] == [
        (RENAMED, doc.stages(first.id)[2].name, "Buy")]
    assert result.summary()["cards_added"] == result.summary()["cards_removed"] == 0
    # One whose cards changed too is a stage removed and one added; its cards come and go with it.
    for card in doc.cards(second.id):
        if card.stage_id == stage.id:
            history.do(commands.update_card(doc, card.id, text=f"New {card.id}"))
    result = _compare(doc, first.name, "Second")
    assert [(s.status, s.before, s.after) for s in result.stages if s.status != SAME] == [
        (REMOVED, doc.stages(first.id)[2].name, None), (ADDED, None, "Buy")]
    in_stage = len([c for c in doc.cards(second.id) if c.stage_id == stage.id])
    assert result.summary()["cards_added"] == result.summary()["cards_removed"] == in_stage > 0


def test_metric_figures_per_stage_and_touchpoint_before_and_after(tmp_path: Path) -> None:
    path = tmp_path / "p.journey"
    doc, journey_id, web, till = two_touchpoints(path)
    old = {web.id: [10, 9, 3], till.id: [0, 10]}
    new = {web.id: [10, 10, 9, 6], till.id: [8]}

    def answers(values: dict[str, list[int]]) -> list[Answer]:
        return [Answer("NPS", v, card_id=card, stage_id=web.stage_id if card == web.id else till.stage_id)
                for card, found in values.items() for v in found]

    first = add_answers(path, journey_id, answers(old), {"NPS": "nps"})
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.take_snapshot(doc, journey_id, "Q1", figures=metric_records(doc, store.data,
                                                                                        journey_id)))
        history.do(commands.delete_dataset(doc, first))
    add_answers(path, journey_id, answers(new), {"NPS": "nps"})
    with Store.open(path, read_only=True) as store:
        doc = store.load()
        result = compare(side(doc, store.data, resolve(doc, "Q1")), side(doc, store.data,
                                                                         resolve(doc, "Shop")))
    ((metric),) = result.metrics
    assert (metric.metric, metric.kind) == ("NPS", MetricKind.NPS)
    expected = [("Web", "Look", nps(old[web.id]), 3, nps(new[web.id]), 4),
                ("Till", "Pay", nps(old[till.id]), 2, nps(new[till.id]), 1)]
    got = [(f.label, f.stage, f.before, f.n_before, f.after, f.n_after) for f in metric.touchpoints]
    assert got == [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in expected]
    assert [(f.label, f.before, f.after) for f in metric.stages] == [
        ("Look", pytest.approx(nps(old[web.id])), pytest.approx(nps(new[web.id]))),
        ("Pay", pytest.approx(nps(old[till.id])), pytest.approx(nps(new[till.id])))]
    assert metric.stages[1].delta == pytest.approx(nps([8]) - nps([0, 10]))
    assert not identical(result) and result.cards == ()


def test_names_resolve_with_prefixes_and_say_what_exists_when_unknown_or_ambiguous(before: History) -> None:
    doc = before.document
    shop, support = doc.journeys()
    before.do(commands.take_snapshot(doc, support.id, "Support"))
    assert resolve(doc, "Before") == Operand("snapshot", doc.snapshots()[0].id)
    assert resolve(doc, "shopping") == Operand("journey", shop.id)
    assert resolve(doc, "journey:Support") == Operand("journey", support.id)
    assert resolve(doc, "snapshot: support").kind == "snapshot"
    with pytest.raises(CompareError, match="“Support” names both a journey and a snapshot; write "
                                           "journey:Support or snapshot:Support"):
        resolve(doc, "Support")
    with pytest.raises(CompareError, match=r"There is no journey or snapshot named “Nope”. Journeys: "
                                           r"“Shopping”, "
                                           "“Support”. Snapshots: “Before”, “Support”."):
        resolve(doc, "Nope")
    with pytest.raises(CompareError, match="There is no snapshot named “Shopping”"):
        resolve(doc, "snapshot:Shopping")
    before.do(commands.update_journey(doc, support.id, name="Shopping"))
    with pytest.raises(CompareError, match="2 journeys are named “Shopping”"):
        resolve(doc, "journey:Shopping")


def test_without_a_second_side_a_snapshot_meets_its_journey_and_a_journey_its_to_be(before: History) -> None:
    doc = before.document
    shop, _support = doc.journeys()
    snapshot = Operand("snapshot", doc.snapshots()[0].id)
    assert pair(doc, snapshot, None) == (snapshot, Operand("journey", shop.id))
    with pytest.raises(CompareError, match="“Shopping” has no future state to compare with"):
        pair(doc, Operand("journey", shop.id), None)
    future = _to_be(before)
    assert pair(doc, Operand("journey", shop.id), None) == (Operand("journey", shop.id),
                                                            Operand("journey", future.id))
    assert pair(doc, Operand("journey", future.id), None) == (Operand("journey", shop.id),
                                                              Operand("journey", future.id))
    before.do(commands.create_future_state(doc, shop.id, name="Plan B"))
    with pytest.raises(CompareError, match="has 2 future states \\(“Plan B”, “Shopping \\(to-be\\)”\\)"):
        pair(doc, Operand("journey", shop.id), None)
    before.do(commands.delete_journey(doc, shop.id))
    with pytest.raises(CompareError, match="journey of the snapshot “Before” was deleted"):
        pair(doc, snapshot, None)


def test_a_damaged_snapshot_is_named_in_the_error(before: History) -> None:
    doc = before.document
    (snapshot,) = doc.snapshots()
    before.do(Edit("damage", (Change(snapshot, replace(snapshot, content='{"format": 1, "journey": 3}')),)))
    with pytest.raises(CompareError, match="The snapshot “Before” is damaged \\(it holds no journey\\)"):
        side(doc, None, resolve(doc, "Before"))


def test_the_json_shape_is_fixed(before: History) -> None:
    doc = before.document
    before.do(commands.update_card(doc, _card(doc, doc.journeys()[0], "Ad").id, text="TV"))
    shape = as_json(_compare(doc, "Before", "Shopping"))
    assert json.loads(json.dumps(shape)) == shape
    assert list(shape) == ["format", "before", "after", "summary", "stages", "cards", "markers",
                           "pain_points", "opportunities", "metrics"]
    assert shape["before"] == {"kind": "snapshot", "name": "Before", "journey": "Shopping",
                               "taken_at": shape["before"]["taken_at"]}
    assert shape["before"]["taken_at"].endswith("Z") and shape["after"]["taken_at"] is None
    assert shape["cards"] == [{"status": "changed", "matched_by": "same", "moved": False,
                               "before": {"id": shape["cards"][0]["before"]["id"], "kind": "touchpoint",
                                          "text": "Ad", "stage": "Awareness", "lane": "Touchpoints"},
                               "after": {"id": shape["cards"][0]["before"]["id"], "kind": "touchpoint",
                                         "text": "TV", "stage": "Awareness", "lane": "Touchpoints"},
                               "changes": [{"field": "text", "before": "Ad", "after": "TV"}]}]
    assert shape["stages"][2] == {"status": "same", "before": "Purchase", "after": "Purchase", "changes": [],
                                  "emotion": {"before": -1.0, "after": -1.0, "delta": 0.0}}
    assert shape["pain_points"] == {"resolved": [], "new": []}
    assert shape["opportunities"] == {"realised": [], "new": []}


def test_markers_added_and_removed_stage_fields_and_new_opportunities(before: History) -> None:
    doc = before.document
    shop = doc.journeys()[0]
    stages = doc.stages(shop.id)
    before.do(commands.delete_markers(doc, [doc.markers(shop.id)[0].id]))
    before.do(commands.add_marker(doc, stages[2].id, 2, label="fast now"))
    before.do(commands.add_marker(doc, stages[4].id, -2, label="angry"))
    before.do(commands.update_stage(doc, stages[1].id, color="#112233", goal="Compare"))
    before.do(commands.add_card(doc, *_cell(doc, shop, 0, 5), "Loyalty app"))
    result = _compare(doc, "Before", "Shopping")
    # A snapshot and its journey share ids: a marker deleted and one added are that, not one changed.
    assert [(m.status, m.before and m.before.label, m.after and m.after.label) for m in result.markers] == [
        (REMOVED, "slow", None), (ADDED, None, "fast now"), (ADDED, None, "angry")]
    purchase = result.stages[2]
    assert (purchase.emotion_before, purchase.emotion_after, purchase.emotion_delta) == (-1.0, 2.0, 3.0)
    assert (result.stages[4].emotion_before, result.stages[4].emotion_after) == (None, -2.0)
    assert (result.stages[1].status, result.stages[1].fields) == (CHANGED, (
        FieldChange("goal", "", "Compare"), FieldChange("color", stages[1].color, "#112233")))
    assert [(o.before, o.after.text) for o in result.opportunities_new] == [(None, "Loyalty app")]


def test_text_similarity_works_without_spaces_and_is_symmetric() -> None:
    from journeydesk.compare.matching import SIMILAR, bigrams, similarity

    def score(one: str, other: str) -> float:
        return similarity(bigrams(one), bigrams(other))

    assert score("Checkout page", "checkout  PAGE") == 1.0  # folded: case and spaces
    assert score("Checkout page", "Checkout pages") >= SIMILAR > score("Checkout page", "Delivery notice")
    assert (
        score("店舗で試着する", "店舗で靴を試着する") >= SIMILAR > score("店舗で試着する", "アプリで支払う"))
    assert score("ａｂ", "ab") == 1.0 and score("a", "b") == 0.0
    # Dice's coefficient by hand: {ab, bc} and {ab, bd} share one of four.
    assert score("abc", "abd") == 2 * 1 / 4 == score("abd", "abc")
