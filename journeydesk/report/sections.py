"""A journey's sections in the story: the map in its layout, the tables and the metric charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from journeydesk.core.document import Document
from journeydesk.core.model import Card, Journey, Stage
from journeydesk.figures.journey import JourneyFigures
from journeydesk.figures.kpis import KpiFigure
from journeydesk.figures.trends import Trends
from journeydesk.i18n import n_, t
from journeydesk.report.card_details import cut_cards, numbered, reference
from journeydesk.report.charts import funnel_chart, touchpoint_chart
from journeydesk.report.evidence_section import evidence_appendix, scorecard_table, stage_kpi_line
from journeydesk.report.fonts import FONT
from journeydesk.report.layout_choice import map_layout
from journeydesk.report.mapdraw import Picture, fit_map, overview_map
from journeydesk.report.mappage import MapPage, map_box
from journeydesk.report.notes import note
from journeydesk.report.options import PAPERS, ReportOptions
from journeydesk.report.pages import (
    LANDSCAPE,
    PORTRAIT,
    TILE_LANDSCAPE,
    TILE_PORTRAIT,
    Anchor,
    body_size,
    new_page,
)
from journeydesk.report.poster import Poster, PosterTile
from journeydesk.report.posterview import PosterOverview
from journeydesk.report.stages import Grid, shared_scale, stage_map
from journeydesk.report.style import para, styles
from journeydesk.report.tables import (
    details_tables,
    opportunities,
    opportunities_block,
    pain_table,
    series_table,
    touchpoint_table,
)
from journeydesk.report.tiling import tile_name
from journeydesk.report.trends import dated_figures, emotion_chart, series_chart

Maker = Callable[[float, float], Picture | None]


class Story:
    """Collects flowables; the first page's template and header are remembered, not broken to."""

    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self.first: tuple[str, str] | None = None
        self.pages = 0

    def page(self, template: str, head: str) -> None:
        self.pages += 1
        if self.first is None:
            self.first = (template, head)
        else:
            self.flowables += new_page(template, head)

    def add(self, *flowables: Flowable) -> None:
        self.flowables += flowables


JOURNEY_SECTIONS = ("map", "touchpoints", "pains", "metrics", "scorecard", "evidence")
MIN_CHART_POINTS = 3
SMALLEST_TEXT = 7.0  # no text on a client page is smaller


def journey_sections(story: Story, document: Document, journey: Journey, numbers: JourneyFigures,
                     measured: Trends, options: ReportOptions, brand: str, key: str,
                     done: Callable[[], None] = lambda: None, kpis: Sequence[KpiFigure] = ()) -> None:
    """Add the chosen sections of one journey, calling ``done`` after each (for progress); ``kpis`` is the
    journey's scorecard (``figures.scorecard``), for its page and the stage pages."""
    paper = PAPERS[options.paper]
    width, height = body_size(paper, PORTRAIT)
    s = styles(brand)
    opened = False

    def section(title: str, part: str, template: str = PORTRAIT) -> None:
        nonlocal opened
        story.page(template, journey.name)
        if not opened:
            story.add(Anchor(journey.name or t("(unnamed journey)"), key, 0))
            opened = True
        story.add(Anchor(title, f"{key}-{part}", 1))

    cut: list[Card] = []
    if options.has("map"):
        cut = _map_pages(story, section, document, journey, numbers, options, brand, key, kpis)
        done()
    # A section with nothing to say is left out, and with it its bookmark and its line in the contents.
    if options.has("touchpoints"):
        table = touchpoint_table(document, journey.id, numbers, width, brand)
        if table is not None:
            section(t("Touchpoint inventory"), "touchpoints")
            story.add(para(t("Touchpoint inventory"), s["h1"]), table)
        done()
    if options.has("pains"):
        table = pain_table(document, journey.id, width, brand)
        ideas = opportunities(document, journey.id)
        if table is not None or ideas:
            title = (t("Pain points and opportunities") if table is not None and ideas
                     else t("Pain points") if table is not None else t("Opportunities"))
            section(title, "pains")
        if table is not None:
            story.add(para(t("Pain points"), s["h1"]), table)
        if ideas:
            story.add(Spacer(1, 8), para(t("Opportunities"), s["h1"]), *opportunities_block(ideas, width,
                                                                                            height, brand))
        done()
    if options.has("metrics") and (numbers or measured):
        section(t("Metrics"), "metrics")
        story.add(para(t("Metrics"), s["h1"]))
        for found in numbers.touchpoints:
            story.add(_fitted(touchpoint_chart(found, width, height - 40), width, height), Spacer(1, 16))
        for funnel in numbers.funnels:
            story.add(_fitted(funnel_chart(funnel, width), width, height), Spacer(1, 16))
        for comparison in measured.emotions:
            story.add(_fitted(emotion_chart(comparison, width), width, height), Spacer(1, 16))
        story.add(*_series_block(measured, width, brand))
    if options.has("metrics"):
        done()
    if options.has("scorecard"):
        scorecard = scorecard_table(kpis, width, brand)
        if scorecard:
            section(t("Scorecard"), "scorecard")
            story.add(para(t("Scorecard"), s["h1"]), *scorecard)
        done()
    if cut:  # the whole text of every card the map pages cut short, each marked there with its reference
        section(t("Card details"), "details")
        story.add(para(t("Card details"), s["h1"]), *details_tables(document, cut, reference, width, brand))
    if options.has("evidence"):
        appendix = evidence_appendix(document, journey.id, width, brand)
        if appendix:
            section(t("Evidence"), "evidence")
            story.add(para(t("Evidence"), s["h1"]), *appendix)
        done()


def _series_block(measured: Trends, width: float, brand: str) -> list[Flowable]:
    """The touchpoints' series over time, two charts a row, under their heading."""
    if not measured.series:
        return []
    s = styles(brand)
    column = (width - 16) / 2
    # A line needs three points in time to show a trend; fewer are given as figures.
    lines = [found for found in measured.series if dated_figures(found) >= MIN_CHART_POINTS]
    few = [found for found in measured.series if dated_figures(found) < MIN_CHART_POINTS]
    found: list[Flowable] = [para(t("Over time, per touchpoint"), s["h2"])]
    if lines:
        charts = [series_chart(series, column) for series in lines]
        rows = [charts[i:i + 2] + [""] * (2 - len(charts[i:i + 2])) for i in range(0, len(charts), 2)]
        grid = Table(rows, colWidths=[column + 16, column], splitByRow=1)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
        found.append(grid)
    if few:
        found.append(series_table(few, width, brand))
    if measured.hidden:
        found.append(para(t("…and {n} more series over time, not shown.", n=measured.hidden), s["small"]))
    return found


def _map_pages(story: Story, section: Callable[..., None], document: Document, journey: Journey,
               numbers: JourneyFigures, options: ReportOptions, brand: str, key: str,
               kpis: Sequence[KpiFigure]) -> list[Card]:
    empty = t("This journey has no stages or lanes yet.")
    box = map_box(*body_size(PAPERS[options.paper], LANDSCAPE))
    layout = map_layout(document, journey, options)
    if layout == "stages":
        stages = document.stages(journey.id)
        shared: dict[tuple[float, float], float] = {}
        if options.layout == "auto":
            section(t("Overview"), "overview", LANDSCAPE)
            story.add(MapPage(document, journey, t("{journey} — overview", journey=journey.name),
                              _overview_maker(document, journey), options.paper, empty, overview=True))
        if not stages:
            section(t("Map"), "map", LANDSCAPE)
            story.add(MapPage(document, journey, journey.name, lambda w, h: None, options.paper, empty))
        makers = [_stage_maker(document, stage, numbers, shared) for stage in stages]
        cut = cut_cards(document, journey.id, lambda: [make(*box) for make in makers])
        for index, (stage, make) in enumerate(zip(stages, makers, strict=True)):
            section(t("Stage {n}: {name}", n=index + 1, name=stage.name), f"stage{index}", LANDSCAPE)
            heading = t("{journey} — {stage}", journey=journey.name, stage=stage.name)
            line = stage_kpi_line([f for f in kpis if f.stage is not None and f.stage.id == stage.id])
            story.add(MapPage(document, journey, heading, make, options.paper, empty,
                              subheading=t("KPIs: {kpis}", kpis=line) if line else ""))
        return cut
    if layout == "poster":
        poster = Poster(document, journey, options.poster_scale, PAPERS[options.paper], options.paper,
                        f"Poster{key}")
        section(t("Map"), "map", LANDSCAPE)
        if poster.empty:
            story.add(MapPage(document, journey, journey.name, lambda w, h: None, options.paper, empty))
            return []
        story.add(PosterOverview(poster, brand))
        template = TILE_LANDSCAPE if poster.tiling.landscape else TILE_PORTRAIT
        for row, column in poster.printed:
            story.page(template, journey.name)
            name = tile_name(row, column)
            story.add(Anchor(t("Tile {name}", name=name), f"{key}-tile-{name}", 2, contents=False),
                      PosterTile(poster, row, column))
        # the picture is drawn in the build, references known
        return numbered(document, journey.id, poster.cut)
    make = _fit_maker(document, journey)
    cut = cut_cards(document, journey.id, lambda: make(*box))
    section(t("Map"), "map", LANDSCAPE)
    story.add(MapPage(document, journey, journey.name, make, options.paper, empty))
    return cut


def _fitted(flowable: Flowable, width: float, height: float) -> Flowable:
    """``flowable`` kept on one page: as it is when a page can hold it, else shrunk to a page."""
    if flowable.wrap(width, height)[1] <= height - 2:
        return flowable
    return KeepInFrame(width, height - 2, [flowable], mode="shrink")


def _fit_maker(document: Document, journey: Journey) -> Maker:
    def make(width: float, height: float) -> Picture | None:
        if not document.stages(journey.id) or not document.lanes(journey.id):
            return None
        return fit_map(document, journey, width, height)
    return make


def _overview_maker(document: Document, journey: Journey) -> Maker:
    def make(width: float, height: float) -> Picture | None:
        return overview_map(document, journey, width, height, SMALLEST_TEXT)
    return make


def _stage_maker(document: Document, stage: Stage, numbers: JourneyFigures,
                 shared: dict[tuple[float, float], tuple[float, bool]]) -> Maker:
    """Stage pages of one journey share one scale, the one its fullest stage fits at: their text is one size.
    When one stage cannot show all its cards' text, none does (and the author is told)."""
    # a page is drawn twice: to find the texts it cuts, then with their references
    grids: dict[tuple, Grid] = {}
    # ...and when it cuts none, the second drawing would be the first again: it is kept, with the references
    # its cards showed, and used as long as those are the same.
    drawn: dict[tuple[float, float], tuple[tuple[str, ...], Picture | None]] = {}

    def make(width: float, height: float) -> Picture | None:
        key = (round(width, 2), round(height, 2))
        if key not in shared:
            shared[key] = shared_scale(document, document.stages(stage.journey_id), numbers, width, height)
            if not shared[key][1]:
                journey = document.get(Journey, stage.journey_id)
                note(n_(
                    "Some cards of “{journey}” hold more text than a stage page can show; it is cut there."),
                     journey=journey.name if journey else "")
        marks = tuple(reference(card.id) for card in document.cards(stage.journey_id)
                      if card.stage_id == stage.id)
        kept = drawn.get(key)
        if kept is None or kept[0] != marks:
            kept = drawn[key] = marks, stage_map(document, stage, numbers, width, height, shared[key], grids)
        return kept[1]
    return make
