"""The pages of a report: templates (cover, portrait, landscape), header and footer, outline, contents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.linebreak import break_lines
from journeydesk.report.pdfmeta import UNKNOWN, pdf_time
from journeydesk.report.style import MUTED, RULE, TEXT, has_cjk, markup, shorten, styles
from journeydesk.report.textfit import ellipsize

MARGIN = 14 * mm
HEADER = 10 * mm
FOOTER = 9 * mm
COVER, PORTRAIT, LANDSCAPE = "cover", "portrait", "landscape"
TILE_LANDSCAPE, TILE_PORTRAIT = "tile-landscape", "tile-portrait"
COLOPHON_SIZE = 7.5


@dataclass(frozen=True, slots=True)
class Meta:
    """What the PDF says about itself and prints on every page."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    client: str
    brand: str


class Anchor(Flowable):
    """An invisible mark: a bookmark, an outline entry and (optionally) a line in the contents."""

    def __init__(self, title: str, key: str, level: int, *, contents: bool = True) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.level = level
        self.contents = contents
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class SetRunningHead(ActionFlowable):
    """Changes the text of the page header from the next page on."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def apply(self, doc: BaseDocTemplate) -> None:
        doc.running_head = self.text  # type: ignore[attr-defined]


class PageTotal(Flowable):
    """Knows the page count of the previous pass, so every footer can say "page N of M"."""

    def __init__(self, doc: ReportDoc) -> None:
        super().__init__()
        self.doc = doc
        self.seen: int | None = None
        self.used: int | None = None
        self.width = self.height = 0

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.used = self.seen
        self.doc.page_total = self.seen

    def afterBuild(self) -> None:
        self.seen = self.doc.page

    def isSatisfied(self) -> bool:
        return self.used == self.seen

    def notify(self, kind: str, stuff: object) -> None:
        return None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


CONTENTS_NUMBER_ROOM = 36.0  # the dots and page number after an entry's last line


class Contents(TableOfContents):
    """reportlab's table of contents, showing nothing (not a placeholder) while it has no entries."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._lastEntries:
            entries = self._lastEntries
            self._lastEntries = [self._broken(entry, available_width) for entry in entries]
            try:
                return super().wrap(available_width, available_height)
            finally:
                self._lastEntries = entries
        self._table = Spacer(available_width, 1)
        self.width, self.height = available_width, 1
        return self.width, self.height

    def _broken(self, entry: tuple, available_width: float) -> tuple:
        """A Japanese entry (levels 2 and 3) with its line breaks chosen by linebreak.py."""
        level, text, page, key = entry
        if level < 2:
            return entry
        style = self.getLevelStyle(level)
        room = available_width - style.leftIndent - CONTENTS_NUMBER_ROOM
        lines, _ = break_lines(unescape(text), lambda s: stringWidth(s, style.fontName, style.fontSize),
                               room, phrases=True)
        return level, "<br/>".join(escape(line.strip()) for line in lines), page, key


def contents_table(brand: str) -> TableOfContents:
    """The table of contents; levels 2 and 3 are levels 0 and 1 broken the Japanese way."""
    s = styles(brand)
    toc = Contents(dotsMinLevel=0, tableStyle=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]))
    toc.levelStyles = [s["toc0"], s["toc1"], s["toc0"], s["toc1"]]
    return toc


class ReportDoc(BaseDocTemplate):
    """A deterministic document whose templates share the paper size in two orientations.

    multiBuild lays the story out at least twice (the first pass cannot know the page count
    for "page N of M", so it is never the one kept): that first pass only sketches, laying
    out and numbering pages without drawing flowables, which halves the time of a report.
    """

    def __init__(self, target: BinaryIO, paper: tuple[float, float], meta: Meta,
                 cover: Callable[[Canvas, ReportDoc], None] | None = None,
                 first: tuple[str, str] | None = None,
                 on_page: Callable[[int, int], None] | None = None, *, seconds: int = UNKNOWN,
                 colophon: str = "") -> None:
        self.meta = meta
        self.seconds = seconds
        self.colophon = colophon
        self.on_page = on_page
        self.layout_pass = 0
        self.sketching = False
        first_template, self.first_head = first or (PORTRAIT, "")
        self.running_head = self.first_head
        self.page_total: int | None = None
        self._cover = cover
        super().__init__(
            target, pagesize=portrait(paper), invariant=1, initialFontName=FONT, initialFontSize=10,
            pageCompression=1, title=meta.title, author=meta.author, subject=meta.subject,
            keywords=list(meta.keywords), creator="JourneyDesk", producer="JourneyDesk (ReportLab)",
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER, lang="ja" if has_cjk(meta.title) else "en",
        )
        templates = [
            PageTemplate(COVER, [_frame(portrait(paper), whole=True)], onPage=self._draw_cover,
                         pagesize=portrait(paper)),
            PageTemplate(PORTRAIT, [_frame(portrait(paper))], onPage=self._decorate,
                         pagesize=portrait(paper)),
            PageTemplate(LANDSCAPE, [_frame(landscape(paper))], onPage=self._decorate,
                         pagesize=landscape(paper)),
            PageTemplate(TILE_LANDSCAPE, [_frame(landscape(paper), whole=True)], onPage=self._number,
                         pagesize=landscape(paper)),
            PageTemplate(TILE_PORTRAIT, [_frame(portrait(paper), whole=True)], onPage=self._number,
                         pagesize=portrait(paper)),
        ]
        templates.sort(key=lambda template: template.id != first_template)
        self.addPageTemplates(templates)

    def handle_documentBegin(self) -> None:
        """Every pass starts with the first page's header (the last pass changed it)."""
        self.running_head = self.first_head
        self.layout_pass += 1
        self.sketching = self.page_total is None
        self.canv._doc._timeStamp = pdf_time(self.seconds)  # reportlab has no public way to date a PDF
        self.canv.showOutline()
        super().handle_documentBegin()

    def afterPage(self) -> None:
        if self.on_page is not None:
            self.on_page(self.layout_pass, self.page)

    # ----- page decoration

    def _draw_cover(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self._cover is not None:
            self._cover(canv, self)
        width, _ = canv._pagesize
        self._colophon(canv, 0.09 * width, 0.054 * width, "left")

    def _page_number(self) -> str:
        return t("page {n} of {total}", n=self.page, total=self.page_total if self.page_total else "?")

    def _number(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Only "page N of M", low and clear of the trim and overlap marks: poster tiles keep their margins
        for marks and labels."""
        width, _ = canv._pagesize
        canv.saveState()
        canv.setFont(FONT, 7)
        canv.setFillColor(MUTED)
        canv.drawRightString(width - 29 * mm, 6 * mm, self._page_number())
        canv.restoreState()
        self._colophon(canv, width - 29 * mm, 6 * mm + 10, "right")

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canv._pagesize
        top = height - MARGIN - HEADER + 3 * mm
        canv.saveState()
        canv.setFillColor(colors.HexColor(self.meta.brand))
        canv.rect(MARGIN, top - 1.2, width - 2 * MARGIN, 1.2, stroke=0, fill=1)
        canv.setFont(FONT, 8.5)
        canv.setFillColor(TEXT)
        right = ellipsize(self.meta.client, 8.5, (width - 2 * MARGIN) * 0.35)
        canv.drawRightString(width - MARGIN, top + 3, right)
        room = width - 2 * MARGIN - canv.stringWidth(right, FONT, 8.5) - 12
        canv.drawString(MARGIN, top + 3, ellipsize(self.running_head, 8.5, room))
        bottom = MARGIN + FOOTER - 5 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        number = self._page_number()
        canv.drawRightString(width - MARGIN, bottom, number)
        room = width - 2 * MARGIN - canv.stringWidth(number, FONT, 8) - 12
        canv.drawString(MARGIN, bottom, ellipsize(self.meta.title, 8, room))
        canv.restoreState()
        self._colophon(canv, width / 2, bottom - 13, "centre")

    def _colophon(self, canv: Canvas, x: float, y: float, align: str) -> None:
        """The one-line colophon, on the last page only."""
        if not self.colophon or self.page_total is None or self.page != self.page_total:
            return
        canv.saveState()
        canv.setFont(FONT, COLOPHON_SIZE)
        canv.setFillColor(MUTED)
        draw = {"left": canv.drawString, "right": canv.drawRightString,
                "centre": canv.drawCentredString}[align]
        draw(x, y, self.colophon)
        canv.restoreState()

    # ----- outline and contents

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Anchor):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(shorten(flowable.title, 120), flowable.key, flowable.level,
                                      closed=flowable.level > 0)
            if flowable.contents:
                level = flowable.level + (2 if has_cjk(flowable.title) else 0)
                self.notify("TOCEntry", (level, markup(shorten(flowable.title, 110)), self.page,
                                         flowable.key))


class _Frame(Frame):
    """A frame that, in a sketching pass, lays flowables out without drawing them."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        if not getattr(getattr(canv, "_doctemplate", None), "sketching", False):
            return super()._add(flowable, canv, trySplit)
        flowable.__dict__["drawOn"] = _skip
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            del flowable.__dict__["drawOn"]

    add = _add


def _skip(*args: object, **kwargs: object) -> None:
    return None


def _frame(size: tuple[float, float], *, whole: bool = False) -> Frame:
    width, height = size
    if whole:
        return _Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0, id="whole")
    return _Frame(MARGIN, MARGIN + FOOTER, width - 2 * MARGIN, height - 2 * MARGIN - HEADER - FOOTER,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")


def body_size(paper: tuple[float, float], template: str) -> tuple[float, float]:
    """The width and height flowables get on a page of ``template``."""
    width, height = landscape(paper) if template == LANDSCAPE else portrait(paper)
    return width - 2 * MARGIN, height - 2 * MARGIN - HEADER - FOOTER


def new_page(template: str, head: str | None = None) -> list[Flowable]:
    """Flowables that start a new page of ``template``, with ``head`` as its running header."""
    found: list[Flowable] = []
    if head is not None:
        found.append(SetRunningHead(head))
    found += [NextPageTemplate(template), PageBreak()]
    return found
