"""The cover page: logo, a band in the brand colour with the title, then client, author and date."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from journeydesk.i18n import t
from journeydesk.report import images
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.style import (
    MUTED,
    TEXT,
    BrokenParagraph,
    has_cjk,
    markup,
    on_color,
    shorten,
)
from journeydesk.report.textfit import ellipsize

MAX_LISTED = 8


@dataclass(frozen=True, slots=True)
class Cover:
    """What the cover shows; ``draw`` paints it on the first page."""

    title: str
    subtitle: str
    client: str
    author: str
    date: str
    journeys: tuple[str, ...]
    brand: str
    logo: ImageReader | None = None

    def draw(self, canv: Canvas, doc: object) -> None:
        width, height = canv._pagesize
        margin = 0.09 * width
        canv.saveState()
        if self.logo is not None:
            w, h = images.fit(self.logo, width * 0.3, height * 0.07)
            canv.drawImage(self.logo, margin, height - margin - h, w, h, mask="auto")
        band_top, band_bottom = height * 0.80, height * 0.45
        canv.setFillColor(colors.HexColor(self.brand))
        canv.rect(0, band_bottom, width, band_top - band_bottom, stroke=0, fill=1)
        ink = on_color(self.brand)
        room = width - 2 * margin
        y = band_bottom + 28
        if self.subtitle:
            sub = _paragraph(shorten(self.subtitle, 200), 14, 19, ink)
            _, h = sub.wrap(room, band_top - band_bottom)
            sub.drawOn(canv, margin, y)
            y += h + 10
        title = _paragraph(shorten(self.title, 160), 30, 37, ink, BOLD)
        _, h = title.wrap(room, band_top - y)
        title.drawOn(canv, margin, y)
        canv.setFillColor(ink)
        canv.rect(margin, y + h + 14, 60, 3, stroke=0, fill=1)
        y = band_bottom - 46
        for label, value in ((t("Client"), self.client), (t("Prepared by"), self.author),
                             (t("Date"), self.date)):
            if not value:
                continue
            canv.setFont(FONT, 9)
            canv.setFillColor(MUTED)
            canv.drawString(margin, y + 16, label)
            canv.setFont(FONT, 14)
            canv.setFillColor(TEXT)
            canv.drawString(margin, y, ellipsize(value, 14, room))
            y -= 44
        if self.journeys:
            canv.setFont(FONT, 9)
            canv.setFillColor(MUTED)
            canv.drawString(margin, y + 16, t("Journeys in this report"))
            canv.setFont(FONT, 11)
            canv.setFillColor(TEXT)
            listed = list(self.journeys[:MAX_LISTED])
            if len(self.journeys) > MAX_LISTED:
                listed.append(t("…and {n} more", n=len(self.journeys) - MAX_LISTED))
            for name in listed:
                if y < margin + 30:
                    break
                canv.drawString(margin, y, "• " + ellipsize(name, 11, room - 12))
                y -= 16
        canv.restoreState()


def _paragraph(text: str, size: float, leading: float, ink: colors.Color, font: str = FONT) -> Paragraph:
    style = ParagraphStyle(f"cover{size}", fontName=font, fontSize=size, leading=leading, textColor=ink)
    return BrokenParagraph(text, style, phrases=True) if has_cjk(text) else Paragraph(markup(text), style)
