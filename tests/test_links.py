"""Links on the map: drawn as arrows, made by dragging between cards, selected, edited, deleted, exported."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from journeydesk.core.enums import LaneKind, LinkKind
from journeydesk.core.model import Card, Link
from tests.test_map_editor import _center, _drag, _journey


def _thoughts(win):
    """Two thought cards of different stages that no link joins yet."""
    doc, journey, stages, lanes = _journey(win)
    lane = next(x for x in lanes if x.kind == LaneKind.THOUGHTS)
    first, second = doc.cell(stages[0].id, lane.id)[0], doc.cell(stages[2].id, lane.id)[0]
    assert not doc.links_of(first.id) and not doc.links_of(second.id)
    return doc, journey, first, second


def _press_move_release(win, qtbot, start: QPointF, end: QPointF) -> None:
    _drag(win, qtbot, start, end)


def _hover(win, scene_point: QPointF) -> None:
    view = win.map.view
    viewport = view.viewport()
    point = QPointF(view.mapFromScene(scene_point))
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                                                 Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                 Qt.KeyboardModifier.NoModifier))


def _links(doc, journey) -> set[str]:
    return {link.id for link in doc.links(journey.id)}


def test_every_link_of_the_journey_is_drawn_between_its_cards(window) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    scene = window.map.scene
    items = scene.link_layer.items
    assert set(items) == _links(doc, journey) and len(items) == 14
    for link in doc.links(journey.id):
        points = items[link.id].route.points
        for card_id, (x, y) in ((link.source_id, points[0]), (link.target_id, points[-1])):
            rect = scene.layout.card_rects[card_id]
            on_side = x in (rect.x, rect.right) and rect.y < y < rect.bottom
            on_top_or_bottom = y in (rect.y, rect.bottom) and rect.x < x < rect.right
            assert on_side or on_top_or_bottom


def test_dragging_the_handle_of_a_hovered_card_to_another_card_links_them(window, qtbot) -> None:
    doc, journey, first, second = _thoughts(window)
    scene = window.map.scene
    source = scene.cards[first.id].sceneBoundingRect()
    window.map.view.set_zoom(0.5)
    window.map.view.centerOn(source.center())
    QApplication.processEvents()
    _hover(window, source.center())
    handle = window.map.link_tool.handle
    assert handle.isVisible() and handle.card_id == first.id
    assert abs(handle.pos().x() - (source.right() - 2)) < 1 and abs(
        handle.pos().y() - source.center().y()) < 1
    before = _links(doc, journey)
    undo_before = window.editor.history.undo_label
    _press_move_release(window, qtbot, handle.pos(), scene.cards[second.id].sceneBoundingRect().center())
    (new,) = _links(doc, journey) - before
    link = doc.get(Link, new)
    assert (link.source_id, link.target_id, link.kind) == (first.id, second.id, LinkKind.FLOW)
    assert new in scene.link_layer.items and scene.link_layer.items[new].isSelected()
    assert doc.get(Card, first.id) == first  # the card itself did not move
    assert window.editor.history.undo_label == "Add link"
    window.editor.undo()  # one undo step takes the whole gesture back
    assert _links(doc, journey) == before and new not in scene.link_layer.items
    assert window.editor.history.undo_label == undo_before


def test_a_link_dragged_to_empty_space_or_back_to_its_card_makes_nothing(window, qtbot) -> None:
    doc, journey, first, _second = _thoughts(window)
    scene = window.map.scene
    source = scene.cards[first.id].sceneBoundingRect()
    window.map.view.set_zoom(0.5)
    before = _links(doc, journey)
    undo = window.editor.history.undo_label
    for end in (QPointF(source.right() + 30, source.bottom() + 30), source.center()):
        window.map.view.centerOn(source.center())
        QApplication.processEvents()
        _hover(window, source.center())
        _press_move_release(window, qtbot, window.map.link_tool.handle.pos(), end)
        assert not window.map.link_tool.band.isVisible()
    assert _links(doc, journey) == before and window.editor.history.undo_label == undo


def test_connect_mode_links_cards_dragged_from_anywhere_and_read_only_blocks_it(window, qtbot) -> None:
    doc, journey, first, second = _thoughts(window)
    scene = window.map.scene
    action = window.actions_by_name["insert_connect"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    assert action.isChecked() and window.map.link_tool.connect_mode
    window.map.view.set_zoom(0.5)
    start = scene.cards[first.id].sceneBoundingRect().topLeft() + QPointF(30, 20)  # far from the handle
    before = _links(doc, journey)
    _press_move_release(window, qtbot, start, scene.cards[second.id].sceneBoundingRect().center())
    (new,) = _links(doc, journey) - before
    assert (doc.get(Link, new).source_id, doc.get(Link, new).target_id) == (first.id, second.id)
    assert doc.get(Card, first.id) == first
    window.editor.undo()
    scene.set_read_only(True)
    _press_move_release(window, qtbot, start, scene.cards[second.id].sceneBoundingRect().center())
    assert _links(doc, journey) == before
    scene.set_read_only(False)
    action.trigger()
    assert not window.map.link_tool.connect_mode
    _press_move_release(window, qtbot, start, scene.cards[second.id].sceneBoundingRect().center())
    assert _links(doc, journey) == before  # out of Connect mode the drag moves the card instead


def _click_link(win, qtbot, link_id: str) -> None:
    """Click the middle of the link's longest stretch."""
    points = win.map.scene.link_layer.items[link_id].route.points
    a, b = max(itertools.pairwise(points),
               key=lambda p: abs(p[1][0] - p[0][0]) + abs(p[1][1] - p[0][1]))
    middle = QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    view = win.map.view
    view.centerOn(middle)
    QApplication.processEvents()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(middle))


def _long_link(doc, journey) -> Link:
    """A link without a label whose route has a stretch longer than its label would need."""
    return next(x for x in sorted(doc.links(journey.id), key=lambda x: x.id) if not x.label
                and doc.get(Card, x.source_id).stage_id != doc.get(Card, x.target_id).stage_id)


def test_clicking_a_link_selects_it_and_delete_removes_it_undoably(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    link = _long_link(doc, journey)
    _click_link(window, qtbot, link.id)
    item = window.map.scene.link_layer.items[link.id]
    assert item.isSelected() and window.editor.selection == [link.id]
    source, target = doc.get(Card, link.source_id).text, doc.get(Card, link.target_id).text
    assert window.map.view.accessibleDescription() == f"Link: {source} → {target}"
    qtbot.keyClick(window.map.view.viewport(), Qt.Key.Key_Delete)
    assert doc.get(Link, link.id) is None and link.id not in window.map.scene.link_layer.items
    assert window.editor.history.undo_label == "Delete link"
    assert doc.get(Card, link.source_id) is not None
    window.editor.undo()
    assert doc.get(Link, link.id) == link and link.id in window.map.scene.link_layer.items


def test_the_inspector_shows_a_link_and_edits_its_kind_and_label(window, qtbot) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    link = _long_link(doc, journey)
    _click_link(window, qtbot, link.id)
    inspector = window.docks["inspector"].widget()
    assert inspector.shown_id == link.id
    ends = [w.text() for w in inspector.findChildren(QLabel) if w.isVisibleTo(inspector)
            and " → " in w.text()]
    source, target = doc.get(Card, link.source_id).text, doc.get(Card, link.target_id).text
    assert len(source) < 60 and len(target) < 60 and "\n" not in source + target
    assert ends == [f"{source} → {target}"]
    kind = inspector.field("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(1)
    assert doc.get(Link, link.id).kind == LinkKind.CHANNEL_SWITCH
    label = inspector.field("label")
    assert isinstance(label, QLineEdit)
    label.setText("App → store")
    label.editingFinished.emit()
    assert doc.get(Link, link.id).label == "App → store"
    item = window.map.scene.link_layer.items[link.id]
    assert item.link.label == "App → store" and item.link.kind == LinkKind.CHANNEL_SWITCH
    window.editor.undo()
    assert doc.get(Link, link.id).label == ""
    window.editor.undo()
    assert doc.get(Link, link.id) == link


def test_links_follow_a_card_moved_to_another_stage(window, qtbot) -> None:
    doc, journey, stages, lanes = _journey(window)
    link = _long_link(doc, journey)
    card = doc.get(Card, link.source_id)
    scene = window.map.scene
    lane = next(x for x in lanes if x.id == card.lane_id)
    target_stage = next(s for s in stages if s.id not in (card.stage_id,
                                                          doc.get(Card, link.target_id).stage_id))
    old = scene.link_layer.items[link.id].route.points
    window.map.view.set_zoom(0.5)
    cell = scene.layout.cell_rect(target_stage.id, lane.id)
    _drag(window, qtbot, _center(scene.layout.card_rects[card.id]), QPointF(cell.right - 8, cell.bottom - 8))
    assert doc.get(Card, card.id).stage_id == target_stage.id
    new = scene.link_layer.items[link.id].route.points
    assert new != old
    moved = scene.cards[card.id].sceneBoundingRect()
    assert moved.adjusted(-3, -3, 3, 3).contains(QPointF(*new[0]))
    window.editor.undo()
    assert scene.link_layer.items[link.id].route.points == old


def _link_pixels(image: QImage, points, color: str, scale: float, margin: float) -> int:
    """How many pixels along the route's stretches have the link's colour (allowing for antialiasing)."""
    from PySide6.QtGui import QColor

    want = QColor(color)
    found = 0
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        steps = int(max(abs(bx - ax), abs(by - ay)))
        for n in range(1, steps):
            x = (ax + (bx - ax) * n / steps + margin) * scale
            y = (ay + (by - ay) * n / steps + margin) * scale
            pixel = image.pixelColor(round(x), round(y))
            if max(abs(pixel.red() - want.red()), abs(pixel.green() - want.green()),
                   abs(pixel.blue() - want.blue())) < 40:
                found += 1
    return found


def test_exported_images_show_the_links(tmp_path, window) -> None:
    from journeydesk.ui.canvas.link_items import _COLORS
    from journeydesk.ui.export.image_export import MARGIN, export_image

    doc, journey, _stages, _lanes = _journey(window)
    link = _long_link(doc, journey)
    points = window.map.scene.link_layer.items[link.id].route.points
    png = export_image(doc, journey.id, tmp_path / "map.png", dpi=96)
    image = QImage(str(png))
    length = sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in itertools.pairwise(points))
    assert _link_pixels(image, points, _COLORS["light"][0], 1.0, MARGIN) >= 0.6 * (length - 2 * len(points))
    svg = export_image(doc, journey.id, tmp_path / "map.svg").read_text(encoding="utf-8")
    flow, switch = _COLORS["light"]
    assert len(re.findall(f'stroke="{flow}"', svg)) >= 1 and len(re.findall(f'stroke="{switch}"', svg)) >= 1



def test_a_dragged_cards_links_fade_until_the_drop_then_join_it_where_it_lands(window, qtbot) -> None:
    doc, journey, stages, _lanes = _journey(window)
    scene = window.map.scene
    link = doc.links(journey.id)[0]
    others = [i for lid, i in scene.link_layer.items.items()
              if link.source_id not in (i.link.source_id, i.link.target_id)]
    card = doc.get(Card, link.source_id)
    start = scene.cards[card.id].sceneBoundingRect().center()
    layout = scene.layout
    lane_rect = layout.lane_rects[card.lane_id]
    order = [s.id for s in stages]
    taken = (card.stage_id, doc.get(Card, link.target_id).stage_id)
    far = min((s for s in stages if s.id not in taken),
              key=lambda s: abs(order.index(s.id) - order.index(card.stage_id)))
    end = QPointF(layout.stage_rects[far.id].x + layout.stage_rects[far.id].w - 20,
                  lane_rect.y + lane_rect.h - 10)

    def faded_while_held() -> None:
        assert scene.link_layer.items[link.id].opacity() < 0.5
        assert others and all(item.opacity() == 1.0 for item in others)
        assert scene.cards[card.id].zValue() > max(i.zValue() for i in scene.cards.values()
                                                   if i.card.id != card.id)

    _drag(window, qtbot, start, end, while_held=faded_while_held)
    moved = doc.get(Card, card.id)
    assert moved.stage_id == far.id
    assert scene.cards[card.id].zValue() == 0
    item = scene.link_layer.items[link.id]
    assert item.opacity() == 1.0
    x, y = item.route.points[0]
    rect = scene.layout.card_rects[card.id]
    assert rect.x <= x <= rect.right and rect.y <= y <= rect.bottom


def test_far_zoomed_out_the_overview_picture_shows_the_links(window) -> None:
    from journeydesk.ui.canvas.link_items import link_color
    from journeydesk.ui.canvas.view_navigation import OVERVIEW_ZOOM

    doc, journey, _stages, _lanes = _journey(window)
    view, scene = window.map.view, window.map.scene
    view.set_zoom(OVERVIEW_ZOOM * 0.8)
    view.centerOn(scene.sceneRect().center())
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    cards = [scene.layout.card_rects[c.id] for c in doc.cards(journey.id)]
    samples = found = 0
    for link in doc.links(journey.id):
        want = link_color(link.kind)
        points = scene.link_layer.items[link.id].route.points
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            for n in range(1, 10):
                x, y = ax + (bx - ax) * n / 10, ay + (by - ay) * n / 10
                if any(r.x - 4 <= x <= r.right + 4 and r.y - 4 <= y <= r.bottom + 4 for r in cards):
                    continue
                at = view.mapFromScene(QPointF(x, y))
                pixel = image.pixelColor(round(at.x() * ratio), round(at.y() * ratio))
                samples += 1
                found += max(abs(pixel.red() - want.red()), abs(pixel.green() - want.green()),
                             abs(pixel.blue() - want.blue())) < 60
    assert samples > 50 and found >= 0.6 * samples
