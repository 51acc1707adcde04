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


class OneRun:
    """At most one Background run for a page: ``start`` stops the last one first, ``stop`` cancels and waits
    for it (its result then never reaches ``on_done``), ``finish`` (from ``on_done``) joins the run that
    reported."""

    def __init__(self, on_done: Callable[[object], None]) -> None:
        self.on_done = on_done
        self.worker: Background | None = None

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self, work: Callable[[Callable[[], bool]], object]) -> None:
        self.stop()
        self.worker = Background(work)
        self.worker.done.connect(self.on_done)
        self.worker.start()

    def stop(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.done.disconnect(self.on_done)
            worker.cancel.set()
            worker.wait()

    def finish(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()


__all__ = ["Background", "ImportWorker", "OneRun"]
