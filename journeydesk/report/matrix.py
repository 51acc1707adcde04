"""The impact–effort matrix of a journey's opportunities, numbered as in their table."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from journeydesk.core.colors import ACCENTS
from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card
from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import new_drawing
from journeydesk.report.style import MUTED, RULE, TEXT, has_cjk, tint
from journeydesk.report.textfit import ellipsize

AXIS_SIZE = 8.0  # the axes' names


def _impact_label(drawing: Drawing, x: float, middle: float, room: float) -> None:
    """The vertical axis's name centred on (x, middle): Latin text turned to read upwards; Japanese set
    upright, one character under another as vertical Japanese is, under an arrow pointing up (no more than
    ``room`` tall)."""
    word = t("Impact")
    if not has_cjk(word):
        turned = Group(String(0, 0, t("Impact →"), fontName=FONT, fontSize=AXIS_SIZE, fillColor=TEXT,
                              textAnchor="middle"))
        turned.translate(x, middle)
        turned.rotate(90)
        drawing.add(turned)
        return
    # the column sits 5 pt further left than turned text: its glyphs are a full em wide
    step = AXIS_SIZE * 1.2
    glyphs = ["↑", *word.replace(" ", "")[: max(1, int(room // step) - 1)]]
    top = middle + len(glyphs) * step / 2
    for index, glyph in enumerate(glyphs):  # each centred in its square of the column
        baseline = top - (index + 1) * step + (step - AXIS_SIZE) / 2 + 0.12 * AXIS_SIZE
        drawing.add(String(x - 5, baseline, glyph, fontName=FONT, fontSize=AXIS_SIZE, fillColor=TEXT,
                           textAnchor="middle"))


def impact_effort_matrix(found: list[tuple[str, Card]], size: float) -> Drawing | None:
    """Opportunities placed by effort (across) and impact (up), numbered as in the table."""
    rated = [(n, card) for n, (_, card) in enumerate(found, 1) if card.impact and card.effort]
    if not rated:
        return None
    box = size - 42.0
    x0, y0 = 30.0, 46.0
    drawing = new_drawing(size, y0 + box + 16)
    quads = ((t("Quick wins"), 0, 1, "#e3f1e6"), (t("Major projects"), 1, 1, "#e6eef8"),
             (t("Fill-ins"), 0, 0, "#f3f4f6"), (t("Thankless tasks"), 1, 0, "#f8e7e6"))
    half = box / 2
    for name, qx, qy, fill in quads:
        drawing.add(Rect(x0 + qx * half, y0 + qy * half, half, half, fillColor=colors.HexColor(fill),
                         strokeColor=RULE, strokeWidth=0.5))
        # Named outside the square, above or below their quadrant, where no opportunity can hide them.
        drawing.add(String(x0 + qx * box, y0 + box + 5 if qy else y0 - 24, ellipsize(name, 8, half - 2),
                           fontName=FONT, fontSize=8, fillColor=MUTED, textAnchor="end" if qx else "start"))
    drawing.add(String(x0 + box / 2, 6, t("Effort →"), fontName=FONT, fontSize=8, fillColor=TEXT,
                       textAnchor="middle"))
    _impact_label(drawing, 14, y0 + box / 2, box)
    for tick in range(1, 6):
        x = x0 + (tick - 0.5) / 5 * box
        y = y0 + (tick - 0.5) / 5 * box
        drawing.add(String(x, y0 - 10, str(tick), fontName=FONT, fontSize=7, fillColor=MUTED,
                           textAnchor="middle"))
        drawing.add(String(x0 - 6, y - 2.5, str(tick), fontName=FONT, fontSize=7, fillColor=MUTED,
                           textAnchor="end"))
    drawing.add(Line(x0, y0, x0, y0 + box, strokeColor=TEXT, strokeWidth=0.6))
    drawing.add(Line(x0, y0, x0 + box, y0, strokeColor=TEXT, strokeWidth=0.6))
    crowd: dict[tuple[int, int], int] = {}
    accent = colors.HexColor(ACCENTS[CardKind.OPPORTUNITY])
    fill = tint(ACCENTS[CardKind.OPPORTUNITY], 0.25)
    for number, card in rated:
        spot = (card.effort or 0, card.impact or 0)
        index = crowd.get(spot, 0)
        crowd[spot] = index + 1
        if index >= len(_NEAR):
            continue
        cx = x0 + (spot[0] - 0.5) / 5 * box + _NEAR[index][0] * box / 15
        cy = y0 + (spot[1] - 0.5) / 5 * box + _NEAR[index][1] * box / 15
        drawing.add(Circle(cx, cy, min(6.0, box / 32), fillColor=fill, strokeColor=accent, strokeWidth=0.8))
        drawing.add(String(cx, cy - 2.5, str(number), fontName=FONT, fontSize=7 if number < 100 else 5,
                           fillColor=TEXT, textAnchor="middle"))
    for (effort, impact), count in crowd.items():
        if count > len(_NEAR):
            drawing.add(String(x0 + effort / 5 * box - 2, y0 + (impact - 1) / 5 * box + 2,
                               f"+{count - len(_NEAR)}", fontName=FONT, fontSize=6, fillColor=MUTED,
                               textAnchor="end"))
    return drawing


_NEAR = ((0, 0), (-1, 0), (1, 0), (0, 1), (0, -1), (-1, 1), (1, 1), (-1, -1), (1, -1))
