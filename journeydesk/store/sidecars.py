"""The files SQLite keeps beside a project (its -wal and -shm), and removing scratch files quietly."""

from __future__ import annotations

import contextlib
from pathlib import Path


def remove_empty_sidecars(path: Path) -> None:
    """A reader leaves an empty WAL and its index behind; remove them when they were ours."""
    wal, shm = sidecar(path, "-wal"), sidecar(path, "-shm")
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
    except OSError:
        pass


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
