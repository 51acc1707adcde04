"""Preferences and About: what they show, what OK and Cancel do, and keyboard focus order."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit

from journeydesk import __version__
from journeydesk.ui.base.preferences_store import Preferences, load_preferences, save_preferences
from journeydesk.ui.dialogs.about_dialog import AboutDialog, notices_markdown
from journeydesk.ui.dialogs.preferences_dialog import PreferencesDialog
from journeydesk.ui.style import look, theme

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(tmp_path: Path, qapp, monkeypatch) -> QSettings:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    yield QSettings()
    theme.apply_theme(qapp, "light")
    look.set_emotion_labels(())


def test_preferences_shows_the_saved_values(settings, qtbot) -> None:
    save_preferences(Preferences("ja", "dark", "A3", "stages", "Aiko", ("a", "b", "c", "d", "e")), settings)
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "日本語"
    assert dialog.theme.currentData() == "dark"
    assert dialog.paper.currentText() == "A3"
    assert dialog.layout_choice.currentData() == "stages"
    assert dialog.author.text() == "Aiko"
    assert [e.text() for e in dialog.labels] == ["a", "b", "c", "d", "e"]


def test_ok_saves_every_field_and_cancel_changes_nothing(settings, qtbot) -> None:
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("poster"))
    dialog.author.setText("  Ken Sato ")
    for edit, text in zip(dialog.labels, ["Angry", "", "Calm", "", "Happy"], strict=True):
        edit.setText(text)
    dialog.reject()
    assert load_preferences(settings) == Preferences()
    dialog.accept()
    assert load_preferences(settings) == Preferences("en", "dark", "Letter", "poster", "Ken Sato",
                                                     ("Angry", "", "Calm", "", "Happy"))


def test_empty_emotion_labels_mean_the_built_in_scale(settings, qtbot) -> None:
    save_preferences(Preferences(emotion_labels=("a", "b", "c", "d", "e")), settings)
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    for edit in dialog.labels:
        edit.setText("  ")
    dialog.accept()
    assert load_preferences(settings).emotion_labels == ()


def test_restore_defaults_fills_in_the_defaults_without_saving(settings, qtbot) -> None:
    save_preferences(Preferences(paper="A3", author="X"), settings)
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    assert dialog.preferences() == Preferences()
    assert load_preferences(settings).paper == "A3"


def test_the_window_applies_theme_and_emotion_labels_on_ok(settings, qtbot, monkeypatch) -> None:
    from journeydesk.ui.window.main_window import MainWindow

    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)

    def choose(dialog_self) -> int:
        dialog_self.theme.setCurrentIndex(dialog_self.theme.findData("dark"))
        for edit, text in zip(dialog_self.labels, ["Furious", "Cross", "Meh", "Glad", "Thrilled"],
                              strict=True):
            edit.setText(text)
        dialog_self.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.actions_by_name["preferences"].trigger()
    assert theme.current() is theme.DARK
    assert look.emotion_scale_label(2) == "+2 Thrilled"
    assert look.emotion_scale_label(0) == "0 Meh"
    assert look.emotion_scale_label(-1) == "-1 Cross"


def _tab_through(dialog, qtbot) -> list:
    """The widgets the Tab key visits, starting from the one focused when the dialog opens."""
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = [dialog.focusWidget()]
    for _ in range(30):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen


def test_tab_reaches_every_input_of_preferences_in_order(settings, qtbot) -> None:
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    seen = _tab_through(dialog, qtbot)
    inputs = [dialog.language, dialog.theme, dialog.paper, dialog.layout_choice, dialog.author,
              *dialog.labels]
    assert seen[:len(inputs)] == inputs
    buttons = dialog.findChildren(QAbstractButton)
    assert set(buttons) <= set(seen)
    assert set(dialog.findChildren(QComboBox)) | set(dialog.findChildren(QLineEdit)) <= set(seen)


def test_the_about_dialog_shows_version_license_and_every_notice(qapp, qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts and "MIT" in texts
    notices = dialog.notices.toPlainText()
    for name, license_name in (("PySide6", "LGPLv3"), ("reportlab", "BSD"), ("pyqtgraph", "MIT"),
                               ("BudouX", "Apache License 2.0"), ("Pillow", "HPND"),
                               ("fontTools", "MIT"), ("BIZ UDPGothic", "SIL Open Font License")):
        assert name in notices and license_name in notices, name
    assert "PERMISSION & CONDITIONS" in notices, "the font license's full text is shown"
    seen = _tab_through(dialog, qtbot)
    assert dialog.notices.verticalScrollBar().maximum() > 0, "the notices scroll"
    assert dialog.notices in seen and set(dialog.buttons.buttons()) <= set(seen)


def test_the_notices_ship_in_the_wheel() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "THIRD_PARTY_NOTICES.md" in data["tool"]["setuptools"]["package-data"]["journeydesk.resources"]
    assert (ROOT / "resources" / "THIRD_PARTY_NOTICES.md").is_file()
    assert "SIL OPEN FONT LICENSE Version 1.1" in notices_markdown()


def test_a_chosen_theme_shows_at_once_and_cancel_puts_it_back(settings, qtbot) -> None:
    theme.apply_theme(QApplication.instance(), "light")
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert theme.current() is theme.DARK
    dialog.reject()
    assert theme.current() is theme.LIGHT
    assert load_preferences(settings).theme == "system"


def test_the_map_announces_a_selected_cell(settings, qtbot, tmp_path: Path) -> None:
    from journeydesk.store.new_project import create_project
    from journeydesk.ui.window.main_window import MainWindow

    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    create_project(str(tmp_path / "c.journey"), "blank", "en")
    assert window.open_path(tmp_path / "c.journey")
    layout = window.map.scene.layout
    stage, lane = layout.stages[0], layout.lanes[0]
    window.map.scene.select_cell((stage.id, lane.id))
    assert window.map.view.accessibleDescription().startswith(f"Cell {stage.name}, {lane.name}")
