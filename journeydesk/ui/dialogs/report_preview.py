"""The report dialog's preview: the first pages of the report as pictures, rebuilt in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from journeydesk.core.document import Document
from journeydesk.report.options import ReportOptions
from journeydesk.ui.dialogs.report_workers import PreviewWorker

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 250
PREVIEW_DELAY_MS = 400


class ReportPreview(QGroupBox):
    """Call ``schedule()`` when an option changes: after a pause the report is built on a worker thread.

    ``options`` gives the report to show; ``problem`` says why there is none (empty when there is).
    A request made while a build runs cancels it and starts again when it has stopped.
    """

    def __init__(self, document: Document, project: Path | None, options: Callable[[], ReportOptions],
                 problem: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.document = document
        self.project = project
        self.options = options
        self.problem = problem
        self._worker: PreviewWorker | None = None
        self._again = False
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # its notes carry journey names from the file
        self.status.setWordWrap(True)
        pages = QWidget()
        self.pages_layout = QVBoxLayout(pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(pages)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 40)
        scroll.setStyleSheet("QScrollArea { background: #8a939c; } QScrollArea > QWidget > QWidget "
                             "{ background: #8a939c; }")
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Stop waiting and building (before the dialog closes)."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel.set()
            self._worker.wait()

    def refresh(self) -> None:
        if self._worker is not None:
            self._again = True
            self._worker.cancel.set()
            return
        self._again = False
        if self.problem():
            self._show([])
            self.status.setText(self.tr("Nothing to preview until the problem noted below is solved."))
            return
        self.status.setText(self.tr("Making the preview…"))
        worker = self._worker = PreviewWorker(self.document, self.project, self.options(), PREVIEW_PAGES,
                                              PREVIEW_WIDTH)
        worker.finished.connect(self._done)
        worker.start()

    def _done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        if self._again:
            self.refresh()
            return
        if worker.error:
            self._show([])
            self.status.setText(worker.error)
            return
        self._show(worker.images)
        if worker.images:
            self.status.setText(" ".join([self.tr("Pages 1–{0} of {1}.").format(len(worker.images),
                                                                                worker.page_count),
                                          *worker.notes]))
        else:
            self.status.setText(self.tr("The report has {0} pages.").format(worker.page_count))

    def _show(self, pages: list[QImage]) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for image in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #5f6770; background: white;")
            self.pages_layout.addWidget(label)
