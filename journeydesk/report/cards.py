"""Cards, badges, emotion markers and the emotion curve as reportlab.graphics shapes, at any scale."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Ellipse, Group, Line, Path, Polygon, Rect, String
from reportlab.lib import colors

from journeydesk.core.colors import ACCENTS, CARD_FILLS, EMOTION_COLORS
from journeydesk.core.enums import CardKind, Category, Mode
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Card
from journeydesk.i18n import t
from journeydesk.report.card_details import reference, text_was_cut
from journeydesk.report.fonts import FONT, width
from journeydesk.report.style import (
    EXIT_POINT,
    MOMENT_OF_TRUTH,
    MOMENT_OF_TRUTH_EDGE,
    MUTED,
    TEXT,
    darker,
)
from journeydesk.report.textfit import ellipsize, wrap

POSITIVE_FILL = colors.HexColor("#cfe9d3")
NEGATIVE_FILL = colors.HexColor("#f5d3d1")
CURVE = colors.HexColor("#34495e")
DETAIL_MIN_TEXT = 2.0
CARD_TEXT = 11.0
SMALLEST_TAG = 7.0
LEADING = 13.0


def join_tag(*parts: str) -> str:
    """Parts of a tag joined as the language writes it (“digital · online”, “デジタル・オンライン”)."""
    shown = [part for part in parts if part]
    text = shown[0] if shown else ""
    for part in shown[1:]:
        text = t("{first} · {second}", first=text, second=part)
    return text


def card_tag(card: Card) -> str:
    """The small line at the foot of a card: category and mode, or the ratings."""
    if card.kind == CardKind.TOUCHPOINT:
        names = {Category.DIGITAL: t("digital"), Category.HUMAN: t("human"),
                 Category.PHYSICAL: t("physical"), Mode.OFFLINE: t("offline"),
                 Mode.ONLINE: t("online"), Mode.O2O: "O2O", Mode.OMO: "OMO"}
        return join_tag(*(names[v] for v in (card.category, card.mode) if v is not None))
    if card.kind == CardKind.PAIN_POINT and (card.frequency or card.severity):
        return t("frequency {f} · severity {s}", f=card.frequency or "–", s=card.severity or "–")
    if card.kind == CardKind.OPPORTUNITY and (card.impact or card.effort):
        return t("impact {i} · effort {e}", i=card.impact or "–", e=card.effort or "–")
    return ""


def card_fill(card: Card) -> str:
    return card.color or CARD_FILLS[card.kind]


def draw_card(group: Group, card: Card, x: float, y: float, w: float, h: float, u: float, *,
              tag: str | None = None, compact: bool = False, text_scale: float = 1.0) -> None:
    """A card whose bottom-left corner is (x, y), drawn in units of ``u`` points (1 = 100 % zoom).

    The full card is the map editor's (icon row, text, tag line, badges at the top right);
    ``compact`` puts the badges on the tag line and lets the text start at the top. Below a
    legible size the card is drawn plain (colour, accent and badges only), as the editor does
    when zoomed out. ``text_scale`` enlarges the text (and tag) alone, for wide cards.
    """
    fill = card_fill(card)
    accent = colors.HexColor(ACCENTS[card.kind])
    size = CARD_TEXT * u * text_scale
    leading = LEADING * u * text_scale
    top = y + h
    if size < DETAIL_MIN_TEXT:
        group.add(Rect(x, y, w, h, fillColor=colors.HexColor(fill), strokeColor=None))
        group.add(Rect(x, y, min(w, 4 * u), h, fillColor=accent, strokeColor=None))
        if card.moment_of_truth:
            group.add(Rect(x + w - 18 * u, top - 18 * u, 18 * u, 18 * u, fillColor=MOMENT_OF_TRUTH,
                           strokeColor=None))
        if card.exit_point:
            group.add(Rect(x + w - 18 * u, y, 18 * u, 18 * u, fillColor=EXIT_POINT, strokeColor=None))
        return
    group.add(Rect(x, y, w, h, rx=6 * u, ry=6 * u, fillColor=colors.HexColor(fill),
                   strokeColor=darker(fill, 0.8), strokeWidth=max(0.25, 0.8 * u)))
    group.add(Rect(x + 1 * u, y + 6 * u, 3 * u, h - 12 * u, fillColor=accent, strokeColor=None))
    badge_y = y + 9 * u if compact else top - 10 * u
    badges = _badges(group, card, x + w, badge_y, u, SMALLEST_TAG if compact else 0.0)
    tag = card_tag(card) if tag is None else tag
    if not compact:
        draw_icon(group, card.kind, x + 7 * u, top - 15 * u, 10 * u, accent)
    text_top = top - (6 if compact else 18) * u

    def text_lines(tag: str) -> tuple[list[str], bool]:
        area = h - ((22 if tag or badges else 12) if compact else (32 if tag else 22)) * u
        return wrap(card.text, size, w - 12 * u, max(1, int(area // leading)))

    lines, cut = text_lines(tag)
    if cut:
        text_was_cut(card.id)
        tag = join_tag(reference(card.id), tag)  # first, so a long tag line never hides it
        lines, _ = text_lines(tag)  # the tag line may be new and take a line's room
    baseline = text_top - size * 0.88
    for line in lines:
        group.add(String(x + 6 * u, baseline, line, fontName=FONT, fontSize=size, fillColor=TEXT))
        baseline -= leading
    if tag:
        tag_size = 9 * u * min(text_scale, 1.2)
        if compact:  # a page of its own (a stage page): no smaller than the text around it may be
            tag_size = max(tag_size, SMALLEST_TAG)
        room = w - 12 * u - (badges + 4 * u if compact and badges else 0)
        group.add(String(x + 7 * u, y + 5 * u, ellipsize(tag, tag_size, room), fontName=FONT,
                         fontSize=tag_size, fillColor=darker(ACCENTS[card.kind], 0.85)))


def whole_height(card: Card, w: float, u: float, tag: str | None, text_scale: float, most: float, *,
                 compact: bool) -> float | None:
    """The height a card of width ``w`` needs to show all of its text (as draw_card lays it out, ``compact``
    or not), or None when that is more than ``most`` points."""
    size, leading = CARD_TEXT * u * text_scale, LEADING * u * text_scale
    tag = card_tag(card) if tag is None else tag
    lines, more = wrap(card.text, size, w - 12 * u, max(1, int(most // leading)))
    if compact:
        reserved = 22 if tag or card.moment_of_truth or card.exit_point else 12
    else:
        reserved = 32 if tag else 22
    height = max(1, len(lines)) * leading + (reserved + 6) * u + 2
    return None if more or height > most else height


def _badges(group: Group, card: Card, right: float, cy: float, u: float, smallest: float = 0.0) -> float:
    """The moment-of-truth star and EXIT badge, right-aligned and centred on ``cy``, the badge's word no
    smaller than ``smallest`` points; returns their width."""
    used = 0.0
    if card.moment_of_truth:
        group.add(star(right - 10 * u, cy, 7 * u))
        used = 18 * u
    if card.exit_point:
        size = max(7.5 * u, smallest)
        wide = width(t("EXIT"), size) + size
        bx = right - used - wide - 6 * u
        group.add(Rect(bx, cy - 0.8 * size, wide, 1.6 * size, rx=0.4 * size, ry=0.4 * size,
                       fillColor=EXIT_POINT, strokeColor=None))
        group.add(String(bx + wide / 2, cy - 0.4 * size, t("EXIT"), fontName=FONT, fontSize=size,
                         fillColor=colors.white, textAnchor="middle"))
        used += wide + 6 * u
    return used


def star(cx: float, cy: float, radius: float) -> Polygon:
    """The five-pointed moment-of-truth badge centred on (cx, cy)."""
    points: list[float] = []
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        length = radius if i % 2 == 0 else radius * 0.45
        points += [cx + length * math.cos(angle), cy + length * math.sin(angle)]
    return Polygon(points, fillColor=MOMENT_OF_TRUTH, strokeColor=MOMENT_OF_TRUTH_EDGE,
                   strokeWidth=max(0.2, radius / 9))


def draw_icon(group: Group, kind: CardKind, x: float, y: float, size: float, color: colors.Color) -> None:
    """The small vector icon of a card kind in the square with bottom-left (x, y)."""
    r = size / 2
    cx, cy = x + r, y + r
    line = {"strokeColor": color, "strokeWidth": max(0.2, size / 9), "fillColor": None}
    if kind == CardKind.TOUCHPOINT:
        group.add(Circle(cx, cy, r * 0.85, **line))
        group.add(Circle(cx, cy, r * 0.35, fillColor=color, strokeColor=None))
    elif kind == CardKind.ACTION:
        group.add(Polygon([x + r * 0.3, y + size, x + size, cy, x + r * 0.3, y], fillColor=color,
                          strokeColor=None))
    elif kind == CardKind.THOUGHT:
        group.add(Ellipse(cx, y + size * 0.65, r, size * 0.35, **line))
        group.add(Circle(x + r * 0.4, y + r * 0.15, r * 0.15, **line))
    elif kind == CardKind.PAIN_POINT:
        group.add(Polygon([cx, y + size, x + size, y, x, y], **line))
        group.add(Line(cx, y + size - r * 0.7, cx, y + r * 0.6, strokeColor=color,
                       strokeWidth=line["strokeWidth"]))
    elif kind == CardKind.OPPORTUNITY:
        group.add(Line(cx, y, cx, y + size, strokeColor=color, strokeWidth=line["strokeWidth"]))
        group.add(Line(x, cy, x + size, cy, strokeColor=color, strokeWidth=line["strokeWidth"]))
        group.add(Circle(cx, cy, r * 0.55, **line))
    elif kind == CardKind.CHANNEL:
        for k in (0.25, 0.55, 0.85):
            group.add(Line(x, y + size * k, x + size, y + size * k, strokeColor=color,
                           strokeWidth=line["strokeWidth"]))
    elif kind == CardKind.BACKSTAGE:
        group.add(Rect(x + r * 0.2, y + r * 0.2, size - r * 0.4, size - r * 0.4, **line))
        group.add(Line(x, y + size, x + size, y, strokeColor=color, strokeWidth=line["strokeWidth"]))
    else:
        group.add(Rect(x + r * 0.15, y, size - r * 0.3, size, **line))
        group.add(Line(x + r * 0.5, cy, x + size - r * 0.5, cy, strokeColor=color,
                       strokeWidth=line["strokeWidth"]))


def smooth(points: list[tuple[float, float]]) -> Path:
    """A Catmull-Rom spline through ``points`` as cubic Béziers (the map editor's curve)."""
    path = Path(strokeColor=CURVE, fillColor=None)
    if not points:
        return path
    path.moveTo(*points[0])
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])
    return path


def _clip(x: float, y: float, w: float, h: float) -> Path:
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(x, y)
    clip.lineTo(x + w, y)
    clip.lineTo(x + w, y + h)
    clip.lineTo(x, y + h)
    clip.closePath()
    return clip


def draw_curve(group: Group, points: list[tuple[float, float]], zero: float, bottom: float,
               top: float, u: float, clip: tuple[float, float] | None = None) -> None:
    """The emotion curve through ``points``: green above ``zero``, red below, a dark line on top.

    ``bottom`` and ``top`` bound the emotion lane; ``clip`` (left, right) keeps it inside a column.
    """
    if len(points) < 2:
        return
    left = points[0][0] if clip is None else clip[0]
    right = points[-1][0] if clip is None else clip[1]
    for low, high, fill in ((zero, top, POSITIVE_FILL), (bottom, zero, NEGATIVE_FILL)):
        area = smooth(points)
        area.lineTo(points[-1][0], zero)
        area.lineTo(points[0][0], zero)
        area.closePath()
        area.fillColor, area.strokeColor = fill, None
        group.add(Group(_clip(left, low, right - left, high - low), area))
    line = smooth(points)
    line.strokeWidth = max(0.3, 2.5 * u)
    if clip is None:
        group.add(line)
    else:
        group.add(Group(_clip(left, bottom, right - left, top - bottom), line))


def draw_scale(group: Group, x: float, score_y: Callable[[int], float], size: float) -> None:
    """The emotion scale's numbers, +2 at the top to −2 at the bottom, left-aligned at ``x``
    (every other one where the lane is too low for all five)."""
    step = 1 if abs(score_y(1) - score_y(0)) >= size * 1.15 else 2
    for score in range(EMOTION_MAX, EMOTION_MIN - 1, -step):
        text = f"{score:+d}".replace("-", "−") if score else "0"
        group.add(String(x, score_y(score) - size * 0.35, text, fontName=FONT, fontSize=size,
                         fillColor=MUTED))


def draw_marker(group: Group, x: float, y: float, score: int, label: str, u: float,
                label_width: float, label_size: float | None = None) -> None:
    """An emotion marker: a face coloured by its score, its label underneath (10 units, or ``label_size``)."""
    radius = 13 * u
    group.add(Circle(x, y, radius, fillColor=colors.HexColor(EMOTION_COLORS.get(score, "#95a5a6")),
                     strokeColor=colors.white, strokeWidth=max(0.3, 2 * u)))
    if radius < 2.5:
        return
    eye = radius * 0.12
    for side in (-1, 1):
        group.add(Circle(x + side * radius * 0.35, y + radius * 0.25, eye, fillColor=TEXT,
                         strokeColor=None))
    mouth = Path(strokeColor=TEXT, fillColor=None, strokeWidth=max(0.2, radius / 8))
    my = y - radius * 0.35
    mouth.moveTo(x - radius * 0.45, my)
    bend = score * radius * 0.2
    mouth.curveTo(x - radius * 0.15, my - bend * 0.66, x + radius * 0.15, my - bend * 0.66,
                  x + radius * 0.45, my)
    group.add(mouth)
    if label:
        size = 10 * u if label_size is None else label_size
        group.add(String(x, y - radius - 3 * u - size, ellipsize(label, size, label_width),
                         fontName=FONT, fontSize=size, fillColor=TEXT, textAnchor="middle"))
