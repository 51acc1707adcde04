"""Line charts (reportlab.graphics): a metric over time for one touchpoint, measured vs workshop emotion."""

from __future__ import annotations

import math
from datetime import date

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from journeydesk.core.enums import MetricKind
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN
from journeydesk.figures.metric import format_value
from journeydesk.figures.trends import EmotionComparison, Series
from journeydesk.i18n import t
from journeydesk.report.charts import title
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import new_drawing
from journeydesk.report.style import BAR, MUTED, RULE, TEXT
from journeydesk.report.textfit import ellipsize

MEASURED = colors.HexColor("#E69F00")
GRID = colors.HexColor("#e6e9ee")
MAX_DATE_TICKS = 5
DOTS_UP_TO = 16


def _axes(plot: LinePlot) -> None:
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = TEXT
        axis.strokeColor = RULE
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = GRID


def _date_ticks(first: int, last: int, room: float) -> list[int]:
    """Day numbers for up to MAX_DATE_TICKS evenly spread labels, as many as fit in ``room`` points."""
    if first == last:
        return [first]
    count = max(2, min(MAX_DATE_TICKS, last - first + 1, int(room // 52)))
    return sorted({round(first + (last - first) * i / (count - 1)) for i in range(count)})


def dated_figures(found: Series) -> int:
    """How many periods of ``found`` have a figure."""
    return sum(value is not None for _, value, _ in found.points)


def series_chart(found: Series, width: float, height: float = 150) -> Drawing:
    """The touchpoint's metric per day or week as a line with dots, dates along the bottom."""
    drawing = new_drawing(width, height)
    per = t("per day") if found.period == "day" else t("per week")
    # A metric named by its question would push the touchpoint out of the title: shorten the metric first.
    rest = stringWidth(t("{metric} {per}: {touchpoint}", metric="", per=per, touchpoint=found.label), FONT, 9)
    metric = ellipsize(found.metric, 9, max(width - rest, width * 0.35))
    title(drawing, t("{metric} {per}: {touchpoint}", metric=metric, per=per, touchpoint=found.label), width,
          9)
    xs = [day.toordinal() for day, _, _ in found.points]
    values = [value for _, value, _ in found.points]
    n = sum(count for _, _, count in found.points)
    last_value = format_value(found.points[-1][1], found.kind)
    drawing.add(String(0, height - 22, t("latest {value} · n={n} in all", value=last_value, n=n),
                       fontName=FONT, fontSize=7, fillColor=MUTED))
    plot = LinePlot()
    plot.x, plot.y = 38, 26
    plot.width, plot.height = width - 50, height - 58
    plot.data = [list(zip(xs, values, strict=True))]
    plot.lines[0].strokeColor = BAR
    plot.lines[0].strokeWidth = 1.5
    if len(xs) <= DOTS_UP_TO:
        plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5)
        plot.lines[0].symbol.fillColor = BAR
        plot.lines[0].symbol.strokeColor = None
    first, last = min(xs), max(xs)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first - 0.5, last + 0.5
    plot.xValueAxis.valueSteps = _date_ticks(first, last, plot.width)
    plot.xValueAxis.labelTextFormat = lambda v: date.fromordinal(round(v)).isoformat()
    if found.kind == MetricKind.NPS:
        plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = -100, 100, 50
    elif found.kind == MetricKind.CSAT:
        plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 25
    else:
        plot.yValueAxis.valueMin = min(0.0, *values)
    plot.yValueAxis.labelTextFormat = lambda v: format_value(v, found.kind) \
        if found.kind != MetricKind.CSAT else f"{v:.0f} %"
    _axes(plot)
    drawing.add(plot)
    return drawing


def line_runs(points: list[tuple[int, float | None]]) -> list[list[tuple[int, float]]]:
    """Consecutive stages with a figure, as separate lines (a stage without one, or NaN, breaks the line)."""
    runs: list[list[tuple[int, float]]] = [[]]
    for x, y in points:
        if y is None or math.isnan(y):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def emotion_chart(found: EmotionComparison, width: float, height: float = 210) -> Drawing:
    """Workshop emotion (solid, dots) and the measured metric on −2…+2 (dashed, triangles) per stage."""
    drawing = new_drawing(width, height)
    title(drawing, t("Measured {metric} vs workshop emotion", metric=found.metric), width, 11)
    names = [name for name, _, _ in found.stages]
    plot = LinePlot()
    plot.x, plot.y = 34, 34
    plot.width, plot.height = width - 48, height - 76
    series = [(line_runs([(i, w) for i, (_, w, _) in enumerate(found.stages)]), BAR, None, "FilledCircle"),
              (line_runs([(i, m) for i, (_, _, m) in enumerate(found.stages)]), MEASURED, [4, 3],
               "FilledTriangle")]
    data, index = [], 0
    for runs, color, dash, marker in series:
        for run in runs:
            data.append(run if len(run) > 1 else run * 2)
            line = plot.lines[index]
            line.strokeColor, line.strokeWidth, line.strokeDashArray = color, 2, dash
            line.symbol = makeMarker(marker, size=5)
            line.symbol.fillColor, line.symbol.strokeColor = color, None
            index += 1
    plot.data = data or [[(0, 0)]]
    if not data:
        plot.lines[0].strokeColor = None
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.5, len(names) - 0.5
    plot.xValueAxis.valueSteps = list(range(len(names)))
    slot = plot.width / max(1, len(names))
    plot.xValueAxis.labelTextFormat = lambda v: ellipsize(names[round(v)], 7, slot - 4) \
        if 0 <= round(v) < len(names) else ""
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = EMOTION_MIN - 0.3, EMOTION_MAX + 0.3
    plot.yValueAxis.valueSteps = list(range(EMOTION_MIN, EMOTION_MAX + 1))
    plot.yValueAxis.labelTextFormat = lambda v: f"{round(v):+d}" if round(v) else "0"
    _axes(plot)
    drawing.add(plot)
    y = height - 30
    for text, color, dash in ((t("Workshop emotion (average per stage)"), BAR, None),
                              (t("Measured: {metric} on −2…+2", metric=found.metric), MEASURED, [4, 3])):
        drawing.add(Line(plot.x, y + 2.5, plot.x + 18, y + 2.5, strokeColor=color, strokeWidth=2,
                         strokeDashArray=dash))
        drawing.add(String(plot.x + 22, y, text, fontName=FONT, fontSize=7.5, fillColor=TEXT))
        y -= 11
    return drawing
