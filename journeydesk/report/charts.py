"""Vector charts of the metrics (reportlab.graphics): NPS/CSAT by touchpoint and the stage funnel."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from journeydesk.core.enums import MetricKind
from journeydesk.figures.journey import Funnel, MetricFigures, format_value
from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import new_drawing
from journeydesk.report.style import BAR, DROP, MUTED, RULE, TEXT
from journeydesk.report.textfit import ellipsize

MAX_BARS = 30
ROW = 15.0


def title(drawing: Drawing, text: str, width: float, size: float = 11) -> None:
    """A chart's title along its top, cut with "…" when it is wider than the chart."""
    drawing.add(String(0, drawing.height - size - 1, ellipsize(text, size, width), fontName=FONT,
                       fontSize=size, fillColor=TEXT))


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        labels.fontName = FONT
        labels.fontSize = 7
        labels.fillColor = TEXT
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6e9ee")
    chart.valueAxis.visibleGrid = 1


def touchpoint_chart(found: MetricFigures, width: float, height: float) -> Drawing:
    """Horizontal bars of one NPS or CSAT metric per touchpoint, in map order, with sample sizes.

    As many touchpoints as fit in ``height`` (at most MAX_BARS) are drawn; a note counts the rest.
    """
    room = max(1, min(MAX_BARS, int((height - 52) // ROW)))
    rows = [row for row in found.rows if row.value is not None][:room]
    hidden = len([row for row in found.rows if row.value is not None]) - len(rows)
    foot = 30.0 if hidden > 0 else 18.0
    left = min(230.0, width * 0.35)
    height = foot + 22 + ROW * max(1, len(rows))
    drawing = new_drawing(width, height)
    title(drawing, t("{metric} by touchpoint", metric=found.metric), width)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, foot
    chart.width, chart.height = width - left - 70, height - foot - 22
    ordered = list(reversed(rows))
    chart.data = [[row.value for row in ordered] or [0]]
    chart.categoryAxis.categoryNames = [ellipsize(row.label, 7, left - 10) for row in ordered] or [""]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = ROW * 0.6
    chart.categoryAxis.joinAxisMode = "left"
    if found.kind == MetricKind.NPS:
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = -100, 100, 25
    else:
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    _axis_fonts(chart)
    chart.barLabelFormat = lambda value: ""
    drawing.add(chart)
    span = chart.valueAxis.valueMax - chart.valueAxis.valueMin
    for index, row in enumerate(ordered):
        y = chart.y + chart.height * (index + 0.5) / len(ordered) - 2.5
        end = chart.x + chart.width * (max(row.value or 0, 0) - chart.valueAxis.valueMin) / span
        drawing.add(String(end + 3, y, f"{format_value(row.value, found.kind)}  n={row.n}", fontName=FONT,
                           fontSize=7, fillColor=MUTED))
    if hidden > 0:
        drawing.add(String(left, 2, t("…and {n} more touchpoints (see the inventory table).", n=hidden),
                           fontName=FONT, fontSize=7, fillColor=MUTED))
    return drawing


def funnel_chart(funnel: Funnel, width: float, height: float = 200) -> Drawing:
    """Vertical bars of a count metric per stage; the biggest drop-off in orange with its share."""
    drawing = new_drawing(width, height)
    biggest = funnel.result.biggest_drop
    heading = t("Stage funnel: {metric}", metric=funnel.metric)
    if biggest is not None and biggest.drop_off is not None:
        heading = t("Stage funnel: {metric}; biggest drop-off at {stage} (−{share:.0f} %)",
                  metric=funnel.metric, stage=biggest.name, share=biggest.drop_off * 100)
    title(drawing, heading, width)
    chart = VerticalBarChart()
    chart.x, chart.y = 50, 30
    chart.width, chart.height = width - 70, height - 66
    chart.data = [[value for _, value, _ in funnel.steps]]
    slot = chart.width / len(funnel.steps)
    chart.categoryAxis.categoryNames = [ellipsize(name, 7, slot - 6) for name, _, _ in funnel.steps]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.valueAxis.valueMin = 0
    _axis_fonts(chart)
    chart.valueAxis.labelTextFormat = lambda v: format_value(v, funnel.kind)
    chart.barLabelFormat = lambda value: format_value(value, funnel.kind)
    chart.barLabels.nudge = 6
    if biggest is not None:
        chart.bars[(0, biggest.index)].fillColor = DROP
    drawing.add(chart)
    for step in funnel.result.steps:
        if step.drop_off is None:
            continue
        x = chart.x + slot * (step.index + 0.5)
        color = DROP if biggest is not None and step.index == biggest.index else MUTED
        drawing.add(String(x, chart.y - 22, f"−{step.drop_off * 100:.0f} %" if step.drop_off >= 0
                           else f"+{-step.drop_off * 100:.0f} %", fontName=FONT, fontSize=7,
                           fillColor=color, textAnchor="middle"))
    return drawing
