"""A persona's evidence in the Personas panel: listed with its confidence, added, edited and removed,
undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from inspector_example import answer, open_example, press_ok, type_into
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from journeydesk.core.enums import SourceType
from journeydesk.core.evidence_commands import add_evidence
from journeydesk.core.model import Evidence, Persona
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.evidence_editor import EvidenceDialog
from journeydesk.ui.panels.personas_panel import PersonasPanel
from tests.test_overlay_menu import menu_action

# The bundled example's personas; none of them has evidence of its own.
EMMA = "ed4cc05fb10244cb8f877b65fdc96e5f"
DANIEL = "bd10bc4079d14f6f89f66f28a8734d57"
RUNS = "I plan my runs around work and buy kit late at night on my phone."
PHONES = "68 % of evening orders come from phones."


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[Editor]:
    editor = open_example(tmp_path)
    # Emma: an interview and an analytics finding.
    assert editor.run(lambda d: add_evidence(d, EMMA, RUNS, source="Interview – Emma (P1)",
                                             source_type=SourceType.INTERVIEW, date="2024-03-05",
                                             participant="P1"))
    assert editor.run(lambda d: add_evidence(d, EMMA, PHONES, source="GA4, March",
                                             source_type=SourceType.ANALYTICS, date="2024-03-11"))
    yield editor
    editor.close()


def show_panel(qtbot: QtBot, editor: Editor) -> PersonasPanel:
    panel = PersonasPanel(editor)
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, editor: Editor) -> PersonasPanel:
    return show_panel(qtbot, editor)


def click_persona(qtbot: QtBot, panel: PersonasPanel, persona_id: str) -> None:
    view = panel.list
    row = next(r for r in range(view.count()) if view.item(r).data(Qt.ItemDataRole.UserRole) == persona_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(view.item(row)).center())


def rows(panel: PersonasPanel) -> list[str]:
    shown = panel.evidence.evidence.list
    return [shown.item(row).text() for row in range(shown.count())] if shown.isVisible() else []


def texts(editor: Editor, persona_id: str) -> list[str]:
    items = editor.document.children(Evidence, "persona_id", persona_id)
    return [e.text for e in sorted(items, key=lambda e: e.position)]


def test_with_no_persona_selected_the_library_has_the_panel_to_itself(
        qtbot: QtBot, panel: PersonasPanel) -> None:
    evidence = panel.evidence.evidence
    assert not panel.evidence.isVisibleTo(panel)
    assert not evidence.isEnabled() and not evidence.add_button.isEnabled()
    assert panel.list.height() > panel.height() // 2
    click_persona(qtbot, panel, EMMA)
    assert panel.evidence.isVisibleTo(panel) and evidence.add_button.isVisible()


def test_selecting_a_persona_lists_its_evidence_and_confidence(qtbot: QtBot, panel: PersonasPanel) -> None:
    click_persona(qtbot, panel, EMMA)
    assert panel.evidence.evidence.isEnabled()
    assert panel.evidence.confidence.text() == "Medium confidence (2 items, 2 kinds of source)"
    assert rows(panel) == [f"{RUNS}\nInterview – Emma (P1) · interview · 2024-03-05",
                           f"{PHONES}\nGA4, March · analytics · 2024-03-11"]
    assert not panel.evidence.evidence.hint.isVisible()
    click_persona(qtbot, panel, DANIEL)
    assert panel.evidence.confidence.text() == "No evidence"
    assert rows(panel) == []
    assert panel.evidence.evidence.hint.text() == "No evidence yet. Add a quote or a finding with Add…"


def test_adding_evidence_to_a_persona_is_one_undo_step(qtbot: QtBot, editor: Editor, panel: PersonasPanel,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    click_persona(qtbot, panel, DANIEL)

    def fill(dialog: EvidenceDialog) -> None:
        assert dialog.windowTitle() == "Add evidence"
        qtbot.keyClicks(dialog.text, "Drivers phone the office when the app loses their route.")
        qtbot.keyClicks(dialog.source, "Ride-along, depot 3")
        dialog.source_type.setCurrentIndex(dialog.source_type.findText("observation"))
        qtbot.keyClicks(dialog.date, "2024-04-09")
        qtbot.keyClicks(dialog.participant, "Night shift")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(panel.evidence.evidence.add_button, Qt.MouseButton.LeftButton)
    [added] = editor.document.children(Evidence, "persona_id", DANIEL)
    assert (added.text, added.source, added.source_type, added.date, added.participant, added.journey_id) == (
        "Drivers phone the office when the app loses their route.", "Ride-along, depot 3",
        SourceType.OBSERVATION, "2024-04-09", "Night shift", None)
    assert rows(panel) == ["Drivers phone the office when the app loses their route.\n"
                           "Ride-along, depot 3 · observation · 2024-04-09"]
    assert panel.evidence.evidence.current_id == added.id
    assert panel.evidence.confidence.text() == "Low confidence (1 item, 1 kind of source)"
    editor.undo()
    assert texts(editor, DANIEL) == []
    assert rows(panel) == []
    assert panel.evidence.confidence.text() == "No evidence"
    assert texts(editor, EMMA) == [RUNS, PHONES]


def test_editing_a_persona_s_evidence_changes_that_item_only(qtbot: QtBot, editor: Editor,
                                                             panel: PersonasPanel,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    click_persona(qtbot, panel, EMMA)

    def fill(dialog: EvidenceDialog) -> None:
        assert dialog.windowTitle() == "Edit evidence"
        assert dialog.text.toPlainText() == PHONES
        assert dialog.source_type.currentText() == "analytics"
        dialog.source_type.setCurrentIndex(dialog.source_type.findText("interview"))
        type_into(qtbot, dialog.source, "Interview with Emma (P1)")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    panel.evidence.evidence.list.setCurrentRow(1)
    qtbot.mouseClick(panel.evidence.evidence.edit_button, Qt.MouseButton.LeftButton)
    assert rows(panel)[1] == f"{PHONES}\nInterview with Emma (P1) · interview · 2024-03-11"
    assert rows(panel)[0] == f"{RUNS}\nInterview – Emma (P1) · interview · 2024-03-05"
    assert panel.evidence.confidence.text() == "Low confidence (2 items, 1 kind of source)"
    editor.undo()
    assert rows(panel)[1] == f"{PHONES}\nGA4, March · analytics · 2024-03-11"
    assert panel.evidence.confidence.text() == "Medium confidence (2 items, 2 kinds of source)"


def test_removing_a_persona_s_evidence_and_undoing_it(qtbot: QtBot, editor: Editor,
                                                      panel: PersonasPanel) -> None:
    click_persona(qtbot, panel, EMMA)
    evidence = panel.evidence.evidence
    evidence.list.setCurrentRow(0)
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert texts(editor, EMMA) == [PHONES]
    assert panel.evidence.confidence.text() == "Low confidence (1 item, 1 kind of source)"
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert texts(editor, EMMA) == []
    assert evidence.hint.isVisible() and not evidence.list.isVisible()
    assert panel.evidence.confidence.text() == "No evidence"
    editor.undo()
    assert texts(editor, EMMA) == [PHONES]
    assert rows(panel) == [f"{PHONES}\nGA4, March · analytics · 2024-03-11"]
    editor.undo()
    assert texts(editor, EMMA) == [RUNS, PHONES]
    assert panel.evidence.confidence.text() == "Medium confidence (2 items, 2 kinds of source)"


def test_deleting_the_persona_takes_its_evidence_and_undo_brings_both_back(
        qtbot: QtBot, editor: Editor, panel: PersonasPanel) -> None:
    panel.confirm = lambda _title, _text: True
    click_persona(qtbot, panel, EMMA)
    panel.delete_action.trigger()
    assert editor.document.get(Persona, EMMA) is None
    assert texts(editor, EMMA) == []
    assert not panel.evidence.evidence.isEnabled()
    assert panel.evidence.evidence.hint.text() == "Select a persona to see its evidence."
    editor.undo()
    assert texts(editor, EMMA) == [RUNS, PHONES]
    click_persona(qtbot, panel, EMMA)
    assert panel.evidence.confidence.text() == "Medium confidence (2 items, 2 kinds of source)"


def test_a_read_only_project_lists_persona_evidence_without_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_example(tmp_path, read_only=True)
    try:
        panel = show_panel(qtbot, editor)
        click_persona(qtbot, panel, EMMA)
        evidence = panel.evidence.evidence
        assert evidence.isEnabled()
        assert not evidence.add_button.isEnabled()
        assert not evidence.remove_button.isEnabled()
    finally:
        editor.close()


def test_edit_undo_in_the_window_takes_back_a_persona_s_new_evidence(
        qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.docks["personas"].widget()
    window.docks["personas"].raise_()
    click_persona(qtbot, panel, DANIEL)

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.text, "Wants one number to call.")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(panel.evidence.evidence.add_button, Qt.MouseButton.LeftButton)
    assert texts(window.editor, DANIEL) == ["Wants one number to call."]
    assert rows(panel) == ["Wants one number to call.\ninterview"]
    menu_action(window, "Edit", "Undo Add evidence").trigger()
    assert texts(window.editor, DANIEL) == []
    assert panel.evidence.evidence.hint.text() == "No evidence yet. Add a quote or a finding with Add…"


def test_a_long_evidence_row_wraps_to_the_narrow_panel_whole(qtbot: QtBot, panel: PersonasPanel) -> None:
    panel.resize(300, 700)
    click_persona(qtbot, panel, EMMA)
    qtbot.wait(50)
    shown = panel.evidence.evidence.list
    metrics = QFontMetrics(shown.font())
    for row in range(shown.count()):
        rect = shown.visualItemRect(shown.item(row))
        assert rect.right() < shown.viewport().width()
        # 2 px of padding each side of the text (the rows' style)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 4, 10_000), Qt.TextFlag.TextWordWrap,
                                      shown.item(row).text())
        assert rect.height() >= needed.height()


def test_delete_removes_the_evidence_item_in_the_evidence_list_and_the_persona_in_the_persona_list(
        qtbot: QtBot, editor: Editor, panel: PersonasPanel) -> None:
    asked: list[str] = []
    panel.confirm = lambda _title, text: asked.append(text) or True
    click_persona(qtbot, panel, EMMA)
    shown = panel.evidence.evidence.list
    shown.setFocus()
    shown.setCurrentRow(0)
    qtbot.keyClick(shown, Qt.Key.Key_Delete)
    assert texts(editor, EMMA) == [PHONES]
    assert asked == []
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(asked) == 1 and asked[0].startswith("Delete the persona “Emma Clarke”?")
    assert editor.document.get(Persona, EMMA) is None


def test_on_a_small_screen_a_chosen_persona_s_add_button_is_in_view(qtbot: QtBot, window) -> None:
    window.resize(1366, 768)
    qtbot.wait(50)  # the first-run dock sizes
    panel = window.docks["personas"].widget()
    click_persona(qtbot, panel, EMMA)
    add = panel.evidence.evidence.add_button
    qtbot.waitUntil(lambda: not add.visibleRegion().isEmpty())
    assert add.visibleRegion().boundingRect().height() == add.height()  # whole, not cut by the dock's edge
