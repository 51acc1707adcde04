"""Cards whose text a map page cuts short: found before the build, marked on the card, printed whole at the
end."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from journeydesk.core.document import Document
from journeydesk.core.model import Card
from journeydesk.i18n import t

_cut: ContextVar[set[str] | None] = ContextVar("cut_cards", default=None)
_references: ContextVar[dict[str, int] | None] = ContextVar("card_references", default=None)


def text_was_cut(card_id: str) -> None:
    """Called by a card drawn with less than its whole text."""
    found = _cut.get()
    if found is not None:
        found.add(card_id)


def reference(card_id: str) -> str:
    """The short reference a cut card shows to its whole text in the appendix ("" when it has none)."""
    references = _references.get()
    number = references.get(card_id) if references else None
    return t("details {n}", n=number) if number else ""


@contextmanager
def numbering() -> Iterator[None]:
    """Hold the references given out while a report is built."""
    token = _references.set({})
    try:
        yield
    finally:
        _references.reset(token)


def cut_cards(document: Document, journey_id: str, draw: Callable[[], object]) -> list[Card]:
    """The cards of the journey that ``draw`` (a map page's picture made at its real size) cuts short,
    in map order, each given the next reference number."""
    found: set[str] = set()
    token = _cut.set(found)
    try:
        draw()
    finally:
        _cut.reset(token)
    return numbered(document, journey_id, found)


def numbered(document: Document, journey_id: str, found: Collection[str]) -> list[Card]:
    """The journey's cards whose ids are in ``found`` (cut short where they are drawn), in map order, each
    given the next reference number."""
    references = _references.get()
    stages = {s.id: n for n, s in enumerate(document.stages(journey_id))}
    lanes = {lane.id: n for n, lane in enumerate(document.lanes(journey_id))}
    cards = sorted((c for c in document.cards(journey_id) if c.id in found),
                   key=lambda c: (stages.get(c.stage_id, 0), lanes.get(c.lane_id, 0), c.position))
    if references is not None:
        for card in cards:
            references.setdefault(card.id, len(references) + 1)
    return cards
