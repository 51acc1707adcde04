"""The import wizard's worker threads: writing an import's rows, and reading the whole file in the
background."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from journeydesk.imports.session import ImportSession
from journeydesk.store.store import Store

GIL_SWITCH_SECONDS = 0.0005


class _QuickSwitch:
    """While a worker runs, hand the GIL over often: the GUI thread takes it for nearly every event it handles
    (PySide checks each widget for Python overrides); with the default 5 ms, painting a dialog could wait ~0.2
    s."""

    def __enter__(self) -> None:
        self.switch = sys.getswitchinterval()
        sys.setswitchinterval(GIL_SWITCH_SECONDS)

    def __exit__(self, *_: object) -> None:
        sys.setswitchinterval(self.switch)


class ImportWorker(QThread):
    """Writes the session's rows into its prepared import; the error, if any, is read after ``wait``."""

    progressed = Signal(int)

    def __init__(self, session: ImportSession, store: Store, cancel: threading.Event) -> None:
        super().__init__()
        self.session = session
        self.store = store
        self.cancel = cancel
        self.written = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        with _QuickSwitch():
            try:
                self.written = self.session.write(self.store, self.progressed.emit, self.cancel.is_set)
            except Exception as error:
                self.error = error


class Background(QThread):
    """Runs ``work`` (reading the whole file: counting names, checking rows) off the GUI thread.

    ``done`` carries the result, or the exception raised; ``cancel`` asks work that accepts it to stop.
    """

    done = Signal(object)

    def __init__(self, work: Callable[[Callable[[], bool]], object]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()
        self.result: object = None

    def run(self) -> None:
        with _QuickSwitch():
            try:
                self.result = self.work(self.cancel.is_set)
            except Exception as error:
                self.result = error
        self.done.emit(self.result)


__all__ = ["Background", "ImportWorker"]
