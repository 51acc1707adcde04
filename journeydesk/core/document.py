"""The Document: every entity of a project by id, its queries, and the checked application of Edits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from journeydesk.core.entity import Entity, ValueRuleError
from journeydesk.core.model import (
    ENTITY_TYPES,
    PROJECT_ID,
    Card,
    Dataset,
    EmotionMarker,
    Evidence,
    Journey,
    Kpi,
    Lane,
    Link,
    Persona,
    ProjectInfo,
    Snapshot,
    Stage,
)
from journeydesk.i18n import t

E = TypeVar("E", bound=Entity)
Listener = Callable[[tuple["Change", ...]], None]

# Fields kept in an index so that children and referrers are found without a scan.
_INDEXED: dict[type[Entity], tuple[str, ...]] = {
    cls: tuple(cls.refs) for cls in ENTITY_TYPES if cls.refs
}
_REFERRERS: dict[type[Entity], list[tuple[type[Entity], str]]] = defaultdict(list)
for _cls in ENTITY_TYPES:
    for _name, _target in _cls.refs.items():
        _REFERRERS[_target].append((_cls, _name))


# What each ordered entity is ordered within: its place (``position``) is unique among those siblings.
_ORDERED_WITHIN: dict[type[Entity], tuple[str, ...]] = {
    Journey: (), Persona: (), Stage: ("journey_id",), Lane: ("journey_id",), Card: ("stage_id", "lane_id"),
    Dataset: ("journey_id",), Evidence: ("card_id", "stage_id", "persona_id"),
    Kpi: ("journey_id", "stage_id"),
}


class EditRefused(Exception):
    """An edit that does not fit the Document; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Change:
    """One entity before and after: add is (None, new), delete is (old, None)."""

    before: Entity | None
    after: Entity | None

    @property
    def entity(self) -> Entity:
        entity = self.after if self.after is not None else self.before
        assert entity is not None
        return entity

    def inverse(self) -> Change:
        return Change(self.after, self.before)


@dataclass(frozen=True, slots=True)
class Edit:
    """A labelled group of Changes that is done, undone and stored as one step."""

    label: str
    changes: tuple[Change, ...]

    def inverse(self) -> Edit:
        return Edit(self.label, tuple(change.inverse() for change in reversed(self.changes)))

    def __bool__(self) -> bool:
        return bool(self.changes)


class Document:
    """All entities of one project, indexed for queries; changed only by ``apply``."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._by_type: dict[type[Entity], dict[str, Entity]] = {cls: {} for cls in ENTITY_TYPES}
        self._index: dict[tuple[type[Entity], str, str], set[str]] = defaultdict(set)
        self._listeners: list[Listener] = []
        for entity in entities:
            self._put(entity)

    # ----- reading

    def get(self, cls: type[E], entity_id: str | None) -> E | None:
        if entity_id is None:
            return None
        return self._by_type[cls].get(entity_id)  # type: ignore[return-value]

    def find(self, entity_id: str) -> Entity | None:
        for table in self._by_type.values():
            if entity_id in table:
                return table[entity_id]
        return None

    def all(self, cls: type[E]) -> list[E]:
        return list(self._by_type[cls].values())  # type: ignore[arg-type]

    def count(self, cls: type[Entity]) -> int:
        return len(self._by_type[cls])

    def entities(self) -> Iterator[Entity]:
        for table in self._by_type.values():
            yield from table.values()

    def children(self, cls: type[E], field: str, value: str) -> list[E]:
        table = self._by_type[cls]
        return [table[i] for i in self._index.get((cls, field, value), ())]  # type: ignore[misc]

    def project(self) -> ProjectInfo:
        return self.get(ProjectInfo, PROJECT_ID) or ProjectInfo(PROJECT_ID)

    def journeys(self) -> list[Journey]:
        return sorted(self.all(Journey), key=lambda j: (j.position, j.id))

    def personas(self) -> list[Persona]:
        return sorted(self.all(Persona), key=lambda p: (p.position, p.id))

    def stages(self, journey_id: str) -> list[Stage]:
        return sorted(self.children(Stage, "journey_id", journey_id), key=lambda s: (s.position, s.id))

    def lanes(self, journey_id: str) -> list[Lane]:
        return sorted(self.children(Lane, "journey_id", journey_id), key=lambda s: (s.position, s.id))

    def cards(self, journey_id: str) -> list[Card]:
        return self.children(Card, "journey_id", journey_id)

    def cell(self, stage_id: str, lane_id: str) -> list[Card]:
        """The cards of one stage × lane cell, in order."""
        in_stage = self._index.get((Card, "stage_id", stage_id), set())
        in_lane = self._index.get((Card, "lane_id", lane_id), set())
        table = self._by_type[Card]
        cards = [table[i] for i in (in_stage & in_lane)]
        return sorted(cards, key=lambda c: (c.position, c.id))  # type: ignore[union-attr]

    def markers(self, journey_id: str) -> list[EmotionMarker]:
        """The journey's emotion markers in curve order: by stage, then place within the stage."""
        stage_order = {s.id: s.position for s in self.stages(journey_id)}
        markers = self.children(EmotionMarker, "journey_id", journey_id)
        return sorted(markers, key=lambda m: (stage_order.get(m.stage_id, 0), m.offset, m.id))

    def links(self, journey_id: str) -> list[Link]:
        return self.children(Link, "journey_id", journey_id)

    def links_of(self, card_id: str) -> list[Link]:
        found = {link.id: link for link in self.children(Link, "source_id", card_id)}
        found.update((link.id, link) for link in self.children(Link, "target_id", card_id))
        return list(found.values())

    def future_states(self, journey_id: str) -> list[Journey]:
        """The journeys made as future states ("to-be") of ``journey_id``, in project order."""
        return sorted(self.children(Journey, "future_of", journey_id), key=lambda j: (j.position, j.id))

    def snapshots(self, journey_id: str | None = None) -> list[Snapshot]:
        """The snapshots of one journey (of every journey when None), oldest first."""
        found = self.all(Snapshot)
        if journey_id is not None:
            found = [s for s in found if s.journey_id == journey_id]
        return sorted(found, key=lambda s: (s.taken_at, s.name, s.id))

    def order_problems(self) -> list[str]:
        """Siblings sharing one place in their order (a file edited by another program); empty when none."""
        problems = []
        for cls, parents in _ORDERED_WITHIN.items():
            seen: dict[tuple[object, ...], str] = {}
            for entity in sorted(self.all(cls), key=lambda e: e.id):
                key = (*(getattr(entity, name) for name in parents), entity.position)  # type: ignore[attr-defined]
                if key in seen:
                    problems.append(t("{kind} {first} and {second} share position {position}",
                                      kind=cls.__name__, first=seen[key], second=entity.id,
                                      position=key[-1]))
                else:
                    seen[key] = entity.id
        return problems

    def snapshot(self) -> dict[str, Entity]:
        """Every entity by id: what equality and tests compare."""
        return {e.id: e for e in self.entities()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self.snapshot() == other.snapshot()

    __hash__ = None  # type: ignore[assignment]

    # ----- listening

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    # ----- changing

    def check(self, edit: Edit, *, types_known: bool = False) -> None:
        """Refuse an edit that does not fit, before anything changes.

        ``types_known``: every value is already of its field's kind (entities decoded by the store),
        so only the value rules and references are checked.
        """
        overlay: dict[str, Entity | None] = {}
        for change in edit.changes:
            entity = change.entity
            if change.before is not None and change.after is not None:
                if type(change.before) is not type(change.after) or change.before.id != change.after.id:
                    raise EditRefused(t("An update must keep the entity's kind and id."))
                if getattr(change.before, "journey_id", None) != getattr(change.after, "journey_id", None):
                    raise EditRefused(t("{kind} {id} cannot move to another journey; copy it instead.",
                                        kind=type(entity).__name__, id=entity.id))
            key = entity.id
            current = overlay[key] if key in overlay else self.get(type(entity), key)
            if current != change.before:
                raise EditRefused(
                    t("'{label}' no longer fits the project: {kind} {id} has changed.",
                      label=edit.label, kind=type(entity).__name__, id=key)
                )
            overlay[key] = change.after
        for key, after in overlay.items():
            if after is None:
                continue
            try:
                after.validate_values() if types_known else after.validate()
            except ValueRuleError as error:
                raise EditRefused(str(error)) from None
            for name, target_cls in after.refs.items():
                target_id = getattr(after, name)
                if target_id is None:
                    continue
                target = overlay[target_id] if target_id in overlay else self.get(target_cls, target_id)
                if not isinstance(target, target_cls):
                    raise EditRefused(
                        t("{kind} {id} refers to a missing {target} {target_id}.",
                          kind=type(after).__name__, id=key, target=target_cls.__name__,
                          target_id=target_id)
                    )
            self._check_same_journey(after, overlay)
        for change in edit.changes:
            if change.after is None and change.before is not None:
                self._check_no_referrers(change.before, overlay)

    def _check_same_journey(self, entity: Entity, overlay: dict[str, Entity | None]) -> None:
        journey_id = getattr(entity, "journey_id", None)
        if journey_id is None:
            return
        for name, target_cls in entity.refs.items():
            if target_cls is Journey:
                continue
            target_id = getattr(entity, name)
            target = overlay[target_id] if target_id in overlay else self.get(target_cls, target_id)
            if getattr(target, "journey_id", journey_id) != journey_id:
                raise EditRefused(
                    t("{kind} {id} and the {target} it refers to belong to different journeys.",
                      kind=type(entity).__name__, id=entity.id, target=target_cls.__name__)
                )

    def _check_no_referrers(self, removed: Entity, overlay: dict[str, Entity | None]) -> None:
        for cls, name in _REFERRERS.get(type(removed), ()):
            for referrer_id in self._index.get((cls, name, removed.id), ()):
                if referrer_id in overlay:
                    continue
                raise EditRefused(
                    t("{kind} {id} cannot be removed while {referrer} {referrer_id} refers to it.",
                      kind=type(removed).__name__, id=removed.id, referrer=cls.__name__,
                      referrer_id=referrer_id)
                )

    def apply(self, edit: Edit) -> None:
        """Apply a checked edit and tell the listeners; call ``check`` first."""
        for change in edit.changes:
            if change.before is not None:
                self._drop(change.before)
            if change.after is not None:
                self._put(change.after)
        for listener in list(self._listeners):
            listener(edit.changes)

    def _put(self, entity: Entity) -> None:
        cls = type(entity)
        self._by_type[cls][entity.id] = entity
        for name in _INDEXED.get(cls, ()):
            value = getattr(entity, name)
            if value is not None:
                self._index[(cls, name, value)].add(entity.id)

    def _drop(self, entity: Entity) -> None:
        cls = type(entity)
        del self._by_type[cls][entity.id]
        for name in _INDEXED.get(cls, ()):
            value = getattr(entity, name)
            if value is not None:
                ids = self._index[(cls, name, value)]
                ids.discard(entity.id)
                if not ids:
                    del self._index[(cls, name, value)]
