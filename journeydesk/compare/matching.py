"""Which part of one journey state is which part of the other: by id and ties first, then by name or text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from journeydesk.core.model import Card, EmotionMarker, Lane, Stage
from journeydesk.core.snapshot import JourneyState, folded

SIMILAR = 0.6  # text similarity (``similarity``) from which two cards of the same cell are one card changed
_MOST_PAIRS = 40_000  # above this many pairs in one cell, only identical texts are matched there

Pairs = dict[str, str]  # before id → after id


class Matches:
    """Before id → after id, one to one, with how each pair was found ("same", "origin" or "text")."""

    def __init__(self) -> None:
        self.forward: Pairs = {}
        self.backward: Pairs = {}
        self.how: dict[str, str] = {}

    def add(self, before: str, after: str, how: str) -> None:
        self.forward[before] = after
        self.backward[after] = before
        self.how[before] = how

    def free(self, items: Sequence[Any], *, before: bool) -> list[Any]:
        taken = self.forward if before else self.backward
        return [item for item in items if item.id not in taken]


def by_ties(before: Sequence[Any], after: Sequence[Any]) -> Matches:
    """Pairs that are one entity: the same id (a snapshot and its journey), the after's origin is the before
    (an as-is and its to-be), the before's origin is the after (the other way round), or both share one origin
    (two to-bes of one as-is). Earlier rules win; each entity is in one pair at most."""
    matches = Matches()
    rules: tuple[tuple[Callable[[Any], Any], Callable[[Any], Any], str], ...] = (
        (lambda e: e.id, lambda e: e.id, "same"),
        (lambda e: e.id, lambda e: e.origin_id, "origin"),
        (lambda e: e.origin_id, lambda e: e.id, "origin"),
        (lambda e: e.origin_id, lambda e: e.origin_id, "origin"),
    )
    for before_key, after_key, how in rules:
        waiting: dict[str, Any] = {}
        for item in matches.free(after, before=False):
            key = after_key(item)
            if key is not None:
                waiting.setdefault(key, item)
        for item in matches.free(before, before=True):
            key = before_key(item)
            found = waiting.pop(key, None) if key is not None else None
            if found is not None:
                matches.add(item.id, found.id, how)
    return matches


def by_key(matches: Matches, before: Sequence[Any], after: Sequence[Any], key: Callable[[Any], Hashable],
           how: str, *, after_key: Callable[[Any], Hashable] | None = None, unique: bool = False) -> None:
    """Pair the still unmatched items whose keys are equal (``after_key`` for the after side, else ``key``),
    in order; with ``unique``, only keys that one item on each side has."""
    waiting: dict[Hashable, list[Any]] = defaultdict(list)
    for item in matches.free(after, before=False):
        waiting[(after_key or key)(item)].append(item)
    mine: dict[Hashable, list[Any]] = defaultdict(list)
    for item in matches.free(before, before=True):
        mine[key(item)].append(item)
    for value, items in mine.items():
        theirs = waiting.get(value, [])
        if unique and (len(items) != 1 or len(theirs) != 1):
            continue
        for one, other in zip(items, theirs, strict=False):
            matches.add(one.id, other.id, how)


def related(before: JourneyState, after: JourneyState) -> bool:
    """Whether the two states share identities (one journey and its snapshot, an as-is and its to-be): then
    what the ids and ties do not pair was really added or removed, and nothing is matched by name or text."""
    return any(by_ties(one, other).forward for one, other in (
        (before.stages, after.stages), (before.lanes, after.lanes), (before.cards, after.cards)))


def match_stages(before: Sequence[Stage], after: Sequence[Stage], before_cards: Sequence[Card] = (),
                 after_cards: Sequence[Card] = (), *, tied: bool = False) -> Matches:
    """By ties; unless ``tied``, then by name, then (a stage renamed) by the texts of its cards: a stage of
    each side left over whose card texts are mostly the same (at least half of the larger set)."""
    matches = by_ties(before, after)
    if tied:
        return matches
    by_key(matches, before, after, lambda s: folded(s.name), "name", unique=True)
    texts_before = _texts(before_cards, {s.id for s in matches.free(before, before=True)})
    texts_after = _texts(after_cards, {s.id for s in matches.free(after, before=False)})
    scored = []
    for one, mine in texts_before.items():
        for other, theirs in texts_after.items():
            share = len(mine & theirs) / max(len(mine), len(theirs))
            if share >= 0.5:
                scored.append((-share, one, other))
    for _, one, other in sorted(scored):
        if one not in matches.forward and other not in matches.backward:
            matches.add(one, other, "cards")
    return matches


def _texts(cards: Sequence[Card], stage_ids: set[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for card in cards:
        if card.stage_id in stage_ids:
            found[card.stage_id].add(folded(card.text))
    return found


def match_lanes(before: Sequence[Lane], after: Sequence[Lane], *, tied: bool = False) -> Matches:
    """By ties; unless ``tied``, then by kind and name, then by kind where each side has one such lane
    left."""
    matches = by_ties(before, after)
    if tied:
        return matches
    by_key(matches, before, after, lambda x: (x.kind, folded(x.name)), "name", unique=True)
    by_key(matches, before, after, lambda x: x.kind, "kind", unique=True)
    return matches


def match_cards(before: Sequence[Card], after: Sequence[Card], stages: Matches, lanes: Matches, *,
                tied: bool = False) -> Matches:
    """By ties; unless ``tied``, then in the same cell (stage and lane matched) by identical and then by
    similar text (bigram similarity at least SIMILAR, the most similar pairs first), then an identical text of
    the same kind anywhere, when it is the only one on each side (a card moved untied)."""
    matches = by_ties(before, after)
    if tied:
        return matches

    def cell(card: Card) -> tuple[str | None, str | None]:
        return stages.forward.get(card.stage_id), lanes.forward.get(card.lane_id)

    by_key(matches, before, after, lambda c: (*cell(c), folded(c.text)), "text",
           after_key=lambda c: (c.stage_id, c.lane_id, folded(c.text)))
    _similar(matches, before, after, cell)
    by_key(matches, before, after, lambda c: (c.kind, folded(c.text)), "text", unique=True)
    return matches


def bigrams(text: str) -> frozenset[str]:
    """The pairs of neighbouring characters of a folded text (the text itself when shorter than two)."""
    folded_text = folded(text)
    if len(folded_text) < 2:
        return frozenset((folded_text,))
    return frozenset(folded_text[i:i + 2] for i in range(len(folded_text) - 1))


def similarity(one: frozenset[str], other: frozenset[str]) -> float:
    """Dice's coefficient of two bigram sets: 1 for the same text, 0 for nothing in common. It works the
    same for Japanese, which has no spaces between words, and costs a set intersection."""
    return 2 * len(one & other) / (len(one) + len(other))


def _similar(matches: Matches, before: Sequence[Card], after: Sequence[Card],
             cell: Callable[[Card], tuple[str | None, str | None]]) -> None:
    theirs: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in matches.free(after, before=False):
        theirs[(card.stage_id, card.lane_id)].append(card)
    mine: dict[tuple[str | None, str | None], list[Card]] = defaultdict(list)
    for card in matches.free(before, before=True):
        mine[cell(card)].append(card)
    for key, cards in mine.items():
        others = theirs.get(key)  # type: ignore[call-overload]
        if None in key or not others or len(cards) * len(others) > _MOST_PAIRS:
            continue
        grams = {card.id: bigrams(card.text) for card in (*cards, *others)}
        scored = []
        for other in others:
            for card in cards:
                score = similarity(grams[card.id], grams[other.id])
                if score >= SIMILAR:
                    scored.append((-score, card.position, other.position, card.id, other.id))
        for _, _, _, card_id, other_id in sorted(scored):
            if card_id not in matches.forward and other_id not in matches.backward:
                matches.add(card_id, other_id, "text")


def match_markers(before: Sequence[EmotionMarker], after: Sequence[EmotionMarker], stages: Matches, *,
                  tied: bool = False) -> Matches:
    """By ties; unless ``tied``, then in each matched stage by label in curve order, then the rest of a stage
    in curve order when both sides have as many left."""
    matches = by_ties(before, after)
    if tied:
        return matches
    in_stage = [m for m in before if m.stage_id in stages.forward]
    by_key(matches, in_stage, after, lambda m: (stages.forward.get(m.stage_id, m.stage_id), folded(m.label)),
           "label")
    left_before: dict[str, list[EmotionMarker]] = defaultdict(list)
    for marker in matches.free(in_stage, before=True):
        left_before[stages.forward[marker.stage_id]].append(marker)
    left_after: dict[str, list[EmotionMarker]] = defaultdict(list)
    for marker in matches.free(after, before=False):
        left_after[marker.stage_id].append(marker)
    for stage_id, markers in left_before.items():
        others = left_after.get(stage_id, [])
        if len(others) == len(markers):
            for one, other in zip(sorted(markers, key=lambda m: m.offset),
                                  sorted(others, key=lambda m: m.offset), strict=True):
                matches.add(one.id, other.id, "place")
    return matches
