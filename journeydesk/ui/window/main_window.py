"""The main window: menus, docks, the map editor or the welcome page, status and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from journeydesk.core.templates import template_title
from journeydesk.store.store import StoreError
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import show_message
from journeydesk.ui.base.preferences_store import load_preferences
from journeydesk.ui.base.start_folder import project_folder, start_path
from journeydesk.ui.canvas.insert import insert_element
from journeydesk.ui.canvas.map_editor import MapEditor
from journeydesk.ui.panels.datasets_panel import DatasetsPanel
from journeydesk.ui.panels.inspector import Inspector
from journeydesk.ui.panels.journeys_panel import JourneysPanel
from journeydesk.ui.panels.palette import Palette
from journeydesk.ui.panels.personas_panel import PersonasPanel
from journeydesk.ui.panels.scorecard_panel import ScorecardPanel
from journeydesk.ui.panels.snapshots_panel import SnapshotsPanel
from journeydesk.ui.style.look import set_emotion_labels
from journeydesk.ui.style.theme import apply_theme
from journeydesk.ui.window.journey_menu import refresh_journey_menu
from journeydesk.ui.window.menus import build_menus
from journeydesk.ui.window.presentation import Presentation
from journeydesk.ui.window.welcome import WelcomePage

if TYPE_CHECKING:
    from journeydesk.ui.export.image_worker import ImageExport

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "JourneyDesk projects (*.journey)")
MAX_RECENT = 10


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
        self.docks = {
            "palette": self._dock("palette", self.tr("Palette"), self.palette, Qt.DockWidgetArea.LeftDockWidgetArea),
            "journeys": self._dock("journeys", self.tr("Journeys"), JourneysPanel(self.editor),
                                   Qt.DockWidgetArea.LeftDockWidgetArea),
            "personas": self._dock("personas", self.tr("Personas"), PersonasPanel(self.editor),
                                   Qt.DockWidgetArea.RightDockWidgetArea),
            "inspector": self._dock("inspector", self.tr("Inspector"), Inspector(self.editor),
                                    Qt.DockWidgetArea.RightDockWidgetArea),
            "data": self._dock("data", self.tr("Data"), DatasetsPanel(self.editor),
                               Qt.DockWidgetArea.LeftDockWidgetArea),
            "snapshots": self._dock("snapshots", self.tr("Snapshots"), SnapshotsPanel(self.editor),
                                    Qt.DockWidgetArea.LeftDockWidgetArea),
            "scorecard": self._dock("scorecard", self.tr("Scorecard"), ScorecardPanel(self.editor),
                                    Qt.DockWidgetArea.BottomDockWidgetArea),
            "charts": self._dock("charts", self.tr("Charts"), QWidget(), Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.docks["charts"].visibilityChanged.connect(self._charts_shown)
        self.tabifyDockWidget(self.docks["journeys"], self.docks["data"])
        self.tabifyDockWidget(self.docks["journeys"], self.docks["snapshots"])
        self.docks["journeys"].raise_()
        self.docks["charts"].hide()
        self.docks["scorecard"].hide()
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
        self.map.view.zoom_changed.connect(lambda z: self.zoom_label.setText(self.tr("Zoom {0} %").format(round(z * 100))))
        self.map.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.welcome.open_requested.connect(self.open_path)
        self.welcome.template_requested.connect(self.new_from_template)
        self.fills_screen = self._fit_screen()
        self._docks_sized = remember_layout and self._restore_settings()
        if self._docks_sized:
            self.fills_screen = False
        self._project_changed()

    def _fit_screen(self) -> bool:
        """First size: 1400×860, or the whole available screen when that is smaller (True then)."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        if room is None or (room.width() > 1440 and room.height() > 900):
            self.resize(1400, 860)
            return False
        self.resize(min(1400, room.width()), min(860, room.height()))
        return True

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _charts_shown(self, visible: bool) -> None:
        """The charts panel (and pyqtgraph) is loaded the first time it is shown, not at start-up."""
        dock = self.docks["charts"]
        if visible and type(dock.widget()) is QWidget:
            from journeydesk.ui.panels.charts import ChartsPanel

            dock.setWidget(ChartsPanel(self.editor))
            QTimer.singleShot(0, lambda: self.resizeDocks([dock], [320], Qt.Orientation.Vertical))

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

    # ----- projects

    def open_path(self, path: str | Path) -> bool:
        store = self.editor.store
        if store is not None and (Path(path).resolve() == store.path.resolve() or store.is_file(path)):
            self.raise_()
            self.activateWindow()
            return True
        if not self.editor.open(path):
            return False
        self._remember(Path(path))
        if self.editor.store and self.editor.store.notice:
            self.statusBar().showMessage(self.editor.store.notice)
            show_message(self, self.tr("Opened read-only"), self.editor.store.notice,
                         icon=QMessageBox.Icon.Information)
        elif self.editor.store and self.editor.store.backup is not None:
            self.statusBar().showMessage(self.tr("Opened {0} and updated it to the current file format; the file "
                                                 "as it was is kept as {1}").format(
                Path(path).name, self.editor.store.backup.name))
        else:
            self.statusBar().showMessage(self.tr("Opened {0}").format(Path(path).name), 4000)
        self.map.view.show_start()
        return True

    def close_project(self) -> None:
        worth = self._worth_compacting()
        self.editor.close()
        if worth is not None:
            self._compact(worth, reopen=False)

    # ----- compacting

    def compact_project(self) -> bool:
        """File ▸ Compact Project…: rebuild the file without unused images and the data of removed imports.

        The project is closed and opened again, so its undo history ends (it could need what was removed).
        """
        store = self.editor.store
        if store is None:
            return False
        if self.editor.read_only:
            self.show_error(store.notice or self.tr("This project is open read-only."))
            return False
        return self._compact(store.path)

    def _compact(self, path: Path, *, reopen: bool = True) -> bool:
        from journeydesk.store.compact import compact

        journey = self.editor.journey_id
        had_history = self.editor.history.can_undo or self.editor.history.can_redo
        self.map.scene.close_editor(commit=True)
        if self.editor.store is not None:
            self.editor.close(quietly=True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = compact(path)
            problem = ""
        except StoreError as error:
            done, problem = None, str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if reopen and self.editor.open(path):
            self.editor.show_journey(journey)
        if done is None:
            self.show_error(problem)
            return False
        locale = QLocale()
        message = self.tr("Compacted {name}: {before} before, {after} after.").format(
            name=path.name, before=locale.formattedDataSize(done.before), after=locale.formattedDataSize(done.after))
        if had_history and reopen:
            message += " " + self.tr("The undo history was cleared: it could need what compacting removed.")
        self.statusBar().showMessage(message, 8000)
        if reopen:
            show_message(self, self.tr("Compact Project"), message, icon=QMessageBox.Icon.Information)
        return True

    def _worth_compacting(self) -> Path | None:
        """On close: the project's path when much of it is garbage and the person agrees to compact it."""
        from journeydesk.store.compact import garbage_bytes, worth_compacting

        store = self.editor.store
        if store is None or self.editor.read_only or not worth_compacting(store):
            return None
        garbage, total = garbage_bytes(store)
        return store.path if self.ask_compact(store.path.name, round(100 * garbage / total)) else None

    def ask_compact(self, name: str, percent: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Compact Project"),
                          self.tr("About {percent} % of {name} is unused space (replaced pictures, data of "
                                  "removed imports). Compact the file now?").format(percent=percent, name=name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        compact = box.addButton(self.tr("Compact"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(compact)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is compact

    def new_from_template(self, template: str, lang: str, path: str | None = None) -> bool:
        from journeydesk.store.new_project import create_project

        if path is None:
            start = start_path(self.editor if self.editor.has_project else None, template_title(template, lang),
                               ".journey")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("New Project"), start, self.tr(FILE_FILTER))
            if not path:
                return False
            if not path.endswith(".journey"):
                path += ".journey"
        try:
            create_project(path, template, lang)
        except StoreError as error:
            self.show_error(str(error))
            return False
        return self.open_path(path)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), str(project_folder(self.editor)),
                                              self.tr(FILE_FILTER))
        if path:
            self.open_path(path)

    def ask_save_copy(self) -> None:
        store = self.editor.store
        if store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy As"),
                                              start_path(self.editor, self.tr("{0} copy").format(store.path.stem),
                                                         ".journey"), self.tr(FILE_FILTER))
        if path:
            try:
                store.save_copy(path)
                self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path), 4000)
            except StoreError as error:
                self.show_error(str(error))

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
            export.written.connect(lambda path: self.statusBar().showMessage(self.tr("Wrote {0}").format(path), 8000))
            export.cancelled.connect(lambda: self.statusBar().showMessage(
                self.tr("Image export cancelled; nothing was written."), 8000))
            export.ended.connect(self._image_export_ended)
            export.start()

    def _image_export_ended(self) -> None:
        self.image_export = None

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        show_message(self, self.tr("JourneyDesk"), message)

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
        for name in ("cut", "paste", "duplicate", "delete", "import_csv", "import_journey", "compact", *tuple(a for a in actions if a.startswith("insert_"))):
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
        """F5: full screen, the whole journey, then a stage at a time (see ui/window/presentation.py); F5 or Esc leaves."""
        self.presentation.toggle()
        self._refresh_actions()

    # ----- settings

    def recent_files(self) -> list[str]:
        value = QSettings().value("recent_files", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [f for f in files if Path(f).exists()][:MAX_RECENT]

    def last_file(self) -> str | None:
        """The project open when the app was last used, if it is still there."""
        value = QSettings().value("last_file")
        return value if isinstance(value, str) and Path(value).is_file() else None

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        settings = QSettings()
        settings.setValue("recent_files", files[:MAX_RECENT])
        settings.setValue("last_file", text)
        self.welcome.set_recent(files)

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
        """First-run layout: slim side panels, the map gets the room (more of it on small screens)."""
        small = self.width() < 1600
        self.resizeDocks([self.docks["palette"], self.docks["inspector"]], [190 if small else 240, 300 if small else 330],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["palette"], self.docks["journeys"]], [430, 300],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["personas"], self.docks["inspector"]],
                         [200, 500] if self.height() < 900 else [260, 500], Qt.Orientation.Vertical)

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
        """F6 / Shift+F6: move the keyboard focus between the map and the open panels.

        Each panel gives the focus to its main widget (its list, or the inspector's first field);
        a panel behind another's tab is raised first, and a panel with nothing to focus is passed over.
        """
        central = self.pages.currentWidget() if self.pages.currentWidget() is not self.map else self.map.view
        stops: list[tuple[QWidget, QDockWidget | None]] = [(central, None)]
        stops += [(dock.widget(), dock) for dock in self.docks.values()
                  if dock.toggleViewAction().isChecked() and dock.isEnabled() and dock.widget() is not None]
        focus = QApplication.focusWidget()
        index = next((i for i, (panel, _dock) in enumerate(stops)
                      if focus is not None and (focus is panel or panel.isAncestorOf(focus))),
                     -1 if step > 0 else 0)
        for offset in range(1, len(stops) + 1):
            panel, dock = stops[(index + step * offset) % len(stops)]
            target = panel if dock is None else panel_focus_target(panel)
            if target is None:
                continue
            if dock is not None:
                dock.raise_()
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return

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
        """Take Snapshot… or Create Future State… (from the Journey menu or a panel): the dialog stays reachable."""
        self.name_dialog = ask(self, self.editor)


def panel_focus_target(panel: QWidget) -> QWidget | None:
    """The widget of ``panel`` that F6 focuses: its list, else its first field in tab order, else None.

    Toolbar buttons and bare scroll areas are not main widgets; a panel that is only a label has none.
    A panel whose lists are secondary (the inspector's evidence and KPIs) names its main widget itself.
    """
    named = getattr(panel, "main_widget", None)
    if callable(named):
        return named()
    def usable(widget: QWidget) -> bool:
        return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
                and (widget is panel or widget.isVisibleTo(panel)))

    chain: list[QWidget] = [panel] if usable(panel) else []
    widget = panel.nextInFocusChain()
    for _ in range(5000):
        if widget is None or widget is panel:
            break
        if panel.isAncestorOf(widget) and usable(widget) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    for kinds in ((QAbstractItemView,), (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)):
        found = next((w for w in chain if isinstance(w, kinds)), None)
        if found is not None:
            return found
    return next((w for w in chain if not isinstance(w, (QAbstractButton, QScrollArea))), None)


def _csv_paths(data) -> list[str]:
    """Local .csv/.tsv/.txt files in a drop."""
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".csv", ".tsv", ".txt"))]
