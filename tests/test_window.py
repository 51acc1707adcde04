"""The main window around the map: menus and shortcuts, welcome page, bad files, fonts, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from journeydesk.core import commands


def test_a_new_user_sees_the_welcome_page(bare) -> None:
    assert bare.pages.currentWidget() is bare.welcome
    assert bare.windowTitle() == "JourneyDesk"
    assert not bare.actions_by_name["undo"].isEnabled()
    assert not bare.actions_by_name["save_copy"].isEnabled()


def test_the_first_window_fits_a_small_screen(bare) -> None:
    room = bare.screen().availableGeometry()
    assert room.width() < 1400  # the offscreen screen is smaller than the usual first size
    assert bare.fills_screen
    assert bare.width() <= room.width() and bare.height() <= room.height()


def test_menus_use_standard_shortcuts(bare) -> None:
    actions = bare.actions_by_name
    assert actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert actions["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    titles = [a.text().replace("&", "") for a in bare.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Journey", "Insert", "Help"]
    assert {"insert_stage", "insert_lane", "insert_touchpoint", "insert_emotion_marker"} <= set(actions)


def test_new_from_a_template_creates_and_opens_the_file(bare, tmp_path: Path) -> None:
    path = tmp_path / "workshop.journey"
    assert bare.new_from_template("support", "ja", str(path))
    assert path.exists() and bare.pages.currentWidget() is bare.map
    assert bare.editor.document.journeys()[0].name == "カスタマーサポートジャーニー"
    assert str(path.resolve()) in bare.recent_files()


def test_undo_menu_shows_the_edit_label(bare, tmp_path: Path) -> None:
    bare.new_from_template("blank", "en", str(tmp_path / "b.journey"))
    journey = bare.editor.document.journeys()[0]
    bare.editor.run(lambda d: commands.update_journey(d, journey.id, name="Renamed"))
    assert bare.actions_by_name["undo"].text() == "&Undo Rename journey"
    bare.actions_by_name["undo"].trigger()
    assert bare.editor.document.journeys()[0].name == journey.name
    assert bare.actions_by_name["redo"].isEnabled()


def test_a_bad_file_gets_a_message_not_a_crash(bare, tmp_path: Path) -> None:
    bad = tmp_path / "notes.journey"
    bad.write_text("just some notes")
    assert not bare.open_path(bad)
    assert len(bare.shown) == 1 and "notes.journey" in bare.shown[0] and "not an SQLite file" in bare.shown[0]
    assert bad.read_text() == "just some notes"
    assert bare.windowTitle() == "JourneyDesk"


def test_a_file_open_elsewhere_opens_read_only(bare, tmp_path: Path) -> None:
    from journeydesk.store.new_project import create_project
    from journeydesk.store.store import Store

    path = create_project(tmp_path / "shared.journey", "ecommerce")
    with Store.open(path):
        assert bare.open_path(path)
        assert "(read-only)" in bare.windowTitle()
        assert not bare.actions_by_name["delete"].isEnabled()
        assert any("another JourneyDesk window" in text for text in bare.shown)
        bare.close_project()


def test_the_bundled_japanese_font_is_a_fallback(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from journeydesk.ui.style.application import install_fonts

    family = install_fonts(qapp)
    assert family == "BIZ UDPGothic"
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)
    assert family in qapp.font().families()


def test_dropping_a_csv_on_the_window_starts_the_import(bare, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    calls: list[tuple] = []
    monkeypatch.setattr("journeydesk.ui.wizard.import_wizard.import_csv_file",
                        lambda editor, path, parent=None, replacing=None: calls.append((path, replacing)))
    bare.new_from_template("ecommerce", "en", str(tmp_path / "d.journey"))
    csv_path = tmp_path / "survey.csv"
    csv_path.write_text("Date,NPS\n2024-01-01,9\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(csv_path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(bare, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(bare, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert calls == [(str(csv_path), None)]
    assert bare.actions_by_name["import_csv"].isEnabled()
