"""What a person does with the Charts panel (choose in its combos) and reads off it, for the chart tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeydesk.ui.panels.charts import CHART_KINDS, PERIODS, ChartsPanel


def choose_chart(panel: ChartsPanel, kind: str) -> None:
    assert kind in CHART_KINDS, kind
    panel.chart_box.setCurrentIndex(CHART_KINDS.index(kind))


def metric_names(panel: ChartsPanel) -> list[str]:
    """The metrics the Metric combo offers for the current chart."""
    return [panel.metric_box.itemText(i) for i in range(panel.metric_box.count())]


def choose_metric(panel: ChartsPanel, name: str) -> None:
    index = panel.metric_box.findText(name, Qt.MatchFlag.MatchFixedString)
    assert index >= 0, f"metric {name!r} is not offered; offered: {', '.join(metric_names(panel))}"
    panel.metric_box.setCurrentIndex(index)


def choose_period(panel: ChartsPanel, period: str) -> None:
    assert period in PERIODS, period
    panel.period_box.setCurrentIndex(PERIODS.index(period))


def message_text(panel: ChartsPanel) -> str:
    """The message shown instead of a chart, or '' when a chart is shown."""
    return panel.message.text() if panel.is_empty() else ""


def hover_text_at(panel: ChartsPanel, x: float) -> str:
    """The hover label for the point nearest to ``x`` (a timestamp or a bar index), '' if none."""
    index = panel.nearest(x)
    return "" if index is None else panel.hovers[index]
