"""Where a rollup row belongs on a journey's map: its touchpoint, its stage and its channel.

Data keyed by channel only counts for the touchpoint whose channel it is, when exactly one touchpoint
card of the journey has that channel (compared after NFKC and case folding). A row naming a touchpoint
but no channel takes the card's channel; a row naming no stage counts in its touchpoint's stage.
"""

from __future__ import annotations

import unicodedata

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card


def folded(text: str) -> str:
    """Text as channels compare: NFKC, case-folded, runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class Places:
    """The map of one journey, as the rows of its datasets are placed on it."""

    def __init__(self, document: Document, journey_id: str) -> None:
        self.document = document
        owners: dict[str, list[Card]] = {}
        for card in document.cards(journey_id):
            if card.kind == CardKind.TOUCHPOINT and folded(card.channel):
                owners.setdefault(folded(card.channel), []).append(card)
        self._owner = {key: cards[0] for key, cards in owners.items() if len(cards) == 1}
        self.spelling = {key: cards[0].channel.strip() for key, cards in owners.items()}

    def owner(self, channel: str) -> Card | None:
        """The one touchpoint card whose channel this is, else None."""
        return self._owner.get(folded(channel))

    def touchpoint(self, card_id: str | None, channel: str) -> str | None:
        """The touchpoint a row counts for: its own, else its channel's only card."""
        if card_id:
            return card_id
        card = self.owner(channel) if channel else None
        return card.id if card else None

    def stage(self, stage_id: str | None, card_id: str | None, channel: str) -> str | None:
        """The stage a row counts in: its own, else its touchpoint's."""
        if stage_id:
            return stage_id
        touchpoint = self.touchpoint(card_id, channel)
        card = self.document.get(Card, touchpoint) if touchpoint else None
        return card.stage_id if card else None

    def channel(self, card_id: str | None, channel: str) -> str:
        """The channel a row counts for: its own, else its touchpoint card's ('' when neither)."""
        if channel.strip():
            return channel
        card = self.document.get(Card, card_id) if card_id else None
        return card.channel if card else ""

    def owns_channel(self, card_id: str) -> bool:
        """Whether rows keyed only by a channel can count for the touchpoint ``card_id``."""
        card = self.document.get(Card, card_id)
        return card is not None and (owner := self.owner(card.channel)) is not None and owner.id == card_id
