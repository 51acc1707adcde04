"""Both sides' emotion curves on one chart: the mean emotion of each stage before (dashed) and after
(solid)."""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from journeydesk.compare import StageChange
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN
from journeydesk.ui.panels.chart_drawing import BAR_COLOR, MEASURED_COLOR, short

BEFORE_COLOR, AFTER_COLOR = MEASURED_COLOR, BAR_COLOR  # orange and blue: told apart with colour blindness too
translate = QCoreApplication.translate


def emotion_points(stages: tuple[StageChange, ...]) -> tuple[list[float], list[float]]:
    """The before and after curves, one point per stage row (NaN where that side has no marker there)."""
    before = [math.nan if s.emotion_before is None else s.emotion_before for s in stages]
    after = [math.nan if s.emotion_after is None else s.emotion_after for s in stages]
    return before, after


class CompareChart(pg.PlotWidget):
    """The two curves, the stages along the bottom, −2…+2 up the side, in the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("CompareChart", "Emotion before and after"))
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        # One row above the curves: the y range leaves a band over +2 for it, so it never hides a point.
        self.legend = self.addLegend(offset=(10, 2), colCount=2)
        self.apply_palette()

    def apply_palette(self) -> None:
        palette = self.palette()
        text = QColor(palette.color(QPalette.ColorRole.Text))
        background = palette.color(QPalette.ColorRole.Base)
        self.setBackground(background)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        self.legend.setLabelTextColor(text)
        self.legend.setBrush(pg.mkBrush(background))

    def show_stages(self, stages: tuple[StageChange, ...], before: str, after: str) -> None:
        """Draw the curves of ``stages``; ``before`` and ``after`` name the sides in the legend."""
        self.clear()
        self.legend.clear()
        xs = list(map(float, range(len(stages))))
        old, new = emotion_points(stages)
        self.plot(xs, old, pen=pg.mkPen(BEFORE_COLOR, width=3, style=Qt.PenStyle.DashLine), symbol="t",
                  symbolBrush=BEFORE_COLOR, symbolPen=None, connect="finite", name=html.escape(before))
        self.plot(xs, new, pen=pg.mkPen(AFTER_COLOR, width=3), symbol="o", symbolBrush=AFTER_COLOR,
                  symbolPen=None, connect="finite", name=html.escape(after))
        self.getAxis("bottom").setTicks([[(i, short(s.name)) for i, s in enumerate(stages)]])
        self.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0") for v in range(EMOTION_MIN,
                                                                                    EMOTION_MAX + 1)]])
        self.setXRange(-0.5, max(len(stages), 1) - 0.5, padding=0)
        self.setYRange(EMOTION_MIN - 0.3, EMOTION_MAX + 1.1, padding=0)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "legend"):
            self.apply_palette()
