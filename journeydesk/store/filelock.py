"""An advisory lock that tells whether another JourneyDesk process has a file open for editing."""

from __future__ import annotations

import os
import sys
from pathlib import Path


class FileLock:
    """An open handle on the project file itself that holds an exclusive advisory lock.

    POSIX ``flock`` locks live apart from the ``fcntl`` byte-range locks SQLite uses, so
    this neither touches the file's bytes nor disturbs SQLite. The lock goes away when
    the process dies, however it dies. The handle must be closed only after the SQLite
    connection: closing any descriptor of a file drops the process's ``fcntl`` locks on it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        # Non-blocking, so that a FIFO put in the file's place after it was checked cannot hang the open.
        flags = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_NOCTTY", 0))
        self.fd = os.open(path, flags)
        self.held = False

    def status(self) -> os.stat_result:
        """The status of the file this handle holds (the file itself, whatever its path now names)."""
        return os.fstat(self.fd)

    def try_acquire(self) -> bool:
        if sys.platform == "win32":
            self.held = self._try_windows()
        else:
            import fcntl

            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self.held = True
            except OSError:
                self.held = False
        return self.held

    def _try_windows(self) -> bool:
        import msvcrt

        # Lock a byte of a sidecar file: Windows byte-range locks are mandatory and would
        # stop SQLite reading the project file itself.
        try:
            self._sidecar = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT)
            msvcrt.locking(self._sidecar, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def read_head(self, size: int) -> bytes:
        return os.pread(self.fd, size, 0) if hasattr(os, "pread") else self._read_seek(size)

    def _read_seek(self, size: int) -> bytes:
        os.lseek(self.fd, 0, os.SEEK_SET)
        return os.read(self.fd, size)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        sidecar = getattr(self, "_sidecar", None)
        if sidecar is not None:
            os.close(sidecar)
            self._sidecar = None
