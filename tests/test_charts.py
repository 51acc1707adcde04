"""The charts panel on a project with imported data: what each chart plots, the funnel, PNG export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QFileDialog

from journeydesk.core.history import History
from journeydesk.core.model import Card, Stage
from journeydesk.figures import figures
from journeydesk.imports.mapping import propose
from journeydesk.imports.reader import read_table, sniff
from journeydesk.imports.session import import_file
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.chart_drawing import BAR_COLOR
from journeydesk.ui.panels.charts import ChartsPanel
from tests.chart_steps import (
    choose_chart,
    choose_metric,
    choose_period,
    hover_text_at,
    message_text,
    metric_names,
)

WIDE = (
    "Date,Touchpoint,NPS,CSAT\n"
    "2024-03-01,Cart and checkout form,9,5\n"
    "2024-03-01,Cart and checkout form,3,2\n"
    "2024-03-02,Cart and checkout form,10,4\n"
    "2024-03-03,Customer reviews and star ratings,9,4\n"
    "2024-03-04,Order confirmation email,7,4\n"
    "2024-03-05,Order confirmation email,6,3\n"
    "2024-03-05,Cart and checkout form,8,5\n"
    "2024-03-05,Follow-up email with running tips,10,5\n"
)
FUNNEL = ("stage,metric,value\nAwareness,visitors,1000\nConsideration,visitors,600\n"
          "Purchase,visitors,150\nPost-purchase,visitors,120\n")
EMPTY = "Import a CSV file (File ▸ Import CSV…) to see charts here."


def _import(history: History, store, text: str) -> None:
    data = text.encode("utf-8")
    settings = sniff(data)
    journey = history.document.journeys()[0]
    import_file(history, store, journey.id, data, settings, propose(read_table(data, settings)).mapping,
                source="data.csv")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    project = create_project(tmp_path / "p.journey", "ecommerce")
    store = Store.open(project)
    try:
        history = History(store.load(), store)
        _import(history, store, WIDE)
        _import(history, store, FUNNEL)
    finally:
        store.close()
    return project


@pytest.fixture
def editor(path: Path) -> Iterator[Editor]:
    ed = Editor()
    assert ed.open(path)
    yield ed
    ed.close()


@pytest.fixture
def errors(editor: Editor) -> list[str]:
    seen: list[str] = []
    editor.error.connect(seen.append)
    return seen


@pytest.fixture
def panel(qtbot, editor: Editor) -> ChartsPanel:
    widget = ChartsPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _card(editor: Editor, text: str) -> Card:
    return next(c for c in editor.document.all(Card) if c.text == text)


def _stage(editor: Editor, name: str) -> Stage:
    return next(s for s in editor.document.all(Stage) if s.name == name)


def _midnight(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def test_the_metric_list_follows_the_journey_and_the_chart(panel: ChartsPanel) -> None:
    assert panel.chart() == "time"
    assert metric_names(panel) == ["CSAT", "NPS", "visitors"]
    choose_chart(panel, "funnel")
    assert metric_names(panel) == ["visitors"]
    choose_chart(panel, "emotion")
    assert metric_names(panel) == ["CSAT", "NPS"]
    assert not panel.is_empty()


@pytest.mark.parametrize("by", ["touchpoint", "channel"])
def test_bars_plot_exactly_the_shared_figures(panel: ChartsPanel, editor: Editor, by: str) -> None:
    choose_chart(panel, by)
    choose_metric(panel, "NPS")
    _, _, rows = figures(editor.document, editor.store.data, "NPS", by, editor.journey_id)
    assert sorted(panel.points, key=repr) == sorted(((f.label, f.value, f.n) for f in rows), key=repr)


def test_touchpoint_bars_are_in_map_order_with_hand_computed_nps(panel: ChartsPanel) -> None:
    choose_chart(panel, "touchpoint")
    choose_metric(panel, "NPS")
    # Reviews (Consideration) 9 → +100; cart 9, 3, 10, 8 → +25; email 7, 6 → −50;
    # follow-up 10 → +100.
    assert panel.points == [
        ("Customer reviews and star ratings", 100.0, 1), ("Cart and checkout form", 25.0, 4),
        ("Order confirmation email", -50.0, 2), ("Follow-up email with running tips", 100.0, 1)]
    assert hover_text_at(panel, 1.2) == "Cart and checkout form: +25.0 (n = 4)"


def test_stage_bars_count_touchpoint_rows_in_their_stage(panel: ChartsPanel) -> None:
    choose_chart(panel, "stage")
    choose_metric(panel, "CSAT")
    # Purchase holds the cart (5, 2, 4, 5) and the email (4, 3): 4 of 6 satisfied.
    assert panel.points == [("Consideration", 100.0, 1), ("Purchase", pytest.approx(400 / 6), 6),
                               ("Post-purchase", 100.0, 1)]


def test_the_time_series_follows_the_selected_touchpoint(panel: ChartsPanel, editor: Editor) -> None:
    choose_metric(panel, "NPS")
    # The whole journey per day; 5 March holds 6, 8 and 10 → one promoter, one detractor → 0.
    assert panel.points == [("2024-03-01", 0.0, 2), ("2024-03-02", 100.0, 1), ("2024-03-03", 100.0, 1),
                               ("2024-03-04", 0.0, 1), ("2024-03-05", 0.0, 3)]
    editor.select([_card(editor, "Cart and checkout form").id])
    assert panel.points == [("2024-03-01", 0.0, 2), ("2024-03-02", 100.0, 1), ("2024-03-05", 0.0, 1)]
    choose_period(panel, "week")
    # Weeks start on Monday: 9, 3, 10 in the week of 26 February → (2 − 1) / 3.
    assert panel.points == [("2024-02-26", pytest.approx(100 / 3), 3), ("2024-03-04", 0.0, 1)]
    choose_period(panel, "day")
    editor.select([_stage(editor, "Purchase").id])
    assert panel.points == [("2024-03-01", 0.0, 2), ("2024-03-02", 100.0, 1), ("2024-03-04", 0.0, 1),
                               ("2024-03-05", -50.0, 2)]
    editor.select([])
    assert len(panel.points) == 5


def test_hovering_shows_date_value_and_sample_size(panel: ChartsPanel, editor: Editor) -> None:
    choose_metric(panel, "NPS")
    editor.select([_card(editor, "Cart and checkout form").id])
    plot = panel.time_plot
    box = plot.plotItem.vb
    scene_pos = box.mapViewToScene(QPointF(_midnight(date(2024, 3, 2)), 50.0))
    plot.scene().sigMouseMoved.emit(scene_pos)
    hover = panel._hover_items[plot]
    assert hover.isVisible()
    assert hover.toPlainText() == "2024-03-02: +100.0 (n = 1)"
    assert hover_text_at(panel, _midnight(date(2024, 3, 5)) - 3600) == "2024-03-05: +0.0 (n = 1)"


def test_the_funnel_highlights_the_biggest_drop(panel: ChartsPanel) -> None:
    choose_chart(panel, "funnel")
    # 1000 → 600 (−40 %) → 150 (−75 %) → 120 (−20 %): the biggest drop is into Purchase.
    assert [(label, value) for label, value, _ in panel.points] == [
        ("Awareness", 1000), ("Consideration", 600), ("Purchase", 150), ("Post-purchase", 120)]
    name, share = panel.drop
    assert name == "Purchase" and share == pytest.approx(0.75)
    assert "biggest drop-off at Purchase (−75 %)" in panel.group_plot.accessibleDescription()
    choose_chart(panel, "stage")
    assert panel.drop is None


def test_measured_and_workshop_emotion_share_the_scale(panel: ChartsPanel, editor: Editor) -> None:
    choose_chart(panel, "emotion")
    choose_metric(panel, "CSAT")
    points = panel.points
    stages = editor.document.stages(editor.journey_id)
    assert [p[0] for p in points] == [s.name for s in stages]
    for _, workshop, measured in points:
        for value in (workshop, measured):
            assert value is None or -2 <= value <= 2
    by_stage = {name: (workshop, measured) for name, workshop, measured in points}
    # Workshop markers in Purchase: −2 and 0; CSAT there 4/6 satisfied → −2 + 4 × 2/3.
    assert by_stage["Purchase"] == (-1.0, pytest.approx(-2 + 8 / 3))
    assert by_stage["Awareness"] == (0.5, None)
    assert panel.legend.isVisible()
    choose_metric(panel, "NPS")
    # NPS in Purchase: 9, 3, 10, 8, 7, 6 → 0 on −100..100 → 0 on the emotion scale.
    assert dict((p[0], p[2]) for p in panel.points)["Purchase"] == pytest.approx(0.0)


def test_save_as_png_writes_the_chart(panel: ChartsPanel, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    choose_chart(panel, "touchpoint")
    target = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    panel.save_button.click()
    written = tmp_path / "chart.png"
    assert written.stat().st_size > 5_000
    image = QImage(str(written))
    assert image.width() >= 1200 and image.height() > 300
    blue = QColor(BAR_COLOR)
    assert bytes((blue.blue(), blue.green(), blue.red(), 255)) in bytes(
        image.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    assert errors == []


def test_unwritable_paths_are_refused(panel: ChartsPanel, tmp_path: Path, errors: list[str]) -> None:
    assert panel.save_png(tmp_path / "missing" / "chart.png") is None
    (tmp_path / "folder.png").mkdir()
    assert panel.save_png(tmp_path / "folder.png") is None
    assert len(errors) == 2 and "does not exist" in errors[0]


def test_no_data_shows_the_empty_state(qtbot, tmp_path: Path) -> None:
    editor = Editor()
    widget = ChartsPanel(editor)
    qtbot.addWidget(widget)
    assert widget.is_empty() and message_text(widget) == EMPTY
    assert editor.open(create_project(tmp_path / "blank.journey", "ecommerce"))
    try:
        assert metric_names(widget) == [] and message_text(widget) == EMPTY
        assert not widget.save_button.isEnabled()
        assert widget.points == [] and widget.drop is None
    finally:
        editor.close()


def test_undoing_the_import_empties_the_metric_list(qtbot, tmp_path: Path) -> None:
    editor = Editor()
    assert editor.open(create_project(tmp_path / "one.journey", "ecommerce"))
    try:
        widget = ChartsPanel(editor)
        qtbot.addWidget(widget)
        _import(editor.history, editor.store, WIDE)
        assert metric_names(widget) == ["CSAT", "NPS"] and not widget.is_empty()
        editor.undo()
        assert metric_names(widget) == [] and message_text(widget) == EMPTY
        editor.redo()
        assert metric_names(widget) == ["CSAT", "NPS"]
    finally:
        editor.close()


def test_axes_follow_a_dark_palette(panel: ChartsPanel) -> None:
    palette = QPalette(panel.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    panel.setPalette(palette)
    choose_chart(panel, "stage")
    axis = panel.group_plot.getAxis("left")
    assert axis.textPen().color() == QColor("#f0f0f0")
    assert panel.group_plot.backgroundBrush().color() == QColor("#1e1e1e")
