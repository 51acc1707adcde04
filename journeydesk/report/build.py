"""Building a report: the story of sections for the chosen journeys, rendered to PDF bytes or a file."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import LayoutError, Spacer

from journeydesk.core.document import Document
from journeydesk.core.model import Journey, Persona
from journeydesk.figures import Trends, journey_figures, scorecard, trends
from journeydesk.i18n import speaking, t
from journeydesk.report import images
from journeydesk.report.card_details import numbering
from journeydesk.report.compare_section import comparison_story, comparisons, future_pairs
from journeydesk.report.cover import Cover
from journeydesk.report.fonts import register
from journeydesk.report.notes import gathering
from journeydesk.report.nothing import nothing_to_show
from journeydesk.report.options import PAPERS, ReportError, ReportOptions
from journeydesk.report.pages import (
    COVER,
    PORTRAIT,
    Anchor,
    Meta,
    PageTotal,
    ReportDoc,
    body_size,
    contents_table,
)
from journeydesk.report.pdfmeta import pdf_seconds
from journeydesk.report.personas import persona_story
from journeydesk.report.progress import Progress, Tracker
from journeydesk.report.sections import JOURNEY_SECTIONS, Story, journey_sections
from journeydesk.report.style import para, shorten, styles
from journeydesk.store.datasets import DatasetReader


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


def build_report(document: Document, data: DatasetReader | None,
                 options: ReportOptions | None = None, *, progress: Progress | None = None,
                 notes: list[str] | None = None) -> bytes:
    """The report as PDF bytes; the same Document, data and options always give the same bytes.

    ``data`` reads the project's imported data (``Store.data``; None: no metrics).
    The report speaks ``options.language``, by default the project's language.
    ``progress(done, total)`` is called as sections are built and pages laid out, never going
    back, the last call being ``(total, total)``. ``notes`` receives what the author should know
    and the reader need not see (text too small to read in print).
    Raises ReportError with a one-line message when the options cannot make a report.
    """
    pdf, tracker = _made(document, data, options or ReportOptions(), progress, notes)
    tracker.finish()
    return pdf


def _made(document: Document, data: DatasetReader | None, options: ReportOptions,
          progress: Progress | None, notes: list[str] | None) -> tuple[bytes, Tracker]:
    """The report in its language, with the author's notes gathered into ``notes``."""
    options.check()
    with speaking(options.language or document.project().language), gathering() as gathered, numbering():
        made = _build(document, data, options, progress)
    if notes is not None:
        notes.extend(gathered.worded())  # in the interface's language, for the author
    return made


def _build(document: Document, data: DatasetReader | None, options: ReportOptions,
           progress: Progress | None) -> tuple[bytes, Tracker]:
    register()
    project = document.project()
    journeys = chosen_journeys(document, options)
    steps = sum(options.has(name) for name in ("cover", "contents", "personas", "compare")) + \
        len(journeys) * sum(options.has(name) for name in JOURNEY_SECTIONS)
    tracker = Tracker(progress, steps)
    brand = options.brand_color or project.brand_color or "#2f6fb3"
    title = (options.title if options.title is not None else project.title) or t("Customer journey report")
    client = options.client if options.client is not None else project.client
    author = options.author if options.author is not None else project.author
    logo = images.load_logo(options.logo) if options.logo and options.has("cover") else None
    paper = PAPERS[options.paper]
    names = tuple(j.name for j in journeys)
    meta = Meta(title=title, author=author, subject=t("Customer journey map: {names}",
                                                      names=", ".join(names)),
                keywords=(t("customer journey"), *names, *([client] if client else [])), client=client,
                brand=brand)
    story = Story()
    built = 0

    def done() -> None:
        nonlocal built
        built += 1
        tracker.step(built)

    if options.has("cover"):
        story.page(COVER, "")
        story.add(Anchor(t("Cover"), "cover", 0, contents=False), Spacer(1, 1))
        done()
    if options.has("contents"):
        story.page(PORTRAIT, title)
        story.add(Anchor(t("Contents"), "contents", 0, contents=False),
                  para(t("Contents"), styles(brand)["h1"]), contents_table(brand))
        done()
    if options.has("personas"):
        _personas(story, document, journeys, paper, brand)
        done()
    for number, journey in enumerate(journeys):
        numbers = journey_figures(document, data, journey.id)
        measured = trends(document, data, journey.id) if options.has("metrics") else Trends()
        kpis = scorecard(document, data, journey.id) if options.has("scorecard") or options.has("map") else []
        journey_sections(story, document, journey, numbers, measured, options, brand, f"j{number}", done,
                         kpis)
    if options.has("compare"):
        _future_states(story, document, data, journeys, paper, brand)
        done()
    if story.first is None:
        story.page(PORTRAIT, title)
        story.add(*nothing_to_show(options.sections, journeys, brand))
    cover = Cover(title, options.subtitle, client, author, options.date, names, brand, logo)
    buffer = io.BytesIO()
    tracker.expect_pages(story.pages)

    def laid_out(layout_pass: int, page: int) -> None:
        if layout_pass > 1 and page == 1:
            tracker.expect_pages(doc.page_total or story.pages)
        tracker.page(layout_pass, page)

    doc = ReportDoc(buffer, paper, meta, cover.draw, first=story.first, on_page=laid_out,
                    seconds=pdf_seconds(options), colophon=t("Made with JourneyDesk") if options.colophon
                    else "")
    checking = rl_config.shapeChecking
    rl_config.shapeChecking = 0  # every shape is made by this package; checking each attribute costs 15 %
    try:
        doc.multiBuild([PageTotal(doc), *story.flowables])
    except LayoutError as error:
        raise ReportError(t("The report could not be laid out ({reason}). Try a larger paper or fewer "
                            "sections, and please report this.", reason=shorten(str(error), 160))) from None
    finally:
        rl_config.shapeChecking = checking
    return buffer.getvalue(), tracker


def _personas(story: Story, document: Document, journeys: list[Journey], paper: tuple[float, float],
              brand: str) -> None:
    width, height = body_size(paper, PORTRAIT)
    for index, persona in enumerate(chosen_personas(document, journeys)):
        story.page(PORTRAIT, t("Personas"))
        if index == 0:
            story.add(Anchor(t("Personas"), "personas", 0))
        appears = [j.name for j in journeys if j.persona_id == persona.id]
        story.add(Anchor(persona.name or t("(unnamed persona)"), f"persona{index}", 1),
                  *persona_story(document, persona, appears, width, height, brand))


def _future_states(story: Story, document: Document, data: DatasetReader | None, journeys: list[Journey],
                   paper: tuple[float, float], brand: str) -> None:
    """“Current and future state”: each chosen as-is journey against its to-be(s); left out when there is
    none."""
    pairs = future_pairs(document, journeys)
    width, _height = body_size(paper, PORTRAIT)
    heading = t("Current and future state")
    for index, found in enumerate(comparisons(document, data, pairs)):
        story.page(PORTRAIT, heading)
        if index == 0:
            story.add(Anchor(heading, "compare", 0), para(heading, styles(brand)["h1"]))
        story.add(Anchor(t("{before} → {after}", before=found.before.name, after=found.after.name),
                         f"compare{index}", 1), *comparison_story(found, width, brand))


def write_report(path: str | os.PathLike[str], document: Document, data: DatasetReader | None,
                 options: ReportOptions | None = None, *, progress: Progress | None = None,
                 notes: list[str] | None = None) -> Path:
    """Build the report and put it at ``path`` whole or not at all (temp file, then rename).

    ``progress`` and ``notes`` are as for build_report; the last progress call, ``(total, total)``,
    comes once the file is written.
    """
    path = Path(path)
    pdf, tracker = _made(document, data, options or ReportOptions(), progress, notes)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ReportError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                            path=path, reason=(error.strerror or str(error)).lower())) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(scratch, 0o644)
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        raise ReportError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                            path=path, reason=(error.strerror or str(error)).lower())) from None
    tracker.finish()
    return path
