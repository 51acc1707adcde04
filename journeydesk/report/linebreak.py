"""Where a line may break: Latin at spaces, Japanese by the kinsoku rules of JIS X 4051, titles at BudouX
phrases."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# JIS X 4051 / W3C JLReq: closing brackets, 、。 and the like, middle dots, iteration marks,
# the prolonged sound mark and small kana never start a line; opening brackets never end one.
CANNOT_START = frozenset(
    ")]}）］｝〕〉》」』】〙〗〟’”｠»"
    "、。，．,.・：；:;！？!?‼⁇⁈⁉゠–〜～"
    "ーヽヾゝゞ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "ｧｨｩｪｫｯｬｭｮｰ"
)
CANNOT_END = frozenset("([{（［｛〔〈《「『【〘〖〝‘“｟«")

_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"[ \u3000]+|[{_CJK}]|[^\s{_CJK}]+")
_HAS_CJK = re.compile(rf"[{_CJK}]")


def may_break(before: str, after: str) -> bool:
    """Whether a line may end with ``before`` and the next one start with ``after`` (no space between)."""
    return bool(before) and bool(after) and after[0] not in CANNOT_START and before[-1] not in CANNOT_END


@lru_cache(maxsize=1)
def _parser():
    import budoux

    return budoux.load_default_japanese_parser()


# characters: BudouX takes about 15 µs a character, so a longer run breaks between characters
PHRASE_RUN = 160


@lru_cache(maxsize=8192)
def _phrases(run: str) -> tuple[str, ...]:
    if not _HAS_CJK.search(run):
        return (run,)
    if len(run) > PHRASE_RUN:
        return tuple(_TOKEN.findall(run))
    return tuple(_parser().parse(run))


def pieces(text: str, *, phrases: bool = False) -> list[str]:
    """One line of ``text`` (no line breaks) as the pieces no line break may fall inside.

    A piece that follows a space starts with one " ". Latin words are whole pieces; Japanese
    text gives one piece per character, or per BudouX phrase when ``phrases`` is set (in runs of up to
    PHRASE_RUN characters), and a
    piece is joined to its neighbour wherever ``may_break`` forbids the break between them.
    """
    found: list[str] = []
    spaced = False
    tokens = _TOKEN.findall(text)
    if phrases:
        tokens = [p for token in _runs(tokens) for p in ([token] if token.isspace() else _phrases(token))]
    for token in tokens:
        if token.isspace():
            spaced = bool(found)
            continue
        if found and not spaced and not may_break(found[-1], token):
            found[-1] += token
        else:
            found.append((" " if spaced else "") + token)
        spaced = False
    return found


def _runs(tokens: list[str]) -> list[str]:
    """Tokens with neighbouring non-space tokens joined again (for BudouX, which needs whole runs)."""
    joined: list[str] = []
    for token in tokens:
        if joined and not token.isspace() and not joined[-1].isspace():
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def break_lines(text: str, measure: Callable[[str], float], width: float, *,
                phrases: bool = False, max_lines: int | None = None) -> tuple[list[str], bool]:
    """``text`` broken into lines no wider than ``width`` as ``measure`` sees them.

    Greedy: each line takes as many pieces as fit; a piece wider than a whole line is cut
    between characters, still keeping the kinsoku rules where the line leaves any choice.
    Returns the lines (at most ``max_lines``) and whether text was left over.
    """
    lines: list[str] = []
    limit = max_lines if max_lines is not None else len(text) + 1
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        line, used, start = "", 0.0, len(lines)
        for piece in pieces(paragraph, phrases=phrases):
            if line:
                piece_width = measure(piece)
                if used + piece_width <= width:
                    line, used = line + piece, used + piece_width
                    continue
                lines.append(line)
                if len(lines) >= limit:
                    return lines, True
            piece = piece.lstrip(" ")
            while len(piece) > 1 and measure(piece) > width:
                count = _cut(piece, measure, width)
                lines.append(piece[:count])
                if len(lines) >= limit:
                    return lines, True
                piece = piece[count:]
            line, used = piece, measure(piece)
        lines.append(line)
        _no_orphan(lines, start)
        if len(lines) >= limit:
            return lines, any(rest.strip() for rest in paragraphs[index + 1:])
    return lines, False


def _no_orphan(lines: list[str], start: int) -> None:
    """A paragraph's last line of one Japanese character ("オンライ／ン") takes one more from the line
    before."""
    if len(lines) - start < 2 or len(lines[-1]) != 1 or not _HAS_CJK.match(lines[-1]) or len(lines[-2]) < 4:
        return
    before, last = lines[-2], lines[-1]
    for count in range(len(before) - 1, len(before) - 3, -1):
        if may_break(before[:count], before[count:] + last):
            lines[-2:] = [before[:count], before[count:] + last]
            return


def _cut(piece: str, measure: Callable[[str], float], width: float) -> int:
    """How many leading characters of ``piece`` go on a line of their own: as many as fit
    (at least one), one or two fewer when that keeps a forbidden character off a line start or end."""
    low, high = 1, len(piece) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if measure(piece[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    dot = max(piece.rfind(mark, 0, low) for mark in "・／/")  # "デジタル・" + "オンライン" reads best
    if dot + 1 >= low / 2 and may_break(piece[:dot + 1], piece[dot + 1:]):
        return dot + 1
    for count in range(low, max(0, low - 3), -1):
        if may_break(piece[:count], piece[count:]):
            return count
    return low
