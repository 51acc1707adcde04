"""The poster's assembly page: the tile grid over a thumbnail of the map, with how to put it together."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.platypus import Flowable

from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.mappage import LEGIBLE
from journeydesk.report.poster import Poster
from journeydesk.report.style import MUTED, RULE, TEXT, WARNING
from journeydesk.report.textfit import ellipsize, wrap
from journeydesk.report.tiling import OVERLAP, row_name, tile_name

HEAD = 64.0
BLANK = colors.Color(0.55, 0.58, 0.62, alpha=0.55)
AXIS = 16.0


class PosterOverview(Flowable):
    """Fills its frame: title, facts, instructions, then the map's thumbnail with every tile outlined."""

    def __init__(self, poster: Poster, brand: str) -> None:
        super().__init__()
        self.poster = poster
        self.brand = colors.HexColor(brand)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def facts(self) -> str:
        tiling, poster = self.poster.tiling, self.poster
        wide, high = tiling.assembled()
        values = {"n": tiling.count, "rows": tiling.rows, "columns": tiling.columns,
                  "paper": poster.paper_name, "orientation": t("landscape") if tiling.landscape
                  else t("portrait"), "w": wide / cm,
                  "h": high / cm, "size": poster.picture.text_size, "scale": poster.scale}
        if poster.blank:
            return t("{printed} of {n} tiles printed ({rows} rows × {columns} columns; the blank ones are "
                     "left out) on {paper} {orientation} · assembled sheet about {w:.0f} × {h:.0f} cm · card "
                     "text {size:.1f} pt (scale {scale:.0%})", printed=len(poster.printed), **values)
        return t("{n} tiles ({rows} rows × {columns} columns) on {paper} {orientation} · assembled sheet "
                 "about {w:.0f} × {h:.0f} cm · card text {size:.1f} pt (scale {scale:.0%})", **values)

    def draw(self) -> None:
        canv, poster = self.canv, self.poster
        top = self.height
        canv.setFillColor(TEXT)
        canv.setFont(FONT, 15)
        canv.drawString(0, top - 17, ellipsize(t("Poster assembly: {journey}", journey=poster.journey.name),
                                               15, self.width))
        canv.setFont(FONT, 9)
        canv.drawString(0, top - 32, ellipsize(self.facts(), 9, self.width))
        steps = t("Print every tile at 100 % (actual size, not “fit to page”). Trim each tile's left and top "
                  "edges at its marks, lay it over the tiles to its left and above so the dashed marks meet "
                  "({overlap:.0f} mm overlap), and tape from behind. Start with A1.", overlap=OVERLAP / mm)
        if poster.blank:
            steps += " " + t(
                "Tiles shown grey have nothing on them and are not printed: leave their places empty.")
        lines, _ = wrap(steps, 8.5, self.width, 3)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 8.5)
        for index, line in enumerate(lines):
            canv.drawString(0, top - 45 - index * 11, line)
        head = HEAD + 11 * max(0, len(lines) - 2)
        room_top = top - head
        if poster.picture.text_size < LEGIBLE:
            canv.setFillColor(WARNING)
            canv.drawString(0, room_top + 2, "▲ " + ellipsize(
                t("Card text is {size:.1f} pt at this scale, too small to read in print. Choose a larger "
                  "scale (1.0 prints it at its natural size).", size=poster.picture.text_size), 8.5,
                self.width - 12))
            room_top -= 14
        self._thumbnail(room_top - 6)

    def _thumbnail(self, room_h: float) -> None:
        canv, poster, tiling = self.canv, self.poster, self.poster.tiling
        wide, high = tiling.assembled()
        picture = poster.picture.drawing
        k = min((self.width - 2 * AXIS) / wide, (room_h - AXIS) / high)
        left = (self.width - wide * k) / 2
        top = room_h - AXIS
        canv.saveState()
        canv.setFillColor(colors.HexColor("#f4f6f9"))
        canv.setStrokeColor(RULE)
        canv.rect(left, top - high * k, wide * k, high * k, stroke=1, fill=1)
        canv.restoreState()
        canv.saveState()
        canv.translate(left, top - picture.height * k)
        canv.scale(k, k)
        poster.define(canv)
        canv.doForm(poster.form)
        canv.restoreState()
        window_w, window_h = tiling.window
        step_w, step_h = (window_w - OVERLAP) * k, (window_h - OVERLAP) * k
        canv.saveState()
        self._grey_blanks(left, top, step_w, step_h)
        canv.setStrokeColor(self.brand)
        canv.setLineWidth(1)
        for column in range(1, tiling.columns):
            canv.line(left + column * step_w, top, left + column * step_w, top - high * k)
        for row in range(1, tiling.rows):
            canv.line(left, top - row * step_h, left + wide * k, top - row * step_h)
        canv.rect(left, top - high * k, wide * k, high * k, stroke=1, fill=0)
        if step_h >= 20 and step_w >= 28:
            self._cell_labels(left, top, step_w, step_h)
        else:
            self._axis_labels(left, top, step_w, step_h)
        canv.restoreState()

    def _cell_labels(self, left: float, top: float, step_w: float, step_h: float) -> None:
        """Each tile's name in the middle of its cell; blank tiles greyed."""
        canv = self.canv
        size = max(7.0, min(14.0, step_h * 0.3, step_w * 0.18))
        for row, column in self.poster.tiling.tiles():
            cx = left + (column + 0.5) * step_w
            cy = top - (row + 0.5) * step_h
            label = tile_name(row, column)
            blank = (row, column) in self.poster.blank
            canv.setFillColor(colors.Color(1, 1, 1, alpha=0.8))
            box = canv.stringWidth(label, FONT, size) + size * 0.8
            canv.roundRect(cx - box / 2, cy - size * 0.75, box, size * 1.6, size * 0.3, stroke=0, fill=1)
            canv.setFillColor(MUTED if blank else self.brand)
            canv.setFont(FONT, size)
            canv.drawCentredString(cx, cy - size * 0.3, label)

    def _grey_blanks(self, left: float, top: float, step_w: float, step_h: float) -> None:
        """Cover the cells of the tiles that are not printed with a grey wash."""
        canv = self.canv
        canv.setFillColor(BLANK)
        for row, column in sorted(self.poster.blank):
            canv.rect(left + column * step_w, top - (row + 1) * step_h, step_w, step_h, stroke=0, fill=1)

    def _axis_labels(self, left: float, top: float, step_w: float, step_h: float) -> None:
        """Cells too small to name: row letters down the left, column numbers along the top,
        as many as fit without touching."""
        canv, tiling = self.canv, self.poster.tiling
        canv.setFont(FONT, 7)
        canv.setFillColor(self.brand)
        every = max(1, math.ceil(9 / step_h))
        for row in range(0, tiling.rows, every):
            canv.drawRightString(left - 3, top - (row + 0.5) * step_h - 2.5, row_name(row))
        every = max(1, math.ceil(16 / step_w))
        for column in range(0, tiling.columns, every):
            canv.drawCentredString(left + (column + 0.5) * step_w, top + 3, str(column + 1))
