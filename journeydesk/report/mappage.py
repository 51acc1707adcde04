"""A map page: the journey's title and persona, the drawn map, its key, and a warning if text got small."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journeydesk.core.colors import ACCENTS, CARD_FILLS
from journeydesk.core.document import Document
from journeydesk.core.kinds import CARD_KIND_NAMES, card_kind_name
from journeydesk.core.model import Image, Journey, Persona
from journeydesk.i18n import n_, t
from journeydesk.report import images
from journeydesk.report.cards import star
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.mapdraw import Picture, new_drawing
from journeydesk.report.notes import note
from journeydesk.report.style import EXIT_POINT, MUTED, TEXT, darker
from journeydesk.report.textfit import ellipsize, fitting_size

LEGIBLE = 5.0  # below this a poster is noted as too small to read
MAP_TEXT = 8.0  # the smallest card text that reads in print
BAND = 34.0
KEY = 14.0


def map_box(width: float, height: float) -> tuple[float, float]:
    """The room a map page of ``width`` × ``height`` leaves for the map under its heading and above its
    key."""
    return width, height - 1 - BAND - KEY - 4


class MapPage(Flowable):
    """Fills its frame: a heading band, a picture made for the space left, the key, any warning."""

    def __init__(self, document: Document, journey: Journey, heading: str,
                 make: Callable[[float, float], Picture | None], paper: str, empty: str, *,
                 overview: bool = False, subheading: str = "") -> None:
        super().__init__()
        self.document = document
        self.journey = journey
        self.heading = heading
        self.make = make
        self.paper = paper
        self.empty = empty
        self.overview = overview  # a picture of the map's shape: its text is left out where small, not noted
        # the line under the heading (a stage's KPIs); else the journey's description
        self.subheading = subheading
        self._made: dict[tuple[float, float], Picture | None] = {}
        self._avatars: dict[str, ImageReader | None] = {}

    def _avatar(self, persona: Persona) -> ImageReader | None:
        """The persona's picture, decoded once for all passes over the page."""
        if persona.id not in self._avatars:
            image = self.document.get(Image, persona.avatar_id)
            self._avatars[persona.id] = images.decode(image.data, 200) if image is not None else None
        return self._avatars[persona.id]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def picture(self) -> Picture | None:
        """The picture for this page's size (cached per size); too small text is noted for the author."""
        key = (round(self.width, 2), round(self.height, 2))
        if key not in self._made:
            picture = self.make(*map_box(self.width, self.height + 1))
            if picture is not None and picture.text_size < MAP_TEXT and not self.overview \
                    and self.document.cards(self.journey.id):
                note(n_("Card text is {size:.1f} pt on {paper}, too small to read in print. Choose a larger "
                        "paper (A3, Tabloid), the stages layout (one page per stage) or the poster layout."),
                     size=picture.text_size, paper=self.paper)
            self._made[key] = picture
        return self._made[key]

    def draw(self) -> None:
        canv = self.canv
        picture = self.picture()
        self._band(canv)
        top = self.height - BAND
        if picture is None:
            canv.setFont(FONT, 11)
            canv.setFillColor(MUTED)
            canv.drawString(0, top - 30, ellipsize(self.empty, 11, self.width))
        else:
            drawing = picture.drawing
            drawing.drawOn(canv, max(0.0, (self.width - drawing.width) / 2), top - drawing.height)
        self._key(canv)

    def _band(self, canv: Canvas) -> None:
        persona = self.document.get(Persona, self.journey.persona_id)
        right = self.width
        if persona is not None:
            label = t("Persona: {name}", name=persona.name)
            detail = persona.role
            text_w = min(self.width * 0.35, max(canv.stringWidth(label, FONT, 10),
                                                canv.stringWidth(detail, FONT, 8)))
            left = self.width - text_w
            canv.setFont(FONT, 10)
            canv.setFillColor(TEXT)
            canv.drawString(left, self.height - 14, ellipsize(label, 10, text_w))
            canv.setFont(FONT, 8)
            canv.setFillColor(MUTED)
            canv.drawString(left, self.height - 25, ellipsize(detail, 8, text_w))
            images.draw_avatar(canv, self._avatar(persona), persona.name, left - 18, self.height - 16, 13,
                               colors.HexColor("#dfe4ea"), TEXT)
            right = left - 40
        canv.setFont(BOLD, 15)
        canv.setFillColor(TEXT)
        canv.drawString(0, self.height - 17, ellipsize(self.heading, 15, right, font=BOLD))
        below = self.subheading or self.journey.description
        if below:
            # A stage's KPIs shrink (to 6 pt) before they are cut: each KPI's figure and status should show.
            size = fitting_size(below, 8, right, 6) if self.subheading else 8
            canv.setFont(FONT, size)
            canv.setFillColor(TEXT if self.subheading else MUTED)
            canv.drawString(0, self.height - 28, ellipsize(below, size, right))

    def _key(self, canv: Canvas) -> None:
        """What the colours and badges mean: only those the journey uses."""
        cards = self.document.cards(self.journey.id)
        used = {card.kind for card in cards}
        x, y = 0.0, 3.0
        canv.setFont(FONT, 7)
        for kind in (kind for kind in CARD_KIND_NAMES if kind in used):
            label = card_kind_name(kind)
            canv.setFillColor(colors.HexColor(CARD_FILLS[kind]))
            canv.setStrokeColor(darker(CARD_FILLS[kind], 0.8))
            canv.roundRect(x, y, 12, 7, 1.5, stroke=1, fill=1)
            canv.setFillColor(colors.HexColor(ACCENTS[kind]))
            canv.rect(x, y + 1, 1.5, 5, stroke=0, fill=1)
            canv.setFillColor(TEXT)
            canv.drawString(x + 15, y + 1, label)
            x += 15 + canv.stringWidth(label, FONT, 7) + 10
        if any(card.moment_of_truth for card in cards):
            badge = new_drawing(10, 10)
            badge.add(star(5, 5, 4.5))
            badge.drawOn(canv, x, y - 1)
            canv.setFillColor(TEXT)
            text = t("Moment of truth")
            canv.drawString(x + 12, y + 1, text)
            x += 12 + canv.stringWidth(text, FONT, 7) + 10
        if any(card.exit_point for card in cards):
            self._exit_key(canv, x, y)

    @staticmethod
    def _exit_key(canv: Canvas, x: float, y: float) -> None:
        badge = canv.stringWidth(t("EXIT"), FONT, 7) + 6
        canv.setFillColor(EXIT_POINT)
        canv.roundRect(x, y - 1, badge, 9, 2, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.drawCentredString(x + badge / 2, y + 1, t("EXIT"))
        canv.setFillColor(TEXT)
        canv.drawString(x + badge + 3, y + 1, t("Exit point"))

