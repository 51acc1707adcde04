"""Journeys from Enablement Map Studio YAML: the customer journey (cjm), service blueprint (sbp), outcome and
enablement (em) documents of one file, as one journey."""

from __future__ import annotations

import re
from dataclasses import replace

from journeydesk.core.entity import new_id
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.model import Card, Persona, Stage
from journeydesk.i18n import t
from journeydesk.interchange.builder import JourneyBuilder, clip, spread, untitled
from journeydesk.interchange.common import Imported, InterchangeError
from journeydesk.interchange.ems_notes import enablement_note, outcome_lines
from journeydesk.interchange.safe_yaml import load_all

BLUEPRINT_KINDS = ("team", "human", "system")


class _Reader:
    """Type checks with the place of each problem (“document 2 (sbp): tasks[3].lane”)."""

    def __init__(self, name: str, index: int, kind: str) -> None:
        self.where = t("{name}, document {n} ({kind})", name=name, n=index + 1, kind=kind)

    def fail(self, path: str, problem: str) -> InterchangeError:
        return InterchangeError(f"{self.where}: {path}: {problem}")

    def items(self, document: dict, key: str, required: bool = True) -> list[dict]:
        value = document.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(key, t("a list of entries is expected here"))
        return value

    def text(self, item: dict, key: str, path: str, required: bool = True) -> str:
        value = item.get(key)
        if value is None and not required:
            return ""
        if value is None or isinstance(value, (dict, list)):
            raise self.fail(f"{path}.{key}", t("a text is expected here") if value is not None
                            else t("missing"))
        return str(value)

    def texts(self, item: dict, key: str, path: str) -> list[str]:
        value = item.get(key) or []
        if not isinstance(value, list) or any(isinstance(v, (dict, list)) for v in value):
            raise self.fail(f"{path}.{key}", t("a list of texts is expected here"))
        return [str(v) for v in value]

    def mapping(self, document: dict, key: str) -> dict:
        value = document.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, t("an entry is expected here") if value is not None else t("missing"))
        return value


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^。.!?！？\n]+[。.!?！？]?", text) if s.strip()]


class _Journey:
    """The journey being built and the EMS ids of what is on it."""

    def __init__(self, builder: JourneyBuilder, found: Imported) -> None:
        self.builder = builder
        self.found = found
        self.phases: dict[str, Stage] = {}
        self.cards: dict[str, Card] = {}  # EMS id of an action or task -> its card
        self.action_x: list[tuple[float, Stage]] = []


def read_ems(text: str, name: str) -> Imported:
    found = Imported()
    documents = load_all(text, name)
    kinds = []
    for index, document in enumerate(documents):
        if document is None:
            continue
        if not isinstance(document, dict) or "kind" not in document:
            raise InterchangeError(t("{name}, document {n}: not an Enablement Map Studio document (it has no "
                                     "“kind”).", name=name, n=index + 1))
        kinds.append((index, str(document["kind"]), document))
    cjms = [entry for entry in kinds if entry[1] == "cjm"]
    if not cjms:
        raise InterchangeError(t("{name} holds no customer journey (a document with “kind: cjm”).",
                                 name=name))
    index, _kind, document = cjms[0]
    journey = _cjm(_Reader(name, index, "cjm"), document, found)
    for index, kind, document in kinds:
        reader = _Reader(name, index, kind)
        if kind == "cjm" and document is not cjms[0][2]:
            found.unplaced.append(t("{where}: only the first customer journey of a file is imported.",
                                    where=reader.where))
        elif kind == "sbp":
            _sbp(reader, document, journey)
        elif kind == "outcome":
            _outcome(reader, document, journey)
        elif kind == "em":
            _em(reader, document, journey)
        elif kind != "cjm":
            found.unplaced.append(t("{where}: this kind of document is not read.", where=reader.where))
    found.entities += journey.builder.entities()
    return found


def _cjm(reader: _Reader, document: dict, found: Imported) -> _Journey:
    builder = JourneyBuilder(re.sub(r"^cjm:", "", str(document.get("id") or "")) or t("Customer journey"),
                             standard_lanes=True)
    journey = _Journey(builder, found)
    persona = document.get("persona")
    if persona is not None:
        if not isinstance(persona, dict):
            raise reader.fail("persona", t("an entry is expected here"))
        sentences = _sentences(reader.text(persona, "description", "persona", required=False))
        builder.persona = Persona(new_id(), name=clip(reader.text(persona, "name", "persona")),
                                  role=clip(sentences[0]) if sentences else "",
                                  needs=tuple(clip(s) for s in sentences[1:]),
                                  source=clip(t("Enablement Map Studio: {id}", id=document.get("id", ""))))
        if not builder.journey.name.strip() or builder.journey.name == t("Customer journey"):
            builder.journey = replace(builder.journey, name=builder.persona.name)
    for i, phase in enumerate(reader.items(document, "phases")):
        path = f"phases[{i}]"
        phase_id = reader.text(phase, "id", path)
        if phase_id in journey.phases:
            raise reader.fail(f"{path}.id", t("the id {id} is used twice", id=phase_id))
        journey.phases[phase_id] = builder.add_stage(untitled(reader.text(phase, "name", path)))
    actions = reader.items(document, "actions")
    by_stage: dict[str, list[tuple[int, dict]]] = {}
    for i, action in enumerate(actions):
        path = f"actions[{i}]"
        phase = reader.text(action, "phase", path)
        reader.text(action, "id", path)
        if phase not in journey.phases:
            found.unplaced.append(t("{where}: {path} “{action}” names the phase {phase}, which the file does "
                                    "not have.", where=reader.where, path=path, action=action.get("name", ""),
                                    phase=phase))
            continue
        by_stage.setdefault(phase, []).append((i, action))
    for phase, entries in by_stage.items():
        for order, (i, action) in enumerate(entries):
            _action(reader, journey, journey.phases[phase], action, f"actions[{i}]", order, len(entries))
    return journey


def _action(reader: _Reader, journey: _Journey, stage: Stage, action: dict, path: str, order: int,
            count: int) -> None:
    builder = journey.builder
    name = reader.text(action, "name", path)
    card = builder.add_card(stage, builder.lane(LaneKind.ACTIONS), name)
    journey.cards[reader.text(action, "id", path)] = card
    for key, kind in (("touchpoints", LaneKind.TOUCHPOINTS), ("thoughts_feelings", LaneKind.THOUGHTS)):
        lane = builder.lane(kind)
        for text in reader.texts(action, key, path):
            same = next((c for c in builder.cards if c.stage_id == stage.id and c.lane_id == lane.id
                         and c.text == clip(text)), None)
            target = same or builder.add_card(stage, lane, text, **({"channel": clip(text)}
                                                                    if kind == LaneKind.TOUCHPOINTS else {}))
            builder.add_link(card, target)
    score = action.get("emotion_score")
    if isinstance(score, int) and not isinstance(score, bool) and -2 <= score <= 2:
        builder.add_marker(stage, score, label=name, offset=spread(order, count))
    else:
        journey.found.unplaced.append(t("{where}: {path}.emotion_score “{score}” is not a whole number from "
                                        "-2 to 2; “{action}” has no emotion marker.", where=reader.where,
                                        path=path, score=score, action=name))


def _sbp(reader: _Reader, document: dict, journey: _Journey) -> None:
    builder = journey.builder
    lanes = {}
    for i, lane in enumerate(reader.items(document, "lanes")):
        path = f"lanes[{i}]"
        kind = reader.text(lane, "kind", path)
        lane_id = reader.text(lane, "id", path)
        if kind == "cjm":
            lanes[lane_id] = None
        elif kind in BLUEPRINT_KINDS:
            lanes[lane_id] = (builder.add_lane(LaneKind.BACKSTAGE, untitled(reader.text(lane, "name", path))),
                              reader.text(lane, "description", path, required=False))
        else:
            journey.found.unplaced.append(t("{where}: {path} is of kind “{kind}”, which is not read.",
                                            where=reader.where, path=path, kind=kind))
    tasks = reader.items(document, "tasks")
    for i, task in enumerate(tasks):
        task_id = reader.text(task, "id", f"tasks[{i}]")
        lane_id = reader.text(task, "lane", f"tasks[{i}]")
        if lane_id in lanes and lanes[lane_id] is None and task_id in journey.cards:
            x = _x(task)
            if x is not None:
                stage = next(s for s in builder.stages if s.id == journey.cards[task_id].stage_id)
                journey.action_x.append((x, stage))
    placed = []
    for i, task in enumerate(tasks):
        path = f"tasks[{i}]"
        task_id, lane_id = task["id"], task["lane"]
        if lane_id in lanes and lanes[lane_id] is None:
            if str(task_id) not in journey.cards:
                journey.found.unplaced.append(t("{where}: {path} “{task}” is in the customer-journey lane "
                                                "but is no action of the journey.", where=reader.where,
                                                path=path, task=task.get("name", "")))
            continue
        if lane_id not in lanes:
            journey.found.unplaced.append(t("{where}: {path} “{task}” is in the lane {lane}, which the file "
                                            "does not have.", where=reader.where, path=path,
                                            task=task.get("name", ""), lane=lane_id))
            continue
        stage = _task_stage(reader, journey, task, path)
        placed.append((stage.position, _x(task) or 0.0, _y(task), i, task, stage))
    for (lane, description) in (v for v in lanes.values() if v is not None):
        if description and builder.stages:
            builder.add_card(builder.stages[0], lane, description, kind=CardKind.NOTE)
    for *_order, i, task, stage in sorted(placed, key=lambda p: p[:4]):
        path = f"tasks[{i}]"
        lane, _description = lanes[task["lane"]]
        text = reader.text(task, "name", path)
        more = reader.text(task, "description", path, required=False)
        journey.cards[str(task["id"])] = builder.add_card(stage, lane, f"{text}\n{more}" if more else text)
    for i, connection in enumerate(reader.items(document, "connections", required=False)):
        path = f"connections[{i}]"
        source, target = reader.text(connection, "source", path), reader.text(connection, "target", path)
        if source in journey.cards and target in journey.cards and source != target:
            builder.add_link(journey.cards[source], journey.cards[target])
        else:
            journey.found.unplaced.append(t("{where}: {path} joins {source} and {target}, which are not both "
                                            "on the map.", where=reader.where, path=path, source=source,
                                            target=target))


def _x(task: dict) -> float | None:
    position = task.get("position")
    value = position.get("x") if isinstance(position, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _y(task: dict) -> float:
    position = task.get("position")
    value = position.get("y") if isinstance(position, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _task_stage(reader: _Reader, journey: _Journey, task: dict, path: str) -> Stage:
    """The stage of the task's source action, else of the action nearest to it across the blueprint."""
    stages = {s.id: s for s in journey.builder.stages}
    source = task.get("source_id")
    if source is not None and str(source) in journey.cards:
        return stages[journey.cards[str(source)].stage_id]
    x = _x(task)
    if x is not None and journey.action_x:
        return min(journey.action_x, key=lambda entry: abs(entry[0] - x))[1]
    journey.found.unplaced.append(t("{where}: {path} “{task}” names no action and has no position; it is in "
                                    "the first stage.", where=reader.where, path=path,
                                    task=task.get("name", "")))
    return journey.builder.stages[0]


def _outcome(reader: _Reader, document: dict, journey: _Journey) -> None:
    kgi = reader.mapping(document, "kgi")
    csf = reader.mapping(document, "primary_csf")
    kpi = reader.mapping(document, "primary_kpi")
    target = kpi.get("target")
    lines = outcome_lines(reader.text(kgi, "name", "kgi"), reader.text(csf, "rationale", "primary_csf"),
                          reader.text(kpi, "name", "primary_kpi"), "" if target is None else str(target),
                          reader.text(kpi, "unit", "primary_kpi", required=False),
                          reader.text(kpi, "definition", "primary_kpi", required=False))
    builder = journey.builder
    description = builder.journey.description
    builder.journey = replace(builder.journey, description=clip("\n".join(filter(
        None, [description, *lines]))))
    source = str(csf.get("source_id", ""))
    card = journey.cards.get(source)
    if card is None:
        journey.found.unplaced.append(t("{where}: primary_csf.source_id {id} is not on the map; the outcome "
                                        "is in the journey's description only.", where=reader.where,
                                        id=source))
        return
    stage = next(s for s in builder.stages if s.id == card.stage_id)
    builder.set_stage(stage, goal=clip("\n".join(filter(None, [stage.goal, lines[2]]))))


def _em(reader: _Reader, document: dict, journey: _Journey) -> None:
    builder = journey.builder
    actions = {}
    for i, action in enumerate(reader.items(document, "actions")):
        path = f"actions[{i}]"
        actions[reader.text(action, "id", path)] = (action, path, {"skills": [], "knowledge": [],
                                                                   "tools": []})
    for key in ("skills", "knowledge", "tools"):
        for i, item in enumerate(reader.items(document, key, required=False)):
            path = f"{key}[{i}]"
            owner = reader.text(item, "action_id", path)
            if owner not in actions:
                journey.found.unplaced.append(t("{where}: {path} “{item}” belongs to the action {id}, which "
                                                "the file does not have.", where=reader.where, path=path,
                                                item=item.get("name", ""), id=owner))
                continue
            learnings = [(reader.text(x, "title", f"{path}.learnings"), reader.text(x, "url",
                                                                                    f"{path}.learnings",
                                                                                     required=False))
                         for x in reader.items(item, "learnings", required=False)]
            actions[owner][2][key].append((reader.text(item, "name", path),
                                           reader.text(item, "url", path, required=False), learnings))
    lane = None
    for action, path, parts in actions.values():
        source = reader.text(action, "source_id", path)
        card = journey.cards.get(source)
        if card is None:
            journey.found.unplaced.append(t(
                "{where}: {path} “{action}” hangs on {id}, which is not on the map.",
                                            where=reader.where, path=path, action=action.get("name", ""),
                id=source))
            continue
        if lane is None:
            lane = builder.add_lane(LaneKind.NOTES, t("Enablement"))
        stage = next(s for s in builder.stages if s.id == card.stage_id)
        text = enablement_note(reader.text(action, "name", path),
                               reader.text(action, "description", path, required=False), parts)
        builder.add_link(card, builder.add_card(stage, lane, text, kind=CardKind.NOTE))
