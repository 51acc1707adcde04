"""The report's “Current and future state” section: as-is against to-be, from the PDF's own text."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.enums import CardKind
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.options import SECTIONS, ReportOptions
from journeydesk.store.store import Store


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start):text.index(end, text.index(start))]


def _future_with_edits(history: History) -> dict[str, str]:
    """A to-be of the shop journey with one pain point and one opportunity gone and one pain point new."""
    doc = history.document
    asis = doc.journeys()[-1]
    history.do(commands.create_future_state(doc, asis.id, "Shop to-be"))
    tobe = doc.journeys()[-1]
    pain = next(c for c in doc.cards(tobe.id) if c.kind == CardKind.PAIN_POINT)
    idea = next(c for c in doc.cards(tobe.id) if c.kind == CardKind.OPPORTUNITY)
    history.do(commands.delete_cards(doc, [pain.id, idea.id]))
    stage = doc.stages(tobe.id)[0]
    history.do(commands.add_card(doc, stage.id, pain.lane_id, "Queue <b>at</b> login",
                                 kind=CardKind.PAIN_POINT))
    return {"asis": asis.name, "pain": pain.text, "idea": idea.text, "stage": stage.name}


def test_the_section_shows_each_as_is_against_its_to_be(history: History) -> None:
    history.do(commands.add_template(history.document, "ecommerce", "en"))
    made = _future_with_edits(history)
    assert "compare" in SECTIONS
    pdf = build_report(history.document, None, ReportOptions(sections=("compare",)))
    text = _text(pdf)
    assert "Current and future state" in text
    assert f"{made['asis']} → Shop to-be" in text
    gaps = {title: _between(text, title, end) for title, end in (
        ("Pain points resolved (1)", "New pain points"), ("New pain points (1)", "Opportunities realised"),
        ("Opportunities realised (1)", "Card changes"))}
    assert made["pain"] in gaps["Pain points resolved (1)"]
    assert f"Queue <b>at</b> login — {made['stage']}" in gaps["New pain points (1)"]
    assert made["idea"][:30] in gaps["Opportunities realised (1)"]
    assert "Card changes (3)" in text
    assert "Cards: 1 added, 2 removed, 0 changed" in text
    reader = PdfReader(io.BytesIO(pdf))
    sizes: list[float] = []

    def visit(piece: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if piece.strip():
            sizes.append(size * abs(tm[3] * cm[3]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 7.0 - 1e-6


def test_without_a_future_state_the_section_is_left_out(history: History) -> None:
    history.do(commands.add_template(history.document, "ecommerce", "en"))
    text = _text(build_report(history.document, None, ReportOptions(sections=("contents", "compare"))))
    assert "Current and future state" not in text


def test_export_pdf_sections_compare_from_the_command_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.journey"
    store = Store.create(path)
    document = store.load()
    history = History(document, store)
    history.do(commands.add_template(document, "ecommerce", "ja"))
    made = _future_with_edits(history)
    store.close()
    out = tmp_path / "r.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--sections", "compare"]) == 0
    text = _text(out.read_bytes())
    assert made["asis"] in text and "Queue <b>at</b> login" in text
    assert made["pain"][:6] in text.replace(" ", "")
