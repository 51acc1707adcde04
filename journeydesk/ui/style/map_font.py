"""The font the map's items draw their text in: the application's, or one font alone while an SVG is drawn."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# Per thread: an SVG drawn on a worker thread must not change the font of the map on screen meanwhile.
_local = threading.local()


def _drawn_in() -> list[QFont]:
    if not hasattr(_local, "fonts"):
        _local.fonts = []
    return _local.fonts


def map_font() -> QFont:
    """The font every text of the map starts from (items set its size and weight)."""
    fonts = _drawn_in()
    return fonts[-1] if fonts else QApplication.font()


@contextmanager
def map_drawn_in(font: QFont) -> Iterator[None]:
    """Lay out and draw the map's text in ``font`` alone while the block runs.

    An SVG names the font its text is in and embeds it: the text must be measured in that font,
    not in the screen's font with the bundled one as a fallback for Japanese.
    """
    fonts = _drawn_in()
    fonts.append(font)
    try:
        yield
    finally:
        fonts.pop()
