"""Choosing the interface language and installing the Qt translators and locale for it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from journeydesk import i18n
from journeydesk.translations import FOLDER, compile_catalog, compiled_name

_installed: list[QTranslator] = []


def choose_language(explicit: str = "") -> str:
    """``--lang`` (or JOURNEYDESK_LANG), else the language in Preferences, else the system's."""
    if explicit in i18n.LANGUAGES:
        return explicit
    from journeydesk.ui.base.preferences_store import load_preferences

    QCoreApplication.setOrganizationName("JourneyDesk")
    QCoreApplication.setApplicationName("JourneyDesk")
    preferred = load_preferences().language
    if preferred in i18n.LANGUAGES:
        return preferred
    tags = QLocale.system().uiLanguages()
    if tags:
        return "ja" if tags[0].lower().startswith("ja") else "en"
    return i18n.system_language()


def catalog_file(language: str) -> Path | None:
    """The compiled catalog for ``language``: built at install time, or compiled now into the cache."""
    source = i18n.catalog_path(language)
    if not source.exists():
        shipped = sorted(FOLDER.glob(f"journeydesk_{language}-*.qm"))
        return shipped[0] if shipped else None
    name = compiled_name(source)
    if (FOLDER / name).exists():
        return FOLDER / name
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    for folder in (Path(cache) / "translations" if cache else None,
                   Path(tempfile.gettempdir()) / "journeydesk-translations"):
        if folder is None:
            continue
        if (folder / name).exists() or compile_catalog(source, folder / name):
            return folder / name
    return None


def _locale(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (en_GB keeps its day-first dates), else
    the language's usual one."""
    system = QLocale.system()
    wanted = QLocale.Language.Japanese if language == "ja" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale("ja_JP" if language == "ja" else "en_US")


def install_translators(language: str) -> bool:
    """Make ``language`` the language of every message and of dates and numbers.

    Returns False when the app's catalog could not be loaded (the interface stays English).
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(_locale(language))
    if language == "en":
        return True
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    loaded = False
    for path in (qt_folder / f"qtbase_{language}.qm", catalog_file(language)):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = path.name.startswith("journeydesk_")
    return loaded
