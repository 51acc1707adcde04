"""Text fitted into a box: lines broken the way linebreak.py says, and ellipsis when it runs out."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from journeydesk.report.fonts import FONT
from journeydesk.report.linebreak import break_lines
from journeydesk.report.style import clean

ELLIPSIS = "…"
WHOLE_KEPT = 20_000  # texts remembered as broken whole (a poster measures each card's text, then draws it)
_whole: dict[tuple[str, float, float, str, bool], list[str]] = {}


def _width(text: str, size: float, font: str = FONT) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _prefix(text: str, size: float, room: float, font: str = FONT) -> int:
    """How many leading characters of ``text`` fit in ``room`` points (may be 0)."""
    low, high = 0, min(len(text), int(room / max(size * 0.2, 0.1)) + 1)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(text[:middle], size, font) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def wrap(text: str, size: float, width: float, max_lines: int, *, font: str = FONT,
         phrases: bool = False) -> tuple[list[str], bool]:
    """``text`` broken into at most ``max_lines`` lines no wider than ``width`` at ``size`` points.

    Latin words break at spaces (a word longer than a line is cut); Japanese follows the kinsoku
    rules (and BudouX phrases when ``phrases`` is set, for titles). Returns the lines and whether
    text was left over. Only as much of the text as could possibly be shown is looked at, so a
    20,000-character text costs no more than a short one; a text found to fit whole is remembered,
    so measuring a card and then drawing it breaks its text once.
    """
    if max_lines < 1 or width <= 0 or size <= 0:
        return [], bool(text.strip())
    key = (text, size, width, font, phrases)
    whole = _whole.get(key)
    if whole is not None and len(whole) <= max_lines:  # all of it fits in fewer lines: broken the same way
        return list(whole), False
    text = clean(text)
    limit = (max_lines + 1) * (int(width / max(size * 0.2, 0.1)) + 2)
    cut = len(text) > limit
    lines, left_over = break_lines(text[:limit], lambda s: _width(s, size, font), width,
                                   phrases=phrases, max_lines=max_lines)
    while lines and not lines[-1].strip():
        lines.pop()
    shown = [line.rstrip() for line in lines]
    more = cut or left_over
    if more and shown:
        shown[-1] = ellipsize(shown[-1] + ELLIPSIS, size, width, font=font)
    elif not more:
        if len(_whole) >= WHOLE_KEPT:
            _whole.clear()
        _whole[key] = shown
    return list(shown), more


def ellipsize(text: str, size: float, width: float, *, font: str = FONT) -> str:
    """``text`` on one line, cut to fit ``width`` and ending in “…” when it was cut (or already did)."""
    line = " ".join(clean(text).split())
    if _width(line, size, font) <= width:
        return line
    body = line[:-1] if line.endswith(ELLIPSIS) else line
    room = width - _width(ELLIPSIS, size, font)
    if room <= 0:
        return ""
    return body[: _prefix(body, size, room, font)].rstrip() + ELLIPSIS


def fitting_size(text: str, size: float, width: float, smallest: float, *, font: str = FONT) -> float:
    """The largest size from ``size`` down to ``smallest`` (in half points) at which ``text`` fits ``width``;
    ``smallest`` when none does."""
    line = " ".join(clean(text).split())
    while size > smallest and _width(line, size, font) > width:
        size -= 0.5
    return max(size, smallest)
