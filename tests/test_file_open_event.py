"""A project the system asks to open while the app runs (macOS Finder) opens in the window."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from journeydesk.ui.window.app import FileOpenFilter
from journeydesk.ui.window.main_window import MainWindow


def test_a_file_open_event_opens_the_project(qtbot, tmp_path: Path) -> None:
    project = tmp_path / "Client map.journey"
    shutil.copy(str(files("journeydesk.resources") / "example.journey"), project)
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    app = QCoreApplication.instance()
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(project)))
        assert window.editor.store is not None and Path(window.editor.store.path) == project
    finally:
        app.removeEventFilter(opener)
        window.close_project()
