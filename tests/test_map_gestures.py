"""Direct manipulation on the map: where the keys go after a drop, Escape, live marker drags, drag
feedback, stepping through Find matches, Tab through header names, the selection after a new project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Card, EmotionMarker, Stage
from journeydesk.ui.canvas.inline_editor import InlineEditor
from journeydesk.ui.panels import palette as palette_module
from journeydesk.ui.panels.palette import element_mime_data
from journeydesk.ui.style import theme
from tests.test_map_editor import _center, _journey, _viewport_point

SCORE_TEXT = {-2: "−2 Very negative", -1: "−1 Negative", 0: "0 Neutral", 1: "+1 Positive",
              2: "+2 Very positive"}


def _move(widget, point: QPointF) -> None:
    """A mouse move with the left button held (qtbot's own moves carry no button)."""
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point),
                                               Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                               Qt.KeyboardModifier.NoModifier))


def _drag_events(viewport, data, points: list[QPointF], *, drop: bool = True) -> None:
    """What the platform's drag loop sends the view: enter, a move per point, then the drop at the last."""
    action, buttons, mods = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(points[0].toPoint(), action, data, buttons, mods))
    for point in points:
        QApplication.sendEvent(viewport, QDragMoveEvent(point.toPoint(), action, data, buttons, mods))
    if drop:
        QApplication.sendEvent(viewport, QDropEvent(points[-1], action, data, buttons, mods))


def _drag_from_palette(win, qtbot, monkeypatch, kind: str, scene_point: QPointF) -> list:
    """Press on the palette's entry and pull it out; the drag Qt starts is dropped at ``scene_point``.

    ``QDrag.exec`` blocks in a platform loop that offscreen Qt cannot run, so a stand-in delivers the
    drag's own mime data to the map as that loop would. Returns the drags started (with their pixmaps).
    """
    palette = win.palette
    viewport = win.map.view.viewport()
    target = QPointF(_viewport_point(win, scene_point))
    started = []

    class Drag(palette_module.QDrag):
        def exec(self, *_args) -> Qt.DropAction:
            started.append(self.pixmap())
            _drag_events(viewport, self.mimeData(), [target + QPointF(-30, 0), target])
            return Qt.DropAction.CopyAction

    monkeypatch.setattr(palette_module, "QDrag", Drag)
    row = [palette.item(i).data(Qt.ItemDataRole.UserRole) for i in range(palette.count())].index(kind)
    start = QPointF(palette.visualItemRect(palette.item(row)).center())
    palette.setFocus()
    qtbot.mousePress(palette.viewport(), Qt.MouseButton.LeftButton, pos=start.toPoint())
    for step in range(1, 8):
        _move(palette.viewport(), start + QPointF(6 * step, 0))
    qtbot.mouseRelease(palette.viewport(), Qt.MouseButton.LeftButton, pos=(start + QPointF(42, 0)).toPoint())
    return started


def _type(qtbot, text: str) -> None:
    """Type as a person does: into whatever has the keyboard focus."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


# ----- 1. typing after a drop from the palette


def test_typing_after_a_palette_drag_goes_into_the_dropped_card(window, qtbot, monkeypatch) -> None:
    doc, _, stages, lanes = _journey(window)
    lane = next(x for x in lanes if x.kind == LaneKind.OPPORTUNITIES)
    cell = window.map.scene.layout.cell_rect(stages[4].id, lane.id)
    total = doc.count(Card)
    steps_before = window.editor.history.undo_label
    started = _drag_from_palette(window, qtbot, monkeypatch, "opportunity", QPointF(cell.right - 5,
                                                                                    cell.bottom - 5))
    assert len(started) == 1
    assert QApplication.focusWidget() is window.map.view
    _type(qtbot, "Free returns")
    _key(qtbot, Qt.Key.Key_Return)
    assert doc.count(Card) == total + 1  # Enter went to the card, not to the palette (no second card)
    added = doc.cell(stages[4].id, lane.id)[-1]
    assert (added.kind.value, added.text) == ("opportunity", "Free returns")
    assert window.map.scene.editor is None
    history = window.editor.history
    assert history.undo_label == "Edit card text"
    window.editor.undo()
    assert history.undo_label == "Add opportunity"
    window.editor.undo()
    assert doc.count(Card) == total and history.undo_label == steps_before


def test_the_palette_drag_shows_a_small_chip_not_the_whole_row(window, qtbot, monkeypatch) -> None:
    _doc, _, stages, lanes = _journey(window)
    cell = window.map.scene.layout.cell_rect(stages[0].id, lanes[0].id)
    (pixmap,) = _drag_from_palette(window, qtbot, monkeypatch, "touchpoint",
                                   QPointF(cell.x + 20, cell.y + 20))
    row = window.palette.visualItemRect(window.palette.item(0))
    size = pixmap.deviceIndependentSize()
    assert size.height() <= 40 and size.width() < row.width() * 0.7
    image = pixmap.toImage()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners: not a filled bar
    inked = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(inked) > 10  # an icon and a name are drawn on it


def test_a_dropped_stage_takes_its_name_from_the_keyboard(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    layout = window.map.scene.layout
    window.palette.setFocus()
    data = window.palette.mimeData([window.palette.item(0)])
    target = QPointF(_viewport_point(window, QPointF(layout.width - 5, layout.metrics.title_height + 5)))
    _drag_events(window.map.view.viewport(), data, [target])
    assert QApplication.focusWidget() is window.map.view
    _type(qtbot, "Aftercare")
    _key(qtbot, Qt.Key.Key_Return)
    assert [s.name for s in doc.stages(journey.id)] == [s.name for s in stages] + ["Aftercare"]
    assert window.editor.history.undo_label == "Rename stage"


# ----- 2. Escape after fast entry


def test_escape_after_fast_entry_leaves_nothing_behind(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    scene = window.map.scene
    lane = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    cell = scene.layout.cell_rect(stages[4].id, lane.id)
    slot = scene.layout.card_rect(stages[4].id, lane.id, len(doc.cell(stages[4].id, lane.id)))
    viewport = window.map.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=_viewport_point(window, QPointF(cell.right - 6, cell.bottom - 6)))
    cards, label = doc.count(Card), window.editor.history.undo_label
    _type(qtbot, "Half a thou")
    assert scene.editor is not None and scene.editor.toPlainText() == "Half a thou"
    repainted: list[QRectF] = []
    scene.changed.connect(repainted.extend)
    _key(qtbot, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert scene.editor is None
    assert not [item for item in scene.items() if isinstance(item, InlineEditor)]
    assert scene.selected_cell is None  # no dashed outline of the cell either
    assert doc.count(Card) == cards and window.editor.history.undo_label == label
    # The whole box the editor drew (a card slot, its 2 px border straddling the edge) is repainted.
    box = QRectF(slot.x - 1, slot.y - 1, slot.w + 2, slot.h + 2)
    covered = QRectF()
    for rect in repainted:
        covered = covered.united(rect)
    assert covered.contains(box)


def test_the_editor_paints_only_inside_its_bounding_rect(qapp) -> None:
    editor = InlineEditor(QRectF(0, 0, 160, 90), "one line")
    bounds = editor.boundingRect()
    assert bounds.height() >= 90
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.translate(100, 100)
    editor.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    inside = bounds.translated(100, 100).toAlignedRect()
    outside = [(x, y) for x in range(0, 400, 2) for y in range(0, 300, 2)
               if not inside.contains(x, y) and image.pixelColor(x, y).alpha()]
    assert outside == []


# ----- 3. marker drags show their effect live


def _curve_passes(scene, point: QPointF) -> bool:
    """Whether the emotion curve, as drawn now, goes through ``point`` (its 2.5 px stroke)."""
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.translate(-rect.topLeft())
    scene.curve.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    pixel = image.pixelColor(int(point.x()), int(point.y()))
    line = QColor(theme.current().curve)
    return pixel.alpha() > 200 and all(abs(a - b) < 40 for a, b in zip(pixel.getRgb()[:3], line.getRgb()[:3],
                                                                        strict=True))


def test_dragging_a_marker_moves_the_curve_and_the_inspector_before_the_drop(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    scene = window.map.scene
    layout = scene.layout
    marker = min(doc.markers(journey.id), key=lambda m: m.score)
    assert marker.score <= 0
    x, y = layout.marker_points[marker.id]
    top = layout.score_y(marker.lane_id, 2)
    inspector = window.docks["inspector"].widget()
    history = window.editor.history
    label = history.undo_label
    view = window.map.view
    view.centerOn(QPointF(x, (y + top) / 2))
    QApplication.processEvents()
    viewport = view.viewport()
    start, end = QPointF(view.mapFromScene(QPointF(x, y))), QPointF(view.mapFromScene(QPointF(x, top)))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start.toPoint())
    assert inspector.shown_id == marker.id
    assert inspector.field("score").currentText() == SCORE_TEXT[marker.score]
    assert _curve_passes(scene, QPointF(x, y))
    for step in range(1, 9):
        _move(viewport, start + (end - start) * step / 8)
    # Mid-drag: the curve runs through the marker where it is now, the inspector shows its new score,
    # and nothing has been edited yet.
    assert _curve_passes(scene, QPointF(x, top)) and not _curve_passes(scene, QPointF(x, y))
    assert inspector.field("score").currentText() == "+2 Very positive"
    assert doc.get(EmotionMarker, marker.id).score == marker.score and history.undo_label == label
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert doc.get(EmotionMarker, marker.id).score == 2
    assert history.undo_label == "Move emotion marker"
    window.editor.undo()
    assert doc.get(EmotionMarker, marker.id) == marker and history.undo_label == label
    assert inspector.field("score").currentText() == SCORE_TEXT[marker.score]
    assert _curve_passes(scene, QPointF(x, y))


def test_a_marker_dragged_back_to_where_it_was_makes_no_edit(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    scene = window.map.scene
    marker = doc.markers(journey.id)[0]
    x, y = scene.layout.marker_points[marker.id]
    top = scene.layout.score_y(marker.lane_id, 2 if marker.score < 2 else -2)
    label = window.editor.history.undo_label
    view = window.map.view
    view.centerOn(QPointF(x, (y + top) / 2))
    QApplication.processEvents()
    viewport = view.viewport()
    start, far = QPointF(view.mapFromScene(QPointF(x, y))), QPointF(view.mapFromScene(QPointF(x, top)))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start.toPoint())
    _move(viewport, far)
    inspector = window.docks["inspector"].widget()
    assert inspector.field("score").currentText() != SCORE_TEXT[marker.score]
    _move(viewport, start)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start.toPoint())
    assert window.editor.history.undo_label == label and doc.get(EmotionMarker, marker.id) == marker
    assert inspector.field("score").currentText() == SCORE_TEXT[marker.score]
    assert _curve_passes(scene, QPointF(x, y))


# ----- 4. feedback while dragging from the palette


def test_a_palette_drag_highlights_where_it_would_land(window) -> None:
    doc, journey, stages, lanes = _journey(window)
    scene = window.map.scene
    layout = scene.layout
    viewport = window.map.view.viewport()
    touchpoints = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
    pains = next(x for x in lanes if x.kind == LaneKind.PAIN_POINTS)

    def at(point: QPointF) -> QPointF:
        return QPointF(window.map.view.mapFromScene(point))

    def highlighted() -> QRectF | None:
        return scene.drop_target.sceneBoundingRect() if scene.drop_target.isVisible() else None

    def around(rect) -> QRectF:
        return QRectF(rect.x - 3, rect.y - 3, rect.w + 6, rect.h + 6)

    first = layout.cell_rect(stages[1].id, touchpoints.id)
    second = layout.cell_rect(stages[2].id, pains.id)
    window.map.view.centerOn(_center(first))
    data = element_mime_data("touchpoint")
    _drag_events(viewport, data, [at(_center(first))], drop=False)
    shown = highlighted()
    assert shown is not None and around(first).contains(shown) and shown.width() > first.w - 8
    window.map.view.centerOn(_center(second))
    _drag_events(viewport, data, [at(_center(second))], drop=False)
    shown = highlighted()
    assert shown is not None and around(second).contains(shown) and shown.height() > second.h - 8
    emotions = layout.emotion_lanes()[0]
    _drag_events(viewport, data, [at(QPointF(_center(second).x(), layout.score_y(emotions.id, 0)))],
                 drop=False)
    assert highlighted() is None  # cards cannot go into the emotions lane
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert highlighted() is None and not scene.guide.isVisible()

    band = layout.lane_rects[emotions.id]
    _drag_events(viewport, element_mime_data("emotion_marker"),
                 [at(QPointF(_center(second).x(), band.y + 5))], drop=False)
    shown = highlighted()
    assert shown is not None and shown.top() >= band.y - 2 and shown.bottom() <= band.bottom + 2
    assert shown.width() > layout.width * 0.6

    _drag_events(viewport, element_mime_data("persona"), [at(_center(second))], drop=False)
    assert highlighted() is not None and highlighted().contains(scene.title.sceneBoundingRect().center())

    stage_rect = layout.stage_rects[stages[2].id]
    _drag_events(viewport, element_mime_data("stage"), [at(QPointF(stage_rect.x + 10, stage_rect.y + 10))],
                 drop=False)
    assert highlighted() is None and scene.guide.isVisible()
    assert abs(scene.guide.line().x1() - stage_rect.x) < 1
    stages_before = len(stages)
    _drag_events(viewport, element_mime_data("stage"), [at(QPointF(stage_rect.x + 10, stage_rect.y + 10))])
    assert highlighted() is None and not scene.guide.isVisible()
    assert len(doc.stages(journey.id)) == stages_before + 1


# ----- 5. Find: the current match, F3 and Shift+F3


def test_find_marks_the_current_match_and_f3_steps_through_them(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    scene = window.map.scene
    layout = scene.layout
    actions = window.actions_by_name
    assert actions["find_next"].shortcut() == QKeySequence(QKeySequence.StandardKey.FindNext)
    assert actions["find_previous"].shortcut() == QKeySequence(QKeySequence.StandardKey.FindPrevious)
    edit_menu = window.menuBar().actions()[1].menu()
    assert {actions["find_next"], actions["find_previous"]} <= set(edit_menu.actions())
    query = "order"
    expected = sorted((c for c in doc.cards(journey.id) if query in c.text.lower()),
                      key=lambda c: (layout.card_rects[c.id].x, layout.card_rects[c.id].y))
    assert len(expected) >= 3
    ids = [c.id for c in expected]
    qtbot.keyClick(window.map.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.map.find_box.hasFocus()
    qtbot.keyClicks(window.map.find_box, query.upper())
    status = window.statusBar()
    assert scene.selected_ids() == [ids[0]]
    assert scene.marked == ids
    assert status.currentMessage() == f"Match 1 of {len(ids)}"
    marks = scene.find_marks.path().boundingRect()
    for card_id in ids:
        assert marks.contains(scene.cards[card_id].sceneBoundingRect())
    view = window.map.view
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_F3)
    assert scene.selected_ids() == [ids[1]] and status.currentMessage() == f"Match 2 of {len(ids)}"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.cards[ids[1]].sceneBoundingRect())
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == [ids[-1]]
    assert status.currentMessage() == f"Match {len(ids)} of {len(ids)}"
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_Return)
    assert scene.selected_ids() == [ids[0]]
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_Escape)
    assert scene.find_marks.path().isEmpty() and not window.map.find_box.isVisible()
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)  # the query is kept: F3 goes on after the bar is closed
    assert scene.selected_ids() == [ids[1]]
    window.close_project()
    assert not actions["find_next"].isEnabled() and not actions["find_previous"].isEnabled()


def test_f3_before_any_search_opens_the_find_bar(window, qtbot) -> None:
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view, Qt.Key.Key_F3)
    assert window.map.find_box.isVisible() and window.map.find_box.hasFocus()


# ----- 6. Tab through stage and lane names


def _rename_header(win, qtbot, entity_id: str) -> None:
    header = win.map.scene.headers[entity_id]
    point = _viewport_point(win, header.sceneBoundingRect().center())
    qtbot.mouseDClick(win.map.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert win.map.scene.editor is not None and win.map.scene.editor.target_id == entity_id


def test_tab_in_a_stage_name_saves_it_and_renames_the_next_stage(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    scene = window.map.scene
    _rename_header(window, qtbot, stages[1].id)
    _type(qtbot, "Research")
    _key(qtbot, Qt.Key.Key_Tab)
    assert doc.get(Stage, stages[1].id).name == "Research"
    assert scene.editor is not None and scene.editor.target_id == stages[2].id
    assert scene.editor.textCursor().selectedText() == stages[2].name  # typing replaces the old name
    assert scene.selected_ids() == [stages[2].id]
    _type(qtbot, "Compare")
    _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert doc.get(Stage, stages[2].id).name == "Compare"
    assert scene.editor is not None and scene.editor.target_id == stages[1].id
    _key(qtbot, Qt.Key.Key_Escape)
    assert scene.editor is None
    assert [s.name for s in doc.stages(journey.id)] == [stages[0].name, "Research", "Compare",
                                                        stages[3].name, stages[4].name]
    history = window.editor.history
    assert history.undo_label == "Rename stage"
    window.editor.undo()
    window.editor.undo()
    assert [s.name for s in doc.stages(journey.id)] == [s.name for s in stages]


def test_tab_in_the_last_lane_name_saves_it_and_stops(window, qtbot) -> None:
    doc, journey, _stages, lanes = _journey(window)
    scene = window.map.scene
    _rename_header(window, qtbot, lanes[-2].id)
    _type(qtbot, "Feelings")
    _key(qtbot, Qt.Key.Key_Tab)
    assert scene.editor is not None and scene.editor.target_id == lanes[-1].id
    _type(qtbot, "Behind the scenes")
    _key(qtbot, Qt.Key.Key_Tab)
    assert scene.editor is None
    names = [x.name for x in doc.lanes(journey.id)]
    assert names == [x.name for x in lanes[:-2]] + ["Feelings", "Behind the scenes"]
    assert "\t" not in "".join(names)


# ----- 7. the selection in the status bar after a project change


def test_the_selection_count_follows_a_new_project(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.map.scene.cards[card.id].setSelected(True)
    assert window.selection_label.text() == "1 selected"
    assert "card" in window.map.view.accessibleDescription()
    monkeypatch.setattr("journeydesk.ui.window.project_files.QFileDialog.getSaveFileName",
                        lambda *_args, **_kwargs: (str(tmp_path / "fresh.journey"), ""))
    window.actions_by_name["new_support_en"].trigger()
    assert window.editor.store is not None and window.editor.store.path.name == "fresh.journey"
    assert window.map.scene.selectedItems() == []
    assert window.selection_label.text() == ""
    assert window.map.view.accessibleDescription().startswith("Nothing selected")
