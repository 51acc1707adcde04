"""Charts over time: days without data break the line, and no two date labels overlap at any width;
"By channel" takes each touchpoint's channel from its card."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeydesk.core.enums import MetricKind
from journeydesk.core.history import History
from journeydesk.figures import Series, figures, with_gaps
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.charts import ChartsPanel
from tests.chart_steps import choose_chart, choose_metric, choose_period, message_text
from tests.test_charts import _import

SPARSE = ("Date,Touchpoint,NPS\n"
          "2024-03-01,Cart and checkout form,10\n"
          "2024-03-02,Cart and checkout form,0\n"
          "2024-03-06,Order confirmation email,9\n"
          "2024-03-06,Order confirmation email,6\n")
UNKEYED = "Date,NPS\n2024-03-01,10\n2024-03-02,3\n"


def _series(period: str, *points: tuple[date, float | None, int]) -> Series:
    return Series("NPS", MetricKind.NPS, period, None, "", tuple(points))


def test_missing_periods_are_filled_in_as_gaps() -> None:
    days = with_gaps(_series("day", (date(2024, 3, 30), 10.0, 1), (date(2024, 4, 2), -5.0, 2)))
    assert days == [(date(2024, 3, 30), 10.0, 1), (date(2024, 3, 31), None, 0), (date(2024, 4, 1), None, 0),
                    (date(2024, 4, 2), -5.0, 2)]
    weeks = with_gaps(_series("week", (date(2024, 12, 23), 1.0, 1), (date(2025, 1, 6), 2.0, 1)))
    assert [start for start, _, _ in weeks] == [date(2024, 12, 23), date(2024, 12, 30), date(2025, 1, 6)]
    months = with_gaps(_series("month", (date(2024, 11, 1), 1.0, 1), (date(2025, 2, 1), 2.0, 1)))
    assert [(start, n) for start, _, n in months] == [(date(2024, 11, 1), 1), (date(2024, 12, 1), 0),
                                                      (date(2025, 1, 1), 0), (date(2025, 2, 1), 1)]
    assert with_gaps(_series("day")) == []


def _project(folder: Path, *texts: str) -> Path:
    project = create_project(folder / "p.journey", "ecommerce", "en")
    with Store.open(project) as store:
        history = History(store.load(), store)
        for text in texts:
            _import(history, store, text)
    return project


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    ed = Editor()
    assert ed.open(_project(tmp_path, SPARSE))
    yield ed
    ed.close()


@pytest.fixture
def panel(qtbot, editor: Editor) -> ChartsPanel:
    widget = ChartsPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _midnight(day: int) -> float:
    return datetime(2024, 3, day, tzinfo=UTC).timestamp()


def test_days_without_data_break_the_line(panel: ChartsPanel) -> None:
    choose_chart(panel, "time")
    choose_metric(panel, "NPS")
    choose_period(panel, "day")
    (line,) = panel.time_plot.listDataItems()
    xs, ys = line.xData.tolist(), line.yData.tolist()
    assert xs == [_midnight(d) for d in range(1, 7)]
    # 1 March: one promoter → +100; 2 March: one detractor → −100; 6 March: 9 and 6 → (1 − 1)/2 → 0.
    assert ys[:2] == [100.0, -100.0] and ys[5] == 0.0
    assert all(math.isnan(y) for y in ys[2:5])
    assert line.opts["connect"] == "finite"
    assert panel.points == [("2024-03-01", 100.0, 1), ("2024-03-02", -100.0, 1), ("2024-03-06", 0.0, 2)]


def _labels(axis) -> list[tuple[float, float, str]]:
    """(left, right, text) of every label the axis draws, measured with the font it draws in."""
    font = axis.style["tickFont"] or QApplication.font()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(font)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    metrics = QFontMetricsF(font)
    return sorted((rect.center().x() - metrics.horizontalAdvance(text) / 2,
                   rect.center().x() + metrics.horizontalAdvance(text) / 2, text)
                  for rect, _flags, text in texts)


@pytest.mark.parametrize("width", [320, 480, 640, 900, 1300])
def test_date_labels_never_overlap(panel: ChartsPanel, qtbot, width: int) -> None:
    choose_chart(panel, "time")
    choose_metric(panel, "NPS")
    panel.resize(width, 360)
    plot = panel.time_plot
    plot.setXRange(datetime(2024, 3, 22, tzinfo=UTC).timestamp(),
                   datetime(2024, 4, 12, tzinfo=UTC).timestamp(), padding=0)
    qtbot.wait(30)
    labels = _labels(plot.getAxis("bottom"))
    assert len(labels) >= (3 if width >= 640 else 2), labels  # days labelled, not the month alone
    # the month label stays when there is room
    assert any("2024" in text for _, _, text in labels) or width < 400
    for (_, right, first), (left, _, second) in itertools.pairwise(labels):
        assert right <= left, (width, first, second)


def test_by_channel_uses_the_cards_channels(panel: ChartsPanel, editor: Editor) -> None:
    choose_chart(panel, "channel")
    choose_metric(panel, "NPS")
    # The data names touchpoints only. Cart (Website): 10 and 0 → 0; order email (Email): 9 and 6 → 0.
    assert panel.points == [("Email", 0.0, 2), ("Website", 0.0, 2)]
    _, _, rows = figures(editor.document, editor.store.data, "NPS", "channel", editor.journey_id)
    assert [(r.label, r.n) for r in rows] == [("Email", 2), ("Website", 2)]


def test_data_with_no_channel_or_touchpoint_is_not_one_none_bar(qtbot, tmp_path: Path) -> None:
    editor = Editor()
    assert editor.open(_project(tmp_path, UNKEYED))
    try:
        panel = ChartsPanel(editor)
        qtbot.addWidget(panel)
        choose_chart(panel, "channel")
        choose_metric(panel, "NPS")
        assert panel.is_empty() and "cannot be split by channel" in message_text(panel)
        choose_chart(panel, "time")
        assert not panel.is_empty()
    finally:
        editor.close()
