"""The charts dock: a metric over time, across groups, the stage funnel, measured vs workshop emotion."""

from __future__ import annotations

import html
import math
import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from functools import partial
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import metrics
from journeydesk.core.document import Change
from journeydesk.core.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    CardKind,
    Dataset,
    EmotionMarker,
    Journey,
    MetricKind,
    Stage,
)
from journeydesk.figures.metric import (
    datasets_for,
    emotion_scale,
    figures,
    format_value,
    metric_kind,
    value_of,
)
from journeydesk.store.datasets import Group, grouped_sums, metrics_of
from journeydesk.ui.date_axis import LocaleDateAxis
from journeydesk.ui.editor import Editor

CHART_KINDS: tuple[str, ...] = ("time", "touchpoint", "channel", "stage", "funnel", "emotion")
PERIODS: tuple[str, ...] = ("day", "week")
BAR_COLOR = "#0072B2"
DROP_COLOR = "#D55E00"
MEASURED_COLOR = "#E69F00"
EXPORT_WIDTH = 1200
_WATCHED = (Dataset, Stage, Card, EmotionMarker, Journey)
_FUNNEL_KINDS = (MetricKind.COUNT,)
_EMOTION_KINDS = (MetricKind.NPS, MetricKind.CSAT, MetricKind.CES)

Point = tuple[str, float | None, float | int | None]


def _merge(groups: Sequence[Group], key: str = "") -> Group:
    return Group(key, sum(g.n for g in groups), math.fsum(g.total for g in groups),
                 sum(g.promoters for g in groups), sum(g.detractors for g in groups),
                 sum(g.satisfied for g in groups))



def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _short(text: str, limit: int = 18) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _choose(box: QComboBox, keys: tuple[str, ...], key: str) -> None:
    if key not in keys:
        raise ValueError(f"{key!r} is not one of {', '.join(keys)}")
    box.setCurrentIndex(keys.index(key))


def _timestamp(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


class ChartsPanel(QWidget):
    """Charts of the current journey's imported metrics, following the editor's journey and selection."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._points: list[Point] = []
        self._xs: list[float] = []
        self._hovers: list[str] = []
        self._drop: tuple[str, float] | None = None
        self._kinds: dict[str, MetricKind] = {}
        self._datasets: list[Dataset] = []
        self._scope_key: tuple[str, ...] = ()
        self._build()
        editor.project_changed.connect(self.refresh)
        editor.journey_changed.connect(self.refresh)
        editor.document_changed.connect(self._document_changed)
        editor.selection_changed.connect(self._selection_changed)
        self.refresh()

    # ----- building

    def _build(self) -> None:
        self.chart_box = QComboBox()
        labels = (self.tr("Over time"), self.tr("By touchpoint"), self.tr("By channel"), self.tr("By stage"),
                  self.tr("Stage funnel"), self.tr("Measured vs workshop emotion"))
        for key, label in zip(CHART_KINDS, labels, strict=True):
            self.chart_box.addItem(label, key)
        self.chart_box.setAccessibleName(self.tr("Chart type"))
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Metric"))
        self.period_box = QComboBox()
        for key, label in zip(PERIODS, (self.tr("Per day"), self.tr("Per week")), strict=True):
            self.period_box.addItem(label, key)
        self.period_box.setAccessibleName(self.tr("Group by period"))
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setAccessibleName(self.tr("Save the chart as a PNG image"))
        self.save_button.clicked.connect(lambda: self.save_png())
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Charts message"))
        dates = LocaleDateAxis("bottom")
        self.time_plot = pg.PlotWidget(axisItems={"bottom": dates})
        self.time_plot.plotItem.setDownsampling(auto=True, mode="peak")
        self.time_plot.plotItem.setClipToView(True)
        self.time_plot.setMouseEnabled(x=True, y=False)
        self.group_plot = pg.PlotWidget()
        self.group_plot.setMouseEnabled(x=False, y=False)
        self.legend = self.group_plot.addLegend(offset=(10, 10))
        self._hover_items: dict[pg.PlotWidget, pg.TextItem] = {}
        for plot in (self.time_plot, self.group_plot):
            plot.setAccessibleName(self.tr("Chart"))
            plot.hideButtons()
            plot.showGrid(y=True, alpha=0.25)
            self._hover_items[plot] = pg.TextItem(anchor=(0, 1))
            plot.scene().sigMouseMoved.connect(partial(self._mouse_moved, plot))
        self.stack = QStackedWidget()
        for page in (self.message, self.time_plot, self.group_plot):
            self.stack.addWidget(page)
        bar = QHBoxLayout()
        for widget in (self.chart_box, self.metric_box, self.period_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setAccessibleName(self.tr("Charts"))
        self._apply_palette()
        self.chart_box.currentIndexChanged.connect(self._chart_changed)
        self.metric_box.currentIndexChanged.connect(self._redraw)
        self.period_box.currentIndexChanged.connect(self._redraw)

    # ----- public API

    def chart(self) -> str:
        return str(self.chart_box.currentData())

    def set_chart(self, kind: str) -> None:
        """Show chart ``kind``: one of CHART_KINDS."""
        _choose(self.chart_box, CHART_KINDS, kind)

    def metric_names(self) -> list[str]:
        """The metrics offered for the current chart."""
        return [self.metric_box.itemText(i) for i in range(self.metric_box.count())]

    def set_metric(self, name: str) -> None:
        index = self.metric_box.findText(name, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValueError(f"metric {name!r} is not offered; offered: {', '.join(self.metric_names())}")
        self.metric_box.setCurrentIndex(index)

    def set_period(self, period: str) -> None:
        """Group the time series by ``period``: 'day' or 'week'."""
        _choose(self.period_box, PERIODS, period)

    def plotted(self) -> list[Point]:
        """What is drawn: (day ISO, value, n) over time; (group, value, n) for bars and the funnel;
        (stage, workshop average, measured) on −2…+2 for the emotion chart. Empty for a message."""
        return list(self._points)

    def highlighted_drop(self) -> tuple[str, float] | None:
        """The funnel's biggest drop-off: (stage name, share lost, e.g. 0.75), else None."""
        return self._drop if self.chart() == "funnel" else None

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.message

    def message_text(self) -> str:
        return self.message.text() if self.is_empty() else ""

    def hover_text_at(self, x: float) -> str:
        """The hover label for the point nearest to ``x`` (a timestamp or a bar index), '' if none."""
        index = self._nearest(x)
        return "" if index is None else self._hovers[index]

    def save_png(self, path: str | Path | None = None) -> Path | None:
        """Write the chart as PNG (asking where when no path is given); the path written, or None."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save Chart as PNG"), "",
                                                    self.tr("PNG images (*.png)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        plot = self.stack.currentWidget()
        if not isinstance(plot, pg.PlotWidget):
            self.editor.error.emit(self.tr("There is no chart to save."))
            return None
        if not target.parent.is_dir() or target.is_dir():
            self.editor.error.emit(self.tr("Cannot save the chart as {0}: the folder does not exist.")
                                   .format(target))
            return None
        image = self._render(plot)
        if image.isNull() or not image.save(str(target), "PNG"):
            self.editor.error.emit(self.tr("Cannot save the chart as {0}: the file could not be written.")
                                   .format(target))
            return None
        return target

    # ----- reacting to the editor

    def refresh(self, *_: object) -> None:
        """Re-read the metrics of the current journey and redraw."""
        self._fill_metrics()
        self._redraw()

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        if any(isinstance(change.entity, _WATCHED) for change in changes):
            self.refresh()

    def _selection_changed(self, _ids: list[str]) -> None:
        if self.chart() == "time" and self._scope()[3] != self._scope_key:
            self._redraw()

    def _chart_changed(self) -> None:
        self._fill_metrics()
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and hasattr(self, "stack"):
            self._apply_palette()
            self._redraw()

    def _conn(self) -> sqlite3.Connection | None:
        store = self.editor.store
        return store.conn if store is not None else None

    def _fill_metrics(self) -> None:
        conn, journey_id = self._conn(), self.editor.journey_id
        self._datasets = datasets_for(self.editor.document, journey_id) if conn and journey_id else []
        names = metrics_of(conn, [d.id for d in self._datasets]) if conn and self._datasets else []
        self._kinds = {name: metric_kind(self._datasets, name) for name in names}
        allowed = {"funnel": _FUNNEL_KINDS, "emotion": _EMOTION_KINDS}.get(self.chart())
        offered = [n for n in names if allowed is None or self._kinds[n] in allowed]
        current = self.metric_box.currentText()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        self.metric_box.addItems(offered)
        if current in offered:
            self.metric_box.setCurrentIndex(offered.index(current))
        self.metric_box.blockSignals(False)

    # ----- drawing

    def _redraw(self, *_: object) -> None:
        self._points, self._xs, self._hovers, self._drop = [], [], [], None
        chart = self.chart()
        self.period_box.setVisible(chart == "time")
        metric = self.metric_box.currentText()
        if not self._kinds:
            self._show_message(self.tr("Import a CSV file (File ▸ Import CSV…) to see charts here."))
        elif not metric:
            self._show_message(self.tr("The funnel needs a count or value metric per stage; import one.")
                               if chart == "funnel" else
                               self.tr("This chart needs an NPS, CSAT or CES metric; import one."))
        else:
            draw: dict[str, Callable[[str, MetricKind], None]] = {
                "time": self._draw_time, "touchpoint": self._draw_groups, "channel": self._draw_groups,
                "stage": self._draw_groups, "funnel": self._draw_funnel, "emotion": self._draw_emotion}
            try:
                draw[chart](metric, self._kinds[metric])
            except (LookupError, ValueError) as error:
                self._points, self._drop = [], None
                self._show_message(str(error))
        self.save_button.setEnabled(not self.is_empty())

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _show_plot(self, plot: pg.PlotWidget, title: str) -> None:
        plot.setTitle(html.escape(title), color=self._text.name())
        plot.setAccessibleDescription(title)
        plot.addItem(self._hover_items[plot], ignoreBounds=True)
        self._hover_items[plot].hide()
        self.stack.setCurrentWidget(plot)

    def _scope(self) -> tuple[str, tuple[object, ...], str, tuple[str, ...]]:
        """SQL condition, parameters, name and identity of the selected touchpoint or stage (or journey)."""
        document, journey_id = self.editor.document, self.editor.journey_id
        for entity_id in self.editor.selection:
            entity = document.find(entity_id)
            if getattr(entity, "journey_id", None) != journey_id:
                continue
            if isinstance(entity, Card) and entity.kind == CardKind.TOUCHPOINT:
                return " AND card_id = ?", (entity.id,), _short(entity.text, 40), ("card", entity.id)
            if isinstance(entity, Stage):
                cards = [c.id for c in document.children(Card, "stage_id", entity.id)]
                marks = ", ".join("?" for _ in cards) or "NULL"
                return (f" AND (stage_id = ? OR card_id IN ({marks}))", (entity.id, *cards),
                        _short(entity.name, 40), ("stage", entity.id))
        return "", (), self.tr("the whole journey"), ()

    def _draw_time(self, metric: str, kind: MetricKind) -> None:
        conn = self._conn()
        assert conn is not None
        where, params, scope, self._scope_key = self._scope()
        period = str(self.period_box.currentData())
        buckets: dict[date, list[Group]] = {}
        for (day,), group in grouped_sums(conn, [d.id for d in self._datasets], metric, ("day",),
                                   " AND day IS NOT NULL" + where, params):
            start = metrics.period_start(date.fromisoformat(day), period)  # type: ignore[arg-type]
            buckets.setdefault(start, []).append(group)
        if not buckets:
            self._show_message(self.tr("No dated {0} data for {1}.").format(metric, scope))
            return
        plot = self.time_plot
        plot.clear()
        xs, ys = [], []
        for start, groups in sorted(buckets.items()):
            merged = _merge(groups, start.isoformat())
            value = value_of(merged, kind)
            self._points.append((merged.key, value, merged.n))
            self._xs.append(_timestamp(start))
            self._hovers.append(self._hover(merged.key, format_value(value, kind), merged.n))
            if value is not None:
                xs.append(self._xs[-1])
                ys.append(value)
        symbol = "o" if len(xs) <= 500 else None
        plot.plot(xs, ys, pen=pg.mkPen(BAR_COLOR, width=2), symbol=symbol, symbolSize=7,
                  symbolBrush=BAR_COLOR, symbolPen=None)
        plot.setLabel("left", html.escape(metric), color=self._text.name())
        plot.enableAutoRange()
        per = self.tr("per day") if period == "day" else self.tr("per week")
        self._show_plot(plot, self.tr("{0} {1}: {2}").format(metric, per, scope))

    def _by_stage(self, metric: str) -> list[tuple[Stage, Group]]:
        """The metric's sums per stage in journey order; rows with only a touchpoint count in its stage."""
        conn = self._conn()
        assert conn is not None
        document = self.editor.document
        stages = document.stages(self.editor.journey_id)
        known = {stage.id for stage in stages}
        found: dict[str, list[Group]] = {}
        for (stage_id, card_id), group in grouped_sums(conn, [d.id for d in self._datasets], metric,
                                                ("stage_id", "card_id")):
            if not stage_id and card_id:
                card = document.get(Card, card_id)
                stage_id = card.stage_id if card else None
            if stage_id in known:
                found.setdefault(stage_id, []).append(group)
        return [(stage, _merge(found[stage.id], stage.id)) for stage in stages if stage.id in found]

    def _draw_groups(self, metric: str, kind: MetricKind) -> None:
        by = self.chart()
        if by == "stage":
            rows: list[Point] = [(s.name, value_of(g, kind), g.n) for s, g in self._by_stage(metric)]
        else:
            _, _, found = figures(self.editor.document, self._conn(), metric, by,  # type: ignore[arg-type]
                                  self.editor.journey_id)  # in map order
            rows = [(f.label, f.value, f.n) for f in found]
        if not rows:
            self._show_message(self.tr("No {0} data by {1}.").format(metric, self.chart_box.currentText()))
            return
        title = {"touchpoint": self.tr("{0} by touchpoint"), "channel": self.tr("{0} by channel"),
                 "stage": self.tr("{0} by stage")}[by].format(metric)
        self._draw_bars(rows, kind, title)

    def _draw_funnel(self, metric: str, kind: MetricKind) -> None:
        steps = [(stage.name, value_of(group, kind), group.n) for stage, group in self._by_stage(metric)]
        steps = [step for step in steps if step[1] is not None]
        if len(steps) < 2:
            self._show_message(self.tr("The funnel needs {0} for at least two stages.").format(metric))
            return
        result = metrics.funnel([(name, value) for name, value, _ in steps])  # type: ignore[misc]
        notes: dict[int, str] = {}
        for step in result.steps:
            if step.drop_off is not None:
                notes[step.index] = self.tr("−{0:.0f} %").format(step.drop_off * 100)
        biggest = result.biggest_drop
        title = self.tr("Stage funnel: {0}").format(metric)
        if biggest is not None and biggest.drop_off is not None:
            self._drop = (biggest.name, biggest.drop_off)
            notes[biggest.index] = self.tr("biggest drop: −{0:.0f} %").format(biggest.drop_off * 100)
            title = self.tr("Stage funnel: {0}; biggest drop-off at {1} (−{2:.0f} %)").format(
                metric, biggest.name, biggest.drop_off * 100)
        self._draw_bars(steps, kind, title, highlight=biggest.index if biggest else None, notes=notes)

    def _draw_bars(self, rows: list[Point], kind: MetricKind, title: str, *, highlight: int | None = None,
                   notes: dict[int, str] | None = None) -> None:
        plot = self.group_plot
        plot.clear()
        self.legend.setVisible(False)
        values = [float(v) if v is not None else 0.0 for _, v, _ in rows]
        brushes = [pg.mkBrush(DROP_COLOR if i == highlight else BAR_COLOR) for i in range(len(rows))]
        plot.addItem(pg.BarGraphItem(x=list(range(len(rows))), height=values, width=0.6, brushes=brushes,
                                     pen=pg.mkPen(None)))
        low, high = min(0.0, *values), max(0.0, *values)
        span = (high - low) or 1.0
        for index, (label, value, n) in enumerate(rows):
            text = self.tr("{0}\nn = {1}").format(format_value(value, kind), n)
            if notes and index in notes:
                text += "\n" + notes[index]
            item = pg.TextItem(text, color=DROP_COLOR if index == highlight else self._text,
                               anchor=(0.5, 1.0 if values[index] >= 0 else 0.0))
            item.setPos(index, values[index])
            plot.addItem(item, ignoreBounds=True)
            self._points.append((label, value, n))
            self._xs.append(float(index))
            self._hovers.append(self._hover(label, format_value(value, kind), n))
        plot.getAxis("bottom").setTicks([[(i, _short(label)) for i, (label, _, _) in enumerate(rows)]])
        plot.getAxis("left").setTicks(None)
        plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
        plot.setYRange(low - (0.35 * span if low < 0 else 0), high + 0.35 * span, padding=0)
        plot.setLabel("left", "")
        self._show_plot(plot, title)

    def _draw_emotion(self, metric: str, kind: MetricKind) -> None:
        scale = emotion_scale(kind)
        if scale is None:
            raise ValueError(self.tr("{0} has no satisfaction scale to compare with emotions.")
                             .format(metric))
        document, journey_id = self.editor.document, self.editor.journey_id
        stages = document.stages(journey_id)
        scores: dict[str, list[int]] = {}
        for marker in document.markers(journey_id):
            scores.setdefault(marker.stage_id, []).append(marker.score)
        measured = {stage.id: metrics.scale_to_emotion(value_of(group, kind), *scale)
                    for stage, group in self._by_stage(metric)}
        if not stages:
            self._show_message(self.tr("This journey has no stages."))
            return
        plot = self.group_plot
        plot.clear()
        workshop_ys, measured_ys = [], []
        for index, stage in enumerate(stages):
            marks = scores.get(stage.id)
            workshop = sum(marks) / len(marks) if marks else None
            felt = measured.get(stage.id)
            self._points.append((stage.name, workshop, felt))
            self._xs.append(float(index))
            self._hovers.append(self.tr("{0}: workshop {1}, measured {2}").format(
                stage.name, _signed(workshop), _signed(felt)))
            workshop_ys.append(math.nan if workshop is None else workshop)
            measured_ys.append(math.nan if felt is None else felt)
        xs = list(map(float, range(len(stages))))
        self.legend.setVisible(True)
        plot.plot(xs, workshop_ys, pen=pg.mkPen(BAR_COLOR, width=3), symbol="o", symbolBrush=BAR_COLOR,
                  symbolPen=None, connect="finite", name=html.escape(self.tr("Workshop emotion")))
        plot.plot(xs, measured_ys, pen=pg.mkPen(MEASURED_COLOR, width=3, style=Qt.PenStyle.DashLine),
                  symbol="t", symbolBrush=MEASURED_COLOR, symbolPen=None, connect="finite",
                  name=html.escape(self.tr("Measured: {0}").format(metric)))
        plot.getAxis("bottom").setTicks([[(i, _short(stage.name)) for i, stage in enumerate(stages)]])
        levels = range(EMOTION_MIN, EMOTION_MAX + 1)
        plot.getAxis("left").setTicks([[(v, f"{v:+d}" if v else "0") for v in levels]])
        plot.setXRange(-0.5, len(stages) - 0.5, padding=0)
        plot.setYRange(EMOTION_MIN - 0.3, EMOTION_MAX + 0.3, padding=0)
        plot.setLabel("left", html.escape(self.tr("Emotion")), color=self._text.name())
        self._show_plot(plot, self.tr("Measured {0} vs workshop emotion").format(metric))

    # ----- hover, colours, export

    def _hover(self, label: str, value: str, n: int) -> str:
        return self.tr("{0}: {1} (n = {2})").format(label, value, n)

    def _nearest(self, x: float) -> int | None:
        if not self._xs or self.is_empty():
            return None
        after = bisect_left(self._xs, x)
        near = [i for i in (after - 1, after) if 0 <= i < len(self._xs)]
        return min(near, key=lambda i: abs(self._xs[i] - x))

    def _mouse_moved(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        hover = self._hover_items[plot]
        box = plot.plotItem.vb
        point = box.mapSceneToView(pos)
        index = self._nearest(point.x()) if box.sceneBoundingRect().contains(pos) else None
        if index is None or self.stack.currentWidget() is not plot:
            hover.hide()
            return
        hover.setText(self._hovers[index], color=self._text)
        hover.setPos(point.x(), point.y())
        hover.show()

    def _apply_palette(self) -> None:
        palette = self.palette()
        self._text = QColor(palette.color(QPalette.ColorRole.Text))
        background = palette.color(QPalette.ColorRole.Base)
        for plot in (self.time_plot, self.group_plot):
            plot.setBackground(background)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(self._text)
                axis.setTextPen(self._text)
        self.legend.setLabelTextColor(self._text)
        self.legend.setBrush(pg.mkBrush(background))

    def _render(self, plot: pg.PlotWidget) -> QImage:
        hover = self._hover_items[plot]
        visible = hover.isVisible()
        hover.hide()
        try:
            exporter = ImageExporter(plot.plotItem)
            if exporter.parameters()["width"] < EXPORT_WIDTH:
                exporter.parameters()["width"] = EXPORT_WIDTH
            image = exporter.export(toBytes=True)
        except Exception:  # pyqtgraph raises a bare Exception (or divides by zero) for a zero-size chart
            image = QImage()
        finally:
            hover.setVisible(visible)
        return image
