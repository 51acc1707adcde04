"""Nothing outside journeydesk/ui imports PySide6 or pyqtgraph (checked in fresh interpreters)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import journeydesk

HEADLESS = sorted(
    info.name
    for info in pkgutil.walk_packages(journeydesk.__path__, "journeydesk.")
    if not info.name.startswith("journeydesk.ui") and info.name != "journeydesk.__main__"
)


def test_every_headless_module_is_found() -> None:
    assert {"journeydesk.core.model", "journeydesk.store.store", "journeydesk.cli"} <= set(HEADLESS)


def test_headless_modules_import_without_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {HEADLESS!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = [m for m in ('PySide6', 'shiboken6', 'pyqtgraph') if m in sys.modules]\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
