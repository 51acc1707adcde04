"""The domain entities of a journey-mapping project: frozen dataclasses and their own value rules."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import ClassVar

from journeydesk.core.entity import Entity, ValueRuleError, check_color, check_range
from journeydesk.core.enums import (
    CardKind,
    Category,
    EvidenceStatus,
    KpiDirection,
    LaneKind,
    LinkKind,
    Mode,
    SourceType,
)
from journeydesk.i18n import t

EMOTION_MIN = -2
EMOTION_MAX = 2
RATING_MIN = 1
RATING_MAX = 5
MAX_IMAGE_BYTES = 10 * 1024 * 1024
STAGE_WIDTH = (148, 4000)
LANE_HEIGHT = (20, 2000)
PROJECT_ID = "project"


@dataclass(frozen=True, slots=True)
class ProjectInfo(Entity):
    """Project-wide facts used on report covers: title, client, author, brand colour."""

    title: str = ""
    client: str = ""
    author: str = ""
    brand_color: str = "#2f6fb3"
    language: str = "en"

    table: ClassVar[str] = "project"

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_color("brand_color", self.brand_color)


@dataclass(frozen=True, slots=True)
class Image(Entity):
    """An image blob (persona avatar, logo); its id is the SHA-256 of its bytes."""

    media_type: str = "image/png"
    data: bytes = b""

    table: ClassVar[str] = "images"

    def validate_values(self) -> None:
        Entity.validate_values(self)
        if len(self.data) > MAX_IMAGE_BYTES:
            raise ValueRuleError(t("An image of {n} bytes is larger than the {limit} byte limit.",
                                   n=len(self.data), limit=MAX_IMAGE_BYTES))


@dataclass(frozen=True, slots=True)
class Persona(Entity):
    """The customer a journey is about."""

    name: str = ""
    role: str = ""
    age: int | None = None
    location: str = ""
    quote: str = ""
    goals: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    source: str = ""
    first_time: bool | None = None  # None: nobody said whether they are a first-time customer
    avatar_id: str | None = None
    position: int = 0
    description: str = ""

    table: ClassVar[str] = "personas"
    refs: ClassVar[dict[str, type[Entity]]] = {"avatar_id": Image}

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_range("age", self.age, 0, 150)


@dataclass(frozen=True, slots=True)
class Journey(Entity):
    """One persona's story across ordered stages and lanes."""

    name: str = ""
    description: str = ""
    persona_id: str | None = None
    position: int = 0
    future_of: str | None = None  # this journey is the future state ("to-be") of that one ("as-is")

    table: ClassVar[str] = "journeys"
    refs: ClassVar[dict[str, type[Entity]]] = {"persona_id": Persona}  # and future_of, added below

    def validate_values(self) -> None:
        Entity.validate_values(self)
        if self.future_of == self.id:
            raise ValueRuleError(t("A journey cannot be the future state of itself."))


Journey.refs = {**Journey.refs, "future_of": Journey}


@dataclass(frozen=True, slots=True)
class Stage(Entity):
    """A column of the map: a phase of the journey."""

    journey_id: str = ""
    name: str = ""
    description: str = ""
    goal: str = ""
    color: str = "#4a90d9"
    width: int = 300
    position: int = 0
    origin_id: str | None = None  # the stage this one was copied from (see copy_commands)

    table: ClassVar[str] = "stages"
    refs: ClassVar[dict[str, type[Entity]]] = {"journey_id": Journey}

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_color("color", self.color)
        check_range("width", self.width, *STAGE_WIDTH)


@dataclass(frozen=True, slots=True)
class Lane(Entity):
    """A row of the map: what kind of cards (or emotions) it holds."""

    journey_id: str = ""
    kind: LaneKind = LaneKind.TOUCHPOINTS
    name: str = ""
    height: int = 120
    position: int = 0
    origin_id: str | None = None  # the lane this one was copied from (see copy_commands)

    table: ClassVar[str] = "lanes"
    refs: ClassVar[dict[str, type[Entity]]] = {"journey_id": Journey}

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_range("height", self.height, *LANE_HEIGHT)


@dataclass(frozen=True, slots=True)
class Card(Entity):
    """A sticky note in a stage × lane cell; kind-specific fields are unused by other kinds."""

    journey_id: str = ""
    stage_id: str = ""
    lane_id: str = ""
    kind: CardKind = CardKind.NOTE
    text: str = ""
    position: int = 0
    color: str = ""
    channel: str = ""
    category: Category | None = None
    mode: Mode | None = None
    owner: str = ""
    moment_of_truth: bool = False
    exit_point: bool = False
    exit_reason: str = ""
    frequency: int | None = None
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None
    origin_id: str | None = None  # the card this one was copied from (see copy_commands)
    evidence_status: EvidenceStatus = EvidenceStatus.ASSUMED

    table: ClassVar[str] = "cards"
    refs: ClassVar[dict[str, type[Entity]]] = {
        "journey_id": Journey, "stage_id": Stage, "lane_id": Lane,
    }

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_color("color", self.color)
        for name in ("frequency", "severity", "impact", "effort"):
            check_range(name, getattr(self, name), RATING_MIN, RATING_MAX)


@dataclass(frozen=True, slots=True)
class EmotionMarker(Entity):
    """How the customer feels at a point of a stage; markers in order form the emotion curve."""

    journey_id: str = ""
    stage_id: str = ""
    lane_id: str = ""
    score: int = 0
    label: str = ""
    offset: float = 0.5
    origin_id: str | None = None  # the marker this one was copied from (see copy_commands)

    table: ClassVar[str] = "emotion_markers"
    refs: ClassVar[dict[str, type[Entity]]] = {
        "journey_id": Journey, "stage_id": Stage, "lane_id": Lane,
    }

    def validate_values(self) -> None:
        Entity.validate_values(self)
        check_range("score", self.score, EMOTION_MIN, EMOTION_MAX)
        if not (0.0 <= self.offset <= 1.0):
            raise ValueRuleError(t("An emotion marker's place within its stage must be between "
                                   "0 and 1, not {value}.", value=self.offset))


@dataclass(frozen=True, slots=True)
class Link(Entity):
    """An arrow between two cards of one journey: the flow, or a switch of channel."""

    journey_id: str = ""
    source_id: str = ""
    target_id: str = ""
    kind: LinkKind = LinkKind.FLOW
    label: str = ""

    table: ClassVar[str] = "links"
    refs: ClassVar[dict[str, type[Entity]]] = {
        "journey_id": Journey, "source_id": Card, "target_id": Card,
    }

    def validate_values(self) -> None:
        Entity.validate_values(self)
        if self.source_id == self.target_id:
            raise ValueRuleError(t("A link cannot join a card to itself."))


@dataclass(frozen=True, slots=True)
class Dataset(Entity):
    """An imported CSV: where it came from and how it was read. Its rows live outside the Document."""

    journey_id: str = ""
    name: str = ""
    source_path: str = ""
    settings: str = "{}"
    mapping: str = "{}"
    metrics: tuple[str, ...] = ()
    row_count: int = 0
    skipped_rows: int = 0
    imported_at: str = ""
    position: int = 0

    table: ClassVar[str] = "datasets"
    refs: ClassVar[dict[str, type[Entity]]] = {"journey_id": Journey}


@dataclass(frozen=True, slots=True)
class Snapshot(Entity):
    """A journey frozen at a moment: its rows and its figures as JSON text (see core/snapshot.py).

    ``journey_id`` names the journey it was taken of, without a reference check: a snapshot outlives
    its journey and can then be restored as a new one."""

    journey_id: str = ""
    name: str = ""
    note: str = ""
    taken_at: int = 0  # seconds since 1970, UTC
    content: str = "{}"

    table: ClassVar[str] = "snapshots"
    long_texts: ClassVar[frozenset[str]] = frozenset({"content"})

    def validate_values(self) -> None:
        Entity.validate_values(self)
        if not self.name.strip():
            raise ValueRuleError(t("A snapshot needs a name."))
        if self.taken_at < 0:
            raise ValueRuleError(t("A snapshot's time cannot be before 1970 ({value}).", value=self.taken_at))


_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


@dataclass(frozen=True, slots=True)
class Evidence(Entity):
    """A quote or finding backing one card, stage or persona (exactly one of the three).

    ``journey_id`` is the journey of the card or stage; a persona's evidence has none."""

    journey_id: str | None = None
    card_id: str | None = None
    stage_id: str | None = None
    persona_id: str | None = None
    text: str = ""
    source: str = ""
    source_type: SourceType = SourceType.INTERVIEW
    date: str = ""  # YYYY-MM-DD, or empty when unknown
    participant: str = ""  # a participant or a segment
    position: int = 0

    table: ClassVar[str] = "evidence"
    refs: ClassVar[dict[str, type[Entity]]] = {
        "journey_id": Journey, "card_id": Card, "stage_id": Stage, "persona_id": Persona,
    }

    def validate_values(self) -> None:
        Entity.validate_values(self)
        owners = [name for name in ("card_id", "stage_id", "persona_id") if getattr(self, name) is not None]
        if len(owners) != 1:
            raise ValueRuleError(t("An evidence item belongs to exactly one card, stage or persona."))
        if (self.persona_id is None) != (self.journey_id is not None):
            raise ValueRuleError(t("An evidence item of a card or stage names its journey; one of a persona "
                                   "does not."))
        if not self.text.strip():
            raise ValueRuleError(t("An evidence item needs a text (a quote or a finding)."))
        if self.date and not _ISO_DATE.match(self.date):
            raise ValueRuleError(t("The date of an evidence item must be written like 2024-03-31, not "
                                   "“{value}”.", value=self.date))


@dataclass(frozen=True, slots=True)
class Kpi(Entity):
    """A key figure of a stage (or of the whole journey when ``stage_id`` is None), with its target.

    Its current value comes from ``metric`` (an imported metric's name) through the figures, else from
    ``value`` (typed in)."""

    journey_id: str = ""
    stage_id: str | None = None
    name: str = ""
    metric: str = ""
    value: float | None = None
    baseline: float | None = None
    target: float | None = None
    direction: KpiDirection = KpiDirection.UP
    owner: str = ""
    data_source: str = ""
    position: int = 0

    table: ClassVar[str] = "kpis"
    refs: ClassVar[dict[str, type[Entity]]] = {"journey_id": Journey, "stage_id": Stage}

    def validate_values(self) -> None:
        Entity.validate_values(self)
        if not self.name.strip():
            raise ValueRuleError(t("A KPI needs a name."))
        if self.metric and self.value is not None:
            raise ValueRuleError(t(
                "The KPI “{name}” takes its value from a metric or a typed value, not both.",
                                   name=self.name))
        for name in ("value", "baseline", "target"):
            number = getattr(self, name)
            if number is not None and not math.isfinite(number):
                raise ValueRuleError(t("The {field} of the KPI “{name}” must be a number, not {value}.",
                                       field=name, name=self.name, value=number))


ENTITY_TYPES: tuple[type[Entity], ...] = (
    ProjectInfo, Image, Persona, Journey, Stage, Lane, Card, EmotionMarker, Link, Dataset, Snapshot,
    Evidence, Kpi,
)

__all__ = [
    "EMOTION_MAX",
    "EMOTION_MIN",
    "ENTITY_TYPES",
    "PROJECT_ID",
    "Card",
    "Dataset",
    "EmotionMarker",
    "Evidence",
    "Image",
    "Journey",
    "Kpi",
    "Lane",
    "Link",
    "Persona",
    "ProjectInfo",
    "Snapshot",
    "Stage",
]
