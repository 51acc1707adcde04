"""Nothing typed is lost, read-only means read-only, and stray clicks make no edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Card, Stage
from journeydesk.store.store import Store
from tests.test_map_editor import _drag, _journey, _viewport_point


def test_text_typed_in_place_is_saved_when_the_project_closes(window, tmp_path: Path, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.map.scene.start_editing(window.map.scene.cards[card.id])
    window.map.scene.editor.insert_text(" EXTRA")
    window.actions_by_name["close"].trigger()
    assert window.errors == []
    with Store.open(tmp_path / "example.journey", read_only=True) as store:
        assert store.load().get(Card, card.id).text == card.text + " EXTRA"


def test_escape_in_the_editor_keeps_the_old_text(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    label = window.editor.history.undo_label
    window.map.scene.start_editing(window.map.scene.cards[card.id])
    window.map.scene.editor.insert_text(" never mind")
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Escape)
    assert doc.get(Card, card.id).text == card.text
    assert window.editor.history.undo_label == label


def test_undo_from_the_menu_while_editing_commits_then_undoes(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.map.scene.start_editing(window.map.scene.cards[card.id])
    window.map.scene.editor.insert_text("!")
    window.undo()
    assert window.map.scene.editor is None
    assert doc.get(Card, card.id).text == card.text
    assert window.errors == []


def test_presentation_mode_blocks_delete_and_header_drags(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.toggle_presentation()
    window.map.scene.cards[card.id].setSelected(True)
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Delete)
    assert doc.get(Card, card.id) is not None
    layout = window.map.scene.layout
    first, third = layout.stage_rects[stages[0].id], layout.stage_rects[stages[2].id]
    _drag(window, qtbot, QPointF(first.x + 40, first.y + 30), QPointF(third.right - 10, first.y + 30))
    assert [s.id for s in doc.stages(journey.id)] == [s.id for s in stages]
    window.actions_by_name["present"].trigger()
    assert not window.presenting


def test_clicking_a_header_edge_without_dragging_changes_nothing(window, qtbot) -> None:
    doc, _, stages, _lanes = _journey(window)
    label = window.editor.history.undo_label
    rect = window.map.scene.layout.stage_rects[stages[1].id]
    viewport = window.map.view.viewport()
    point = _viewport_point(window, QPointF(rect.right - 2, rect.y + 30))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert window.editor.history.undo_label == label
    assert doc.get(Stage, stages[1].id).width == stages[1].width


def test_resizing_a_stage_keeps_room_for_one_card(window, qtbot) -> None:
    doc, _, stages, _lanes = _journey(window)
    rect = window.map.scene.layout.stage_rects[stages[1].id]
    _drag(window, qtbot, QPointF(rect.right - 2, rect.y + 30), QPointF(rect.x + 10, rect.y + 30))
    width = doc.get(Stage, stages[1].id).width
    assert width == window.map.scene.layout.min_stage_width()
    assert window.editor.history.undo_label == "Resize stage"


def test_space_drag_pans_and_never_moves_a_card(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    view = window.map.view
    view.setFocus()
    qtbot.keyPress(view.viewport(), Qt.Key.Key_Space)
    rect = window.map.scene.layout.card_rects[card.id]
    start = QPointF(rect.x + 20, rect.y + 20)
    middle = window.map.scene.sceneRect().center()
    toward_middle = QPointF(200 if start.x() < middle.x() else -200, 100 if start.y() < middle.y() else -100)
    # an end past the scene's edge cannot be brought into view
    _drag(window, qtbot, start, start + toward_middle)
    qtbot.keyRelease(view.viewport(), Qt.Key.Key_Space)
    assert doc.get(Card, card.id) == card
    assert view.isInteractive()


def test_duplicating_cards_of_two_cells_keeps_each_copy_in_its_cell(window) -> None:
    doc, _, stages, lanes = _journey(window)
    touch = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
    thought = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    a, b = doc.cell(stages[0].id, touch.id)[0], doc.cell(stages[1].id, thought.id)[0]
    sizes = len(doc.cell(stages[0].id, touch.id)), len(doc.cell(stages[1].id, thought.id))
    window.map.scene.clearSelection()
    window.map.scene.cards[a.id].setSelected(True)
    window.map.scene.cards[b.id].setSelected(True)
    window.map.duplicate_selection()
    assert (len(doc.cell(stages[0].id, touch.id)), len(doc.cell(stages[1].id, thought.id))) == (sizes[0] + 1,
                                                                                                sizes[1] + 1)
    assert window.editor.history.undo_label == "Duplicate 2 cards"


def test_undo_shows_the_journey_it_changed(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.editor.run(lambda d: __import__(
        "journeydesk.core.commands", fromlist=["x"]).delete_cards(d, [card.id]))
    window.editor.show_journey(doc.journeys()[2].id)
    window.undo()
    assert window.editor.journey_id == journey.id
    assert card.id in window.map.scene.cards


def test_insert_menu_offers_every_lane_kind(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    window.actions_by_name["insert_lane_emotions"].trigger()
    window.map.scene.close_editor(commit=False)
    kinds = [lane.kind for lane in doc.lanes(journey.id)]
    assert kinds.count(LaneKind.EMOTIONS) == 2


def test_keyboard_alone_reaches_a_cell_and_adds_a_card(window, qtbot) -> None:
    doc, _, _stages, _lanes = _journey(window)
    viewport = window.map.view.viewport()
    window.map.scene.clearSelection()
    window.map.view.setFocus()
    qtbot.keyClick(viewport, Qt.Key.Key_Right)
    (selected,) = window.map.scene.selected_ids()
    first = doc.get(Card, selected)
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    assert window.map.scene.selected_cell == (first.stage_id, first.lane_id)
    qtbot.keyClick(viewport, Qt.Key.Key_Right)
    cell = window.map.scene.selected_cell
    assert cell[0] != first.stage_id
    before = len(doc.cell(*cell))
    qtbot.keyClicks(viewport, "By keyboard")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    assert [c.text for c in doc.cell(*cell)][before:] == ["By keyboard"]


def test_a_card_dropped_where_cards_cannot_go_returns_to_its_place(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    layout = window.map.scene.layout
    rect = layout.card_rects[card.id]
    emotions = layout.emotion_lanes()[0]
    label = window.editor.history.undo_label
    _drag(window, qtbot, QPointF(rect.x + 20, rect.y + 20),
          QPointF(layout.stage_rects[stages[2].id].x + 50, layout.score_y(emotions.id, 0)))
    assert doc.get(Card, card.id) == card and window.editor.history.undo_label == label
    assert window.map.scene.cards[card.id].pos() == QPointF(rect.x, rect.y)
