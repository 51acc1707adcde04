"""The main window's project files: new from a template, open, save a copy, compact, close, and the recent
files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeydesk.core.templates import template_title
from journeydesk.store.store import StoreError
from journeydesk.ui.base.start_folder import project_folder, start_path

if TYPE_CHECKING:
    from journeydesk.ui.window.parts import WindowParts

translate = QCoreApplication.translate
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "JourneyDesk projects (*.journey)")
MAX_RECENT = 10


def open_project(window: WindowParts, path: str | Path) -> bool:
    """Open ``path`` in ``window`` (or bring the window up when it has it open already) and say how it
    went."""
    editor = window.editor
    store = editor.store
    if store is not None and (Path(path).resolve() == store.path.resolve() or store.is_file(path)):
        window.raise_()
        window.activateWindow()
        return True
    if not editor.open(path):
        return False
    _remember(window, Path(path))
    if editor.store and editor.store.notice:
        window.statusBar().showMessage(editor.store.notice)
        window.show_notice(translate("MainWindow", "Opened read-only"), editor.store.notice)
    elif editor.store and editor.store.backup is not None:
        window.statusBar().showMessage(translate("MainWindow", "Opened {0} and updated it to the current "
                                                 "file format; the file as it was is kept as {1}").format(
            Path(path).name, editor.store.backup.name))
    else:
        window.statusBar().showMessage(translate("MainWindow", "Opened {0}").format(Path(path).name), 4000)
    window.map.view.show_start()
    return True


def close_project(window: WindowParts) -> None:
    """Close the project, compacting it first when it is mostly unused space and the person agrees."""
    worth = _worth_compacting(window)
    window.editor.close()
    if worth is not None:
        _compact(window, worth, reopen=False)


def compact_project(window: WindowParts) -> bool:
    """File ▸ Compact Project…: rebuild the file without unused images and the data of removed imports.

    The project is closed and opened again, so its undo history ends (it could need what was removed).
    """
    editor = window.editor
    store = editor.store
    if store is None:
        return False
    if editor.read_only:
        window.show_error(store.notice or translate("MainWindow", "This project is open read-only."))
        return False
    return _compact(window, store.path)


def _compact(window: WindowParts, path: Path, *, reopen: bool = True) -> bool:
    from journeydesk.store.compact import compact

    editor = window.editor
    journey = editor.journey_id
    had_history = editor.history.can_undo or editor.history.can_redo
    window.map.scene.close_editor(commit=True)
    if editor.store is not None:
        editor.close(quietly=True)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = compact(path)
        problem = ""
    except StoreError as error:
        done, problem = None, str(error)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if reopen and editor.open(path):
        editor.show_journey(journey)
    if done is None:
        window.show_error(problem)
        return False
    locale = QLocale()
    message = translate("MainWindow", "Compacted {name}: {before} before, {after} after.").format(
        name=path.name, before=locale.formattedDataSize(done.before),
        after=locale.formattedDataSize(done.after))
    if had_history and reopen:
        message += " " + translate("MainWindow", "The undo history was cleared: it could need what "
                                                 "compacting removed.")
    window.statusBar().showMessage(message, 8000)
    if reopen:
        window.show_notice(translate("MainWindow", "Compact Project"), message)
    return True


def _worth_compacting(window: WindowParts) -> Path | None:
    """On close: the project's path when much of it is garbage and the person agrees to compact it."""
    from journeydesk.store.compact import garbage_bytes, worth_compacting

    store = window.editor.store
    if store is None or window.editor.read_only or not worth_compacting(store):
        return None
    garbage, total = garbage_bytes(store)
    return store.path if window.ask_compact(store.path.name, round(100 * garbage / total)) else None


def ask_compact(parent: QWidget, name: str, percent: int) -> bool:
    """Ask whether to compact ``name``, of which ``percent`` % is unused; True for Compact."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Compact Project"),
                      translate("MainWindow", "About {percent} % of {name} is unused space (replaced "
                                "pictures, data of removed imports). Compact the file now?").format(
                          percent=percent, name=name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    compact = box.addButton(translate("MainWindow", "Compact"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("MainWindow", "Not Now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(compact)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is compact


def new_from_template(window: WindowParts, template: str, lang: str, path: str | None = None) -> bool:
    """Create a project from ``template`` at ``path`` (asked for when None) and open it."""
    from journeydesk.store.new_project import create_project

    editor = window.editor
    if path is None:
        start = start_path(editor if editor.has_project else None, template_title(template, lang), ".journey")
        path, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "New Project"), start,
                                              translate("MainWindow", FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".journey"):
            path += ".journey"
    try:
        create_project(path, template, lang)
    except StoreError as error:
        window.show_error(str(error))
        return False
    return window.open_path(path)


def ask_open(window: WindowParts) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("MainWindow", "Open Project"),
                                          str(project_folder(window.editor)), translate("MainWindow",
                                                                                        FILE_FILTER))
    if path:
        window.open_path(path)


def ask_save_copy(window: WindowParts) -> None:
    store = window.editor.store
    if store is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Save a Copy As"),
        start_path(window.editor, translate("MainWindow", "{0} copy").format(store.path.stem), ".journey"),
        translate("MainWindow", FILE_FILTER))
    if path:
        try:
            store.save_copy(path)
            window.statusBar().showMessage(translate("MainWindow", "Saved a copy to {0}").format(path), 4000)
        except StoreError as error:
            window.show_error(str(error))


def recent_files() -> list[str]:
    value = QSettings().value("recent_files", [])
    files = [value] if isinstance(value, str) else list(value or [])
    return [f for f in files if Path(f).exists()][:MAX_RECENT]


def last_file() -> str | None:
    """The project open when the app was last used, if it is still there."""
    value = QSettings().value("last_file")
    return value if isinstance(value, str) and Path(value).is_file() else None


def _remember(window: WindowParts, path: Path) -> None:
    text = str(path.resolve())
    files = [text] + [f for f in window.recent_files() if f != text]
    settings = QSettings()
    settings.setValue("recent_files", files[:MAX_RECENT])
    settings.setValue("last_file", text)
    window.welcome.set_recent(files)
