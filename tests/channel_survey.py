"""A shop project with survey answers keyed by channel, as an export of "Which channel did you last use?"
gives.

Shared by the figures, command-line and Charts panel tests; each computes what it expects from ANSWERS.
"""

from __future__ import annotations

from pathlib import Path

from figures_data import Answer, add_answers

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card, Stage
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

RECOMMEND = "How likely are you to recommend us to a friend?"
KINDS = {RECOMMEND: "nps", "Satisfaction": "csat", "Effort": "ces", "visitors": "count"}
CART, ORDER_EMAIL = "Cart and checkout form", "Order confirmation email"


def answers(cards: dict[str, str], stages: dict[str, str]) -> list[Answer]:
    """The answers, with touchpoint and stage ids looked up by text and name."""
    nps = [("Live chat", 10, "2024-03-01"), ("Live chat", 9, "2024-03-01"), ("live chat", 3, "2024-03-04"),
           ("ＬＩＶＥ ＣＨＡＴ", 8, "2024-03-11"), ("Phone support", 6, "2024-03-02"),
           ("phone support", 10, "2024-03-02"), ("Website", 9, None), ("Website", 9, None),
           ("Kiosk", 7, "2024-03-05")]
    found = [Answer(RECOMMEND, value, day, channel=channel) for channel, value, day in nps]
    found += [Answer(RECOMMEND, 10, "2024-03-04", card_id=cards[CART]),
              Answer(RECOMMEND, 2, "2024-03-05", card_id=cards[ORDER_EMAIL])]
    found += [Answer("Satisfaction", value, "2024-03-01", card_id=cards[CART]) for value in (5, 2, 4)]
    found += [Answer("Effort", value, "2024-03-02", channel="Live chat") for value in (2, 4)]
    found += [Answer("visitors", 950, stage_id=stages["Awareness"]), Answer("visitors", 50,
                                                                            channel="Search ads"),
              Answer("visitors", 400, stage_id=stages["Consideration"]),
              Answer("visitors", 200, stage_id=stages["Consideration"]),
              Answer("visitors", 150, stage_id=stages["Purchase"]),
              Answer("visitors", 120, stage_id=stages["Post-purchase"])]
    return found


def make(folder: Path) -> tuple[Path, list[Answer]]:
    """The project and the answers it holds (in its first journey)."""
    path = create_project(folder / "channels.journey", "ecommerce")
    with Store.open(path, read_only=True) as store:
        document = store.load()
    journey = document.journeys()[0]
    cards = {c.text: c.id for c in document.cards(journey.id) if c.kind == CardKind.TOUCHPOINT}
    stages = {s.name: s.id for s in document.all(Stage) if s.journey_id == journey.id}
    found = answers(cards, stages)
    add_answers(path, journey.id, found, KINDS)
    return path, found


def card_named(document, text: str) -> Card:
    return next(c for c in document.all(Card) if c.text == text)
