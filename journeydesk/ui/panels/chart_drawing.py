"""Drawing figures with pyqtgraph: a line over time, labelled bars, and two emotion curves. Nothing is
computed here."""

from __future__ import annotations

import html
import math
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from journeydesk.core.enums import MetricKind
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN
from journeydesk.figures import format_value

BAR_COLOR = "#0072B2"
DROP_COLOR = "#D55E00"
MEASURED_COLOR = "#E69F00"
MAX_SYMBOLS = 500

Point = tuple[str, float | None, float | int | None]
translate = QCoreApplication.translate


def short(text: str, limit: int = 18) -> str:
    """The first line of ``text``, cut with "…" past ``limit`` characters."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def timestamp(day: date) -> float:
    """Midnight UTC of ``day``, as the date axis counts."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def draw_line(plot: pg.PlotWidget, xs: list[float], ys: list[float], label: str, text: QColor) -> None:
    """One line with dots (no dots past MAX_SYMBOLS points), broken where ``ys`` is NaN; the view fitted to
    it."""
    plot.clear()
    symbol = "o" if len(xs) <= MAX_SYMBOLS else None
    plot.plot(xs, ys, pen=pg.mkPen(BAR_COLOR, width=2), symbol=symbol, symbolSize=7,
              symbolBrush=BAR_COLOR, symbolPen=None, connect="finite")
    plot.setLabel("left", html.escape(short(label, 24)), color=text.name())  # the title names it in full
    plot.enableAutoRange()


def draw_bars(plot: pg.PlotWidget, rows: list[Point], kind: MetricKind, text: QColor, *,
              highlight: int | None = None, notes: dict[int, str] | None = None) -> None:
    """A bar per (label, value, n), each labelled with its value and sample size; ``highlight`` in orange."""
    plot.clear()
    values = [float(v) if v is not None else 0.0 for _, v, _ in rows]
    brushes = [pg.mkBrush(DROP_COLOR if i == highlight else BAR_COLOR) for i in range(len(rows))]
    plot.addItem(pg.BarGraphItem(x=list(range(len(rows))), height=values, width=0.6, brushes=brushes,
                                 pen=pg.mkPen(None)))
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    for index, (_, value, n) in enumerate(rows):
        words = translate("ChartsPanel", "{0}\nn = {1}").format(format_value(value, kind), n)
        if notes and index in notes:
            words += "\n" + notes[index]
        item = pg.TextItem(words, color=DROP_COLOR if index == highlight else text,
                           anchor=(0.5, 1.0 if values[index] >= 0 else 0.0))
        item.setPos(index, values[index])
        plot.addItem(item, ignoreBounds=True)
    plot.getAxis("bottom").setTicks([[(i, short(label)) for i, (label, _, _) in enumerate(rows)]])
    plot.getAxis("left").setTicks(None)
    plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
    plot.setYRange(low - (0.35 * span if low < 0 else 0), high + 0.35 * span, padding=0)
    plot.setLabel("left", "")


def draw_emotions(plot: pg.PlotWidget, rows: list[Point], metric: str, text: QColor) -> None:
    """Per (stage, workshop, measured): the workshop curve solid with dots, the measured one dashed, on
    −2…+2."""
    plot.clear()
    xs = list(map(float, range(len(rows))))
    workshop = [math.nan if w is None else w for _, w, _ in rows]
    measured = [math.nan if m is None else m for _, _, m in rows]
    plot.plot(xs, workshop, pen=pg.mkPen(BAR_COLOR, width=3), symbol="o", symbolBrush=BAR_COLOR,
              symbolPen=None, connect="finite", name=html.escape(translate("ChartsPanel",
                                                                           "Workshop emotion")))
    plot.plot(xs, measured, pen=pg.mkPen(MEASURED_COLOR, width=3, style=Qt.PenStyle.DashLine),
              symbol="t", symbolBrush=MEASURED_COLOR, symbolPen=None, connect="finite",
              name=html.escape(translate("ChartsPanel", "Measured: {0}").format(metric)))
    plot.getAxis("bottom").setTicks([[(i, short(name)) for i, (name, _, _) in enumerate(rows)]])
    levels = range(EMOTION_MIN, EMOTION_MAX + 1)
    plot.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0") for v in levels]])
    plot.setXRange(-0.5, len(rows) - 0.5, padding=0)
    plot.setYRange(EMOTION_MIN - 0.3, EMOTION_MAX + 0.3, padding=0)
    plot.setLabel("left", html.escape(translate("ChartsPanel", "Emotion")), color=text.name())
