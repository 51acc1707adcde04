"""The main window: menus, docks, the map editor or the welcome page, status and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import show_message
from journeydesk.ui.base.preferences_store import load_preferences
from journeydesk.ui.canvas.insert import insert_element
from journeydesk.ui.canvas.map_editor import MapEditor
from journeydesk.ui.panels.datasets_panel import DatasetsPanel
from journeydesk.ui.panels.palette import Palette
from journeydesk.ui.style.look import set_emotion_labels
from journeydesk.ui.style.theme import apply_theme
from journeydesk.ui.window import panel_docks, project_files
from journeydesk.ui.window.journey_menu import refresh_journey_menu
from journeydesk.ui.window.menus import build_menus
from journeydesk.ui.window.presentation import Presentation
from journeydesk.ui.window.welcome import WelcomePage

if TYPE_CHECKING:
    from journeydesk.ui.export.image_worker import ImageExport


class MainWindow(QMainWindow):
    """One window per open project file."""

    def __init__(self, *, remember_layout: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.remember_layout = remember_layout
        self.image_export: ImageExport | None = None  # an image being written on a worker thread
        self.editor = Editor(self)
        self.map = MapEditor(self.editor, self)
        self.welcome = WelcomePage(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.map)
        self.setCentralWidget(self.pages)
        self.palette = Palette()
        self.palette.insert_requested.connect(self._insert_from_palette)
        set_emotion_labels(load_preferences().emotion_labels)
        self.docks = panel_docks.build_docks(self, self.palette)
        panel_docks.arrange_docks(self)
        self.setAcceptDrops(True)
        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.name_dialog: QDialog | None = None  # the Journey menu's naming dialog while it is open
        self.menus = build_menus(self)
        self.actions_by_name: dict[str, QAction] = self.menus.actions
        self.toolbar = self.menus.toolbar
        self.presentation = Presentation(self)
        self.editor.error.connect(self.show_error)
        self.editor.project_changed.connect(self._project_changed)
        self.editor.history_changed.connect(self._refresh_actions)
        self.editor.selection_changed.connect(self._selection_changed)
        self.editor.journey_changed.connect(lambda _journey: self._refresh_actions())
        self.map.view.zoom_changed.connect(lambda z: self.zoom_label.setText(
            self.tr("Zoom {0} %").format(round(z * 100))))
        self.map.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.welcome.open_requested.connect(self.open_path)
        self.welcome.template_requested.connect(self.new_from_template)
        self.fills_screen = panel_docks.fit_screen(self)
        self._docks_sized = remember_layout and self._restore_settings()
        if self._docks_sized:
            self.fills_screen = False
        self._project_changed()

    def import_csv(self, path: str | None = None) -> None:
        panel: DatasetsPanel = self.docks["data"].widget()
        if not self.editor.has_project:
            self.show_error(self.tr("Open or create a project first, then import data into it."))
            return
        if path is None:
            panel.ask_import()
        else:
            panel.import_path(path)

    def dragEnterEvent(self, event) -> None:
        if _csv_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = _csv_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_csv(paths[0])
        else:
            super().dropEvent(event)

    # ----- projects (see project_files.py)

    def open_path(self, path: str | Path) -> bool:
        return project_files.open_project(self, path)

    def close_project(self) -> None:
        project_files.close_project(self)

    def compact_project(self) -> bool:
        return project_files.compact_project(self)

    def ask_compact(self, name: str, percent: int) -> bool:
        return project_files.ask_compact(self, name, percent)

    def new_from_template(self, template: str, lang: str, path: str | None = None) -> bool:
        return project_files.new_from_template(self, template, lang, path)

    def ask_open(self) -> None:
        project_files.ask_open(self)

    def ask_save_copy(self) -> None:
        project_files.ask_save_copy(self)

    def recent_files(self) -> list[str]:
        return project_files.recent_files()

    def last_file(self) -> str | None:
        """The project open when the app was last used, if it is still there."""
        return project_files.last_file()

    def export_report(self) -> None:
        from journeydesk.ui.dialogs.report_dialog import ReportDialog

        if not self.editor.has_project:
            return
        dialog = ReportDialog(self.editor, self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Wrote {0}").format(dialog.written), 8000)

    def export_image(self) -> None:
        """Ask for the image, then write it on a worker thread under a progress dialog with Cancel."""
        from journeydesk.ui.export.image_export import ask_export_image
        from journeydesk.ui.export.image_worker import ImageExport

        if self.editor.has_project and self.editor.journey_id and self.image_export is None:
            request = ask_export_image(self, self.editor, self.map.overlay_metric)
            if request is None:
                return
            export = self.image_export = ImageExport(self, request)
            export.written.connect(lambda path: self.statusBar().showMessage(
                self.tr("Wrote {0}").format(path), 8000))
            export.cancelled.connect(lambda: self.statusBar().showMessage(
                self.tr("Image export cancelled; nothing was written."), 8000))
            export.ended.connect(self._image_export_ended)
            export.start()

    def _image_export_ended(self) -> None:
        self.image_export = None

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        show_message(self, self.tr("JourneyDesk"), message)

    def show_notice(self, title: str, message: str) -> None:
        """An information box; the window's parts show theirs through it, so every box comes from here."""
        show_message(self, title, message, icon=QMessageBox.Icon.Information)

    def _project_changed(self) -> None:
        has = self.editor.has_project
        self.pages.setCurrentWidget(self.map if has else self.welcome)
        self.welcome.set_recent(self.recent_files())
        store = self.editor.store
        if store is None:
            self.setWindowTitle("JourneyDesk")
        else:
            title = (self.tr("{file} (read-only) — JourneyDesk") if store.read_only
                     else self.tr("{file} — JourneyDesk"))
            self.setWindowTitle(title.format(file=store.path.name))
        for dock in self.docks.values():
            dock.setEnabled(has)
        self.menus.export.setEnabled(has)
        self._refresh_actions()

    def _refresh_actions(self) -> None:
        actions = self.actions_by_name
        history = self.editor.history
        has = self.editor.has_project
        writable = has and not self.editor.read_only and not self.presenting
        # Presenting still takes typed cards, so a typed card can be undone there too.
        undoable = has and not self.editor.read_only
        actions["undo"].setEnabled(undoable and history.can_undo)
        actions["redo"].setEnabled(undoable and history.can_redo)
        undo, redo = history.undo_label, history.redo_label
        actions["undo"].setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        actions["redo"].setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))
        for name in ("save_copy", "close", "zoom_in", "zoom_out", "fit", "actual", "present", "find",
                     "select_all", "copy", "export_journey"):
            actions[name].setEnabled(has)
        for name in ("cut", "paste", "duplicate", "delete", "import_csv", "import_journey", "compact",
                     *tuple(a for a in actions if a.startswith("insert_"))):
            actions[name].setEnabled(writable)
        refresh_journey_menu(self, actions)

    def _selection_changed(self, ids: list) -> None:
        self.selection_label.setText(self.tr("%n selected", "", len(ids)) if ids else "")

    # ----- presentation

    def undo(self) -> None:
        self.map.scene.close_editor(commit=True)
        self.editor.undo()

    def redo(self) -> None:
        self.map.scene.close_editor(commit=True)
        self.editor.redo()

    @property
    def presenting(self) -> bool:
        return self.presentation.active

    def toggle_presentation(self) -> None:
        """F5: full screen, the whole journey, then a stage at a time (see ui/window/presentation.py); F5 or
        Esc leaves."""
        self.presentation.toggle()
        self._refresh_actions()

    # ----- settings

    def _restore_settings(self) -> bool:
        """Restore the remembered window layout; False when there is none yet."""
        settings = QSettings()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window_state")
        return state is not None and self.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        panel_docks.size_docks(self)

    def closeEvent(self, event) -> None:
        if self.image_export is not None:
            self.image_export.stop()
        self.presentation.leave()  # remember the window as it is outside presentation mode
        if self.remember_layout:
            settings = QSettings()
            settings.setValue("geometry", self.saveGeometry())
            settings.setValue("window_state", self.saveState())
        self.close_project()
        super().closeEvent(event)

    def show_about(self) -> None:
        from journeydesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _insert_from_palette(self, kind: str) -> None:
        """Enter on a palette entry inserts it; the map takes the focus so its name or text can be typed."""
        insert_element(self.map, kind)
        self.map.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_next_panel(self, step: int) -> None:
        """F6 / Shift+F6: move the keyboard focus between the map and the open panels (see panel_docks.py)."""
        panel_docks.focus_next_panel(self, step)

    def show_about_qt(self) -> None:
        QApplication.aboutQt(self, self.tr("About Qt"))

    def show_preferences(self) -> None:
        """Edit the preferences; on OK the theme and emotion labels apply at once."""
        from journeydesk.ui.dialogs.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self).exec():
            self.apply_preferences()

    def apply_preferences(self) -> None:
        preferences = load_preferences()
        apply_theme(QApplication.instance(), preferences.theme)
        set_emotion_labels(preferences.emotion_labels)
        self.map.scene.update()

    def show_shortcuts(self) -> None:
        from journeydesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions_by_name.values(), self).exec()

    def open_name_dialog(self, ask: Callable[[QWidget, Editor], QDialog | None]) -> None:
        """Take Snapshot… or Create Future State… (from the Journey menu or a panel): the dialog stays
        reachable."""
        self.name_dialog = ask(self, self.editor)


def _csv_paths(data) -> list[str]:
    """Local .csv/.tsv/.txt files in a drop."""
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".csv", ".tsv", ".txt"))]
