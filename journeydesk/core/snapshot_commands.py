"""Commands on snapshots: take, rename or annotate, delete, and restore as a new journey or over the
journey."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import Draft, require
from journeydesk.core.entity import Entity, new_id
from journeydesk.core.journey_commands import with_ids
from journeydesk.core.model import Image, Journey, Persona, Snapshot
from journeydesk.core.snapshot import (
    PARTS,
    JourneyState,
    MetricRecord,
    SnapshotDamaged,
    decode_state,
    encode_state,
    folded,
    journey_state,
)
from journeydesk.i18n import t


def read_snapshot(snapshot: Snapshot) -> JourneyState:
    """The journey a snapshot froze; EditRefused naming the snapshot when its content is damaged."""
    try:
        return decode_state(snapshot.content)
    except SnapshotDamaged as error:
        raise EditRefused(t("The snapshot “{name}” is damaged ({reason}). Delete it, or open a backup of the "
                            "project to get it back.", name=snapshot.name, reason=error)) from None


def snapshot_document(doc: Document, snapshot_id: str) -> Document:
    """A Document holding the snapshot's journey as it was (with the project's details, and its persona
    if it is still in the project), to show it read-only; EditRefused when the snapshot is damaged."""
    snapshot = require(doc, Snapshot, snapshot_id)
    state = read_snapshot(snapshot)
    persona = doc.get(Persona, state.journey.persona_id)
    journey = replace(state.journey, persona_id=persona.id if persona else None, future_of=None, position=0)
    kept: list[Entity] = [doc.project(), journey, *state.parts()]
    if persona is not None:
        kept[1:1] = [e for e in (doc.get(Image, persona.avatar_id), persona) if e is not None]
    return Document(kept)


def snapshot_named(doc: Document, name: str) -> Snapshot | None:
    """The snapshot of that name (names compare ignoring case and width), or None."""
    wanted = folded(name)
    return next((s for s in doc.snapshots() if folded(s.name) == wanted), None)


def _free_name(doc: Document, name: str, keep: str | None = None) -> str:
    name = name.strip()
    if not name:
        raise EditRefused(t("A snapshot needs a name."))
    held = snapshot_named(doc, name)
    if held is not None and held.id != keep:
        journey = doc.get(Journey, held.journey_id)
        raise EditRefused(t(
            "There is already a snapshot named “{name}” (of “{journey}”); choose another name.",
                            name=held.name, journey=journey.name if journey else "?"))
    return name


def take_snapshot(doc: Document, journey_id: str, name: str, note: str = "", *,
                  figures: Sequence[MetricRecord] = (), taken_at: int | None = None) -> Edit:
    """Freeze the journey as it is now, with ``figures`` (its data's figures now, from ``figures.frozen``).

    Snapshot names are unique in the project."""
    journey = require(doc, Journey, journey_id)
    name = _free_name(doc, name)
    content = encode_state(journey_state(doc, journey_id, figures))
    when = int(time.time()) if taken_at is None else taken_at
    draft = Draft(doc)
    draft.put(Snapshot(new_id(), journey.id, name, note, when, content))
    return draft.edit(t("Take snapshot “{name}”", name=name))


def update_snapshot(doc: Document, snapshot_id: str, *, name: str | None = None,
                    note: str | None = None) -> Edit:
    """Rename a snapshot, or change its note; what it froze never changes."""
    snapshot = require(doc, Snapshot, snapshot_id)
    values: dict[str, object] = {}
    if name is not None:
        values["name"] = _free_name(doc, name, keep=snapshot_id)
    if note is not None:
        values["note"] = note
    draft = Draft(doc)
    draft.put(replace(snapshot, **values))
    label = t("Rename snapshot") if set(values) == {"name"} else t("Edit snapshot")
    return draft.edit(label)


def delete_snapshots(doc: Document, snapshot_ids: Iterable[str]) -> Edit:
    draft = Draft(doc)
    removed = [require(doc, Snapshot, snapshot_id) for snapshot_id in dict.fromkeys(snapshot_ids)]
    for snapshot in removed:
        draft.remove(snapshot)
    label = (t("Delete snapshot “{name}”", name=removed[0].name) if len(removed) == 1
             else t("Delete {n} snapshots", n=len(removed)))
    return draft.edit(label)


def restore_snapshot(doc: Document, snapshot_id: str, *, over: bool = False, name: str | None = None) -> Edit:
    """The snapshot's journey back: as a new journey (fresh ids, at the end, tied to where each part came from
    as a copy is), or ``over`` the journey it was taken of, whose stages, lanes, cards, markers and links then
    are the snapshot's, row for row.

    Its datasets stay as they are. A persona or as-is journey deleted since is left out."""
    snapshot = require(doc, Snapshot, snapshot_id)
    state = read_snapshot(snapshot)
    return _restore_over(doc, snapshot, state) if over else _restore_new(doc, snapshot, state, name)


def _outside_refs(doc: Document, journey: Journey, journey_id: str) -> Journey:
    """``journey`` without references that no longer hold: a deleted persona or as-is, or a loop of to-bes."""
    persona_id = journey.persona_id if doc.get(Persona, journey.persona_id) else None
    future_of = journey.future_of
    seen = {journey_id}
    step = doc.get(Journey, future_of)
    while step is not None and step.id not in seen:
        seen.add(step.id)
        step = doc.get(Journey, step.future_of)
    if step is not None or doc.get(Journey, future_of) is None:  # it would go round, or is gone
        future_of = None
    return replace(journey, persona_id=persona_id, future_of=future_of)


def _restore_over(doc: Document, snapshot: Snapshot, state: JourneyState) -> Edit:
    current = doc.get(Journey, snapshot.journey_id)
    if current is None:
        raise EditRefused(t("The journey of the snapshot “{name}” was deleted; restore it as a new journey.",
                            name=snapshot.name))
    held = {e.id for cls in PARTS for e in doc.children(cls, "journey_id", current.id)}
    parts = list(state.parts())
    # An id now used outside this journey (a journey imported from an export of this one) gets a fresh one.
    mapping = {e.id: new_id() for e in parts if e.id not in held and doc.find(e.id) is not None}
    restored = [with_ids(e, mapping) for e in parts]
    keep = {e.id for e in restored}
    draft = Draft(doc)
    for cls in reversed(PARTS):
        for entity in doc.children(cls, "journey_id", current.id):
            if entity.id not in keep:
                draft.remove(entity)
    for entity in restored:
        draft.put(entity)
    draft.put(_outside_refs(doc, replace(state.journey, position=current.position), current.id))
    return draft.edit(t("Restore snapshot “{name}”", name=snapshot.name))


def _restore_new(doc: Document, snapshot: Snapshot, state: JourneyState, name: str | None) -> Edit:
    mapping = {e.id: new_id() for e in (state.journey, *state.parts())}
    journey = with_ids(state.journey, mapping)
    assert isinstance(journey, Journey)
    title = (name or "").strip() or t("{journey} ({snapshot})", journey=state.journey.name,
                                      snapshot=snapshot.name)
    draft = Draft(doc)
    draft.put(_outside_refs(doc, replace(journey, name=title, position=len(doc.journeys())), journey.id))
    for entity in state.parts():
        copy = with_ids(entity, mapping)
        if hasattr(copy, "origin_id"):  # like a copy of the journey: tied to where each part came from
            copy = replace(copy, origin_id=entity.origin_id or entity.id)  # type: ignore[attr-defined]
        draft.put(copy)
    return draft.edit(t("Restore snapshot “{name}” as a new journey", name=snapshot.name))


__all__ = ["delete_snapshots", "read_snapshot", "restore_snapshot", "snapshot_document", "snapshot_named",
           "take_snapshot", "update_snapshot"]
