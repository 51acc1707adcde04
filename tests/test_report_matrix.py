"""The impact–effort matrix's axis names: Latin turned to read upwards, Japanese upright in a column under
↑."""

from __future__ import annotations

import io

from pypdf import PdfReader

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions


def _placed(language: str) -> list[tuple[str, tuple[float, float, float, float], tuple[float, float]]]:
    """Every piece of text on the opportunities page: its text, the direction of its glyphs (a, b, c, d of the
    text matrix in page space) and its origin on the page."""
    document = Document()
    History(document).do(commands.add_template(document, "ecommerce", language))
    pdf = build_report(document, None, ReportOptions(sections=("pains",), language=language))
    found = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip():
            found.append((text.strip(), (a, b, c, d), (x, y)))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_the_japanese_impact_axis_is_set_upright_one_character_under_another_below_an_up_arrow() -> None:
    placed = _placed("ja")
    column = [(text, direction, spot) for text, direction, spot in placed if text in ("↑", "効", "果")]
    assert [text for text, _d, _s in column] == ["↑", "効", "果"], [p[0] for p in placed][-40:]
    for _text, (a, b, c, d), _spot in column:  # upright: no turn, no mirror
        assert a > 0 and d > 0 and abs(b) < 1e-6 and abs(c) < 1e-6
    xs = [x for _t, _d, (x, _y) in column]
    ys = [y for _t, _d, (_x, y) in column]
    assert max(xs) - min(xs) < 0.01  # one column (each glyph centred on it, and all three a full em wide)
    assert ys[0] - ys[1] >= 8 and ys[1] - ys[2] >= 8  # top to bottom, a line apart
    assert not any("効果 →" in text or "効果→" in text for text, _d, _s in placed)


def test_the_latin_impact_axis_reads_upwards() -> None:
    turned = [direction for text, direction, _spot in _placed("en") if text == "Impact →"]
    assert len(turned) == 1
    a, b, c, d = turned[0]
    assert abs(a) < 1e-6 and b > 0 and c < 0 and abs(d) < 1e-6  # turned a quarter anticlockwise
