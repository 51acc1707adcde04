"""Persona pages: avatar, name, role, description, quote, goals, needs, frustrations and channels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from journeydesk.core.document import Document
from journeydesk.core.model import Image, Persona
from journeydesk.i18n import t
from journeydesk.report import images
from journeydesk.report.cards import join_tag
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.style import MUTED, TEXT, clean, has_cjk, on_color, para, shorten, styles
from journeydesk.report.textfit import ellipsize

ITEM_LIMIT = 300
MAX_ITEMS = 20


class PersonaHeader(Flowable):
    """The avatar (or initials) in a circle, the name, and one line each of role and facts."""

    HEIGHT = 84.0

    def __init__(self, document: Document, persona: Persona, brand: str) -> None:
        super().__init__()
        self.document = document
        self.persona = persona
        self.brand = brand
        image = document.get(Image, persona.avatar_id)
        self.picture = images.decode(image.data, 400) if image is not None else None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        canv, p = self.canv, self.persona
        r = 34.0
        cx, cy = r, self.HEIGHT - r - 4
        images.draw_avatar(canv, self.picture, p.name, cx, cy, r, colors.HexColor(self.brand),
                           on_color(self.brand))
        left = 2 * r + 18
        room = self.width - left
        canv.setFillColor(TEXT)
        canv.setFont(BOLD, 22)
        canv.drawString(left, self.HEIGHT - 30, ellipsize(p.name or t("(unnamed persona)"), 22, room,
                                                          font=BOLD))
        y = self.HEIGHT - 48
        if p.role:
            canv.setFont(FONT, 11)
            canv.setFillColor(colors.HexColor(self.brand))
            canv.drawString(left, y, ellipsize(p.role, 11, room))
            y -= 16
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 9)
        for line in (facts(p), t("Source: {source}", source=p.source) if p.source else ""):
            if line:
                canv.drawString(left, y, ellipsize(line, 9, room))
                y -= 13


def facts(persona: Persona) -> str:
    """Age, place and, when it was said, whether the persona is new: "age 34 · Manchester · first-time
    customer"."""
    parts = []
    if persona.age is not None:
        parts.append(t("age {age}", age=persona.age))
    if persona.location:
        parts.append(persona.location)
    if persona.first_time is not None:
        parts.append(t("first-time customer") if persona.first_time else t("returning customer"))
    return join_tag(*parts)


def _items(values: tuple[str, ...]) -> list[str]:
    shown = [shorten(v, ITEM_LIMIT) for v in values[:MAX_ITEMS] if v.strip()]
    if len(values) > MAX_ITEMS:
        shown.append(t("…and {n} more", n=len(values) - MAX_ITEMS))
    return shown


def _block(title: str, values: tuple[str, ...], brand: str) -> list[Flowable]:
    """The titled list, or nothing when it has no items."""
    items = _items(values)
    if not items:
        return []
    s = styles(brand)
    return [para(title, s["label"]), *(para(item, s["bullet"], bullet="•") for item in items)]


def _description(persona: Persona, brand: str) -> list[Flowable]:
    """The description in full, a paragraph per line, so a long one flows onto the next page."""
    lines = [line for line in clean(persona.description).split("\n") if line.strip()]
    return [para(line, styles(brand)["body"]) for line in lines] + ([Spacer(1, 6)] if lines else [])


def persona_story(document: Document, persona: Persona, journeys: list[str], width: float,
                  height: float, brand: str) -> list[Flowable]:
    """The flowables of one persona's page (it flows onto a second page if the lists are long)."""
    s = styles(brand)
    story: list[Flowable] = [PersonaHeader(document, persona, brand), Spacer(1, 10),
                             *_description(persona, brand)]
    if persona.quote.strip():
        quote = shorten(persona.quote, 600)
        story.append(para(f"「{quote}」" if has_cjk(quote) else f"“{quote}”", s["quote"]))
    blocks = [block for block in (
        _block(t("Goals"), persona.goals, brand), _block(t("Needs"), persona.needs, brand),
        _block(t("Frustrations"), persona.frustrations, brand), _block(t("Channels"), persona.channels,
                                                                       brand),
    ) if block]
    column = (width - 20) / 2
    tallest = max((sum(f.wrap(column, height)[1] for f in block) for block in blocks), default=0.0)
    if len(blocks) > 1 and tallest * 2 < height * 0.8:
        rows = [blocks[i:i + 2] + [[]] * (i + 2 - len(blocks)) for i in range(0, len(blocks), 2)]
        table = Table(rows, colWidths=[column + 10] * 2)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ]))
        story.append(table)
    else:
        for block in blocks:
            story += block
    if journeys:
        story += [Spacer(1, 14), para(t("Journeys: {names}", names=", ".join(journeys)), s["small"])]
    return story
