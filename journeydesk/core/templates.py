"""Built-in starter journeys in English and Japanese, as plain entities."""

from __future__ import annotations

from collections.abc import Callable

from journeydesk.core.entity import Entity, new_id
from journeydesk.core.enums import DEFAULT_CARD_KIND, CardKind, LaneKind
from journeydesk.core.model import Card, EmotionMarker, Journey, Lane, Link, Persona, Stage
from journeydesk.core.template_data import TEMPLATES, PersonaSpec, TemplateSpec
from journeydesk.i18n import t

TEMPLATE_NAMES: tuple[str, ...] = ("blank", "ecommerce", "saas-onboarding", "support")
LANGUAGES: tuple[str, ...] = ("en", "ja")

_LANE_FOR_CARD: dict[CardKind, LaneKind] = {
    card: lane for lane, card in DEFAULT_CARD_KIND.items() if card is not None
}


def _spec(name: str) -> TemplateSpec:
    if name not in TEMPLATE_NAMES:
        raise KeyError(t("Unknown template '{name}'; valid names are: {names}.",
                         name=name, names=", ".join(TEMPLATE_NAMES)))
    return TEMPLATES[name]


def _index(lang: str) -> int:
    if lang not in LANGUAGES:
        raise KeyError(t("Unknown template language '{lang}'; valid languages are: {langs}.",
                         lang=lang, langs=", ".join(LANGUAGES)))
    return LANGUAGES.index(lang)


def template_title(name: str, lang: str = "en") -> str:
    """The human title of a template, e.g. "E-commerce purchase journey"."""
    return _spec(name).title[_index(lang)]


def template_description(name: str, lang: str = "en") -> str:
    """One sentence saying what the template's journey is about."""
    return _spec(name).description[_index(lang)]


def _persona(spec: PersonaSpec, i: int, persona_id: str) -> Persona:
    return Persona(
        id=persona_id,
        name=spec.name[i],
        role=spec.role[i],
        age=spec.age,
        location=spec.location[i],
        quote=spec.quote[i],
        goals=tuple(text[i] for text in spec.goals),
        needs=tuple(text[i] for text in spec.needs),
        frustrations=tuple(text[i] for text in spec.frustrations),
        channels=tuple(text[i] for text in spec.channels),
        source=spec.source[i],
        first_time=spec.first_time,
        position=0,
    )


def build_template(name: str, lang: str = "en", *, journey_position: int = 0,
                   make_id: Callable[[], str] = new_id) -> list[Entity]:
    """The entities of a starter journey in dependency order, every id from ``make_id``.

    Order: persona (if any), journey, stages, lanes, cards, emotion markers, links.
    Raises KeyError for an unknown template name or language.
    """
    spec = _spec(name)
    i = _index(lang)
    entities: list[Entity] = []

    persona_id: str | None = None
    if spec.persona is not None:
        persona_id = make_id()
        entities.append(_persona(spec.persona, i, persona_id))

    journey = Journey(id=make_id(), name=spec.title[i], description=spec.description[i],
                      persona_id=persona_id, position=journey_position)
    entities.append(journey)
    jid = journey.id

    stage_ids: dict[str, str] = {}
    for position, stage in enumerate(spec.stages):
        stage_ids[stage.key] = make_id()
        entities.append(Stage(id=stage_ids[stage.key], journey_id=jid, name=stage.name[i],
                              description=stage.description[i], goal=stage.goal[i],
                              color=stage.color, position=position))

    lane_ids: dict[LaneKind, str] = {}
    for position, lane in enumerate(spec.lanes):
        lane_ids[lane.kind] = make_id()
        entities.append(Lane(id=lane_ids[lane.kind], journey_id=jid, kind=lane.kind,
                             name=lane.name[i], height=lane.height, position=position))

    card_ids: dict[str, str] = {}
    cell_counts: dict[tuple[str, str], int] = {}
    for card in spec.cards:
        stage_id = stage_ids[card.stage]
        lane_id = lane_ids[_LANE_FOR_CARD[card.kind]]
        position = cell_counts.get((stage_id, lane_id), 0)
        cell_counts[stage_id, lane_id] = position + 1
        card_id = make_id()
        if card.key:
            card_ids[card.key] = card_id
        entities.append(Card(
            id=card_id, journey_id=jid, stage_id=stage_id, lane_id=lane_id, kind=card.kind,
            text=card.text[i], position=position, channel=card.channel[i],
            category=card.category, mode=card.mode, owner=card.owner[i],
            moment_of_truth=card.moment_of_truth, exit_point=card.exit_reason is not None,
            exit_reason=card.exit_reason[i] if card.exit_reason is not None else "",
            frequency=card.frequency, severity=card.severity,
            impact=card.impact, effort=card.effort,
        ))

    for marker in spec.markers:
        entities.append(EmotionMarker(id=make_id(), journey_id=jid,
                                      stage_id=stage_ids[marker.stage],
                                      lane_id=lane_ids[LaneKind.EMOTIONS], score=marker.score,
                                      label=marker.label[i], offset=marker.offset))

    for link in spec.links:
        entities.append(Link(id=make_id(), journey_id=jid, source_id=card_ids[link.source],
                             target_id=card_ids[link.target], kind=link.kind,
                             label=link.label[i]))
    return entities


__all__ = [
    "LANGUAGES", "TEMPLATE_NAMES", "build_template", "template_description", "template_title",
]
