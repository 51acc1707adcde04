"""Printed maps: a fit page's map fills its box; a poster's cards show their whole text and its tiling
follows."""

from __future__ import annotations

import io
import re

import pytest
from pdf_paths import painted, poster_forms, same_color
from pypdf import PdfReader
from reportlab.lib.units import mm
from test_print_layout import SEVEN_LANES, shaped_journey
from test_report_meta import text_sizes
from test_report_poster import _grid

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions

PAPERS = {"A3": (420 * mm, 297 * mm), "A4": (297 * mm, 210 * mm)}  # landscape
RULE, FLOW, SWITCH = "#c5cbd3", "#6b7a8c", "#c05a12"
CARD_FILLS = ("#d6e6fb", "#d9f0e3", "#fdf0c2", "#fbdad8", "#e6e0fa", "#d5f1f4", "#e4e8eb", "#fff6b8")
CARD_TEXT = 11.0  # points at 100 %


def _box(paper: str) -> tuple[float, float, float, float]:
    """Where a fit page's map goes (left, bottom, right, top): the body inside 14 mm margins, a 10 mm running
    head and a 9 mm foot, less the 34 pt heading band above the map and the 19 pt colour key under it."""
    width, height = PAPERS[paper]
    left, right = 14 * mm, width - 14 * mm
    top, bottom = height - 14 * mm - 10 * mm, 14 * mm + 9 * mm
    return left, bottom + 19, right, top - 34


def _canvas_card_text(document: Document, journey_id: str, paper: str) -> float:
    """The card text size a fit page drew before maps were reshaped: the canvas's map (under its 64-unit title
    band) scaled, unchanged in shape, to fit the box."""
    layout = JourneyLayout(document, journey_id)
    width = 150 + sum(stage.width for stage in layout.stages)
    height = 56 + sum(rect.h for rect in layout.lane_rects.values())
    left, bottom, right, top = _box(paper)
    return CARD_TEXT * min((right - left) / width, (top - bottom) / height)


def _card_text_size(page, texts: list[str]) -> float:
    words = [re.sub(r"\s+", "", text) for text in texts]
    sizes = [round(size, 3) for size, piece in text_sizes(page)
             if len(piece) > 3 and any(re.sub(r"\s+", "", piece) in word for word in words)]
    return max(set(sizes), key=sizes.count)  # the card text's; a stage name may be part of a card's text too


def _journeys(example: tuple[Document, object]) -> list[tuple[str, Document, object, str]]:
    document, data = example
    found = [(j.name, document, data, j.id) for j in document.journeys()[:2]]
    wide, wide_id = shaped_journey(10, (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS), 2)
    tall, tall_id = shaped_journey(2, SEVEN_LANES, 6)
    return [*found, ("wide", wide, None, wide_id), ("tall", tall, None, tall_id)]


@pytest.mark.parametrize("paper", ["A3", "A4"])
def test_a_fit_map_fills_its_box_with_every_card_and_link_inside(example, paper: str) -> None:
    left, bottom, right, top = _box(paper)
    for name, document, data, journey_id in _journeys(example):
        pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                         layout="fit", paper=paper))
        reader = PdfReader(io.BytesIO(pdf))
        page = reader.pages[0]  # the map; any pages after it are the card details of texts it cuts
        shapes = painted(page, reader)
        inside_body = [s for s in shapes if s.box[1] > bottom - 20 and s.box[3] < top + 36]
        # The map's outline: the stage and lane headers (and the neutral line), all stroked in the rule
        # colour.
        outline = [s.box for s in inside_body if s.stroke and same_color(s.color, RULE)]
        map_left, map_bottom = min(b[0] for b in outline), min(b[1] for b in outline)
        map_right, map_top = max(b[2] for b in outline), max(b[3] for b in outline)
        assert map_left == pytest.approx(left, abs=0.5) and map_top == pytest.approx(top, abs=0.5), name
        width_share, height_share = ((map_right - map_left) / (right - left),
                                     (map_top - map_bottom) / (top - bottom))
        assert max(width_share, height_share) == pytest.approx(1, abs=0.002), (name, width_share,
                                                                               height_share)
        assert min(width_share, height_share) > 0.97, (name, width_share, height_share)
        cards = [s.box for s in inside_body if not s.stroke and any(same_color(s.color, c)
                                                                    for c in CARD_FILLS)
                 and s.box[2] - s.box[0] > 13]  # the key's swatches are 12 × 7
        links = [s.box for s in inside_body if any(same_color(s.color, c) for c in (FLOW, SWITCH))]
        assert len(cards) == len(document.cards(journey_id)), name
        assert len(links) >= 2 * len(document.links(journey_id)), name  # each: a line and an arrowhead
        for box in cards + links:
            assert (left - 1 <= box[0] and box[2] <= right + 1
                    and bottom - 1 <= box[1] and box[3] <= top + 1), name
        texts = [card.text for card in document.cards(journey_id)]
        before = _canvas_card_text(document, journey_id, paper)
        drawn = _card_text_size(page, texts)
        assert drawn >= before - 0.01, (name, drawn, before)
        if name == "tall":  # wider stages take more columns: lanes get lower, so the map is drawn larger
            assert drawn > before * 1.3


def test_the_automatic_layout_predicts_the_size_the_reshaped_fit_page_draws(example) -> None:
    for _name, document, data, journey_id in _journeys(example):
        notes: list[str] = []
        build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",), paper="A3"),
                     notes=notes)
        said = " ".join(notes)
        predicted = float(re.search(r"(?:would be|card text is) ([\d.]+) pt", said).group(1))
        pdf = build_report(document, data, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                         layout="fit", paper="A3"))
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        drawn = _card_text_size(page, [card.text for card in document.cards(journey_id)])
        assert round(drawn, 1) == predicted


LONG_EN = ("Customers who ordered the trail shoes online and chose to pick them up in store wait at the "
           "counter while staff look for the parcel in the back room; the app said it was ready, the shop "
           "has no record, and the queue behind them grows longer every minute until someone calls the "
           "warehouse to ask again.")
LONG_JA = (
    "ネットで注文したトレイルシューズを店舗で受け取ろうとしたお客様が、カウンターで長く待たされています。"
           "アプリには受け取り可能と表示されていましたが、店舗には記録がなく、スタッフが倉庫に電話して確認するまで"
           "後ろの列はどんどん長くなっていきます。受け取りの通知と店舗の在庫記録をつなぐ仕組みが必要です。"
           "お客様は仕事の帰りに立ち寄っているので、待ち時間が長いと次から店舗受け取りを選ばなくなります。"
           "この問題は週末の夕方に多く、一日に十件も起きます。店舗のスタッフも対応に追われ、"
           "ほかの接客ができません。通知の送信前に店舗側で受け取り準備の完了を確認し、棚の番号を"
           "アプリに表示できれば、待ち時間は減るはずです。")


@pytest.fixture(scope="module")
def long_cards() -> tuple[Document, str]:
    """A journey with a 300-character card in English and one in Japanese among short ones."""
    assert (len(LONG_EN), len(LONG_JA)) == (300, 300)
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Long", stage_names=("Order", "Pick up", "After"),
                                    lanes=((LaneKind.ACTIONS, "Actions"), (LaneKind.PAIN_POINTS, "Pains"),
                                           (LaneKind.EMOTIONS, "Emotions"), (LaneKind.NOTES, "Notes"))))
    journey = document.journeys()[0]
    stages, lanes = document.stages(journey.id), document.lanes(journey.id)
    for stage in stages:
        for lane in (lanes[0], lanes[1], lanes[3]):
            history.do(commands.add_card(document, stage.id, lane.id, f"{stage.name}: {lane.name}"))
    history.do(commands.add_card(document, stages[1].id, lanes[1].id, LONG_EN))
    history.do(commands.add_card(document, stages[2].id, lanes[3].id, LONG_JA))
    history.do(commands.add_marker(document, stages[1].id, -2, label="Waiting"))
    return document, journey.id


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_poster_cards_show_their_whole_text_and_the_tiling_grows_with_them(long_cards) -> None:
    document, journey_id = long_cards
    texts = [card.text for card in document.cards(journey_id)]  # the texts as the project holds them
    canvas = JourneyLayout(document, journey_id)
    for scale in (1.0, 0.6):
        pdf = build_report(document, None, ReportOptions(layout="poster", poster_scale=scale,
                                                         sections=("map",)))
        reader = PdfReader(io.BytesIO(pdf))
        shown = _squash(reader.pages[1].extract_text())  # every tile holds the whole map
        for text in texts:
            assert _squash(text) in shown, text[:30]
        assert "…" not in shown
        ((width, height),) = poster_forms(reader)
        assert width == pytest.approx(canvas.width * scale)
        # The long cards' lanes grew: the Japanese card needs about 300 / 10 characters a line = 30 lines of
        # 13 units, the English one about 300 / 22 = 14 lines; cards on the canvas hold 4.
        assert height > (canvas.height + 26 * 13) * scale
        _window, rows, columns = _grid(width, height, (210 * mm, 297 * mm))
        _window, canvas_rows, canvas_columns = _grid(canvas.width * scale, canvas.height * scale,
                                                     (210 * mm, 297 * mm))
        assert rows * columns > canvas_rows * canvas_columns
        overview = re.sub(r"\s+", " ", reader.pages[0].extract_text())
        assert f"{rows} rows × {columns} columns" in overview
        assert len(reader.pages) <= 1 + rows * columns


def test_no_map_text_on_the_poster_at_natural_size_is_under_7_pt(long_cards) -> None:
    document, _journey_id = long_cards
    pdf = build_report(document, None, ReportOptions(layout="poster", sections=("map",)))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        sizes = text_sizes(page)
        assert sizes and min(size for size, _text in sizes) >= 7.0 - 1e-6


def test_a_text_too_long_for_any_poster_card_is_cut_at_150_lines_and_the_author_told() -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Endless", stage_names=("Only",),
                                    lanes=((LaneKind.NOTES, "Notes"),)))
    journey = document.journeys()[0]
    endless = ("とても長いメモです。" * 2000)[:20_000]
    history.do(commands.add_card(document, document.stages(journey.id)[0].id,
                                 document.lanes(journey.id)[0].id, endless))
    notes: list[str] = []
    pdf = build_report(document, None, ReportOptions(layout="poster", sections=("map",)), notes=notes)
    assert any("“Endless” hold more text than a poster card shows (150 lines)" in note for note in notes)
    reader = PdfReader(io.BytesIO(pdf))
    lines = [text for _size, text in text_sizes(reader.pages[1]) if set(text) <= set("とても長いメモです。…")]
    assert len(lines) == 150 and lines[-1].endswith("…")
    ((_width, height),) = poster_forms(reader)
    assert height > 150 * 13
