"""The evidence of a journey's persona: in the report's evidence appendix and in ``info``'s counts, on a copy
of the example project (which holds 6 items on cards and 1 on a stage of the e-commerce journey)."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions
from journeydesk.store.store import Store

EXAMPLE = Path(__file__).parent.parent / "resources" / "example.journey"
SHOP, SUPPORT = "E-commerce purchase journey", "Customer support journey"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The example with two quotes on Emma Clarke (the shop's persona) and one on Sarah Mitchell
    (support's)."""
    path = tmp_path / "example.journey"
    shutil.copyfile(EXAMPLE, path)
    with Store.open(path) as store:
        history = History(store.load(), store)
        d = history.document
        persona = {p.name: p for p in d.personas()}
        history.do(commands.add_evidence(d, persona["Emma Clarke"].id, "I only buy when returns are free",
                                         source="Interview P4", source_type="interview", date="2024-05-02",
                                         participant="P4"))
        history.do(commands.add_evidence(d, persona["Emma Clarke"].id, "61 % compare prices on their phone",
                                         source="Shopper survey", source_type="survey"))
        history.do(commands.add_evidence(d, persona["Sarah Mitchell"].id, "Calls only after the FAQ fails",
                                         source="Ticket review", source_type="support_ticket"))
    return path


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _evidence_pages(path: Path, journey: str, language: str = "en") -> str:
    with Store.open(path, read_only=True) as store:
        document = store.load()
        journey_id = next(j.id for j in document.journeys() if j.name == journey)
        data = build_report(document, store.data, ReportOptions(journeys=(journey_id,),
                                                                sections=("evidence",), language=language))
    return _squash("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def test_the_appendix_lists_the_persona_after_the_cards_and_stages(project: Path) -> None:
    text = _evidence_pages(project, SHOP)
    # two items of two kinds of source: medium confidence
    persona = _squash("Persona: Emma Clarke medium confidence (2 items, 2 kinds of source) "
                      "I only buy when returns are free Interview P4 · interview · 2024-05-02 · P4 "
                      "61 % compare prices on their phone Shopper survey · survey")
    assert persona in text
    assert text.index(_squash("Stage:")) < text.index(persona)  # after the stage's evidence


def test_a_journey_whose_only_evidence_is_its_personas_gets_an_appendix(project: Path) -> None:
    text = _evidence_pages(project, SUPPORT)
    assert _squash("Persona: Sarah Mitchell low confidence (1 item, 1 kind of source) "
                   "Calls only after the FAQ fails Ticket review · support ticket") in text


def test_in_japanese(project: Path) -> None:
    text = _evidence_pages(project, SHOP, "ja")
    assert _squash(
        "ペルソナ：Emma Clarke 確度：中（2 件、情報源 2 種類） I only buy when returns are free") in text


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_info_counts_the_evidence_on_personas(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "info", str(project))
    assert ("      evidence items: 9 (6 on cards, 1 on stages, 2 on personas); cards 3 observed, 53 assumed, "
            "0 proposed; KPIs: 3") in out
    assert "      evidence items: 1 (0 on cards, 0 on stages, 1 on personas)" in out
    summary = json.loads(_run(capsys, "info", str(project), "--json"))
    journeys = {j["name"]: j["evidence"] for j in summary["journeys"]}
    assert (journeys[SHOP]["items"], journeys[SHOP]["on_personas"]) == (9, 2)
    assert (journeys[SUPPORT]["items"], journeys[SUPPORT]["on_personas"]) == (1, 1)
    assert journeys["B2B SaaS onboarding journey"]["on_personas"] == 0
    assert summary["counts"]["evidence"] == 7 + 3 + 3  # the shop's, the Japanese journey's, the personas'
