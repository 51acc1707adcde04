"""Writing a map's image off the GUI thread: the worker, and the progress dialog with Cancel that watches it.

The worker draws a scene of its own, made, used and freed on its thread, from its own copy of the
project (QImage, QPainter and QSvgGenerator work on any thread); nothing on screen is touched, and
the window goes on repainting while the image is drawn, encoded and written.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from journeydesk.ui.base.plain import show_message
from journeydesk.ui.export.image_export import STEPS, ImageExportError, ImageRequest, export_image
from journeydesk.ui.export.svg_fonts import bundled

translate = QCoreApplication.translate


class Cancelled(Exception):
    """Raised from the progress callback to stop an image being made."""


class ImageExportWorker(QThread):
    """Writes one image whole or not at all; cancelled, it stops at the next step or encoded block."""

    progressed = Signal(int, int)

    def __init__(self, request: ImageRequest) -> None:
        super().__init__()
        self.request: ImageRequest | None = request
        self.path = request.path
        self.cancel = threading.Event()
        self.cancelled = False
        self.error = ""
        self.written: Path | None = None
        self._told = (-1, -1)

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        if (done, total) != self._told:
            self._told = (done, total)
            self.progressed.emit(done, total)

    def run(self) -> None:
        request, self.request = self.request, None  # the copy of the project is freed on this thread
        if request is None:
            return
        try:
            self.written = export_image(request.document, request.journey_id, request.path, dpi=request.dpi,
                                        overlay=request.overlay, outlines=request.outlines,
                                        progress=self._progress)
        except Cancelled:
            self.cancelled = True
        except ImageExportError as error:
            self.error = str(error)
        except Exception as error:
            self.error = translate("ImageExport",
                                   "The image could not be made: {0}. Please report this.").format(error)


class ExportProgress(QProgressDialog):
    """The progress of one image; Cancel, Escape or closing asks the export to stop, and it stays until it
    has."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImageExport", "Export Image"))
        self.setLabelText(translate("ImageExport", "Writing {0}…").format(name))
        self.setRange(0, STEPS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setCancelButtonText(translate("ImageExport", "Cancel"))  # a button of our own would add a second
        self.cancel_button = self.findChild(QPushButton)  # Escape shortcut, and Escape would do nothing
        self.canceled.disconnect()  # from QProgressDialog.cancel, which would hide the dialog at once
        self.canceled.connect(self.stop_requested)  # the button and the Escape key
        self.ended = False

    def reject(self) -> None:
        self.stop_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ended:
            event.accept()
            return
        event.ignore()
        self.stop_requested.emit()


class ImageExport(QObject):
    """One image being written for ``parent``: the worker, and the modal progress dialog over the window."""

    written = Signal(object)  # the Path written
    cancelled = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget, request: ImageRequest) -> None:
        super().__init__(parent)
        self.window = parent
        self.worker = ImageExportWorker(request)
        self.dialog = ExportProgress(parent, request.path.name)
        self.dialog.stop_requested.connect(self.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        if request.path.suffix.lower() == ".svg":
            with contextlib.suppress(OSError, ImportError):  # the worker meets the same error and words it
                bundled()  # Qt's font database takes new fonts on the GUI thread; the worker finds them there
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        self.worker.start()
        self.dialog.setValue(0)
        self.dialog.show()

    @property
    def running(self) -> bool:
        return self.worker.isRunning()

    def cancel(self) -> None:
        """Ask the worker to stop; it leaves no file, and the dialog goes once it has stopped."""
        if self.worker.cancel.is_set() or not self.worker.isRunning():
            return
        self.worker.cancel.set()
        self.dialog.setLabelText(translate("ImageExport", "Cancelling…"))
        self.dialog.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and wait for the worker (the application is quitting or the window closing)."""
        self.worker.cancel.set()
        self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finished(self) -> None:
        worker = self.worker
        worker.wait()
        self.dialog.ended = True
        self.dialog.hide()
        self.dialog.deleteLater()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.stop)
        if worker.cancelled:
            self.cancelled.emit()
        elif worker.error:
            show_message(self.window, translate("ImageExport", "Export Image"), worker.error)
        elif worker.written is not None:
            self.written.emit(worker.written)
        self.ended.emit()
        self.deleteLater()
