"""Commands that bring journeys in from other formats: whole journeys as one edit, and cards into many
cells."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import Draft, require
from journeydesk.core.entity import Entity, new_id
from journeydesk.core.enums import DEFAULT_CARD_KIND, CardKind, LaneKind
from journeydesk.core.model import Card, EmotionMarker, Evidence, Image, Journey, Lane, Persona, Stage
from journeydesk.i18n import t

_OUR_ID = re.compile(r"[0-9a-f]{32}")


def renewed_ids(doc: Document, entities: Iterable[Entity]) -> dict[str, str]:
    """The id each entity gets in ``doc``: its own when it is one of ours and free, else a fresh one.

    Images keep their id (the hash of their bytes). A persona whose id ``doc`` already holds with the
    same values is used as it is, so importing a file twice does not copy its persona twice.
    """
    mapping: dict[str, str] = {}
    for entity in entities:
        if isinstance(entity, Image) or entity.id in mapping:
            mapping.setdefault(entity.id, entity.id)
            continue
        held = doc.find(entity.id)
        if (isinstance(entity, Persona) and held is not None and _same_persona(held, entity)) or (
            _OUR_ID.fullmatch(entity.id) and held is None and entity.id not in mapping.values()):
            mapping[entity.id] = entity.id
        else:
            mapping[entity.id] = new_id()
    return mapping


def _same_persona(held: Entity, persona: Persona) -> bool:
    return isinstance(held, Persona) and replace(held, position=0) == replace(persona, position=0)


def with_ids(entity: Entity, mapping: dict[str, str]) -> Entity:
    """``entity`` with its id and every reference renamed through ``mapping``."""
    refs = {name: mapping.get(getattr(entity, name), getattr(entity, name))
            for name in entity.refs if getattr(entity, name) is not None}
    return replace(entity, id=mapping.get(entity.id, entity.id), **refs)


def add_journeys(doc: Document, entities: Sequence[Entity], label: str) -> Edit:
    """Ready-made journeys (stages, lanes, cards, markers, links, datasets, personas, images) as one edit.

    Ids must already be free (see ``renewed_ids``). Journeys and personas go after the existing ones,
    in the order given; an image or persona ``doc`` already holds unchanged is not added again.
    """
    draft = Draft(doc)
    journeys = len(doc.journeys())
    personas = len(doc.personas())
    held_personas: set[str] = set()
    for entity in entities:
        held = doc.find(entity.id)
        if isinstance(entity, Image) and isinstance(held, Image):
            continue
        if isinstance(entity, Persona) and held is not None and _same_persona(held, entity):
            held_personas.add(entity.id)
            continue
        if isinstance(entity, Evidence) and entity.persona_id in held_personas:
            continue  # the persona is already here with its evidence
        if held is not None or draft.current(type(entity), entity.id) is not None:
            raise EditRefused(t("An entity with id {id} already exists.", id=entity.id))
        if isinstance(entity, Journey):
            entity = replace(entity, position=journeys)
            journeys += 1
        elif isinstance(entity, Persona):
            entity = replace(entity, position=personas)
            personas += 1
        draft.put(entity)
    return draft.edit(label)


def add_cell_cards(doc: Document, items: Sequence[tuple[str, str, str]], label: str = "") -> Edit:
    """Cards for (stage id, lane id, text) triples, each after the cards already in its cell: one edit.

    In an emotions lane the text must be a score (−2…2) and becomes an emotion marker instead; the
    markers given for one stage are spread across it.
    """
    draft = Draft(doc)
    counts: dict[tuple[str, str], int] = {}
    scores: dict[tuple[str, str], list[int]] = {}
    for stage_id, lane_id, text in items:
        stage = require(doc, Stage, stage_id)
        lane = require(doc, Lane, lane_id)
        if stage.journey_id != lane.journey_id:
            raise EditRefused(t("The stage and the lane belong to different journeys."))
        cell = (stage_id, lane_id)
        if lane.kind == LaneKind.EMOTIONS:
            scores.setdefault(cell, []).append(emotion_score(text))
            continue
        place = counts.get(cell, len(doc.cell(stage_id, lane_id)))
        counts[cell] = place + 1
        kind = DEFAULT_CARD_KIND[lane.kind] or CardKind.NOTE
        draft.put(Card(new_id(), stage.journey_id, stage_id, lane_id, kind, text, place))
    for (stage_id, lane_id), values in scores.items():
        journey_id = require(doc, Stage, stage_id).journey_id
        for index, score in enumerate(values):
            offset = round((index + 1) / (len(values) + 1), 4)
            draft.put(EmotionMarker(new_id(), journey_id, stage_id, lane_id, score, offset=offset))
    added = len(items)
    return draft.edit(label or (t("Paste card") if added == 1 else t("Paste {n} cards", n=added)))


def emotion_score(text: str) -> int:
    """A score typed in a cell (“-1”, “+2”, “−2”, full-width digits too), or a refusal naming it."""
    folded = text.strip().translate(_SIGNS)
    if not re.fullmatch(r"[+-]?[0-2]", folded):
        raise EditRefused(t("The emotions lane takes scores from -2 to 2, not “{text}”.", text=text.strip()))
    return int(folded)


_SIGNS = str.maketrans({"−": "-", "－": "-", "＋": "+", "０": "0", "１": "1", "２": "2"})


__all__ = ["add_cell_cards", "add_journeys", "emotion_score", "renewed_ids", "with_ids"]
