"""A scratch copy of the entities one command touches, turned into a single Edit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import TypeVar

from journeydesk.core.document import Change, Document, Edit, EditRefused
from journeydesk.core.entity import Entity
from journeydesk.core.fields import FieldTypeError, coerce
from journeydesk.core.model import Evidence, Kpi
from journeydesk.i18n import t

E = TypeVar("E", bound=Entity)


class Draft:
    """Collects the after-state of each touched entity; ``edit()`` builds the Edit."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._before: dict[str, Entity | None] = {}
        self._after: dict[str, Entity | None] = {}

    def current(self, cls: type[E], entity_id: str) -> E | None:
        if entity_id in self._after:
            entity = self._after[entity_id]
            return entity if isinstance(entity, cls) else None
        return self.document.get(cls, entity_id)

    def put(self, entity: Entity) -> None:
        """Add ``entity`` or replace the version with the same id."""
        if entity.id not in self._before:
            self._before[entity.id] = self.document.get(type(entity), entity.id)
        self._after[entity.id] = entity

    def remove(self, entity: Entity) -> None:
        if entity.id not in self._before:
            self._before[entity.id] = self.document.get(type(entity), entity.id)
        self._after[entity.id] = None

    def removed(self, entity_id: str) -> bool:
        return entity_id in self._after and self._after[entity_id] is None

    def update(self, cls: type[E], entity_id: str, **values: object) -> E:
        entity = require(self, cls, entity_id)
        changed = replace(entity, **settable(cls, values))
        self.put(changed)
        return changed

    def renumber(self, ordered: Sequence[Entity]) -> None:
        """Give ``ordered`` the positions 0, 1, 2, … (touching only those that move)."""
        for index, entity in enumerate(ordered):
            current = self.current(type(entity), entity.id) or entity
            if current.position != index:
                self.put(replace(current, position=index))

    def edit(self, label: str) -> Edit:
        self._remove_attached()
        changes = tuple(
            Change(before, self._after[key])
            for key, before in self._before.items()
            if before != self._after[key]
        )
        return Edit(label, changes)


    def _remove_attached(self) -> None:
        """Evidence and KPIs go with the card, stage, persona or journey they belong to, whatever removed it.

        Every command that removes those (delete, restore over a journey…) gets this without knowing about
        evidence; undo brings the items back with their owner, since they are Changes of the same Edit."""
        removed = [key for key, after in self._after.items() if after is None]
        for key in removed:
            for cls in ATTACHED:
                for name in cls.refs:
                    for item in self.document.children(cls, name, key):
                        if not self.removed(item.id):
                            self.remove(item)


ATTACHED: tuple[type[Entity], ...] = (Evidence, Kpi)

# Ties of a future state to its origin are made by copying, never set by hand.
PROTECTED = frozenset({"id", "position", "journey_id", "origin_id", "future_of"})


def settable(cls: type[Entity], values: dict[str, object],
             protected: frozenset[str] = PROTECTED) -> dict[str, object]:
    """``values`` checked against the fields a command may set, with loose input made exact."""
    unknown = set(values) - ({f.name for f in fields(cls)} - protected)
    if unknown:
        raise EditRefused(t("{kind} has no field {names} that can be set here.", kind=cls.__name__,
                            names=", ".join(sorted(unknown))))
    try:
        return coerce(cls, values)
    except FieldTypeError as error:
        raise EditRefused(str(error)) from None


def require(source: Draft | Document, cls: type[E], entity_id: str | None) -> E:
    """The entity, or a refusal naming what is missing."""
    entity = None
    if entity_id is not None:
        getter = source.current if isinstance(source, Draft) else source.get
        entity = getter(cls, entity_id)
    if entity is None:
        raise EditRefused(t("There is no {kind} with id {id}.", kind=cls.__name__, id=entity_id))
    return entity


def insert_at(items: Iterable[E], new: Sequence[E], index: int | None) -> list[E]:
    """``items`` with ``new`` inserted at ``index`` (clamped; None appends)."""
    result = list(items)
    where = len(result) if index is None else max(0, min(index, len(result)))
    result[where:where] = new
    return result
