"""Snapshot commands: take, rename, delete and restore (over the journey, or as a new one), each undoable;
restoring brings back the journey's rows byte for byte; figures are frozen at the moment taken."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from figures_data import Answer, add_answers, csat, nps, two_touchpoints

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.enums import MetricKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, Image, Journey, Persona, Snapshot
from journeydesk.core.snapshot import decode_state
from journeydesk.core.snapshot_commands import snapshot_document, snapshot_named
from journeydesk.figures import metric_records
from journeydesk.store.store import Store

PARTS = ("stages", "lanes", "cards", "emotion_markers", "links")


@pytest.fixture
def taken(shop: History) -> History:
    """The shop (see conftest) with a persona on "Shopping", snapshotted as "Before"."""
    doc = shop.document
    journey = doc.journeys()[0]
    shop.do(commands.add_persona(doc, "Aiko", assign_to=journey.id))
    shop.do(commands.take_snapshot(doc, journey.id, "Before", "as found", taken_at=1_700_000_000))
    return shop


def _edit_everything(history: History) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    ad, blog = doc.cell(stages[0].id, lanes[1].id)
    (checkout,) = doc.cell(stages[2].id, lanes[1].id)
    history.do(commands.update_card(doc, ad.id, text="TV ad", severity=3))
    history.do(commands.move_cards(doc, [checkout.id], stages[3].id, lanes[1].id))
    history.do(commands.delete_cards(doc, [blog.id]))
    history.do(commands.add_card(doc, stages[1].id, lanes[1].id, "Chat"))
    history.do(commands.update_stage(doc, stages[0].id, name="Discover"))
    history.do(commands.add_stage(doc, journey.id, "Return"))
    history.do(commands.delete_lane(doc, lanes[-1].id))
    history.do(commands.update_marker(doc, doc.markers(journey.id)[0].id, score=2))
    history.do(commands.update_journey(doc, journey.id, name="Shopping now", description="changed"))
    history.do(commands.assign_persona(doc, journey.id, None))


SCENARIOS: dict[str, Callable[[Document], Edit]] = {
    "take_snapshot": lambda doc: commands.take_snapshot(doc, doc.journeys()[1].id, "Support v1"),
    "rename_snapshot": lambda doc: commands.update_snapshot(doc, doc.snapshots()[0].id, name="Kick-off"),
    "annotate_snapshot": lambda doc: commands.update_snapshot(doc, doc.snapshots()[0].id,
                                                              note="before the call"),
    "delete_snapshots": lambda doc: commands.delete_snapshots(doc, [doc.snapshots()[0].id]),
    "restore_over": lambda doc: commands.restore_snapshot(doc, doc.snapshots()[0].id, over=True),
    "restore_new": lambda doc: commands.restore_snapshot(doc, doc.snapshots()[0].id),
    "create_future_state": lambda doc: commands.create_future_state(doc, doc.journeys()[0].id),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_apply_undo_redo(taken: History, name: str) -> None:
    doc = taken.document
    if name == "restore_over":
        _edit_everything(taken)
    original = doc.snapshot()
    edit = SCENARIOS[name](doc)
    assert edit.changes, f"{name} built an empty edit"
    assert taken.do(edit)
    applied = doc.snapshot()
    assert applied != original
    taken.undo()
    assert doc.snapshot() == original
    taken.redo()
    assert doc.snapshot() == applied


def _rows(path: Path, journey_id: str) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = {table: conn.execute(f"SELECT * FROM {table} WHERE journey_id = ? ORDER BY id",
                                    (journey_id,)).fetchall() for table in PARTS}
        rows["journeys"] = conn.execute("SELECT * FROM journeys WHERE id = ?", (journey_id,)).fetchall()
    return rows


def test_restoring_over_the_journey_brings_back_its_rows_byte_for_byte_and_undo_the_edits(
        taken: History, tmp_path: Path) -> None:
    path = tmp_path / "p.journey"
    with Store.create(path) as store:
        history = History(store.load(), store)
        doc = history.document
        history.do(commands.add_entities(doc, taken.document.entities(), "copy"))
        journey = doc.journeys()[0]
        (snapshot,) = doc.snapshots()
        history.do(commands.delete_snapshots(doc, [snapshot.id]))
        at_snapshot = _rows(path, journey.id)
        history.do(commands.take_snapshot(doc, journey.id, "Before"))
        _edit_everything(history)
        edited = _rows(path, journey.id)
        assert edited != at_snapshot
        history.do(commands.restore_snapshot(doc, doc.snapshots()[0].id, over=True))
        assert history.undo_label == "Restore snapshot “Before”"
        assert _rows(path, journey.id) == at_snapshot
        history.undo()
        assert _rows(path, journey.id) == edited
        history.redo()
    with Store.open(path, read_only=True) as store:
        assert store.load().get(Journey, journey.id).name == "Shopping"
    assert _rows(path, journey.id) == at_snapshot


def test_restoring_as_a_new_journey_copies_the_rows_with_fresh_ids_at_the_end(taken: History) -> None:
    doc = taken.document
    shopping = doc.journeys()[0]
    frozen = decode_state(doc.snapshots()[0].content)
    _edit_everything(taken)
    taken.do(commands.restore_snapshot(doc, doc.snapshots()[0].id))
    assert [j.name for j in doc.journeys()] == ["Shopping now", "Support", "Shopping (Before)"]
    restored = doc.journeys()[2]
    assert restored.position == 2 and restored.persona_id == frozen.journey.persona_id
    assert sorted(c.text for c in doc.cards(restored.id)) == ["Ad", "Blog", "Checkout"]
    assert not {c.id for c in doc.cards(restored.id)} & {c.id for c in frozen.cards}
    assert [s.name for s in doc.stages(restored.id)] == [s.name for s in frozen.stages]
    assert [m.score for m in doc.markers(restored.id)] == [-1]
    assert len(doc.links(restored.id)) == 1
    assert doc.get(Journey, shopping.id).name == "Shopping now"  # the journey itself is left alone
    taken.do(commands.restore_snapshot(doc, doc.snapshots()[0].id, name="  Old shop "))
    assert doc.journeys()[-1].name == "Old shop"


def test_a_persona_deleted_since_is_left_out_and_a_deleted_journey_restores_only_as_new(
        taken: History) -> None:
    doc = taken.document
    shopping = doc.journeys()[0]
    (snapshot,) = doc.snapshots()
    taken.do(commands.delete_persona(doc, doc.personas()[0].id))
    taken.do(commands.restore_snapshot(doc, snapshot.id, over=True))
    assert doc.get(Journey, shopping.id).persona_id is None and doc.count(Persona) == 0
    taken.do(commands.delete_journey(doc, shopping.id))
    assert doc.snapshots() == [snapshot]  # a snapshot outlives its journey
    with pytest.raises(EditRefused, match="was deleted; restore it as a new journey"):
        commands.restore_snapshot(doc, snapshot.id, over=True)
    taken.do(commands.restore_snapshot(doc, snapshot.id))
    assert doc.journeys()[-1].name == "Shopping (Before)"


def test_an_id_now_used_by_another_journey_gets_a_fresh_one(taken: History) -> None:
    doc = taken.document
    shopping, support = doc.journeys()
    (snapshot,) = doc.snapshots()
    blog = next(c for c in doc.cards(shopping.id) if c.text == "Blog")
    taken.do(commands.delete_cards(doc, [blog.id]))
    stage, lane = doc.stages(support.id)[0], doc.lanes(support.id)[1]
    # As an import of an export of "Shopping" would: the freed id is used in another journey.
    taken.do(commands.add_entities(doc, [Card(blog.id, support.id, stage.id, lane.id, blog.kind,
                                              "Blog elsewhere")],
                                   "import"))
    taken.do(commands.restore_snapshot(doc, snapshot.id, over=True))
    back = next(c for c in doc.cards(shopping.id) if c.text == "Blog")
    assert back.id != blog.id and doc.get(Card, blog.id).journey_id == support.id
    assert len(doc.links(shopping.id)) == 1 and doc.links(shopping.id)[0].target_id == back.id


def test_snapshot_names_are_required_and_unique_in_the_project(taken: History) -> None:
    doc = taken.document
    support = doc.journeys()[1]
    with pytest.raises(EditRefused, match="already a snapshot named “Before” \\(of “Shopping”\\)"):
        commands.take_snapshot(doc, support.id, " before ")
    with pytest.raises(EditRefused, match="needs a name"):
        commands.take_snapshot(doc, support.id, "  ")
    with pytest.raises(EditRefused, match="There is no Journey"):
        commands.take_snapshot(doc, "nope", "X")
    taken.do(commands.take_snapshot(doc, support.id, "Ｓｕｐｐｏｒｔ v1"))
    with pytest.raises(EditRefused, match="already a snapshot named"):
        commands.update_snapshot(doc, doc.snapshots()[0].id, name="support V1")
    taken.do(commands.update_snapshot(doc, doc.snapshots()[0].id, name="BEFORE"))  # itself, in other case
    assert snapshot_named(doc, "before").name == "BEFORE"
    assert [s.name for s in doc.snapshots(support.id)] == ["Ｓｕｐｐｏｒｔ v1"]


def test_what_a_snapshot_holds_never_changes_with_the_journey(taken: History) -> None:
    doc = taken.document
    (snapshot,) = doc.snapshots()
    _edit_everything(taken)
    assert doc.get(Snapshot, snapshot.id) == snapshot
    frozen = decode_state(snapshot.content)
    assert frozen.journey.name == "Shopping" and frozen.persona_name == "Aiko"
    assert sorted(c.text for c in frozen.cards) == ["Ad", "Blog", "Checkout"]
    assert [m.score for m in frozen.markers] == [-1]


def test_the_figures_of_the_data_are_frozen_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "p.journey"
    doc, journey_id, web, till = two_touchpoints(path)
    look, pay = web.stage_id, till.stage_id
    answers = {web.id: [10, 9, 3, 7], till.id: [0, 10]}
    data = [Answer("NPS", v, card_id=card, stage_id=stage)
            for card, stage in ((web.id, look), (till.id, pay)) for v in answers[card]]
    data += [Answer("NPS", 9, channel="WEB"), Answer("CSAT", 5, stage_id=pay),
             Answer("CSAT", 2, stage_id=pay)]
    dataset = add_answers(path, journey_id, data, {"NPS": "nps", "CSAT": "csat"})
    with Store.open(path) as store:
        history = History(store.load(), store)
        doc = history.document
        records = metric_records(doc, store.data, journey_id)
        history.do(commands.take_snapshot(doc, journey_id, "With data", figures=records))
        history.do(commands.delete_dataset(doc, dataset))
        assert metric_records(doc, store.data, journey_id) == ()
        frozen = decode_state(doc.snapshots()[0].content).figures
    by_name = {m.name: m for m in frozen}
    assert [m.kind for m in frozen] == [MetricKind.CSAT, MetricKind.NPS]
    web_answers = answers[web.id] + [9]  # the row keyed by the channel "WEB" counts for the one web card
    touch = {m.key: (m.value, m.n) for m in by_name["NPS"].touchpoints}
    assert touch == {web.id: (pytest.approx(nps(web_answers)), 5), till.id: (pytest.approx(nps([0, 10])), 2)}
    stages = {m.key: (m.value, m.n) for m in by_name["NPS"].stages}
    assert stages == {look: (pytest.approx(nps(web_answers)), 5), pay: (pytest.approx(nps([0, 10])), 2)}
    assert [(m.key, m.value, m.n) for m in by_name["CSAT"].stages] == [(pay, pytest.approx(csat([5, 2])), 2)]
    assert by_name["CSAT"].touchpoints == ()


def test_a_snapshot_opens_as_a_document_of_its_own_to_show_read_only(taken: History) -> None:
    doc = taken.document
    (snapshot,) = doc.snapshots()
    taken.do(commands.set_avatar(doc, doc.personas()[0].id, b"\x89PNG face"))
    _edit_everything(taken)
    shown = snapshot_document(doc, snapshot.id)
    (journey,) = shown.journeys()
    assert journey.name == "Shopping" and journey.persona_id == doc.personas()[0].id
    assert shown.personas() == doc.personas() and shown.get(Image, doc.personas()[0].avatar_id) is not None
    assert sorted(c.text for c in shown.cards(journey.id)) == ["Ad", "Blog", "Checkout"]
    assert next(s.name for s in shown.stages(journey.id)) == "Awareness" and shown.snapshots() == []
    assert doc.get(Journey, journey.id).name == "Shopping now"  # the project is left alone
    taken.do(commands.delete_persona(doc, doc.personas()[0].id))
    assert snapshot_document(doc, snapshot.id).journeys()[0].persona_id is None
