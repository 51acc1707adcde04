"""On screen, cards and links keep a picture of themselves at screen size, so a repaint copies pixels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

# Measured on a 2,000-card map with 1,000 links (benchmarks/bench_canvas.py): a drag step 3.3×,
# a scroll step 2× and a repaint at 20 % 3× faster; a zoom step redraws the pictures once, about
# a tenth slower. Off-screen scenes (image export, SVG) stay without them: they draw vectors.
KEPT = QGraphicsItem.CacheMode.DeviceCoordinateCache
NONE = QGraphicsItem.CacheMode.NoCache
PICTURES_KB = 64 * 1024  # Qt's default of 10 MB holds the pictures of a few hundred cards


class ItemPictures:
    """Whether the scene's cards and links keep pictures of themselves (only in a view on screen)."""

    def __init__(self) -> None:
        self.mode = NONE

    def keep(self, items: Iterable[QGraphicsItem]) -> None:
        """From now on ``items`` and every item adopted later keep a picture."""
        if self.mode == KEPT:
            return
        self.mode = KEPT
        if QPixmapCache.cacheLimit() < PICTURES_KB:
            QPixmapCache.setCacheLimit(PICTURES_KB)
        for item in items:
            item.setCacheMode(KEPT)

    def adopt(self, item: QGraphicsItem) -> QGraphicsItem:
        """A new item takes the current mode."""
        if self.mode != NONE:
            item.setCacheMode(self.mode)
        return item
