"""The QApplication: JourneyDesk's name and icon, the bundled fonts, the translators, a quiet message
handler."""

from __future__ import annotations

import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from journeydesk import __version__, i18n
from journeydesk.ui.style.language import install_translators
from journeydesk.ui.style.theme import apply_saved_theme

CJK_FONTS = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")  # one family, two weights
APP_ICON = "journeydesk.svg"
DESKTOP_ID = "io.journeydesk.JourneyDesk"  # the .desktop file's name, for window managers


def install_fonts(app: QApplication) -> str | None:
    """Register the bundled Japanese font (both weights) and put it in the UI font's fallback list.

    The UI font is named by the family it resolves to first: a generic name such as X11's
    "Sans Serif" is no family of its own, so Qt would skip it and draw all text, Latin and
    "…" included, in the Japanese font (whose "…" sits mid-height, as "⋯")."""
    font = app.font()
    system = QFontInfo(font).family()
    ids = []
    for name in CJK_FONTS:
        with as_file(files("journeydesk.resources") / "fonts" / name) as path:
            ids.append(QFontDatabase.addApplicationFont(str(path)))
    if ids[0] < 0:
        return None
    family = QFontDatabase.applicationFontFamilies(ids[0])[0]
    if family not in font.families():
        first = [system] if system and system != family and system not in font.families() else []
        font.setFamilies([*first, *font.families(), family])
        app.setFont(font)
    return family


_HARMLESS = ("This plugin does not support propagateSizeHints()",)
_previous_handler = None
_handler_installed = False


def _quiet_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's notice about window hints; pass everything else on."""
    if message in _HARMLESS:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        sys.stderr.write(message + "\n")


def application() -> QApplication:
    global _previous_handler, _handler_installed
    if not _handler_installed:
        _handler_installed = True
        _previous_handler = qInstallMessageHandler(_quiet_handler)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("JourneyDesk")
    app.setOrganizationName("JourneyDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(files("journeydesk.icons") / APP_ICON)))
    install_fonts(app)  # type: ignore[arg-type]
    if not install_translators(i18n.language()):
        sys.stderr.write(i18n.t("JourneyDesk: the translation for '{language}' could not be loaded "
                                "(lrelease from PySide6 is missing); the interface stays in English.",
                                language=i18n.language()) + "\n")
    apply_saved_theme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def release_clipboard() -> None:
    """Hand what we put on the clipboard back to Qt as plain text before the app goes away.

    PySide6 crashes at exit when the clipboard still holds a QMimeData made in Python;
    Qt's own copy of the text is safe and stays pasteable for the user.
    """
    app = QApplication.instance()
    if app is None:
        return
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and Shiboken.createdByPython(data):
        clipboard.setText(clipboard.text())
