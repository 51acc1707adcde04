"""A zoomed-out card's first words, in the largest font that fits the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

from journeydesk.ui.base.plain import plain_static
from journeydesk.ui.style.map_font import map_font

HEADLINE_MAX_PX = 34.0
HEADLINE_SIZES = (16, 20, 26, 34)


def headline_words(text: str) -> list[str]:
    """The first words of ``text``: two when the first is short; for text without spaces (Japanese), its
    start."""
    words = text.split()
    if not words:
        return []
    if len(words[0]) > 8 and not words[0].isascii():
        start = words[0][:8]
        return [start[:len(start) // 2 or 1], start[len(start) // 2:]] if len(start) > 4 else [start]
    return words[:2] if len(words[0]) < 6 and len(words) > 1 else words[:1]


def headline(text: str, width: float, height: float) -> tuple[QStaticText, QFont] | None:
    """The first words of a card in the largest font (up to 34 px) that fits ``width`` × ``height``.

    Shown instead of the text when the card is too small on screen for its text to be read:
    one line when it fits at 20 px or more, else two lines.
    """
    words = headline_words(text)
    if not words:
        return None
    font = QFont(map_font())
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    one = " ".join(words)
    size = min(HEADLINE_MAX_PX, 100 * width / max(1.0, metrics.horizontalAdvance(one)),
               100 * height / metrics.lineSpacing())
    lines = [one]
    if size < 20 and len(words) > 1:
        widest = max(metrics.horizontalAdvance(w) for w in words)
        two = min(HEADLINE_MAX_PX, 100 * width / max(1.0, widest), 100 * height / (2 * metrics.lineSpacing()))
        if two > size:
            size, lines = two, words
    # A few sizes only: each distinct size is a font engine and a glyph cache to paint from.
    font.setPixelSize(max((step for step in HEADLINE_SIZES if step <= size), default=HEADLINE_SIZES[0]))
    shown = [QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    static = plain_static("\u2028".join(shown))
    static.prepare(font=font)
    return static, font
