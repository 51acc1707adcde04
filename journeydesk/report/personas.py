"""Persona pages: avatar, name, role, quote, goals, needs, frustrations and channels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from journeydesk.core.document import Document
from journeydesk.core.model import Image, Persona
from journeydesk.i18n import t
from journeydesk.report import images
from journeydesk.report.cards import join_tag
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.style import MUTED, TEXT, has_cjk, on_color, para, shorten, styles
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
        canv.drawString(left, self.HEIGHT - 30, ellipsize(p.name or t("(unnamed persona)"), 22, room, font=BOLD))
        canv.setFont(FONT, 11)
        canv.setFillColor(colors.HexColor(self.brand))
        canv.drawString(left, self.HEIGHT - 48, ellipsize(p.role, 11, room))
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 9)
        canv.drawString(left, self.HEIGHT - 64, ellipsize(facts(p), 9, room))
        if p.source:
            canv.drawString(left, self.HEIGHT - 77, ellipsize(t("Source: {source}", source=p.source), 9, room))


def facts(persona: Persona) -> str:
    """Age, place and whether the persona is new: "34 · Manchester, UK · first-time customer"."""
    parts = []
    if persona.age is not None:
        parts.append(t("age {age}", age=persona.age))
    if persona.location:
        parts.append(persona.location)
    parts.append(t("first-time customer") if persona.first_time else t("returning customer"))
    return join_tag(*parts)


def _items(values: tuple[str, ...]) -> list[str]:
    shown = [shorten(v, ITEM_LIMIT) for v in values[:MAX_ITEMS] if v.strip()]
    if len(values) > MAX_ITEMS:
        shown.append(t("…and {n} more", n=len(values) - MAX_ITEMS))
    return shown


def _block(title: str, values: tuple[str, ...], brand: str) -> list[Flowable]:
    s = styles(brand)
    found: list[Flowable] = [para(title, s["label"])]
    items = _items(values)
    if not items:
        found.append(para("–", s["small"]))
    found += [para(item, s["bullet"], bullet="•") for item in items]
    return found


def persona_story(document: Document, persona: Persona, journeys: list[str], width: float,
                  height: float, brand: str) -> list[Flowable]:
    """The flowables of one persona's page (it flows onto a second page if the lists are long)."""
    s = styles(brand)
    story: list[Flowable] = [PersonaHeader(document, persona, brand), Spacer(1, 10)]
    if persona.quote.strip():
        quote = shorten(persona.quote, 600)
        story.append(para(f"「{quote}」" if has_cjk(quote) else f"“{quote}”", s["quote"]))
    blocks = [
        _block(t("Goals"), persona.goals, brand), _block(t("Needs"), persona.needs, brand),
        _block(t("Frustrations"), persona.frustrations, brand), _block(t("Channels"), persona.channels, brand),
    ]
    column = (width - 20) / 2
    tallest = max(sum(f.wrap(column, height)[1] for f in block) for block in blocks)
    if tallest * 2 < height * 0.8:
        table = Table([[blocks[0], blocks[1]], [blocks[2], blocks[3]]], colWidths=[column + 10] * 2)
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
