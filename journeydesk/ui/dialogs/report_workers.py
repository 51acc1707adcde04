"""Building the PDF report off the GUI thread: the preview's first pages, and the export with progress and
cancel.

Each worker reads imported data through its own read-only reader (``DatasetReader.open``), opened and
closed on its thread. The Document is only read; the dialog that starts the workers is modal, so nothing
edits it meanwhile.
"""

from __future__ import annotations

import inspect
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtGui import QImage

from journeydesk.core.document import Document
from journeydesk.report.build import build_report, write_report
from journeydesk.report.options import ReportError, ReportOptions
from journeydesk.store.datasets import DatasetReader
from journeydesk.ui.dialogs.pdf_pages import page_count, page_images


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


class Cancelled(Exception):
    """Raised from the progress callback to stop a report being built."""


def reports_progress(function=None) -> bool:
    """Whether ``function`` (default ``write_report``) takes a ``progress(done, total)`` callback."""
    return "progress" in inspect.signature(function or write_report).parameters


class _ReportWorker(QThread):
    """Shared by both workers: the data reader, the cancel flag, the progress hook and the error text."""

    progressed = Signal(int, int)

    def __init__(self, document: Document, project: Path | None, options: ReportOptions) -> None:
        super().__init__()
        self.document = document
        self.project = project
        self.options = options
        self.cancel = threading.Event()
        self.cancelled = False
        self.error = ""

    def _extra(self, function) -> dict:
        return {"progress": self._progress} if reports_progress(function) else {}

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        data = DatasetReader.open(self.project)
        try:
            self.work(data)
        except Cancelled:
            self.cancelled = True
        except ReportError as error:
            self.error = str(error)
        except Exception as error:
            self.error = _tr("The report could not be made: {0}. Please report this.").format(error)
        finally:
            if data is not None:
                data.close()

    def work(self, data: DatasetReader | None) -> None:
        raise NotImplementedError


class PreviewWorker(_ReportWorker):
    """Builds the whole report in memory and draws its first ``pages`` pages ``width`` pixels wide."""

    def __init__(self, document: Document, project: Path | None, options: ReportOptions,
                 pages: int, width: int) -> None:
        super().__init__(document, project, options)
        self.pages = pages
        self.width = width
        self.images: list[QImage] = []
        self.page_count = 0
        self.notes: list[str] = []

    def work(self, data: DatasetReader | None) -> None:
        data = build_report(self.document, data, self.options, notes=self.notes, **self._extra(build_report))
        self.page_count = page_count(data)
        if self.cancel.is_set():
            raise Cancelled
        self.images = page_images(data, self.pages, self.width)


class ExportWorker(_ReportWorker):
    """Writes the report to ``path`` whole or not at all; a cancelled export leaves no file behind."""

    def __init__(self, document: Document, project: Path | None, options: ReportOptions, path: Path) -> None:
        super().__init__(document, project, options)
        self.path = path
        self.written: Path | None = None

    def work(self, data: DatasetReader | None) -> None:
        scratch = self.path.with_name(f".{self.path.name}.exporting")
        try:
            write_report(scratch, self.document, data, self.options, **self._extra(write_report))
        except ReportError as error:
            raise ReportError(str(error).replace(str(scratch), str(self.path))) from None
        try:
            if self.cancel.is_set():
                raise Cancelled
            os.replace(scratch, self.path)
        except OSError as error:
            raise ReportError(_tr("Cannot write {0}: {1}. Choose a folder you can write to.").format(
                self.path, (error.strerror or str(error)).lower())) from None
        finally:
            scratch.unlink(missing_ok=True)
        self.written = self.path
