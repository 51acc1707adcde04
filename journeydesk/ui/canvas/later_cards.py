"""A large journey's cards out of first sight, made right after the first frame a turn at a time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QGraphicsItem

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout, Rect
from journeydesk.core.model import Card

# A journey adding more cards than this at once makes first the cards within FIRST_SIGHT of the map's
# top-left and of the view's, and the others right after, CARDS_PER_TURN at a time between events.
LAZY_CARDS = 8000
FIRST_SIGHT = (3200.0, 2400.0)  # scene units: a 2,560×1,440 screen at 80 %
CARDS_PER_TURN = 2000


class CardHost(Protocol):
    """The scene as LaterCards sees it: the cards made so far, and how to make and add one more."""

    document: Document
    layout: JourneyLayout | None
    cards: dict[str, QGraphicsItem]
    pinned_at: QPointF
    revision: int

    def card_item(self, card: Card, width: float, height: float) -> QGraphicsItem: ...
    def addItem(self, item: QGraphicsItem) -> None: ...
    def update(self) -> None: ...


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused: building 50,000 items it rescanned the whole heap over and over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class LaterCards:
    """The ids of cards whose items a scene makes after its first frame, and the making of them."""

    def __init__(self, scene: CardHost) -> None:
        self.scene = scene
        self.ids: list[str] = []

    @property
    def waiting(self) -> int:
        """How many cards of the journey have no item yet."""
        return len(self.ids)

    def forget(self) -> None:
        self.ids.clear()

    def leave_out(self, wanted: dict[str, Card], layout: JourneyLayout) -> dict[str, Card]:
        """``wanted`` without the cards left for later: with many cards to make, those out of first sight."""
        scene = self.scene
        new = [i for i in wanted if i not in scene.cards]
        if len(new) > LAZY_CARDS and not self.ids:
            width, height = FIRST_SIGHT
            corner_x, corner_y = max(0.0, scene.pinned_at.x()), max(0.0, scene.pinned_at.y())

            def far(rect: Rect) -> bool:
                near_start = rect.x < width and rect.y < height
                near_view = (corner_x - rect.w < rect.x < corner_x + width
                             and corner_y - rect.h < rect.y < corner_y + height)
                return not (near_start or near_view)

            rects = layout.card_rects
            self.ids = [i for i in new if far(rects[i])]
            if self.ids:
                QTimer.singleShot(0, self.make)
        if not self.ids:
            return wanted
        waiting = set(self.ids)
        return {i: c for i, c in wanted.items() if i not in waiting}

    def make(self, everything: bool = False) -> None:
        """Make the next cards left for later (all of them with ``everything``)."""
        scene = self.scene
        if not self.ids:
            return
        layout = scene.layout
        if layout is None:
            self.ids.clear()
            return
        count = len(self.ids) if everything else CARDS_PER_TURN
        turn, self.ids = self.ids[:count], self.ids[count:]
        m = layout.metrics
        with collection_paused():
            for card_id in turn:
                card = scene.document.get(Card, card_id)
                if card is None or card_id in scene.cards or card_id not in layout.card_rects:
                    continue
                item = scene.cards[card_id] = scene.card_item(card, m.card_width, m.card_height)
                scene.addItem(item)
        if self.ids:
            QTimer.singleShot(0, self.make)
        else:
            scene.revision += 1  # the overview picture now has every card
            scene.update()
