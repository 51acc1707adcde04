"""Report paragraphs that keep their broken lines: wrapped again at any width, or after a split, they give
what a fresh paragraph gives."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from journeydesk.report.fonts import register
from journeydesk.report.style import para, styles

TEXTS = ("Customers compare delivery dates across three shops before they decide, then ask in the chat. " * 6,
         "配送状況を確認してから、返品の手続きをアプリで申し込む。" * 8)


def _lines(paragraph: Paragraph) -> list[str]:
    """The text of each line the paragraph last broke into."""
    found = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else getattr(line, "words", [])
        found.append("".join(str(getattr(word, "text", word)) for word in words))
    return found


def _fresh(text: str, width: float) -> tuple[tuple[float, float], list[str]]:
    fresh = para(text, styles("#2f6fb3")["cell"])
    size = fresh.wrap(width, 1000)
    return size, _lines(fresh)


@pytest.mark.parametrize("text", TEXTS)
def test_a_paragraph_wrapped_at_one_width_then_another_and_back_breaks_as_a_fresh_one(text: str) -> None:
    register()
    kept = para(text, styles("#2f6fb3")["cell"])
    for width in (120.0, 300.0, 120.0, 120.0, 80.5, 300.0):
        size = kept.wrap(width, 1000)
        assert (size, _lines(kept)) == _fresh(text, width)


@pytest.mark.parametrize("text", TEXTS)
def test_a_paragraph_split_and_wrapped_again_breaks_as_a_fresh_one(text: str) -> None:
    register()
    kept = para(text, styles("#2f6fb3")["cell"])
    kept.wrap(150.0, 1000)
    first, rest = kept.split(150.0, 30.0)
    assert first.wrap(150.0, 1000)[1] <= 30.0 and rest.wrap(150.0, 1000)[1] > 0
    assert (kept.wrap(150.0, 1000), _lines(kept)) == _fresh(text, 150.0)
    assert (kept.wrap(200.0, 1000), _lines(kept)) == _fresh(text, 200.0)

