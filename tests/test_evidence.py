"""Evidence on cards, stages and personas, each card's evidence status and the confidence rule."""

from __future__ import annotations

import pytest

from journeydesk.core import commands
from journeydesk.core.document import EditRefused
from journeydesk.core.enums import EvidenceStatus, SourceType
from journeydesk.core.evidence import (
    Confidence,
    card_backing,
    confidence,
    evidence_of,
    journey_evidence,
)
from journeydesk.core.history import History
from journeydesk.core.model import Card, Evidence

IV, S, A, T = SourceType.INTERVIEW, SourceType.SURVEY, SourceType.ANALYTICS, SourceType.SUPPORT_TICKET


def _items(*kinds: SourceType) -> list[Evidence]:
    return [Evidence(f"e{n}", journey_id="j", card_id="c", text="x", source_type=kind)
            for n, kind in enumerate(kinds)]


@pytest.mark.parametrize(("kinds", "items", "types", "level"), [
    ((), 0, 0, Confidence.NONE),
    ((IV,), 1, 1, Confidence.LOW),
    ((IV, IV), 2, 1, Confidence.LOW),
    ((IV, IV, IV), 3, 1, Confidence.MEDIUM),  # one kind, three items
    ((IV, IV, IV, IV, IV, IV, IV, IV, IV, IV), 10, 1, Confidence.MEDIUM),  # repeats never reach high
    ((IV, S), 2, 2, Confidence.MEDIUM),  # two kinds
    ((IV, IV, IV, S, S), 5, 2, Confidence.MEDIUM),
    ((IV, S, A), 3, 3, Confidence.HIGH),  # three kinds
    ((IV, S, A, T), 4, 4, Confidence.HIGH),
])
def test_the_confidence_rule(kinds: tuple[SourceType, ...], items: int, types: int,
                             level: Confidence) -> None:
    backing = confidence(_items(*kinds))
    assert (backing.items, backing.source_types, backing.confidence) == (items, types, level)


def test_evidence_on_a_card_is_added_in_order_undone_and_redone(shop: History) -> None:
    doc = shop.document
    ad = next(c for c in doc.all(Card) if c.text == "Ad")
    shop.do(commands.add_evidence(doc, ad.id, "I saw it on Instagram", source="Interview P3",
                                  source_type="interview", date="2024-05-02", participant="P3"))
    shop.do(commands.add_evidence(doc, ad.id, "42 % came from social", source="GA4", source_type="analytics"))
    shop.do(commands.add_evidence(doc, ad.id, "Ads were noticed first", source_type="survey", index=0))
    items = evidence_of(doc, ad.id)
    assert [e.text for e in items] == ["Ads were noticed first", "I saw it on Instagram",
                                       "42 % came from social"]
    assert [e.position for e in items] == [0, 1, 2]
    assert items[1].journey_id == ad.journey_id and items[1].participant == "P3"
    assert card_backing(doc, ad.id).confidence == Confidence.HIGH
    shop.undo()
    assert card_backing(doc, ad.id).confidence == Confidence.MEDIUM
    shop.redo()
    assert len(evidence_of(doc, ad.id)) == 3


def test_evidence_goes_with_its_card_stage_or_persona_and_comes_back_on_undo(shop: History) -> None:
    doc = shop.document
    journey = doc.journeys()[0]
    stage = doc.stages(journey.id)[0]
    ad, blog = sorted((c for c in doc.all(Card) if c.stage_id == stage.id), key=lambda c: c.position)
    shop.do(commands.add_evidence(doc, ad.id, "quote", source_type="interview"))
    shop.do(commands.add_evidence(doc, stage.id, "finding", source_type="desk_research"))
    shop.do(commands.add_persona(doc, "Aiko"))
    persona = doc.personas()[0]
    shop.do(commands.add_evidence(doc, persona.id, "Buys on her phone", source_type="observation"))
    assert evidence_of(doc, persona.id)[0].journey_id is None
    assert len(journey_evidence(doc, journey.id)) == 2
    shop.do(commands.delete_cards(doc, [ad.id]))
    assert evidence_of(doc, ad.id) == [] and len(doc.all(Evidence)) == 2
    shop.undo()
    assert [e.text for e in evidence_of(doc, ad.id)] == ["quote"]
    shop.do(commands.delete_stage(doc, stage.id, move_cards_to=doc.stages(journey.id)[1].id))
    assert [e.text for e in evidence_of(doc, ad.id)] == ["quote"]  # the card moved and kept its evidence
    assert evidence_of(doc, stage.id) == []
    shop.do(commands.delete_journey(doc, journey.id))
    shop.do(commands.delete_persona(doc, persona.id))
    assert doc.all(Evidence) == []
    shop.undo()
    shop.undo()
    assert len(doc.all(Evidence)) == 2
    assert blog.id in {c.id for c in doc.all(Card)}


def test_an_evidence_item_is_refused_without_text_with_a_bad_date_or_type(shop: History) -> None:
    doc = shop.document
    card = doc.all(Card)[0]
    with pytest.raises(EditRefused, match="needs a text"):
        shop.do(commands.add_evidence(doc, card.id, "  "))
    with pytest.raises(EditRefused, match="2024-03-31"):
        shop.do(commands.add_evidence(doc, card.id, "q", date="31/03/2024"))
    with pytest.raises(EditRefused, match="choose one of"):
        shop.do(commands.add_evidence(doc, card.id, "q", source_type="gossip"))
    with pytest.raises(EditRefused, match="no card, stage or persona"):
        shop.do(commands.add_evidence(doc, doc.journeys()[0].id, "q"))
    assert doc.all(Evidence) == []


def test_editing_and_deleting_evidence(shop: History) -> None:
    doc = shop.document
    card = doc.all(Card)[0]
    for text in ("a", "b", "c"):
        shop.do(commands.add_evidence(doc, card.id, text))
    first, middle, _ = evidence_of(doc, card.id)
    shop.do(commands.update_evidence(doc, middle.id, source="Zendesk #812", source_type="support_ticket"))
    assert evidence_of(doc, card.id)[1].source_type == SourceType.SUPPORT_TICKET
    with pytest.raises(EditRefused):
        commands.update_evidence(doc, middle.id, card_id=None)
    shop.do(commands.delete_evidence(doc, [first.id]))
    assert [(e.text, e.position) for e in evidence_of(doc, card.id)] == [("b", 0), ("c", 1)]
    shop.undo()
    assert [e.text for e in evidence_of(doc, card.id)] == ["a", "b", "c"]


def test_cards_are_assumed_until_marked_and_marking_is_one_undo_step(shop: History) -> None:
    doc = shop.document
    cards = doc.all(Card)
    assert {c.evidence_status for c in cards} == {EvidenceStatus.ASSUMED}
    edit = commands.set_evidence_status(doc, [c.id for c in cards], "observed")
    assert edit.label == "Mark as observed"
    shop.do(edit)
    assert {c.evidence_status for c in doc.all(Card)} == {EvidenceStatus.OBSERVED}
    shop.do(commands.update_card(doc, cards[0].id, evidence_status="proposed"))
    shop.undo()
    shop.undo()
    assert {c.evidence_status for c in doc.all(Card)} == {EvidenceStatus.ASSUMED}
    with pytest.raises(EditRefused, match="choose one of"):
        commands.set_evidence_status(doc, [cards[0].id], "guessed")
