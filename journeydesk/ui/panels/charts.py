"""The charts dock: a metric over time, across groups, the stage funnel, measured vs workshop emotion.

Every figure comes from ``journeydesk.figures``; this panel chooses what to show and draws it."""

from __future__ import annotations

import html
import math
from bisect import bisect_left
from collections.abc import Callable
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

from journeydesk.core.document import Change
from journeydesk.core.enums import CardKind, MetricKind
from journeydesk.core.model import Card, Dataset, EmotionMarker, Journey, Stage
from journeydesk.figures import (
    EMOTION_KINDS,
    FUNNEL_KINDS,
    Metric,
    emotion_comparison,
    figures,
    format_value,
    funnel,
    metrics_in,
    over_time,
    with_gaps,
)
from journeydesk.store.datasets import DatasetReader
from journeydesk.store.store import StoreError
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.start_folder import start_path
from journeydesk.ui.panels.chart_drawing import (
    Point,
    draw_bars,
    draw_emotions,
    draw_line,
    short,
    timestamp,
)
from journeydesk.ui.panels.date_axis import LocaleDateAxis

CHART_KINDS: tuple[str, ...] = ("time", "touchpoint", "channel", "stage", "funnel", "emotion")
PERIODS: tuple[str, ...] = ("day", "week", "month")
EXPORT_WIDTH = 1200
_WATCHED = (Dataset, Stage, Card, EmotionMarker, Journey)


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


class ChartsPanel(QWidget):
    """Charts of the current journey's imported metrics, following the editor's journey and selection."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # What is drawn: (day ISO, value, n) over time; (group, value, n) for bars and the funnel; (stage,
        # workshop average, measured) on −2…+2 for the emotion chart; empty under a message. ``hovers`` holds
        # each point's hover label, ``drop`` the funnel's biggest drop-off (stage name, share lost).
        self.points: list[Point] = []
        self._xs: list[float] = []
        self.hovers: list[str] = []
        self.drop: tuple[str, float] | None = None
        self._kinds: dict[str, MetricKind] = {}
        self._problem = ""
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
        for key, label in zip(PERIODS, (self.tr("Per day"), self.tr("Per week"), self.tr("Per month")),
                              strict=True):
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

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.message

    def save_png(self, path: str | Path | None = None) -> Path | None:
        """Write the chart as PNG (asking where when no path is given); the path written, or None."""
        if path is None:
            title = self.stack.currentWidget().accessibleDescription() or self.tr("Chart")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save Chart as PNG"),
                                                    start_path(self.editor, title, ".png"),
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
        if self.chart() == "time" and self._scope()[2] != self._scope_key:
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

    def _data(self) -> DatasetReader | None:
        store = self.editor.store
        return store.data if store is not None else None

    def _fill_metrics(self) -> None:
        journey_id = self.editor.journey_id
        self._problem = ""
        try:
            found = metrics_in(self.editor.document, self._data(), journey_id) if journey_id else []
        except StoreError as error:  # a damaged file: say so where the chart would be
            found, self._problem = [], str(error)
        self._kinds = {metric.name: metric.kind for metric in found}
        allowed = {"funnel": FUNNEL_KINDS, "emotion": EMOTION_KINDS}.get(self.chart())
        offered = [m.name for m in found if allowed is None or m.kind in allowed]
        current = self.metric_box.currentText()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        self.metric_box.addItems(offered)
        if current in offered:
            self.metric_box.setCurrentIndex(offered.index(current))
        self.metric_box.blockSignals(False)

    # ----- drawing

    def _redraw(self, *_: object) -> None:
        self.points, self._xs, self.hovers, self.drop = [], [], [], None
        chart = self.chart()
        self.period_box.setVisible(chart == "time")
        metric = self.metric_box.currentText()
        data = self._data()
        if self._problem:
            self._show_message(self._problem)
        elif not self._kinds or data is None:
            self._show_message(self.tr("Import a CSV file (File ▸ Import CSV…) to see charts here."))
        elif not metric:
            self._show_message(self.tr("The funnel needs a count or value metric per stage; import one.")
                               if chart == "funnel" else
                               self.tr("This chart needs an NPS, CSAT or CES metric; import one."))
        else:
            draw: dict[str, Callable[[DatasetReader, Metric], None]] = {
                "time": self._draw_time, "touchpoint": self._draw_groups, "channel": self._draw_groups,
                "stage": self._draw_groups, "funnel": self._draw_funnel, "emotion": self._draw_emotion}
            try:
                draw[chart](data, Metric(metric, self._kinds[metric]))
            except (LookupError, ValueError, StoreError) as error:
                self.points, self.drop = [], None
                self._show_message(str(error.args[0] if isinstance(error, LookupError) else error))
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

    def _scope(self) -> tuple[str | None, str, tuple[str, ...]]:
        """The id, name and identity of the selected touchpoint or stage (None: the whole journey)."""
        document, journey_id = self.editor.document, self.editor.journey_id
        for entity_id in self.editor.selection:
            entity = document.find(entity_id)
            if getattr(entity, "journey_id", None) != journey_id:
                continue
            if isinstance(entity, Card) and entity.kind == CardKind.TOUCHPOINT:
                return entity.id, short(entity.text, 40), ("card", entity.id)
            if isinstance(entity, Stage):
                return entity.id, short(entity.name, 40), ("stage", entity.id)
        return None, self.tr("the whole journey"), ()

    def _show(self, rows: list[Point], xs: list[float], hovers: list[str]) -> None:
        self.points, self._xs, self.hovers = rows, xs, hovers

    def _draw_time(self, data: DatasetReader, metric: Metric) -> None:
        scope_id, scope, self._scope_key = self._scope()
        period = str(self.period_box.currentData())
        series = over_time(self.editor.document, data, metric, self.editor.journey_id, period=period,
                           scope_id=scope_id)
        if not series.points:
            self._show_message(self.tr("No dated {0} data for {1}.").format(metric.name, scope))
            return
        rows = [(day.isoformat(), value, n) for day, value, n in series.points]
        self._show(rows, [timestamp(day) for day, _, _ in series.points],
                   [self._hover(key, format_value(value, metric.kind), n) for key, value, n in rows])
        line = with_gaps(series)  # periods without data break the line
        draw_line(self.time_plot, [timestamp(day) for day, _, _ in line],
                  [math.nan if value is None else value for _, value, _ in line], metric.name, self._text)
        per = {"day": self.tr("per day"), "week": self.tr("per week"), "month": self.tr("per month")}[period]
        self._show_plot(self.time_plot, self.tr("{0} {1}: {2}").format(metric.name, per, scope))

    def _draw_groups(self, data: DatasetReader, metric: Metric) -> None:
        by = self.chart()
        _, _, found = figures(self.editor.document, data, metric, by, self.editor.journey_id)
        rows: list[Point] = [(f.label, f.value, f.n) for f in found]
        if not rows:
            self._show_message(self.tr("No {0} data by {1}.").format(metric.name,
                                                                     self.chart_box.currentText()))
            return
        if by == "channel" and all(not f.key for f in found):  # one "(none)" bar would say nothing
            self._show_message(self.tr("The {0} data names no channel and no touchpoint of the map, so it "
                                       "cannot be split by channel. Import a file with a channel or "
                                       "touchpoint column.")
                               .format(metric.name))
            return
        title = {"touchpoint": self.tr("{0} by touchpoint"), "channel": self.tr("{0} by channel"),
                 "stage": self.tr("{0} by stage")}[by].format(metric.name)
        self._draw_bars(rows, metric.kind, title)

    def _draw_funnel(self, data: DatasetReader, metric: Metric) -> None:
        made = funnel(self.editor.document, data, metric, self.editor.journey_id)
        if made is None:
            self._show_message(self.tr("The funnel needs {0} for at least two stages.").format(metric.name))
            return
        notes: dict[int, str] = {}
        for step in made.result.steps:
            if step.drop_off is not None:
                notes[step.index] = self.tr("−{0:.0f} %").format(step.drop_off * 100)
        biggest = made.result.biggest_drop
        title = self.tr("Stage funnel: {0}").format(metric.name)
        if biggest is not None and biggest.drop_off is not None:
            self.drop = (biggest.name, biggest.drop_off)
            notes[biggest.index] = self.tr("biggest drop: −{0:.0f} %").format(biggest.drop_off * 100)
            title = self.tr("Stage funnel: {0}; biggest drop-off at {1} (−{2:.0f} %)").format(
                metric.name, biggest.name, biggest.drop_off * 100)
        self._draw_bars(list(made.steps), metric.kind, title, highlight=biggest.index if biggest else None,
                        notes=notes)

    def _draw_bars(self, rows: list[Point], kind: MetricKind, title: str, *, highlight: int | None = None,
                   notes: dict[int, str] | None = None) -> None:
        self._show(rows, [float(i) for i in range(len(rows))],
                   [self._hover(label, format_value(value, kind), n) for label, value, n in rows])  # type: ignore[arg-type]
        self.legend.setVisible(False)
        draw_bars(self.group_plot, rows, kind, self._text, highlight=highlight, notes=notes)
        self._show_plot(self.group_plot, title)

    def _draw_emotion(self, data: DatasetReader, metric: Metric) -> None:
        found = emotion_comparison(self.editor.document, data, metric, self.editor.journey_id)
        if not found.stages:
            self._show_message(self.tr("This journey has no stages."))
            return
        rows: list[Point] = list(found.stages)
        self._show(rows, [float(i) for i in range(len(rows))],
                   [self.tr("{0}: workshop {1}, measured {2}").format(name, _signed(w), _signed(m))
                    for name, w, m in found.stages])
        self.legend.setVisible(True)
        draw_emotions(self.group_plot, rows, metric.name, self._text)
        self._show_plot(self.group_plot, self.tr("Measured {0} vs workshop emotion").format(metric.name))

    # ----- hover, colours, export

    def _hover(self, label: str, value: str, n: int) -> str:
        return self.tr("{0}: {1} (n = {2})").format(label, value, n)

    def nearest(self, x: float) -> int | None:
        if not self._xs or self.is_empty():
            return None
        after = bisect_left(self._xs, x)
        near = [i for i in (after - 1, after) if 0 <= i < len(self._xs)]
        return min(near, key=lambda i: abs(self._xs[i] - x))

    def _mouse_moved(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        hover = self._hover_items[plot]
        box = plot.plotItem.vb
        point = box.mapSceneToView(pos)
        index = self.nearest(point.x()) if box.sceneBoundingRect().contains(pos) else None
        if index is None or self.stack.currentWidget() is not plot:
            hover.hide()
            return
        hover.setText(self.hovers[index], color=self._text)
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
            exporter.parameters()["width"] = max(exporter.parameters()["width"], EXPORT_WIDTH)
            image = exporter.export(toBytes=True)
        except Exception:  # pyqtgraph raises a bare Exception (or divides by zero) for a zero-size chart
            image = QImage()
        finally:
            hover.setVisible(visible)
        return image
