"""The inspector's evidence: a card's status and confidence, and adding, editing and removing evidence
items."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from inspector_example import (
    answer,
    open_example,
    opens_and_draws,
    press_ok,
    show_inspector,
    shown,
    type_into,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.core.enums import EvidenceStatus, SourceType
from journeydesk.core.model import Card, Evidence
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.evidence_editor import CardEvidence, EvidenceDialog, EvidenceList
from journeydesk.ui.panels.inspector import Inspector

# In the bundled example: the pain point "Shipping cost shown only at the last step" (three items: an
# interview, the analytics and a usability test) and the stage "Purchase" (one desk-research item).
SHIPPING_CARD = "42f92aac031f477da289ebc7cc69445f"
PURCHASE_STAGE = "36e3490649254a7e82830aae210a5609"
SHIPPING_TEXTS = ["I only saw the delivery fee on the very last screen, so I closed the tab.",
                  "62 % of mobile sessions leave the checkout at the shipping step.",
                  "Four of five testers were surprised by the delivery fee."]


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[Editor]:
    editor = open_example(tmp_path)
    yield editor
    editor.close()


@pytest.fixture
def inspector(qtbot: QtBot, editor: Editor) -> Inspector:
    return show_inspector(qtbot, editor)


def evidence_texts(editor: Editor, owner_field: str, owner_id: str) -> list[str]:
    items = editor.document.children(Evidence, owner_field, owner_id)
    return [e.text for e in sorted(items, key=lambda e: e.position)]


def rows(evidence: EvidenceList) -> list[str]:
    return [evidence.list.item(row).text() for row in range(evidence.list.count())]


def test_a_card_shows_its_status_confidence_and_evidence(editor: Editor, inspector: Inspector) -> None:
    editor.select([SHIPPING_CARD])
    card = shown(inspector, CardEvidence)
    assert card.status.currentText() == "Observed"
    assert card.confidence.text() == "High confidence (3 items, 3 kinds of source)"
    assert card.confidence.textFormat() == Qt.TextFormat.PlainText
    assert rows(card.evidence) == [
        "I only saw the delivery fee on the very last screen, so I closed the tab.\n"
        "Interview – Emma (P1) · interview · 2024-03-05",
        "62 % of mobile sessions leave the checkout at the shipping step.\n"
        "GA4 funnel exploration, March · analytics · 2024-03-11",
        "Four of five testers were surprised by the delivery fee.\n"
        "Checkout usability test, round 2 · usability test · 2024-03-07",
    ]
    assert not card.evidence.edit_button.isEnabled()
    assert card.evidence.add_button.isEnabled()


def test_adding_evidence_to_a_card_is_one_undo_step(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([SHIPPING_CARD])
    card = shown(inspector, CardEvidence)

    def fill(dialog: EvidenceDialog) -> None:
        assert dialog.windowTitle() == "Add evidence"
        qtbot.keyClicks(dialog.text, "Two callers asked why the fee appeared so late.")
        qtbot.keyClicks(dialog.source, "Call log, March")
        dialog.source_type.setCurrentIndex(dialog.source_type.findText("support ticket"))
        qtbot.keyClicks(dialog.date, "2024-03-15")
        qtbot.keyClicks(dialog.participant, "Phone customers")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(card.evidence.add_button, Qt.MouseButton.LeftButton)
    items = sorted(editor.document.children(Evidence, "card_id", SHIPPING_CARD), key=lambda e: e.position)
    assert len(items) == 4
    added = items[3]
    assert (added.text, added.source, added.source_type, added.date, added.participant) == (
        "Two callers asked why the fee appeared so late.", "Call log, March", SourceType.SUPPORT_TICKET,
        "2024-03-15", "Phone customers")
    assert added.journey_id == editor.document.get(Card, SHIPPING_CARD).journey_id
    assert card.confidence.text() == "High confidence (4 items, 4 kinds of source)"
    assert card.evidence.current_id == added.id
    assert rows(card.evidence)[3] == ("Two callers asked why the fee appeared so late.\n"
                                      "Call log, March · support ticket · 2024-03-15")
    editor.undo()
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS
    assert card.evidence.list.count() == 3
    assert card.confidence.text() == "High confidence (3 items, 3 kinds of source)"


def test_editing_evidence_changes_only_that_item(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence

    def fill(dialog: EvidenceDialog) -> None:
        assert dialog.windowTitle() == "Edit evidence"
        assert dialog.text.toPlainText() == SHIPPING_TEXTS[0]
        assert dialog.source.text() == "Interview – Emma (P1)"
        assert dialog.source_type.currentText() == "interview"
        assert dialog.date.text() == "2024-03-05"
        assert dialog.participant.text() == "P1 (first-time buyer)"
        type_into(qtbot, dialog.date, "2024-03-06")
        dialog.source_type.setCurrentIndex(dialog.source_type.findText("observation"))
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    evidence.list.setCurrentRow(0)
    qtbot.mouseClick(evidence.edit_button, Qt.MouseButton.LeftButton)
    first = min(editor.document.children(Evidence, "card_id", SHIPPING_CARD), key=lambda e: e.position)
    assert (first.text, first.date, first.source_type) == (SHIPPING_TEXTS[0], "2024-03-06",
                                                           SourceType.OBSERVATION)
    assert rows(evidence)[0].endswith("Interview – Emma (P1) · observation · 2024-03-06")
    editor.undo()
    first = editor.document.get(Evidence, first.id)
    assert (first.date, first.source_type) == ("2024-03-05", SourceType.INTERVIEW)


def test_return_on_a_row_opens_it_for_editing(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence
    seen = answer(monkeypatch, EvidenceDialog, lambda dialog: dialog.reject())
    evidence.list.setFocus()
    evidence.list.setCurrentRow(1)
    qtbot.keyClick(evidence.list, Qt.Key.Key_Return)
    assert [d.text.toPlainText() for d in seen] == [SHIPPING_TEXTS[1]]
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS


def test_removing_evidence_lowers_the_confidence_and_undo_brings_it_back(
        editor: Editor, inspector: Inspector, qtbot: QtBot) -> None:
    editor.select([SHIPPING_CARD])
    card = shown(inspector, CardEvidence)
    card.evidence.list.setCurrentRow(1)
    qtbot.mouseClick(card.evidence.remove_button, Qt.MouseButton.LeftButton)
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == [SHIPPING_TEXTS[0], SHIPPING_TEXTS[2]]
    assert card.confidence.text() == "Medium confidence (2 items, 2 kinds of source)"
    editor.undo()
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS
    assert card.confidence.text() == "High confidence (3 items, 3 kinds of source)"


@pytest.mark.parametrize("date", ["31/03/2024", "2024-02-30", "last spring"])
def test_a_bad_date_is_named_in_the_dialog_and_nothing_is_saved(
        editor: Editor, inspector: Inspector, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        date: str) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.text, "A finding")
        qtbot.keyClicks(dialog.date, date)
        press_ok(dialog)
        assert dialog.result() == 0
        assert (
            dialog.problem.text() == f"Date: “{date}” is not a date. Write it like 2024-03-31, or leave it "
                                     f"empty.")
        assert dialog.problem.textFormat() == Qt.TextFormat.PlainText
        dialog.reject()

    seen = answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS
    assert not editor.history.can_undo


def test_evidence_without_text_is_refused_in_the_dialog(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.text, "   ")
        qtbot.keyClicks(dialog.date, "2024-03-01")
        press_ok(dialog)
        assert dialog.problem.text() == "Write the quote or finding in Text."
        dialog.reject()

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS


def test_the_status_combo_marks_the_card_in_one_undo_step(editor: Editor, inspector: Inspector,
                                                          qtbot: QtBot) -> None:
    editor.select([SHIPPING_CARD])
    card = shown(inspector, CardEvidence)
    assert [card.status.itemText(i) for i in range(card.status.count())] == ["Observed", "Assumed",
                                                                             "Proposed"]
    card.status.setFocus()
    qtbot.keyClick(card.status, Qt.Key.Key_Down)
    assert editor.document.get(Card, SHIPPING_CARD).evidence_status == EvidenceStatus.ASSUMED
    qtbot.keyClick(card.status, Qt.Key.Key_Down)
    assert editor.document.get(Card, SHIPPING_CARD).evidence_status == EvidenceStatus.PROPOSED
    editor.undo()
    assert editor.document.get(Card, SHIPPING_CARD).evidence_status == EvidenceStatus.ASSUMED
    assert card.status.currentText() == "Assumed"
    editor.undo()
    assert editor.document.get(Card, SHIPPING_CARD).evidence_status == EvidenceStatus.OBSERVED
    assert card.status.currentText() == "Observed"


def test_a_stage_lists_and_takes_evidence(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE_STAGE])
    evidence = shown(inspector, EvidenceList)
    assert rows(evidence) == ["Industry studies put checkout abandonment near 70 % on average.\n"
                              "Baymard checkout benchmark · desk research · 2024-02-20"]

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.text, "<b>Half</b> of the payments fail on the first try.")
        qtbot.keyClicks(dialog.date, "2024-4-2")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    items = sorted(editor.document.children(Evidence, "stage_id", PURCHASE_STAGE), key=lambda e: e.position)
    assert [(e.text, e.source_type, e.date) for e in items[1:]] == [
        ("<b>Half</b> of the payments fail on the first try.", SourceType.INTERVIEW, "2024-04-02")]
    assert rows(evidence)[1] == "<b>Half</b> of the payments fail on the first try.\ninterview · 2024-04-02"
    editor.undo()
    assert len(editor.document.children(Evidence, "stage_id", PURCHASE_STAGE)) == 1


def test_a_read_only_project_offers_no_evidence_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_example(tmp_path, read_only=True)
    try:
        inspector = show_inspector(qtbot, editor)
        editor.select([SHIPPING_CARD])
        card = shown(inspector, CardEvidence)
        card.evidence.list.setCurrentRow(0)
        assert not card.evidence.add_button.isEnabled()
        assert not card.evidence.edit_button.isEnabled()
        assert not card.evidence.remove_button.isEnabled()
        assert not card.status.isEnabled()
    finally:
        editor.close()


def test_delete_in_the_list_removes_the_item_and_moves_to_the_next(editor: Editor, inspector: Inspector,
                                                                   qtbot: QtBot) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence
    evidence.list.setFocus()
    evidence.list.setCurrentRow(0)
    qtbot.keyClick(evidence.list, Qt.Key.Key_Delete)
    assert evidence_texts(editor, "card_id", SHIPPING_CARD) == SHIPPING_TEXTS[1:]
    assert evidence.list.currentRow() == 0
    assert evidence.list.currentItem().text().startswith(SHIPPING_TEXTS[1])
    assert editor.document.get(Card, SHIPPING_CARD) is not None


def test_the_evidence_dialog_draws(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([SHIPPING_CARD])
    evidence = shown(inspector, CardEvidence).evidence
    opens_and_draws(qtbot, monkeypatch, EvidenceDialog, evidence.add_button)
