"""The data panel: the current journey's imported datasets, with import, refresh and delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.model import Dataset
from journeydesk.figures.metric import datasets_for
from journeydesk.imports.dataset_record import source_label
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.start_folder import project_folder
from journeydesk.ui.panels.journeys_panel import ask_plain

CSV_FILTER = QT_TRANSLATE_NOOP("DatasetsPanel", "CSV files (*.csv *.tsv *.txt);;All files (*)")


class DatasetsPanel(QWidget):
    """Imported data of the journey shown; Refresh re-reads a file with the mapping it was imported with."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Imported data"))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, tip in ((self.import_button, self.tr("Import metrics from a CSV file")),
                            (self.refresh_button, self.tr("Read the file again with the same settings")),
                            (self.delete_button, self.tr("Remove this data from the project (undoable)"))):
            button.setToolTip(tip)
            button.setAccessibleName(button.text())
        self.import_button.clicked.connect(self.ask_import)
        self.refresh_button.clicked.connect(self.refresh_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.refresh_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        editor.document_changed.connect(lambda _changes: self.refresh())
        editor.journey_changed.connect(lambda _id: self.refresh())
        editor.project_changed.connect(self.refresh)
        self.confirm = lambda title, text: ask_plain(self, title, text)
        self.choose_file = lambda: QFileDialog.getOpenFileName(self, self.tr("Import CSV"),
                                                               str(project_folder(editor)),
                                                               self.tr(CSV_FILTER))[0]
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.list.clear()
        if self.editor.has_project and self.editor.journey_id:
            for dataset in datasets_for(self.editor.document, self.editor.journey_id):
                locale = QLocale()
                text = self.tr("{0} — {1} values of {2}").format(
                    dataset.name, locale.toString(dataset.row_count), ", ".join(dataset.metrics) or "-")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, dataset.id)
                imported = QDateTime.fromString(dataset.imported_at, Qt.DateFormat.ISODate)
                item.setToolTip(self.tr("From {0}, imported {1}; {2} rows skipped").format(
                    source_label(dataset),
                    locale.toString(imported.toLocalTime(), QLocale.FormatType.ShortFormat)
                    if imported.isValid() else dataset.imported_at,
                    locale.toString(dataset.skipped_rows)))
                self.list.addItem(item)
                if current is not None and dataset.id == current.id:
                    self.list.setCurrentItem(item)
        self._update_buttons()

    def current(self) -> Dataset | None:
        item = self.list.currentItem()
        return self.editor.document.get(Dataset, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update_buttons(self) -> None:
        writable = self.editor.has_project and not self.editor.read_only and bool(self.editor.journey_id)
        self.import_button.setEnabled(writable)
        self.refresh_button.setEnabled(writable and self.current() is not None)
        self.delete_button.setEnabled(writable and self.current() is not None)

    def ask_import(self) -> None:
        path = self.choose_file()
        if path:
            self.import_path(path)

    def import_path(self, path: str | Path, replacing: Dataset | None = None) -> Dataset | None:
        from journeydesk.ui.wizard.import_wizard import import_csv_file

        return import_csv_file(self.editor, path, self.window(), replacing=replacing)

    def refresh_current(self) -> None:
        """Import the current dataset's file again in its place (found where it was, or beside the moved
        project)."""
        from journeydesk.ui.wizard.import_wizard import refresh_dataset

        dataset = self.current()
        if dataset is not None:
            refresh_dataset(self.editor, dataset, self.window())

    def delete_current(self) -> None:
        dataset = self.current()
        if dataset is None:
            return
        if self.confirm(self.tr("Delete data"), self.tr(
                "Remove “{0}” and its {1} values from the project? You can undo this.").format(
                dataset.name, dataset.row_count)):
            self.editor.run(lambda d: commands.delete_dataset(d, dataset.id))
