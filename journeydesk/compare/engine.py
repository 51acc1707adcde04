"""Comparing two journey states: what was added, removed, changed or moved, emotion per stage, pain points,
opportunities and metric figures, before and after."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from journeydesk.compare.matching import (
    Matches,
    match_cards,
    match_lanes,
    match_markers,
    match_stages,
    related,
)
from journeydesk.compare.result import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    SAME,
    CardChange,
    CardView,
    Comparison,
    FieldChange,
    FigureChange,
    MarkerChange,
    MarkerView,
    MetricChange,
    Outcome,
    SideInfo,
    StageChange,
)
from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card, EmotionMarker, Stage
from journeydesk.core.snapshot import JourneyState, Measure, MetricRecord

CARD_FIELDS = ("kind", "text", "color", "channel", "category", "mode", "owner", "moment_of_truth",
               "exit_point", "exit_reason", "frequency", "severity", "impact", "effort")
STAGE_FIELDS = ("name", "description", "goal", "color", "width")
MARKER_FIELDS = ("score", "label", "offset")


@dataclass(frozen=True, slots=True)
class Side:
    """What one side of a comparison is, and the journey state it holds."""

    info: SideInfo
    state: JourneyState


def _fields(before: object, after: object, names: Sequence[str]) -> list[FieldChange]:
    return [FieldChange(name, getattr(before, name), getattr(after, name))
            for name in names if getattr(before, name) != getattr(after, name)]


class _Places:
    """Names of one side's stages and lanes, and the mean emotion of each stage."""

    def __init__(self, state: JourneyState) -> None:
        self.stage = {s.id: s.name for s in state.stages}
        self.lane = {lane.id: lane.name for lane in state.lanes}
        self.lane_at = {lane.id: lane.position for lane in state.lanes}
        scores: dict[str, list[int]] = defaultdict(list)
        for marker in state.markers:
            scores[marker.stage_id].append(marker.score)
        self.emotion = {stage: sum(found) / len(found) for stage, found in scores.items()}

    def card(self, card: Card | None) -> CardView | None:
        if card is None:
            return None
        return CardView(card.id, card.kind, card.text, self.stage.get(card.stage_id, ""),
                        self.lane.get(card.lane_id, ""))

    def marker(self, marker: EmotionMarker | None) -> MarkerView | None:
        if marker is None:
            return None
        return MarkerView(marker.id, marker.score, marker.label, self.stage.get(marker.stage_id, ""))


def _stage_rows(before: Sequence[Stage], after: Sequence[Stage], matches: Matches) -> list[tuple]:
    """(before stage or None, after stage or None) for every stage, in the after side's order, a removed
    stage placed after the stage that came before it."""
    backward = {s.id: s for s in before}
    rows: list[tuple] = [(backward.get(matches.backward.get(s.id, "")), s) for s in after]
    anchor = -1
    for stage in before:
        if stage.id in matches.forward:
            anchor = next(i for i, row in enumerate(rows) if row[1] is not None
                          and row[1].id == matches.forward[stage.id])
        else:
            anchor += 1
            rows.insert(anchor, (stage, None))
    return rows


def _stage_change(old: Stage | None, new: Stage | None, places: tuple[_Places, _Places]) -> StageChange:
    emotion = (places[0].emotion.get(old.id) if old else None, places[1].emotion.get(new.id) if new else None)
    if old is None or new is None:
        status = ADDED if old is None else REMOVED
        return StageChange(status, old.name if old else None, new.name if new else None, (), *emotion)
    changes = tuple(_fields(old, new, STAGE_FIELDS))
    status = RENAMED if old.name != new.name else CHANGED if changes else SAME
    return StageChange(status, old.name, new.name, changes, *emotion)


def compare(before: Side, after: Side) -> Comparison:
    """Every difference from ``before`` to ``after``; the rules are in the README ("Snapshots, future states
    and comparing them")."""
    a, b = before.state, after.state
    places = (_Places(a), _Places(b))
    tied = related(a, b)
    stages = match_stages(a.stages, b.stages, a.cards, b.cards, tied=tied)
    lanes = match_lanes(a.lanes, b.lanes, tied=tied)
    rows = _stage_rows(a.stages, b.stages, stages)
    row_of = {stage.id: index for index, row in enumerate(rows) for stage in row if stage is not None}
    pairs = _card_pairs(a, b, match_cards(a.cards, b.cards, stages, lanes, tied=tied), row_of,
                        places[1].lane_at, lanes)
    changes, unchanged = [], 0
    for old, new, how in pairs:
        change = _card_change(old, new, how, stages, lanes, places)
        if change is None:
            unchanged += 1
        else:
            changes.append(change)
    return Comparison(
        before.info, after.info,
        tuple(_stage_change(old, new, places) for old, new in rows),
        tuple(changes), unchanged,
        _marker_changes(a, b, match_markers(a.markers, b.markers, stages, tied=tied), stages, places, row_of),
        *_outcomes(pairs, places),
        _metrics(a.figures, b.figures, rows, pairs, places),
    )


def _card_pairs(a: JourneyState, b: JourneyState, matches: Matches, row_of: dict[str, int],
                lane_at: dict[str, int], lanes: Matches) -> list[tuple[Card | None, Card | None, str | None]]:
    """Every card of either side as (before, after, how matched), in map order (a removed card at its old
    place)."""
    after_by_id = {card.id: card for card in b.cards}
    found: list[tuple[tuple, tuple[Card | None, Card | None, str | None]]] = []
    for card in a.cards:
        partner = after_by_id.get(matches.forward.get(card.id, ""))
        if partner is None:
            lane = lanes.forward.get(card.lane_id)
            place = lane_at[lane] if lane else lane_at.get(card.lane_id, len(lane_at))
            found.append(((row_of.get(card.stage_id, 0), place, card.position, 0), (card, None, None)))
        else:
            found.append(((row_of.get(partner.stage_id, 0), lane_at.get(partner.lane_id, 0), partner.position,
                           1),
                          (card, partner, matches.how[card.id])))
    for card in b.cards:
        if card.id not in matches.backward:
            found.append(((row_of.get(card.stage_id, 0), lane_at.get(card.lane_id, 0), card.position, 1),
                          (None, card, None)))
    found.sort(key=lambda item: item[0])
    return [pair for _, pair in found]


def _card_change(old: Card | None, new: Card | None, how: str | None, stages: Matches, lanes: Matches,
                 places: tuple[_Places, _Places]) -> CardChange | None:
    if old is None or new is None:
        return CardChange(ADDED if old is None else REMOVED, places[0].card(old), places[1].card(new))
    changes = _fields(old, new, CARD_FIELDS)
    if stages.forward.get(old.stage_id) != new.stage_id:
        changes.append(FieldChange("stage", places[0].stage[old.stage_id], places[1].stage[new.stage_id]))
    if lanes.forward.get(old.lane_id) != new.lane_id:
        changes.append(FieldChange("lane", places[0].lane[old.lane_id], places[1].lane[new.lane_id]))
    if not changes:
        return None
    return CardChange(CHANGED, places[0].card(old), places[1].card(new), how, tuple(changes))


def _marker_changes(a: JourneyState, b: JourneyState, matches: Matches, stages: Matches,
                    places: tuple[_Places, _Places], row_of: dict[str, int]) -> tuple[MarkerChange, ...]:
    after_by_id = {m.id: m for m in b.markers}
    found: list[tuple[tuple, MarkerChange]] = []
    for marker in a.markers:
        partner = after_by_id.get(matches.forward.get(marker.id, ""))
        if partner is None:
            found.append(((row_of.get(marker.stage_id, 0), marker.offset),
                          MarkerChange(REMOVED, places[0].marker(marker), None)))
            continue
        changes = _fields(marker, partner, MARKER_FIELDS)
        if stages.forward.get(marker.stage_id) != partner.stage_id:
            changes.append(FieldChange("stage", places[0].stage[marker.stage_id],
                                       places[1].stage[partner.stage_id]))
        if changes:
            found.append(((row_of.get(partner.stage_id, 0), partner.offset),
                          MarkerChange(CHANGED, places[0].marker(marker), places[1].marker(partner),
                                       tuple(changes))))
    for marker in b.markers:
        if marker.id not in matches.backward:
            found.append(((row_of.get(marker.stage_id, 0), marker.offset),
                          MarkerChange(ADDED, None, places[1].marker(marker))))
    found.sort(key=lambda item: item[0])
    return tuple(change for _, change in found)


def _outcomes(pairs: list[tuple[Card | None, Card | None, str | None]],
              places: tuple[_Places, _Places]) -> tuple[tuple[Outcome, ...], ...]:
    """Pain points resolved (gone, or no longer a pain point) and new; opportunities realised (gone from the
    map, or turned into another kind of card) and new."""

    def gone(kind: CardKind) -> tuple[Outcome, ...]:
        return tuple(Outcome(places[0].card(old), places[1].card(new)) for old, new, _ in pairs
                     if old is not None and old.kind == kind and (new is None or new.kind != kind))

    def arrived(kind: CardKind) -> tuple[Outcome, ...]:
        return tuple(Outcome(places[0].card(old), places[1].card(new)) for old, new, _ in pairs
                     if new is not None and new.kind == kind and (old is None or old.kind != kind))

    return (gone(CardKind.PAIN_POINT), arrived(CardKind.PAIN_POINT), gone(CardKind.OPPORTUNITY),
            arrived(CardKind.OPPORTUNITY))


def _figure(label: str, stage: str, old: Measure | None, new: Measure | None) -> FigureChange:
    return FigureChange(label, stage, old.value if old else None, old.n if old else 0,
                        new.value if new else None, new.n if new else 0)


def _metrics(before: Sequence[MetricRecord], after: Sequence[MetricRecord], rows: list[tuple],
             pairs: list[tuple[Card | None, Card | None, str | None]],
             places: tuple[_Places, _Places]) -> tuple[MetricChange, ...]:
    """Each metric of either side: its figure per stage and per touchpoint before and after."""
    olds, news = {m.name: m for m in before}, {m.name: m for m in after}
    found = []
    for name in dict.fromkeys([*olds, *news]):
        old, new = olds.get(name), news.get(name)
        old_stages = {m.key: m for m in old.stages} if old else {}
        new_stages = {m.key: m for m in new.stages} if new else {}
        old_cards = {m.key: m for m in old.touchpoints} if old else {}
        new_cards = {m.key: m for m in new.touchpoints} if new else {}
        stage_rows = []
        for old_stage, new_stage in rows:
            was = old_stages.get(old_stage.id) if old_stage else None
            now = new_stages.get(new_stage.id) if new_stage else None
            if was or now:
                label = (new_stage or old_stage).name
                stage_rows.append(_figure(label, label, was, now))
        card_rows = []
        for old_card, new_card, _ in pairs:
            was = old_cards.get(old_card.id) if old_card else None
            now = new_cards.get(new_card.id) if new_card else None
            if was or now:
                side, card = (1, new_card) if new_card else (0, old_card)
                assert card is not None
                card_rows.append(_figure(card.text, places[side].stage.get(card.stage_id, ""), was, now))
        kind = (new or old).kind  # type: ignore[union-attr]
        found.append(MetricChange(name, kind, tuple(stage_rows), tuple(card_rows)))
    return tuple(found)
