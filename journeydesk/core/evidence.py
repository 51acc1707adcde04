"""Evidence behind cards, stages and personas: what backs each, and how confident that makes us."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from journeydesk.core.document import Document
from journeydesk.core.enums import EvidenceStatus, SourceType
from journeydesk.core.model import Evidence, Journey, Persona
from journeydesk.i18n import n_, t


class Confidence(StrEnum):
    """How well a card is backed, from its evidence alone (see ``confidence``)."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


# The rule, in the README too. Kinds of source weigh more than repeats: a claim seen in an interview, a
# survey and the analytics is better backed than one heard in ten interviews.
HIGH_SOURCE_TYPES = 3  # this many kinds of source or more: high
MEDIUM_SOURCE_TYPES = 2  # two kinds: medium
MEDIUM_ITEMS = 3  # one kind, this many items or more: medium; fewer: low


@dataclass(frozen=True, slots=True)
class Backing:
    """The evidence count of one card, stage or persona, its kinds of source and the confidence they give."""

    items: int
    source_types: int
    confidence: Confidence


def confidence(items: Iterable[Evidence]) -> Backing:
    """The confidence of a card from its evidence items.

    none: no item; high: items of 3 or more kinds of source; medium: 2 kinds, or 1 kind with 3 or more items;
    low: 1 or 2 items of 1 kind."""
    count = 0
    kinds: set[SourceType] = set()
    for item in items:
        count += 1
        kinds.add(item.source_type)
    if count == 0:
        level = Confidence.NONE
    elif len(kinds) >= HIGH_SOURCE_TYPES:
        level = Confidence.HIGH
    elif len(kinds) >= MEDIUM_SOURCE_TYPES or count >= MEDIUM_ITEMS:
        level = Confidence.MEDIUM
    else:
        level = Confidence.LOW
    return Backing(count, len(kinds), level)


def evidence_of(doc: Document, owner_id: str) -> list[Evidence]:
    """The evidence items of one card, stage or persona, in order."""
    found: dict[str, Evidence] = {}
    for name in ("card_id", "stage_id", "persona_id"):
        found.update((item.id, item) for item in doc.children(Evidence, name, owner_id))
    return sorted(found.values(), key=lambda e: (e.position, e.id))


def card_backing(doc: Document, card_id: str) -> Backing:
    return confidence(doc.children(Evidence, "card_id", card_id))


def journey_evidence(doc: Document, journey_id: str) -> list[Evidence]:
    """Every evidence item of the journey's cards and stages."""
    return doc.children(Evidence, "journey_id", journey_id)


def journey_personas(doc: Document, journey_id: str) -> list[Persona]:
    """The personas a journey is about: its persona, when it has one."""
    journey = doc.get(Journey, journey_id)
    persona = doc.get(Persona, journey.persona_id) if journey is not None and journey.persona_id else None
    return [persona] if persona is not None else []


def persona_evidence(doc: Document, journey_id: str) -> list[Evidence]:
    """Every evidence item of the personas the journey is about."""
    return [item for persona in journey_personas(doc, journey_id) for item in evidence_of(doc, persona.id)]


_SOURCE_TYPE_NAMES = {
    SourceType.INTERVIEW: n_("interview"),
    SourceType.SURVEY: n_("survey"),
    SourceType.ANALYTICS: n_("analytics"),
    SourceType.SUPPORT_TICKET: n_("support ticket"),
    SourceType.OBSERVATION: n_("observation"),
    SourceType.USABILITY_TEST: n_("usability test"),
    SourceType.DESK_RESEARCH: n_("desk research"),
}
_STATUS_NAMES = {
    EvidenceStatus.OBSERVED: n_("observed"),
    EvidenceStatus.ASSUMED: n_("assumed"),
    EvidenceStatus.PROPOSED: n_("proposed"),
}
_CONFIDENCE_NAMES = {
    Confidence.NONE: n_("no evidence"),
    Confidence.LOW: n_("low confidence"),
    Confidence.MEDIUM: n_("medium confidence"),
    Confidence.HIGH: n_("high confidence"),
}


def source_type_name(kind: SourceType) -> str:
    return t(_SOURCE_TYPE_NAMES[kind])


def status_name(status: EvidenceStatus) -> str:
    return t(_STATUS_NAMES[status])


def confidence_name(level: Confidence) -> str:
    return t(_CONFIDENCE_NAMES[level])


def _counted(backing: Backing) -> tuple[str, str]:
    """“3 items”, “3 kinds of source”."""
    count = t("1 item") if backing.items == 1 else t("{n} items", n=backing.items)
    kinds = t("1 kind of source") if backing.source_types == 1 else t("{n} kinds of source",
                                                                      n=backing.source_types)
    return count, kinds


def backing_words(backing: Backing) -> str:
    """“high confidence (3 items, 3 kinds of source)”: what the evidence of a persona (or of a card) shows."""
    if not backing.items:
        return confidence_name(backing.confidence)
    count, kinds = _counted(backing)
    return t("{confidence} ({items}, {kinds})", confidence=confidence_name(backing.confidence), items=count,
             kinds=kinds)


def standing(status: EvidenceStatus, backing: Backing) -> str:
    """“observed · high confidence (3 items, 3 kinds of source)”: what the team says and what the evidence
    shows."""
    count, kinds = _counted(backing)
    return t("{status} · {confidence} ({items}, {kinds})", status=status_name(status),
             confidence=confidence_name(backing.confidence), items=count, kinds=kinds)
