"""Commands for what sits on the map: cards, emotion markers, links and personas."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import PROTECTED, Draft, insert_at, require, settable
from journeydesk.core.entity import new_id
from journeydesk.core.enums import DEFAULT_CARD_KIND, CardKind, LaneKind, LinkKind
from journeydesk.core.model import Card, Dataset, EmotionMarker, Image, Journey, Lane, Link, Persona, Stage
from journeydesk.i18n import t


def _cell_lane(doc: Document, stage_id: str, lane_id: str) -> tuple[Stage, Lane]:
    stage = require(doc, Stage, stage_id)
    lane = require(doc, Lane, lane_id)
    if stage.journey_id != lane.journey_id:
        raise EditRefused(t("The stage and the lane belong to different journeys."))
    if lane.kind == LaneKind.EMOTIONS:
        raise EditRefused(t("The emotions lane holds emotion markers, not cards."))
    return stage, lane


# ----- cards


def add_card(
    doc: Document,
    stage_id: str,
    lane_id: str,
    text: str = "",
    *,
    kind: CardKind | None = None,
    index: int | None = None,
    **values: object,
) -> Edit:
    """A new card in a stage × lane cell; its kind defaults to the lane's."""
    stage, lane = _cell_lane(doc, stage_id, lane_id)
    card_kind = settable(Card, {"kind": kind})["kind"] if kind is not None else DEFAULT_CARD_KIND[lane.kind]
    fixed = PROTECTED | {"stage_id", "lane_id", "kind", "text"}
    card = replace(Card(new_id(), stage.journey_id, stage_id, lane_id, card_kind, text),
                   **settable(Card, values, fixed))
    draft = Draft(doc)
    draft.put(card)
    draft.renumber(insert_at(doc.cell(stage_id, lane_id), [card], index))
    return draft.edit(t("Add {kind}", kind=_kind_name(card_kind)))


def _kind_name(kind: CardKind) -> str:
    names = {
        CardKind.TOUCHPOINT: t("touchpoint"), CardKind.ACTION: t("action"),
        CardKind.THOUGHT: t("thought"), CardKind.PAIN_POINT: t("pain point"),
        CardKind.OPPORTUNITY: t("opportunity"), CardKind.CHANNEL: t("channel"),
        CardKind.BACKSTAGE: t("backstage process"), CardKind.NOTE: t("note"),
    }
    return names[kind]


def update_card(doc: Document, card_id: str, **values: object) -> Edit:
    for key in ("stage_id", "lane_id", "journey_id", "position"):
        if key in values:
            raise EditRefused(t("Use move_cards to move a card."))
    draft = Draft(doc)
    draft.update(Card, card_id, **values)
    return draft.edit(t("Edit card text") if set(values) == {"text"} else t("Edit card"))


def move_cards(
    doc: Document, card_ids: Sequence[str], stage_id: str, lane_id: str, index: int | None = None
) -> Edit:
    """Move cards (in the given order) into one cell at ``index``; one edit however many."""
    stage, _ = _cell_lane(doc, stage_id, lane_id)
    ids = list(dict.fromkeys(card_ids))
    moving = [require(doc, Card, card_id) for card_id in ids]
    if any(card.journey_id != stage.journey_id for card in moving):
        raise EditRefused(t("Cards can only move within their journey; copy them instead."))
    moving_ids = set(ids)
    draft = Draft(doc)
    for cell in {(c.stage_id, c.lane_id) for c in moving} - {(stage_id, lane_id)}:
        draft.renumber([c for c in doc.cell(*cell) if c.id not in moving_ids])
    staying = [c for c in doc.cell(stage_id, lane_id) if c.id not in moving_ids]
    if index is not None:
        before_index = doc.cell(stage_id, lane_id)[:index]
        index -= sum(1 for c in before_index if c.id in moving_ids)
    moved = [replace(c, stage_id=stage_id, lane_id=lane_id) for c in moving]
    for card in moved:
        draft.put(card)
    draft.renumber(insert_at(staying, moved, index))
    label = t("Move card") if len(ids) == 1 else t("Move {n} cards", n=len(ids))
    return draft.edit(label)


def delete_cards(doc: Document, card_ids: Iterable[str]) -> Edit:
    ids = list(dict.fromkeys(card_ids))
    cards = [require(doc, Card, card_id) for card_id in ids]
    draft = Draft(doc)
    for card in cards:
        for link in doc.links_of(card.id):
            draft.remove(link)
        draft.remove(card)
    for cell in {(c.stage_id, c.lane_id) for c in cards}:
        draft.renumber([c for c in doc.cell(*cell) if not draft.removed(c.id)])
    label = t("Delete card") if len(ids) == 1 else t("Delete {n} cards", n=len(ids))
    return draft.edit(label)


# ----- emotion markers


def add_marker(
    doc: Document, stage_id: str, score: int, *, label: str = "", offset: float = 0.5,
    lane_id: str | None = None,
) -> Edit:
    """An emotion marker in the journey's emotions lane (the first one unless ``lane_id``)."""
    stage = require(doc, Stage, stage_id)
    if lane_id is None:
        lanes = [x for x in doc.lanes(stage.journey_id) if x.kind == LaneKind.EMOTIONS]
        if not lanes:
            raise EditRefused(t("This journey has no emotions lane; add one first."))
        lane_id = lanes[0].id
    elif require(doc, Lane, lane_id).kind != LaneKind.EMOTIONS:
        raise EditRefused(t("Emotion markers belong in an emotions lane."))
    marker = EmotionMarker(new_id(), stage.journey_id, stage_id, lane_id, score, label, offset)
    draft = Draft(doc)
    draft.put(marker)
    return draft.edit(t("Add emotion marker"))


def update_marker(doc: Document, marker_id: str, **values: object) -> Edit:
    """Change score, label, stage or place of a marker (a drag is one such edit)."""
    if "lane_id" in values and require(doc, Lane, values["lane_id"]).kind != LaneKind.EMOTIONS:
        raise EditRefused(t("Emotion markers belong in an emotions lane."))
    draft = Draft(doc)
    draft.update(EmotionMarker, marker_id, **values)
    return draft.edit(t("Move emotion marker") if set(values) <= {"stage_id", "offset", "score"}
                      else t("Edit emotion marker"))


def delete_markers(doc: Document, marker_ids: Iterable[str]) -> Edit:
    draft = Draft(doc)
    ids = list(dict.fromkeys(marker_ids))
    for marker_id in ids:
        draft.remove(require(doc, EmotionMarker, marker_id))
    return draft.edit(t("Delete emotion marker") if len(ids) == 1
                      else t("Delete {n} emotion markers", n=len(ids)))


# ----- links


def add_link(
    doc: Document, source_id: str, target_id: str, kind: LinkKind = LinkKind.FLOW, label: str = ""
) -> Edit:
    source = require(doc, Card, source_id)
    target = require(doc, Card, target_id)
    if source.journey_id != target.journey_id:
        raise EditRefused(t("A link joins two cards of the same journey."))
    draft = Draft(doc)
    link_kind = settable(Link, {"kind": kind})["kind"]
    draft.put(Link(new_id(), source.journey_id, source_id, target_id, link_kind, label))
    return draft.edit(t("Add link"))


def update_link(doc: Document, link_id: str, **values: object) -> Edit:
    draft = Draft(doc)
    draft.update(Link, link_id, **values)
    return draft.edit(t("Edit link"))


def delete_links(doc: Document, link_ids: Iterable[str]) -> Edit:
    draft = Draft(doc)
    for link_id in dict.fromkeys(link_ids):
        draft.remove(require(doc, Link, link_id))
    return draft.edit(t("Delete link"))


# ----- personas


def add_persona(doc: Document, name: str, *, assign_to: str | None = None, **values: object) -> Edit:
    """A new persona in the library; with ``assign_to``, also shown on that journey."""
    persona = replace(Persona(new_id(), name=name, position=len(doc.personas())),
                      **settable(Persona, values))
    draft = Draft(doc)
    draft.put(persona)
    if assign_to is not None:
        draft.update(Journey, assign_to, persona_id=persona.id)
    return draft.edit(t("Add persona “{name}”", name=name))


def paste_cards(doc: Document, cards: Sequence[Card], stage_id: str, lane_id: str,
                index: int | None = None) -> Edit:
    """Copies of ``cards`` (from any journey or file) with fresh ids, placed in one cell.

    A copy is a new card: it is tied to no origin, even when its original was (a future state's)."""
    stage, _ = _cell_lane(doc, stage_id, lane_id)
    copies = [replace(card, id=new_id(), journey_id=stage.journey_id, stage_id=stage_id,
                      lane_id=lane_id, origin_id=None) for card in cards]
    draft = Draft(doc)
    for card in copies:
        draft.put(card)
    draft.renumber(insert_at(doc.cell(stage_id, lane_id), copies, index))
    label = t("Paste card") if len(copies) == 1 else t("Paste {n} cards", n=len(copies))
    return draft.edit(label)


def update_persona(doc: Document, persona_id: str, **values: object) -> Edit:
    draft = Draft(doc)
    draft.update(Persona, persona_id, **values)
    return draft.edit(t("Edit persona"))


def set_avatar(doc: Document, persona_id: str, data: bytes | None, media_type: str = "image/png") -> Edit:
    """Give a persona an avatar image (stored once by its hash), or remove it with None."""
    draft = Draft(doc)
    avatar_id = None
    if data is not None:
        avatar_id = hashlib.sha256(data).hexdigest()
        if doc.get(Image, avatar_id) is None:
            draft.put(Image(avatar_id, media_type, bytes(data)))
    draft.update(Persona, persona_id, avatar_id=avatar_id)
    return draft.edit(t("Change persona picture") if data else t("Remove persona picture"))


def delete_persona(doc: Document, persona_id: str) -> Edit:
    """Delete a persona; journeys that showed it keep going without one."""
    persona = require(doc, Persona, persona_id)
    draft = Draft(doc)
    for journey in doc.children(Journey, "persona_id", persona_id):
        draft.put(replace(journey, persona_id=None))
    draft.remove(persona)
    draft.renumber([p for p in doc.personas() if p.id != persona_id])
    return draft.edit(t("Delete persona “{name}”", name=persona.name))


# ----- datasets and what they bring


def add_dataset(doc: Document, dataset: Dataset, *, replacing: str | None = None) -> Edit:
    """Add an imported dataset (its rows are already in the file); with ``replacing``, a refresh."""
    require(doc, Journey, dataset.journey_id)
    draft = Draft(doc)
    if replacing is not None:
        draft.remove(require(doc, Dataset, replacing))
    draft.put(dataset)
    label = t("Refresh “{name}”", name=dataset.name) if replacing else t("Import “{name}”", name=dataset.name)
    return draft.edit(label)


def delete_dataset(doc: Document, dataset_id: str) -> Edit:
    dataset = require(doc, Dataset, dataset_id)
    draft = Draft(doc)
    draft.remove(dataset)
    return draft.edit(t("Delete data “{name}”", name=dataset.name))


def add_touchpoints(doc: Document, items: Sequence[tuple[str, str]]) -> Edit:
    """Touchpoint cards for (stage id, text) pairs, at the end of each stage's touchpoints lane."""
    draft = Draft(doc)
    appended: dict[tuple[str, str], list[Card]] = {}
    for stage_id, text in items:
        stage = require(doc, Stage, stage_id)
        lanes = [x for x in doc.lanes(stage.journey_id) if x.kind == LaneKind.TOUCHPOINTS]
        if not lanes:
            raise EditRefused(t("This journey has no touchpoints lane; add one first."))
        cell = (stage_id, lanes[0].id)
        queue = appended.setdefault(cell, [])
        position = len(doc.cell(*cell)) + len(queue)
        card = Card(new_id(), stage.journey_id, stage_id, lanes[0].id, CardKind.TOUCHPOINT, text, position)
        queue.append(card)
        draft.put(card)
    label = t("Add touchpoint") if len(items) == 1 else t("Add {n} touchpoints", n=len(items))
    return draft.edit(label)
