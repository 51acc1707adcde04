"""A journey's rows and figures as one value (JourneyState), and the JSON text a snapshot keeps them in."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from enum import Enum
from typing import Any

from journeydesk.core.document import Change, Document, Edit, EditRefused
from journeydesk.core.fields import field_types
from journeydesk.core.model import (
    Card,
    EmotionMarker,
    Entity,
    Journey,
    Lane,
    Link,
    MetricKind,
    Persona,
    Stage,
    ValueRuleError,
)
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


def _columns(cls: type[Entity]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _table(cls: type[Entity], entities: Sequence[Entity]) -> dict[str, Any]:
    columns = _columns(cls)
    return {"columns": list(columns),
            "rows": [[_plain(getattr(entity, name)) for name in columns] for entity in entities]}


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


def _value(cls: type[Entity], name: str, value: Any) -> Any:
    kind = field_types(cls)[name]
    if value is None:
        if kind.optional:
            return None
    elif kind.texts:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
    elif isinstance(kind.base, type) and issubclass(kind.base, Enum):
        try:
            return kind.base(value)
        except ValueError:
            pass
    elif kind.base is bool:
        if isinstance(value, bool):
            return value
    elif kind.base is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind.base is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif isinstance(value, kind.base):
        return value
    raise SnapshotDamaged(t("{table}.{column} cannot be {value!r}", table=cls.table, column=name, value=value))


def _entity(cls: type[Entity], values: dict[str, Any]) -> Entity:
    known = {f.name: f for f in fields(cls)}
    if not isinstance(values.get("id"), str):
        raise SnapshotDamaged(t("a row of {table} has no id", table=cls.table))
    return cls(**{name: _value(cls, name, value) for name, value in values.items() if name in known})


def _rows(cls: type[Entity], table: Any) -> list[Entity]:
    if table is None:
        return []
    if not isinstance(table, dict) or not isinstance(table.get("columns"), list) \
            or not isinstance(table.get("rows"), list):
        raise SnapshotDamaged(t("its {table} are not a table of columns and rows", table=cls.table))
    columns = table["columns"]
    found = []
    for row in table["rows"]:
        if not isinstance(row, list) or len(row) != len(columns):
            raise SnapshotDamaged(t("a row of {table} does not have {n} values", table=cls.table, n=len(columns)))
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
    """Value rules, and references within the journey, as ``Document.check`` sees them."""
    alone = replace(journey, persona_id=None, future_of=None)  # those point outside the snapshot
    edit = Edit("snapshot", (Change(None, alone), *(Change(None, e) for e in parts)))
    try:
        Document().check(edit, types_known=True)
    except (EditRefused, ValueRuleError) as error:
        raise SnapshotDamaged(str(error)) from None
    except TypeError as error:  # a value of the wrong kind that slipped through
        raise SnapshotDamaged(str(error)) from None


__all__ = ["PARTS", "SNAPSHOT_FORMAT", "JourneyState", "Measure", "MetricRecord", "SnapshotDamaged",
           "decode_state", "encode_state", "folded", "journey_state"]
