"""A date axis for charts whose tick labels follow the interface locale."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

DAY = 86_400.0
LABEL_GAP = 6.0  # pixels kept free between two tick labels
SAMPLE = 1_727_567_880.0  # 2024-09-28 23:58 UTC: two-digit day, hour and minute, for measuring labels


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, labelled through QLocale (its own labels use English month and day
    names). The formats are catalog entries, so each language writes dates its usual way.

    pyqtgraph draws the labels of each tick level without looking at the others' ("Apr 2024" of the
    months over "Apr 2" of the days): a label that would touch one already placed is left out, the
    coarser levels coming first, then from left to right."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        # pyqtgraph drops a whole level of labels when they would fill its length (a month of days
        # then shows one "Mar 2024"); here every level is offered and the overlap check thins it.
        self.setStyle(textFillLimits=[(0, 10.0)])

    def tickStrings(self, values, scale, spacing):
        translate = QCoreApplication.translate
        if spacing >= 300 * DAY:
            pattern = translate("LocaleDateAxis", "yyyy")
        elif spacing >= 28 * DAY:
            pattern = translate("LocaleDateAxis", "MMM yyyy")
        elif spacing >= DAY:
            pattern = translate("LocaleDateAxis", "MMM d")
        else:
            pattern = translate("LocaleDateAxis", "MMM d HH:mm")
        locale = QLocale()
        return [locale.toString(QDateTime.fromSecsSinceEpoch(int(value), QTimeZone.utc()), pattern)
                for value in values]

    def setZoomLevelForDensity(self, density: float) -> None:
        """Space the finest ticks by the width of our labels ("Sep 28", not pyqtgraph's "MMM"), so a month
        of days is labelled every 5 days rather than not at all."""
        super().setZoomLevelForDensity(density)
        if getattr(self, "fontMetrics", None) is None:
            return
        finest = min(spec.spacing for spec in self.zoomLevel.tickSpecs)
        sample = self.tickStrings([SAMPLE], 1.0, finest)[0]
        self.minSpacing = max(self.minSpacing, density * (self.fontMetrics.boundingRect(sample).width()
                                                          + 2 * LABEL_GAP))

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        kept: list = []
        for rect, flags, text in texts:
            room = rect.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0)
            if not any(room.intersects(other) for other, _flags, _text in kept):
                kept.append((rect, flags, text))
        return axis, ticks, kept
