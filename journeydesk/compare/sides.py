"""What can be compared, named as a person names it: a journey (as it is now) or a snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.compare.engine import Side
from journeydesk.compare.result import SideInfo
from journeydesk.core.document import Document, EditRefused
from journeydesk.core.model import Journey, Snapshot
from journeydesk.core.snapshot import folded, journey_state
from journeydesk.core.snapshot_commands import read_snapshot
from journeydesk.figures.frozen import metric_records
from journeydesk.i18n import t
from journeydesk.store.datasets import DatasetReader

JOURNEY, SNAPSHOT = "journey", "snapshot"
PREFIXES = (JOURNEY, SNAPSHOT)


class CompareError(LookupError):
    """A side that cannot be found or read; the message, one line, says what there is instead."""


@dataclass(frozen=True, slots=True)
class Operand:
    """A journey or a snapshot, by id."""

    kind: str  # JOURNEY or SNAPSHOT
    id: str


def _listing(doc: Document) -> str:
    journeys = ", ".join(f"“{j.name}”" for j in doc.journeys()) or t("none")
    snapshots = ", ".join(f"“{s.name}”" for s in doc.snapshots()) or t("none")
    return t("Journeys: {journeys}. Snapshots: {snapshots}.", journeys=journeys, snapshots=snapshots)


def _journeys_named(doc: Document, name: str) -> list[Journey]:
    exact = [j for j in doc.journeys() if j.name == name]
    return exact or [j for j in doc.journeys() if folded(j.name) == folded(name)]


def resolve(doc: Document, text: str) -> Operand:
    """The journey or snapshot ``text`` names: "journey:NAME", "snapshot:NAME", or a bare NAME that only a
    journey or only a snapshot has. CompareError says when it is unknown or ambiguous, and lists what
    exists."""
    prefix, colon, rest = text.partition(":")
    wanted = prefix.strip().casefold() if colon else ""
    name = rest.strip() if wanted in PREFIXES else text.strip()
    journeys = _journeys_named(doc, name) if wanted != SNAPSHOT else []
    snapshots = [s for s in doc.snapshots() if folded(s.name) == folded(name)] if wanted != JOURNEY else []
    if len(journeys) > 1:
        raise CompareError(t("{n} journeys are named “{name}”; rename one of them to tell them apart.",
                             n=len(journeys), name=name))
    if journeys and snapshots:
        raise CompareError(t("“{name}” names both a journey and a snapshot; write journey:{name} or "
                             "snapshot:{name}.", name=name))
    if journeys:
        return Operand(JOURNEY, journeys[0].id)
    if snapshots:
        return Operand(SNAPSHOT, snapshots[0].id)
    listing = _listing(doc)
    if wanted == JOURNEY:
        raise CompareError(t("There is no journey named “{name}”. {listing}", name=name, listing=listing))
    if wanted == SNAPSHOT:
        raise CompareError(t("There is no snapshot named “{name}”. {listing}", name=name, listing=listing))
    raise CompareError(t("There is no journey or snapshot named “{name}”. {listing}", name=name,
                         listing=listing))


def counterpart(doc: Document, operand: Operand) -> Operand:
    """What ``operand`` is compared with when nothing else is named: a snapshot with its journey now, a
    journey with its one future state, a future state with its as-is journey (as-is first)."""
    if operand.kind == SNAPSHOT:
        snapshot = doc.get(Snapshot, operand.id)
        assert snapshot is not None
        if doc.get(Journey, snapshot.journey_id) is None:
            raise CompareError(t("The journey of the snapshot “{name}” was deleted; name what to compare it "
                                 "with (--to).", name=snapshot.name))
        return Operand(JOURNEY, snapshot.journey_id)
    journey = doc.get(Journey, operand.id)
    assert journey is not None
    futures = doc.future_states(journey.id)
    if len(futures) == 1:
        return Operand(JOURNEY, futures[0].id)
    if futures:
        raise CompareError(t("“{name}” has {n} future states ({names}); name one with --to.",
                             name=journey.name, n=len(futures), names=", ".join(f"“{j.name}”"
                                                                                for j in futures)))
    raise CompareError(t(
        "“{name}” has no future state to compare with; name a journey or snapshot with --to.",
                         name=journey.name))


def pair(doc: Document, first: Operand, second: Operand | None) -> tuple[Operand, Operand]:
    """(before, after): the two named, or ``first`` and its counterpart, an as-is always before its to-be."""
    if second is not None:
        return first, second
    journey = doc.get(Journey, first.id) if first.kind == JOURNEY else None
    if journey is not None and journey.future_of is not None and not doc.future_states(journey.id):
        return Operand(JOURNEY, journey.future_of), first
    return first, counterpart(doc, first)


def side(doc: Document, data: DatasetReader | None, operand: Operand) -> Side:
    """The state to compare: a journey now (its figures computed from its data now), or a snapshot as
    taken."""
    if operand.kind == JOURNEY:
        journey = doc.get(Journey, operand.id)
        assert journey is not None
        state = journey_state(doc, journey.id, metric_records(doc, data, journey.id))
        return Side(SideInfo(JOURNEY, journey.name, journey.name), state)
    snapshot = doc.get(Snapshot, operand.id)
    assert snapshot is not None
    try:
        state = read_snapshot(snapshot)
    except EditRefused as error:
        raise CompareError(str(error)) from None
    return Side(SideInfo(SNAPSHOT, snapshot.name, state.journey.name, snapshot.taken_at), state)
