"""Building a report: the story of sections for the chosen journeys, rendered to PDF bytes or a file."""

from __future__ import annotations

import io
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, KeepInFrame, LayoutError, Spacer

from journeydesk.core.document import Document
from journeydesk.core.model import Journey, Persona, Stage
from journeydesk.i18n import t
from journeydesk.report import images
from journeydesk.report.charts import funnel_chart, touchpoint_chart
from journeydesk.report.cover import Cover
from journeydesk.report.figures import JourneyFigures, journey_figures
from journeydesk.report.fonts import register
from journeydesk.report.mapdraw import Picture, fit_map
from journeydesk.report.mappage import MapPage
from journeydesk.report.options import PAPERS, ReportError, ReportOptions
from journeydesk.report.pages import (
    COVER,
    LANDSCAPE,
    PORTRAIT,
    Anchor,
    Meta,
    PageTotal,
    ReportDoc,
    body_size,
    contents_table,
    new_page,
)
from journeydesk.report.personas import persona_story
from journeydesk.report.stages import stage_map
from journeydesk.report.style import para, shorten, styles
from journeydesk.report.tables import (
    opportunities,
    opportunities_block,
    pain_table,
    touchpoint_table,
)

Maker = Callable[[float, float], Picture | None]


def chosen_journeys(document: Document, options: ReportOptions) -> list[Journey]:
    """The journeys to report on, in the order given (all, in project order, when none are given)."""
    journeys = document.journeys()
    if not options.journeys:
        return journeys
    by_id = {j.id: j for j in journeys}
    missing = [key for key in options.journeys if key not in by_id]
    if missing:
        raise ReportError(t("There is no journey with id '{id}' in the project.", id=missing[0]))
    return [by_id[key] for key in dict.fromkeys(options.journeys)]


def chosen_personas(document: Document, journeys: list[Journey]) -> list[Persona]:
    """The personas the chosen journeys are about, each once, in project order."""
    wanted = {j.persona_id for j in journeys if j.persona_id}
    return [p for p in document.personas() if p.id in wanted]


class _Story:
    """Collects flowables; the first page's template and header are remembered, not broken to."""

    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self.first: tuple[str, str] | None = None

    def page(self, template: str, head: str) -> None:
        if self.first is None:
            self.first = (template, head)
        else:
            self.flowables += new_page(template, head)

    def add(self, *flowables: Flowable) -> None:
        self.flowables += flowables


def build_report(document: Document, conn: sqlite3.Connection | None,
                 options: ReportOptions | None = None) -> bytes:
    """The report as PDF bytes; the same Document, data and options always give the same bytes.

    ``conn`` is the project's open connection, for imported data (None: no metrics).
    Raises ReportError with a one-line message when the options cannot make a report.
    """
    options = options or ReportOptions()
    options.check()
    register()
    project = document.project()
    journeys = chosen_journeys(document, options)
    brand = options.brand_color or project.brand_color or "#2f6fb3"
    title = (options.title if options.title is not None else project.title) or t("Customer journey report")
    client = options.client if options.client is not None else project.client
    author = options.author if options.author is not None else project.author
    logo = images.load_logo(options.logo) if options.logo and options.has("cover") else None
    paper = PAPERS[options.paper]
    names = tuple(j.name for j in journeys)
    meta = Meta(title=title, author=author, subject=t("Customer journey map: {names}", names=", ".join(names)),
                keywords=(t("customer journey"), *names, *([client] if client else [])), client=client,
                brand=brand)
    story = _Story()
    if options.has("cover"):
        story.page(COVER, "")
        story.add(Anchor(t("Cover"), "cover", 0, contents=False), Spacer(1, 1))
    if options.has("contents"):
        story.page(PORTRAIT, title)
        story.add(Anchor(t("Contents"), "contents", 0, contents=False),
                  para(t("Contents"), styles(brand)["h1"]), contents_table(brand))
    if options.has("personas"):
        _personas(story, document, journeys, paper, brand)
    for number, journey in enumerate(journeys):
        numbers = journey_figures(document, conn, journey.id)
        _journey(story, document, journey, numbers, options, brand, f"j{number}")
    if story.first is None:
        story.page(PORTRAIT, title)
        story.add(para(t("No sections were chosen for this report."), styles(brand)["body"]))
    cover = Cover(title, options.subtitle, client, author, options.date, names, brand, logo)
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, paper, meta, cover.draw, first=story.first)
    try:
        doc.multiBuild([PageTotal(doc), *story.flowables])
    except LayoutError as error:
        raise ReportError(t("The report could not be laid out ({reason}). Try a larger paper or fewer "
                            "sections, and please report this.", reason=shorten(str(error), 160))) from None
    return buffer.getvalue()


def _personas(story: _Story, document: Document, journeys: list[Journey], paper: tuple[float, float],
              brand: str) -> None:
    width, height = body_size(paper, PORTRAIT)
    for index, persona in enumerate(chosen_personas(document, journeys)):
        story.page(PORTRAIT, t("Personas"))
        if index == 0:
            story.add(Anchor(t("Personas"), "personas", 0))
        appears = [j.name for j in journeys if j.persona_id == persona.id]
        story.add(Anchor(persona.name or t("(unnamed persona)"), f"persona{index}", 1),
                  *persona_story(document, persona, appears, width, height, brand))


def _journey(story: _Story, document: Document, journey: Journey, numbers: JourneyFigures,
             options: ReportOptions, brand: str, key: str) -> None:
    paper = PAPERS[options.paper]
    width, height = body_size(paper, LANDSCAPE)
    s = styles(brand)
    opened = False

    def section(title: str, part: str) -> None:
        nonlocal opened
        story.page(LANDSCAPE, journey.name)
        if not opened:
            story.add(Anchor(journey.name or t("(unnamed journey)"), key, 0))
            opened = True
        story.add(Anchor(title, f"{key}-{part}", 1))

    if options.has("map"):
        empty = t("This journey has no stages or lanes yet.")
        if options.layout == "stages":
            stages = document.stages(journey.id)
            if not stages:
                section(t("Map"), "map")
                story.add(MapPage(document, journey, journey.name, lambda w, h: None, options.paper, empty))
            for index, stage in enumerate(stages):
                section(t("Stage {n}: {name}", n=index + 1, name=stage.name), f"stage{index}")
                heading = t("{journey} — {stage}", journey=journey.name, stage=stage.name)
                story.add(MapPage(document, journey, heading, _stage_maker(document, stage, numbers),
                                  options.paper, empty))
        else:
            section(t("Map"), "map")
            story.add(MapPage(document, journey, journey.name, _fit_maker(document, journey),
                              options.paper, empty))
    if options.has("touchpoints"):
        section(t("Touchpoint inventory"), "touchpoints")
        story.add(para(t("Touchpoint inventory"), s["h1"]))
        table = touchpoint_table(document, journey.id, numbers, width, brand)
        story.add(table if table is not None else para(t("This journey has no touchpoints yet."), s["body"]))
    if options.has("pains"):
        section(t("Pain points and opportunities"), "pains")
        story.add(para(t("Pain points"), s["h1"]))
        table = pain_table(document, journey.id, width, brand)
        story.add(table if table is not None else para(t("This journey has no pain points yet."), s["body"]))
        story.add(Spacer(1, 8), para(t("Opportunities"), s["h1"]),
                  *opportunities_block(opportunities(document, journey.id), width, height, brand))
    if options.has("metrics") and numbers:
        section(t("Metrics"), "metrics")
        story.add(para(t("Metrics"), s["h1"]))
        for found in numbers.touchpoints:
            story.add(_fitted(touchpoint_chart(found, width, height - 40), width, height), Spacer(1, 16))
        for funnel in numbers.funnels:
            story.add(_fitted(funnel_chart(funnel, min(width, 620)), width, height), Spacer(1, 16))


def _fitted(flowable: Flowable, width: float, height: float) -> Flowable:
    """``flowable`` kept on one page, shrunk if it would not fit on any."""
    return KeepInFrame(width, height - 2, [flowable], mode="shrink")


def _fit_maker(document: Document, journey: Journey) -> Maker:
    def make(width: float, height: float) -> Picture | None:
        if not document.stages(journey.id) or not document.lanes(journey.id):
            return None
        return fit_map(document, journey, width, height)
    return make


def _stage_maker(document: Document, stage: Stage, numbers: JourneyFigures) -> Maker:
    def make(width: float, height: float) -> Picture | None:
        return stage_map(document, stage, numbers, width, height)
    return make


def write_report(path: str | os.PathLike[str], document: Document, conn: sqlite3.Connection | None,
                 options: ReportOptions | None = None) -> Path:
    """Build the report and put it at ``path`` whole or not at all (temp file, then rename)."""
    path = Path(path)
    data = build_report(document, conn, options)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ReportError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                            path=path, reason=(error.strerror or str(error)).lower())) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(scratch, 0o644)
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        raise ReportError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                            path=path, reason=(error.strerror or str(error)).lower())) from None
    return path
