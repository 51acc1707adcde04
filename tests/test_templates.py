"""Tests of the built-in starter journeys: structure, references, content and languages."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TypeVar

import pytest

from journeydesk.core.entity import Entity
from journeydesk.core.enums import DEFAULT_CARD_KIND, CardKind, Category, LaneKind, LinkKind, Mode
from journeydesk.core.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    EmotionMarker,
    Journey,
    Lane,
    Link,
    Persona,
    Stage,
)
from journeydesk.core.templates import (
    LANGUAGES,
    TEMPLATE_NAMES,
    build_template,
    template_description,
    template_title,
)

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
RICH = ("ecommerce", "saas-onboarding", "support")
ALL = list(itertools.product(TEMPLATE_NAMES, LANGUAGES))
TYPE_ORDER = (Persona, Journey, Stage, Lane, Card, EmotionMarker, Link)
TEXT_FIELDS = {
    "name", "description", "goal", "text", "channel", "owner", "exit_reason", "label", "role",
    "location", "quote", "goals", "needs", "frustrations", "channels", "source",
}
MAIN_TEXT_FIELDS = {"name", "description", "goal", "text", "exit_reason", "label", "role", "quote"}


def counter_ids(prefix: str = "id") -> Callable[[], str]:
    counter = itertools.count()
    return lambda: f"{prefix}-{next(counter)}"


T = TypeVar("T", bound=Entity)


def of_type(entities: list[Entity], kind: type[T]) -> list[T]:
    return [e for e in entities if isinstance(e, kind)]


def touchpoints(entities: list[Entity]) -> list[Card]:
    return [c for c in of_type(entities, Card) if c.kind is CardKind.TOUCHPOINT]


@pytest.fixture(scope="module")
def built() -> dict[tuple[str, str], list[Entity]]:
    return {(name, lang): build_template(name, lang) for name, lang in ALL}


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_entity_validates_and_ids_are_unique(built, name, lang):
    entities = built[name, lang]
    for entity in entities:
        entity.validate()
    ids = [e.id for e in entities]
    assert len(ids) == len(set(ids))
    assert all(ids)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_entities_come_in_dependency_order(built, name, lang):
    ranks = [TYPE_ORDER.index(type(e)) for e in built[name, lang]]
    assert ranks == sorted(ranks)
    assert len(of_type(built[name, lang], Journey)) == 1


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_references_resolve_within_the_template(built, name, lang):
    entities = built[name, lang]
    by_id = {e.id: e for e in entities}
    (journey,) = of_type(entities, Journey)
    personas = of_type(entities, Persona)
    if personas:
        assert [p.id for p in personas] == [journey.persona_id]
    else:
        assert journey.persona_id is None
    for entity in entities:
        for field, target_type in type(entity).refs.items():
            value = getattr(entity, field)
            if value is None:
                continue
            assert isinstance(by_id.get(value), target_type), (entity, field)
        if isinstance(entity, Stage | Lane | Card | EmotionMarker | Link):
            assert entity.journey_id == journey.id


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_positions_are_contiguous(built, name, lang):
    entities = built[name, lang]
    assert sorted(s.position for s in of_type(entities, Stage)) == list(
        range(len(of_type(entities, Stage))))
    assert sorted(lane.position for lane in of_type(entities, Lane)) == list(
        range(len(of_type(entities, Lane))))
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for card in of_type(entities, Card):
        cells[card.stage_id, card.lane_id].append(card.position)
    for positions in cells.values():
        assert sorted(positions) == list(range(len(positions)))
    assert [p.position for p in of_type(entities, Persona)] in ([], [0])


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_cards_and_markers_sit_in_matching_lanes(built, name, lang):
    entities = built[name, lang]
    lanes = {lane.id: lane for lane in of_type(entities, Lane)}
    emotion_lanes = [lane for lane in lanes.values() if lane.kind is LaneKind.EMOTIONS]
    assert len(emotion_lanes) == 1
    for card in of_type(entities, Card):
        assert DEFAULT_CARD_KIND[lanes[card.lane_id].kind] == card.kind
    for marker in of_type(entities, EmotionMarker):
        assert marker.lane_id == emotion_lanes[0].id
        assert isinstance(marker.score, int)
        assert EMOTION_MIN <= marker.score <= EMOTION_MAX
        assert 0.0 <= marker.offset <= 1.0
        assert marker.label
    for link in of_type(entities, Link):
        assert link.source_id != link.target_id


def test_journey_position_is_passed_through():
    (journey,) = of_type(build_template("support", journey_position=3), Journey)
    assert journey.position == 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blank_has_standard_stages_and_lanes_only(built, lang):
    entities = built["blank", lang]
    stages = sorted(of_type(entities, Stage), key=lambda s: s.position)
    names = {"en": ["Awareness", "Consideration", "Purchase", "Post-purchase", "Loyalty"],
             "ja": ["認知", "検討", "購入", "購入後", "ロイヤルティ"]}
    assert [s.name for s in stages] == names[lang]
    lanes = sorted(of_type(entities, Lane), key=lambda lane: lane.position)
    assert [lane.kind for lane in lanes] == [
        LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.EMOTIONS,
        LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE,
    ]
    assert {type(e) for e in entities} == {Journey, Stage, Lane}
    (journey,) = of_type(entities, Journey)
    assert journey.persona_id is None


@pytest.mark.parametrize(("name", "lang"), list(itertools.product(RICH, LANGUAGES)))
def test_rich_templates_have_a_full_map(built, name, lang):
    entities = built[name, lang]
    (persona,) = of_type(entities, Persona)
    assert persona.name and persona.role and persona.location and persona.quote
    assert persona.age is not None
    assert persona.goals and persona.needs and persona.frustrations and persona.channels
    assert persona.source
    assert 4 <= len(of_type(entities, Stage)) <= 7
    kinds = Counter(c.kind for c in of_type(entities, Card))
    for kind in (CardKind.ACTION, CardKind.TOUCHPOINT, CardKind.THOUGHT, CardKind.PAIN_POINT,
                 CardKind.OPPORTUNITY):
        assert kinds[kind] >= 3, kind
    for card in touchpoints(entities):
        assert card.channel and card.owner
        assert isinstance(card.category, Category) and isinstance(card.mode, Mode)
    assert 3 <= sum(c.moment_of_truth for c in touchpoints(entities)) <= 5
    exits = [c for c in of_type(entities, Card) if c.exit_point]
    assert exits and all(c.exit_reason for c in exits)
    for card in of_type(entities, Card):
        if card.kind is CardKind.PAIN_POINT:
            assert card.frequency is not None and card.severity is not None
        if card.kind is CardKind.OPPORTUNITY:
            assert card.impact is not None and card.effort is not None and card.owner
    assert 6 <= len(of_type(entities, EmotionMarker)) <= 10
    links = of_type(entities, Link)
    assert {link.kind for link in links} == {LinkKind.FLOW, LinkKind.CHANNEL_SWITCH}


def test_ecommerce_touchpoints_cover_the_usual_channels(built):
    entities = built["ecommerce", "en"]
    cards = touchpoints(entities)
    channels = {c.channel for c in cards}
    assert {"Social media", "Search ads", "Content / blog", "Website", "Reviews", "Email",
            "Live chat", "Store", "Phone support"} <= channels
    texts = " ".join(c.text.lower() for c in cards)
    for word in ("search ad", "product page", "checkout", "payment", "confirmation", "delivery",
                 "follow-up", "survey", "loyalty programme"):
        assert word in texts, word
    assert {c.category for c in cards} == set(Category)
    modes = {c.mode for c in cards}
    assert Mode.O2O in modes and Mode.OMO in modes
    assert 3 <= sum(c.moment_of_truth for c in cards) <= 5
    checkout = next(c for c in cards if "checkout" in c.text.lower())
    assert checkout.moment_of_truth and checkout.exit_point and "70%" in checkout.exit_reason
    pains = [c for c in of_type(entities, Card) if c.kind is CardKind.PAIN_POINT]
    assert len(pains) >= 5
    assert all(1 <= c.frequency <= 5 and 1 <= c.severity <= 5 for c in pains)


def test_ecommerce_emotion_curve_dips_at_purchase(built):
    entities = built["ecommerce", "en"]
    stages = {s.id: s.position for s in of_type(entities, Stage)}
    markers = sorted(of_type(entities, EmotionMarker),
                     key=lambda m: (stages[m.stage_id], m.offset))
    lowest = min(markers, key=lambda m: m.score)
    assert stages[lowest.stage_id] == 2
    assert lowest.score < 0 < max(m.score for m in markers)


def test_ecommerce_channel_switch_joins_web_and_store(built):
    entities = built["ecommerce", "en"]
    cards = {c.id: c for c in of_type(entities, Card)}
    switches = [link for link in of_type(entities, Link) if link.kind is LinkKind.CHANNEL_SWITCH]
    assert any(cards[link.source_id].channel == "Reviews" and cards[link.target_id].channel
               == "Store" for link in switches)


def test_saas_and_support_content(built):
    saas = touchpoints(built["saas-onboarding", "en"])
    assert any("trial" in (c.exit_reason or "").lower() for c in saas if c.exit_point)
    support = touchpoints(built["support", "en"])
    channels = {c.channel for c in support}
    assert {"FAQ", "Live chat", "Phone support", "Email", "Chatbot"} <= channels
    assert any("survey" in c.text.lower() for c in support)


def structure(entity: Entity) -> dict[str, object]:
    """The entity's fields with texts reduced to whether they are present."""
    values = {}
    for field in dataclasses.fields(entity):
        value = getattr(entity, field.name)
        if field.name in TEXT_FIELDS:
            value = len(value) if isinstance(value, tuple) else bool(value)
        values[field.name] = value
    return {"type": type(entity).__name__, **values}


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_languages_share_structure_and_differ_in_text(name):
    en = build_template(name, "en", make_id=counter_ids())
    ja = build_template(name, "ja", make_id=counter_ids())
    assert [structure(e) for e in en] == [structure(j) for j in ja]
    for english, japanese in zip(en, ja, strict=True):
        for field in MAIN_TEXT_FIELDS & {f.name for f in dataclasses.fields(english)}:
            en_text, ja_text = getattr(english, field), getattr(japanese, field)
            if not en_text:
                continue
            assert en_text != ja_text, (field, en_text)
            assert JAPANESE.search(ja_text), (field, ja_text)
            assert not JAPANESE.search(en_text), (field, en_text)


@pytest.mark.parametrize("name", RICH)
def test_japanese_persona_is_japanese(built, name):
    (persona,) = of_type(built[name, "ja"], Persona)
    assert JAPANESE.search(persona.name) and JAPANESE.search(persona.location)
    assert all(JAPANESE.search(goal) for goal in persona.goals)
    (english,) = of_type(built[name, "en"], Persona)
    assert persona.age == english.age and persona.first_time == english.first_time


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_titles_and_descriptions(name, lang):
    title, description = template_title(name, lang), template_description(name, lang)
    assert title and description
    (journey,) = of_type(build_template(name, lang), Journey)
    assert (journey.name, journey.description) == (title, description)
    if lang == "ja":
        assert JAPANESE.search(title) and JAPANESE.search(description)
    assert template_title("ecommerce", "ja") == "ECサイト購入ジャーニー"


def test_titles_are_distinct():
    for lang in LANGUAGES:
        titles = [template_title(name, lang) for name in TEMPLATE_NAMES]
        assert len(set(titles)) == len(titles)


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_deterministic_make_id_gives_identical_output(name, lang):
    first = build_template(name, lang, make_id=counter_ids())
    second = build_template(name, lang, make_id=counter_ids())
    assert first == second
    assert all(e.id.startswith("id-") for e in first)


def test_default_ids_are_fresh_each_time():
    first = {e.id for e in build_template("support")}
    second = {e.id for e in build_template("support")}
    assert not first & second


def test_every_id_comes_from_make_id():
    made: list[str] = []
    make = counter_ids("x")

    def recording() -> str:
        made.append(make())
        return made[-1]

    entities = build_template("ecommerce", make_id=recording)
    assert [e.id for e in entities] == made


def test_unknown_name_or_language_raises_key_error():
    with pytest.raises(KeyError, match="saas-onboarding"):
        build_template("nope")
    with pytest.raises(KeyError, match="ja"):
        build_template("ecommerce", "fr")
    with pytest.raises(KeyError):
        template_title("nope")
    with pytest.raises(KeyError):
        template_description("blank", "de")
