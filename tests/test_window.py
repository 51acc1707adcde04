"""The minimal window opens a project, shows its journeys, undoes and redoes, and refuses bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.ui.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    shutil.copy(EXAMPLE, tmp_path / "example.journey")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(tmp_path / "example.journey")
    win.show()
    return win


def test_opening_shows_journeys_and_the_map(window: MainWindow) -> None:
    assert window.windowTitle().startswith("example.journey")
    names = [window.journey_list.item(i).text() for i in range(window.journey_list.count())]
    assert "ECサイト購入ジャーニー" in names and len(names) == 4
    headers = [window.grid.horizontalHeaderItem(i).text() for i in range(window.grid.columnCount())]
    assert len(headers) == 5
    cells = [window.grid.item(r, c).text() for r in range(window.grid.rowCount())
             for c in range(window.grid.columnCount())]
    assert any(cells)


def test_undo_and_redo_follow_the_history(window: MainWindow) -> None:
    doc = window.document
    journey = doc.journeys()[0]
    window.history.do(commands.update_journey(doc, journey.id, name="Renamed"))
    assert window.journey_list.item(0).text() == "Renamed"
    assert window.undo_action.isEnabled() and "Rename journey" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.journey_list.item(0).text() == journey.name
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.journey_list.item(0).text() == "Renamed"


def test_a_bad_file_gets_a_message_not_a_crash(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    bad = tmp_path / "notes.journey"
    bad.write_text("just some notes")
    shown: list[str] = []
    monkeypatch.setattr("journeydesk.ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.open_path(bad)
    assert len(shown) == 1 and "notes.journey" in shown[0] and "not an SQLite file" in shown[0]
    assert bad.read_text() == "just some notes"
    assert win.windowTitle() == "JourneyDesk"


def test_screenshot_of_the_window(window: MainWindow, tmp_path: Path) -> None:
    window.resize(1280, 800)
    image = window.grab().toImage()
    path = tmp_path / "window.png"
    assert image.save(str(path))
    assert image.width() >= 1280 and path.stat().st_size > 10_000


def test_the_bundled_japanese_font_is_a_fallback(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontDatabase

    from journeydesk.ui.app import install_fonts

    family = install_fonts(qapp)
    assert family == "IPAexGothic"
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)
    assert family in qapp.font().families()
