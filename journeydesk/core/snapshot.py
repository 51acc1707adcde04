"""A journey's rows and figures as one value (JourneyState), and the JSON text a snapshot keeps them in."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Any

from journeydesk.core.document import Document, EditRefused
from journeydesk.core.entity import Entity, ValueRuleError
from journeydesk.core.enums import MetricKind
from journeydesk.core.fields import field_types
from journeydesk.core.model import Card, EmotionMarker, Journey, Lane, Link, Persona, Stage
from journeydesk.i18n import t

SNAPSHOT_FORMAT = 1
PARTS: tuple[type[Entity], ...] = (Stage, Lane, Card, EmotionMarker, Link)


class SnapshotDamaged(ValueError):
    """A snapshot's stored text that cannot be read back; the message says why."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure of a metric: for a touchpoint (``key`` is its card id) or a stage (its stage id)."""

    key: str
    value: float | None
    n: int


@dataclass(frozen=True, slots=True)
class MetricRecord:
    """A metric's figures per touchpoint and per stage of one journey, as computed at one moment."""

    name: str
    kind: MetricKind
    touchpoints: tuple[Measure, ...] = ()
    stages: tuple[Measure, ...] = ()


@dataclass(frozen=True, slots=True)
class JourneyState:
    """A journey with all its rows and the figures of its data: live, or as a snapshot froze it."""

    journey: Journey
    stages: tuple[Stage, ...]
    lanes: tuple[Lane, ...]
    cards: tuple[Card, ...]
    markers: tuple[EmotionMarker, ...]
    links: tuple[Link, ...]
    figures: tuple[MetricRecord, ...] = ()
    persona_name: str | None = None

    def parts(self) -> Iterator[Entity]:
        """Stages, lanes, cards, markers and links (not the journey itself)."""
        yield from self.stages
        yield from self.lanes
        yield from self.cards
        yield from self.markers
        yield from self.links


def folded(text: str) -> str:
    """A name as names compare: NFKC, case-folded, runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def journey_state(doc: Document, journey_id: str, figures: Sequence[MetricRecord] = ()) -> JourneyState:
    """The journey as it is in ``doc`` now, with ``figures`` (computed by the caller from its data)."""
    journey = doc.get(Journey, journey_id)
    if journey is None:
        raise EditRefused(t("There is no {kind} with id {id}.", kind="Journey", id=journey_id))
    stages, lanes = doc.stages(journey_id), doc.lanes(journey_id)
    stage_at = {s.id: s.position for s in stages}
    lane_at = {lane.id: lane.position for lane in lanes}
    cards = sorted(doc.cards(journey_id),
                   key=lambda c: (stage_at.get(c.stage_id, 0), lane_at.get(c.lane_id, 0), c.position, c.id))
    persona = doc.get(Persona, journey.persona_id)
    return JourneyState(journey, tuple(stages), tuple(lanes), tuple(cards), tuple(doc.markers(journey_id)),
                        tuple(sorted(doc.links(journey_id), key=lambda x: x.id)), tuple(figures),
                        persona.name if persona else None)


# ----- to JSON


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@cache
def _columns(cls: type[Entity]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _table(cls: type[Entity], entities: Sequence[Entity]) -> dict[str, Any]:
    columns = _columns(cls)
    kinds = field_types(cls)
    # Only enums, lists of texts and floats need a look; the rest is JSON as it is.
    special = [i for i, name in enumerate(columns) if kinds[name].texts or kinds[name].base is float
               or issubclass(kinds[name].base, Enum)]
    values = attrgetter(*columns)
    rows = []
    for entity in entities:
        row = list(values(entity))
        for i in special:
            row[i] = _plain(row[i])
        rows.append(row)
    return {"columns": list(columns), "rows": rows}


def _measures(measures: Sequence[Measure]) -> list[list[Any]]:
    return [[m.key, _plain(m.value), m.n] for m in measures]


def encode_state(state: JourneyState) -> str:
    """The JSON text a snapshot stores (its shape is in README, "The .journey file")."""
    journey = state.journey
    content = {
        "format": SNAPSHOT_FORMAT,
        "journey": {name: _plain(getattr(journey, name)) for name in _columns(Journey)},
        "persona": state.persona_name,
        "tables": {cls.table: _table(cls, items) for cls, items in (
            (Stage, state.stages), (Lane, state.lanes), (Card, state.cards), (EmotionMarker, state.markers),
            (Link, state.links))},
        "figures": [{"metric": m.name, "kind": m.kind.value, "touchpoints": _measures(m.touchpoints),
                     "stages": _measures(m.stages)} for m in state.figures],
    }
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


# ----- from JSON


def _wrong(cls: type[Entity], name: str, value: Any) -> SnapshotDamaged:
    return SnapshotDamaged(t("{table}.{column} cannot be {value!r}", table=cls.table, column=name,
                             value=value))


@cache
def _converter(cls: type[Entity], name: str) -> Callable[[Any], Any]:
    """What turns a JSON value into the value of ``cls.name``, or refuses it (made once per field)."""
    kind = field_types(cls)[name]
    base, optional = kind.base, kind.optional

    def fits(value: Any) -> bool:
        if kind.texts:
            return isinstance(value, list) and all(isinstance(v, str) for v in value)
        if base is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if base is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        return isinstance(value, base)

    def convert(value: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(base, type) and issubclass(base, Enum):
            try:
                return base(value)
            except ValueError:
                raise _wrong(cls, name, value) from None
        if not fits(value):
            raise _wrong(cls, name, value)
        return tuple(value) if kind.texts else float(value) if base is float else value

    if base is str and not optional:  # most columns: text as it is
        return lambda value: value if value.__class__ is str else convert(value)
    return convert


def _entity(cls: type[Entity], values: dict[str, Any]) -> Entity:
    if not isinstance(values.get("id"), str):
        raise SnapshotDamaged(t("a row of {table} has no id", table=cls.table))
    known = _columns(cls)
    return cls(**{name: _converter(cls, name)(value) for name, value in values.items() if name in known})


def _rows(cls: type[Entity], table: Any) -> list[Entity]:
    if table is None:
        return []
    if not isinstance(table, dict) or not isinstance(table.get("columns"), list) \
            or not isinstance(table.get("rows"), list):
        raise SnapshotDamaged(t("its {table} are not a table of columns and rows", table=cls.table))
    columns = table["columns"]
    # A later format may add a column (read with its default) or drop one (ignored).
    same = tuple(columns) == _columns(cls)
    converters = [_converter(cls, name) for name in columns] if same else []
    found = []
    for row in table["rows"]:
        if not isinstance(row, list) or len(row) != len(columns):
            raise SnapshotDamaged(t("a row of {table} does not have {n} values", table=cls.table,
                                    n=len(columns)))
        if same and row and row[0].__class__ is str:
            found.append(cls(*[convert(value) for convert, value in zip(converters, row, strict=True)]))
        else:
            found.append(_entity(cls, dict(zip(columns, row, strict=True))))
    return found


def _measure_list(value: Any) -> tuple[Measure, ...]:
    if not isinstance(value, list):
        raise SnapshotDamaged(t("its figures are not lists"))
    found = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)
                and (item[1] is None or (isinstance(item[1], (int, float)) and not isinstance(item[1], bool)))
                and isinstance(item[2], int) and not isinstance(item[2], bool)):
            raise SnapshotDamaged(t("a figure is not [key, value, n]: {item!r}", item=item))
        found.append(Measure(item[0], None if item[1] is None else float(item[1]), item[2]))
    return tuple(found)


def _figures(value: Any) -> tuple[MetricRecord, ...]:
    if not isinstance(value, list):
        raise SnapshotDamaged(t("its figures are not lists"))
    found = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("metric"), str):
            raise SnapshotDamaged(t("a metric of its figures has no name"))
        try:
            kind = MetricKind(item.get("kind"))
        except ValueError:
            raise SnapshotDamaged(t("{value!r} is not a known {kind}", value=item.get("kind"),
                                    kind="MetricKind")) from None
        found.append(MetricRecord(item["metric"], kind, _measure_list(item.get("touchpoints", [])),
                                  _measure_list(item.get("stages", []))))
    return tuple(found)


def decode_state(text: str) -> JourneyState:
    """The JourneyState a snapshot's text holds, checked as a file is when it is opened.

    Raises SnapshotDamaged saying what is wrong."""
    try:
        content = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise SnapshotDamaged(t("its content is not JSON ({reason})", reason=error)) from None
    if not isinstance(content, dict):
        raise SnapshotDamaged(t("its content is not a JSON object"))
    version = content.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SnapshotDamaged(t("its content has no format number"))
    if version > SNAPSHOT_FORMAT:
        raise SnapshotDamaged(t("it was taken by a newer JourneyDesk (snapshot format {version}); update "
                                "JourneyDesk to use it", version=version))
    if not isinstance(content.get("journey"), dict):
        raise SnapshotDamaged(t("it holds no journey"))
    tables = content.get("tables", {})
    if not isinstance(tables, dict):
        raise SnapshotDamaged(t("its tables are not a JSON object"))
    journey = _entity(Journey, content["journey"])
    parts = {cls: _rows(cls, tables.get(cls.table)) for cls in PARTS}
    persona = content.get("persona")
    assert isinstance(journey, Journey)
    _check(journey, [e for items in parts.values() for e in items])
    stages = sorted(parts[Stage], key=lambda s: (s.position, s.id))  # type: ignore[attr-defined]
    lanes = sorted(parts[Lane], key=lambda s: (s.position, s.id))  # type: ignore[attr-defined]
    return JourneyState(journey, tuple(stages), tuple(lanes), tuple(parts[Card]),  # type: ignore[arg-type]
                        tuple(parts[EmotionMarker]), tuple(parts[Link]),  # type: ignore[arg-type]
                        _figures(content.get("figures", [])), persona if isinstance(persona, str) else None)


def _check(journey: Journey, parts: list[Entity]) -> None:
    """Value rules, and that every reference stays within the journey (as ``Document.check`` would have
    it)."""
    held: dict[type[Entity], set[str]] = {cls: set() for cls in PARTS}
    seen = {journey.id}
    for entity in parts:
        if entity.id in seen:
            raise SnapshotDamaged(t("the id {id} is used twice", id=entity.id))
        seen.add(entity.id)
        held[type(entity)].add(entity.id)
    try:
        journey.validate_values()
        for entity in parts:
            entity.validate_values()
            for name, target in entity.refs.items():
                value = getattr(entity, name)
                if (value != journey.id) if target is Journey else (value not in held[target]):
                    raise SnapshotDamaged(t("{kind} {id} refers to a missing {target} {target_id}.",
                                            kind=type(entity).__name__, id=entity.id, target=target.__name__,
                                            target_id=value))
    except ValueRuleError as error:
        raise SnapshotDamaged(str(error)) from None


__all__ = ["PARTS", "SNAPSHOT_FORMAT", "JourneyState", "Measure", "MetricRecord", "SnapshotDamaged",
           "decode_state", "encode_state", "folded", "journey_state"]
