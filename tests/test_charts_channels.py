"""The Charts panel driven through its combo boxes, on answers keyed by channel: per touchpoint, per channel,
over time for a selected touchpoint, and the overlay on the map."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from channel_survey import RECOMMEND, card_named, make
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.charts import ChartsPanel
from tests.chart_steps import hover_text_at, message_text


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    path, _ = make(tmp_path)
    ed = Editor()
    assert ed.open(path)
    yield ed
    ed.close()


@pytest.fixture
def panel(qtbot, editor: Editor) -> ChartsPanel:
    widget = ChartsPanel(editor)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick(qtbot, box: QComboBox, text: str) -> None:
    """Choose ``text`` as a person does with the keyboard: focus the box, Home, then Down until it shows."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text, [box.itemText(i) for i in range(box.count())]


def test_by_touchpoint_shows_channel_answers_on_their_card(qtbot, panel: ChartsPanel) -> None:
    pick(qtbot, panel.chart_box, "By touchpoint")
    pick(qtbot, panel.metric_box, RECOMMEND)
    # In map order: live chat (Consideration) 10, 9, 3, 8 → +25; cart 10; order email 2; phone 6, 10.
    assert sorted(panel.points) == sorted([
        ("Live chat with staff about sizing", 25.0, 4), ("Cart and checkout form", 100.0, 1),
        ("Order confirmation email", -100.0, 1), ("Phone support to exchange the size", 0.0, 2)])
    assert panel.points[0][0] == "Live chat with staff about sizing"
    assert panel.points[-1][0] == "Phone support to exchange the size"


def test_by_channel_counts_touchpoint_rows_under_their_card_channel(qtbot, panel: ChartsPanel) -> None:
    pick(qtbot, panel.chart_box, "By channel")
    pick(qtbot, panel.metric_box, RECOMMEND)
    assert panel.points == [("Email", -100.0, 1), ("Kiosk", 0.0, 1), ("Live chat", 25.0, 4),
                               ("Phone support", 0.0, 2), ("Website", 100.0, 3)]
    assert hover_text_at(panel, 4.1) == "Website: +100.0 (n = 3)"
    pick(qtbot, panel.metric_box, "Satisfaction")
    # The cart's CSAT answers 5, 2, 4 have no channel of their own: its card says 'Website'.
    assert panel.points == [("Website", pytest.approx(200 / 3), 3)]


def test_over_time_for_a_selected_touchpoint_includes_its_channel(qtbot, panel: ChartsPanel,
                                                                  editor: Editor) -> None:
    pick(qtbot, panel.chart_box, "Over time")
    pick(qtbot, panel.metric_box, RECOMMEND)
    editor.select([card_named(editor.document, "Live chat with staff about sizing").id])
    assert panel.points == [("2024-03-01", 100.0, 2), ("2024-03-04", -100.0, 1), ("2024-03-11", 0.0, 1)]
    pick(qtbot, panel.period_box, "Per month")
    assert panel.points == [("2024-03-01", 25.0, 4)]
    assert "per month" in panel.time_plot.accessibleDescription()


def test_the_overlay_colours_cards_from_channel_answers(window, tmp_path: Path) -> None:
    (tmp_path / "overlay").mkdir()
    path, _ = make(tmp_path / "overlay")
    assert window.open_path(path)
    editor = window.editor
    assert RECOMMEND in window.map.overlay_choices()
    window.map.set_overlay_metric(RECOMMEND)
    chat = card_named(editor.document, "Live chat with staff about sizing")
    item = window.map.scene.cards[chat.id]
    # a long name is left to the legend
    assert item._overlay is not None and item._overlay[1].text() == "+25 · n=4"


def test_sums_that_overflow_are_said_where_the_chart_would_be(qtbot, tmp_path: Path) -> None:
    path, _ = make(tmp_path)
    with closing(sqlite3.connect(path)) as conn:  # as a hand edit of the file might leave it
        conn.execute("UPDATE rollups SET n = 9223372036854775807")
        conn.commit()
    editor = Editor()
    assert editor.open(path)
    try:
        widget = ChartsPanel(editor)
        qtbot.addWidget(widget)
        pick(qtbot, widget.chart_box, "By touchpoint")
        assert widget.is_empty() and "overflow" in message_text(widget)
    finally:
        editor.close()
