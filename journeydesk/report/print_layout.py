"""The layouts a printed map is drawn from: fitted to fill a page's box, or a poster's with cards as tall as
their text."""

from __future__ import annotations

from dataclasses import replace

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.print_layout import filling_layout, map_height
from journeydesk.report.cards import CARD_TEXT, DETAIL_MIN_TEXT, LEADING, whole_height

MAX_POSTER_LINES = 150  # a poster card grows to show this many lines of text at most; a longer text is cut
CUT_TAG = "details"  # stands for a cut card's tag line (its reference to Card details) when measuring it


def fit_scale(layout: JourneyLayout, width: float, height: float) -> float:
    """Points per layout unit that fit the map (without its title band) into ``width`` × ``height``."""
    map_w, map_h = layout.width, map_height(layout)
    return min(width / map_w, height / map_h) if map_w > 0 and map_h > 0 else 1.0


def fit_layout(document: Document, journey_id: str, width: float, height: float) -> tuple[
        JourneyLayout, float]:
    """The journey's layout reshaped to the shape of ``width`` × ``height`` (so that it fills the box), and
    the scale that fits it there: never smaller than the scale that fits the canvas's own layout."""
    layout = JourneyLayout(document, journey_id)
    if width > 0 and height > 0:
        layout = filling_layout(layout, width / height)
    return layout, fit_scale(layout, width, height)


def poster_layout(document: Document, journey_id: str, u: float) -> tuple[JourneyLayout, list[str]]:
    """The canvas's layout with every card as tall as it needs to be to show all of its text when drawn at
    ``u`` points per unit (each row of a cell as tall as its tallest card, a lane as its tallest cell), and
    the ids of the cards whose text is longer than MAX_POSTER_LINES (it is cut there). Where card text is too
    small to be drawn, cards keep their size."""
    layout = JourneyLayout(document, journey_id)
    if CARD_TEXT * u < DETAIL_MIN_TEXT:
        return layout, []
    metrics = layout.metrics
    most = (MAX_POSTER_LINES * LEADING + 40) * u
    heights: dict[str, float] = {}
    cut: list[str] = []
    for card in document.cards(journey_id):
        needed = whole_height(card, metrics.card_width * u, u, None, 1.0, most, compact=False)
        if needed is None:  # as tall as MAX_POSTER_LINES lines: one line's card (its tag line holding the
            # reference to Card details) and the lines after it
            one_line = whole_height(replace(card, text=""), metrics.card_width * u, u, CUT_TAG, 1.0, most,
                                    compact=False)
            needed = (one_line or most) + (MAX_POSTER_LINES - 1) * LEADING * u
            cut.append(card.id)
        if needed > metrics.card_height * u:
            heights[card.id] = needed / u
    return layout.reshaped(metrics, card_heights=heights), cut
