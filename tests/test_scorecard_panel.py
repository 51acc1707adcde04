"""View ▸ Panels ▸ Scorecard: the shown journey's KPIs, their status and a summary, kept up to date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "example.journey"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from journeydesk.ui.style.application import application
    from journeydesk.ui.window.main_window import MainWindow

    application()
    project = tmp_path / "example.journey"
    shutil.copy(EXAMPLE, project)
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    assert win.open_path(project)
    win.resize(1366, 768)
    win.show()
    return win


def shown_panel(window):
    action = window.docks["scorecard"].toggleViewAction()
    assert action.text() == "Sc&orecard"
    action.trigger()
    assert window.docks["scorecard"].isVisible()
    return window.docks["scorecard"].widget()


def test_the_panel_lists_the_kpis_with_status_and_a_summary(window) -> None:
    window.editor.show_journey(next(j.id for j in window.editor.document.journeys()
                                    if j.name == "E-commerce purchase journey"))
    panel = shown_panel(window)
    rows = panel.rows()
    assert [(r[0], r[1], r[6]) for r in rows] == [
        ("Whole journey", "Conversion rate (%)", "✓ on target"),
        ("Purchase", "Checkout completion (%)", "✗ off target"),
        ("Post-purchase", "Exchanges by phone per 100 orders", "✗ off target")]
    assert [r[5] for r in rows] == ["↑", "↑", "↓"]
    assert rows[1][2:5] == ["38", "30", "45"]  # current, baseline, target: as the CLI and the PDF order them
    assert panel.summary.text() == "1 of 3 KPIs on target, 2 off target, 0 without data"


def test_a_new_kpi_shows_and_undo_and_redo_follow(window) -> None:
    from journeydesk.core.kpi_commands import set_kpi

    editor = window.editor
    journey = next(j for j in editor.document.journeys() if j.name == "E-commerce purchase journey")
    editor.show_journey(journey.id)
    panel = shown_panel(window)
    before = panel.rows()
    purchase = next(s for s in editor.document.stages(journey.id) if s.name == "Purchase")
    assert editor.run(lambda doc: set_kpi(doc, journey.id, "Returns (%)", stage_id=purchase.id, value=4.0,
                                          target=5.0, direction="down", owner="Ops"))
    rows = panel.rows()
    assert len(rows) == 4
    # no data source: "–"
    assert rows[2] == ["Purchase", "Returns (%)", "4", "–", "5", "↓", "✓ on target", "Ops", "–"]
    assert panel.summary.text() == "2 of 4 KPIs on target, 2 off target, 0 without data"
    window.actions_by_name["undo"].trigger()
    assert panel.rows() == before
    window.actions_by_name["redo"].trigger()
    assert len(panel.rows()) == 4


def test_a_journey_without_kpis_says_how_to_add_them(window) -> None:
    editor = window.editor
    without = [j for j in editor.document.journeys() if not any(True for _ in panel_kpis(editor, j.id))]
    panel = shown_panel(window)
    if without:
        editor.show_journey(without[0].id)
        assert panel.rows() == []
        assert "journeydesk kpi" in panel.summary.text()


def panel_kpis(editor, journey_id: str):
    from journeydesk.figures.kpis import journey_kpis

    return journey_kpis(editor.document, journey_id)


def test_the_japanese_ui_has_japanese_headers(window) -> None:
    from journeydesk.ui.panels.scorecard_panel import ScorecardPanel
    from journeydesk.ui.style.language import install_translators

    install_translators("ja")
    try:
        panel = ScorecardPanel(window.editor)
        header = [panel.table.headerItem().text(c) for c in range(panel.table.columnCount())]
        assert header[:4] == ["ステージ", "KPI", "現在値", "ベースライン"] and header[7] == "担当者"
        panel.deleteLater()
    finally:
        install_translators("en")


def test_the_window_with_the_panel_renders_in_light_and_dark(window, tmp_path: Path) -> None:
    from journeydesk.ui.style.application import application
    from journeydesk.ui.style.theme import apply_theme

    shown_panel(window)
    for theme in ("light", "dark"):
        apply_theme(application(), theme)
        assert window.grab().save(str(tmp_path / f"scorecard_{theme}.png"))
    apply_theme(application(), "light")


def test_f6_reaches_the_scorecard(window, qtbot) -> None:
    panel = shown_panel(window)
    window.activateWindow()
    reached = False
    for _ in range(len(window.docks) + 2):
        window.actions_by_name["next_panel"].trigger()
        reached = reached or panel.table.hasFocus()
    assert reached


def test_activating_a_stage_row_selects_the_stage(window) -> None:
    editor = window.editor
    journey = next(j for j in editor.document.journeys() if j.name == "E-commerce purchase journey")
    editor.show_journey(journey.id)
    panel = shown_panel(window)
    purchase = next(s for s in editor.document.stages(journey.id) if s.name == "Purchase")
    panel.table.itemActivated.emit(panel.table.topLevelItem(1), 0)
    assert editor.selection == [purchase.id]


def test_the_scorecard_opens_low_enough_to_leave_the_map_its_room(window, qtbot) -> None:
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first-run dock sizes
    dock = window.docks["scorecard"]
    shown_panel(window)
    qtbot.waitUntil(lambda: dock.height() <= 210)
    assert window.map.height() >= window.height() // 2
