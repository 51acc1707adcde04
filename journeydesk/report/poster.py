"""The "poster" layout: the whole map at a chosen scale, cut into tiles with overlaps, labels and trim
marks."""

from __future__ import annotations

from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.model import Journey, Persona
from journeydesk.i18n import n_, t
from journeydesk.report.fonts import BOLD, FONT
from journeydesk.report.mapdraw import Picture, scaled_map
from journeydesk.report.notes import note
from journeydesk.report.options import ReportError
from journeydesk.report.postercontent import blank_tiles, content_boxes
from journeydesk.report.print_layout import MAX_POSTER_LINES, poster_layout
from journeydesk.report.style import MUTED, TEXT
from journeydesk.report.textfit import ellipsize, wrap
from journeydesk.report.tiling import MAX_TILES, OVERLAP, TILE_MARGIN, Tiling, tile, tile_name

MARK = colors.black
HINT_SIZE = 8.0


class Poster:
    """One journey's poster: its picture (drawn once, kept as a PDF form shared by every tile) and tiling.
    Its cards are as tall as their whole text needs at its scale, and its lanes as tall as their cards; a text
    longer than MAX_POSTER_LINES is cut there (``cut``: those cards' ids) and printed whole in Card
    details."""

    def __init__(self, document: Document, journey: Journey, scale: float, paper: tuple[float, float],
                 paper_name: str, form: str) -> None:
        self.journey = journey
        self.scale = scale
        self.paper_name = paper_name
        self.form = form
        layout, self.cut = poster_layout(document, journey.id, scale)
        if self.cut:
            note(n_("Some cards of “{journey}” hold more text than a poster card shows ({lines} lines); it "
                    "is cut there."), journey=journey.name, lines=MAX_POSTER_LINES)
        self.empty = not layout.stages or not layout.lanes
        self.layout = layout
        self.document = document
        self.tiling: Tiling = tile(layout.width * scale, layout.height * scale, paper)
        if self.tiling.count > MAX_TILES:
            raise ReportError(t("The poster of '{journey}' would need {n} pages at scale {scale}; the limit "
                                "is {limit}. Choose a smaller scale (e.g. --scale {hint}) or larger paper.",
                                journey=journey.name, n=self.tiling.count, scale=scale, limit=MAX_TILES,
                                hint=_hint(scale, self.tiling.count)))
        self.blank = blank_tiles(self.tiling, content_boxes(document, layout), scale)
        self.printed = [place for place in self.tiling.tiles() if place not in self.blank]
        self._picture: Picture | None = None

    def neighbour(self, row: int, column: int) -> str:
        """A tile's name as its neighbours print it, saying when it is blank and so not printed."""
        name = tile_name(row, column)
        return t("{name} (blank)", name=name) if (row, column) in self.blank else name

    @property
    def picture(self) -> Picture:
        """The map with its title band, drawn on first use and kept for every pass over the document."""
        if self._picture is None:
            self._picture = scaled_map(self.document, self.layout, self.scale, title=True)
            _title(self._picture, self.document, self.journey, self.layout, self.scale)
        return self._picture

    def define(self, canv: Canvas) -> None:
        """Put the picture in the PDF once, as a form every tile and the overview place."""
        if not canv.hasForm(self.form):
            drawing = self.picture.drawing
            canv.beginForm(self.form, 0, 0, drawing.width, drawing.height)
            drawing.drawOn(canv, 0, 0)
            canv.endForm()


def _hint(scale: float, count: int) -> str:
    return f"{max(0.1, round(scale * (MAX_TILES / count) ** 0.5 * 0.9, 1)):.1f}"


def _title(picture: Picture, document: Document, journey: Journey, layout: JourneyLayout, u: float) -> None:
    """The journey's name, description and persona in the band above the stages."""
    drawing = picture.drawing
    top = drawing.height
    band = layout.metrics.title_height * u
    persona = document.get(Persona, journey.persona_id)
    right = drawing.width - 8 * u
    if persona is not None:
        who = t("Persona: {name}", name=persona.name) + (f" — {persona.role}" if persona.role else "")
        text = ellipsize(who, 12 * u, drawing.width * 0.4)
        drawing.add(String(right, top - band * 0.45, text, fontName=FONT, fontSize=12 * u, fillColor=MUTED,
                           textAnchor="end"))
        right -= drawing.width * 0.4 + 16 * u
    drawing.add(String(8 * u, top - band * 0.5, ellipsize(journey.name, 26 * u, right - 8 * u, font=BOLD),
                       fontName=BOLD, fontSize=26 * u, fillColor=TEXT))
    if journey.description:
        drawing.add(String(8 * u, top - band * 0.5 - 16 * u,
                           ellipsize(journey.description, 10 * u, right - 8 * u), fontName=FONT,
                           fontSize=10 * u, fillColor=MUTED))


def _absolute(canv: Canvas) -> None:
    """Make page coordinates the current ones inside a flowable's draw."""
    x, y = canv.absolutePosition(0, 0)
    canv.translate(-x, -y)


class PosterTile(Flowable):
    """One page of the poster: its window of the map, trim marks, overlap ticks, its name and neighbours."""

    def __init__(self, poster: Poster, row: int, column: int) -> None:
        super().__init__()
        self.poster = poster
        self.row, self.column = row, column

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canv, poster, tiling = self.canv, self.poster, self.poster.tiling
        canv.saveState()
        _absolute(canv)
        poster.define(canv)
        w, h = tiling.window
        ox, oy = tiling.origin(self.row, self.column)
        canv.saveState()
        path = canv.beginPath()
        path.rect(TILE_MARGIN, TILE_MARGIN, w, h)
        canv.clipPath(path, stroke=0, fill=0)
        canv.translate(TILE_MARGIN - ox, TILE_MARGIN + h - poster.picture.drawing.height + oy)
        canv.doForm(poster.form)
        canv.restoreState()
        self._marks(canv, w, h)
        self._labels(canv, w, h)
        canv.restoreState()

    def _marks(self, canv: Canvas, w: float, h: float) -> None:
        """Trim marks at the window's corners and ticks where the next tiles' edges go (the overlap)."""
        canv.setStrokeColor(MARK)
        canv.setLineWidth(0.3)
        left, bottom, right, top = TILE_MARGIN, TILE_MARGIN, TILE_MARGIN + w, TILE_MARGIN + h
        near, far = 3 * mm, 10 * mm
        for x, y, dx, dy in ((left, top, -1, 1), (right, top, 1, 1), (left, bottom, -1, -1),
                             (right, bottom, 1, -1)):
            canv.line(x + dx * near, y, x + dx * far, y)
            canv.line(x, y + dy * near, x, y + dy * far)
        tiling = self.poster.tiling
        canv.setStrokeColor(colors.HexColor("#6a7784"))
        canv.setDash(2, 1.5)
        if self.column + 1 < tiling.columns:
            x = right - OVERLAP
            canv.line(x, top + near, x, top + far)
            canv.line(x, bottom - near, x, bottom - far)
        if self.row + 1 < tiling.rows:
            y = bottom + OVERLAP
            canv.line(left - near, y, left - far, y)
            canv.line(right + near, y, right + far, y)
        canv.setDash()

    def _labels(self, canv: Canvas, w: float, h: float) -> None:
        """Its name and number top left, the journey and scale top right, how to assemble bottom left,
        and the neighbouring tiles' names in the middle of each edge that has one."""
        poster, tiling = self.poster, self.poster.tiling
        page_w, page_h = tiling.page
        name = tile_name(self.row, self.column)
        half = w / 2 - 30
        left, right = TILE_MARGIN + 4 * mm, page_w - TILE_MARGIN - 4 * mm
        base = page_h - TILE_MARGIN + 5 * mm
        canv.setFillColor(TEXT)
        canv.setFont(FONT, 12)
        canv.drawString(left, base, name)
        canv.setFont(FONT, 8)
        start = left + canv.stringWidth(name, FONT, 12) + 8
        detail = t("row {row}, column {column}", row=name.rstrip("0123456789"), column=self.column + 1)
        canv.drawString(start, base + 1, ellipsize(detail, 8, left + half - start))
        canv.setFillColor(MUTED)
        about = t("{journey} · scale {scale:.0%}", journey=poster.journey.name, scale=poster.scale)
        canv.drawRightString(right - OVERLAP, base + 1, ellipsize(about, 8, half - OVERLAP))
        hint = t("Trim the left and top edges at the marks; lay them on the neighbours' dashed marks.")
        lines, _ = wrap(hint, HINT_SIZE, w / 2 - 4 * mm - 48, 2)  # clear of the neighbour's name below
        canv.setFont(FONT, HINT_SIZE)
        for index, line in enumerate(lines):
            canv.drawString(left, TILE_MARGIN - 6 * mm - index * (HINT_SIZE + 1.5), line)
        canv.setFont(FONT, 9)
        canv.setFillColor(TEXT)
        middle_y, middle_x = TILE_MARGIN + h / 2, TILE_MARGIN + w / 2
        if self.column + 1 < tiling.columns:
            _turned(canv, page_w - TILE_MARGIN / 2, middle_y, poster.neighbour(self.row, self.column + 1)
                    + " →", -90)
        if self.column > 0:
            _turned(canv, TILE_MARGIN / 2, middle_y, "← " + poster.neighbour(self.row, self.column - 1), 90)
        if self.row > 0:
            canv.drawCentredString(middle_x, page_h - TILE_MARGIN / 2 - 3,
                                   "↑ " + poster.neighbour(self.row - 1, self.column))
        if self.row + 1 < tiling.rows:
            canv.drawCentredString(middle_x, TILE_MARGIN / 2 - 3, "↓ " + poster.neighbour(self.row + 1,
                                                                                          self.column))


def _turned(canv: Canvas, x: float, y: float, text: str, angle: float) -> None:
    canv.saveState()
    canv.translate(x, y)
    canv.rotate(angle)
    canv.drawCentredString(0, -3, text)
    canv.restoreState()
