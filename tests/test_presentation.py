"""Presentation mode through the keys a presenter's clicker sends: overview, stage steps, progress,
leaving."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from journeydesk.core import commands
from journeydesk.core.enums import LaneKind
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.model import Card
from tests.test_map_editor import _journey


def _present(win, qtbot) -> None:
    """F5 on the map, as a person presses it; waits until the window covers the screen."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.map.view, Qt.Key.Key_F5)
    assert win.presenting
    qtbot.waitUntil(lambda: win.geometry() == win.screen().geometry())
    _settled(win, qtbot)


def _settled(win, qtbot) -> None:
    qtbot.waitUntil(lambda: not win.presentation.animating, timeout=3000)
    QApplication.processEvents()


def _press(win, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget() or win
    qtbot.keyClick(widget, key, modifier)
    _settled(win, qtbot)


def _visible(win) -> QRectF:
    view = win.map.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _assert_shows_stage(win, index: int) -> None:
    """The whole width and header of stage ``index`` are on screen, and a part of each neighbour.

    Between two others, a stage is centred, and its neighbours show only a part; at either end of the
    map the view stops at the map's edge, so the one neighbour may show whole.
    """
    doc = win.editor.document
    layout = JourneyLayout(doc, win.editor.journey_id)
    ids = [s.id for s in doc.stages(win.editor.journey_id)]
    stage = layout.stage_rects[ids[index]]
    seen = _visible(win)
    assert seen.left() <= stage.x and seen.right() >= stage.right, (index, seen, stage)
    assert seen.top() <= stage.y and seen.bottom() >= stage.bottom, (index, seen, stage)
    middle = 0 < index < len(ids) - 1
    if index > 0:
        before = layout.stage_rects[ids[index - 1]]
        assert seen.left() < before.right and (before.x < seen.left() or not middle), (index, seen, before)
    if index + 1 < len(ids):
        after = layout.stage_rects[ids[index + 1]]
        assert after.x < seen.right() and (seen.right() < after.right or not middle), (index, seen, after)
    if middle:
        assert abs(seen.center().x() - (stage.x + stage.w / 2)) < 1
    # Card text stays readable: not smaller than 90 % of its size in the editor at 100 %.
    assert win.map.view.zoom() >= 0.9
    assert win.presentation.label.text().startswith(f"Stage {index + 1} of {len(ids)} · ")


def test_f5_shows_the_overview_and_clicker_keys_step_through_the_stages(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    _present(window, qtbot)
    layout = JourneyLayout(doc, journey.id)
    seen = _visible(window)
    assert seen.contains(QRectF(0, 0, layout.width, layout.height))
    assert window.presentation.label.text() == f"Overview · {journey.name}"
    assert window.isFullScreen() and not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not any(dock.isVisible() for dock in window.docks.values())

    _press(window, qtbot, Qt.Key.Key_Right)
    _assert_shows_stage(window, 0)
    assert window.presentation.label.text() == f"Stage 1 of 5 · {stages[0].name}"
    _press(window, qtbot, Qt.Key.Key_PageDown)
    _assert_shows_stage(window, 1)
    assert window.presentation.label.text() == f"Stage 2 of 5 · {stages[1].name}"
    _press(window, qtbot, Qt.Key.Key_Space)
    _assert_shows_stage(window, 2)
    first_pass = _visible(window)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    _assert_shows_stage(window, 4)
    _press(window, qtbot, Qt.Key.Key_Right)  # past the last stage: stays there
    _assert_shows_stage(window, 4)
    _press(window, qtbot, Qt.Key.Key_Left)
    _assert_shows_stage(window, 3)
    _press(window, qtbot, Qt.Key.Key_PageUp)
    _assert_shows_stage(window, 2)
    assert _visible(window) == first_pass
    _press(window, qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    _assert_shows_stage(window, 1)
    _press(window, qtbot, Qt.Key.Key_End)
    _assert_shows_stage(window, 4)
    _press(window, qtbot, Qt.Key.Key_Home)
    assert _visible(window).contains(QRectF(0, 0, layout.width, layout.height))
    assert window.presentation.label.text() == f"Overview · {journey.name}"
    _press(window, qtbot, Qt.Key.Key_PageUp)  # before the overview: stays there
    assert window.presentation.step == -1


def test_steps_animate_and_work_wherever_the_focus_is(window, qtbot) -> None:
    _present(window, qtbot)
    view = window.map.view
    window.map.show_find()
    assert QApplication.focusWidget() is window.map.find_box
    start, zooms = view.zoom(), []
    view.zoom_changed.connect(zooms.append)
    qtbot.keyClick(window.map.find_box, Qt.Key.Key_PageDown)
    assert window.presentation.animating  # it moves there, not jumps
    _settled(window, qtbot)
    end = view.zoom()
    assert end > start and any(start < zoom < end for zoom in zooms)
    _assert_shows_stage(window, 0)
    window.map.find_box.hide()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    _settled(window, qtbot)
    _assert_shows_stage(window, 1)


def test_a_small_journey_shows_each_stage_whole(window, qtbot) -> None:
    editor = window.editor
    known = {j.id for j in editor.document.journeys()}
    assert editor.run(lambda d: commands.add_journey(d, "Returns"))
    (new,) = [j for j in editor.document.journeys() if j.id not in known]
    for lane in editor.document.lanes(new.id)[3:]:
        assert editor.run(lambda d, lane_id=lane.id: commands.delete_lane(d, lane_id))
    editor.show_journey(new.id)
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    layout = JourneyLayout(editor.document, new.id)
    stage = layout.stage_rects[layout.stages[1].id]
    column = QRectF(stage.x, stage.y, stage.w, layout.height - stage.y)
    assert _visible(window).contains(column)
    _assert_shows_stage(window, 1)


def test_the_hint_fades_after_a_few_seconds(window, qtbot) -> None:
    presentation = window.presentation
    presentation.hint_ms, presentation.fade_ms = 100, 200
    _present(window, qtbot)
    assert presentation.hint.isVisible() and presentation.hint_opacity.opacity() == 1.0
    assert presentation.hint_label.text() == "→ next · ← back · Esc leave"
    qtbot.waitUntil(lambda: presentation.hint_opacity.opacity() < 0.6, timeout=2000)
    assert presentation.hint.isVisible()
    qtbot.waitUntil(lambda: not presentation.hint.isVisible(), timeout=2000)
    assert presentation.progress.isVisible()


def test_esc_puts_the_window_back_exactly(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    window.resizeDocks([window.docks["palette"]], [203], Qt.Orientation.Horizontal)
    window.resizeDocks([window.docks["inspector"]], [317], Qt.Orientation.Horizontal)
    window.docks["data"].raise_()
    view.set_zoom(0.8)
    QApplication.processEvents()
    view.horizontalScrollBar().setValue(137)
    view.verticalScrollBar().setValue(91)
    chosen = [c.id for c in doc.cards(journey.id)[:2]]
    for card_id in chosen:
        scene.cards[card_id].setSelected(True)

    def snapshot() -> dict:
        return {"geometry": window.geometry(), "full": window.isFullScreen(),
                "docks": {name: (dock.isVisible(), dock.geometry()) for name, dock in window.docks.items()},
                "bars": (window.menuBar().isVisible(), window.toolbar.isVisible(),
                         window.statusBar().isVisible()),
                "zoom": view.zoom(), "scroll": (view.horizontalScrollBar().value(),
                                                view.verticalScrollBar().value()),
                "selection": sorted(scene.selected_ids()), "cell": scene.selected_cell,
                "raised": window.docks["data"].visibleRegion().isEmpty()}

    before = snapshot()
    assert (before["scroll"] == (137, 91) and abs(before["zoom"] - 0.8) < 1e-9
            and before["selection"] == sorted(chosen))
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # picks the cell typing would fill
    assert scene.selected_cell is not None
    assert snapshot() != before
    _press(window, qtbot, Qt.Key.Key_Escape)
    assert not window.presenting
    qtbot.wait(50)
    assert snapshot() == before
    # F5 leaves too, the same way.
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_F5)
    assert not window.presenting
    qtbot.wait(50)
    assert snapshot() == before


def test_typing_adds_a_card_to_the_current_stage_in_one_undo_step(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    actions = next(lane for lane in lanes if lane.kind == LaneKind.ACTIONS)
    total = doc.count(Card)
    in_cell = [c.id for c in doc.cell(stages[1].id, actions.id)]
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    view = window.map.view
    qtbot.keyClicks(view, "Asks a friend")
    assert window.map.scene.editor is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    added = [c for c in doc.cell(stages[1].id, actions.id) if c.id not in in_cell]
    assert [c.text for c in added] == ["Asks a friend"] and doc.count(Card) == total + 1
    assert window.editor.history.undo_label.startswith("Add")
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaves the next empty entry, not the presentation
    assert window.presenting and window.map.scene.editor is None
    _press(window, qtbot, Qt.Key.Key_Right)  # the clicker still steps after typing
    _assert_shows_stage(window, 2)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.count(Card) == total and doc.get(Card, added[0].id) is None
    assert window.presenting


def test_page_down_while_typing_keeps_the_text_and_steps(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    total = doc.count(Card)
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    view = window.map.view
    qtbot.keyClicks(view, "Word of mouth")
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    _settled(window, qtbot)
    assert doc.count(Card) == total + 1
    assert [c.stage_id for c in doc.cards(journey.id) if c.text == "Word of mouth"] == [stages[0].id]
    _assert_shows_stage(window, 1)


def test_presenting_keeps_existing_cards_in_place(window, qtbot) -> None:
    from tests.test_map_editor import _drag

    doc, _, stages, lanes = _journey(window)
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    thoughts = next(lane for lane in lanes if lane.kind == LaneKind.THOUGHTS)
    card = doc.cell(stages[0].id, thoughts.id)[0]
    layout = window.map.scene.layout
    rect, target = layout.card_rects[card.id], layout.cell_rect(stages[1].id, thoughts.id)
    _drag(window, qtbot, QRectF(rect.x, rect.y, rect.w, rect.h).center(), QRectF(
        target.x, target.y, target.w, target.h).center())
    assert doc.get(Card, card.id) == card
    window.map.scene.cards[card.id].setSelected(True)
    qtbot.keyClick(window.map.view, Qt.Key.Key_Delete)
    qtbot.keyClick(window.map.view, Qt.Key.Key_Return)
    assert doc.get(Card, card.id) == card and window.map.scene.editor is None


def test_clicking_a_neighbouring_stage_brings_it_to_the_screen(window, qtbot) -> None:
    _doc, _, stages, lanes = _journey(window)
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    thoughts = next(lane for lane in lanes if lane.kind == LaneKind.THOUGHTS)
    cell = window.map.scene.layout.cell_rect(stages[2].id, thoughts.id)
    view = window.map.view
    point = view.mapFromScene(cell.x + 40, cell.bottom - 8)  # below its cards: the empty part of the cell
    assert view.viewport().rect().contains(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _settled(window, qtbot)
    _assert_shows_stage(window, 2)
    assert window.map.scene.selected_cell == (stages[2].id, thoughts.id)


def test_the_other_stages_are_washed_out(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    thoughts = next(lane for lane in lanes if lane.kind == LaneKind.THOUGHTS)
    current, other = doc.cell(stages[1].id, thoughts.id)[0], doc.cell(stages[0].id, thoughts.id)[0]
    _present(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Right)
    _press(window, qtbot, Qt.Key.Key_Right)
    view, layout = window.map.view, window.map.scene.layout
    image = window.grab().toImage()

    def fill(card: Card):
        rect = layout.card_rects[card.id]
        point = view.viewport().mapTo(window, view.mapFromScene(rect.x + rect.w - 12, rect.y + rect.h - 8))
        return image.pixelColor(point)

    assert fill(current) == window.map.scene.cards[current.id].fill
    assert fill(other).lightness() > fill(current).lightness() + 10


def test_closing_while_presenting_remembers_the_window_outside_presentation(window, qtbot) -> None:
    from journeydesk.ui.window.main_window import MainWindow

    _present(window, qtbot)
    window.close()
    assert not window.presenting
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.docks["palette"].isHidden() and not again.docks["inspector"].isHidden()
    assert not again.toolbar.isHidden()
    assert not again.windowState() & Qt.WindowState.WindowFullScreen
