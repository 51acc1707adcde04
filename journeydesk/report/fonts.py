"""The report's fonts: the bundled BIZ UDPGothic, Regular and Bold, registered once and embedded as
subsets."""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesk.i18n import t
from journeydesk.report.options import ReportError

FONT = "BIZUDPGothic"
BOLD = "BIZUDPGothic-Bold"
FILES = {FONT: "BIZUDPGothic-Regular.ttf", BOLD: "BIZUDPGothic-Bold.ttf"}
_lock = threading.Lock()


def font_path(name: str = FONT) -> Path:
    """The bundled TrueType file of font ``name`` (its SIL Open Font License, OFL.txt, is beside it)."""
    return Path(str(files("journeydesk.resources") / "fonts" / FILES[name]))


def register() -> str:
    """Register both weights with reportlab (once per process) and return the regular one's name."""
    with _lock:
        if BOLD in pdfmetrics.getRegisteredFontNames():
            return FONT
        for name in (FONT, BOLD):
            path = font_path(name)
            try:
                font = TTFont(name, str(path))
            except Exception as error:  # reportlab raises its own TTFError and plain OSErrors
                raise ReportError(t("The report font {path} cannot be read ({reason}). Reinstall "
                                    "JourneyDesk.", path=path, reason=error)) from None
            pdfmetrics.registerFont(font)
        for italic in (0, 1):
            addMapping(FONT, 0, italic, FONT)
            addMapping(FONT, 1, italic, BOLD)
        return FONT


def width(text: str, size: float, font: str = FONT) -> float:
    return pdfmetrics.stringWidth(text, font, size)
