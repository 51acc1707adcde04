"""Rendering the editor window with a project to a PNG, without a screen (for docs and tests)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from journeydesk.i18n import t


class ScreenshotError(Exception):
    """A problem to report as one line."""


def render_screenshot(project: str, output: str, *, journey: str | None = None,
                      size: tuple[int, int] = (1400, 860)) -> Path:
    """Show ``journey`` of ``project`` in the main window, fitted, and save it as a PNG.

    The window works on a private copy, so the project itself is never touched, and the
    picture shows the editor as a person editing it sees it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journeydesk.store.store import Store, StoreError

    scratch = tempfile.TemporaryDirectory()
    copy = Path(scratch.name) / Path(project).name
    try:
        with Store.open(project, read_only=True) as original:
            original.save_copy(copy)
    except StoreError as error:
        scratch.cleanup()
        raise ScreenshotError(str(error)) from None
    try:
        return _render(str(copy), output, journey, size, project)
    finally:
        scratch.cleanup()


def _render(project: str, output: str, journey: str | None, size: tuple[int, int], shown_as: str) -> Path:
    from PySide6.QtCore import QCoreApplication

    from journeydesk.ui.app import application
    from journeydesk.ui.main_window import MainWindow

    app = application()
    window = MainWindow(remember_layout=False)
    problems: list[str] = []
    window.editor.error.disconnect(window.show_error)
    window.editor.error.connect(problems.append)
    window.resize(*size)
    window.show()
    try:
        if not window.editor.open(project):
            raise ScreenshotError(problems[0] if problems else t("Cannot open {path}.", path=project))
        names = {j.name: j.id for j in window.editor.document.journeys()}
        if journey is not None:
            if journey not in names:
                raise ScreenshotError(t("{path} has no journey named '{name}'. Journeys: {names}.",
                                        path=shown_as, name=journey,
                                        names=", ".join(names) or t("(none)")))
            window.editor.show_journey(names[journey])
        for _ in range(3):
            QCoreApplication.processEvents()
        window.map.view.fit_journey()
        QCoreApplication.processEvents()
        target = Path(output)
        if not window.grab().save(str(target), "PNG"):
            raise ScreenshotError(t("Cannot write {path}: check the folder exists and is writable.",
                                    path=target))
        return target
    finally:
        window.editor.close()
        window.close()
        app.processEvents()
