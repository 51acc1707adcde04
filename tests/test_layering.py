"""Nothing outside journeydesk/ui imports PySide6 or pyqtgraph (checked in fresh interpreters)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import journeydesk

ROOT = Path(__file__).resolve().parents[1]

HEADLESS = sorted(
    info.name
    for info in pkgutil.walk_packages(journeydesk.__path__, "journeydesk.")
    if not info.name.startswith("journeydesk.ui") and info.name != "journeydesk.__main__"
)


def test_every_headless_module_is_found() -> None:
    assert {"journeydesk.core.model", "journeydesk.store.store", "journeydesk.cli",
            "journeydesk.imports.reader", "journeydesk.figures.metric"} <= set(HEADLESS)


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


def test_layers_follow_the_import_contracts() -> None:
    """cli, ui, report, figures, imports, store, core: each imports only downwards (imports inside functions
    too)."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
