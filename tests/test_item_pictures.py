"""On screen, cards and links repaint from pictures of themselves; the pictures never go stale, exports stay
vector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGraphicsItem

from journeydesk.core import commands
from journeydesk.core.model import Card
from journeydesk.ui.export.image_export import export_image
from journeydesk.ui.style import theme
from tests.test_map_editor import _journey

CACHED, UNCACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache, QGraphicsItem.CacheMode.NoCache


def _pixel(win, scene_point: QPointF) -> QColor:
    view = win.map.view
    view.centerOn(scene_point)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    return QColor(image.pixel(view.mapFromScene(scene_point)))


def _fill_point(win, card_id: str) -> QPointF:
    """A point of the card's plain fill: right of the kind stripe, above the first words."""
    rect = win.map.scene.layout.card_rects[card_id]
    return QPointF(rect.x + 14, rect.y + 3)


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 6


def test_cards_and_links_on_screen_keep_pictures_and_an_exported_scene_does_not(window, tmp_path) -> None:
    scene = window.map.scene
    assert scene.link_layer.items
    assert all(item.cacheMode() == CACHED for item in [*scene.cards.values(),
                                                       *scene.link_layer.items.values()])
    doc, journey, stages, lanes = _journey(window)
    window.editor.run(lambda d: commands.add_card(d, stages[0].id, lanes[0].id, "Zoetrope"))
    made = next(c for c in doc.cards(journey.id) if c.text == "Zoetrope")
    assert scene.cards[made.id].cacheMode() == CACHED
    svg = export_image(doc, journey.id, tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "Zoetrope" in svg and svg.count("<image") == 1  # the avatar only: cards are vectors and text


@pytest.mark.parametrize("zoom", [0.3, 1.0])
def test_a_card_shows_its_new_colour_and_the_new_theme_at_once(window, zoom: float) -> None:
    doc, journey, _stages, _lanes = _journey(window)
    card = doc.cards(journey.id)[0]
    window.map.view.set_zoom(zoom)
    point = _fill_point(window, card.id)
    assert _close(_pixel(window, point), theme.current().card_fill(card.kind))
    window.editor.run(lambda d: commands.update_card(d, card.id, color="#10c020"))
    assert _close(_pixel(window, point), QColor("#10c020"))
    window.editor.run(lambda d: commands.update_card(d, card.id, color=""))
    app = QApplication.instance()
    try:
        theme.apply_theme(app, "dark")
        assert _close(_pixel(window, point), theme.current().card_fill(doc.get(Card, card.id).kind))
    finally:
        theme.apply_theme(app, "light")
    assert _close(_pixel(window, point), theme.current().card_fill(card.kind))
