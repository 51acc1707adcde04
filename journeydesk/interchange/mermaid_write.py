"""A journey as a Mermaid ``journey`` diagram, with ``%% jd:`` comment lines that let JourneyDesk restore all
of it."""

from __future__ import annotations

import json
import math
import re

from journeydesk.core.document import Document
from journeydesk.i18n import t
from journeydesk.interchange.json_export import export_dict

JD = "%% jd: "
_KEYWORD = re.compile(r"(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])", re.IGNORECASE)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


def safe(text: str, *, actor: bool = False) -> str:
    """A name Mermaid's grammar reads back as it is: one line, without “:”, “#” or “;” (full-width forms in
    Japanese text), no “<br>”, and not starting with one of its keywords."""
    japanese = bool(_JAPANESE.search(text))
    text = " ".join(text.split())
    text = re.sub(r"<(br\s*/?)>", r"‹\1›", text, flags=re.IGNORECASE)
    swaps = {":": "：", "#": "＃", ";": "；", ",": "、"} if japanese else {":": " -", "#": "No.", ";": ",",
                                                                           ",": " /"}
    if not actor:
        swaps.pop(",")
    for old, new in swaps.items():
        text = text.replace(old, new)
    text = " ".join(text.split()).replace("%%", "%")
    if _KEYWORD.match(text):
        text = "\u200b" + text  # a zero-width space keeps Mermaid's lexer from reading a keyword
    return text or "…"


def _score(markers: list[dict]) -> int:
    """Mermaid's 1…5 from the stage's emotion (the mean of its markers, −2…+2); 3 without any."""
    if not markers:
        return 3
    mean = sum(m["score"] for m in markers) / len(markers)
    return int(math.copysign(math.floor(abs(mean) + 0.5), mean)) + 3


def diagram_text(document: dict) -> str:
    """The drawn part of the diagram for the one journey of a JSON export."""
    journey = document["journeys"][0]
    persona = next((p["name"] for p in document["personas"] if p["id"] == journey["persona"]), "")
    kinds = {lane["id"]: lane["kind"] for lane in journey["lanes"]}
    shown = "actions" if any(kinds[c["lane"]] == "actions" for c in journey["cards"]) else "touchpoints"
    lines = ["journey"]
    if journey["name"].strip():
        lines.append(f"  title {safe(journey['name'])}")
    if journey["description"].strip():
        lines.append(f"  accDescr: {' '.join(journey['description'].split())}")
    for stage in journey["stages"]:
        lines.append(f"  section {safe(stage['name'])}")
        cards = [c for c in journey["cards"] if c["stage"] == stage["id"]]
        channels = dict.fromkeys(safe(c["channel"], actor=True) for c in cards
                                 if kinds[c["lane"]] == "touchpoints" and c["channel"].strip())
        actors = list(dict.fromkeys([safe(persona, actor=True)] if persona.strip() else []) | channels)
        score = _score([m for m in journey["emotion_markers"] if m["stage"] == stage["id"]])
        for card in cards:
            if kinds[card["lane"]] == shown:
                task = f"    {safe(card['text'])}: {score}"
                lines.append(task + (f": {', '.join(actors)}" if actors else ""))
    return "\n".join(lines) + "\n"


def export_mermaid(doc: Document, journey_id: str) -> str:
    """The diagram, then one ``%% jd:`` line per part of the journey (Mermaid skips them as comments)."""
    document = export_dict(doc, [journey_id])
    journey = document["journeys"][0]
    lines = [diagram_text(document).rstrip("\n"),
             "%% " + t("Exported from JourneyDesk. The “%% jd:” lines below hold the whole journey, so that "
                       "JourneyDesk can import it back as it was; Mermaid ignores them."),
             JD + _line({"journeydesk": document["journeydesk"]}),
             JD + _line({"journey": {k: v for k, v in journey.items() if not isinstance(v, list)}})]
    lines += [JD + _line({"persona": persona}) for persona in document["personas"]]
    for key, kind in (("stages", "stage"), ("lanes", "lane"), ("cards", "card"),
                      ("emotion_markers", "emotion_marker"), ("links", "link"), ("datasets", "dataset")):
        lines += [JD + _line({kind: item}) for item in journey[key]]
    return "\n".join(lines) + "\n"


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
