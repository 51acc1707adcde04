"""The kinds entity fields choose from: lanes, cards, links, evidence sources, metrics and KPI directions."""

from __future__ import annotations

from enum import StrEnum


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    CHANNELS = "channels"
    BACKSTAGE = "backstage"
    NOTES = "notes"


class CardKind(StrEnum):
    TOUCHPOINT = "touchpoint"
    ACTION = "action"
    THOUGHT = "thought"
    PAIN_POINT = "pain_point"
    OPPORTUNITY = "opportunity"
    CHANNEL = "channel"
    BACKSTAGE = "backstage"
    NOTE = "note"


class Category(StrEnum):
    DIGITAL = "digital"
    HUMAN = "human"
    PHYSICAL = "physical"


class Mode(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"
    O2O = "o2o"
    OMO = "omo"


class LinkKind(StrEnum):
    FLOW = "flow"
    CHANNEL_SWITCH = "channel_switch"


class EvidenceStatus(StrEnum):
    """What backs a card: research shows it, the room believes it, or it is a future-state idea."""

    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class SourceType(StrEnum):
    """The kind of research an evidence item comes from."""

    INTERVIEW = "interview"
    SURVEY = "survey"
    ANALYTICS = "analytics"
    SUPPORT_TICKET = "support_ticket"
    OBSERVATION = "observation"
    USABILITY_TEST = "usability_test"
    DESK_RESEARCH = "desk_research"


class KpiDirection(StrEnum):
    """Which way a KPI should move: up (higher is better) or down (lower is better)."""

    UP = "up"
    DOWN = "down"


class MetricKind(StrEnum):
    """How a metric's values are read: survey answers (NPS, CSAT, CES) or plain numbers."""

    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    COUNT = "count"
    VALUE = "value"


DEFAULT_CARD_KIND: dict[LaneKind, CardKind | None] = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.ACTIONS: CardKind.ACTION,
    LaneKind.THOUGHTS: CardKind.THOUGHT,
    LaneKind.EMOTIONS: None,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY,
    LaneKind.CHANNELS: CardKind.CHANNEL,
    LaneKind.BACKSTAGE: CardKind.BACKSTAGE,
    LaneKind.NOTES: CardKind.NOTE,
}
