"""Real gestures on the map: palette drops, card and marker drags, header reorder, text entry, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Card, EmotionMarker
from journeydesk.ui.panels.palette import element_mime_data

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"


def _journey(win):
    doc = win.editor.document
    journey = doc.journeys()[0]
    return doc, journey, doc.stages(journey.id), doc.lanes(journey.id)


def _viewport_point(win, scene_point: QPointF) -> QPoint:
    view = win.map.view
    view.centerOn(scene_point)
    QApplication.processEvents()
    return view.mapFromScene(scene_point)


def _drag(win, qtbot, start: QPointF, end: QPointF, while_held=None) -> None:
    """Press at ``start``, move in steps with the left button held, release at ``end`` (scene points).

    ``while_held``, when given, is called after the last move and before the release.
    """
    view = win.map.view
    viewport = view.viewport()
    # clear of the side strips that scroll the map during a drag
    inner = viewport.rect().adjusted(31, 0, -31, 0)
    while True:
        view.centerOn((start + end) / 2)
        for point in (end, start):  # as a person sees them: not under the pinned stage row or lane column
            view.ensureVisible(QRectF(point, QSizeF(1, 1)), 40, 40)
        QApplication.processEvents()
        a, b = view.mapFromScene(start), view.mapFromScene(end)
        if (inner.contains(a) and inner.contains(b)) or view.zoom() < 0.3:
            break
        view.set_zoom(view.zoom() * 0.8)  # as a person would, to see both ends at once
    assert inner.contains(a) and inner.contains(b), "both ends of the drag must be in view"
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 9):
        point = QPointF(a) + (QPointF(b) - QPointF(a)) * step / 8
        move = QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    if while_held is not None:
        while_held()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _drop(win, kind: str, scene_point: QPointF) -> None:
    viewport = win.map.view.viewport()
    pos = QPointF(_viewport_point(win, scene_point))
    data = element_mime_data(kind)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos.toPoint(), actions, data, buttons, mods),
                  QDragMoveEvent(pos.toPoint(), actions, data, buttons, mods),
                  QDropEvent(pos, actions, data, buttons, mods)):
        QApplication.sendEvent(viewport, event)


def _center(rect) -> QPointF:
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


def test_the_scene_shows_the_journey(window) -> None:
    doc, journey, stages, lanes = _journey(window)
    scene = window.map.scene
    assert set(scene.cards) == {c.id for c in doc.cards(journey.id)}
    assert set(scene.markers) == {m.id for m in doc.markers(journey.id)}
    assert set(scene.headers) == {s.id for s in stages} | {x.id for x in lanes}
    assert window.windowTitle().startswith("example.journey")


def test_dropping_a_palette_touchpoint_creates_one_card_in_that_cell(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
    before = {c.id for c in doc.cell(stages[2].id, lane.id)}
    total = doc.count(Card)
    cell = window.map.scene.layout.cell_rect(stages[2].id, lane.id)
    _drop(window, "touchpoint", QPointF(cell.right - 5, cell.bottom - 5))
    after = doc.cell(stages[2].id, lane.id)
    assert doc.count(Card) == total + 1
    assert len(after) == len(before) + 1
    (new,) = [c for c in after if c.id not in before]
    assert new.kind.value == "touchpoint"
    window.map.scene.close_editor(commit=False)
    window.editor.undo()
    assert doc.count(Card) == total and new.id not in window.map.scene.cards


def test_dragging_a_card_to_another_stage_is_one_undo_step(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    card = doc.cell(stages[0].id, lane.id)[0]
    layout = window.map.scene.layout
    start = _center(layout.card_rects[card.id])
    target = layout.cell_rect(stages[3].id, lane.id)
    window.map.view.set_zoom(0.5)  # the whole drag on screen: near an edge the map would scroll under it
    _drag(window, qtbot, start, QPointF(target.right - 8, target.y + 20))
    moved = doc.get(Card, card.id)
    assert (moved.stage_id, moved.lane_id) == (stages[3].id, lane.id)
    assert window.editor.history.undo_label == "Move card"
    item = window.map.scene.cards[card.id]
    assert item.pos() == QPointF(window.map.scene.layout.card_rects[card.id].x,
                                 window.map.scene.layout.card_rects[card.id].y)
    window.editor.undo()
    assert doc.get(Card, card.id).stage_id == stages[0].id
    assert window.editor.history.undo_label != "Move card"


def test_dragging_an_emotion_marker_changes_its_score(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    marker = min(doc.markers(journey.id), key=lambda m: m.score)
    x, y = window.map.scene.layout.marker_points[marker.id]
    emotions = window.map.scene.layout.emotion_lanes()[0]
    top = window.map.scene.layout.score_y(emotions.id, 2)
    _drag(window, qtbot, QPointF(x, y), QPointF(x, top))
    assert doc.get(EmotionMarker, marker.id).score == 2
    assert window.editor.history.undo_label == "Move emotion marker"


def test_editing_a_card_in_place_commits_its_text(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    item = window.map.scene.cards[card.id]
    window.map.scene.clearSelection()
    item.setSelected(True)
    viewport = window.map.view.viewport()
    _viewport_point(window, item.sceneBoundingRect().center())
    window.map.view.setFocus()
    qtbot.keyClick(viewport, Qt.Key.Key_F2)
    editor = window.map.scene.editor
    assert editor is not None
    editor.setPlainText("")
    qtbot.keyClicks(viewport, "Rewritten in place")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert doc.get(Card, card.id).text == "Rewritten in place"
    assert window.map.scene.editor is None
    assert window.editor.history.undo_label == "Edit card text"


def test_dragging_a_stage_header_reorders_stages(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    layout = window.map.scene.layout
    first = layout.stage_rects[stages[0].id]
    third = layout.stage_rects[stages[2].id]
    _drag(window, qtbot, QPointF(first.x + 40, first.y + 30), QPointF(third.x + third.w * 0.75, first.y + 30))
    order = [s.name for s in doc.stages(journey.id)]
    assert order == [stages[1].name, stages[2].name, stages[0].name, stages[3].name, stages[4].name]
    window.editor.undo()
    assert [s.name for s in doc.stages(journey.id)] == [s.name for s in stages]


def test_fast_entry_creates_cards_with_enter(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.OPPORTUNITIES)
    cell = window.map.scene.layout.cell_rect(stages[4].id, lane.id)
    before = len(doc.cell(stages[4].id, lane.id))
    viewport = window.map.view.viewport()
    point = _viewport_point(window, QPointF(cell.right - 6, cell.bottom - 6))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert window.map.scene.selected_cell == (stages[4].id, lane.id)
    for text in ("First idea", "Second idea", "Third idea"):
        qtbot.keyClicks(viewport, text)
        qtbot.keyClick(viewport, Qt.Key.Key_Return)
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    texts = [c.text for c in doc.cell(stages[4].id, lane.id)]
    assert texts[before:] == ["First idea", "Second idea", "Third idea"]
    assert window.map.scene.editor is None


def test_undo_and_redo_restore_the_scene(window, qtbot) -> None:
    doc, journey, stages, lanes = _journey(window)
    scene = window.map.scene
    lane = next(x for x in lanes if x.kind == LaneKind.PAIN_POINTS)
    cell = scene.layout.cell_rect(stages[1].id, lane.id)
    _drop(window, "pain_point", QPointF(cell.x + 20, cell.y + 20))
    scene.close_editor(commit=False)
    _drop(window, "stage", QPointF(scene.layout.width - 5, scene.layout.metrics.title_height + 5))
    scene.close_editor(commit=False)

    def matches() -> bool:
        layout = scene.layout
        return (set(scene.cards) == {c.id for c in doc.cards(journey.id)}
                and set(scene.headers) == {s.id for s in doc.stages(journey.id)} | {
                    x.id for x in doc.lanes(journey.id)}
                and all(item.pos() == QPointF(layout.card_rects[i].x, layout.card_rects[i].y)
                        for i, item in scene.cards.items()))

    assert matches() and len(doc.stages(journey.id)) == 6
    window.editor.undo()
    assert matches() and len(doc.stages(journey.id)) == 5
    window.editor.undo()
    assert matches()
    window.editor.redo()
    window.editor.redo()
    assert matches() and len(doc.stages(journey.id)) == 6


def test_closing_and_reopening_shows_the_same_journey(window, tmp_path: Path) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.editor.run(lambda d: __import__("journeydesk.core.commands", fromlist=["x"]).update_card(
        d, card.id, text="Kept on disk"))
    snapshot = doc.snapshot()
    window.close_project()
    assert window.pages.currentWidget() is window.welcome
    assert window.open_path(tmp_path / "example.journey")
    assert window.editor.document.snapshot() == snapshot
    assert window.map.scene.cards[card.id].card.text == "Kept on disk"


def test_a_screenshot_of_the_main_window_is_not_blank(window, tmp_path: Path) -> None:
    window.map.view.fit_journey()
    image = window.grab().toImage()
    assert image.save(str(tmp_path / "window.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 30


def test_far_zoomed_out_the_map_is_one_picture(window) -> None:
    view = window.map.view
    view.set_zoom(0.05)
    image = view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5
    revision = window.map.scene.revision
    _doc, journey, _stages, _lanes = _journey(window)
    window.editor.run(lambda d: __import__("journeydesk.core.commands", fromlist=["x"]).add_stage(
        d, journey.id, "Later"))
    assert window.map.scene.revision > revision
    view.viewport().grab()
    assert view._overview[0][0] == window.map.scene.revision
