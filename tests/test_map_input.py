"""Typing on the map with an input method, and reaching headers and markers from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from journeydesk.core.enums import LaneKind
from tests.test_map_editor import _journey


def _compose(widget, preedit: str = "", commit: str = "") -> None:
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QCoreApplication.sendEvent(widget, event)


def _select_cell(win, kind: LaneKind, stage_index: int = 1):
    doc, _, stages, lanes = _journey(win)
    lane = next(x for x in lanes if x.kind == kind)
    win.map.scene.select_cell((stages[stage_index].id, lane.id))
    win.map.view.setFocus()
    return doc, stages[stage_index], lane


def test_a_selected_cell_takes_input_method_text(window, qtbot) -> None:
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


def test_an_input_method_commit_alone_starts_a_card(window, qtbot) -> None:
    doc, stage, lane = _select_cell(window, LaneKind.THOUGHTS)
    before = len(doc.cell(stage.id, lane.id))
    _compose(window.map.view, commit="迷う")
    assert window.map.scene.editor.toPlainText() == "迷う"
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["迷う"]


def test_typed_letters_still_start_a_card(window, qtbot) -> None:
    doc, stage, lane = _select_cell(window, LaneKind.ACTIONS)
    before = len(doc.cell(stage.id, lane.id))
    qtbot.keyClicks(window.map.view.viewport(), "Asks")
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Return)
    assert [c.text for c in doc.cell(stage.id, lane.id)[before:]] == ["Asks"]


def test_ctrl_f_while_typing_a_card_keeps_the_card_and_opens_find(window, qtbot) -> None:
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


def _key(win, qtbot, *keys) -> None:
    for key in keys:
        qtbot.keyClick(win.map.view.viewport(), key)


def _selected(win):
    return win.map.scene.selected_ids()


def test_up_from_the_top_row_reaches_the_stage_headers_and_f2_renames(window, qtbot) -> None:
    doc, journey, stages, lanes = _journey(window)
    top = next(x for x in lanes if x.kind != LaneKind.EMOTIONS)
    window.map.scene.select_cell((stages[2].id, top.id))
    window.map.view.setFocus()
    _key(window, qtbot, Qt.Key.Key_Up)
    assert _selected(window) == [stages[2].id]
    assert window.docks["inspector"].widget().shown_id == stages[2].id
    _key(window, qtbot, Qt.Key.Key_Left)
    assert _selected(window) == [stages[1].id]
    _key(window, qtbot, Qt.Key.Key_F2)
    assert window.map.scene.editor is not None
    qtbot.keyClicks(window.map.view.viewport(), "Research")
    _key(window, qtbot, Qt.Key.Key_Return)
    assert doc.stages(journey.id)[1].name == "Research"
    assert window.editor.history.undo_label == "Rename stage"
    _key(window, qtbot, Qt.Key.Key_Down)
    assert window.map.scene.selected_cell == (stages[1].id, top.id)


def test_left_reaches_lane_headers_and_the_emotion_markers(window, qtbot) -> None:
    doc, journey, stages, lanes = _journey(window)
    thoughts = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    emotions = next(x for x in lanes if x.kind == LaneKind.EMOTIONS)
    below = lanes[lanes.index(emotions) + 1]
    window.map.scene.select_cell((stages[0].id, thoughts.id))
    window.map.view.setFocus()
    _key(window, qtbot, Qt.Key.Key_Left)
    assert _selected(window) == [thoughts.id]
    assert window.docks["inspector"].widget().shown_id == thoughts.id
    _key(window, qtbot, Qt.Key.Key_Down)
    assert _selected(window) == [emotions.id]
    layout = window.map.scene.layout
    markers = sorted(doc.markers(journey.id), key=lambda m: layout.marker_points[m.id][0])
    _key(window, qtbot, Qt.Key.Key_Right)
    assert _selected(window) == [markers[0].id]
    _key(window, qtbot, Qt.Key.Key_Right)
    assert _selected(window) == [markers[1].id]
    start = markers[1].score
    _key(window, qtbot, Qt.Key.Key_Up)
    assert doc.get(type(markers[1]), markers[1].id).score == min(2, start + 1)
    _key(window, qtbot, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up)
    assert doc.get(type(markers[1]), markers[1].id).score == 2
    _key(window, qtbot, Qt.Key.Key_Down)
    assert doc.get(type(markers[1]), markers[1].id).score == 1
    assert window.editor.history.undo_label == "Move emotion marker"
    window.editor.undo()
    assert doc.get(type(markers[1]), markers[1].id).score == 2
    assert _selected(window) == [markers[1].id]
    _key(window, qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert _selected(window) == [emotions.id]
    _key(window, qtbot, Qt.Key.Key_Down, Qt.Key.Key_Right)
    assert window.map.scene.selected_cell == (stages[0].id, below.id)
    _key(window, qtbot, Qt.Key.Key_Left, Qt.Key.Key_Return)
    assert window.map.scene.editor is not None
    qtbot.keyClicks(window.map.view.viewport(), "Worries")
    _key(window, qtbot, Qt.Key.Key_Return)
    assert doc.get(type(below), below.id).name == "Worries"


def test_a_marker_inserted_from_the_palette_is_selected(window, qtbot) -> None:
    doc, stage, _lane = _select_cell(window, LaneKind.THOUGHTS, stage_index=3)
    known = {m.id for m in doc.markers(stage.journey_id)}
    window._insert_from_palette("emotion_marker")
    (new,) = [m for m in doc.markers(stage.journey_id) if m.id not in known]
    assert _selected(window) == [new.id]
    _key(window, qtbot, Qt.Key.Key_Down)
    assert doc.get(type(new), new.id).score == new.score - 1


def test_inserting_a_card_kind_puts_it_in_its_own_lane_of_the_selected_stage(window) -> None:
    doc, stage, touch = _select_cell(window, LaneKind.TOUCHPOINTS, stage_index=2)
    pains = next(x for x in doc.lanes(stage.journey_id) if x.kind == LaneKind.PAIN_POINTS)
    before = {x.id: len(doc.cell(stage.id, x.id)) for x in (touch, pains)}
    window._insert_from_palette("pain_point")
    assert len(doc.cell(stage.id, touch.id)) == before[touch.id]
    assert len(doc.cell(stage.id, pains.id)) == before[pains.id] + 1
    assert doc.cell(stage.id, pains.id)[-1].kind.value == "pain_point"
    assert window.map.scene.editor is not None


def test_a_card_kind_without_its_lane_goes_into_the_selected_cell(window) -> None:
    doc, stage, touch = _select_cell(window, LaneKind.TOUCHPOINTS, stage_index=2)
    assert not any(x.kind == LaneKind.NOTES for x in doc.lanes(stage.journey_id))
    before = len(doc.cell(stage.id, touch.id))
    window.actions_by_name["insert_note"].trigger()
    assert len(doc.cell(stage.id, touch.id)) == before + 1


def test_presentation_mode_hides_the_drop_a_persona_hint(window, qtbot) -> None:
    from journeydesk.core import commands

    editor = window.editor
    known = {j.id for j in editor.document.journeys()}
    assert editor.run(lambda d: commands.add_journey(d, "Returns"))
    (new,) = [j for j in editor.document.journeys() if j.id not in known]
    editor.show_journey(new.id)
    title = window.map.scene.title
    assert title._persona.text() == "Drop a persona here" and title.placeholder
    window.toggle_presentation()
    qtbot.wait(20)
    assert title._persona.text() == "" and not title.placeholder
    window.toggle_presentation()
    qtbot.wait(20)
    assert title._persona.text() == "Drop a persona here" and title.placeholder
