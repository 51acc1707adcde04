"""A comparison in words for people: the rows the app's compare view and the report's section both show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from journeydesk.compare.result import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    SAME,
    CardChange,
    Comparison,
    Outcome,
)
from journeydesk.core.enums import CardKind
from journeydesk.i18n import n_, t

STATUS_WORDS = {ADDED: n_("added"), REMOVED: n_("removed"), CHANGED: n_("changed"), RENAMED: n_("renamed"),
                SAME: n_("same")}
KIND_WORDS = {CardKind.TOUCHPOINT: n_("Touchpoint"), CardKind.ACTION: n_("Action"),
              CardKind.THOUGHT: n_("Thought"), CardKind.PAIN_POINT: n_("Pain point"),
              CardKind.OPPORTUNITY: n_("Opportunity"), CardKind.CHANNEL: n_("Channel"),
              CardKind.BACKSTAGE: n_("Backstage"), CardKind.NOTE: n_("Note")}


@dataclass(frozen=True, slots=True)
class CardRow:
    """One changed card as a table row: its status, kind, text, place, and what changed in words."""

    status: str
    kind: str
    text: str
    place: str
    changes: str


def status_word(status: str) -> str:
    word = STATUS_WORDS.get(status, status)
    return t(word)


def value_text(value: object) -> str:
    """A field's value as plain text: “–” for none, yes/no, an enum's value, numbers as they are."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def emotion_text(value: float | None, signed: bool = True) -> str:
    return "–" if value is None else (f"{value:+.1f}" if signed else f"{value:.1f}")


def card_row(change: CardChange) -> CardRow:
    view = change.after or change.before
    assert view is not None
    word = KIND_WORDS.get(view.kind, str(view.kind.value))
    kind = t(word)
    text = (change.before or view).text
    changes = "; ".join(f"{f.field}: {value_text(f.before)} → {value_text(f.after)}" for f in change.fields)
    return CardRow(change.status, kind, text, f"{view.stage} · {view.lane}", changes)


def card_rows(comparison: Comparison) -> list[CardRow]:
    return [card_row(change) for change in comparison.cards]


def outcome_text(outcome: Outcome) -> tuple[str, str]:
    """(the card's text, its stage) for a pain point or opportunity that came or went."""
    view = outcome.before or outcome.after
    assert view is not None
    return view.text, view.stage


def gap_lists(comparison: Comparison) -> list[tuple[str, tuple[Outcome, ...]]]:
    """The gaps a future state closes or opens, titled: pain points resolved and new, opportunities
    realised."""
    return [(t("Pain points resolved"), comparison.pain_points_resolved),
            (t("New pain points"), comparison.pain_points_new),
            (t("Opportunities realised"), comparison.opportunities_realised)]


def summary_line(comparison: Comparison) -> str:
    s = comparison.summary()
    return t("Cards: {added} added, {removed} removed, {changed} changed ({moved} moved), {same} unchanged. "
             "Pain points: {resolved} resolved, {new} new. Opportunities realised: {realised}.",
             added=s["cards_added"], removed=s["cards_removed"], changed=s["cards_changed"],
             moved=s["cards_moved"], same=s["cards_unchanged"], resolved=s["pain_points_resolved"],
             new=s["pain_points_new"], realised=s["opportunities_realised"])
