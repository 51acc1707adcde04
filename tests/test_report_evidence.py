"""The report's scorecard page, the KPIs on stage pages and the evidence appendix (quotes by card with their
sources and each card's confidence); figures computed here by hand from the answers."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from figures_data import Answer, add_answers, csat, nps, two_touchpoints
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.fonts import FONT
from journeydesk.report.options import ReportOptions
from journeydesk.report.style import CELL_SIZE
from journeydesk.store.store import Store

RECOMMEND = "Would you recommend the shop?"
WEB_NPS = [10, 9, 7, 3, 10, 8]
TILL_CSAT = [5, 4, 2]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "shop.journey"
    doc, journey_id, web, till = two_touchpoints(path)
    look, pay = doc.stages(journey_id)
    add_answers(path, journey_id, [Answer(RECOMMEND, v, "2024-04-01", card_id=web.id) for v in WEB_NPS]
                + [Answer("Satisfaction", v, "2024-04-02", card_id=till.id) for v in TILL_CSAT],
                {RECOMMEND: "nps", "Satisfaction": "csat"})
    with Store.open(path) as store:
        history = History(store.load(), store)
        d = history.document
        history.do(commands.set_kpi(d, journey_id, "Browsing NPS", stage_id=look.id, metric="NPS",
                                    baseline=10, target=30, owner="Web team",
                                    data_source="Post-visit survey"))
        history.do(commands.set_kpi(d, journey_id, "Till CSAT", stage_id=pay.id, metric="CSAT", target=70))
        history.do(commands.set_kpi(d, journey_id, "Returns", value=4, target=5, direction="down",
                                    owner="Ops"))
        for text, kind, source in (("Loves the photos", "interview", "Interview P1"),
                                   ("42 % bounce on mobile", "analytics", "GA4"),
                                   ("Rated the site 4 of 5", "survey", "Post-visit survey")):
            history.do(commands.add_evidence(d, web.id, text, source=source, source_type=kind,
                                             date="2024-04-03", participant="P1" if kind == "interview"
                                             else ""))
        history.do(commands.add_evidence(d, till.id, "「レジが遅い」", source="店頭観察",
                                         source_type="observation"))
        history.do(commands.add_evidence(d, pay.id, "Queues peak at lunch", source_type="observation"))
        history.do(commands.set_evidence_status(d, [web.id], "observed"))
    return path


def _report(path: Path, **options: object) -> bytes:
    with Store.open(path, read_only=True) as store:
        return build_report(store.load(), store.data, ReportOptions(**options))


def test_scorecard_page_with_hand_computed_values(project: Path) -> None:
    pages = _pages(_report(project, sections=("scorecard",)))
    assert len(pages) == 1
    text = _squash(pages[0])
    browsing, till = nps(WEB_NPS), csat(TILL_CSAT)  # (3 promoters − 1 detractor) / 6 → +33.3; 2 of 3 → 66.7 %
    assert (round(browsing, 1), round(till, 1)) == (33.3, 66.7)
    assert "Scorecard" in text
    assert _squash(f"Browsing NPS {browsing:+.1f} (n = 6) +10.0 +30.0 ↑ higher is better on target Web team "
                   "Post-visit survey") in text
    assert _squash(f"Till CSAT {till:.1f} % (n = 3) – 70.0 % ↑ higher is better off target") in text
    assert _squash("Whole journey Returns 4 – 5 ↓ lower is better on target Ops") in text


def _cells(data: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text the first page draws, with where it starts (x, y in points)."""
    found: list[tuple[str, float, float]] = []

    def seen(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            found.append((text.strip().replace("\u00a0", " "), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=seen)
    return found


def _add_stage_kpi(path: Path, stage: int, name: str, **values: object) -> None:
    with Store.open(path) as store:
        history = History(store.load(), store)
        journey_id = history.document.journeys()[0].id
        stage_id = history.document.stages(journey_id)[stage].id
        history.do(commands.set_kpi(history.document, journey_id, name, stage_id=stage_id, **values))


def test_scorecard_figures_and_statuses_read_whole_with_room_between_columns(project: Path) -> None:
    data = _report(project, sections=("scorecard",))
    cells = _cells(data)
    texts = [text for text, _x, _y in cells]
    assert "+33.3 (n = 6)" in texts and "66.7 % (n = 3)" in texts
    assert texts.count("on target") == 2 and texts.count("off target") == 1  # each on one line, not broken
    browsing = next((x, y) for text, x, y in cells if text == "Browsing NPS")
    current = next((x, y) for text, x, y in cells if text == "+33.3 (n = 6)")
    assert current[1] == pytest.approx(browsing[1], abs=0.5)  # the same row
    kpi_ends = browsing[0] + stringWidth("Browsing NPS", FONT, CELL_SIZE)
    assert current[0] - kpi_ends >= 8  # at least both cells' padding between the KPI and its value


def test_scorecard_shows_the_data_source_as_entered_and_why_a_kpi_has_no_data(project: Path) -> None:
    _add_stage_kpi(project, 1, "Paying NPS", metric="NPS", target=20)  # no NPS answers fall in Pay
    _add_stage_kpi(project, 1, "Queue minutes", target=2, direction="down")  # neither metric nor value
    pages = _pages(_report(project, sections=("scorecard",)))
    assert len(pages) == 1
    text = _squash(pages[0])
    assert RECOMMEND not in pages[0].split("Paying NPS (Pay)")[0]  # no question text in the table
    assert _squash("Till CSAT 66.7 % (n = 3) – 70.0 % ↑ higher is better off target –") in text
    assert _squash("Paying NPS – – +20.0 ↑ higher is better no data –") in text
    assert _squash(f"Paying NPS (Pay), no data: No answers of “{RECOMMEND}” fall in this place.") in text
    assert _squash("Queue minutes (Pay), no data: It has neither a metric nor a typed-in value.") in text


def test_scorecard_in_japanese_keeps_figures_whole(project: Path) -> None:
    _add_stage_kpi(project, 1, "支払いの推奨度", metric="NPS", target=20)
    data = _report(project, sections=("scorecard",), language="ja")
    texts = [text for text, _x, _y in _cells(data)]
    assert "+33.3 (n = 6)" in texts and "目標達成" in texts
    assert _squash(f"支払いの推奨度（Pay）：データなし。「{RECOMMEND}」の回答はここにはありません。") in \
        _squash(_pages(data)[0])


def test_stage_pages_carry_their_kpis(project: Path) -> None:
    pages = _pages(_report(project, sections=("map",), layout="stages"))
    look = next(p for p in pages if "Shop — Look" in p)
    pay = next(p for p in pages if "Shop — Pay" in p)
    assert "KPIs: Browsing NPS: +33.3 (target +30.0, on target)" in look
    assert "KPIs: Till CSAT: 66.7 % (target 70.0 %, off target)" in pay


def test_a_stage_page_shows_every_kpi_whole_when_their_names_are_long(project: Path) -> None:
    _add_stage_kpi(project, 1, "Average time to resolve a delivery complaint in working days", value=6,
                   target=4, direction="down")
    _add_stage_kpi(project, 1, "Share of orders paid with a saved card on the second visit", value=41,
                   target=50)
    pages = _pages(_report(project, sections=("map",), layout="stages"))
    pay = _squash(next(p for p in pages if "Shop — Pay" in p))
    for whole in ("Till CSAT: 66.7 % (target 70.0 %, off target)",
                  "Average time to resolve a delivery complaint in working days: 6 (target 4, off target)",
                  "Share of orders paid with a saved card on the second visit: 41 (target 50, off target)"):
        assert _squash(whole) in pay


def test_evidence_appendix_lists_quotes_by_card_with_sources_and_confidence(project: Path) -> None:
    pages = _pages(_report(project, sections=("evidence",)))
    text = _squash("".join(pages))
    assert "Evidence" in pages[0]
    assert _squash("Cards: 1 observed, 1 assumed, 0 proposed. Confidence from their evidence: 1 high, 0 "
                   "medium, 1 low, 0 without evidence.") in text
    assert _squash("Web (Look) observed · high confidence (3 items, 3 kinds of source) Loves the photos "
                   "Interview P1 · interview · 2024-04-03 · P1") in text
    assert _squash("42 % bounce on mobile GA4 · analytics · 2024-04-03") in text
    assert _squash("Till (Pay) assumed · low confidence (1 item, 1 kind of source) 「レジが遅い」 店頭観察 · "
                   "observation") in text
    assert _squash("Stage: Pay Queues peak at lunch observation") in text


def test_in_japanese(project: Path) -> None:
    text = _squash("".join(_pages(_report(project, sections=("scorecard", "evidence"), language="ja"))))
    for words in ("スコアカード", "エビデンス", "目標達成", "目標未達", "確度：高", "インタビュー",
                  "確認済み"):
        assert words in text, words


def test_sections_with_nothing_to_say_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "bare.journey"
    two_touchpoints(path)
    text = "".join(_pages(_report(path, sections=("contents", "scorecard", "evidence"))))
    assert "Scorecard" not in text and "Evidence" not in text
