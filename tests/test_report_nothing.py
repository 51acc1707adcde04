"""A report whose chosen sections have nothing to show says what each lacks and how to add it, in the PDF
and as a note on stderr; a report with no section chosen says that."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.cli import main
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions
from journeydesk.store.store import Store

EXAMPLE = Path(__file__).parent.parent / "resources" / "example.journey"
SUPPORT = "Customer support journey"  # in the example: no KPIs, no evidence, no imported data


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "example.journey"
    shutil.copyfile(EXAMPLE, path)
    return path


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def test_export_pdf_says_the_journey_has_no_kpis_and_no_evidence_yet(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "support.pdf"
    status = main(["export-pdf", str(project), "--journey", SUPPORT, "--sections", "scorecard", "evidence",
                   "-o", str(out)])
    stdout, stderr = capsys.readouterr()
    assert status == 0 and stdout == f"Wrote {out}\n"
    assert stderr == (
        "journeydesk: note: The chosen sections (scorecard, evidence) have nothing to show yet for "
                      f"{SUPPORT}; the PDF is one page saying what to add.\n")
    pages = _pages(out.read_bytes())
    assert len(pages) == 1
    text = _squash(pages[0])
    assert "No sections were chosen" not in pages[0]
    assert _squash(
        f"Nothing to show yet “{SUPPORT}” has nothing yet for the sections chosen for this report:") in text
    assert _squash("Scorecard: No KPIs yet. Add them in the inspector (select a stage, or nothing for the "
                   "journey's own, then Add… under KPIs), or with “journeydesk kpi”.") in text
    assert _squash("Evidence: No evidence yet. Add quotes and findings to cards and stages in the inspector "
                   "and to personas in the Personas panel (Add…), or import a table of them with "
                   "“journeydesk import-csv”.") in text


def test_in_japanese(project: Path) -> None:
    with Store.open(project, read_only=True) as store:
        document = store.load()
        support = next(j.id for j in document.journeys() if j.name == SUPPORT)
        notes: list[str] = []
        data = build_report(document, store.data, ReportOptions(journeys=(support,),
                                                                sections=("metrics", "scorecard"),
                                                                language="ja"), notes=notes)
    text = _squash("".join(_pages(data)))
    assert "まだ表示するものがありません" in text and "スコアカード：" in text
    assert len(notes) == 1 and "(metrics, scorecard)" in notes[0]


def test_no_section_at_all_is_said_so(project: Path) -> None:
    with Store.open(project, read_only=True) as store:
        notes: list[str] = []
        data = build_report(store.load(), store.data, ReportOptions(sections=()), notes=notes)
    assert "No sections were chosen for this report." in _pages(data)[0]
    assert notes == []
