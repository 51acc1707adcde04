"""Importing research quotes and findings (a Dovetail-style highlights export in English, interview notes from
Excel in Japanese, CP932): recognised tables, rows matched to cards and stages, unmatched and bad rows by
line, one undo step, and ``info``'s counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.enums import SourceType
from journeydesk.core.evidence import evidence_of
from journeydesk.core.history import History
from journeydesk.core.model import Card, Evidence, Stage
from journeydesk.imports.evidence import source_type_of
from journeydesk.imports.evidence_import import EvidenceImport
from journeydesk.imports.session import ImportSession
from journeydesk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"
HIGHLIGHTS = DATA / "evidence" / "dovetail_highlights.csv"
NOTES_JA = DATA / "evidence" / "interview_notes_ja_cp932.csv"
SHOP, SHOP_JA = "E-commerce purchase journey", "ECサイト購入ジャーニー"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The e-commerce template in English and in Japanese, with no evidence yet."""
    path = tmp_path / "shop.journey"
    with Store.create(path) as store:
        history = History(store.load(), store)
        for lang in ("en", "ja"):
            history.do(commands.add_template(history.document, "ecommerce", lang))
    return path


def _rows(path: Path, encoding: str) -> dict[int, dict[str, str]]:
    """The fixture's rows by the line they start on (each row is one line in these files)."""
    with path.open(encoding=encoding, newline="") as stream:
        return {line: row for line, row in enumerate(csv.DictReader(stream), start=2)}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("cell", "kind"), [
    ("Interview", SourceType.INTERVIEW), ("Usability test", SourceType.USABILITY_TEST),
    ("Field observation", SourceType.OBSERVATION), ("Support ticket", SourceType.SUPPORT_TICKET),
    ("support_ticket", SourceType.SUPPORT_TICKET), ("Desk research", SourceType.DESK_RESEARCH),
    ("GA4", SourceType.ANALYTICS), ("ユーザビリティテスト", SourceType.USABILITY_TEST),
    ("お問い合わせ", SourceType.SUPPORT_TICKET), ("アンケート", SourceType.SURVEY),
    ("行動観察", SourceType.OBSERVATION), ("Gut feeling", None), ("雑談", None),
])
def test_kinds_of_source_are_read_in_english_and_japanese(cell: str, kind: SourceType | None) -> None:
    assert source_type_of(cell) == kind


def test_a_metrics_export_is_not_taken_for_evidence(project: Path) -> None:
    with Store.open(project, read_only=True) as store:
        doc = store.load()
    for name in ("freshdesk_tickets.csv", "zendesk_tickets.csv", "qualtrics_responses.csv"):
        session = ImportSession(doc, doc.journeys()[0].id, DATA / "exports" / name)
        session.detect()
        assert session.evidence_columns is None, name


def test_english_highlights_refused_with_bad_rows_listed_then_imported(project: Path, capsys) -> None:
    before = project.read_bytes()
    status, out, err = _run(capsys, "import-csv", str(project), str(HIGHLIGHTS))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "  Line 10: the quote or finding is empty.",
        "  Line 11: “Gut feeling” is not a kind of source; write one of: interview, survey, analytics, "
        "support ticket, observation, usability test, desk research.",
        "  Line 12: '2024-02-31' is not a valid date (no such day or month): correct the cell or check the "
        "date order.",
        f"  Line 9: “Returns portal” is not a card, touchpoint or stage of “{SHOP}”.",
        "journeydesk: dovetail_highlights.csv: 3 rows have problems; fix them, or skip them "
        "(--skip-bad-rows) to import the rest.",
    ]
    with Store.open(project, read_only=True) as store:
        assert store.load().all(Evidence) == []
    assert before

    status, out, err = _run(capsys, "import-csv", str(project), str(HIGHLIGHTS), "--skip-bad-rows")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Imported 8 evidence items from dovetail_highlights.csv: 6 on cards, 2 on stages."
    assert lines[1] == ("  Columns: quote or finding ← 'Highlight', source ← 'Note title', kind of source ← "
                        "'Note type', date ← 'Created at', participant ← 'Participant', card ← 'Card', "
                        "touchpoint ← 'Touchpoint', stage ← 'Journey stage'.")
    assert lines[2] == ("  Rows read: 12; not placed on the map: 1; with problems (skipped): 3; in the "
                        "journey already: 0.")
    assert lines[-1] == (
        f"  Line 6: “Gift wrapping options” is not a card of “{SHOP}”; the item goes to the stage "
                         "“Purchase”.")

    rows = _rows(HIGHLIGHTS, "utf-8")
    with Store.open(project, read_only=True) as store:
        doc = store.load()
    items = {item.text: item for item in doc.all(Evidence)}
    placed = {2, 3, 4, 5, 6, 7, 8, 13}  # 9: unknown stage; 10–12: bad rows
    assert set(items) == {rows[line]["Highlight"] for line in placed}
    for line in placed:
        row, item = rows[line], items[rows[line]["Highlight"]]
        assert (item.source, item.participant, item.date) == (row["Note title"], row["Participant"],
                                                              row["Created at"][:10])
        owner = doc.get(Card, item.card_id) if item.card_id else doc.get(Stage, item.stage_id)
        expected = row["Card"] or row["Touchpoint"] if line not in (6, 13) else "Purchase"
        assert (owner.text if item.card_id else owner.name) == expected, line
    assert items[rows[4]["Highlight"]].source_type == SourceType.USABILITY_TEST
    assert items[rows[8]["Highlight"]].source_type == SourceType.OBSERVATION

    # The same file again adds nothing twice.
    status, _, err = _run(capsys, "import-csv", str(project), str(HIGHLIGHTS), "--skip-bad-rows")
    assert status == 1
    assert err.strip().endswith(
        "dovetail_highlights.csv: every quote or finding in it is in the journey already.")


def test_japanese_interview_notes_in_cp932(project: Path, capsys) -> None:
    status, out, err = _run(capsys, "import-csv", str(project), str(NOTES_JA), "--journey", SHOP_JA,
                            "--skip-bad-rows")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Imported 7 evidence items from interview_notes_ja_cp932.csv: 5 on cards, 2 on stages."
    assert lines[3:] == [
        "  Line 10: “雑談” is not a kind of source; write one of: interview, survey, analytics, support "
        "ticket, observation, usability test, desk research.",
        "  Line 11: the quote or finding is empty.",
        f"  Line 9: “返品受付フォーム / 返品” is not a card, touchpoint or stage of “{SHOP_JA}”.",
    ]
    rows = _rows(NOTES_JA, "cp932")
    with Store.open(project, read_only=True) as store:
        doc = store.load()
    items = {item.text: item for item in doc.all(Evidence)}
    assert set(items) == {rows[line]["発言・気づき"] for line in range(2, 9)}
    for line in range(2, 9):
        row, item = rows[line], items[rows[line]["発言・気づき"]]
        y, m, d = row["日付"].split("/")
        assert item.date == f"{y}-{int(m):02d}-{int(d):02d}" and item.source == row["情報源"]
        if row["タッチポイント"]:
            assert doc.get(Card, item.card_id).text == row["タッチポイント"]
        else:
            assert doc.get(Stage, item.stage_id).name == row["ステージ"].removeprefix("STEP3：")
    kinds = [items[rows[line]["発言・気づき"]].source_type for line in range(2, 9)]
    assert kinds == [SourceType.INTERVIEW, SourceType.SURVEY, SourceType.OBSERVATION,
                     SourceType.USABILITY_TEST, SourceType.SUPPORT_TICKET, SourceType.DESK_RESEARCH,
                     SourceType.ANALYTICS]

    status, out, _ = _run(capsys, "info", str(project))
    assert f"  • {SHOP_JA}" in out
    assert ("      evidence items: 7 (5 on cards, 2 on stages, 0 on personas); cards 0 observed, 56 assumed, "
            "0 proposed; KPIs: 0" in out)
    summary = json.loads(_run(capsys, "info", str(project), "--json")[1])
    journeys = {j["name"]: j for j in summary["journeys"]}
    assert journeys[SHOP_JA]["evidence"]["items"] == 7 and journeys[SHOP]["evidence"]["items"] == 0
    assert summary["counts"]["evidence"] == 7
    confidence = journeys[SHOP_JA]["evidence"]["confidence"]
    assert confidence == {"none": 51, "low": 5, "medium": 0, "high": 0}  # five cards with one item each


def test_an_import_is_one_undo_step_through_the_session(project: Path) -> None:
    with Store.open(project) as store:
        history = History(store.load(), store)
        doc = history.document
        journey = next(j for j in doc.journeys() if j.name == SHOP)
        session = ImportSession(doc, journey.id, HIGHLIGHTS, name=HIGHLIGHTS.name)
        session.detect()
        evidence = EvidenceImport.of(session)
        assert evidence is not None
        check = evidence.run(history, skip_bad_rows=True)
        assert len(check.items) == 8 and len(doc.all(Evidence)) == 8
        assert history.undo_label == "Import evidence from “dovetail_highlights.csv”"
        checkout = next(c for c in doc.cards(journey.id) if c.text == "Cart and checkout form")
        assert [e.source_type for e in evidence_of(doc, checkout.id)] == [SourceType.USABILITY_TEST,
                                                                           SourceType.ANALYTICS]
        history.undo()
        assert doc.all(Evidence) == []
    with Store.open(project, read_only=True) as store:
        assert store.load().all(Evidence) == []


KINDS = "interview, survey, analytics, support ticket, observation, usability test, desk research"


def test_an_unknown_kind_in_the_type_column_is_a_bad_row_whatever_the_source_says(project: Path, capsys,
                                                                                   tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Highlight,Source,Source type,Journey stage\n"
                    "The delivery fee came as a surprise.,Interview P5,Interview,Purchase\n"
                    "Nobody reads the size guide.,Interview P6,,Purchase\n"
                    "Stars favour buying on Fridays.,Interview P7,Horoscope,Purchase\n", encoding="utf-8")
    status, out, err = _run(capsys, "import-csv", str(project), str(path))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"  Line 4: “Horoscope” is not a kind of source; write one of: {KINDS}.",
        "journeydesk: notes.csv: 1 row has a problem; fix it, or skip it (--skip-bad-rows) to import the "
        "rest.",
    ]

    status, out, err = _run(capsys, "import-csv", str(project), str(path), "--skip-bad-rows")
    assert status == 0, err
    with Store.open(project, read_only=True) as store:
        items = {item.text: item.source_type for item in store.load().all(Evidence)}
    # Line 2 by its type cell; line 3 has an empty type cell, so its source cell names the kind.
    assert items == {"The delivery fee came as a surprise.": SourceType.INTERVIEW,
                     "Nobody reads the size guide.": SourceType.INTERVIEW}
