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

    try:
        with Store.open(project, read_only=True) as original:
            original.load()
            try:
                scratch = tempfile.TemporaryDirectory()
            except OSError:
                raise _no_room(project, Path(tempfile.gettempdir())) from None
            copy = Path(scratch.name) / "project.journey"
            try:
                original.save_copy(copy)
            except StoreError:
                scratch.cleanup()
                raise _no_room(project, Path(scratch.name).parent) from None
    except StoreError as error:
        raise ScreenshotError(str(error)) from None
    try:
        return _render(str(copy), output, journey, size, project)
    finally:
        scratch.cleanup()


def _no_room(project: str, folder: Path) -> ScreenshotError:
    return ScreenshotError(t("Cannot draw {path}: the temporary folder {folder} has no room for a private "
                             "copy of it. Free some space there.", path=project, folder=folder))


def _render(project: str, output: str, journey: str | None, size: tuple[int, int], shown_as: str) -> Path:
    from PySide6.QtCore import QCoreApplication

    from journeydesk.ui.export.image_export import ImageExportError, png_bytes, write_file
    from journeydesk.ui.style.application import application
    from journeydesk.ui.window.main_window import MainWindow

    app = application()
    window = MainWindow(remember_layout=False)
    problems: list[str] = []
    window.editor.error.disconnect(window.show_error)
    window.editor.error.connect(problems.append)
    window.resize(*size)
    window.show()
    try:
        if not window.editor.open(project):
            # Messages about the private copy are about the user's file.
            raise ScreenshotError(problems[0].replace(project, shown_as) if problems
                                  else t("Cannot open {path}.", path=shown_as))
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
        try:
            write_file(target, png_bytes(window.grab().toImage()))
        except (OSError, ImageExportError) as error:
            reason = error.strerror.lower() if isinstance(error, OSError) and error.strerror else str(error)
            raise ScreenshotError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                                    path=target, reason=reason)) from None
        return target
    finally:
        window.editor.close()
        window.close()
        app.processEvents()
