"""Commands that shape a project: journeys, stages, lanes, templates and project facts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import Draft, insert_at, require, settable
from journeydesk.core.entity import Entity, new_id
from journeydesk.core.enums import LaneKind
from journeydesk.core.model import (
    PROJECT_ID,
    Card,
    EmotionMarker,
    Journey,
    Lane,
    Link,
    Persona,
    ProjectInfo,
    Stage,
)
from journeydesk.core.template_data import (
    AWARENESS,
    CONSIDERATION,
    LOYALTY,
    POST_PURCHASE,
    PURCHASE,
    STANDARD_LANES,
)
from journeydesk.i18n import language, t

_STAGES = (AWARENESS, CONSIDERATION, PURCHASE, POST_PURCHASE, LOYALTY)
_LANES = tuple(lane for lane in STANDARD_LANES if lane.kind != LaneKind.BACKSTAGE)
DEFAULT_STAGE_NAMES = tuple(name[0] for name in _STAGES)
DEFAULT_LANES: tuple[tuple[LaneKind, str], ...] = tuple((lane.kind, lane.name[0]) for lane in _LANES)
STAGE_COLORS = ("#4a90d9", "#7b68ee", "#e8a33d", "#3aa57a", "#d9534f", "#5bc0de", "#8e6c8a")


# ----- project


def update_project(doc: Document, **values: object) -> Edit:
    draft = Draft(doc)
    if doc.get(ProjectInfo, PROJECT_ID) is None:
        draft.put(replace(ProjectInfo(PROJECT_ID), **settable(ProjectInfo, values)))
    else:
        draft.update(ProjectInfo, PROJECT_ID, **values)
    return draft.edit(t("Edit project details"))


def add_entities(doc: Document, entities: Iterable[Entity], label: str) -> Edit:
    """Add ready-made entities (a template, a paste) as one edit."""
    draft = Draft(doc)
    for entity in entities:
        if doc.find(entity.id) is not None:
            raise EditRefused(t("An entity with id {id} already exists.", id=entity.id))
        draft.put(entity)
    return draft.edit(label)


def add_template(doc: Document, name: str, lang: str = "en") -> Edit:
    """Add a built-in starter journey (and its persona) after the existing ones."""
    from journeydesk.core.templates import build_template, template_title

    try:
        entities = build_template(name, lang, journey_position=len(doc.journeys()))
    except KeyError as error:
        raise EditRefused(str(error.args[0] if error.args else error)) from None
    first_persona = len(doc.personas())
    placed = [
        replace(e, position=first_persona + e.position) if isinstance(e, Persona) else e
        for e in entities
    ]
    return add_entities(doc, placed, t("Add journey “{name}”", name=template_title(name, lang)))


# ----- journeys


def add_journey(
    doc: Document,
    name: str,
    *,
    stage_names: Sequence[str] | None = None,
    lanes: Sequence[tuple[LaneKind, str]] | None = None,
    description: str = "",
) -> Edit:
    """A journey with the given stages and lanes; by default the standard ones, named in the
    interface language (as the blank template names them)."""
    index = 1 if language() == "ja" else 0
    if stage_names is None:
        stage_names = tuple(name[index] for name in _STAGES)
    if lanes is None:
        lanes = tuple((lane.kind, lane.name[index]) for lane in _LANES)
    journey = Journey(new_id(), name=name, description=description, position=len(doc.journeys()))
    draft = Draft(doc)
    draft.put(journey)
    for index, stage_name in enumerate(stage_names):
        draft.put(Stage(new_id(), journey.id, stage_name, color=STAGE_COLORS[index % 7], position=index))
    for index, (kind, lane_name) in enumerate(lanes):
        draft.put(Lane(new_id(), journey.id, kind, lane_name, position=index))
    return draft.edit(t("Add journey “{name}”", name=name))


def update_journey(doc: Document, journey_id: str, **values: object) -> Edit:
    draft = Draft(doc)
    draft.update(Journey, journey_id, **values)
    return draft.edit(_label(values, {"name": t("Rename journey")}, t("Edit journey")))


def assign_persona(doc: Document, journey_id: str, persona_id: str | None) -> Edit:
    if persona_id is not None:
        require(doc, Persona, persona_id)
    draft = Draft(doc)
    draft.update(Journey, journey_id, persona_id=persona_id)
    return draft.edit(t("Assign persona") if persona_id else t("Remove persona from journey"))


def move_journey(doc: Document, journey_id: str, index: int) -> Edit:
    journey = require(doc, Journey, journey_id)
    return _reorder(doc, journey, doc.journeys(), index, t("Reorder journeys"))


def _reorder(doc: Document, entity: Entity, siblings: Sequence[Entity], index: int, label: str) -> Edit:
    draft = Draft(doc)
    draft.renumber(insert_at([x for x in siblings if x.id != entity.id], [entity], index))
    return draft.edit(label)


def _label(values: dict[str, object], one_field: dict[str, str], default: str) -> str:
    """The label for an update: specific when it changes one known field."""
    return one_field.get(next(iter(values)), default) if len(values) == 1 else default


def _remove_journey_content(draft: Draft, doc: Document, journey_id: str) -> None:
    for cls in (Link, EmotionMarker, Card, Lane, Stage):
        for entity in doc.children(cls, "journey_id", journey_id):
            draft.remove(entity)


def delete_journey(doc: Document, journey_id: str) -> Edit:
    journey = require(doc, Journey, journey_id)
    draft = Draft(doc)
    _remove_journey_content(draft, doc, journey_id)
    for future in doc.future_states(journey_id):  # they stay, no longer paired; its snapshots stay too
        draft.put(replace(future, future_of=None))
    draft.remove(journey)
    draft.renumber([j for j in doc.journeys() if j.id != journey_id])
    return draft.edit(t("Delete journey “{name}”", name=journey.name))


# ----- stages


def add_stage(
    doc: Document,
    journey_id: str,
    name: str,
    *,
    index: int | None = None,
    color: str | None = None,
    goal: str = "",
    description: str = "",
) -> Edit:
    require(doc, Journey, journey_id)
    stages = doc.stages(journey_id)
    stage = Stage(
        new_id(), journey_id, name, description=description, goal=goal,
        color=color or STAGE_COLORS[len(stages) % len(STAGE_COLORS)],
    )
    draft = Draft(doc)
    draft.put(stage)
    draft.renumber(insert_at(stages, [stage], index))
    return draft.edit(t("Add stage “{name}”", name=name))


def add_stages(doc: Document, journey_id: str, names: Sequence[str]) -> Edit:
    """Stages named ``names``, after the journey's last stage, in that order: one edit."""
    require(doc, Journey, journey_id)
    count = len(doc.stages(journey_id))
    draft = Draft(doc)
    for offset, name in enumerate(names):
        index = count + offset
        draft.put(Stage(new_id(), journey_id, name, color=STAGE_COLORS[index % len(STAGE_COLORS)],
                        position=index))
    label = t("Add stage “{name}”", name=names[0]) if len(names) == 1 else t("Add {n} stages", n=len(names))
    return draft.edit(label)


def update_stage(doc: Document, stage_id: str, **values: object) -> Edit:
    draft = Draft(doc)
    draft.update(Stage, stage_id, **values)
    labels = {"name": t("Rename stage"), "color": t("Recolour stage"), "width": t("Resize stage")}
    return draft.edit(_label(values, labels, t("Edit stage")))


def move_stage(doc: Document, stage_id: str, index: int) -> Edit:
    stage = require(doc, Stage, stage_id)
    label = t("Move stage “{name}”", name=stage.name)
    return _reorder(doc, stage, doc.stages(stage.journey_id), index, label)


def delete_stage(doc: Document, stage_id: str, *, move_cards_to: str | None = None) -> Edit:
    """Delete a stage; its cards and markers go to ``move_cards_to`` or are deleted with it."""
    stage = require(doc, Stage, stage_id)
    return _delete_band(doc, stage, move_cards_to, t("Delete stage “{name}”", name=stage.name))


def _delete_band(doc: Document, band: Stage | Lane, move_to: str | None, label: str) -> Edit:
    """Delete a stage (column) or lane (row), moving its contents to ``move_to`` or deleting them."""
    is_stage = isinstance(band, Stage)
    field, across = ("stage_id", "lane_id") if is_stage else ("lane_id", "stage_id")
    siblings = doc.stages(band.journey_id) if is_stage else doc.lanes(band.journey_id)
    cards = doc.children(Card, field, band.id)
    markers = doc.children(EmotionMarker, field, band.id)
    draft = Draft(doc)
    if move_to is not None:
        target = require(doc, type(band), move_to)
        if target.journey_id != band.journey_id or target.id == band.id:
            raise EditRefused(t("Cards can only move to another stage or lane of the same journey."))
        crossing = doc.lanes(band.journey_id) if is_stage else doc.stages(band.journey_id)
        for other in crossing:
            moving = sorted((c for c in cards if getattr(c, across) == other.id), key=lambda c: c.position)
            moved = [replace(c, **{field: target.id}) for c in moving]
            for card in moved:
                draft.put(card)
            cell = (target.id, other.id) if is_stage else (other.id, target.id)
            draft.renumber(doc.cell(*cell) + moved)
        for marker in markers:
            draft.put(replace(marker, **{field: target.id}))
    else:
        _remove_cards(draft, doc, cards)
        for marker in markers:
            draft.remove(marker)
    draft.remove(band)
    draft.renumber([x for x in siblings if x.id != band.id])
    return draft.edit(label)


# ----- lanes


def add_lane(
    doc: Document,
    journey_id: str,
    kind: LaneKind,
    name: str = "",
    *,
    index: int | None = None,
    height: int = 120,
) -> Edit:
    require(doc, Journey, journey_id)
    lane = Lane(new_id(), journey_id, settable(Lane, {"kind": kind})["kind"], name, height=height)
    draft = Draft(doc)
    draft.put(lane)
    draft.renumber(insert_at(doc.lanes(journey_id), [lane], index))
    return draft.edit(t("Add lane “{name}”", name=name))


def update_lane(doc: Document, lane_id: str, **values: object) -> Edit:
    lane = require(doc, Lane, lane_id)
    values = settable(Lane, values)
    if "kind" in values and values["kind"] != lane.kind:
        has_content = doc.children(Card, "lane_id", lane_id) or doc.children(EmotionMarker, "lane_id",
                                                                             lane_id)
        if has_content:
            raise EditRefused(t("Only an empty lane can change its kind."))
    draft = Draft(doc)
    draft.update(Lane, lane_id, **values)
    labels = {"name": t("Rename lane"), "height": t("Resize lane")}
    return draft.edit(_label(values, labels, t("Edit lane")))


def move_lane(doc: Document, lane_id: str, index: int) -> Edit:
    lane = require(doc, Lane, lane_id)
    return _reorder(doc, lane, doc.lanes(lane.journey_id), index, t("Move lane “{name}”", name=lane.name))


def delete_lane(doc: Document, lane_id: str, *, move_cards_to: str | None = None) -> Edit:
    """Delete a lane; its cards (or markers) go to ``move_cards_to`` or are deleted with it."""
    lane = require(doc, Lane, lane_id)
    if move_cards_to is not None:
        target = require(doc, Lane, move_cards_to)
        if (lane.kind == LaneKind.EMOTIONS) != (target.kind == LaneKind.EMOTIONS):
            raise EditRefused(t("Emotion markers can only move to another emotions lane."))
    return _delete_band(doc, lane, move_cards_to, t("Delete lane “{name}”", name=lane.name))


def _remove_cards(draft: Draft, doc: Document, cards: Iterable[Card]) -> None:
    for card in cards:
        for link in doc.links_of(card.id):
            draft.remove(link)
        draft.remove(card)
