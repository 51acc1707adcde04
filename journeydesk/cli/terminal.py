"""Text from a project made safe to print: controls, bidi overrides and escapes shown, not obeyed."""

from __future__ import annotations

import json
import unicodedata


def _shown(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(text: object) -> str:
    """``text`` with control and format characters (bidi overrides, escape sequences) written as \\uXXXX."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(_shown(c) if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else c
                   for c in text)


def printable_json(value: object) -> str:
    """JSON for a terminal: non-ASCII text stays readable, format characters are escaped (still valid
    JSON)."""
    return "\n".join(printable(line) for line in json.dumps(value, ensure_ascii=False, indent=2).split("\n"))


def text_width(text: str) -> int:
    """Columns a text takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (on the left with ``right``)."""
    space = " " * max(0, width - text_width(text))
    return space + text if right else text + space
