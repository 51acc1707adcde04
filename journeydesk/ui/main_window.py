"""The main window: opens a project file and shows its journeys as a stage × lane overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
)

from journeydesk.core.document import Document, EditRefused
from journeydesk.core.history import History
from journeydesk.core.model import LaneKind
from journeydesk.store.store import Store, StoreError

FILE_FILTER = "JourneyDesk projects (*.journey)"


class MainWindow(QMainWindow):
    """One window per open project file."""

    error_shown = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self.document: Document | None = None
        self.history: History | None = None
        self.journey_id: str | None = None
        self.journey_list = QListWidget()
        self.journey_list.setAccessibleName(self.tr("Journeys"))
        self.journey_list.currentItemChanged.connect(self._journey_chosen)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Journey overview"))
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter()
        splitter.addWidget(self.journey_list)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 900])
        self.setCentralWidget(splitter)
        self.empty_label = QLabel(self.tr("Open a project with File ▸ Open…"))
        self.statusBar().addPermanentWidget(self.empty_label)
        self._build_menus()
        self.resize(1200, 720)
        self._update_title()

    # ----- menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self._ask_open)
        self.copy_action = self._action(file_menu, self.tr("Save a &Copy As…"),
                                        QKeySequence.StandardKey.SaveAs, self._ask_save_copy)
        self.close_action = self._action(file_menu, self.tr("&Close"),
                                         QKeySequence.StandardKey.Close, self.close_project)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("&Undo"),
                                        QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(edit_menu, self.tr("&Redo"),
                                        QKeySequence.StandardKey.Redo, self.redo)
        self._refresh_actions()

    def _action(self, menu, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _refresh_actions(self) -> None:
        history = self.history
        has_project = self.store is not None
        self.copy_action.setEnabled(has_project)
        self.close_action.setEnabled(has_project)
        self.undo_action.setEnabled(bool(history and history.can_undo))
        self.redo_action.setEnabled(bool(history and history.can_redo))
        undo_label = history.undo_label if history else ""
        redo_label = history.redo_label if history else ""
        self.undo_action.setText(self.tr("&Undo {0}").format(undo_label).strip())
        self.redo_action.setText(self.tr("&Redo {0}").format(redo_label).strip())

    # ----- opening and closing

    def open_path(self, path: str | Path) -> bool:
        try:
            store = Store.open(path)
        except StoreError as error:
            self.show_error(str(error))
            return False
        try:
            document = store.load()
        except StoreError as error:
            store.close()
            self.show_error(str(error))
            return False
        self.close_project()
        self.store, self.document = store, document
        self.history = History(document, store)
        self.history.add_listener(self._refresh_actions)
        document.add_listener(lambda _changes: self._show_journeys())
        self._show_journeys()
        self._update_title()
        self._refresh_actions()
        message = store.notice or self.tr("Opened {0}").format(store.path.name)
        self.statusBar().showMessage(message)
        return True

    def close_project(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = self.document = self.history = None
        self.journey_id = None
        self.journey_list.clear()
        self.grid.clear()
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self._update_title()
        self._refresh_actions()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.close_project()
        super().closeEvent(event)

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), "", FILE_FILTER)
        if path:
            self.open_path(path)

    def _ask_save_copy(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy As"), "", FILE_FILTER)
        if path:
            try:
                self.store.save_copy(path)
                self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path))
            except StoreError as error:
                self.show_error(str(error))

    def show_error(self, message: str) -> None:
        self.error_shown.emit(message)
        QMessageBox.warning(self, self.tr("JourneyDesk"), message)

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle("JourneyDesk")
            return
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        self.setWindowTitle(f"{self.store.path.name}{suffix} — JourneyDesk")

    # ----- editing

    def undo(self) -> None:
        self._run_history(lambda h: h.undo())

    def redo(self) -> None:
        self._run_history(lambda h: h.redo())

    def _run_history(self, step) -> None:  # noqa: ANN001
        if self.history is None:
            return
        try:
            step(self.history)
        except (StoreError, EditRefused) as error:
            self.show_error(str(error))

    # ----- showing

    def _show_journeys(self) -> None:
        document = self.document
        if document is None:
            return
        self.journey_list.blockSignals(True)
        self.journey_list.clear()
        chosen = None
        for journey in document.journeys():
            item = QListWidgetItem(journey.name or self.tr("(untitled journey)"))
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            self.journey_list.addItem(item)
            if chosen is None or journey.id == self.journey_id:
                chosen = item
        self.journey_list.blockSignals(False)
        if chosen is not None:
            self.journey_list.setCurrentItem(chosen)
            self.journey_id = chosen.data(Qt.ItemDataRole.UserRole)
        self._show_grid()
        count = len(document.journeys())
        self.empty_label.setText(self.tr("%n journey(s)", "", count))

    def _journey_chosen(self, item: QListWidgetItem | None) -> None:
        self.journey_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._show_grid()

    def _show_grid(self) -> None:
        document = self.document
        self.grid.clear()
        if document is None or self.journey_id is None:
            return
        stages = document.stages(self.journey_id)
        lanes = document.lanes(self.journey_id)
        self.grid.setColumnCount(len(stages))
        self.grid.setRowCount(len(lanes))
        self.grid.setHorizontalHeaderLabels([s.name for s in stages])
        self.grid.setVerticalHeaderLabels([lane.name for lane in lanes])
        markers = document.markers(self.journey_id)
        for row, lane in enumerate(lanes):
            for column, stage in enumerate(stages):
                if lane.kind == LaneKind.EMOTIONS:
                    lines = [f"{m.score:+d} {m.label}" for m in markers
                             if m.stage_id == stage.id and m.lane_id == lane.id]
                else:
                    lines = [card.text for card in document.cell(stage.id, lane.id)]
                item = QTableWidgetItem("\n".join(lines))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.grid.setItem(row, column, item)
