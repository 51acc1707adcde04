"""What the PDF says about itself: its dates, the outline shown on opening, the colophon, no text under 7
pt."""

from __future__ import annotations

import argparse
import io
import math
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_report import EXAMPLE, squash

from journeydesk.cli import report as cli_report
from journeydesk.core.document import Document
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportError, ReportOptions

WHEN = 1_700_000_000
WHEN_IN_PDF = "D:20231114221320+00'00'"  # 1,700,000,000 s after 1970-01-01 UTC
LATER = 1_767_225_600
LATER_IN_PDF = "D:20260101000000+00'00'"
COLOPHON = "Made with JourneyDesk"
TEXT_SECTIONS = ("cover", "contents", "personas", "touchpoints", "pains")


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="journeydesk")
    cli_report.add_parsers(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["export-pdf", *args])


def text_sizes(page) -> list[tuple[float, str]]:
    """The printed height of each piece of text on ``page``: font size times the vertical scale in force."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]), text.strip()))

    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def dated(example: tuple[Document, object]) -> bytes:
    document, data = example
    return build_report(document, data, ReportOptions(sections=TEXT_SECTIONS, edited_at=WHEN))


def test_the_pdf_opens_with_its_outline_shown(dated: bytes) -> None:
    reader = _reader(dated)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert len(reader.outline) > 3


def test_creation_and_modification_dates_are_the_last_edit(example: tuple[Document, object], dated: bytes,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    info = _reader(dated).trailer["/Info"]
    assert info["/CreationDate"] == WHEN_IN_PDF and info["/ModDate"] == WHEN_IN_PDF
    document, data = example
    again = build_report(document, data, ReportOptions(sections=TEXT_SECTIONS, edited_at=WHEN))
    assert again == dated
    later = build_report(document, data, ReportOptions(sections=TEXT_SECTIONS, edited_at=LATER))
    assert _reader(later).trailer["/Info"]["/CreationDate"] == LATER_IN_PDF


def test_source_date_epoch_overrides_the_last_edit(example: tuple[Document, object],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    document, data = example
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(LATER))
    info = _reader(build_report(document, data, ReportOptions(sections=("cover",),
                                                              edited_at=WHEN))).trailer["/Info"]
    assert info["/CreationDate"] == LATER_IN_PDF and info["/ModDate"] == LATER_IN_PDF
    for bad in ("yesterday", "-5", "1.5e9"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", bad)
        with pytest.raises(ReportError,
                           match=f"SOURCE_DATE_EPOCH is '{bad}', which is not a time in whole seconds"):
            build_report(document, data, ReportOptions(sections=("cover",), edited_at=WHEN))


def test_an_impossible_edit_time_is_refused_in_words(example: tuple[Document, object]) -> None:
    document, data = example
    with pytest.raises(ReportError, match="last edit time '-1' is not a date"):
        build_report(document, data, ReportOptions(sections=("cover",), edited_at=-1))


def test_the_colophon_is_one_line_on_the_last_page_only(dated: bytes,
                                                        example: tuple[Document, object]) -> None:
    reader = _reader(dated)
    pages = [page.extract_text() for page in reader.pages]
    assert COLOPHON in pages[-1]
    assert not any(COLOPHON in text for text in pages[:-1])
    assert not any("made with JourneyDesk".casefold() in text.casefold() for text in pages[:-1])
    document, data = example
    bare = build_report(document, data, ReportOptions(sections=TEXT_SECTIONS, edited_at=WHEN, colophon=False))
    assert not any("madewith" in squash(p.extract_text()).casefold() for p in _reader(bare).pages)
    only_cover = build_report(document, data, ReportOptions(sections=("cover",), language="ja"))
    assert "JourneyDesk で作成" in _reader(only_cover).pages[0].extract_text()


def test_no_text_on_the_client_pages_is_under_7_pt(dated: bytes) -> None:
    for number, page in enumerate(_reader(dated).pages, 1):
        sizes = text_sizes(page)
        assert sizes, number
        smallest = min(sizes)
        assert smallest[0] >= 7.0 - 1e-6, (number, smallest)


def _copy_with_last_edit(tmp_path: Path, when: int) -> Path:
    project = tmp_path / "example.journey"
    shutil.copy(EXAMPLE, project)
    with closing(sqlite3.connect(project)) as conn:
        conn.execute("UPDATE edited SET at = ?", (when,))
        conn.commit()
    return project


def test_the_command_dates_the_pdf_by_the_project_and_drops_the_colophon_on_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = _copy_with_last_edit(tmp_path, WHEN)
    first, second, bare = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    for out in (first, second):
        assert cli_report.export_pdf(_parse(str(project), "-o", str(out), "--sections",
                                            "cover,contents")) == 0
    assert first.read_bytes() == second.read_bytes()
    reader = _reader(first.read_bytes())
    assert reader.trailer["/Info"]["/CreationDate"] == WHEN_IN_PDF
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert COLOPHON in reader.pages[-1].extract_text()
    assert cli_report.export_pdf(_parse(str(project), "-o", str(bare), "--sections", "cover,contents",
                                        "--no-colophon")) == 0
    assert not any(COLOPHON in page.extract_text() for page in _reader(bare.read_bytes()).pages)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(LATER))
    assert cli_report.export_pdf(_parse(str(project), "-o", str(bare), "--sections", "cover")) == 0
    assert _reader(bare.read_bytes()).trailer["/Info"]["/CreationDate"] == LATER_IN_PDF
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(cli_report.ReportCommandError, match="SOURCE_DATE_EPOCH is 'soon'"):
        cli_report.export_pdf(_parse(str(project), "-o", str(bare), "--sections", "cover"))
