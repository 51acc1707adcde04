"""What a comparison of two journey states found, as plain values for the app, the report and the command."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.core.enums import CardKind, MetricKind

ADDED, REMOVED, CHANGED, RENAMED, SAME = "added", "removed", "changed", "renamed", "same"


@dataclass(frozen=True, slots=True)
class SideInfo:
    """One side of a comparison: a journey as it is now, or a snapshot."""

    kind: str  # "journey" or "snapshot"
    name: str  # the journey's or the snapshot's name
    journey: str  # the journey's name (a snapshot's: as it was when taken)
    taken_at: int | None = None  # a snapshot's time, seconds since 1970 (UTC)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs; for "stage" and "lane" (a card moved) the values are names."""

    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class CardView:
    """A card as one side has it, with the names of its stage and lane there."""

    id: str
    kind: CardKind
    text: str
    stage: str
    lane: str


@dataclass(frozen=True, slots=True)
class CardChange:
    """A card added, removed or changed; ``matched_by`` says how the two sides' cards were found to be one."""

    status: str  # ADDED, REMOVED or CHANGED
    before: CardView | None
    after: CardView | None
    matched_by: str | None = None  # "same" (one id), "origin" (a tie) or "text"
    fields: tuple[FieldChange, ...] = ()

    @property
    def moved(self) -> bool:
        return any(change.field in ("stage", "lane") for change in self.fields)


@dataclass(frozen=True, slots=True)
class StageChange:
    """A stage of either side, with the mean score of its emotion markers on each side (None: no markers)."""

    status: str  # SAME, ADDED, REMOVED, RENAMED (the name changed) or CHANGED (other fields did)
    before: str | None
    after: str | None
    fields: tuple[FieldChange, ...] = ()
    emotion_before: float | None = None
    emotion_after: float | None = None

    @property
    def name(self) -> str:
        return self.after if self.after is not None else self.before or ""

    @property
    def emotion_delta(self) -> float | None:
        if self.emotion_before is None or self.emotion_after is None:
            return None
        return self.emotion_after - self.emotion_before


@dataclass(frozen=True, slots=True)
class MarkerView:
    id: str
    score: int
    label: str
    stage: str


@dataclass(frozen=True, slots=True)
class MarkerChange:
    status: str  # ADDED, REMOVED or CHANGED
    before: MarkerView | None
    after: MarkerView | None
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A pain point resolved or new, an opportunity realised or new: the card on each side (None: not
    there)."""

    before: CardView | None
    after: CardView | None


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A metric's figure for one stage or touchpoint on each side (None, n = 0: no figure there)."""

    label: str  # the stage's name, or the touchpoint's text
    stage: str  # the stage it is in (a stage's own name)
    before: float | None
    n_before: int
    after: float | None
    n_after: int

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class MetricChange:
    metric: str
    kind: MetricKind
    stages: tuple[FigureChange, ...]
    touchpoints: tuple[FigureChange, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything that differs between ``before`` and ``after``, each list in map order."""

    before: SideInfo
    after: SideInfo
    stages: tuple[StageChange, ...]  # every stage of either side
    cards: tuple[CardChange, ...]  # only those added, removed or changed
    unchanged_cards: int
    markers: tuple[MarkerChange, ...]  # only those added, removed or changed
    pain_points_resolved: tuple[Outcome, ...]
    pain_points_new: tuple[Outcome, ...]
    opportunities_realised: tuple[Outcome, ...]
    opportunities_new: tuple[Outcome, ...]
    metrics: tuple[MetricChange, ...]

    def summary(self) -> dict[str, int]:
        """How many of each kind of difference."""

        def count(items: tuple, status: str) -> int:
            return sum(1 for item in items if item.status == status)

        return {
            "cards_added": count(self.cards, ADDED), "cards_removed": count(self.cards, REMOVED),
            "cards_changed": count(self.cards, CHANGED), "cards_moved": sum(1 for c in self.cards if c.moved),
            "cards_unchanged": self.unchanged_cards,
            "stages_added": count(self.stages, ADDED), "stages_removed": count(self.stages, REMOVED),
            "stages_renamed": count(self.stages, RENAMED), "stages_changed": count(self.stages, CHANGED),
            "markers_added": count(self.markers, ADDED), "markers_removed": count(self.markers, REMOVED),
            "markers_changed": count(self.markers, CHANGED),
            "pain_points_resolved": len(self.pain_points_resolved),
            "pain_points_new": len(self.pain_points_new), "opportunities_realised": len(
                self.opportunities_realised),
            "opportunities_new": len(self.opportunities_new),
        }
