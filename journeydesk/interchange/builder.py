"""A journey built up piece by piece from a file: stages, lanes, cards, markers and links with their
places."""

from __future__ import annotations

from dataclasses import replace

from journeydesk.core.entity import MAX_TEXT, Entity, new_id
from journeydesk.core.enums import DEFAULT_CARD_KIND, CardKind, LaneKind, LinkKind
from journeydesk.core.model import Card, EmotionMarker, Journey, Lane, Link, Persona, Stage
from journeydesk.core.structure_commands import STAGE_COLORS
from journeydesk.core.template_data import STANDARD_LANES
from journeydesk.i18n import language, t
from journeydesk.interchange.common import MAX_BANDS, InterchangeError

_OTHER_LANES = {LaneKind.CHANNELS: ("Channels", "チャネル"), LaneKind.NOTES: ("Notes", "メモ")}


def lane_name(kind: LaneKind) -> str:
    """The name a lane of ``kind`` has in the starter journeys, in the interface language."""
    names = next((lane.name for lane in STANDARD_LANES if lane.kind == kind), None) or _OTHER_LANES[kind]
    return names[1] if language() == "ja" else names[0]


def untitled(name: str) -> str:
    """A name, or a stand-in for an empty one."""
    return name.strip() or t("(untitled)")


def clip(text: str) -> str:
    """Text cut to what an entity field holds."""
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


class JourneyBuilder:
    """Collects the entities of one new journey; ``entities()`` gives them in the order they can be added."""

    def __init__(self, name: str, description: str = "", *, standard_lanes: bool = False) -> None:
        self.journey = Journey(new_id(), name=clip(name), description=clip(description))
        self.persona: Persona | None = None
        self.stages: list[Stage] = []
        self.lanes: list[Lane] = []
        self.cards: list[Card] = []
        self.markers: list[EmotionMarker] = []
        self.links: list[Link] = []
        self._cells: dict[tuple[str, str], int] = {}
        if standard_lanes:
            for lane in STANDARD_LANES:
                if lane.kind != LaneKind.BACKSTAGE:
                    self.add_lane(lane.kind, lane_name(lane.kind))

    def add_stage(self, name: str, *, goal: str = "", description: str = "") -> Stage:
        index = len(self.stages)
        _check_bands(index)
        stage = Stage(new_id(), self.journey.id, clip(name), clip(description), clip(goal),
                      color=STAGE_COLORS[index % len(STAGE_COLORS)], position=index)
        self.stages.append(stage)
        return stage

    def set_stage(self, stage: Stage, **values: object) -> Stage:
        changed = replace(stage, **values)
        self.stages[self.stages.index(stage)] = changed
        return changed

    def add_lane(self, kind: LaneKind, name: str) -> Lane:
        _check_bands(len(self.lanes))
        lane = Lane(new_id(), self.journey.id, kind, clip(name), height=160 if kind in (
            LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS) else 120, position=len(self.lanes))
        self.lanes.append(lane)
        return lane

    def lane(self, kind: LaneKind) -> Lane:
        """The first lane of ``kind``, added (with its usual name) when there is none."""
        found = next((lane for lane in self.lanes if lane.kind == kind), None)
        return found if found is not None else self.add_lane(kind, lane_name(kind))

    def add_card(self, stage: Stage, lane: Lane, text: str, *, kind: CardKind | None = None,
                 **values: object) -> Card:
        cell = (stage.id, lane.id)
        position = self._cells.get(cell, 0)
        self._cells[cell] = position + 1
        card_kind = kind or DEFAULT_CARD_KIND[lane.kind] or CardKind.NOTE
        card = replace(Card(new_id(), self.journey.id, stage.id, lane.id, card_kind, clip(text), position),
                       **values)
        self.cards.append(card)
        return card

    def add_marker(self, stage: Stage, score: int, *, label: str = "", offset: float = 0.5) -> EmotionMarker:
        lane = self.lane(LaneKind.EMOTIONS)
        marker = EmotionMarker(new_id(), self.journey.id, stage.id, lane.id, score, clip(label), offset)
        self.markers.append(marker)
        return marker

    def add_link(self, source: Card, target: Card, kind: LinkKind = LinkKind.FLOW, label: str = "") -> Link:
        link = Link(new_id(), self.journey.id, source.id, target.id, kind, clip(label))
        self.links.append(link)
        return link

    def entities(self) -> list[Entity]:
        journey = replace(self.journey, persona_id=self.persona.id if self.persona else None)
        found: list[Entity] = [self.persona] if self.persona is not None else []
        return [*found, journey, *self.stages, *self.lanes, *self.cards, *self.markers, *self.links]


def _check_bands(count: int) -> None:
    if count >= MAX_BANDS:
        raise InterchangeError(t("The file gives a journey more than {limit} stages or lanes.",
                                 limit=MAX_BANDS))


def spread(index: int, count: int) -> float:
    """The place within a stage of the ``index``-th of ``count`` markers: evenly apart, never on an edge."""
    return round((index + 1) / (count + 1), 4)
