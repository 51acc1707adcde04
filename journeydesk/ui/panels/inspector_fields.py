"""The inspector's forms as data: the fields of each entity type, their choices, titles and update
commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journeydesk.core import commands
from journeydesk.core.document import Edit
from journeydesk.core.entity import Entity
from journeydesk.core.enums import CardKind, Category, LinkKind, Mode
from journeydesk.core.kinds import CARD_KIND_NAMES, LANE_KIND_NAMES
from journeydesk.core.model import (
    LANE_HEIGHT,
    RATING_MAX,
    RATING_MIN,
    STAGE_WIDTH,
    Card,
    EmotionMarker,
    Journey,
    Lane,
    Link,
    Stage,
)
from journeydesk.i18n import t

translate = QCoreApplication.translate
Choices = tuple[tuple[object, str], ...]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One form row: entity field, untranslated label, and editor (line, lines: text that grows
    with what it holds, text, number, check, choice, color, persona or fixed, which is read-only)."""

    name: str
    label: str
    editor: str
    kinds: frozenset[CardKind] = frozenset()  # cards only: the kinds that show this row
    choices: Choices = ()
    low: int = 0
    high: int = 0
    enabled_by: str = ""  # a bool field that must be true for this one to be editable
    optional: bool = False  # colours only: may be reset to the default (empty)


CARD_KINDS: Choices = tuple(CARD_KIND_NAMES.items())  # names from core.kinds, translated by i18n
LANE_KINDS: Choices = tuple(LANE_KIND_NAMES.items())
_KIND_NAMES = frozenset(CARD_KIND_NAMES.values()) | frozenset(LANE_KIND_NAMES.values())
NONE = QT_TRANSLATE_NOOP("Inspector", "(none)")
CATEGORIES: Choices = (
    (None, NONE), (Category.DIGITAL, QT_TRANSLATE_NOOP("Inspector", "Digital")),
    (Category.HUMAN, QT_TRANSLATE_NOOP("Inspector", "Human")),
    (Category.PHYSICAL, QT_TRANSLATE_NOOP("Inspector", "Physical")),
)
MODES: Choices = (
    (None, NONE), (Mode.OFFLINE, QT_TRANSLATE_NOOP("Inspector", "Offline")),
    (Mode.ONLINE, QT_TRANSLATE_NOOP("Inspector", "Online")),
    (Mode.O2O, QT_TRANSLATE_NOOP("Inspector", "O2O (online to offline)")),
    (Mode.OMO, QT_TRANSLATE_NOOP("Inspector", "OMO (online-merge-offline)")),
)
RATINGS: Choices = (
    (None, QT_TRANSLATE_NOOP("Inspector", "(unset)")),
    *((n, str(n)) for n in range(RATING_MIN, RATING_MAX + 1)),
)
SCORES: Choices = (
    (-2, QT_TRANSLATE_NOOP("Inspector", "−2 Very negative")),
    (-1, QT_TRANSLATE_NOOP("Inspector", "−1 Negative")),
    (0, QT_TRANSLATE_NOOP("Inspector", "0 Neutral")),
    (1, QT_TRANSLATE_NOOP("Inspector", "+1 Positive")),
    (2, QT_TRANSLATE_NOOP("Inspector", "+2 Very positive")),
)
LINK_KINDS: Choices = (
    (LinkKind.FLOW, QT_TRANSLATE_NOOP("Inspector", "Flow")),
    (LinkKind.CHANNEL_SWITCH, QT_TRANSLATE_NOOP("Inspector", "Channel switch")),
)

_TOUCH = frozenset({CardKind.TOUCHPOINT})
_PAIN = frozenset({CardKind.PAIN_POINT})
_OPPORTUNITY = frozenset({CardKind.OPPORTUNITY})
_NAME = QT_TRANSLATE_NOOP("Inspector", "Name")
_LABEL = QT_TRANSLATE_NOOP("Inspector", "Label")
_KIND = QT_TRANSLATE_NOOP("Inspector", "Kind")
_DESCRIPTION = QT_TRANSLATE_NOOP("Inspector", "Description")
_COLOUR = QT_TRANSLATE_NOOP("Inspector", "Colour")

FORMS: dict[type[Entity], tuple[FieldSpec, ...]] = {
    Journey: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("description", _DESCRIPTION, "text"),
        FieldSpec("persona_id", QT_TRANSLATE_NOOP("Inspector", "Persona"), "persona"),
    ),
    Card: (
        FieldSpec("text", QT_TRANSLATE_NOOP("Inspector", "Text"), "text"),
        FieldSpec("kind", _KIND, "fixed", choices=CARD_KINDS),
        FieldSpec("color", _COLOUR, "color", optional=True),
        FieldSpec("channel", QT_TRANSLATE_NOOP("Inspector", "Channel"), "line", _TOUCH),
        FieldSpec("category", QT_TRANSLATE_NOOP("Inspector", "Category"), "choice", _TOUCH,
                  CATEGORIES),
        FieldSpec("mode", QT_TRANSLATE_NOOP("Inspector", "Mode"), "choice", _TOUCH, MODES),
        FieldSpec("owner", QT_TRANSLATE_NOOP("Inspector", "Owner"), "line", _TOUCH | _OPPORTUNITY),
        FieldSpec("moment_of_truth", QT_TRANSLATE_NOOP("Inspector", "Moment of truth"), "check",
                  _TOUCH),
        FieldSpec("exit_point", QT_TRANSLATE_NOOP("Inspector", "Exit point"), "check", _TOUCH),
        FieldSpec("exit_reason", QT_TRANSLATE_NOOP("Inspector", "Exit reason"), "lines", _TOUCH,
                  enabled_by="exit_point"),
        FieldSpec("frequency", QT_TRANSLATE_NOOP("Inspector", "Frequency"), "choice", _PAIN,
                  RATINGS),
        FieldSpec("severity", QT_TRANSLATE_NOOP("Inspector", "Severity"), "choice", _PAIN, RATINGS),
        FieldSpec("impact", QT_TRANSLATE_NOOP("Inspector", "Impact"), "choice", _OPPORTUNITY,
                  RATINGS),
        FieldSpec("effort", QT_TRANSLATE_NOOP("Inspector", "Effort"), "choice", _OPPORTUNITY,
                  RATINGS),
    ),
    Stage: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("description", _DESCRIPTION, "text"),
        FieldSpec("goal", QT_TRANSLATE_NOOP("Inspector", "Goal"), "line"),
        FieldSpec("color", _COLOUR, "color"),
        FieldSpec("width", QT_TRANSLATE_NOOP("Inspector", "Width"), "number", low=STAGE_WIDTH[0],
                  high=STAGE_WIDTH[1]),
    ),
    Lane: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("kind", _KIND, "fixed", choices=LANE_KINDS),
        FieldSpec("height", QT_TRANSLATE_NOOP("Inspector", "Height"), "number", low=LANE_HEIGHT[0],
                  high=LANE_HEIGHT[1]),
    ),
    EmotionMarker: (
        FieldSpec("score", QT_TRANSLATE_NOOP("Inspector", "Score"), "choice", choices=SCORES),
        FieldSpec("label", _LABEL, "line"),
    ),
    Link: (
        FieldSpec("kind", _KIND, "choice", choices=LINK_KINDS),
        FieldSpec("label", _LABEL, "line"),
    ),
}
TITLES: dict[type[Entity], str] = {
    Journey: QT_TRANSLATE_NOOP("Inspector", "Journey"),
    Stage: QT_TRANSLATE_NOOP("Inspector", "Stage"),
    Lane: QT_TRANSLATE_NOOP("Inspector", "Lane"),
    EmotionMarker: QT_TRANSLATE_NOOP("Inspector", "Emotion marker"),
    Link: QT_TRANSLATE_NOOP("Inspector", "Link"),
}
UPDATES: dict[type[Entity], Callable[..., Edit]] = {
    Journey: commands.update_journey, Card: commands.update_card, Stage: commands.update_stage,
    Lane: commands.update_lane, EmotionMarker: commands.update_marker, Link: commands.update_link,
}


def choice_index(choices: Choices, value: object) -> int:
    return next((i for i, (choice, _) in enumerate(choices) if choice == value), 0)


def choice_text(text: str) -> str:
    """A choice's words as shown: kind names from core.kinds through i18n, the rest through Qt."""
    return t(text) if text in _KIND_NAMES else translate("Inspector", text)
