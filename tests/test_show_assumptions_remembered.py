"""View ▸ Show Assumptions is remembered: the next window starts with it as it was left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from journeydesk.ui.base.preferences_store import load_view_option
from journeydesk.ui.window.main_window import MainWindow
from tests.test_canvas_evidence import EXAMPLE_BACKED, shaded_ids
from tests.test_overlay_menu import menu_action


def restarted(qtbot, tmp_path: Path) -> MainWindow:
    """A new window (same settings folder, as the window fixture set it) on the example copy."""
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_path(tmp_path / "example.journey")
    return again


def unbacked(win: MainWindow) -> set[str]:
    """The first journey's cards that no evidence backs: all 56 but the example's three backed ones."""
    cards = win.editor.document.cards(win.editor.journey_id)
    return {card.id for card in cards if card.text not in EXAMPLE_BACKED}


def test_show_assumptions_is_on_in_the_next_window_after_turning_it_on(qtbot, window, tmp_path: Path) -> None:
    menu_action(window, "View", "Show Assumptions").trigger()
    window.close()
    again = restarted(qtbot, tmp_path)
    action = menu_action(again, "View", "Show Assumptions")
    assert action.isChecked()
    assert len(unbacked(again)) == 56 - 3
    assert shaded_ids(again.map.scene) == unbacked(again)
    action.trigger()  # off again: the window after that starts without shading
    assert shaded_ids(again.map.scene) == set()
    again.close()
    third = restarted(qtbot, tmp_path)
    assert not menu_action(third, "View", "Show Assumptions").isChecked()
    assert shaded_ids(third.map.scene) == set()


def test_an_unreadable_saved_value_means_off(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/show_assumptions", "perhaps")
    assert not load_view_option("show_assumptions", settings)
    settings.setValue("view/show_assumptions", True)
    assert load_view_option("show_assumptions", settings)
