"""Copying a journey: a plain duplicate, or a future state ("to-be") whose parts stay tied to their origin."""

from __future__ import annotations

from dataclasses import replace

from journeydesk.core.document import Document, Edit
from journeydesk.core.draft import Draft, insert_at, require
from journeydesk.core.entity import new_id
from journeydesk.core.model import Card, EmotionMarker, Journey, Lane, Link, Stage
from journeydesk.i18n import t

_TIED = (Stage, Lane, Card, EmotionMarker)


def _copy(doc: Document, journey: Journey, name: str, *, future: bool) -> Draft:
    """A draft adding a copy of ``journey`` with fresh ids right after it, each copied stage, lane, card and
    marker tied to where it came from (``origin_id``).

    A future state is tied to ``journey``: its ``future_of`` is the original, and each part names its
    original. A plain copy keeps the original's ``future_of`` (the copy of a to-be is one more to-be of the
    same as-is) and each part names its original's origin, else its original: so the copy of a to-be still
    meets the as-is part by part, and any copy meets its original."""
    new_ids: dict[str, str] = {}

    def fresh(old: str) -> str:
        return new_ids.setdefault(old, new_id())

    copy = replace(journey, id=fresh(journey.id), name=name)
    if future:
        copy = replace(copy, future_of=journey.id)
    draft = Draft(doc)
    draft.put(copy)
    for cls in (Stage, Lane, Card, EmotionMarker, Link):
        for entity in doc.children(cls, "journey_id", journey.id):
            mapped = {ref: fresh(getattr(entity, ref)) for ref in entity.refs}
            if cls in _TIED:
                mapped["origin_id"] = entity.id if future else entity.origin_id or entity.id  # type: ignore[attr-defined]
            draft.put(replace(entity, id=fresh(entity.id), **mapped))
    ordered = [j for j in doc.journeys() if j.id != journey.id]
    draft.renumber(insert_at(ordered, [journey, copy], journey.position))
    return draft


def duplicate_journey(doc: Document, journey_id: str, name: str | None = None) -> Edit:
    """A copy with fresh ids, placed right after the original."""
    journey = require(doc, Journey, journey_id)
    draft = _copy(doc, journey, name or t("{name} (copy)", name=journey.name), future=False)
    return draft.edit(t("Duplicate journey “{name}”", name=journey.name))


def create_future_state(doc: Document, journey_id: str, name: str | None = None) -> Edit:
    """The future state ("to-be") of a journey: a copy right after it, paired with it and tied part by part.

    Cards added to the to-be later have no origin; cards removed from it are known by the ties left."""
    journey = require(doc, Journey, journey_id)
    draft = _copy(doc, journey, name or t("{name} (to-be)", name=journey.name), future=True)
    return draft.edit(t("Create future state of “{name}”", name=journey.name))


__all__ = ["create_future_state", "duplicate_journey"]
