"""How EMS outcomes and enablement read on the map (journey description, stage goal, note cards), and back."""

from __future__ import annotations

import re

from journeydesk.i18n import t

_LABELS = {"skills": ("Skill", "スキル"), "knowledge": ("Knowledge", "ナレッジ"), "tools": ("Tool", "ツール")}


def _label(key: str) -> str:
    return {"skills": t("Skill"), "knowledge": t("Knowledge"), "tools": t("Tool")}[key]


def outcome_lines(kgi: str, csf: str, kpi: str, target: str, unit: str, definition: str) -> list[str]:
    """KGI, CSF and KPI as three lines: the journey's description holds them, the KPI line is a stage's
    goal."""
    goal = f"KPI: {kpi}"
    if target:
        goal += t(" (target {target}{unit})", target=target, unit=unit)
    if definition:
        goal += f" = {definition}"
    return [f"KGI: {kgi}", f"CSF: {csf}", goal]


def parse_outcome(description: str) -> dict | None:
    """The KGI, CSF and KPI lines of a journey description, as an EMS outcome; None without them."""
    found = {key: re.search(rf"^{key}: (.*)$", description, re.MULTILINE) for key in ("KGI", "CSF", "KPI")}
    if not all(found.values()):
        return None
    kpi = found["KPI"].group(1)
    match = re.fullmatch(r"(.*?)(?: [(（](?:target|目標)\s*([-+\d.]+)(.*?)[)）])?(?: = (.*))?", kpi)
    name, target, unit, definition = match.groups()
    result = {"kgi": found["KGI"].group(1), "csf": found["CSF"].group(1), "kpi": name,
              "target": float(target) if target and "." in target else int(target) if target else 0}
    if unit:
        result["unit"] = unit.strip()
    if definition:
        result["definition"] = definition
    return result


def enablement_note(name: str, description: str, parts: dict[str, list]) -> str:
    """An enablement action's note: its name and description, then its skills (with their learnings),
    knowledge and tools, URLs kept as plain text."""
    lines = [name] + ([description] if description else [])
    for key in ("skills", "knowledge", "tools"):
        for item_name, url, learnings in parts[key]:
            lines.append(f"{_label(key)}: {item_name}" + (f" {url}" if url else ""))
            lines += [f"  • {title}" + (f" {link}" if link else "") for title, link in learnings]
    return "\n".join(lines)


def parse_note(text: str) -> tuple[str, str, dict[str, list]]:
    """An enablement note read back: (name, description, skills / knowledge / tools as in
    ``enablement_note``)."""
    lines = text.split("\n")
    parts: dict[str, list] = {"skills": [], "knowledge": [], "tools": []}
    body: list[str] = []
    current: list | None = None
    for line in lines[1:]:
        key = next((k for k, names in _LABELS.items()
                    for label in {*names, _label(k)} if re.match(rf"{re.escape(label)}\s*[:：]", line)), None)
        if key is not None:
            name, url = _with_url(re.split(r"[:：]", line, maxsplit=1)[1].strip())
            current = []
            parts[key].append((name, url, current))
        elif current is not None and line.startswith("  • "):
            current.append(_with_url(line[4:]))
        else:
            body.append(line)
    return lines[0], "\n".join(body).strip(), parts


def _with_url(text: str) -> tuple[str, str]:
    match = re.fullmatch(r"(.*?)\s+(\S+://\S+)", text)
    return (match.group(1), match.group(2)) if match else (text, "")
