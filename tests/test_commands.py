"""Every command: apply, undo gives the original, redo gives the first result; and what each does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.enums import CardKind, LaneKind, LinkKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, EmotionMarker, Image, Journey, Link, Persona, Stage


@pytest.fixture
def rich(history: History) -> History:
    """One journey with cards in two cells, a marker, a link and an assigned persona."""
    doc = history.document
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    touch = lanes[1]
    for text in ("Ad", "Social post", "Blog"):
        history.do(commands.add_card(doc, stages[0].id, touch.id, text))
    for text in ("Website", "Reviews"):
        history.do(commands.add_card(doc, stages[1].id, touch.id, text))
    history.do(commands.add_marker(doc, stages[0].id, 1, label="curious"))
    first, second = doc.cell(stages[0].id, touch.id)[:2]
    history.do(commands.add_link(doc, first.id, second.id))
    history.do(commands.add_persona(doc, "Aiko", role="Buyer", goals=("fast delivery",)))
    history.do(commands.assign_persona(doc, journey.id, doc.personas()[0].id))
    history.do(commands.add_journey(doc, "Support", stage_names=("Ask", "Wait")))
    return history


def _ids(doc: Document) -> dict[str, object]:
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    cell = doc.cell(stages[0].id, lanes[1].id)
    return {"doc": doc, "journey": journey, "stages": stages, "lanes": lanes, "cell": cell}


SCENARIOS: dict[str, Callable[[dict], Edit]] = {
    "update_project": lambda x: commands.update_project(x["doc"], title="Q3 review", client="ACME"),
    "add_journey": lambda x: commands.add_journey(x["doc"], "Support"),
    "add_template": lambda x: commands.add_template(x["doc"], "ecommerce", "ja"),
    "update_journey": lambda x: commands.update_journey(x["doc"], x["journey"].id, name="Buying"),
    "assign_persona_none": lambda x: commands.assign_persona(x["doc"], x["journey"].id, None),
    "move_journey": lambda x: commands.move_journey(x["doc"], x["journey"].id, 5),
    "delete_journey": lambda x: commands.delete_journey(x["doc"], x["journey"].id),
    "duplicate_journey": lambda x: commands.duplicate_journey(x["doc"], x["journey"].id),
    "add_stage": lambda x: commands.add_stage(x["doc"], x["journey"].id, "Repeat", index=1),
    "rename_stage": lambda x: commands.update_stage(x["doc"], x["stages"][0].id, name="Discover"),
    "recolour_stage": lambda x: commands.update_stage(x["doc"], x["stages"][0].id, color="#112233"),
    "move_stage": lambda x: commands.move_stage(x["doc"], x["stages"][0].id, 3),
    "delete_stage": lambda x: commands.delete_stage(x["doc"], x["stages"][0].id),
    "delete_stage_moving": lambda x: commands.delete_stage(
        x["doc"], x["stages"][0].id, move_cards_to=x["stages"][1].id),
    "add_lane": lambda x: commands.add_lane(x["doc"], x["journey"].id, LaneKind.BACKSTAGE, "Ops"),
    "rename_lane": lambda x: commands.update_lane(x["doc"], x["lanes"][1].id, name="Channels"),
    "resize_lane": lambda x: commands.update_lane(x["doc"], x["lanes"][1].id, height=200),
    "move_lane": lambda x: commands.move_lane(x["doc"], x["lanes"][1].id, 0),
    "delete_lane": lambda x: commands.delete_lane(x["doc"], x["lanes"][1].id),
    "delete_lane_moving": lambda x: commands.delete_lane(
        x["doc"], x["lanes"][1].id, move_cards_to=x["lanes"][0].id),
    "add_card": lambda x: commands.add_card(x["doc"], x["stages"][0].id, x["lanes"][1].id, "Email", index=1),
    "edit_card": lambda x: commands.update_card(
        x["doc"], x["cell"][0].id, text="TV ad", moment_of_truth=True, exit_point=True,
        exit_reason="price"),
    "move_cards": lambda x: commands.move_cards(
        x["doc"], [c.id for c in x["cell"][:2]], x["stages"][1].id, x["lanes"][1].id, 1),
    "delete_cards": lambda x: commands.delete_cards(x["doc"], [x["cell"][0].id]),
    "add_marker": lambda x: commands.add_marker(x["doc"], x["stages"][2].id, -2, label="angry"),
    "update_marker": lambda x: commands.update_marker(
        x["doc"], x["doc"].all(EmotionMarker)[0].id, score=-1, offset=0.9),
    "delete_markers": lambda x: commands.delete_markers(x["doc"],
                                                        [m.id for m in x["doc"].all(EmotionMarker)]),
    "add_link": lambda x: commands.add_link(
        x["doc"], x["cell"][2].id, x["cell"][0].id, LinkKind.CHANNEL_SWITCH),
    "update_link": lambda x: commands.update_link(x["doc"], x["doc"].all(Link)[0].id, label="then"),
    "delete_links": lambda x: commands.delete_links(x["doc"], [x["doc"].all(Link)[0].id]),
    "add_persona": lambda x: commands.add_persona(x["doc"], "Ken", age=41),
    "update_persona": lambda x: commands.update_persona(
        x["doc"], x["doc"].personas()[0].id, needs=["clear prices"], quote="Just tell me."),
    "set_avatar": lambda x: commands.set_avatar(x["doc"], x["doc"].personas()[0].id, b"\x89PNG fake"),
    "delete_persona": lambda x: commands.delete_persona(x["doc"], x["doc"].personas()[0].id),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_apply_undo_redo(rich: History, name: str) -> None:
    doc = rich.document
    original = doc.snapshot()
    edit = SCENARIOS[name](_ids(doc))
    assert edit.changes, f"{name} built an empty edit"
    assert rich.do(edit)
    applied = doc.snapshot()
    assert applied != original
    assert rich.undo_label == edit.label
    rich.undo()
    assert doc.snapshot() == original
    assert rich.redo_label == edit.label
    rich.redo()
    assert doc.snapshot() == applied


def test_move_of_many_cards_is_one_edit_with_a_count_label(rich: History) -> None:
    x = _ids(rich.document)
    edit = commands.move_cards(x["doc"], [c.id for c in x["cell"]], x["stages"][1].id, x["lanes"][1].id, 0)
    assert edit.label == "Move 3 cards"
    rich.do(edit)
    texts = [c.text for c in x["doc"].cell(x["stages"][1].id, x["lanes"][1].id)]
    assert texts == ["Ad", "Social post", "Blog", "Website", "Reviews"]
    assert [c.position for c in x["doc"].cell(x["stages"][1].id, x["lanes"][1].id)] == [0, 1, 2, 3, 4]
    assert x["doc"].cell(x["stages"][0].id, x["lanes"][1].id) == []


def test_move_within_a_cell_reorders(rich: History) -> None:
    x = _ids(rich.document)
    rich.do(commands.move_cards(x["doc"], [x["cell"][0].id], x["stages"][0].id, x["lanes"][1].id, 3))
    assert [c.text for c in x["doc"].cell(x["stages"][0].id, x["lanes"][1].id)] == ["Social post", "Blog",
                                                                                    "Ad"]


def test_deleting_a_stage_moves_its_cards_after_the_targets(rich: History) -> None:
    x = _ids(rich.document)
    rich.do(commands.delete_stage(x["doc"], x["stages"][0].id, move_cards_to=x["stages"][1].id))
    cell = x["doc"].cell(x["stages"][1].id, x["lanes"][1].id)
    assert [c.text for c in cell] == ["Website", "Reviews", "Ad", "Social post", "Blog"]
    assert [s.position for s in x["doc"].stages(x["journey"].id)] == [0, 1, 2, 3]
    assert x["doc"].all(EmotionMarker)[0].stage_id == x["stages"][1].id


def test_deleting_a_stage_deletes_its_cards_markers_and_links(rich: History) -> None:
    x = _ids(rich.document)
    rich.do(commands.delete_stage(x["doc"], x["stages"][0].id))
    assert x["doc"].count(Card) == 2
    assert x["doc"].count(EmotionMarker) == 0
    assert x["doc"].count(Link) == 0


def test_a_refused_edit_changes_nothing_and_is_not_recorded(rich: History) -> None:
    doc = rich.document
    before = doc.snapshot()
    label = rich.undo_label
    bad = commands.update_card(doc, _ids(doc)["cell"][0].id, severity=9)
    with pytest.raises(EditRefused, match="severity"):
        rich.do(bad)
    assert doc.snapshot() == before
    assert rich.undo_label == label


def test_a_stale_edit_is_refused(rich: History) -> None:
    doc = rich.document
    card = _ids(doc)["cell"][0]
    stale = commands.update_card(doc, card.id, text="one")
    rich.do(commands.update_card(doc, card.id, text="two"))
    with pytest.raises(EditRefused, match="has changed"):
        rich.do(stale)
    assert doc.get(Card, card.id).text == "two"


def test_deleting_a_parent_alone_is_refused(rich: History) -> None:
    doc = rich.document
    stage = _ids(doc)["stages"][0]
    from journeydesk.core.document import Change

    with pytest.raises(EditRefused, match="refers to it"):
        rich.do(Edit("bad", (Change(stage, None),)))
    assert doc.get(Stage, stage.id) == stage


def test_cards_cannot_go_into_the_emotions_lane(rich: History) -> None:
    x = _ids(rich.document)
    emotions = next(lane for lane in x["lanes"] if lane.kind == LaneKind.EMOTIONS)
    with pytest.raises(EditRefused, match="emotion"):
        commands.add_card(x["doc"], x["stages"][0].id, emotions.id, "nope")


def test_card_kind_follows_the_lane(rich: History) -> None:
    x = _ids(rich.document)
    pains = next(lane for lane in x["lanes"] if lane.kind == LaneKind.PAIN_POINTS)
    rich.do(commands.add_card(x["doc"], x["stages"][0].id, pains.id, "Slow site", frequency=4, severity=5))
    card = x["doc"].cell(x["stages"][0].id, pains.id)[0]
    assert (card.kind, card.frequency, card.severity) == (CardKind.PAIN_POINT, 4, 5)


def test_emotion_scores_stay_within_the_scale(rich: History) -> None:
    x = _ids(rich.document)
    with pytest.raises(EditRefused, match="score"):
        rich.do(commands.add_marker(x["doc"], x["stages"][0].id, 3))


def test_duplicate_journey_copies_everything_with_fresh_ids(rich: History) -> None:
    doc = rich.document
    journey = doc.journeys()[0]
    rich.do(commands.duplicate_journey(doc, journey.id))
    original, copy, _support = doc.journeys()
    assert copy.name == "Shopping (copy)" and copy.persona_id == original.persona_id
    for counter in (doc.stages, doc.lanes, doc.cards, doc.markers, doc.links):
        assert len(counter(copy.id)) == len(counter(original.id)) > 0
    assert not {c.id for c in doc.cards(copy.id)} & {c.id for c in doc.cards(original.id)}
    copied_link = doc.links(copy.id)[0]
    assert doc.get(Card, copied_link.source_id).journey_id == copy.id


def test_avatar_images_are_stored_once_by_hash(rich: History) -> None:
    doc = rich.document
    persona = doc.personas()[0]
    rich.do(commands.set_avatar(doc, persona.id, b"same bytes"))
    rich.do(commands.add_persona(doc, "Ken"))
    rich.do(commands.set_avatar(doc, doc.personas()[1].id, b"same bytes"))
    assert doc.count(Image) == 1
    assert doc.get(Persona, persona.id).avatar_id == doc.personas()[1].avatar_id


def test_deleting_a_persona_unassigns_it(rich: History) -> None:
    doc = rich.document
    rich.do(commands.delete_persona(doc, doc.personas()[0].id))
    assert doc.journeys()[0].persona_id is None


def test_unknown_fields_are_refused(rich: History) -> None:
    with pytest.raises(EditRefused, match="no field colour"):
        commands.update_stage(rich.document, _ids(rich.document)["stages"][0].id, colour="#000000")


def test_listeners_hear_each_change(rich: History) -> None:
    heard: list[tuple] = []
    rich.document.add_listener(heard.append)
    x = _ids(rich.document)
    rich.do(commands.update_journey(x["doc"], x["journey"].id, name="New"))
    rich.undo()
    assert [change.after.name for (change,) in heard] == ["New", "Shopping"]
    assert isinstance(heard[0][0].before, Journey)


def test_history_limit_drops_the_oldest(history: History) -> None:
    history.limit = 3
    journey = history.document.journeys()[0]
    for n in range(5):
        history.do(commands.update_journey(history.document, journey.id, name=f"n{n}"))
    steps = 0
    while history.undo():
        steps += 1
    assert steps == 3
    assert history.document.journeys()[0].name == "n1"


BAD_CALLS = {
    "score as text": lambda x: commands.add_marker(x["doc"], x["stages"][0].id, "1"),
    "fractional score": lambda x: commands.add_marker(x["doc"], x["stages"][0].id, 1.5),
    "severity as text": lambda x: commands.update_card(x["doc"], x["cell"][0].id, severity="3"),
    "text as number": lambda x: commands.update_card(x["doc"], x["cell"][0].id, text=123),
    "text as None": lambda x: commands.update_card(x["doc"], x["cell"][0].id, text=None),
    "flag as text": lambda x: commands.update_card(x["doc"], x["cell"][0].id, moment_of_truth="yes"),
    "unknown card kind": lambda x: commands.add_card(x["doc"], x["stages"][0].id, x["lanes"][1].id,
                                                     kind="bogus"),
    "unknown lane kind": lambda x: commands.add_lane(x["doc"], x["journey"].id, "bogus"),
    "unknown mode": lambda x: commands.update_card(x["doc"], x["cell"][0].id, mode="teleport"),
    "goals of numbers": lambda x: commands.update_persona(x["doc"], x["doc"].personas()[0].id, goals=[1, 2]),
    "goals as one text": lambda x: commands.update_persona(x["doc"], x["doc"].personas()[0].id, goals="abc"),
    "misspelt field": lambda x: commands.add_card(x["doc"], x["stages"][0].id, x["lanes"][1].id,
                                                  colour="#000000"),
    "chosen id": lambda x: commands.add_card(x["doc"], x["stages"][0].id, x["lanes"][1].id,
                                             id=x["cell"][0].id),
    "position by hand": lambda x: commands.update_stage(x["doc"], x["stages"][0].id, position=99),
    "stage to another journey": lambda x: commands.update_stage(
        x["doc"], x["stages"][0].id, journey_id=x["doc"].journeys()[1].id),
    "unknown template": lambda x: commands.add_template(x["doc"], "nope"),
    "unknown template language": lambda x: commands.add_template(x["doc"], "ecommerce", "fr"),
    "unknown link kind": lambda x: commands.add_link(x["doc"], x["cell"][0].id, x["cell"][1].id, "bogus"),
}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_values_are_refused_whole(rich: History, name: str) -> None:
    doc = rich.document
    before = doc.snapshot()
    with pytest.raises(EditRefused):
        rich.do(BAD_CALLS[name](_ids(doc)))
    assert doc.snapshot() == before


def test_enum_values_may_be_given_by_name(rich: History) -> None:
    from journeydesk.core.enums import Category, Mode

    x = _ids(rich.document)
    rich.do(commands.update_card(x["doc"], x["cell"][0].id, category="digital", mode="o2o"))
    card = x["doc"].get(Card, x["cell"][0].id)
    assert (card.category, card.mode) == (Category.DIGITAL, Mode.O2O)


def test_moving_a_stage_to_another_journey_by_hand_is_refused(rich: History) -> None:
    from dataclasses import replace

    from journeydesk.core.document import Change

    doc = rich.document
    stage = _ids(doc)["stages"][0]
    other = doc.journeys()[1]
    with pytest.raises(EditRefused, match="another journey"):
        rich.do(Edit("sneaky", (Change(stage, replace(stage, journey_id=other.id)),)))


def test_a_new_journey_is_named_in_the_interface_language(monkeypatch) -> None:
    from journeydesk import i18n
    from journeydesk.core.enums import LaneKind

    monkeypatch.setattr(i18n, "_language", "ja")
    document = Document()
    History(document).do(commands.add_journey(document, "店舗来店ジャーニー"))
    (journey,) = document.journeys()
    stages, lanes = document.stages(journey.id), document.lanes(journey.id)
    assert [s.name for s in stages] == ["認知", "検討", "購入", "購入後", "ロイヤルティ"]
    assert [(lane.kind, lane.name) for lane in lanes][:2] == [(LaneKind.ACTIONS, "行動"),
                                                              (LaneKind.TOUCHPOINTS, "タッチポイント")]
