"""Text fitted into a box: line breaking that knows Japanese (kinsoku) and ellipsis when it runs out."""

from __future__ import annotations

import re

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics

from journeydesk.report.fonts import FONT
from journeydesk.report.style import clean

ELLIPSIS = "…"
_TOKEN = re.compile(
    r"\n|[ \u3000]+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
    r"|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+"
)


def _width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def _prefix(text: str, size: float, room: float) -> int:
    """How many leading characters of ``text`` fit in ``room`` points (may be 0)."""
    low, high = 0, min(len(text), int(room / max(size * 0.2, 0.1)) + 1)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(text[:middle], size) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def wrap(text: str, size: float, width: float, max_lines: int) -> tuple[list[str], bool]:
    """``text`` broken into at most ``max_lines`` lines no wider than ``width`` at ``size`` points.

    Latin words break at spaces (a word longer than a line is cut); Japanese breaks between
    any two characters except before closing punctuation and small kana or after opening
    brackets. Returns the lines and whether text was left over. Only as much of the text as
    could possibly be shown is looked at, so a 20,000-character text costs no more than a short one.
    """
    if max_lines < 1 or width <= 0 or size <= 0:
        return [], bool(text.strip())
    narrowest = max(size * 0.2, 0.1)
    text = clean(text)
    limit = (max_lines + 1) * (int(width / narrowest) + 2)
    cut = len(text) > limit
    lines: list[list[str]] = [[]]
    widths = [0.0]
    space = _width(" ", size)
    pending_space = False
    left_over = False

    def new_line(first: list[str]) -> None:
        lines.append(first)
        widths.append(_width("".join(first), size))

    for match in _TOKEN.finditer(text[:limit]):
        token = match.group()
        if len(lines) > max_lines:
            left_over = not token.isspace() or left_over
            if left_over:
                break
            continue
        line = lines[-1]
        if token == "\n":
            new_line([])
            pending_space = False
            continue
        if token.isspace():
            pending_space = bool(line)
            continue
        gap = space if pending_space and line else 0.0
        pending_space = False
        token_width = _width(token, size)
        if widths[-1] + gap + token_width <= width:
            if gap:
                line.append(" ")
            line.append(token)
            widths[-1] += gap + token_width
            continue
        if len(token) == 1 and token in ALL_CANNOT_START and len(line) > 1 and len(line[-1]) == 1:
            carried = line.pop()
            widths[-1] = _width("".join(line), size)
            new_line([carried, token])
            if widths[-1] > width:
                lines[-1] = [carried]
                widths[-1] = _width(carried, size)
                new_line([token])
            continue
        if line and len(line[-1]) == 1 and line[-1] in ALL_CANNOT_END and len(line) > 1:
            carried = line.pop()
            widths[-1] = _width("".join(line), size)
            new_line([carried])
        elif line:
            new_line([])
        if token_width <= width:
            lines[-1].append(token)
            widths[-1] += token_width
            continue
        rest = token
        while rest and len(lines) <= max_lines:
            count = _prefix(rest, size, width - widths[-1]) or (0 if lines[-1] else 1)
            if count == 0:
                new_line([])
                continue
            lines[-1].append(rest[:count])
            widths[-1] += _width(rest[:count], size)
            rest = rest[count:]
            if rest:
                new_line([])
        left_over = left_over or bool(rest)
    while lines and not lines[-1]:
        lines.pop()
        widths.pop()
    more = cut or left_over or len(lines) > max_lines
    shown = ["".join(line).rstrip() for line in lines[:max_lines]]
    if more and shown:
        shown[-1] = ellipsize(shown[-1] + ELLIPSIS, size, width)
    return shown, more


def ellipsize(text: str, size: float, width: float) -> str:
    """``text`` on one line, cut to fit ``width`` and ending in “…” when it was cut (or already did)."""
    line = " ".join(clean(text).split())
    if _width(line, size) <= width:
        return line
    body = line[:-1] if line.endswith(ELLIPSIS) else line
    room = width - _width(ELLIPSIS, size)
    if room <= 0:
        return ""
    return body[: _prefix(body, size, room)].rstrip() + ELLIPSIS
