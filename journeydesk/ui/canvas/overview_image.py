"""The picture of a whole map for far zoomed-out views: plain shapes and links, no text, cards as numpy pixel
blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from journeydesk.ui.canvas.link_items import link_color
from journeydesk.ui.canvas.scene_grid import qrect
from journeydesk.ui.style import theme
from journeydesk.ui.style.look import EMOTION_COLORS

if TYPE_CHECKING:
    from journeydesk.ui.canvas.scene import JourneyScene


def paint_overview(scene: JourneyScene, image: QImage, scale: float) -> None:
    """The whole map as plain shapes (no text) into ``image`` at ``scale``, for far zoomed-out views.

    Cards are written as pixel blocks with numpy: one QPainter call per card made a redraw
    after an edit take about 0.3 s at 50,000 cards.
    """
    layout = scene.layout
    if layout is None:
        return
    colors = theme.current()
    origin = scene.sceneRect().topLeft()
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-origin)
    scene.drawBackground(painter, QRectF(0, 0, layout.width, layout.height))
    for stage in layout.stages:
        rect = layout.stage_rects[stage.id]
        painter.fillRect(qrect(rect), colors.stage_tint(QColor(stage.color), 0.45))
    for lane in layout.lanes:
        painter.fillRect(qrect(layout.lane_rects[lane.id]), QColor(colors.lane_header))
    for item in scene.link_layer.items.values():  # under the cards, as on the canvas
        painter.setPen(QPen(link_color(item.link.kind), 2 / scale))  # two pixels of the picture wide
        painter.drawPolyline(item.polyline)
    painter.end()
    _paint_cards(scene, image, scale, origin)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colors.curve), 6))
    painter.drawPath(scene.curve.path())
    painter.setPen(Qt.PenStyle.NoPen)
    for item in scene.markers.values():
        painter.setBrush(QColor(EMOTION_COLORS[item.marker.score]))
        painter.drawEllipse(item.pos(), 22, 22)
    painter.end()


def _paint_cards(scene: JourneyScene, image: QImage, scale: float, origin: QPointF) -> None:
    """Every card as a block of its fill with its accent stripe, all cards the same size in pixels."""
    import numpy as np  # loaded when first zoomed far out, not at start-up

    layout = scene.layout
    if not scene.cards or image.format() != QImage.Format.Format_ARGB32_Premultiplied:
        return
    rects = layout.card_rects
    name = theme.current().name
    count = len(scene.cards)
    places = np.fromiter((v for i in scene.cards for v in (rects[i].x, rects[i].y)), np.float64, 2 * count)
    places = places.reshape(count, 2)
    fills = np.fromiter((v for item in scene.cards.values() for v in item.overview_colors(name)),
                        np.uint32, 2 * count).reshape(count, 2)
    m = layout.metrics
    height, width = image.height(), image.width()
    wide, tall = min(width, max(1, round(m.card_width * scale))), min(height,
                                                                      max(1, round(m.card_height * scale)))
    stripe = min(wide, max(1, round(8 * scale)))
    left = np.clip(np.floor((places[:, 0] - origin.x()) * scale).astype(np.int64), 0, width - wide)
    top = np.clip(np.floor((places[:, 1] - origin.y()) * scale).astype(np.int64), 0, height - tall)
    pixels = np.frombuffer(image.bits(), np.uint32).reshape(height, image.bytesPerLine() // 4)
    rows = (top[:, None] + np.arange(tall))[:, :, None]
    columns = (left[:, None] + np.arange(wide))[:, None, :]
    pixels[rows, columns] = fills[:, 0, None, None]
    pixels[rows, columns[:, :, :stripe]] = fills[:, 1, None, None]
