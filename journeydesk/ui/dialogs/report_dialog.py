"""File ▸ Export ▸ PDF Report…: the report's options, a live preview of its first pages, and the export."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.report import images
from journeydesk.report.options import LAYOUTS, PAPERS, SECTIONS, ReportError, ReportOptions
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import show_message
from journeydesk.ui.base.preferences_store import load_preferences
from journeydesk.ui.base.start_folder import start_path
from journeydesk.ui.dialogs.report_preview import ReportPreview
from journeydesk.ui.dialogs.report_workers import ExportWorker, reports_progress

OPEN_WHEN_DONE_KEY = "report/open_when_done"
DEFAULT_BRAND = "#2f6fb3"


def report_date(date: QDate, locale: QLocale | None = None) -> str:
    """The cover's default date: the locale's long date without the weekday (“2026年12月1日”, “December 1,
    2026”)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Japanese:
        return locale.toString(date, "yyyy年M月d日")
    pattern = re.sub(r"\s*\bdddd\b[,.]?\s*|[,\s]*\bdddd\b", " ",
                     locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(date, pattern or locale.dateFormat(QLocale.FormatType.ShortFormat))


class ReportDialog(QDialog):
    """Options for ``write_report``, read from and mapped to ``ReportOptions`` by ``options()``.

    ``written`` is the PDF's path once an export has finished.
    """

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF Report"))
        self.setModal(True)
        self.editor = editor
        self.document = editor.document
        self.project_path = editor.store.path if editor.store is not None else None
        self.written: Path | None = None
        self.brand_color = self.document.project().brand_color or DEFAULT_BRAND
        self._export: ExportWorker | None = None
        self.preview = ReportPreview(self.document, self.project_path, self.options, self.problem, self)
        self._build()
        self._set_defaults()
        self._connect_changes()
        self._options_changed()
        self.resize(860, 720)

    # ----- building the form

    def _build(self) -> None:
        self.journeys = QListWidget()
        self.journeys.setMaximumHeight(96)
        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem(name, name)
        self.layout_choice = QComboBox()
        layout_names = {"auto": self.tr(
            "Automatic: one page per journey where its text reads, else per stage"),
                        "fit": self.tr("Fit: each journey on one page"),
                        "poster": self.tr("Poster: tiled across pages"),
                        "stages": self.tr("Stages: one page per stage")}
        for name in LAYOUTS:
            self.layout_choice.addItem(layout_names.get(name, name), name)
        self.poster_scale = QDoubleSpinBox()
        self.poster_scale.setRange(0.25, 4.0)
        self.poster_scale.setSingleStep(0.25)
        self.poster_scale.setValue(1.0)
        self.poster_scale.setSuffix(" ×")
        self.sections: dict[str, QCheckBox] = {}
        section_names = {"cover": self.tr("Cover"), "contents": self.tr("Contents"),
                         "personas": self.tr("Personas"), "map": self.tr("Map"),
                         "touchpoints": self.tr("Touchpoint inventory"),
                         "pains": self.tr("Pain points and opportunities"), "metrics": self.tr("Metrics"),
                         "scorecard": self.tr("Scorecard"), "evidence": self.tr("Evidence (appendix)"),
                         "compare": self.tr("Current and future state")}
        section_box = QWidget()
        grid = QGridLayout(section_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(SECTIONS):
            box = self.sections[name] = QCheckBox(section_names.get(name, name.capitalize()))
            grid.addWidget(box, index // 2, index % 2)
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.client = QLineEdit()
        self.author = QLineEdit()
        self.date = QLineEdit()
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        choose_logo = QPushButton(self.tr("Choose…"))
        choose_logo.clicked.connect(self.ask_logo)
        clear_logo = QPushButton(self.tr("Clear"))
        clear_logo.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)
        self.logo_message = _message_label()
        self.logo_message.hide()
        self.brand_button = QPushButton()
        self.brand_button.clicked.connect(self.ask_brand_color)
        self.colophon = QCheckBox(self.tr("“Made with JourneyDesk” at the foot of the last page"))

        form = QFormLayout()
        form.addRow(self.tr("&Journeys:"), self.journeys)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("Poster &scale:"), self.poster_scale)
        form.setRowVisible(self.poster_scale, "poster" in LAYOUTS)
        form.addRow(self.tr("Sections:"), section_box)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle)
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Date:"), self.date)
        logo_label = QLabel(self.tr("Lo&go:"))
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        form.addRow("", self.logo_message)
        form.addRow(self.tr("&Brand colour:"), self.brand_button)
        form.addRow("", self.colophon)
        options_box = QGroupBox(self.tr("Options"))
        options_column = QVBoxLayout(options_box)
        options_column.addLayout(form)
        options_column.addStretch(1)
        self.options_box = options_box

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel Export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.open_when_done = QCheckBox(self.tr("&Open when done"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_when_done)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        top = QHBoxLayout()
        top.addWidget(options_box, 3)
        top.addWidget(self.preview, 2)
        column = QVBoxLayout(self)
        column.addLayout(top, 1)
        column.addWidget(self.message)
        column.addLayout(progress_row)
        column.addLayout(buttons)

    def _set_defaults(self) -> None:
        preferences = load_preferences()
        project = self.document.project()
        for journey in self.document.journeys():
            item = QListWidgetItem(journey.name)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if journey.id == self.editor.journey_id
                               else Qt.CheckState.Unchecked)
            self.journeys.addItem(item)
        self.paper.setCurrentIndex(max(0, self.paper.findData(preferences.paper)))
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(preferences.layout)))
        for box in self.sections.values():
            box.setChecked(True)
        self.title.setText(project.title)
        self.client.setText(project.client)
        self.author.setText(preferences.author or project.author)
        self.date.setText(report_date(QDate.currentDate()))
        self._show_brand_color()
        self.colophon.setChecked(True)
        self.open_when_done.setChecked(QSettings().value(OPEN_WHEN_DONE_KEY, True, type=bool))

    def _connect_changes(self) -> None:
        self.journeys.itemChanged.connect(self._options_changed)
        self.paper.currentIndexChanged.connect(self._options_changed)
        self.layout_choice.currentIndexChanged.connect(self._options_changed)
        self.poster_scale.valueChanged.connect(self._options_changed)
        self.colophon.toggled.connect(self._options_changed)
        for box in self.sections.values():
            box.toggled.connect(self._options_changed)
        for field in (self.title, self.subtitle, self.client, self.author, self.date):
            field.textChanged.connect(self._options_changed)
        self.logo.textChanged.connect(self._logo_changed)

    # ----- the options

    def options(self) -> ReportOptions:
        """The report the form describes (an empty title means the project's)."""
        chosen = [self.journeys.item(row).data(Qt.ItemDataRole.UserRole)
                  for row in range(self.journeys.count())
                  if self.journeys.item(row).checkState() == Qt.CheckState.Checked]
        values = {
            "journeys": tuple(chosen), "paper": self.paper.currentData(),
            "layout": self.layout_choice.currentData(),
            "sections": tuple(name for name, box in self.sections.items() if box.isChecked()),
            "title": self.title.text().strip() or None, "subtitle": self.subtitle.text().strip(),
            "client": self.client.text().strip(), "author": self.author.text().strip(),
            "date": self.date.text().strip(), "logo": self.logo.text().strip() or None,
            "brand_color": self.brand_color, "colophon": self.colophon.isChecked(),
            "edited_at": self.editor.store.edited_at if self.editor.store is not None else None,
        }
        if "poster_scale" in {field.name for field in dataclasses.fields(ReportOptions)}:
            values["poster_scale"] = self.poster_scale.value()
        return ReportOptions(**values)

    def problem(self) -> str:
        """What stops a report being made from the form, in words; empty when nothing does."""
        options = self.options()
        if not options.journeys:
            return self.tr("Choose at least one journey to put in the report.")
        if not options.sections:
            return self.tr("Choose at least one section to put in the report.")
        return self.logo_message.text()

    def _options_changed(self) -> None:
        self.poster_scale.setEnabled(self.layout_choice.currentData() == "poster")
        problem = self.problem()
        self.export_button.setEnabled(not problem and self._export is None)
        self.message.setText("" if problem == self.logo_message.text() else problem)
        self.preview.schedule()

    def _logo_changed(self) -> None:
        """The logo is read once when chosen, not on every change of another field."""
        path = self.logo.text().strip()
        text = ""
        if path:
            try:
                images.load_logo(path)
            except ReportError as error:
                text = str(error)
        self.logo_message.setText(text)
        self.logo_message.setVisible(bool(text))
        self._options_changed()

    def ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def ask_brand_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.brand_color), self, self.tr("Brand Colour"))
        if color.isValid():
            self.set_brand_color(color.name())

    def set_brand_color(self, value: str) -> None:
        self.brand_color = QColor(value).name()
        self._show_brand_color()
        self._options_changed()

    def _show_brand_color(self) -> None:
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(self.brand_color))
        self.brand_button.setIcon(swatch)
        self.brand_button.setText(self.brand_color)

    # ----- exporting

    def ask_export(self) -> None:
        """Ask where to write the PDF: beside the project, named after the report's title."""
        start = start_path(self.editor, self.title.text().strip() or self.tr("Journey report"), ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF Report"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_to(path)

    def export_to(self, path: str | os.PathLike[str]) -> bool:
        """Start writing the report to ``path`` on a worker thread; False (and a message) if it cannot
        start."""
        path = Path(path)
        problem = self.problem()
        if not problem and path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            problem = self.tr(
                "Cannot write to the folder {0}. Choose a folder you can write to.").format(path.parent)
        elif not problem and not path.parent.is_dir():
            problem = self.tr("The folder {0} does not exist. Choose another folder.").format(path.parent)
        elif not problem and path.is_dir():
            problem = self.tr("{0} is a folder; give the PDF file a name.").format(path)
        if problem:
            self._fail(problem)
            return False
        worker = self._export = ExportWorker(self.document, self.project_path, self.options(), path)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._export_done)
        self._set_exporting(True)
        worker.start()
        return True

    def cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel.set()
            self.message.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _set_exporting(self, exporting: bool) -> None:
        self.options_box.setEnabled(not exporting)
        self.export_button.setEnabled(not exporting and not self.problem())
        self.progress.setVisible(exporting)
        self.cancel_button.setVisible(exporting)
        if exporting:
            self.progress.setRange(0, 100 if reports_progress() else 0)
            self.progress.setValue(0)
            self.message.setText(self.tr("Writing the report…"))

    def _export_done(self) -> None:
        worker, self._export = self._export, None
        if worker is None:
            return
        worker.wait()
        self._set_exporting(False)
        if worker.cancelled:
            self.message.setText(self.tr("Export cancelled; nothing was written."))
            return
        if worker.error:
            self._fail(worker.error)
            return
        self.written = worker.written
        QSettings().setValue(OPEN_WHEN_DONE_KEY, self.open_when_done.isChecked())
        if self.open_when_done.isChecked() and self.written is not None and \
                not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written))):
            show_message(self, self.tr("Export PDF Report"),
                         self.tr("The report was written to {0}, but no program to open PDF files is set up "
                                 "on this computer. Open it from your file manager, or install a PDF viewer.")
                         .format(self.written), icon=QMessageBox.Icon.Information)
        self.accept()

    def _fail(self, message: str) -> None:
        self.message.setText(message)
        show_message(self, self.tr("Export PDF Report"), message)

    def done(self, result: int) -> None:
        if self._export is not None:
            self._export.cancel.set()
            self._export.wait()
        self.preview.stop()
        super().done(result)


def _message_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
