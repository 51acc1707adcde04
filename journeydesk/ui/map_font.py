"""The font the map's items draw their text in: the application's, or one font alone while an SVG is drawn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_drawn_in: list[QFont] = []


def map_font() -> QFont:
    """The font every text of the map starts from (items set its size and weight)."""
    return _drawn_in[-1] if _drawn_in else QApplication.font()


@contextmanager
def map_drawn_in(font: QFont) -> Iterator[None]:
    """Lay out and draw the map's text in ``font`` alone while the block runs.

    An SVG names the font its text is in and embeds it: the text must be measured in that font,
    not in the screen's font with the bundled one as a fallback for Japanese.
    """
    _drawn_in.append(font)
    try:
        yield
    finally:
        _drawn_in.pop()
