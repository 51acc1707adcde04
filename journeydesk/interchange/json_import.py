"""Journeys from our JSON: parsed with limits, checked against the schema and its references, made into
entities."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable
from functools import cache
from importlib.resources import files

from journeydesk.core.entity import Entity
from journeydesk.core.enums import (
    DEFAULT_CARD_KIND,
    CardKind,
    Category,
    EvidenceStatus,
    LaneKind,
    LinkKind,
    Mode,
)
from journeydesk.core.model import Card, Dataset, EmotionMarker, Image, Journey, Lane, Link, Persona, Stage
from journeydesk.i18n import t
from journeydesk.interchange.common import MAX_DEPTH, Imported, InterchangeError
from journeydesk.interchange.json_evidence import read_evidence, read_kpis

PROBLEMS_SHOWN = 5
READABLE_VERSIONS = (1, 2, 3)


@cache
def schema() -> dict:
    """The JSON Schema of the format (the same file as docs/journey.schema.json)."""
    return json.loads((files("journeydesk.interchange") / "journey.schema.json").read_text(encoding="utf-8"))


def json_path(parts: object) -> str:
    """A location as a JSON path: ``$.journeys[0].cards[3].kind``."""
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if re.fullmatch(r"[A-Za-z_$][\w$]*",
                                                                                      part)
                                                           else f"[{json.dumps(part, ensure_ascii=False)}]")
    return path


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    found: dict = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(t("the key “{key}” appears twice in one object", key=key))
        found[key] = value
    return found


def _deepest(text: str) -> int:
    """The line where nesting first goes past MAX_DEPTH (strings skipped)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif token in "]}":
            depth -= 1
    return 0


def _check_depth(value: object, path: tuple = ()) -> None:
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if len(where) > MAX_DEPTH:
            raise InterchangeError(t("{path}: nested more than {n} levels deep.", path=json_path(where),
                                     n=MAX_DEPTH))
        if isinstance(item, dict):
            stack.extend((v, (*where, k)) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, (*where, i)) for i, v in enumerate(item))


def parse(text: str, name: str) -> dict:
    """The JSON value of ``text``, refused with its line (syntax) or path (depth, schema)."""
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise InterchangeError(t("{name}, line {line}, column {column}: not valid JSON ({reason}).",
                                 name=name, line=error.lineno, column=error.colno,
                                 reason=error.msg)) from None
    except RecursionError:
        raise InterchangeError(t("{name}, line {line}: nested more than {n} levels deep.", name=name,
                                 line=_deepest(text), n=MAX_DEPTH)) from None
    except ValueError as error:
        raise InterchangeError(t("{name}: not valid JSON ({reason}).", name=name, reason=error)) from None
    _check_depth(value)
    if not isinstance(value, dict) or "journeydesk" not in value:
        raise InterchangeError(t("{name} is JSON but not a JourneyDesk journey export (it has no "
                                 "“journeydesk” version key).", name=name))
    if value["journeydesk"] not in READABLE_VERSIONS:
        raise InterchangeError(t("{name} is in JourneyDesk journey format {version}; this version reads "
                                 "formats 1 to 3. Update JourneyDesk to import it.", name=name,
                                 version=value["journeydesk"]))
    _validate(value, name)
    return value


def _validate(value: dict, name: str) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(value), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        lines = [f"{json_path(e.absolute_path)}: {_short(e.message)}" for e in errors[:PROBLEMS_SHOWN]]
        if len(errors) > PROBLEMS_SHOWN:
            lines.append(t("… and {n} more.", n=len(errors) - PROBLEMS_SHOWN))
        raise InterchangeError(t("{name} does not follow the journey format: {problem}", name=name,
                                 problem=lines[0]), lines[1:])


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:199] + "…"


class _Refs:
    """Checks that every reference points at an entity of the right kind in the same journey."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[str] = set()

    def new(self, entity_id: str, path: tuple) -> None:
        if entity_id in self.seen:
            self.problems.append(t("{path}: the id {id} is used twice.", path=json_path(path), id=entity_id))
        self.seen.add(entity_id)

    def points(self, value: str | None, known: dict, path: tuple, what: str) -> bool:
        if value is None or value in known:
            return True
        self.problems.append(t("{path}: there is no {what} with id {id}.", path=json_path(path), what=what,
                               id=value))
        return False


def read_json(text: str, name: str) -> Imported:
    """The journeys of a JSON export as entities (ids as in the file; the caller renews clashing ones)."""
    value = parse(text, name)
    found = Imported()
    refs = _Refs()
    personas: dict[str, Persona] = {}
    for index, item in enumerate(value.get("personas", [])):
        path = ("personas", index)
        refs.new(item["id"], (*path, "id"))
        persona, image = _persona(item, path, refs, value["journeydesk"])
        if image is not None and image.id not in {e.id for e in found.entities}:
            found.entities.append(image)
        personas[persona.id] = persona
        found.entities.append(persona)
        found.entities += read_evidence(item, None, {"persona_id": persona.id}, _under(refs, path))
    for index, item in enumerate(value["journeys"]):
        _journey(item, ("journeys", index), personas, refs, found)
    if refs.problems:
        raise InterchangeError(t("{name} does not hold together: {problem}", name=name,
                                 problem=refs.problems[0]),
                               refs.problems[1:PROBLEMS_SHOWN])
    return found


def _first_time(item: dict, version: int) -> bool | None:
    """Format 1 wrote every persona as first-time unless someone said otherwise: only false was a choice."""
    value = item.get("first_time")
    if version == 1 and value is True:
        return None
    return value


def _persona(item: dict, path: tuple, refs: _Refs, version: int) -> tuple[Persona, Image | None]:
    image = None
    avatar = item.get("avatar")
    if avatar is not None:
        try:
            data = base64.b64decode(avatar["data"], validate=True)
        except (binascii.Error, ValueError):
            refs.problems.append(t("{path}: not base64 data.", path=json_path((*path, "avatar", "data"))))
            data = b""
        image = Image(hashlib.sha256(data).hexdigest(), avatar["media_type"], data)
    persona = Persona(
        item["id"], name=item["name"], role=item.get("role", ""), age=item.get("age"),
        location=item.get("location", ""), quote=item.get("quote", ""),
        goals=tuple(item.get("goals", ())), needs=tuple(item.get("needs", ())),
        frustrations=tuple(item.get("frustrations", ())), channels=tuple(item.get("channels", ())),
        source=item.get("source", ""), first_time=_first_time(item, version),
        description=item.get("description", ""),
        avatar_id=image.id if image is not None else None,
    )
    return persona, image


def _journey(item: dict, path: tuple, personas: dict, refs: _Refs, found: Imported) -> None:
    jid = item["id"]
    refs.new(jid, (*path, "id"))
    persona = item.get("persona")
    refs.points(persona, personas, (*path, "persona"), t("persona"))
    entities: list[Entity] = [Journey(jid, name=item["name"], description=item.get("description", ""),
                                      persona_id=persona if persona in personas else None)]
    stages: dict[str, Stage] = {}
    for index, raw in enumerate(item["stages"]):
        refs.new(raw["id"], (*path, "stages", index, "id"))
        stage = Stage(raw["id"], jid, raw["name"], raw.get("description", ""), raw.get("goal", ""),
                      **{k: raw[k] for k in ("color", "width") if k in raw}, position=index)
        stages[stage.id] = stage
    lanes: dict[str, Lane] = {}
    for index, raw in enumerate(item["lanes"]):
        refs.new(raw["id"], (*path, "lanes", index, "id"))
        lane = Lane(raw["id"], jid, LaneKind(raw["kind"]), raw["name"],
                    **({"height": raw["height"]} if "height" in raw else {}), position=index)
        lanes[lane.id] = lane
    entities += [*stages.values(), *lanes.values()]
    cards = _cards(item, path, jid, stages, lanes, refs)
    entities += cards.values()
    entities += read_kpis(item, jid, None, _under(refs, path))
    for index, raw in enumerate(item["stages"]):
        if raw["id"] in stages:
            entities += read_evidence(raw, jid, {"stage_id": raw["id"]},
                                      _under(refs, (*path, "stages", index)))
            entities += read_kpis(raw, jid, raw["id"], _under(refs, (*path, "stages", index)))
    for index, raw in enumerate(item.get("cards", [])):
        if raw["id"] in cards:
            entities += read_evidence(raw, jid, {"card_id": raw["id"]}, _under(refs, (*path, "cards", index)))
    for index, raw in enumerate(item.get("emotion_markers", [])):
        where = (*path, "emotion_markers", index)
        refs.new(raw["id"], (*where, "id"))
        if refs.points(raw["stage"], stages, (*where, "stage"), t("stage")) and \
                refs.points(raw["lane"], lanes, (*where, "lane"), t("lane")):
            if lanes[raw["lane"]].kind != LaneKind.EMOTIONS:
                refs.problems.append(t("{path}: an emotion marker must sit in an emotions lane.",
                                       path=json_path((*where, "lane"))))
            entities.append(EmotionMarker(raw["id"], jid, raw["stage"], raw["lane"], raw["score"],
                                          raw.get("label", ""), raw.get("offset", 0.5)))
    for index, raw in enumerate(item.get("links", [])):
        where = (*path, "links", index)
        refs.new(raw["id"], (*where, "id"))
        if refs.points(raw["source"], cards, (*where, "source"), t("card")) and \
                refs.points(raw["target"], cards, (*where, "target"), t("card")):
            if raw["source"] == raw["target"]:
                refs.problems.append(t("{path}: a link cannot join a card to itself.", path=json_path(where)))
            entities.append(Link(raw["id"], jid, raw["source"], raw["target"],
                                 LinkKind(raw.get("kind", "flow")), raw.get("label", "")))
    for index, raw in enumerate(item.get("datasets", [])):
        entities.append(_dataset(raw, (*path, "datasets", index), jid, index, stages, cards, refs, found))
    found.entities += entities


def _under(refs: _Refs, path: tuple) -> Callable[[str, tuple], None]:
    """``refs.new`` for ids found under ``path``."""
    return lambda entity_id, where: refs.new(entity_id, (*path, *where))


def _cards(item: dict, path: tuple, jid: str, stages: dict, lanes: dict, refs: _Refs) -> dict[str, Card]:
    cards: dict[str, Card] = {}
    places: dict[tuple[str, str], int] = {}
    for index, raw in enumerate(item.get("cards", [])):
        where = (*path, "cards", index)
        refs.new(raw["id"], (*where, "id"))
        if not (refs.points(raw["stage"], stages, (*where, "stage"), t("stage"))
                and refs.points(raw["lane"], lanes, (*where, "lane"), t("lane"))):
            continue
        lane = lanes[raw["lane"]]
        if lane.kind == LaneKind.EMOTIONS:
            refs.problems.append(t("{path}: the emotions lane holds emotion markers, not cards.",
                                   path=json_path((*where, "lane"))))
            continue
        cell = (raw["stage"], raw["lane"])
        places[cell] = position = places.get(cell, -1) + 1
        values = {k: raw[k] for k in ("text", "color", "channel", "owner", "moment_of_truth", "exit_point",
                                      "exit_reason", "frequency", "severity", "impact", "effort") if k in raw}
        if "evidence_status" in raw:
            values["evidence_status"] = EvidenceStatus(raw["evidence_status"])
        kind = CardKind(raw["kind"]) if "kind" in raw else (DEFAULT_CARD_KIND[lane.kind] or CardKind.NOTE)
        card = Card(raw["id"], jid, raw["stage"], raw["lane"], kind, position=position,
                    category=Category(raw["category"]) if raw.get("category") else None,
                    mode=Mode(raw["mode"]) if raw.get("mode") else None, **values)
        cards[card.id] = card
    return cards


def _dataset(raw: dict, path: tuple, jid: str, index: int, stages: dict, cards: dict, refs: _Refs,
             found: Imported) -> Dataset:
    refs.new(raw["id"], (*path, "id"))
    rows = raw.get("rows")
    if rows is not None:
        for number, row in enumerate(rows):
            refs.points(row[2], stages, (*path, "rows", number, 2), t("stage"))
            refs.points(row[3], cards, (*path, "rows", number, 3), t("card"))
            if len(refs.problems) > PROBLEMS_SHOWN:
                break
        found.rows[raw["id"]] = rows
    else:
        found.unplaced.append(t("Data “{name}”: its values are not in the file (export it with --with-data); "
                                "the dataset keeps how its file was read, and Refresh in the Data panel "
                                "reads it again.",
                                name=raw["name"]))
    stored = {key: raw[key] if isinstance(raw.get(key), str) else json.dumps(raw.get(key, {}),
                                                                             ensure_ascii=False)
              for key in ("settings", "mapping")}
    return Dataset(raw["id"], jid, raw["name"], raw.get("source_path", ""), stored["settings"],
                   stored["mapping"], (tuple(raw["metrics"]) if "metrics" in raw else tuple(
                       sorted({r[6] for r in rows})))
                   if rows is not None else (),
                   len(rows) if rows is not None else 0, raw.get("skipped_rows", 0) if rows is not None
                   else 0,
                   raw.get("imported_at", ""), position=index)
