"""Commands for evidence: items on cards, stages and personas, and each card's evidence status."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import Draft, insert_at, require, settable
from journeydesk.core.entity import Entity, new_id
from journeydesk.core.enums import EvidenceStatus
from journeydesk.core.evidence import evidence_of, status_name
from journeydesk.core.model import Card, Evidence, Persona, Stage
from journeydesk.i18n import t

_OWNER_FIELDS: dict[type[Entity], str] = {Card: "card_id", Stage: "stage_id", Persona: "persona_id"}
# The owner is set when the item is made; moving evidence is removing it and adding it elsewhere.
_FIXED = frozenset({"id", "position", "journey_id", "card_id", "stage_id", "persona_id"})


def evidence_item(doc: Document, owner_id: str, text: str, **values: object) -> Evidence:
    """A new evidence item for the card, stage or persona ``owner_id`` (not yet added)."""
    owner = doc.find(owner_id)
    field = _OWNER_FIELDS.get(type(owner)) if owner is not None else None
    if owner is None or field is None:
        raise EditRefused(t("There is no card, stage or persona with id {id}.", id=owner_id))
    journey_id = getattr(owner, "journey_id", None)
    item = Evidence(new_id(), journey_id=journey_id, text=text, **{field: owner_id})
    return replace(item, **settable(Evidence, values, _FIXED | {"text"}))


def add_evidence(doc: Document, owner_id: str, text: str, *, index: int | None = None,
                 **values: object) -> Edit:
    """Add one evidence item (a quote or a finding) to a card, stage or persona."""
    item = evidence_item(doc, owner_id, text, **values)
    draft = Draft(doc)
    draft.put(item)
    draft.renumber(insert_at(evidence_of(doc, owner_id), [item], index))
    return draft.edit(t("Add evidence"))


def add_evidence_items(doc: Document, items: Sequence[Evidence], label: str) -> Edit:
    """Add ready-made items (an import) as one edit, each after the items its owner already has."""
    draft = Draft(doc)
    by_owner: dict[str, list[Evidence]] = {}
    for item in items:
        owner_id = item.card_id or item.stage_id or item.persona_id or ""
        by_owner.setdefault(owner_id, []).append(item)
    for owner_id, new in by_owner.items():
        for item in new:
            draft.put(item)
        draft.renumber(evidence_of(doc, owner_id) + new)
    return draft.edit(label)


def update_evidence(doc: Document, evidence_id: str, **values: object) -> Edit:
    draft = Draft(doc)
    draft.update(Evidence, evidence_id, **settable(Evidence, values, _FIXED))
    return draft.edit(t("Edit evidence"))


def delete_evidence(doc: Document, evidence_ids: Iterable[str]) -> Edit:
    ids = list(dict.fromkeys(evidence_ids))
    items = [require(doc, Evidence, evidence_id) for evidence_id in ids]
    draft = Draft(doc)
    for item in items:
        draft.remove(item)
    for owner_id in {item.card_id or item.stage_id or item.persona_id or "" for item in items}:
        draft.renumber([e for e in evidence_of(doc, owner_id) if not draft.removed(e.id)])
    label = t("Delete evidence") if len(ids) == 1 else t("Delete {n} evidence items", n=len(ids))
    return draft.edit(label)


def set_evidence_status(doc: Document, card_ids: Iterable[str], status: EvidenceStatus | str) -> Edit:
    """Mark cards as observed, assumed or proposed: one edit however many."""
    chosen = settable(Card, {"evidence_status": status})["evidence_status"]
    draft = Draft(doc)
    for card_id in dict.fromkeys(card_ids):
        draft.update(Card, card_id, evidence_status=chosen)
    return draft.edit(t("Mark as {status}", status=status_name(chosen)))
