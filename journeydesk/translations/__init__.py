"""The translation catalogs (``journeydesk_<lang>.ts``) and compiling them to ``.qm`` with Qt's lrelease."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def sources() -> list[Path]:
    return sorted(FOLDER.glob("journeydesk_*.ts"))


def compiled_name(source: Path) -> str:
    """``journeydesk_ja-<hash>.qm``: named by the hash of its ``.ts``, so a stale one is never used."""
    return f"{source.stem}-{hashlib.sha1(source.read_bytes()).hexdigest()[:16]}.qm"


def qt_tool(name: str) -> Path | None:
    """Qt's ``lrelease`` or ``lupdate`` as shipped inside PySide6 (without importing Qt), or on PATH."""
    spec = importlib.util.find_spec("PySide6")
    suffix = ".exe" if sys.platform == "win32" else ""
    if spec is not None and spec.origin:
        candidate = Path(spec.origin).parent / f"{name}{suffix}"
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_catalog(source: Path, target: Path) -> bool:
    """Write ``target`` (.qm) from ``source`` (.ts); False when lrelease is missing or fails."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                          capture_output=True, check=False)
    return done.returncode == 0 and target.exists()


def compile_all(folder: Path) -> list[Path]:
    """Compile every catalog into ``folder`` as it is now, dropping stale ones; returns the sources
    that could not be compiled (lrelease missing or failing)."""
    failed = []
    for source in sources():
        target = folder / compiled_name(source)
        for stale in folder.glob(f"{source.stem}-*.qm"):
            if stale != target:
                stale.unlink()
        if not target.exists() and not compile_catalog(source, target):
            failed.append(source)
    return failed
