"""Mermaid's ``journey`` grammar as Mermaid's own lexer and parser read it (journey.jison, journeyDb).

The lexer tries its rules in order and takes the first that matches (as jison does), case-insensitively.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from journeydesk.i18n import t

_I = re.IGNORECASE
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("skip", re.compile(r"%%(?!\{)[^\n]*")),
    ("skip", re.compile(r"[^}]%%[^\n]*")),
    ("NEWLINE", re.compile(r"\n+")),
    ("skip", re.compile(r"\s+")),
    ("skip", re.compile(r"#[^\n]*")),
    ("journey", re.compile(r"journey", _I)),
    ("title", re.compile(r"title\s[^#\n;]+", _I)),
    ("acc_title", re.compile(r"accTitle\s*:\s*", _I)),
    ("acc_descr", re.compile(r"accDescr\s*:\s*", _I)),
    ("acc_descr_multiline", re.compile(r"accDescr\s*\{\s*", _I)),
    ("section", re.compile(r"section\s[^#:\n;]+", _I)),
    ("taskName", re.compile(r"[^#:\n;]+")),
    ("taskData", re.compile(r":[^#\n;]+")),
    (":", re.compile(r":")),
)
_REST_OF_LINE = re.compile(r"[^\n]*")
_UNTIL_BRACE = re.compile(r"[^}]*")
_BREAK = re.compile(r"<br\s*/?>", _I)


class MermaidError(ValueError):
    """Text that Mermaid would not draw: the line (counted in the text parsed) and what is wrong there."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(t("line {line}: {reason}", line=line, reason=reason))
        self.line = line
        self.reason = reason


@dataclass
class Task:
    section: str
    name: str
    score: float  # as JavaScript's Number() reads it: NaN when it is not a number
    score_text: str
    actors: list[str]
    line: int


@dataclass
class Diagram:
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[tuple[str, int]] = field(default_factory=list)  # (name, line)
    tasks: list[Task] = field(default_factory=list)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, line) for every token, comments and blanks dropped."""
    found: list[tuple[str, str, int]] = []
    at, line = 0, 1
    state = ""
    while at < len(text):
        if state in ("acc_title", "acc_descr"):
            match = _REST_OF_LINE.match(text, at)
            found.append((state + "_value", match.group(), line))
            state = ""
        elif state == "multiline":
            if text[at] == "}":
                state, at = "", at + 1
                continue
            match = _UNTIL_BRACE.match(text, at)
            found.append(("acc_descr_multiline_value", match.group(), line))
        else:
            kind, match = next(((kind, m) for kind, rule in _RULES if (m := rule.match(text, at))),
                               ("INVALID", None))
            if match is None:
                raise MermaidError(line, t("Mermaid cannot read “{char}” here.", char=text[at]))
            if kind in ("acc_title", "acc_descr"):
                state = kind
            elif kind == "acc_descr_multiline":
                state = "multiline"
            elif kind != "skip":
                found.append((kind, match.group(), line))
        line += match.group().count("\n")
        at = match.end() if match.end() > at else at + 1
    return found


def js_number(text: str) -> float:
    """What JavaScript's ``Number(text)`` gives: 0 for blank, NaN for anything that is not a number."""
    text = text.strip(
        " \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                      "\u2028\u2029\u202f\u205f\u3000\ufeff")
    if not text:
        return 0.0
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return float(text)
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if text[:2].lower() == prefix:
            try:
                return float(int(text[2:], base))
            except ValueError:
                return math.nan
    if text in ("Infinity", "+Infinity", "-Infinity"):
        return -math.inf if text.startswith("-") else math.inf
    return math.nan


def parse(text: str) -> Diagram:
    """The diagram ``text`` holds, as Mermaid reads it; MermaidError names the line it cannot read."""
    tokens = _tokens(text)
    while tokens and tokens[0][0] == "NEWLINE":
        tokens.pop(0)
    if not tokens or tokens[0][0] != "journey":
        line = tokens[0][2] if tokens else 1
        raise MermaidError(line, t("a Mermaid journey starts with the word “journey”."))
    diagram = Diagram()
    section = ""
    index = 1
    while index < len(tokens):
        kind, value, line = tokens[index]
        index += 1
        if kind == "NEWLINE":
            continue
        if kind == "title":
            diagram.title = value[6:]
        elif kind == "acc_title_value":
            diagram.acc_title = value.strip()
        elif kind in ("acc_descr_value", "acc_descr_multiline_value"):
            diagram.acc_descr = re.sub(r"\n\s+", "\n", value.strip())
        elif kind == "section":
            section = value[8:]
            diagram.sections.append((section, line))
        elif kind == "taskName" and index < len(tokens) and tokens[index][0] == "taskData":
            data = tokens[index][1]
            index += 1
            pieces = data[1:].split(":")
            actors = [a.strip() for a in pieces[1].split(",")] if len(pieces) > 1 else []
            diagram.tasks.append(Task(section, value, js_number(pieces[0]), pieces[0].strip(), actors, line))
        elif kind == "taskName":
            raise MermaidError(line,
                               t("“{text}” is neither a task (Name: score: actors), a section nor a title.",
                                       text=value.strip()[:80]))
        elif kind == "journey":
            raise MermaidError(line, t("Mermaid reads “journey” here as the start of a diagram; a task "
                                       "cannot begin with that word."))
        else:
            raise MermaidError(line, t("Mermaid cannot read “{text}” here.", text=value.strip()[:80]))
    return diagram


def display(text: str) -> str:
    """A name as Mermaid draws it: ``<br>`` as a line break, outer blanks gone."""
    return _BREAK.sub("\n", text).strip().lstrip("\u200b")


def shown(diagram: Diagram) -> list:
    """What a reader of the drawn diagram sees: title, sections and their tasks with scores and actors."""
    return [diagram.title.strip(), [(display(section), [(display(task.name), task.score_text, task.actors)
                                                       for task in diagram.tasks if task.section == section])
                                    for section, _line in diagram.sections]]
