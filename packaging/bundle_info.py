"""What goes into the application folder, and the names the desktop platforms know it by."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path, PurePath

from journeydesk import __version__

APP_ID = "io.journeydesk.JourneyDesk"
MIME_TYPE = "application/x-journeydesk"
MACOS_TYPE_ID = "io.journeydesk.journey"

# Qt modules and Python packages the application never uses (PyInstaller would otherwise
# follow optional imports into them and ship their libraries).
EXCLUDES = [
    "tkinter", "unittest", "pydoc_data", "IPython", "matplotlib", "scipy", "pandas", "h5py",
    "cupy", "OpenGL", "PyQt5", "PyQt6", "PySide2",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtDBus",
    "PySide6.QtConcurrent", "PySide6.QtXml", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
]

# Qt's own translations: only the languages JourneyDesk speaks.
QT_LANGUAGES = ("en", "ja")


def _setuptools(root: Path) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def stage_sources(root: Path, target: Path) -> Path:
    """Lay the packages out in ``target`` as installed, following pyproject's package-dir.

    PyInstaller finds modules by folder, so packages kept elsewhere in the checkout
    (resources/, icons/) are copied to where their names say they are.
    """
    folders = {"journeydesk": "journeydesk", **_setuptools(root).get("package-dir", {})}
    shutil.rmtree(target, ignore_errors=True)
    for package, folder in sorted(folders.items()):
        shutil.copytree(root / folder, target.joinpath(*package.split(".")), dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def package_data(root: Path, sources: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The packages that carry data, and (file, folder in the bundle) for each data file.

    The same files the wheel gets (pyproject's package-data), taken from the staged sources.
    These packages are reached only through importlib.resources, so PyInstaller is told to
    include them; compiled translations in journeydesk/translations are always taken.
    """
    patterns = {package: list(globs) for package, globs in _setuptools(root).get("package-data", {}).items()}
    patterns.setdefault("journeydesk", []).append("translations/*.qm")
    datas = set()
    for package, globs in patterns.items():
        folder = sources.joinpath(*package.split("."))
        for pattern in globs:
            for path in folder.glob(pattern):
                if path.is_file():
                    datas.add((str(path), str(PurePath(*package.split(".")) / path.parent.relative_to(folder))))
    packages = sorted(package for package in patterns if (sources.joinpath(*package.split(".")) / "__init__.py").exists())
    return packages, sorted(datas)


def keep_data(destination: str) -> bool:
    """False for Qt translation catalogs of languages the application does not offer."""
    path = PurePath(destination)
    if path.suffix != ".qm" or "translations" not in path.parts or "journeydesk" in path.parts:
        return True
    return path.stem.rsplit("_", 1)[-1] in QT_LANGUAGES


GTK_STACK = ("libgtk-3.", "libgdk-3.", "libgdk_pixbuf-", "libatk-", "libcairo", "libpango",
             "libpixman-", "libthai.", "libdatrie.", "libfribidi.", "libgraphite2.", "libharfbuzz.")


def keep_binary(destination: str) -> bool:
    """False for Qt plugins that only serve excluded modules."""
    parts = PurePath(destination).parts
    unused = ("sqldrivers", "qmltooling", "designer", "networkinformation", "tls", "position")
    if any(name in parts for name in unused):
        return False
    # The GTK theme plugin would pull a copy of the system's GTK stack into the folder, which
    # then clashes with the GTK of the machine it runs on; Qt's own style is used instead.
    return parts[-1] != "libqgtk3.so" and not parts[-1].startswith(GTK_STACK)


def info_plist() -> dict:
    """macOS bundle metadata: version, and .journey files as JourneyDesk documents."""
    return {
        "CFBundleName": "JourneyDesk",
        "CFBundleDisplayName": "JourneyDesk",
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "JourneyDesk Project",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [MACOS_TYPE_ID],
            "CFBundleTypeIconFile": "journeydesk.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": MACOS_TYPE_ID,
            "UTTypeDescription": "JourneyDesk Project",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": "journeydesk.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": ["journey"],
                "public.mime-type": [MIME_TYPE],
            },
        }],
    }
