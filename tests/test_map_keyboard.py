"""The map from the keyboard and the Edit menu: delete, arrows, copy and paste, find, insert, zoom."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Card, EmotionMarker, Journey
from journeydesk.ui.panels.personas_panel import persona_mime_data
from tests.test_map_editor import _drag, _drop, _journey, _viewport_point


def _select(win, cards) -> None:
    scene = win.map.scene
    scene.clearSelection()
    for card in cards:
        scene.cards[card.id].setSelected(True)


def test_delete_key_removes_the_selected_cards_in_one_step(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    chosen = doc.cards(journey.id)[:3]
    total = doc.count(Card)
    _select(window, chosen)
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Delete)
    assert doc.count(Card) == total - 3
    assert window.editor.history.undo_label == "Delete 3 cards"
    window.editor.undo()
    assert doc.count(Card) == total


def test_arrow_keys_move_the_selection_between_cards(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    first = doc.cell(stages[0].id, lane.id)[0]
    _select(window, [first])
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Right)
    selected = window.map.scene.selected_ids()
    assert len(selected) == 1 and doc.get(Card, selected[0]).stage_id == stages[1].id


def test_copy_and_paste_into_another_journey(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    touch = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
    originals = doc.cell(stages[0].id, touch.id)[:2]
    _select(window, originals)
    assert window.map.copy_selection()
    # The clipboard holds the grid a spreadsheet takes: both cards share one cell, one per line.
    cells = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text()), delimiter="\t"))
    assert cells == [["\n".join(c.text for c in originals)]]
    other = doc.journeys()[1]
    window.editor.show_journey(other.id)
    target_stage = doc.stages(other.id)[1]
    target_lane = next(x for x in doc.lanes(other.id) if x.kind == LaneKind.TOUCHPOINTS)
    window.map.scene.select_cell((target_stage.id, target_lane.id))
    before = len(doc.cell(target_stage.id, target_lane.id))
    window.actions_by_name["paste"].trigger()
    pasted = doc.cell(target_stage.id, target_lane.id)[before:]
    assert [c.text for c in pasted] == [c.text for c in originals]
    assert all(c.journey_id == other.id and c.id not in {o.id for o in originals} for c in pasted)
    assert pasted[0].category == originals[0].category
    assert window.editor.history.undo_label == "Paste 2 cards"


def test_plain_text_from_other_apps_pastes_as_cards(window) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.ACTIONS)
    data = QMimeData()
    data.setText("Calls the shop\n\nAsks a friend\n")
    QGuiApplication.clipboard().setMimeData(data)
    window.map.scene.select_cell((stages[2].id, lane.id))
    before = len(doc.cell(stages[2].id, lane.id))
    window.map.paste()
    assert [c.text for c in doc.cell(stages[2].id, lane.id)[before:]] == ["Calls the shop", "Asks a friend"]


def test_duplicate_places_copies_after_the_originals(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    _select(window, [card])
    window.actions_by_name["duplicate"].trigger()
    cell = doc.cell(card.stage_id, card.lane_id)
    index = [c.id for c in cell].index(card.id)
    assert cell[index + 1].text == card.text and cell[index + 1].id != card.id


def test_find_matches_cards_ignoring_width_and_case(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    window.map.show_find()
    window.map.find_box.setText("ＣＨＥＣＫＯＵＴ")
    found = window.map.scene.marked
    expected = {c.id for c in doc.cards(journey.id) if "checkout" in c.text.lower()}
    assert found and set(found) == expected
    assert len(window.map.scene.selected_ids()) == 1 and window.map.scene.selected_ids()[0] in expected


def test_insert_menu_adds_a_card_to_the_selected_cell(window) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.PAIN_POINTS)
    window.map.scene.select_cell((stages[3].id, lane.id))
    before = len(doc.cell(stages[3].id, lane.id))
    window.actions_by_name["insert_pain_point"].trigger()
    assert len(doc.cell(stages[3].id, lane.id)) == before + 1
    assert window.map.scene.editor is not None
    window.map.scene.editor.insert_text("Long queue")
    window.map.scene.editor.commit()
    assert doc.cell(stages[3].id, lane.id)[-1].text == "Long queue"


def test_dropping_a_marker_and_a_persona(window) -> None:
    doc, journey, stages, _lanes = _journey(window)
    layout = window.map.scene.layout
    emotions = layout.emotion_lanes()[0]
    stage = layout.stage_rects[stages[1].id]
    known = {m.id for m in doc.all(EmotionMarker)}
    _drop(window, "emotion_marker", QPointF(stage.x + stage.w * 0.5, layout.score_y(emotions.id, -1)))
    (new,) = [m for m in doc.all(EmotionMarker) if m.id not in known]
    assert new.score == -1 and new.stage_id == stages[1].id and new.offset == 0.5
    assert new.id in window.map.scene.markers
    persona = doc.personas()[2]
    viewport = window.map.view.viewport()
    pos = QPointF(_viewport_point(window, QPointF(300, 30)))
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    data, action = persona_mime_data(persona), Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos.toPoint(), action, data, buttons, mods),
                  QDragMoveEvent(pos.toPoint(), action, data, buttons, mods),
                  QDropEvent(pos, action, data, buttons, mods)):
        QApplication.sendEvent(viewport, event)
    assert doc.get(Journey, journey.id).persona_id == persona.id


def test_double_click_renames_a_stage(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    header = window.map.scene.headers[stages[1].id]
    viewport = window.map.view.viewport()
    point = _viewport_point(window, header.sceneBoundingRect().center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    editor = window.map.scene.editor
    assert editor is not None
    editor.setPlainText("")
    qtbot.keyClicks(viewport, "Research")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert doc.stages(journey.id)[1].name == "Research"
    assert window.editor.history.undo_label == "Rename stage"


def test_ctrl_wheel_zooms_and_status_shows_it(window) -> None:
    view = window.map.view
    before = view.zoom()
    viewport = view.viewport()
    center = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(center, viewport.mapToGlobal(center), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert view.zoom() > before
    assert window.zoom_label.text() == f"Zoom {round(view.zoom() * 100)} %"


def test_presentation_mode_is_read_only_until_toggled_back(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    window.toggle_presentation()
    qtbot.wait(20)
    assert window.presenting and not window.docks["inspector"].isVisible()
    assert not window.actions_by_name["delete"].isEnabled()
    lane = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    card = doc.cell(stages[0].id, lane.id)[0]
    layout = window.map.scene.layout
    target = layout.cell_rect(stages[2].id, lane.id)
    start = QPointF(layout.card_rects[card.id].x + 20, layout.card_rects[card.id].y + 20)
    _drag(window, qtbot, start, QPointF(target.x + 30, target.y + 30))
    assert doc.get(Card, card.id).stage_id == stages[0].id
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and window.actions_by_name["delete"].isEnabled()


def test_read_only_projects_refuse_gestures(window, tmp_path: Path, qtbot) -> None:
    from journeydesk.store.store import Store

    path = tmp_path / "example.journey"
    window.close_project()
    with Store.open(path):
        assert window.open_path(path)
        doc, _, stages, lanes = _journey(window)
        total = doc.count(Card)
        lane = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
        cell = window.map.scene.layout.cell_rect(stages[0].id, lane.id)
        _drop(window, "touchpoint", QPointF(cell.x + 10, cell.y + 10))
        assert doc.count(Card) == total
        window.close_project()


def test_quitting_after_a_copy_does_not_crash(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = f"""
import shutil
from journeydesk.ui.style.application import application, release_clipboard
from journeydesk.ui.window.main_window import MainWindow
shutil.copy({str(Path(__file__).resolve().parents[1] / "resources" / "example.journey")!r},
            {str(tmp_path / "c.journey")!r})
app = application()
window = MainWindow(remember_layout=False)
window.open_path({str(tmp_path / "c.journey")!r})
for item in list(window.map.scene.cards.values())[:2]:
    item.setSelected(True)
assert window.map.copy_selection()
app.aboutToQuit.connect(release_clipboard)
app.aboutToQuit.emit()
window.editor.close()
print("done")
"""
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
