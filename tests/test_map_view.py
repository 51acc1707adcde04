"""The map's first view, pinned headers while scrolling, and what zoomed-out cards show."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card, Lane, Stage
from tests.test_map_editor import EXAMPLE, _journey

CARD_TEXT_PX = 11  # the card font's pixel size at 100 %


def _open_example(qtbot, tmp_path: Path, size: tuple[int, int]):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from journeydesk.ui.style.application import application
    from journeydesk.ui.window.main_window import MainWindow

    application()
    shutil.copy(EXAMPLE, tmp_path / "example.journey")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(tmp_path / "example.journey")
    for _ in range(5):
        QApplication.processEvents()
    return win


def _on_screen(view, rect: QRectF) -> QRectF:
    return QRectF(view.mapFromScene(rect).boundingRect())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_journey_opens_readable_at_its_first_stage(qtbot, tmp_path: Path, size) -> None:
    win = _open_example(qtbot, tmp_path, size)
    view = win.map.view
    assert CARD_TEXT_PX * view.transform().m11() >= 9
    doc, journey, stages, lanes = _journey(win)
    viewport = QRectF(view.viewport().rect())
    layout = win.map.scene.layout
    first_stage = _on_screen(view, QRectF(*_xywh(layout.stage_rects[stages[0].id])))
    first_lane = _on_screen(view, QRectF(*_xywh(layout.lane_rects[lanes[0].id])))
    assert viewport.contains(first_stage.topLeft()) and viewport.contains(
        first_stage.topRight() - QPointF(1, 0))
    assert viewport.contains(first_lane.topLeft())
    first_card = next(c for c in doc.cards(journey.id) if c.stage_id == stages[0].id
                      and c.lane_id == lanes[0].id)
    assert viewport.contains(_on_screen(view, QRectF(*_xywh(layout.card_rects[first_card.id]))))
    assert win.zoom_label.text() == f"Zoom {round(view.zoom() * 100)} %"
    win.actions_by_name["fit"].trigger()  # Fit stays one action away
    scene_rect = _on_screen(view, view.sceneRect())
    assert scene_rect.width() <= viewport.width() + 1 and scene_rect.height() <= viewport.height() + 1


def _xywh(rect) -> tuple[float, float, float, float]:
    return rect.x, rect.y, rect.w, rect.h


def _render_card(text: str, zoom: float) -> QImage:
    from journeydesk.ui.canvas.items import CardItem

    scene = QGraphicsScene()
    item = CardItem(Card("c", "j", "s", "l", CardKind.NOTE, text), 128, 76)
    scene.addItem(item)
    image = QImage(int(132 * zoom), int(80 * zoom), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(-2, -2, 132, 80))
    painter.end()
    return image


def _differing_rows(a: QImage, b: QImage) -> list[int]:
    return [y for y in range(a.height()) if any(a.pixel(x, y) != b.pixel(x, y) for x in range(a.width()))]


def test_zoomed_out_cards_show_their_first_words_large_and_zoomed_in_all_their_text(qtbot) -> None:
    from journeydesk.ui.style.application import application

    application()
    one, other = "Checkout takes too long on mobile", "Checkout page looks friendly enough"
    # 30 %: card text would be 3.3 px; the card shows its first word, the same for both texts, and large.
    far = _render_card(one, 0.3)
    assert far == _render_card(other, 0.3)
    rows = _differing_rows(far, _render_card("", 0.3))
    assert rows, "a zoomed-out card with text must not be a blank box"
    assert rows[-1] - rows[0] + 1 >= 6  # the first word is drawn at 6 px or more on screen
    # 60 %: text is 6.6 px, so all of it is painted and the two cards differ.
    assert _render_card(one, 0.6) != _render_card(other, 0.6)


def _scroll(view, x: int, y: int) -> None:
    view.horizontalScrollBar().setValue(x)
    view.verticalScrollBar().setValue(y)
    QApplication.processEvents()


def test_headers_stay_at_the_viewport_edges_while_scrolling(window) -> None:
    _doc, _, stages, lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    view.set_zoom(0.8)
    for x, y in ((400, 500), (800, 900), (50, 300)):
        _scroll(view, x, y)
        stage = view.mapFromScene(scene.headers[stages[2].id].scenePos())
        lane = view.mapFromScene(scene.headers[lanes[-1].id].scenePos())
        assert stage.y() == 0, (x, y)
        assert lane.x() == 0, (x, y)
        # What the grab shows there is the header row, drawn above the cards that scrolled under it.
        image = view.viewport().grab().toImage()
        header = view.mapFromScene(scene.headers[stages[2].id].sceneBoundingRect().center())
        assert scene.itemAt(view.mapToScene(header), view.transform()) is scene.headers[stages[2].id]
        assert image.pixelColor(header.x(), 2) != QColor(Qt.GlobalColor.white)


def test_a_pinned_stage_header_still_reorders_and_resizes(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    view.set_zoom(1.0)
    _scroll(view, 0, 600)
    header = scene.headers[stages[1].id]
    top = view.mapFromScene(header.scenePos()).y()
    assert top == 0
    start = view.mapFromScene(header.sceneBoundingRect().center())
    end = start + QPoint(int(scene.layout.stage_rects[stages[2].id].w), 0)
    viewport = view.viewport()
    _press_move_release(qtbot, viewport, start, end)
    assert [s.id for s in doc.stages(journey.id)][:3] == [stages[0].id, stages[2].id, stages[1].id]
    assert window.editor.history.undo_label.startswith("Move stage")
    _scroll(view, 0, 600)
    rect = scene.layout.stage_rects[stages[0].id]
    edge = QPoint(view.mapFromScene(QPointF(rect.right - 2, 0)).x(), 20)
    _press_move_release(qtbot, viewport, edge, edge + QPoint(60, 0))
    assert doc.get(Stage, stages[0].id).width == pytest.approx(rect.w + 60, abs=3)


def test_a_pinned_lane_header_renames_on_double_click(window, qtbot) -> None:
    doc, _, _stages, lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    _scroll(view, 500, 0)
    lane = lanes[1]
    point = view.mapFromScene(scene.headers[lane.id].sceneBoundingRect().center())
    assert point.x() < 150  # the lane column sits at the left edge, not where it would be unpinned
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.editor is not None
    scene.editor.setPlainText("")
    qtbot.keyClicks(view.viewport(), "Channels")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert doc.get(Lane, lane.id).name == "Channels"


def _press_move_release(qtbot, viewport, start: QPoint, end: QPoint) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        point = QPointF(start) + (QPointF(end) - QPointF(start)) * step / 8
        QApplication.sendEvent(viewport, QMouseEvent(
            QEvent.Type.MouseMove, point, viewport.mapToGlobal(point), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_arrow_keys_never_leave_the_selection_under_the_headers(window, qtbot) -> None:
    doc, journey, stages, lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    view.set_zoom(1.0)
    corner = scene.layout.card_rects
    first = min(doc.cards(journey.id), key=lambda c: (corner[c.id].y, corner[c.id].x))
    scene.clearSelection()
    scene.cards[first.id].setSelected(True)
    _scroll(view, view.horizontalScrollBar().maximum(), view.verticalScrollBar().maximum())
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
    chosen = scene.selectedItems()[0]
    shown = _on_screen(view, chosen.sceneBoundingRect())
    stage_bottom = view.mapFromScene(scene.headers[stages[0].id].sceneBoundingRect().bottomLeft()).y()
    lane_right = view.mapFromScene(scene.headers[lanes[0].id].sceneBoundingRect().topRight()).x()
    assert shown.top() >= stage_bottom and shown.left() >= lane_right
    assert QRectF(view.viewport().rect()).contains(shown)


def test_first_words_of_latin_and_japanese_cards() -> None:
    from journeydesk.ui.canvas.card_headline import headline_words

    assert headline_words("Checkout takes too long") == ["Checkout"]
    assert headline_words("Why is shipping added") == ["Why", "is"]
    assert headline_words("  ") == []
    assert headline_words("サイズガイドがスマートフォンで読みにくい") == ["サイズガ", "イドがス"]
    assert headline_words("送料") == ["送料"]


def test_another_journey_opens_at_its_start(window, qtbot) -> None:
    view = window.map.view
    _scroll(view, 600, 700)
    other = window.editor.document.journeys()[1]
    window.editor.show_journey(other.id)
    QApplication.processEvents()
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    assert CARD_TEXT_PX * view.zoom() >= 9


def test_an_emotion_label_is_centred_under_its_face_from_its_first_paint(qtbot) -> None:
    from journeydesk.core.model import EmotionMarker
    from journeydesk.ui.canvas.items import MarkerItem
    from journeydesk.ui.style.application import application

    application()
    marker = MarkerItem(EmotionMarker(id="m", journey_id="j", stage_id="s", score=1, label="Great first run"))

    def paint() -> QImage:
        image = QImage(160, 60, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(80, 20)
        marker.paint(painter, None)
        painter.end()
        return image

    first = paint()  # as when the marker first scrolls into view
    assert first == paint()
    ink = [x for x in range(160) for y in range(38, 60) if first.pixelColor(x, y).lightness() < 160]
    assert ink and abs((min(ink) + max(ink)) / 2 - 80) <= 2


def test_a_large_journey_shows_its_start_first_and_makes_the_other_cards_right_after(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from journeydesk.ui.canvas import later_cards as scene_module

    # The example's 56 cards stand in for a large journey: few are "many", and first sight is small.
    monkeypatch.setattr(scene_module, "LAZY_CARDS", 10)
    monkeypatch.setattr(scene_module, "FIRST_SIGHT", (700.0, 500.0))
    monkeypatch.setattr(scene_module, "CARDS_PER_TURN", 7)
    win = _open_example(qtbot, tmp_path, (1366, 768))
    doc, journey, _stages, _lanes = _journey(win)
    scene, layout = win.map.scene, win.map.scene.layout
    every = {c.id for c in doc.cards(journey.id)}
    near = {i for i in every if layout.card_rects[i].x < 700 and layout.card_rects[i].y < 500}
    assert near and near <= set(scene.cards)
    qtbot.waitUntil(lambda: set(scene.cards) == every, timeout=5000)
    for card_id in every:
        assert scene.cards[card_id].pos() == QPointF(layout.card_rects[card_id].x,
                                                     layout.card_rects[card_id].y)


def test_find_and_select_all_reach_cards_not_made_yet(qtbot, tmp_path: Path, monkeypatch) -> None:
    from journeydesk.ui.canvas import later_cards as scene_module

    monkeypatch.setattr(scene_module, "LAZY_CARDS", 10)
    monkeypatch.setattr(scene_module, "FIRST_SIGHT", (700.0, 500.0))
    monkeypatch.setattr(scene_module.QTimer, "singleShot", lambda *_args: None)  # the later turns never come
    win = _open_example(qtbot, tmp_path, (1366, 768))
    doc, journey, _stages, _lanes = _journey(win)
    scene = win.map.scene
    far = max(doc.cards(journey.id), key=lambda c: scene.layout.card_rects[c.id].x)
    assert far.id not in scene.cards
    win.map.find_box.setText(far.text)
    assert win.map.find_next(restart=True) == [far.id]
    assert scene.cards[far.id].isSelected()
    win.map.select_all()
    assert len(scene.selectedItems()) >= len(doc.cards(journey.id))
