"""The PDF report: its text, outline, fonts, pages per layout, determinism, hostile input and the CLI."""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfbase import pdfmetrics

from journeydesk.cli import report as cli_report
from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.entity import new_id
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.figures import figures
from journeydesk.imports.mapping import propose
from journeydesk.imports.reader import read_table, sniff
from journeydesk.imports.session import import_file
from journeydesk.report import fonts
from journeydesk.report.build import build_report, write_report
from journeydesk.report.options import ReportError, ReportOptions
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "example.journey"
DATE = "23 November 2025"
WIDE = (
    "Date,Touchpoint,NPS,CSAT\n"
    "2024-03-01,Cart and checkout form,9,5\n"
    "2024-03-01,Cart and checkout form,3,2\n"
    "2024-03-02,Cart and checkout form,10,4\n"
    "2024-03-03,Customer reviews and star ratings,9,4\n"
    "2024-03-04,Order confirmation email,7,4\n"
    "2024-03-05,Order confirmation email,6,3\n"
)
FUNNEL = ("stage,metric,value\nAwareness,visitors,1000\nConsideration,visitors,600\n"
          "Purchase,visitors,150\nPost-purchase,visitors,120\n")


def png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (214, 69, 65)).save(out, "PNG")
    return out.getvalue()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def map_pages(data: bytes) -> int:
    """The landscape pages: maps, while text pages (a map's card details among them) are portrait."""
    return sum(1 for page in PdfReader(io.BytesIO(data)).pages if page.mediabox.width > page.mediabox.height)


@pytest.fixture(scope="module")
def example_pdf(example: tuple[Document, object]) -> bytes:
    document, conn = example
    return build_report(document, conn, ReportOptions(date=DATE))


@pytest.fixture(scope="module")
def japanese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_project(tmp_path_factory.mktemp("ja") / "shop.journey", "ecommerce", "ja")


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return measured_project(tmp_path_factory.mktemp("data"))


def measured_project(folder: Path) -> Path:
    """An English ecommerce project with NPS/CSAT per touchpoint and visitors per stage imported."""
    path = create_project(folder / "shop.journey", "ecommerce")
    store = Store.open(path)
    try:
        history = History(store.load(), store)
        journey = history.document.journeys()[0]
        for text in (WIDE, FUNNEL):
            data = text.encode()
            settings = sniff(data)
            import_file(history, store, journey.id, data, settings,
                        propose(read_table(data, settings)).mapping, source="data.csv")
    finally:
        store.close()
    return path


def _fonts(resources: object, seen: list[DictionaryObject]) -> None:
    resources = resources.get_object() if resources is not None else None
    if not resources:
        return
    for font in (resources.get("/Font") or {}).values():
        seen.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            _fonts(xobject.get("/Resources"), seen)


# ----- what the example report says


def test_text_has_titles_stages_touchpoints_and_personas(example: tuple[Document, object],
                                                         example_pdf: bytes) -> None:
    document, _ = example
    text = squash(text_of(example_pdf))
    wanted = [document.project().title, document.project().client, DATE]
    for journey in document.journeys():
        wanted.append(journey.name)
        wanted += [stage.name for stage in document.stages(journey.id)]
        wanted += [c.text for c in document.cards(journey.id) if c.kind == CardKind.TOUCHPOINT]
    wanted += [persona.name for persona in document.personas()]
    missing = [w for w in wanted if squash(w) not in text]
    assert missing == []
    assert "ECサイト購入ジャーニー" in text and "佐藤美咲" in text and "タッチポイント" in text


def test_metadata_outline_and_contents(example: tuple[Document, object], example_pdf: bytes) -> None:
    document, _ = example
    reader = PdfReader(io.BytesIO(example_pdf))
    meta = reader.metadata
    assert meta.title == "JourneyDesk example project"
    assert meta.author == "JourneyDesk"
    assert "ECサイト購入ジャーニー" in meta.subject and "Example Outdoor Co." in meta["/Keywords"]
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    names = [j.name for j in document.journeys()]
    assert top == ["Cover", "Contents", "Personas", *names]
    place = next(i for i, item in enumerate(outline) if not isinstance(item, list)
                 and item.title == names[-1])
    children = outline[place + 1]
    stages = [s.name for s in document.stages(document.journeys()[-1].id)]
    assert [item.title for item in children] == ["Overview",
                                                 *(f"Stage {n}: {name}" for n, name in enumerate(stages, 1)),
                                                 "Touchpoint inventory", "Pain points and opportunities",
                                                 # the example gives this journey both
                                                 "Scorecard", "Evidence"]
    map_page = reader.get_destination_page_number(children[0])
    assert "Persona: 佐藤 美咲" in reader.pages[map_page].extract_text()
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents and names[0] in contents
    total = len(reader.pages)
    assert f"page 2 of {total}" in contents
    assert f"page {total} of {total}" in reader.pages[-1].extract_text()


def assert_fonts_embedded(data: bytes) -> None:
    """Every font any page uses is a subset of the bundled font, embedded, with a ToUnicode map."""
    fonts: list[DictionaryObject] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        _fonts(page.get("/Resources"), fonts)
    assert fonts
    for font in fonts:
        assert font["/BaseFont"].split("+")[-1] in ("BIZUDPGothic-Regular",
                                                    "BIZUDPGothic-Bold"), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "/ToUnicode" in font


def test_every_font_is_embedded_and_covers_the_text(example: tuple[Document, object],
                                                    example_pdf: bytes, japanese: Path) -> None:
    assert_fonts_embedded(example_pdf)
    document, _ = example
    store = Store.open(japanese, read_only=True)
    try:
        documents = [document, store.load()]
    finally:
        store.close()
    for doc in documents:
        words = [str(getattr(e, name)) for e in doc.entities() for name in e.__dataclass_fields__
                 if isinstance(getattr(e, name), str)]
        words += [item for persona in doc.personas()
                  for items in (persona.goals, persona.needs, persona.frustrations, persona.channels)
                  for item in items]
        glyphs = pdfmetrics.getFont(fonts.register()).face.charToGlyph
        assert {ch for ch in set("".join(words)) if ord(ch) not in glyphs and ch not in "\n\r\t"} == set()


def test_japanese_project(japanese: Path) -> None:
    store = Store.open(japanese, read_only=True)
    try:
        document = store.load()
        data = build_report(document, store.data)
    finally:
        store.close()
    text = text_of(data)
    squashed = squash(text)
    journey = document.journeys()[0]
    persona = document.personas()[0]
    tables = [c.text for c in document.cards(journey.id)
              if c.kind in (CardKind.TOUCHPOINT, CardKind.PAIN_POINT, CardKind.OPPORTUNITY)]
    for wanted in [journey.name, persona.name, persona.quote, *persona.goals,
                   *[s.name for s in document.stages(journey.id)], *tables]:
        assert squash(wanted) in squashed, wanted
    shown = set(squashed)
    japanese_chars = {ch for word in tables for ch in word if ord(ch) > 0x3000}
    assert japanese_chars <= shown


# ----- pages, layouts, sections


def test_page_counts_per_layout_and_sections(example: tuple[Document, object]) -> None:
    document, conn = example
    journeys = document.journeys()
    stages = sum(len(document.stages(j.id)) for j in journeys)
    assert map_pages(build_report(document, conn, ReportOptions(sections=("map",),
                                                                layout="fit"))) == len(journeys)
    # Automatic on A4: no journey of the example reads on one page, so each has an overview and its stages.
    assert map_pages(build_report(document, conn, ReportOptions(sections=("map",)))) == len(journeys) + stages
    assert map_pages(build_report(document, conn, ReportOptions(sections=("map",),
                                                                layout="stages"))) == stages
    one = ReportOptions(journeys=(journeys[1].id,), sections=("cover", "contents", "map"), paper="A3",
                        layout="fit")
    data = build_report(document, conn, one)
    reader = PdfReader(io.BytesIO(data))
    assert map_pages(data) == 1
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [842, 1191]
    assert [round(float(v)) for v in reader.pages[2].mediabox[2:]] == [1191, 842]
    assert all("Card details" in page.extract_text() for page in reader.pages[3:4])  # what the map cut short
    personas = build_report(document, conn, ReportOptions(sections=("personas", "touchpoints")))
    reader = PdfReader(io.BytesIO(personas))
    assert len(reader.pages) >= len(document.personas()) + len(journeys)
    assert all("Personas" in page.extract_text() for page in reader.pages[:len(document.personas())])
    nothing = build_report(document, conn, ReportOptions(sections=()))
    assert "No sections were chosen" in text_of(nothing)


def test_fit_map_warns_when_text_is_too_small_and_a3_is_larger(example: tuple[Document, object]) -> None:
    document, conn = example
    first = document.journeys()[0].id
    notes: list[str] = []
    small = text_of(build_report(document, conn, ReportOptions(journeys=(first,), sections=("map",),
                                                               layout="fit"),
                                 notes=notes))
    assert len(notes) == 1 and "too small to read in print" in notes[0]
    assert "too small" not in small, "the note is for the author, not printed for the client"
    sizes = [float(s) for s in re.findall(r"Card text is ([\d.]+) pt", notes[0])]
    assert sizes and sizes[0] < 5
    notes.clear()
    build_report(document, conn, ReportOptions(journeys=(first,), sections=("map",), paper="A3",
                                               layout="fit"),
                 notes=notes)
    larger = [float(s) for s in re.findall(r"Card text is ([\d.]+) pt", " ".join(notes))]
    assert larger and larger[0] > sizes[0] * 1.3  # A3 is √2 larger; under 8 pt it is still noted


def test_stages_layout_shows_each_stage_with_its_cards(example: tuple[Document, object]) -> None:
    document, conn = example
    journey = document.journeys()[0]
    data = build_report(document, conn, ReportOptions(journeys=(journey.id,), sections=("map",),
                                                      layout="stages", paper="A3"))
    reader = PdfReader(io.BytesIO(data))
    for page, stage in zip(reader.pages, document.stages(journey.id), strict=True):
        text = squash(page.extract_text())
        assert squash(stage.name) in text
        if stage.goal:
            assert squash(stage.goal) in text
        cards = [c for lane in document.lanes(journey.id) for c in document.cell(stage.id, lane.id)]
        assert cards and squash(cards[0].text)[:12] in text


def test_metrics_match_metric_figures(measured: Path) -> None:
    store = Store.open(measured, read_only=True)
    try:
        document = store.load()
        data = build_report(document, store.data, ReportOptions(sections=("touchpoints", "metrics")))
        _, _, nps = figures(document, store.data, "NPS", "touchpoint", document.journeys()[0].id)
    finally:
        store.close()
    text = text_of(data)
    assert "NPS by touchpoint" in text and "CSAT by touchpoint" in text
    assert "Stage funnel: visitors; biggest drop-off at Purchase (−75 %)" in text
    cart = next(f for f in nps if f.label == "Cart and checkout form")
    assert squash(f"NPS {cart.value:+.1f} (n={cart.n})") in squash(text)
    assert "Measured" in text
    assert_fonts_embedded(data)


# ----- determinism and safety


def test_two_exports_are_byte_identical(example: tuple[Document, object], example_pdf: bytes) -> None:
    document, conn = example
    assert build_report(document, conn, ReportOptions(date=DATE)) == example_pdf


def test_logo_missing_broken_and_good(example: tuple[Document, object], tmp_path: Path) -> None:
    document, conn = example
    options = ReportOptions(sections=("cover",))
    missing = tmp_path / "logo.png"
    with pytest.raises(ReportError, match=re.escape(str(missing))):
        build_report(document, conn, replace(options, logo=missing))
    broken = tmp_path / "broken.png"
    broken.write_bytes(png()[:40] + b"garbage" * 20)
    with pytest.raises(ReportError, match=r"broken.png.*not an image"):
        build_report(document, conn, replace(options, logo=broken))
    good = tmp_path / "good.png"
    good.write_bytes(png())
    data = build_report(document, conn, replace(options, logo=good))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in page["/Resources"]["/XObject"].values())


def test_hostile_text_avatars_and_options(tmp_path: Path) -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_template(document, "ecommerce", "en"))
    journey = document.journeys()[0]
    stage, lane = document.stages(journey.id)[0], document.lanes(journey.id)[1]
    markup = "<b>bold & <font name='Nope'>broken</i> \x01\x0b"
    history.do(commands.add_card(document, stage.id, lane.id, markup, channel="<script>"))
    persona = document.personas()[0]
    history.do(commands.update_persona(document, persona.id, quote=markup, goals=("<para>", "a" * 5000)))
    history.do(commands.set_avatar(document, persona.id, b"\x89PNG not really"))
    history.do(commands.update_stage(document, stage.id, color="", name="<stage>"))
    text = text_of(build_report(document, None))
    assert "<b>bold & <font name='Nope'>broken</i>" in text and "<script>" in text and "<stage>" in text
    history.do(commands.set_avatar(document, persona.id, png()))
    data = build_report(document, None, ReportOptions(sections=("personas",)))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert "/XObject" in page["/Resources"]
    with pytest.raises(ReportError, match="no journey with id 'nope'"):
        build_report(document, None, ReportOptions(journeys=("nope",)))
    with pytest.raises(ReportError, match="paper size 'B5'"):
        build_report(document, None, ReportOptions(paper="B5"))
    with pytest.raises(ReportError, match="brand colour"):
        build_report(document, None, ReportOptions(brand_color="red"))


def test_empty_journey_gives_a_valid_pdf() -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Nothing yet", stage_names=(), lanes=()))
    history.do(commands.add_journey(document, "Stages only", lanes=()))
    for layout in ("fit", "stages"):
        text = text_of(build_report(document, None, ReportOptions(layout=layout)))
        assert "Nothing yet" in text and "no stages or lanes yet" in text


def test_two_thousand_cards_with_very_long_texts() -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_template(document, "ecommerce", "ja"))
    journey = document.journeys()[0]
    stages = document.stages(journey.id)
    lanes = [lane for lane in document.lanes(journey.id) if lane.kind != LaneKind.EMOTIONS]
    long_text = ("とても長いカードの文章です。" * 800 + "Supercalifragilistic" * 300)[:20_000]
    cards = []
    for i in range(2_000 - len(document.cards(journey.id))):
        lane = lanes[i % len(lanes)]
        kind = {LaneKind.PAIN_POINTS: CardKind.PAIN_POINT, LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY,
                LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT}.get(lane.kind, CardKind.NOTE)
        cards.append(Card(new_id(), journey.id, stages[i % len(stages)].id, lane.id, kind, long_text,
                          position=100 + i, moment_of_truth=i % 7 == 0, exit_point=i % 11 == 0,
                          severity=3 if kind == CardKind.PAIN_POINT else None,
                          frequency=2 if kind == CardKind.PAIN_POINT else None,
                          impact=4 if kind == CardKind.OPPORTUNITY else None,
                          effort=1 if kind == CardKind.OPPORTUNITY else None))
    big = Document([*document.entities(), *cards])
    assert len(big.cards(journey.id)) == 2_000
    notes: list[str] = []
    data = build_report(big, None, ReportOptions(sections=("map", "pains")), notes=notes)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 10
    assert any("too small to read in print" in text for text in notes)


def test_write_report_is_atomic(example: tuple[Document, object], tmp_path: Path) -> None:
    document, conn = example
    options = ReportOptions(sections=("cover",))
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    assert write_report(target, document, conn, options) == target
    assert target.read_bytes().startswith(b"%PDF") and os.listdir(tmp_path) == ["out.pdf"]
    with pytest.raises(ReportError, match="Cannot write"):
        write_report(tmp_path / "missing" / "out.pdf", document, conn, options)
    with pytest.raises(ReportError, match="Cannot write"):
        write_report(tmp_path, document, conn, options)
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_every_page_renders_with_pdftoppm(example_pdf: bytes, tmp_path: Path) -> None:
    assert shutil.which("pdftoppm"), "pdftoppm is missing: run tools/test_tools.py or install poppler-utils"
    source = tmp_path / "report.pdf"
    source.write_bytes(example_pdf)
    result = subprocess.run(["pdftoppm", "-r", "12", "-png", str(source), str(tmp_path / "page")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == pages(example_pdf)


# ----- the export-pdf command


def _parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="journeydesk")
    cli_report.add_parsers(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["export-pdf", *args])


def test_cli_export_is_headless_and_matches_the_library(example: tuple[Document, object],
                                                        tmp_path: Path) -> None:
    document, conn = example
    out = tmp_path / "report.pdf"
    script = (
        "import argparse, sys\n"
        "from journeydesk.cli import report as cli_report\n"
        "parser = argparse.ArgumentParser()\n"
        "cli_report.add_parsers(parser.add_subparsers(dest='command'))\n"
        "code = cli_report.export_pdf(parser.parse_args(sys.argv[1:]))\n"
        "leaked = [m for m in ('PySide6', 'shiboken6', 'pyqtgraph') if m in sys.modules]\n"
        "print('leaked:', ','.join(leaked))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", script, "export-pdf", str(EXAMPLE), "-o", str(out),
                             "--journey", "ECサイト購入ジャーニー", "--paper", "a3", "--layout", "stages",
                             "--sections", "cover,map", "--date", DATE],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "leaked: \n" in result.stdout and f"Wrote {out}" in result.stdout
    japanese = next(j for j in document.journeys() if j.name == "ECサイト購入ジャーニー")
    with Store.open(EXAMPLE, read_only=True) as store:
        edited_at = store.edited_at
    expected = build_report(document, conn, ReportOptions(journeys=(japanese.id,), paper="A3",
                                                          layout="stages", sections=("cover", "map"),
                                                          date=DATE, edited_at=edited_at))
    assert out.read_bytes() == expected


@pytest.mark.parametrize(("args", "message"), [
    (["--journey", "Nope"], "There is no journey named 'Nope'. Journeys: E-commerce"),
    (["--logo", "missing.png"], "Cannot read the logo missing.png"),
    (["--sections", "cover,charts"], "There is no report section 'charts'"),
])
def test_cli_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    with pytest.raises(cli_report.ReportCommandError, match=re.escape(message)):
        cli_report.export_pdf(_parse(str(EXAMPLE), "-o", str(tmp_path / "r.pdf"), *args))
    assert not (tmp_path / "r.pdf").exists()


def test_cli_refuses_missing_project_and_unwritable_output(tmp_path: Path) -> None:
    with pytest.raises(cli_report.ReportCommandError, match="There is no file at"):
        cli_report.export_pdf(_parse(str(tmp_path / "none.journey"), "-o", str(tmp_path / "r.pdf")))
    with pytest.raises(cli_report.ReportCommandError, match="is a folder"):
        cli_report.export_pdf(_parse(str(EXAMPLE), "-o", str(tmp_path)))
    with pytest.raises(cli_report.ReportCommandError, match="Cannot write"):
        cli_report.export_pdf(_parse(str(EXAMPLE), "-o", str(tmp_path / "no" / "r.pdf"), "--sections",
                                     "cover"))


def test_cli_tells_the_author_what_the_reader_need_not_see(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "r.pdf"
    assert cli_report.export_pdf(_parse(str(EXAMPLE), "-o", str(out), "--journey",
                                        "E-commerce purchase journey", "--sections", "map", "--layout",
                                        "fit")) == 0
    err = capsys.readouterr().err
    assert "note: Card text is" in err and "too small to read in print" in err
    assert "too small" not in text_of(out.read_bytes())
