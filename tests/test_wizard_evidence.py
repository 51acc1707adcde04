"""File ▸ Import CSV… on a table of research quotes or findings, clicked through as a person does: the file
page says what the file holds, the columns page shows each part's column, the review page lists what goes
where and the rows left out by line, Finish adds every item as one step that one Edit ▸ Undo takes back, and a
file whose every row is bad is refused on the page without adding anything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from journeydesk.core.enums import SourceType
from journeydesk.core.model import Card, Evidence, Stage
from journeydesk.store.new_project import create_project
from journeydesk.ui.wizard.import_wizard import ImportWizard

EVIDENCE = Path(__file__).resolve().parent / "data" / "evidence"
HIGHLIGHTS = EVIDENCE / "dovetail_highlights.csv"
NOTES_JA = EVIDENCE / "interview_notes_ja_cp932.csv"
KINDS = "interview, survey, analytics, support ticket, observation, usability test, desk research"


@pytest.fixture
def open_window(bare, qtbot, tmp_path: Path):
    """The main window on a new project from the e-commerce template in the given language; the messages it
    would show in a box are in ``window.shown``."""
    def make(language: str):
        bare.show()
        qtbot.waitExposed(bare)
        assert bare.open_path(create_project(tmp_path / f"shop_{language}.journey", "ecommerce", language))
        return bare

    return make


def _import_through_the_menu(window, monkeypatch, path: Path, clicks: Callable[[ImportWizard], None]) -> None:
    """File ▸ Import CSV…, choosing ``path`` in the file dialog; ``clicks`` then works the wizard while it is
    open (a failure there closes the wizard and is raised here)."""
    panel = window.docks["data"].widget()
    monkeypatch.setattr(panel, "choose_file", lambda: str(path))
    failures: list[BaseException] = []

    def work_the_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        try:
            assert isinstance(wizard, ImportWizard), wizard
            clicks(wizard)
        except BaseException as failure:
            failures.append(failure)
            if wizard is not None:
                wizard.reject()

    QTimer.singleShot(0, work_the_wizard)
    action = window.actions_by_name["import_csv"]
    assert action in window.menuBar().actions()[0].menu().actions() and action.isEnabled()
    action.trigger()
    if failures:
        raise failures[0]


def _click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_the_review(qtbot, wizard: ImportWizard, headline: str, roles: dict[str, str]) -> None:
    """Next on the file page and on the columns page, checking what each says; then wait for every row
    read."""
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.evidence_note.text() == headline
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.evidence_roles_page
    assert wizard.currentPage() is page
    assert page.chosen() == roles
    assert not page.message.isVisible()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    review = wizard.evidence_review_page
    assert wizard.currentPage() is review
    qtbot.waitUntil(lambda: review.check is not None or review.message.isVisible(), timeout=30_000)


def _tick(qtbot, box) -> None:
    """A click on the check box's square (the box may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))


def _listed(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _places(review) -> list[tuple[str, str, str]]:
    table = review.places
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def _owner(window, item: Evidence) -> str:
    doc = window.editor.document
    return doc.get(Card, item.card_id).text if item.card_id else doc.get(Stage, item.stage_id).name


def test_highlights_export_is_added_on_its_cards_and_stages_and_undone_in_one_step(open_window, qtbot,
                                                                                    monkeypatch) -> None:
    window = open_window("en")
    doc = window.editor.document
    assert doc.all(Evidence) == []
    undo = window.actions_by_name["undo"]
    undo_before = undo.text()

    def clicks(wizard: ImportWizard) -> None:
        # 12 rows below the header (lines 2–13).
        _to_the_review(qtbot, wizard, "This looks like a table of research quotes or findings: 12 rows. Each "
                       "becomes an evidence item on the card or stage it names.", {
                           "text": "Highlight", "source": "Note title", "source_type": "Note type",
                           "date": "Created at", "participant": "Participant", "card": "Card",
                           "touchpoint": "Touchpoint", "stage": "Journey stage"})
        review = wizard.evidence_review_page
        # Added: lines 2, 3, 4, 5, 7, 8 on cards (by Card, else Touchpoint) and 6 ("Gift wrapping options" is
        # no card) and 13 (no card or touchpoint) on the stage Purchase; line 9 names no stage of the journey;
        # line 10 has no quote, 11 no kind of source ("Gut feeling"), 12 no such day (2024-02-31).
        assert review.counts.text().splitlines() == [
            "Rows read: 12.",
            "Quotes or findings to add: 8 (6 on cards, 2 on stages).",
            "Not placed on the map: 1. With problems: 3. In the journey already (skipped): 0."]
        # Lines 3 and 5 name "Cart and checkout form"; lines 6 and 13 go to the stage.
        assert sorted(_places(review)) == sorted([
            ("Cart and checkout form", "card", "2"), ("Purchase", "stage", "2"),
            ("Shipping cost shown only at the last step", "card", "1"),
            ("Account required before payment", "card", "1"),
            ("Live chat with staff about sizing", "card", "1"),
            ("Size guide is hard to read on a phone", "card", "1")])
        assert _listed(review.problems) == [
            "Line 10: the quote or finding is empty.",
            f"Line 11: “Gut feeling” is not a kind of source; write one of: {KINDS}.",
            "Line 12: '2024-02-31' is not a valid date (no such day or month): correct the cell or check the "
            "date order."]
        assert _listed(review.unmatched) == [
            "Line 9: “Returns portal” is not a card, touchpoint or stage of “E-commerce purchase journey”."]
        assert _listed(review.notes) == [
            "Line 6: “Gift wrapping options” is not a card of “E-commerce purchase journey”; the item goes "
            "to the stage “Purchase”."]
        assert review.problems.isVisible() and review.skip.isVisible() and not review.message.isVisible()
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()  # until the bad rows are skipped
        _tick(qtbot, review.skip)
        assert review.skip.isChecked()
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    _import_through_the_menu(window, monkeypatch, HIGHLIGHTS, clicks)

    assert window.shown == []
    assert window.statusBar().currentMessage() == ("Added 8 quotes or findings from "
                                                   "'dovetail_highlights.csv': 6 on cards, 2 on stages.")
    items = {item.text: item for item in doc.all(Evidence)}
    assert {text: _owner(window, item) for text, item in items.items()} == {
        "I only saw the delivery fee on the very last screen, so I closed the tab.":
            "Shipping cost shown only at the last step",
        "Three of five testers looked for a guest checkout and gave up at the account form.":
            "Cart and checkout form",
        "\"Why do I need an account just to pay?\" – asked in the think-aloud": "Account required before "
                                                                                "payment",
        "62% of mobile sessions leave the checkout at the shipping step.": "Cart and checkout form",
        "Asked for gift wrapping twice in one interview; we do not offer it.": "Purchase",
        "Size questions are the top chat topic before a first order (31% of chats).":
            "Live chat with staff about sizing",
        "People zoom into the size table and scroll sideways on phones.": "Size guide is hard to read on a "
                                                                          "phone",
        "Industry studies put checkout abandonment near 70 % on average.": "Purchase",
    }
    # Line 4 of the file, read cell by cell.
    quote = items["\"Why do I need an account just to pay?\" – asked in the think-aloud"]
    assert (quote.source, quote.source_type, quote.participant, quote.date) == (
        "Checkout usability test round 2", SourceType.USABILITY_TEST, "P4", "2024-03-07")
    assert doc.get(Stage,
                   items["Industry studies put checkout abandonment near 70 % on average."].stage_id).name \
        == "Purchase"

    assert undo.text().replace("&", "") == "Undo Import evidence from “dovetail_highlights.csv”"
    undo.trigger()
    assert doc.all(Evidence) == []
    assert undo.text() == undo_before


def test_japanese_interview_notes_in_cp932_through_the_menu(open_window, qtbot, monkeypatch) -> None:
    window = open_window("ja")
    doc = window.editor.document

    def clicks(wizard: ImportWizard) -> None:
        assert wizard.settings.encoding == "cp932"
        # 10 rows below the header (lines 2–11); the file has no card column.
        _to_the_review(qtbot, wizard, "This looks like a table of research quotes or findings: 10 rows. Each "
                       "becomes an evidence item on the card or stage it names.", {
                           "text": "発言・気づき", "source": "情報源", "source_type": "種別", "date": "日付",
                           "participant": "参加者", "touchpoint": "タッチポイント", "stage": "ステージ"})
        review = wizard.evidence_review_page
        # Added: lines 2–6 on the touchpoint each names, 7 (認知) and 8 (STEP3：購入) on their stages; line
        # 9's stage 返品 is not one of the journey's; line 10's kind 雑談 is no kind of source; line 11 has no
        # text.
        assert review.counts.text().splitlines() == [
            "Rows read: 10.",
            "Quotes or findings to add: 7 (5 on cards, 2 on stages).",
            "Not placed on the map: 1. With problems: 2. In the journey already (skipped): 0."]
        assert _listed(review.problems) == [
            f"Line 10: “雑談” is not a kind of source; write one of: {KINDS}.",
            "Line 11: the quote or finding is empty."]
        assert _listed(review.unmatched) == [
            "Line 9: “返品受付フォーム / 返品” is not a card, touchpoint or stage of "
            "“ECサイト購入ジャーニー”."]
        assert sorted(_places(review)) == sorted([
            ("カートと購入手続きフォーム", "card", "1"), ("顧客満足度（CSAT）アンケートメール", "card", "1"),
            ("受け取りカウンターでアプリのQRコードを提示", "card", "1"),
            ("サイズガイドと写真付きの商品ページ", "card", "1"), ("サイズ交換の電話サポート", "card", "1"),
            ("認知", "stage", "1"), ("購入", "stage", "1")])
        _tick(qtbot, review.skip)
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    _import_through_the_menu(window, monkeypatch, NOTES_JA, clicks)

    assert window.shown == []
    items = {item.text: item for item in doc.all(Evidence)}
    assert len(items) == 7
    survey = items["満足度アンケートで「受け取りが遅い」という自由回答が42件。"]  # line 3
    assert _owner(window, survey) == "顧客満足度（CSAT）アンケートメール"
    assert (survey.source, survey.source_type, survey.participant, survey.date) == (
        "4月 購入後アンケート", SourceType.SURVEY, "回答者 n=318", "2024-04-15")
    assert _owner(window, items["スマホでは配送方法の選択画面で離脱が最も多い。"]) == "購入"  # line 8
    window.actions_by_name["undo"].trigger()
    assert doc.all(Evidence) == []


def test_a_file_whose_every_row_is_bad_is_refused_and_adds_nothing(open_window, qtbot, monkeypatch,
                                                                   tmp_path: Path) -> None:
    window = open_window("en")
    doc = window.editor.document
    before = doc.snapshot()
    path = tmp_path / "all_bad.csv"
    path.write_text("Highlight,Note type,Created at,Journey stage\n"
                    ",Interview,2024-03-05,Purchase\n"
                    "Customers want a guest checkout.,Gut feeling,2024-03-06,Purchase\n"
                    "Delivery fee comes too late.,Survey,2024-02-30,Purchase\n", encoding="utf-8")
    shown: dict[str, object] = {}

    def clicks(wizard: ImportWizard) -> None:
        _to_the_review(qtbot, wizard, "This looks like a table of research quotes or findings: 3 rows. Each "
                       "becomes an evidence item on the card or stage it names.", {
                           "text": "Highlight", "source_type": "Note type", "date": "Created at",
                           "stage": "Journey stage"})
        review = wizard.evidence_review_page
        assert _listed(review.problems) == [
            "Line 2: the quote or finding is empty.",
            f"Line 3: “Gut feeling” is not a kind of source; write one of: {KINDS}.",
            "Line 4: '2024-02-30' is not a valid date (no such day or month): correct the cell or check the "
            "date order."]
        assert review.message.isVisible()
        shown["message"] = review.message.text()
        shown["skip offered"] = review.skip.isVisible()  # skipping them would leave nothing to add
        shown["finish"] = wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        _click(qtbot, wizard, QWizard.WizardButton.CancelButton)

    _import_through_the_menu(window, monkeypatch, path, clicks)

    assert shown == {
        "message": "all_bad.csv: every row has a problem (listed by line); nothing would be added.",
                     "skip offered": False, "finish": False}
    assert window.shown == []
    assert doc.all(Evidence) == [] and doc.snapshot() == before
    assert not window.actions_by_name["undo"].isEnabled()


def test_the_columns_page_says_what_is_missing_before_next(open_window, qtbot, monkeypatch) -> None:
    window = open_window("en")
    said: list[str] = []

    def clicks(wizard: ImportWizard) -> None:
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        page = wizard.evidence_roles_page
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        for role, column in (("text", ""), ("text", "Highlight"), ("card", "Note title"), ("card", ""),
                             ("touchpoint", ""), ("stage", ""), ("stage", "Journey stage")):
            combo = page.combos[role]
            combo.setCurrentIndex(combo.findData(column))
            said.append(page.message.text() if page.message.isVisible() else "")
            assert next_button.isEnabled() is not page.message.isVisible()
        _click(qtbot, wizard, QWizard.WizardButton.CancelButton)

    _import_through_the_menu(window, monkeypatch, HIGHLIGHTS, clicks)
    assert said == [
        "Choose the column that holds the quotes or findings.",
        "",
        "Column 'Note title' is chosen for Source, Card: choose one column for each part.",
        "", "",
        "Choose a column naming a card, a touchpoint or a stage: it says where each item goes on the map.",
        ""]
    assert window.editor.document.all(Evidence) == []


def test_the_same_file_again_adds_nothing_twice(open_window, qtbot, monkeypatch) -> None:
    window = open_window("ja")
    said: list[str] = []

    def to_the_review(wizard: ImportWizard):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        review = wizard.evidence_review_page
        qtbot.waitUntil(lambda: review.check is not None, timeout=30_000)
        said.append(review.counts.text().splitlines()[-1])
        return review

    def skip_and_finish(wizard: ImportWizard) -> None:
        _tick(qtbot, to_the_review(wizard).skip)
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    def read_and_cancel(wizard: ImportWizard) -> None:
        review = to_the_review(wizard)
        said.append(review.message.text())
        assert not review.skip.isVisible()
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        _click(qtbot, wizard, QWizard.WizardButton.CancelButton)

    _import_through_the_menu(window, monkeypatch, NOTES_JA, skip_and_finish)
    _import_through_the_menu(window, monkeypatch, NOTES_JA, read_and_cancel)
    # The 7 items of the first import are the 7 rows the second finds in the journey already.
    assert said == [
        "Not placed on the map: 1. With problems: 2. In the journey already (skipped): 0.",
        "Not placed on the map: 1. With problems: 2. In the journey already (skipped): 7.",
        "interview_notes_ja_cp932.csv: every quote or finding in it is in the journey already."]
    assert len(window.editor.document.all(Evidence)) == 7
    assert window.shown == []


def test_an_unknown_kind_in_the_type_column_is_a_problem_though_the_source_names_one(open_window, qtbot,
                                                                                     monkeypatch,
                                                                                     tmp_path: Path) -> None:
    window = open_window("en")
    path = tmp_path / "notes.csv"
    path.write_text("Highlight,Source,Source type,Journey stage\n"
                    "The delivery fee came as a surprise.,Interview P5,Interview,Purchase\n"
                    "Stars favour buying on Fridays.,Interview P7,Horoscope,Purchase\n", encoding="utf-8")

    def clicks(wizard: ImportWizard) -> None:
        _to_the_review(qtbot, wizard, "This looks like a table of research quotes or findings: 2 rows. Each "
                       "becomes an evidence item on the card or stage it names.", {
                           "text": "Highlight", "source": "Source", "source_type": "Source type",
                           "stage": "Journey stage"})
        review = wizard.evidence_review_page
        assert _listed(review.problems) == [
            f"Line 3: “Horoscope” is not a kind of source; write one of: {KINDS}."]
        _tick(qtbot, review.skip)
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    _import_through_the_menu(window, monkeypatch, path, clicks)

    assert [item.text for item in window.editor.document.all(Evidence)] == [
        "The delivery fee came as a surprise."]
