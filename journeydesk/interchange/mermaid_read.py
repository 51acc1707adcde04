"""Journeys from Mermaid: our own exports restored from their ``%% jd:`` lines, any other diagram read as
Mermaid does."""

from __future__ import annotations

import json
import math
import re
from collections import Counter

from journeydesk.core.entity import new_id
from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Persona
from journeydesk.i18n import t
from journeydesk.interchange.builder import JourneyBuilder, clip, spread, untitled
from journeydesk.interchange.common import Imported, InterchangeError
from journeydesk.interchange.json_import import read_json
from journeydesk.interchange.mermaid_grammar import Diagram, MermaidError, display, parse, shown
from journeydesk.interchange.mermaid_write import JD, diagram_text

_FENCE = re.compile(r"^(```+|~~~+)[ \t]*mermaid[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_FRONT = re.compile(r"\A\s*---\n(.*?)\n---[ \t]*\n", re.DOTALL)
_DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)


def _blank_keeping_lines(match: re.Match[str]) -> str:
    return "\n" * match.group().count("\n")


def diagrams(text: str) -> list[tuple[str, int, str]]:
    """(diagram text, line it starts on, front-matter title) for the one diagram of a .mmd file, or each
    ``mermaid`` block of a Markdown file that holds a journey."""
    if not re.match(r"\s*(---\n|%%|journey\b)", text, re.IGNORECASE) and ("```" in text or "~~~" in text):
        blocks = [(m.group(2), text.count("\n", 0, m.start(2)) + 1) for m in _FENCE.finditer(text)]
        found = [(body, line) for body, line in blocks if re.match(
            r"(\s|%%[^\n]*\n|---\n.*?\n---\n)*journey\b",
                                                                     _DIRECTIVE.sub("", body),
            re.IGNORECASE | re.DOTALL)]
        if not found:
            raise InterchangeError(t("The file holds no Mermaid journey (no ```mermaid block starting with "
                                     "“journey”)."))
    else:
        found = [(text, 1)]
    result = []
    for body, line in found:
        title = ""
        front = _FRONT.match(body)
        if front is not None:
            named = re.search(r"^title:[ \t]*(.+?)[ \t]*$", front.group(1), re.MULTILINE)
            title = named.group(1).strip("'\"") if named else ""
            body = _FRONT.sub(_blank_keeping_lines, body, count=1)
        result.append((_DIRECTIVE.sub(_blank_keeping_lines, body), line, title))
    return result


def read_mermaid(text: str, name: str) -> Imported:
    """Every journey diagram of ``text`` as a new journey (Markdown: each ``mermaid`` journey block)."""
    found = Imported()
    for body, first_line, front_title in diagrams(text):
        try:
            diagram = parse(body)
        except MermaidError as error:
            raise InterchangeError(t("{name}, line {line}: {reason}", name=name,
                                     line=error.line + first_line - 1, reason=error.reason)) from None
        ours = _restored(body, diagram, name, found)
        if ours is not None:
            found.entities += ours.entities
            found.rows.update(ours.rows)
            found.unplaced += ours.unplaced
        else:
            _plain(diagram, front_title or re.sub(r"\.\w+$", "", name), found)
    return found


def _restored(body: str, diagram: Diagram, name: str, found: Imported) -> Imported | None:
    """Our own export, from its ``%% jd:`` lines, when the diagram still shows what they hold."""
    lines = [line.strip()[len(JD):] for line in body.split("\n") if line.strip().startswith(JD)]
    if not lines:
        return None
    try:
        parts = [json.loads(line) for line in lines]
        document = _assembled(parts)
    except (ValueError, TypeError, KeyError, IndexError):
        found.unplaced.append(t("The “%% jd:” lines are damaged; the diagram was read as plain Mermaid."))
        return None
    restored = read_json(json.dumps(document, ensure_ascii=False), name)
    if shown(parse(diagram_text(document))) != shown(diagram):
        found.unplaced.append(t("The diagram was changed after it was exported; it was read as plain "
                                "Mermaid, not from its “%% jd:” lines."))
        return None
    return restored


def _assembled(parts: list[dict]) -> dict:
    """The JSON export the ``%% jd:`` lines were cut from: a header, then one entity per line."""
    header = parts[0]["journeydesk"]
    journey = dict(parts[1]["journey"])
    document = {"journeydesk": header, "personas": [], "journeys": [journey]}
    for key in ("stages", "lanes", "cards", "emotion_markers", "links", "datasets"):
        journey[key] = []
    plural = {"persona": None, "stage": "stages", "lane": "lanes", "card": "cards",
              "emotion_marker": "emotion_markers", "link": "links", "dataset": "datasets"}
    for part in parts[2:]:
        ((kind, value),) = part.items()
        if kind == "persona":
            document["personas"].append(value)
        else:
            journey[plural[kind]].append(value)
    return document


def _plain(diagram: Diagram, fallback: str, found: Imported) -> None:
    """Sections as stages, tasks as action cards, scores as the emotion curve, actors as persona and
    touchpoints."""
    title = display(diagram.title) or display(diagram.acc_title) or fallback
    description = diagram.acc_descr
    if diagram.acc_title and display(diagram.acc_title) != title:
        description = f"{diagram.acc_title}\n\n{description}".strip()
    builder = JourneyBuilder(title, description, standard_lanes=True)
    persona = _persona_actor(diagram)
    stages = {}
    sections = [("", 0)] if any(task.section == "" for task in diagram.tasks) else []
    for section, _line in sections + diagram.sections:
        stages.setdefault(section, builder.add_stage(untitled(display(section))))
    actions = builder.lane(LaneKind.ACTIONS)
    touchpoints = builder.lane(LaneKind.TOUCHPOINTS)
    for section, stage in stages.items():
        tasks = [task for task in diagram.tasks if task.section == section]
        seen: set[str] = set()
        for index, task in enumerate(tasks):
            builder.add_card(stage, actions, display(task.name))
            score = _emotion(task, found)
            if score is not None:
                builder.add_marker(stage, score, label=display(task.name), offset=spread(index, len(tasks)))
            for actor in task.actors:
                if actor and actor != persona and actor not in seen:
                    seen.add(actor)
                    builder.add_card(stage, touchpoints, actor, channel=clip(actor))
    if persona:
        builder.persona = Persona(new_id(), name=clip(persona), source=t("Mermaid journey “{title}”",
                                                                         title=title))
    found.entities += builder.entities()


def _persona_actor(diagram: Diagram) -> str:
    """The actor in most tasks (at least half of them), taken to be the persona; '' when none is."""
    counts = Counter(actor for task in diagram.tasks for actor in dict.fromkeys(task.actors) if actor)
    if not counts:
        return ""
    actor, count = counts.most_common(1)[0]
    return actor if 2 * count >= len(diagram.tasks) else ""


def _emotion(task, found: Imported) -> int | None:
    """Mermaid's 1…5 as the map's −2…+2; a score that is no number gives no marker and is reported."""
    name = display(task.name)
    if math.isnan(task.score):
        found.unplaced.append(t("line {line}: the score “{score}” of “{task}” is not a number; it has no "
                                "emotion marker.", line=task.line, score=task.score_text, task=name))
        return None
    score = math.floor(task.score + 0.5) - 3 if math.isfinite(task.score) else (2 if task.score > 0 else -2)
    if not -2 <= score <= 2:
        found.unplaced.append(t("line {line}: the score {score} of “{task}” is outside 1…5; its marker is at "
                                "the nearest end.", line=task.line, score=task.score_text, task=name))
        score = max(-2, min(2, score))
    return score
