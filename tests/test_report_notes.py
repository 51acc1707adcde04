"""The author's notes on a report (text too small to print) are worded in the interface's language,
whatever language the report itself speaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journeydesk import i18n
from journeydesk.core.document import Document
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions


@pytest.fixture
def interface() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def _notes(document: Document, data: object, report_language: str) -> list[str]:
    notes: list[str] = []
    first = document.journeys()[0].id
    build_report(document, data, ReportOptions(journeys=(first,), sections=("map",), language=report_language,
                                               layout="fit"), notes=notes)
    return notes


def test_notes_follow_the_interface_not_the_report(example, interface) -> None:
    document, data = example
    i18n.set_language("en")
    english = _notes(document, data, "ja")
    assert len(english) == 1 and english[0].startswith("Card text is ") and "too small to read" in english[0]
    i18n.set_language("ja")
    japanese = _notes(document, data, "en")
    assert len(japanese) == 1 and "Card text" not in japanese[0]
    assert any(0x3040 <= ord(ch) <= 0x30FF for ch in japanese[0])  # kana: worded in Japanese
    size = english[0].split(" pt")[0].removeprefix("Card text is ")
    assert size in japanese[0]  # the same figure, in the other wording
