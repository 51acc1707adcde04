"""The commands that bring whole journeys and blocks of cells in: one edit each, undone exactly, ids made
free."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document, EditRefused
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.journey_commands import emotion_score, renewed_ids, with_ids
from journeydesk.core.model import Card, Image, Journey, Stage


def _template() -> Document:
    doc = Document()
    History(doc).do(commands.add_template(doc, "ecommerce"))
    return doc


def test_adding_a_journey_from_another_document_is_one_edit_that_undoes_exactly(history: History) -> None:
    source = _template()
    entities = list(source.entities())
    doc = history.document
    before = doc.snapshot()
    edit = commands.add_journeys(doc, entities, "Import")
    history.do(edit)
    assert doc.count(Card) == source.count(Card) and doc.journeys()[-1].position == 1
    assert history.undo() == edit and doc.snapshot() == before
    history.redo()
    assert doc.get(Journey, source.journeys()[0].id).position == 1


def test_taken_ids_are_renewed_and_references_follow(history: History) -> None:
    source = _template()
    history.do(commands.add_journeys(history.document, list(source.entities()), "first"))
    doc = history.document
    mapping = renewed_ids(doc, source.entities())
    persona = source.personas()[0]
    assert mapping[persona.id] == persona.id  # the same persona is not copied again
    stage = source.stages(source.journeys()[0].id)[0]
    assert mapping[stage.id] != stage.id
    renamed = [with_ids(e, mapping) for e in source.entities()]
    history.do(commands.add_journeys(doc, renamed, "second"))
    assert len(doc.journeys()) == 3 and len(doc.personas()) == 1
    copy = doc.journeys()[-1]
    assert {c.stage_id for c in doc.cards(copy.id)} <= {s.id for s in doc.stages(copy.id)}
    odd = replace(Stage("s1", copy.id, "x"), journey_id="j1")
    assert len(renewed_ids(doc, [odd])["s1"]) == 32  # an id that is not ours is always renewed


def test_an_image_already_held_is_not_added_twice(history: History) -> None:
    image = Image("a" * 64, "image/png", b"x")
    history.do(commands.add_journeys(history.document, [image], "one"))
    assert commands.add_journeys(history.document, [image], "again").changes == ()


def test_cards_go_into_many_cells_and_scores_into_the_emotions_lane(history: History) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    emotions = next(x for x in lanes if x.kind == LaneKind.EMOTIONS)
    before = doc.snapshot()
    history.do(commands.add_cell_cards(doc, [(stages[0].id, lanes[0].id, "a"), (stages[0].id, lanes[0].id,
                                                                                "b"),
                                            (stages[1].id, emotions.id, "−2"), (stages[1].id, emotions.id,
                                                                                "+1")]))
    assert [(c.text, c.position) for c in doc.cell(stages[0].id, lanes[0].id)] == [("a", 0), ("b", 1)]
    assert [(m.score, m.offset) for m in doc.markers(journey.id)] == [(-2, pytest.approx(1 / 3, abs=1e-4)),
                                                                     (1, pytest.approx(2 / 3, abs=1e-4))]
    assert history.undo_label == "Paste 4 cards"
    history.undo()
    assert doc.snapshot() == before
    assert emotion_score("２") == 2
    with pytest.raises(EditRefused):
        emotion_score("3")
    history.do(commands.add_journey(doc, "Other"))
    other = doc.lanes(doc.journeys()[-1].id)[0]
    with pytest.raises(EditRefused, match="different journeys"):
        commands.add_cell_cards(doc, [(stages[0].id, other.id, "x")])
