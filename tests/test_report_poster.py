"""The poster's tiles: blank ones left out (and greyed on the assembly page), one naming scheme, readable
marks."""

from __future__ import annotations

import io
import math

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from test_report_meta import text_sizes

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.layout import JourneyLayout
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions

STAGES = ("One", "Two", "Three", "Four", "Five", "Six")
LANES = tuple((kind, kind.value) for kind in (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS,
                                               LaneKind.PAIN_POINTS, LaneKind.NOTES))


def _grid(width: float, height: float, paper: tuple[float, float]) -> tuple[tuple[float, float], int, int]:
    """Windows of the page less 15 mm margins, sharing 10 mm: whichever orientation needs fewer, landscape on
    a tie."""
    best = None
    for page_w, page_h in ((max(paper), min(paper)), (min(paper), max(paper))):
        window = (page_w - 30 * mm, page_h - 30 * mm)
        columns = max(1, math.ceil((width - 10 * mm) / (window[0] - 10 * mm)))
        rows = max(1, math.ceil((height - 10 * mm) / (window[1] - 10 * mm)))
        if best is None or rows * columns < best[1] * best[2]:
            best = (window, rows, columns)
    return best


def _outline_titles(reader: PdfReader) -> list[str]:
    found: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item.title)

    walk(reader.outline)
    return found


@pytest.fixture(scope="module")
def sparse() -> Document:
    """Six stages, five lanes and a single card, in the first cell."""
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Sparse", stage_names=STAGES, lanes=LANES))
    journey = document.journeys()[0]
    history.do(commands.add_card(document, document.stages(journey.id)[0].id,
                                 document.lanes(journey.id)[0].id, "The only card"))
    return document


def test_tiles_with_nothing_on_them_are_not_printed(sparse: Document) -> None:
    journey = sparse.journeys()[0]
    layout = JourneyLayout(sparse, journey.id)
    scale = 2.0
    (window_w, window_h), rows, columns = _grid(layout.width * scale, layout.height * scale, A4)
    assert rows >= 2 and columns >= 2
    # Only the title band, the stage headers (top), the lane headers (left) and the card have ink. Each lies
    # in the first row or the first column of tiles: the second row starts below the headers, the second
    # column right of the lane headers, and the card is inside the first tile.
    header_bottom = (layout.metrics.title_height + layout.metrics.stage_header_height) * scale
    assert (header_bottom < window_h - 10 * mm
            and layout.metrics.lane_header_width * scale < window_w - 10 * mm)
    card = next(iter(layout.card_rects.values()))
    assert card.right * scale < window_w and card.bottom * scale < window_h - 10 * mm
    printed = rows + columns - 1
    data = build_report(sparse, None, ReportOptions(layout="poster", poster_scale=scale, sections=("map",)))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 + printed < 1 + rows * columns
    overview = reader.pages[0].extract_text()
    assert f"{printed} of {rows * columns} tiles printed" in overview and "Tiles shown grey" in overview
    last_row = chr(ord("A") + rows - 1)
    names = [f"{chr(ord('A') + r)}{c + 1}" for r in range(rows) for c in range(columns) if r == 0 or c == 0]
    assert [title.removeprefix("Tile ") for title in _outline_titles(reader)
            if title.startswith("Tile ")] == names
    tiles = [page.extract_text() for page in reader.pages[1:]]
    assert f"row {last_row}, column 1" in tiles[-1]
    assert "(blank)" not in tiles[0] and "A2 →" in tiles[0] and "↓ B1" in tiles[0]
    assert "B2 (blank) →" in tiles[columns] and "row B, column 1" in tiles[columns]  # A1…A{columns}, then B1


def test_a_map_without_blank_tiles_prints_them_all(sparse: Document) -> None:
    layout = JourneyLayout(sparse, sparse.journeys()[0].id)
    _window, rows, columns = _grid(layout.width * 0.5, layout.height * 0.5, A4)
    data = build_report(sparse, None, ReportOptions(layout="poster", poster_scale=0.5, sections=("map",)))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 + rows * columns
    assert (f"{rows * columns} tiles (" in reader.pages[0].extract_text()
            and "grey" not in reader.pages[0].extract_text())


def test_the_example_at_three_times_leaves_out_the_tiles_right_of_its_last_stage(example) -> None:
    document, data = example
    journey = next(j for j in document.journeys() if j.name == "E-commerce purchase journey")
    layout = JourneyLayout(document, journey.id)
    (window_w, window_h), rows, columns = _grid(layout.width * 3, layout.height * 3, A4)
    assert (rows, columns) == (5, 11)
    # Column 11 below row B: the last stage's cards in the lower lanes end before that column starts.
    start = 10 * (window_w - 10 * mm)
    lower = [r for r in layout.card_rects.values() if r.bottom * 3 > 2 * (window_h - 10 * mm)]
    assert lower and max(r.right for r in lower) * 3 < start
    pdf = build_report(document, data, ReportOptions(journeys=(journey.id,), layout="poster",
                                                     poster_scale=3.0, sections=("map",)))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1 + 55 - 3
    tiles = [title for title in _outline_titles(reader) if title.startswith("Tile ")]
    assert len(tiles) == 52 and not {"Tile C11", "Tile D11", "Tile E11"} & set(tiles)


@pytest.mark.parametrize(("language", "hint"), [("en", "Trim the left and top edges"),
                                                ("ja", "左端と上端を印で切り")])
def test_tiles_have_one_naming_scheme_and_readable_instructions(example, language: str, hint: str) -> None:
    document, data = example
    journey = document.journeys()[0]
    pdf = build_report(document, data, ReportOptions(journeys=(journey.id,), layout="poster",
                                                     sections=("map",), language=language))
    reader = PdfReader(io.BytesIO(pdf))
    overview = reader.pages[0].extract_text()
    assert "A1" in overview and "B4" in overview
    assert "tile 1" not in overview.lower() and "タイル 1" not in overview and "タイル1" not in overview
    for page in reader.pages[1:]:
        sizes = text_sizes(page)
        instructions = [size for size, text in sizes if text.startswith(hint[:4])]
        assert instructions and min(instructions) >= 8.0, instructions
        frame = [size for size, text in sizes if size < 20]  # the labels around the map, not the map itself
        assert min(frame) >= 7.0
