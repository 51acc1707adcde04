"""JourneyScene's parts kept at a view's edges: the pinned stage row and lane column, and the overlay's
key."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from journeydesk.ui.canvas.title_items import LegendItem


class PinnedToTheView:
    """Mixed into JourneyScene: moves its headers and legend to where its view shows them."""

    def pin_headers(self, corner: QPointF) -> None:
        """Keep the stage row and lane column at the top and left of a view whose top-left is ``corner``.

        Like frozen panes: stage headers never go above ``corner.y()`` nor lane headers left of
        ``corner.x()``; what scrolls under them (cards, markers, the other headers) is drawn below them.
        """
        self.pinned_at = QPointF(corner)
        layout = self.layout
        if layout is None:
            return
        m = layout.metrics
        stage_row_bottom = max(m.title_height, corner.y()) + m.stage_header_height
        for entity_id, item in self.headers.items():
            if item.is_stage:
                if entity_id in layout.stage_rects:
                    y = max(layout.stage_rects[entity_id].y, corner.y())
                    if item.y() != y:
                        item.setY(y)
            elif entity_id in layout.lane_rects:
                rect = layout.lane_rects[entity_id]
                x = max(rect.x, corner.x())
                if item.x() != x:
                    item.setX(x)
                item.set_label_offset(min(max(0.0, stage_row_bottom - rect.y), max(0.0, rect.h - 34)))

    def pinned_corner(self) -> QRectF:
        """Where the pinned stage row and lane column meet (scene coordinates); empty without a journey."""
        layout = self.layout
        if layout is None:
            return QRectF()
        m = layout.metrics
        return QRectF(max(0.0, self.pinned_at.x()), max(m.title_height, self.pinned_at.y()),
                      m.lane_header_width, m.stage_header_height)

    def keep_legend_in(self, visible: QRectF, scale: float) -> None:
        """Float the overlay's key at the bottom right of what a view shows, at its own size at any zoom."""
        self._legend_view = (QRectF(visible), scale)
        self._place_legend()

    def _place_legend(self) -> None:
        if self.layout is None:
            return
        if self._legend_view is None:  # an exported image: the key sits in the title row, at the map's scale
            self.legend.setPos(max(0.0, self.layout.width - LegendItem.WIDTH), 8)
            self.title.keep_free(LegendItem.WIDTH if self.legend.isVisible() else 0.0)
            return
        self.title.keep_free(0.0)
        visible, scale = self._legend_view
        self.legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.legend.setPos(visible.right() - (LegendItem.WIDTH + 12) / scale,
                           visible.bottom() - (LegendItem.HEIGHT + 12) / scale)
