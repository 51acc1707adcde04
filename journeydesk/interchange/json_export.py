"""Journeys as versioned JSON: every field, lists in map order, keys in one order, two-space indentation."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence

from journeydesk.core.document import Document
from journeydesk.core.model import Card, Dataset, Image, Journey, Persona
from journeydesk.interchange.json_evidence import evidence_dicts, kpi_dicts

SCHEMA_ID = "urn:journeydesk:journey:3"
FORMAT_VERSION = 3
Rows = Callable[[str], list[tuple]]


def _value(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    return getattr(value, "value", value)


def _persona(doc: Document, persona: Persona) -> dict:
    avatar = doc.get(Image, persona.avatar_id)
    return {
        "id": persona.id, "name": persona.name, "role": persona.role, "description": persona.description,
        "age": persona.age,
        "location": persona.location, "quote": persona.quote, "goals": list(persona.goals),
        "needs": list(persona.needs), "frustrations": list(persona.frustrations),
        "channels": list(persona.channels), "source": persona.source, "first_time": persona.first_time,
        "avatar": None if avatar is None else {
            "media_type": avatar.media_type, "data": base64.b64encode(avatar.data).decode("ascii")},
        **evidence_dicts(doc, persona.id),
    }


def map_order(doc: Document, journey_id: str) -> list[Card]:
    """The journey's cards stage by stage, lane by lane, then in their cell's order."""
    stages = {s.id: s.position for s in doc.stages(journey_id)}
    lanes = {lane.id: lane.position for lane in doc.lanes(journey_id)}
    return sorted(doc.cards(journey_id), key=lambda c: (stages[c.stage_id], lanes[c.lane_id], c.position,
                                                        c.id))


_CARD_FIELDS = ("kind", "text", "color", "channel", "category", "mode", "owner", "moment_of_truth",
                "exit_point", "exit_reason", "frequency", "severity", "impact", "effort", "evidence_status")


def _card(doc: Document, card: Card) -> dict:
    return {"id": card.id, "stage": card.stage_id, "lane": card.lane_id,
            **{name: _value(getattr(card, name)) for name in _CARD_FIELDS}, **evidence_dicts(doc, card.id)}


def _embedded(text: str) -> object:
    """Stored JSON text as the value it holds (an object), or the text itself when it holds none."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, dict) else text


def _dataset(dataset: Dataset, rows: Rows | None) -> dict:
    found = {
        "id": dataset.id, "name": dataset.name, "source_path": dataset.source_path,
        "settings": _embedded(dataset.settings), "mapping": _embedded(dataset.mapping),
        "metrics": list(dataset.metrics), "row_count": dataset.row_count,
        "skipped_rows": dataset.skipped_rows, "imported_at": dataset.imported_at,
    }
    if rows is not None:
        found["rows"] = [list(row) for row in rows(dataset.id)]
    return found


def journey_dict(doc: Document, journey: Journey, rows: Rows | None = None) -> dict:
    """One journey as the JSON export holds it (the persona by id)."""
    jid = journey.id
    return {
        "id": jid, "name": journey.name, "description": journey.description, "persona": journey.persona_id,
        "stages": [{"id": s.id, "name": s.name, "description": s.description, "goal": s.goal,
                    "color": s.color, "width": s.width, **evidence_dicts(doc, s.id),
                    **kpi_dicts(doc, jid, s.id)}
                   for s in doc.stages(jid)],
        "lanes": [{"id": x.id, "kind": x.kind.value, "name": x.name, "height": x.height}
                  for x in doc.lanes(jid)],
        "cards": [_card(doc, card) for card in map_order(doc, jid)],
        "emotion_markers": [{"id": m.id, "stage": m.stage_id, "lane": m.lane_id, "score": m.score,
                             "label": m.label, "offset": m.offset} for m in doc.markers(jid)],
        "links": [{"id": x.id, "source": x.source_id, "target": x.target_id, "kind": x.kind.value,
                   "label": x.label}
                  for x in sorted(doc.links(jid), key=lambda x: x.id)],
        "datasets": [_dataset(d, rows) for d in sorted(doc.children(Dataset, "journey_id", jid),
                                                        key=lambda d: (d.position, d.id))],
        **kpi_dicts(doc, jid, None),
    }


def export_dict(doc: Document, journey_ids: Sequence[str], rows: Rows | None = None) -> dict:
    """The whole export: format header, the personas the journeys show, and the journeys."""
    journeys = [doc.get(Journey, jid) for jid in journey_ids]
    personas: dict[str, Persona] = {}
    for journey in journeys:
        persona = doc.get(Persona, journey.persona_id)
        if persona is not None:
            personas.setdefault(persona.id, persona)
    return {
        "$schema": SCHEMA_ID, "journeydesk": FORMAT_VERSION,
        "personas": [_persona(doc, p) for p in personas.values()],
        "journeys": [journey_dict(doc, journey, rows) for journey in journeys],
    }


def dumps(value: object, indent: str = "", flat: bool = False) -> str:
    """JSON with two-space indentation; the arrays of ``rows`` are one line each (a value per line would
    make a million rows ten million lines)."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = [f"{inner}{json.dumps(key, ensure_ascii=False)}: {dumps(item, inner, key == 'rows')}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = indent + "  "
        if flat:
            items = [inner + json.dumps(item, ensure_ascii=False, separators=(", ", ": ")) for item in value]
        else:
            items = [inner + dumps(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)


def export_json(doc: Document, journey_ids: Sequence[str], rows: Rows | None = None) -> str:
    """The JSON text of ``journey_ids``; ``rows`` (a dataset id → its rows) adds the imported values."""
    return dumps(export_dict(doc, journey_ids, rows)) + "\n"
