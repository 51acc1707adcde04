"""Main windows and panels on real project files, shared by the interface tests (loaded by conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from journeydesk.core import commands
from journeydesk.store.store import Store
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.journeys_panel import JourneysPanel
from journeydesk.ui.panels.personas_panel import PersonasPanel

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"


def main_window_class(tmp_path: Path) -> type:
    """The main window's class, with the application made and Qt settings kept under ``tmp_path``."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from journeydesk.ui.style.application import application
    from journeydesk.ui.window.main_window import MainWindow

    application()
    return MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    """The main window at 1400 × 900 on a copy of the example project, at actual size; error messages
    captured."""
    MainWindow = main_window_class(tmp_path)
    errors: list[str] = []
    monkeypatch.setattr("journeydesk.ui.window.main_window.show_message",
                        lambda _parent, _title, text, **kind: None if kind else errors.append(text))
    shutil.copy(EXAMPLE, tmp_path / "example.journey")
    win = MainWindow()
    win.errors = errors
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(tmp_path / "example.journey")
    win.map.view.actual_size()
    return win


@pytest.fixture
def bare(qtbot, tmp_path: Path, monkeypatch):
    """A main window with no project open and message boxes captured."""
    MainWindow = main_window_class(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr("journeydesk.ui.window.main_window.show_message",
                        lambda _parent, _title, text, **_kind: shown.append(text))
    win = MainWindow()
    win.shown = shown
    qtbot.addWidget(win)
    return win


@pytest.fixture
def report_window(qtbot, tmp_path: Path, monkeypatch):
    """The main window on a copy of the example project; message boxes and opened URLs captured."""
    MainWindow = main_window_class(tmp_path)
    warnings: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.show_message",
                        lambda _parent, _title, text, **_kind: warnings.append(text))
    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)  # a viewer opened it
    project = tmp_path / "project" / "example.journey"
    project.parent.mkdir()
    shutil.copy(EXAMPLE, project)
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    assert win.open_path(project)
    win.warnings, win.opened = warnings, opened
    return win


@pytest.fixture
def dialog(report_window, qtbot):
    """The PDF report dialog over ``report_window``."""
    from journeydesk.ui.dialogs.report_dialog import ReportDialog

    dlg = ReportDialog(report_window.editor, report_window)
    dlg.show()
    yield dlg
    dlg.reject()


@pytest.fixture
def snapshot_window(tmp_path: Path, qtbot, monkeypatch) -> Iterator:
    """The main window on a new project holding the e-commerce template, shown; error messages captured."""
    from journeydesk.ui.window import main_window

    path = tmp_path / "p.journey"
    Store.create(path).close()
    errors: list[str] = []
    monkeypatch.setattr(main_window, "show_message",
                        lambda _parent, _title, message, **_: errors.append(message))
    win = main_window.MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    assert win.open_path(path)
    assert win.editor.run(lambda doc: commands.add_template(doc, "ecommerce"))
    win.editor.show_journey(win.editor.document.journeys()[-1].id)
    win.errors = errors
    yield win
    win.editor.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A new, empty project file."""
    project = tmp_path / "p.journey"
    Store.create(project).close()
    return project


@pytest.fixture
def editor(path: Path) -> Iterator[Editor]:
    """An editor on ``path`` with the e-commerce template added."""
    ed = Editor()
    assert ed.open(path)
    assert ed.run(lambda d: commands.add_template(d, "ecommerce"))
    yield ed
    ed.close()


@pytest.fixture
def journeys(qtbot, editor: Editor) -> JourneysPanel:
    """The Journeys panel over ``editor``, shown."""
    panel = JourneysPanel(editor)
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def personas(qtbot, editor: Editor) -> PersonasPanel:
    """The Personas panel over ``editor``, shown."""
    panel = PersonasPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def inspector(qtbot, editor: Editor):
    """The inspector over ``editor``, shown."""
    from journeydesk.ui.panels.inspector import Inspector

    widget = Inspector(editor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def image_window(qtbot, tmp_path: Path, monkeypatch):
    """The main window on a copy of the example project; the image export's messages captured."""
    MainWindow = main_window_class(tmp_path)
    project = tmp_path / "example.journey"
    shutil.copy(EXAMPLE, project)
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    assert win.open_path(project)
    win.warnings = []
    for module in ("image_export", "image_worker"):
        monkeypatch.setattr(f"journeydesk.ui.export.{module}.show_message",
                            lambda _parent, _title, text, **_k: win.warnings.append(text))
    return win
