"""The report's maps draw the links between cards, and the automatic layout keeps map text readable."""

from __future__ import annotations

import io
import re
import sqlite3

from pypdf import PdfReader
from reportlab.graphics.shapes import Group, PolyLine, String
from test_report import EXAMPLE, text_of

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout
from journeydesk.report.build import build_report
from journeydesk.report.fonts import register
from journeydesk.report.mapdraw import scaled_map
from journeydesk.report.options import ReportOptions

JOURNEY = "E-commerce purchase journey"
FLOW, SWITCH = (0x6B / 255, 0x7A / 255, 0x8C / 255), (0xC0 / 255, 0x5A / 255, 0x12 / 255)


def _links(journey: str) -> list[tuple[str, str]]:
    """(kind, label) of every link of ``journey``, read from the file with plain SQL."""
    with sqlite3.connect(f"file:{EXAMPLE}?mode=ro", uri=True) as db:
        return db.execute("SELECT l.kind, l.label FROM links l JOIN journeys j ON j.id = l.journey_id "
                          "WHERE j.name = ?", (journey,)).fetchall()


def _shapes(group: Group) -> list[object]:
    found = []
    for shape in group.contents:
        found += _shapes(shape) if isinstance(shape, Group) else [shape]
    return found


def _rgb(color: object) -> tuple[float, float, float]:
    return tuple(round(v, 3) for v in (color.red, color.green, color.blue))  # type: ignore[attr-defined]


def _id(document: Document, name: str) -> str:
    return next(j.id for j in document.journeys() if j.name == name)


def test_the_drawn_map_has_an_arrow_for_every_link_dashed_for_channel_switches(example) -> None:
    document, _data = example
    journey_id = _id(document, JOURNEY)
    register()
    shapes = _shapes(scaled_map(document, JourneyLayout(document, journey_id), 1.0).drawing)
    lines = [s for s in shapes if isinstance(s, PolyLine) and _rgb(s.strokeColor) in
             {tuple(round(v, 3) for v in FLOW), tuple(round(v, 3) for v in SWITCH)}]
    expected = _links(JOURNEY)
    assert len(lines) == len(expected) == 14
    dashed = [line for line in lines if line.strokeDashArray]
    assert len(dashed) == sum(kind == "channel_switch" for kind, _ in expected)
    assert all(_rgb(line.strokeColor) == tuple(round(v, 3) for v in SWITCH) for line in dashed)
    texts = [s.text for s in shapes if isinstance(s, String)]
    assert all(label in texts for _kind, label in expected if label)


def test_fit_and_poster_pages_print_every_link_label(example) -> None:
    document, data = example
    journey_id = _id(document, JOURNEY)
    labels = {label for _kind, label in _links(JOURNEY) if label}
    assert len(labels) == 5
    for layout in ("fit", "poster"):
        options = ReportOptions(journeys=(journey_id,), sections=("map",), paper="A3", layout=layout)
        text = re.sub(r"\s+", " ", text_of(build_report(document, data, options)))
        assert all(label in text for label in labels), layout


def _sizes(page) -> list[float]:
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append(size * abs(tm[3] * cm[3]))

    page.extract_text(visitor_text=visit)
    return found


def test_a_journey_too_big_for_one_page_becomes_an_overview_and_stage_pages(example) -> None:
    document, data = example
    journey_id = _id(document, JOURNEY)
    notes: list[str] = []
    pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",)), notes=notes)
    said = next(n for n in notes if JOURNEY in n)
    predicted = float(re.search(r"would be ([\d.]+) pt", said).group(1))
    assert predicted < 8
    reader = PdfReader(io.BytesIO(pdf))
    titles = [item.title for item in reader.outline[1]]
    stages = [s.name for s in document.stages(journey_id)]
    # On A4 the stage pages cut some of this journey's texts, given whole in the card details after them.
    assert titles == ["Overview", *(f"Stage {n}: {name}" for n, name in enumerate(stages, 1)), "Card details"]
    details = reader.get_destination_page_number(reader.outline[1][-1])
    assert details == 1 + len(stages)
    assert min(_sizes(reader.pages[0])) >= 7.0  # the overview leaves out text too small to read
    overview = reader.pages[0].extract_text()
    assert all(name in overview for name in stages)  # but names its stages at a size that reads
    fitted: list[str] = []
    build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",), layout="fit"),
                 notes=fitted)
    drawn = float(re.search(r"Card text is ([\d.]+) pt", " ".join(fitted)).group(1))
    assert drawn == predicted  # the choice was made on the size the fit page really draws


def test_a_small_journey_stays_on_one_page(example) -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Small", stage_names=("Find", "Buy"),
                                    lanes=((LaneKind.ACTIONS, "Actions"), (LaneKind.TOUCHPOINTS,
                                                                           "Touchpoints"))))
    journey = document.journeys()[0]
    history.do(commands.add_card(document, document.stages(journey.id)[0].id,
                                 document.lanes(journey.id)[0].id, "Searches for trail shoes"))
    notes: list[str] = []
    pdf = build_report(document, None, ReportOptions(sections=("map",), paper="A3"), notes=notes)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert any("“Small” is on one A3 page" in note for note in notes)


def test_a_stage_page_ends_links_to_other_stages_in_stubs_naming_the_stage(example) -> None:
    document, data = example
    journey_id = _id(document, JOURNEY)
    with sqlite3.connect(f"file:{EXAMPLE}?mode=ro", uri=True) as db:
        stages = db.execute("SELECT id, name FROM stages WHERE journey_id = ? ORDER BY position",
                            (journey_id,)).fetchall()
        stage_of = dict(db.execute("SELECT id, stage_id FROM cards WHERE journey_id = ?",
                                   (journey_id,)).fetchall())
        links = db.execute("SELECT source_id, target_id FROM links WHERE journey_id = ?",
                           (journey_id,)).fetchall()
    number = {stage_id: (n, name) for n, (stage_id, name) in enumerate(stages, 1)}
    here = stages[1][0]
    wanted = set()
    for source, target in links:
        if stage_of[source] == here and stage_of[target] != here:
            wanted.add("→ {} {}".format(*number[stage_of[target]]))
        elif stage_of[target] == here and stage_of[source] != here:
            wanted.add("from {} {}".format(*number[stage_of[source]]))
    assert wanted == {"→ 3 Purchase", "from 1 Awareness"}
    pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                     layout="stages"))
    page = re.sub(r"\s+", " ", PdfReader(io.BytesIO(pdf)).pages[1].extract_text())
    assert all(stub in page for stub in wanted)
    assert "→ 2 Consideration" not in page and "from 2 Consideration" not in page


def test_stage_pages_show_every_cards_whole_text_at_one_size(example) -> None:
    document, data = example
    for name in (JOURNEY, "ECサイト購入ジャーニー"):
        journey_id = _id(document, name)
        with sqlite3.connect(f"file:{EXAMPLE}?mode=ro", uri=True) as db:
            stages = db.execute("SELECT id FROM stages WHERE journey_id = ? ORDER BY position",
                                (journey_id,)).fetchall()
            cards = db.execute("SELECT stage_id, text FROM cards WHERE journey_id = ?",
                               (journey_id,)).fetchall()
        notes: list[str] = []
        pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                         layout="stages", paper="A3"), notes=notes)
        assert not any("cut there" in note for note in notes)
        reader = PdfReader(io.BytesIO(pdf))
        sizes = set()
        for (stage_id,), page in zip(stages, reader.pages, strict=True):
            text = re.sub(r"\s+", "", page.extract_text())
            for card_stage, card_text in cards:
                if card_stage == stage_id:
                    assert re.sub(r"\s+", "", card_text) in text, card_text
            words = {re.sub(r"\s+", "", t) for s, t in cards if s == stage_id}
            found: list[float] = []

            def visit(piece: str, cm: list[float], tm: list[float], _font: object, size: float,
                      words: set[str] = words, found: list[float] = found) -> None:
                if len(piece.strip()) > 3 and any(re.sub(r"\s+", "", piece) in w for w in words):
                    found.append(round(size * abs(tm[3] * cm[3]), 2))

            page.extract_text(visitor_text=visit)
            sizes.add(max(found))
        assert len(sizes) == 1 and min(sizes) >= 8.0, (name, sizes)
        assert "…" not in text_of(pdf)
    # On A4 the fullest stage of the English journey cannot show all its text at 8 pt: cut, and said so.
    notes = []
    build_report(document, data, ReportOptions(journeys=(_id(document, JOURNEY),), sections=("map",),
                                               layout="stages"), notes=notes)
    assert any("hold more text than a stage page can show" in note for note in notes)


def test_no_text_in_the_default_report_is_smaller_than_7_pt(example) -> None:
    document, data = example
    reader = PdfReader(io.BytesIO(build_report(document, data, ReportOptions())))
    for number, page in enumerate(reader.pages, 1):
        found: list[tuple[float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  found: list[tuple[float, str]] = found) -> None:
            if text.strip():  # the size along the text's own up direction, so turned text counts too
                found.append((size * (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5,
                              text))

        page.extract_text(visitor_text=visit)
        assert found and min(found)[0] >= 7.0 - 1e-6, (number, min(found))


def test_cards_cut_short_on_the_map_are_given_whole_in_card_details(example) -> None:
    document, data = example
    journey_id = _id(document, JOURNEY)
    with sqlite3.connect(f"file:{EXAMPLE}?mode=ro", uri=True) as db:
        stages = [row[0] for row in db.execute("SELECT id FROM stages WHERE journey_id = ? ORDER BY position",
                                               (journey_id,))]
        cards = db.execute("SELECT stage_id, text FROM cards WHERE journey_id = ?", (journey_id,)).fetchall()
    pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                     layout="stages"))
    reader = PdfReader(io.BytesIO(pdf))
    pages = [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]
    details = next(page for page in pages if page.count("details") > 1 and "Carddetails" in page)
    missing = [(stage, re.sub(r"\s+", "", text)) for stage, text in cards
               if re.sub(r"\s+", "", text) not in pages[stages.index(stage)]]
    assert missing, "on A4 this journey's fullest stage cuts some texts"
    for stage, text in missing:
        assert text in details  # whole, in the appendix
        found = re.search(r"details(\d+)(?:(?!details\d).)*?" + re.escape(text[:12]), details)  # its row
        assert found, text
        assert f"details{found.group(1)}" in pages[stages.index(stage)]  # and the card points to it
    assert len(re.findall(r"details\d+", details)) == len(missing)
