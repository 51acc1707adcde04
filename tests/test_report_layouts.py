"""The report's page orientations, the poster layout, charts over time and of emotion, progress, --scale."""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pdf_paths import poster_forms
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID
from reportlab.lib.units import mm
from test_report import EXAMPLE, ROOT, measured_project, pages, squash, text_of

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout
from journeydesk.figures.trends import emotion_comparisons, series
from journeydesk.report.build import build_report, write_report
from journeydesk.report.options import ReportError, ReportOptions
from journeydesk.store.store import Store

SIZES = {"A4": A4, "A3": A3, "Letter": LETTER, "Tabloid": TABLOID}
LINE = re.compile(rb"n (-?[\d.]+) (-?[\d.]+) m (-?[\d.]+) (-?[\d.]+) l S")


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return measured_project(tmp_path_factory.mktemp("data"))


def sizes(data: bytes) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(io.BytesIO(data)).pages]


def expected_tiles(picture: tuple[float, float], paper: tuple[float, float]) -> int:
    """Pages of 15 mm margins sharing 10 mm for a poster's picture: whichever orientation needs fewer."""
    width, height = picture
    counts = []
    for w, h in ((max(paper), min(paper)), (min(paper), max(paper))):
        across = math.ceil((width - 10 * mm) / (w - 40 * mm))
        down = math.ceil((height - 10 * mm) / (h - 40 * mm))
        counts.append(max(1, across) * max(1, down))
    return min(counts)


# ----- orientation


@pytest.mark.parametrize("paper", ["A4", "Letter", "Tabloid"])
def test_map_pages_are_landscape_and_text_pages_portrait(example: tuple[Document, object],
                                                         paper: str) -> None:
    document, conn = example
    journey = document.journeys()[0]
    width, height = (round(v) for v in SIZES[paper])
    data = build_report(document, conn, ReportOptions(journeys=(journey.id,), paper=paper, layout="fit",
                                                      sections=("contents", "map", "touchpoints", "pains")))
    found = sizes(data)
    assert found[0] == (width, height) and found[1] == (height, width)
    assert set(found[2:]) == {(width, height)}
    stages = build_report(document, conn, ReportOptions(journeys=(journey.id,), paper=paper,
                                                        layout="stages", sections=("map",)))
    count = len(document.stages(journey.id))
    assert sizes(stages)[:count] == [(height, width)] * count
    assert set(sizes(stages)[count:]) <= {(width, height)}  # the card details the stage pages cut short


# ----- the poster


def test_poster_tile_count_follows_scale_and_paper(example: tuple[Document, object]) -> None:
    document, conn = example
    journey = document.journeys()[0]
    layout = JourneyLayout(document, journey.id)
    counts = {}
    for paper, scale in (("A4", 1.0), ("A4", 0.5), ("A3", 1.0), ("Letter", 1.5), ("A4", 0.1)):
        options = ReportOptions(journeys=(journey.id,), layout="poster", poster_scale=scale, paper=paper,
                                sections=("map",))
        reader = PdfReader(io.BytesIO(build_report(document, conn, options)))
        ((width, height),) = poster_forms(reader)  # as wide as the canvas's map; taller where cards grew
        assert width == pytest.approx(layout.width * scale) and height >= layout.height * scale
        counts[paper, scale] = len(reader.pages) - 1
        assert counts[paper, scale] == expected_tiles((width, height), SIZES[paper])
    assert counts["A4", 0.5] < counts["A4", 1.0] and counts["A3", 1.0] < counts["A4", 1.0]
    assert counts["A4", 0.1] == 1 and counts["A4", 1.0] >= 4
    every = PdfReader(io.BytesIO(build_report(document, conn, ReportOptions(layout="poster",
                                                                            sections=("map",)))))
    pictures = poster_forms(every)
    assert len(pictures) == len(document.journeys())
    assert len(every.pages) == sum(1 + expected_tiles(picture, A4) for picture in pictures)


def test_poster_tiles_have_labels_trim_marks_and_the_map(example: tuple[Document, object]) -> None:
    document, conn = example
    journey = document.journeys()[0]
    data = build_report(document, conn, ReportOptions(journeys=(journey.id,), layout="poster",
                                                      sections=("map",)))
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages) - 1
    overview = reader.pages[0].extract_text()
    assert f"Poster assembly: {journey.name}" in overview and f"{total} tiles" in overview
    assert "A1" in overview and "Print every tile at 100 %" in overview
    assert "tile 1" not in overview.lower()  # tiles have one name, the grid's
    first = reader.pages[1]
    text = first.extract_text()
    assert "A1" in text and "row A, column 1" in text and "A2 →" in squash(text).replace("→", " →")
    assert "row B, column 4" in reader.pages[-1].extract_text() and "tile" not in text.lower()
    first_stage = document.stages(journey.id)[0]  # tile 1 is the top left of the map
    touchpoint = min((c for c in document.cards(journey.id)
                      if c.kind == CardKind.TOUCHPOINT and c.stage_id == first_stage.id),
                     key=lambda c: c.position).text
    assert squash(touchpoint) in squash(text)
    width, height = (float(v) for v in first.mediabox[2:])
    window = 15 * mm
    segments = {tuple(round(float(v), 1) for v in m) for m in LINE.findall(first.get_contents().get_data())}
    for x, y, dx, dy in ((window, height - window, -1, 1), (width - window, height - window, 1, 1),
                         (window, window, -1, -1), (width - window, window, 1, -1)):
        across = (round(x + dx * 3 * mm, 1), round(y, 1), round(x + dx * 10 * mm, 1), round(y, 1))
        along = (round(x, 1), round(y + dy * 3 * mm, 1), round(x, 1), round(y + dy * 10 * mm, 1))
        assert across in segments and along in segments, (x, y)


def test_poster_is_byte_identical_and_renders(example: tuple[Document, object], tmp_path: Path) -> None:
    document, conn = example
    options = ReportOptions(layout="poster", poster_scale=0.6, paper="A3", date="1 December 2026")
    data = build_report(document, conn, options)
    assert build_report(document, conn, options) == data
    assert shutil.which("pdftoppm"), "pdftoppm is missing: install poppler-utils"
    source = tmp_path / "poster.pdf"
    source.write_bytes(data)
    result = subprocess.run(["pdftoppm", "-r", "8", "-png", str(source), str(tmp_path / "page")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == pages(data)


def test_poster_refusals_and_empty_journeys() -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_template(document, "ecommerce", "en"))
    history.do(commands.add_journey(document, "Nothing yet", stage_names=(), lanes=()))
    text = text_of(build_report(document, None, ReportOptions(layout="poster", sections=("map",))))
    assert "Nothing yet" in text and "no stages or lanes yet" in text
    for bad in (0.0, 9, float("nan"), "1"):
        with pytest.raises(ReportError, match=r"poster scale .* is not a number from 0.1 to 4.0"):
            build_report(document, None, ReportOptions(layout="poster", poster_scale=bad))  # type: ignore[arg-type]
    layout = JourneyLayout(document, document.journeys()[0].id)
    for stage in layout.stages:
        history.do(commands.update_stage(document, stage.id, width=4000))
    with pytest.raises(ReportError, match=r"would need \d+ pages at scale 4.0; the limit is 400"):
        build_report(document, None, ReportOptions(layout="poster", poster_scale=4.0, paper="A4"))


# ----- charts over time and of emotion


def test_series_and_emotion_are_computed_as_the_charts_panel_does(measured: Path) -> None:
    store = Store.open(measured, read_only=True)
    try:
        document = store.load()
        journey = document.journeys()[0]
        found, hidden = series(document, store.data, journey.id)
        emotions = emotion_comparisons(document, store.data, journey.id)
        data = build_report(document, store.data, ReportOptions(sections=("metrics",)))
    finally:
        store.close()
    cart = {(s.metric, s.period): s.points for s in found if s.label == "Cart and checkout form"}
    # NPS answers 9 and 3 on 1 March (one promoter, one detractor), 10 on 2 March.
    assert cart["NPS", "day"] == ((date(2024, 3, 1), 0.0, 2), (date(2024, 3, 2), 100.0, 1))
    assert hidden == 0 and {s.metric for s in found} == {"NPS", "CSAT"}
    nps = next(e for e in emotions if e.metric == "NPS")
    measured_by_stage = {name: felt for name, _, felt in nps.stages if felt is not None}
    # Consideration: reviews, one promoter → +100 → +2; Purchase: 2 promoters, 2 detractors of 5 → 0.
    assert measured_by_stage == {"Consideration": 2.0, "Purchase": 0.0}
    workshop = {name: average for name, average, _ in nps.stages}
    markers = [m.score for m in document.markers(journey.id)
               if m.stage_id == document.stages(journey.id)[0].id]
    assert workshop[document.stages(journey.id)[0].name] == pytest.approx(sum(markers) / len(markers))
    text = text_of(data)
    for wanted in ("Measured NPS vs workshop emotion", "Measured CSAT vs workshop emotion",
                   "Workshop emotion (average per stage)", "Over time, per touchpoint"):
        assert wanted in text, wanted
    # Two days are no trend: the figures are listed, not drawn as a line with two dots.
    assert squash(
        "Cart and checkout form NPS per day 2024-03-01: +0.0 (n=2) 2024-03-02: +100.0 (n=1)") in squash(text)
    assert "per day: Cart and checkout form" not in text


# ----- progress


def test_progress_grows_to_its_total(example: tuple[Document, object], tmp_path: Path) -> None:
    document, conn = example
    calls: list[tuple[int, int]] = []
    data = build_report(document, conn, ReportOptions(layout="poster"), progress=lambda *c: calls.append(c))
    totals = {total for _, total in calls}
    assert len(totals) == 1 and calls[-1] == (totals.pop(),) * 2
    done = [d for d, _ in calls]
    assert done == sorted(set(done)) and len(calls) > len(document.journeys()) * 4
    target = tmp_path / "report.pdf"
    seen: list[tuple[int, int, bool]] = []
    write_report(target, document, conn, ReportOptions(layout="poster"),
                 progress=lambda d, t: seen.append((d, t, target.exists())))
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] and not any(e for d, t, e in seen[:-1])
    assert target.read_bytes() == data
    with pytest.raises(ReportError):
        build_report(document, conn, ReportOptions(paper="B5"), progress=lambda *c: calls.append(("bad",)))
    assert ("bad",) not in calls


# ----- the command line


@pytest.mark.parametrize("scale", ["abc", "0", "12", "nan", ""])
def test_cli_bad_scale_is_a_clear_usage_error(tmp_path: Path, scale: str) -> None:
    out = tmp_path / "r.pdf"
    result = subprocess.run([sys.executable, "-m", "journeydesk", "export-pdf", str(EXAMPLE), "-o", str(out),
                             "--layout", "poster", "--scale", scale], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert f"argument --scale: The poster scale '{scale}' is not a number from 0.1 to 4.0" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_cli_poster_with_scale(tmp_path: Path, example: tuple[Document, object]) -> None:
    document, conn = example
    out = tmp_path / "r.pdf"
    result = subprocess.run([sys.executable, "-m", "journeydesk", "export-pdf", str(EXAMPLE), "-o", str(out),
                             "--layout", "poster", "--scale", "50%", "--sections", "map", "--paper", "a3"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    with Store.open(EXAMPLE, read_only=True) as store:
        edited_at = store.edited_at
    expected = ReportOptions(layout="poster", poster_scale=0.5, sections=("map",), paper="A3",
                             edited_at=edited_at)
    assert out.read_bytes() == build_report(document, conn, expected)


def test_portrait_tables_do_not_break_words(example: tuple[Document, object], measured: Path) -> None:
    document, conn = example
    journey = document.journeys()[0]
    data = build_report(document, conn, ReportOptions(journeys=(journey.id,), sections=("touchpoints",)))
    lines = {line.strip() for line in text_of(data).splitlines()} - {""}
    for card in document.cards(journey.id):
        if card.kind == CardKind.TOUCHPOINT:
            for word in (card.channel or "").split() + (card.owner or "").split():
                assert not any(len(line) < len(word) and word.startswith(line) for line in lines), word
    assert "Consideration" in text_of(data) and "Considerati\non" not in text_of(data)
    store = Store.open(measured, read_only=True)
    try:
        text = text_of(build_report(store.load(), store.data, ReportOptions(sections=("touchpoints",))))
    finally:
        store.close()
    assert re.search(r"NPS\s\+?-?[\d.]+ \(n=\d+\)", text) and "(n\n=" not in text


def test_the_report_speaks_the_projects_language_unless_told(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from journeydesk import i18n
    from journeydesk.report.build import build_report
    from journeydesk.report.options import ReportError, ReportOptions
    from journeydesk.store.new_project import create_project
    from journeydesk.store.store import Store

    store = Store.open(create_project(tmp_path / "ja.journey", "ecommerce", lang="ja"))
    try:
        document = store.load()
        assert i18n.language() == "en"

        def words(options: ReportOptions) -> str:
            reader = PdfReader(io.BytesIO(build_report(document, store.data, options)))
            return "".join(page.extract_text() for page in reader.pages[:2]).replace(" ", "")

        assert "目次" in words(ReportOptions(sections=("cover", "contents", "touchpoints")))
        from journeydesk.report.build import write_report

        written = write_report(tmp_path / "ja.pdf", document, store.data,
                               ReportOptions(sections=("contents",)))
        assert "目次" in PdfReader(str(written)).pages[0].extract_text().replace(" ", "")
        assert "Contents" in words(ReportOptions(sections=("cover", "contents", "touchpoints"),
                                                 language="en"))
        assert i18n.language() == "en"
        with pytest.raises(ReportError, match="report language"):
            build_report(document, store.data, ReportOptions(language="fr"))
    finally:
        store.close()


def test_persona_facts_are_joined_as_the_language_writes_them() -> None:
    from journeydesk import i18n
    from journeydesk.core.model import Persona
    from journeydesk.report.personas import facts

    persona = Persona("p1", name="佐藤 美咲", age=34, location="横浜市", first_time=True)
    assert facts(persona) == "age 34 · 横浜市 · first-time customer"
    with i18n.speaking("ja"):
        assert " · " not in facts(persona) and "・" in facts(persona)
