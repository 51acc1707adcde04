"""Build the standalone JourneyDesk application folder (dist/JourneyDesk) with PyInstaller.

Run it with the Python that has JourneyDesk and PyInstaller installed, e.g.
``.venv/bin/python packaging/build.py``. On macOS this also makes dist/JourneyDesk.app.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINUX_FILES = ("install.sh", "io.journeydesk.JourneyDesk.desktop",
               "io.journeydesk.JourneyDesk.metainfo.xml", "io.journeydesk.JourneyDesk.mime.xml")


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec and return the application folder."""
    try:
        import PyInstaller.__main__
    except ImportError:
        raise SystemExit("PyInstaller is not installed: run pip install '.[test]' (or pip install "
                         "pyinstaller) with this Python first.") from None
    compile_translations()
    PyInstaller.__main__.run([str(HERE / "journeydesk.spec"), "--noconfirm", "--log-level=WARN",
                              "--distpath", str(dist), "--workpath", str(work)])
    app = dist / "JourneyDesk"
    if sys.platform.startswith("linux"):
        add_linux_integration(app)
    return app


def compile_translations() -> None:
    """Compile every catalog as it is now (the folder takes whatever .qm lies beside the sources)."""
    from journeydesk import translations

    for source in translations.compile_all(translations.FOLDER):
        raise SystemExit(f"Cannot compile {source.name}: lrelease from PySide6 is missing.")

def add_linux_integration(app: Path) -> None:
    """Put the desktop files, the icons and install.sh into the folder's linux/ subfolder."""
    sys.path.insert(0, str(HERE))
    import app_icons

    target = app / "linux"
    (target / "icons").mkdir(parents=True, exist_ok=True)
    for name in LINUX_FILES:
        shutil.copy2(HERE / "linux" / name, target / name)
    shutil.copy2(app_icons.ICON_SVG, target / "icons" / "journeydesk.svg")
    app_icons.render_pngs(target / "icons")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default: build/pyinstaller)")
    options = parser.parse_args(argv)
    app = build(options.dist.resolve(), options.work.resolve())
    print(f"Built {app}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
