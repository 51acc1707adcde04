"""The report's one font: the bundled IPAex Gothic, registered once and embedded as subsets."""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesk.i18n import t
from journeydesk.report.options import ReportError

FONT = "IPAexGothic"
_lock = threading.Lock()


def font_path() -> Path:
    """The bundled TrueType file (its IPA Font License is beside it)."""
    return Path(str(files("journeydesk.resources") / "fonts" / "ipaexg.ttf"))


def register() -> str:
    """Register the font with reportlab (once per process) and return its name."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return FONT
        path = font_path()
        try:
            font = TTFont(FONT, str(path))
        except Exception as error:  # reportlab raises its own TTFError and plain OSErrors
            raise ReportError(t("The report font {path} cannot be read ({reason}). Reinstall "
                                "JourneyDesk.", path=path, reason=error)) from None
        pdfmetrics.registerFont(font)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
        return FONT


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` (other than line breaks) that the font has no glyph for."""
    register()
    font = pdfmetrics.getFont(FONT)
    glyphs = font.face.charToGlyph  # type: ignore[attr-defined]
    return {ch for ch in set(text) if ord(ch) not in glyphs and ch not in "\n\r\t"}


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)
