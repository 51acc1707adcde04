"""Typing on the map with an input method, and reaching headers and markers from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from journeydesk.core.model import LaneKind
from tests.test_map_editor import _journey, window  # noqa: F401


def _compose(widget, preedit: str = "", commit: str = "") -> None:  # noqa: ANN001
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QCoreApplication.sendEvent(widget, event)


def _select_cell(win, kind: LaneKind, stage_index: int = 1):  # noqa: ANN001, ANN202
    doc, journey, stages, lanes = _journey(win)
    lane = next(x for x in lanes if x.kind == kind)
    win.map.scene.select_cell((stages[stage_index].id, lane.id))
    win.map.view.setFocus()
    return doc, stages[stage_index], lane


def test_a_selected_cell_takes_input_method_text(window, qtbot) -> None:  # noqa: ANN001, F811
    doc, stage, lane = _select_cell(window, LaneKind.TOUCHPOINTS)
    view = window.map.view
    assert view.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert view.inputMethodQuery(Qt.InputMethodQuery.ImEnabled)
    before = len(doc.cell(stage.id, lane.id))
    _compose(view, preedit="えんとうで")
    editor = window.map.scene.editor
    assert editor is not None and editor.flags() & editor.GraphicsItemFlag.ItemAcceptsInputMethod
    assert editor.toPlainText() == ""
    assert "えんとうで" in editor.textCursor().block().layout().preeditAreaText()
    _compose(view, commit="店頭で試着")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["店頭で試着"]


def test_an_input_method_commit_alone_starts_a_card(window, qtbot) -> None:  # noqa: ANN001, F811
    doc, stage, lane = _select_cell(window, LaneKind.THOUGHTS)
    before = len(doc.cell(stage.id, lane.id))
    _compose(window.map.view, commit="迷う")
    assert window.map.scene.editor.toPlainText() == "迷う"
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["迷う"]


def test_typed_letters_still_start_a_card(window, qtbot) -> None:  # noqa: ANN001, F811
    doc, stage, lane = _select_cell(window, LaneKind.ACTIONS)
    before = len(doc.cell(stage.id, lane.id))
    qtbot.keyClicks(window.map.view.viewport(), "Asks")
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["Asks"]


def test_ctrl_f_while_typing_a_card_keeps_the_card_and_opens_find(window, qtbot) -> None:  # noqa: ANN001, F811
    doc, stage, lane = _select_cell(window, LaneKind.PAIN_POINTS)
    before = len(doc.cell(stage.id, lane.id))
    viewport = window.map.view.viewport()
    qtbot.keyClicks(viewport, "Queue")
    qtbot.keyClick(viewport, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["Queue"]
    assert window.map.scene.editor is None
    assert window.map.find_box.isVisible() and window.map.find_box.hasFocus()
    qtbot.keyClicks(window.map.find_box, "Que")
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["Queue"]
