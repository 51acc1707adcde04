"""Starting the desktop application: the first window, files macOS asks to open, quitting on signals."""

from __future__ import annotations

import signal

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from journeydesk.ui.style.application import application, release_clipboard
from journeydesk.ui.window.main_window import MainWindow


def run(path: str | None = None) -> int:
    """Show the main window (opening ``path`` if given) and run until it closes."""
    app = application()
    window = MainWindow()
    if window.fills_screen:
        window.showMaximized()
    else:
        window.show()
    path = path or window.last_file()
    if path:
        window.open_path(path)
    app.aboutToQuit.connect(window.editor.close)
    app.aboutToQuit.connect(release_clipboard)
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    _quit_on_signals(app)
    return app.exec()


class FileOpenFilter(QObject):
    """Opens the project macOS asks for (a .journey file double-clicked while the app runs)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_path(event.file())
            return True
        return super().eventFilter(watched, event)


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C and SIGTERM close the project properly (the WAL is folded back into the file)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; a timer gives it the chance.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
