"""How the report looks: colours (those of the map editor), paragraph styles, escaped text."""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from journeydesk.core import colors as map_colors
from journeydesk.core.model import Stage
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.linebreak import break_lines

TEXT = colors.HexColor(map_colors.INK)
MUTED = colors.HexColor("#4a5561")
RULE = colors.HexColor("#c5cbd3")
LANE_FILL = colors.HexColor("#eef1f5")
ZEBRA = colors.HexColor("#f4f6f9")
MOMENT_OF_TRUTH = colors.HexColor(map_colors.MOMENT_OF_TRUTH)
MOMENT_OF_TRUTH_EDGE = colors.HexColor("#8a6200")
EXIT_POINT = colors.HexColor(map_colors.EXIT_POINT)
WARNING = colors.HexColor("#b03a2e")
BAR = colors.HexColor("#0072B2")
DROP = colors.HexColor("#D55E00")

# BIZ UDPGothic's Latin letters are about a fifth wider than IPAexGothic's were: at 7.5 pt, with
# 4 pt cell padding, the touchpoint table's eight columns still hold their longest words.
CELL_SIZE = 7.5
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def clean(text: str) -> str:
    """Text without control characters, with one kind of line break."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def markup(text: str) -> str:
    """User text made safe for a Paragraph, which parses markup: escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def shorten(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text`` on one line, ending in “…” when cut."""
    line = " ".join(clean(text).split())
    return line if len(line) <= limit else line[: max(1, limit - 1)].rstrip() + "…"


def stage_color(stage: Stage) -> str:
    """A stage's colour (the default blue when it has none)."""
    return stage.color or "#4a90d9"


def tint(hex_color: str, share: float) -> colors.Color:
    """``hex_color`` mixed with white: ``share`` of the colour, the rest white."""
    c = colors.HexColor(hex_color)
    return colors.Color(*(1 - share * (1 - v) for v in (c.red, c.green, c.blue)))


def darker(hex_color: str, factor: float = 0.8) -> colors.Color:
    c = colors.HexColor(hex_color)
    return colors.Color(c.red * factor, c.green * factor, c.blue * factor)


def on_color(hex_color: str) -> colors.Color:
    """White or near-black, whichever reads better on ``hex_color``."""
    c = colors.HexColor(hex_color)
    luminance = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    return colors.white if luminance < 0.6 else TEXT


@cache
def styles(brand: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a report in brand colour ``brand``."""
    accent = colors.HexColor(brand)
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=TEXT)
    made = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=20, leading=26, textColor=accent,
                             spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=14, leading=19, spaceBefore=10, spaceAfter=6,
                             keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=9.5),
        "cell_center": ParagraphStyle("cell_center", base, fontSize=CELL_SIZE, leading=9.5,
                                      alignment=TA_CENTER),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=CELL_SIZE, leading=9.5,
                                    textColor=colors.white),
        "cell_head_center": ParagraphStyle("cell_head_center", base, fontName=BOLD, fontSize=CELL_SIZE,
                                           leading=9.5, textColor=colors.white, alignment=TA_CENTER),
        "quote": ParagraphStyle("quote", base, fontSize=14, leading=20, textColor=accent,
                                leftIndent=14, spaceBefore=6, spaceAfter=12),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=11, leading=15, textColor=accent,
                                spaceBefore=10, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", base, fontSize=10, leading=14, leftIndent=12,
                                 bulletIndent=2, bulletFontName=FONT),
        "warning": ParagraphStyle("warning", base, fontSize=9, leading=12, textColor=WARNING),
        "toc0": ParagraphStyle("toc0", base, fontSize=12, leading=18, spaceBefore=6),
        "toc1": ParagraphStyle("toc1", base, fontSize=10, leading=14, leftIndent=18, textColor=MUTED),
    }
    return made


# Japanese in these breaks between BudouX phrases (headings, table cells); body text between characters.
PHRASED = frozenset({"h1", "h2", "label", "cell", "cell_center", "cell_head", "cell_head_center"})


def para(text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A Paragraph of plain user ``text``: escaped, and broken the Japanese way when it has CJK
    (at BudouX phrases in headings and table cells)."""
    if not has_cjk(text):
        return LaidParagraph(markup(text), style, bulletText=bullet)
    return BrokenParagraph(text, style, bulletText=bullet, phrases=style.name in PHRASED)


class LaidParagraph(Paragraph):
    """A Paragraph that keeps its lines for the width it last broke them at: every layout pass, and a
    table's measuring and then drawing of a cell, wrap it at the same width again."""

    laid_for: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # split() drops blPara to start anew
        if available_width == self.laid_for and "blPara" in self.__dict__:
            self.width = available_width
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self.laid_for = available_width if "blPara" in self.__dict__ else None
        return size


class BrokenParagraph(LaidParagraph):
    """A Paragraph whose lines linebreak.py chooses, anew for each width it is given.

    reportlab's own CJK wrapping breaks Latin words and lets small kana start a line, so the
    text is broken here and handed to the Paragraph as lines ending in ``<br/>``."""

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,
                 *, phrases: bool = False, **rest: object) -> None:
        self.plain = None if text is None else clean(text)
        self.phrases = phrases
        self.broken_for: float | None = None
        super().__init__(None if text is None else markup(text), style, bulletText=bulletText, **rest)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.plain is not None and self.broken_for != available_width:
            style = self.style
            room = available_width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
            lines, _ = break_lines(self.plain, lambda s: stringWidth(s, style.fontName, style.fontSize),
                                   room - 0.01, phrases=self.phrases)
            Paragraph.__init__(self, "<br/>".join(escape(line.strip()) for line in lines), style,
                               bulletText=self.bulletText)
            self.broken_for = available_width
            self.laid_for = None
        return super().wrap(available_width, available_height)
