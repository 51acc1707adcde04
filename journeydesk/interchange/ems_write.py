"""A journey as Enablement Map Studio YAML, wherever its concepts map: cjm, sbp, outcome and em documents."""

from __future__ import annotations

import re

import yaml

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.model import Card, Journey, Persona
from journeydesk.interchange.ems_notes import parse_note, parse_outcome
from journeydesk.interchange.json_export import map_order

COLUMN = 300  # blueprint x per stage


def _cjm(doc: Document, journey: Journey, actions: list[Card], linked: dict[str, list[Card]]) -> dict:
    persona = doc.get(Persona, journey.persona_id)
    stages = doc.stages(journey.id)
    lanes = {lane.id: lane.kind for lane in doc.lanes(journey.id)}
    cards = map_order(doc, journey.id)
    result: dict = {"kind": "cjm", "version": "1.0", "id": f"cjm:{journey.name}"}
    if persona is not None:
        joiner = "" if re.search(r"[\u3040-\u9fff]", persona.role) else " "
        result["persona"] = {"name": persona.name,
                             "description": joiner.join(filter(None, [persona.role, *persona.needs]))}
    result["phases"] = [{"id": f"cjm:phase:{s.id}", "name": s.name} for s in stages]
    result["actions"] = []
    for stage in stages:
        here = [a for a in actions if a.stage_id == stage.id]
        loose = {kind: [c for c in cards if c.stage_id == stage.id and lanes[c.lane_id] == kind
                        and not any(c in found for found in linked.values())]
                 for kind in (LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS)}
        markers = [m for m in doc.markers(journey.id) if m.stage_id == stage.id]
        for order, action in enumerate(here):
            mine = linked.get(action.id, [])
            texts = {kind: [c.text for c in mine if lanes[c.lane_id] == kind]
                     + ([c.text for c in loose[kind]] if order == 0 else []) for kind in loose}
            labelled = [m.score for m in markers if m.label == action.text]
            mean = sum(m.score for m in markers) / len(markers) if markers else 0
            result["actions"].append({
                "id": f"cjm:action:{action.id}", "name": action.text, "phase": f"cjm:phase:{stage.id}",
                "touchpoints": texts[LaneKind.TOUCHPOINTS], "thoughts_feelings": texts[LaneKind.THOUGHTS],
                "emotion_score": labelled[0] if labelled else max(-2, min(2, round(mean))),
            })
    return result


def _task_id(card: Card, kind: str) -> str:
    return f"cjm:action:{card.id}" if kind == "action" else f"sbp:task:{card.id}"


def export_ems(doc: Document, journey_id: str) -> str:
    journey = doc.get(Journey, journey_id)
    lanes = {lane.id: lane for lane in doc.lanes(journey_id)}
    stage_index = {s.id: i for i, s in enumerate(doc.stages(journey_id))}
    cards = map_order(doc, journey_id)
    actions = [c for c in cards if lanes[c.lane_id].kind == LaneKind.ACTIONS]
    tasks = [c for c in cards if lanes[c.lane_id].kind == LaneKind.BACKSTAGE and c.kind != CardKind.NOTE]
    ids = {c.id: _task_id(c, "action") for c in actions} | {c.id: _task_id(c, "task") for c in tasks}
    by_id = {c.id: c for c in cards}
    links = sorted(doc.links(journey_id), key=lambda x: x.id)
    order = {c.id: i for i, c in enumerate(cards)}
    linked: dict[str, list[Card]] = {}
    for link in sorted(links, key=lambda x: (order[x.source_id], order[x.target_id])):
        if link.source_id in ids and link.target_id not in ids:
            linked.setdefault(link.source_id, []).append(by_id[link.target_id])
    documents = [_cjm(doc, journey, actions, linked)]
    if tasks:
        documents.append(_sbp(doc, journey_id, actions, tasks, ids, stage_index, links))
    outcome = parse_outcome(journey.description)
    if outcome is not None:
        goal = next((s for s in doc.stages(journey_id) if f"KPI: {outcome['kpi']}" in s.goal), None)
        source = next((ids[c.id] for c in tasks + actions if goal is not None and c.stage_id == goal.id), "")
        documents.append(_outcome(journey, outcome, source))
    enablement = _em(journey, linked, ids, lanes)
    if enablement is not None:
        documents.append(enablement)
    return yaml.safe_dump_all(documents, allow_unicode=True, sort_keys=False, width=1000)


def _sbp(doc: Document, journey_id: str, actions: list[Card], tasks: list[Card], ids: dict[str, str],
         stage_index: dict[str, int], links: list) -> dict:
    lanes = [lane for lane in doc.lanes(journey_id) if lane.kind == LaneKind.BACKSTAGE]
    result_lanes = [{"id": "sbp:lane:cjm", "name": "Customer Journey", "kind": "cjm"}]
    for lane in lanes:
        entry = {"id": f"sbp:lane:{lane.id}", "name": lane.name, "kind": "team"}
        notes = [c.text for c in doc.children(Card, "lane_id", lane.id) if c.kind == CardKind.NOTE]
        if notes:
            entry["description"] = "\n".join(notes)
        result_lanes.append(entry)
    sources = {}
    for link in links:
        for task_end, action_end in ((link.target_id, link.source_id), (link.source_id, link.target_id)):
            if task_end in ids and ids[task_end].startswith("sbp:") and action_end in ids \
                    and ids[action_end].startswith("cjm:"):
                sources.setdefault(task_end, ids[action_end])
    result_tasks = []
    for card in tasks:
        name, _, description = card.text.partition("\n")
        task = {"id": ids[card.id], "lane": f"sbp:lane:{card.lane_id}", "name": name}
        if description.strip():
            task["description"] = description.strip()
        if card.id in sources:
            task["source_id"] = sources[card.id]
        task["position"] = {"x": stage_index[card.stage_id] * COLUMN + 50 + 20 * card.position, "y": 60}
        result_tasks.append(task)
    for card in actions:
        result_tasks.append({"id": ids[card.id], "lane": "sbp:lane:cjm", "name": card.text, "readonly": True,
                             "position": {"x": stage_index[card.stage_id] * COLUMN + 50 + 20 * card.position,
                                          "y": 50}})
    connections = [{"source": ids[x.source_id], "target": ids[x.target_id], "sourceHandle": "bottom",
                    "targetHandle": "top"} for x in links if x.source_id in ids and x.target_id in ids]
    return {"kind": "sbp", "version": "1.0", "id": f"sbp:{journey_id}", "lanes": result_lanes,
            "tasks": result_tasks, "connections": connections}


def _outcome(journey: Journey, outcome: dict, source: str) -> dict:
    kpi = {"id": "oc:kpi", "csf_id": "oc:csf", "name": outcome["kpi"]}
    kpi.update({key: outcome[key] for key in ("definition", "unit") if key in outcome})
    kpi["target"] = outcome["target"]
    return {"kind": "outcome", "version": "1.0", "id": f"oc:{journey.id}",
            "kgi": {"id": "oc:kgi", "name": outcome["kgi"]},
            "primary_csf": {"id": "oc:csf", "kgi_id": "oc:kgi", "source_id": source,
                            "rationale": outcome["csf"]},
            "primary_kpi": kpi}


def _em(journey: Journey, linked: dict[str, list[Card]], ids: dict[str, str], lanes: dict) -> dict | None:
    actions, parts = [], {"skills": [], "knowledge": [], "tools": []}
    for owner, cards in linked.items():
        for card in cards:
            if card.kind != CardKind.NOTE or lanes[card.lane_id].kind != LaneKind.NOTES:
                continue
            name, description, found = parse_note(card.text)
            action_id = f"em:act:{card.id}"
            action = {"id": action_id, "name": name, "source_id": ids[owner]}
            if description:
                action["description"] = description
            actions.append(action)
            for key, entries in found.items():
                for index, (item, url, learnings) in enumerate(entries):
                    entry = {"id": f"em:{key}:{card.id}:{index}", "name": item, "action_id": action_id}
                    if key == "skills":
                        entry["learnings"] = [{"title": title, "url": link} for title, link in learnings]
                    else:
                        entry["url"] = url
                    parts[key].append(entry)
    if not actions:
        return None
    return {"kind": "em", "version": "1.0", "id": f"em:{journey.id}", "outcomes": [], "actions": actions,
            **{key: value for key, value in parts.items() if value}}
