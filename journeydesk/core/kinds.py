"""Card and lane kinds as people read them: one table of display names each, and the card kind a lane
holds."""

from __future__ import annotations

from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.i18n import n_, t

CARD_KIND_NAMES: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: n_("Touchpoint"), CardKind.ACTION: n_("Action"), CardKind.THOUGHT: n_("Thought"),
    CardKind.PAIN_POINT: n_("Pain point"), CardKind.OPPORTUNITY: n_("Opportunity"),
    CardKind.CHANNEL: n_("Channel"), CardKind.BACKSTAGE: n_("Backstage"), CardKind.NOTE: n_("Note"),
}
LANE_KIND_NAMES: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: n_("Touchpoints"), LaneKind.ACTIONS: n_("Actions"),
    LaneKind.THOUGHTS: n_("Thoughts"), LaneKind.EMOTIONS: n_("Emotions"),
    LaneKind.PAIN_POINTS: n_("Pain points"), LaneKind.OPPORTUNITIES: n_("Opportunities"),
    LaneKind.CHANNELS: n_("Channels"), LaneKind.BACKSTAGE: n_("Backstage"), LaneKind.NOTES: n_("Notes"),
}
LANE_CARD_KIND: dict[LaneKind, CardKind] = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT, LaneKind.ACTIONS: CardKind.ACTION,
    LaneKind.THOUGHTS: CardKind.THOUGHT, LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY, LaneKind.CHANNELS: CardKind.CHANNEL,
    LaneKind.BACKSTAGE: CardKind.BACKSTAGE, LaneKind.NOTES: CardKind.NOTE,
}


def card_kind_name(kind: CardKind) -> str:
    return t(CARD_KIND_NAMES[kind])


def lane_kind_name(kind: LaneKind) -> str:
    return t(LANE_KIND_NAMES[kind])
