"""What a project path may be before anything opens it: a regular file, on a disk with room, open once."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

from journeydesk.i18n import n_, t

# Below this much free space SQLite may map a -shm file it cannot fill in (SIGBUS on ext4 and
# other file systems with holes), and the next edit would fail anyway.
MIN_FREE_BYTES = 1 << 20

_KINDS = (
    (stat.S_ISDIR, n_("a folder")),
    (stat.S_ISFIFO, n_("a named pipe")),
    (stat.S_ISCHR, n_("a device")),
    (stat.S_ISBLK, n_("a device")),
    (stat.S_ISSOCK, n_("a socket")),
)


class FileRefused(Exception):
    """A path that is not a project file we may open, worded as one line."""


def regular_file(path: Path) -> os.stat_result:
    """The status of the regular file at ``path`` (links followed); refuse anything else before it is
    opened."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(t("There is no file at {path}. Check the name, or create a project with: "
                            "journeydesk new {path}", path=path)) from None
    except OSError as error:
        raise FileRefused(t("Cannot read {path}: {reason}. Check the file's permissions.",
                            path=path, reason=reason(error))) from None
    if not stat.S_ISREG(status.st_mode):
        kind = next((t(name) for test, name in _KINDS if test(status.st_mode)), t("not a regular file"))
        raise FileRefused(t("{path} is {kind}, not a JourneyDesk project. Choose a .journey file.",
                            path=path, kind=kind))
    return status


def identity(status: os.stat_result) -> tuple[int, int]:
    """Device and inode: the same file whatever the path (hard links, symlinks, relative paths)."""
    return status.st_dev, status.st_ino


def same_file(path: str | os.PathLike[str], key: tuple[int, int]) -> bool:
    try:
        return identity(os.stat(path)) == key
    except OSError:
        return False


def free_bytes(folder: Path) -> int | None:
    """Space a normal user may still write in ``folder``'s file system (None when unknown)."""
    if sys.platform == "win32" or not hasattr(os, "statvfs"):
        return None
    try:
        info = os.statvfs(folder)
    except OSError:
        return None
    return info.f_bavail * info.f_frsize


def disk_full_message(path: Path) -> str:
    return t("The disk holding {path} is full: free some space, then open it again.", path=path)


def disk_is_full(path: Path) -> bool:
    free = free_bytes(path.resolve().parent)
    return free is not None and free < MIN_FREE_BYTES


def reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


class OpenFiles:
    """The project files this process has open, by device and inode, each with its one lock handle.

    POSIX locks belong to a process and a file: closing any descriptor of the file drops every
    SQLite lock the process holds on it. So a file opened twice shares the first opening's lock
    handle, which is closed only when the last store of that file closes.
    """

    def __init__(self) -> None:
        self._locks: dict[tuple[int, int], Any] = {}
        self._paths: dict[tuple[int, int], Path] = {}
        self._stores: dict[tuple[int, int], list[Any]] = {}

    def lock_of(self, key: tuple[int, int]) -> Any:
        """The lock handle already open on that file, or None."""
        return self._locks.get(key)

    def path_of(self, key: tuple[int, int]) -> Path | None:
        """The name the file was first opened by here: SQLite finds its -wal file by name, not by inode."""
        return self._paths.get(key)

    def holding(self, path: str | os.PathLike[str]) -> bool:
        """Whether a store of this process has the file at ``path`` open, through whatever name."""
        try:
            return identity(os.stat(path)) in self._locks
        except OSError:
            return False

    def add(self, key: tuple[int, int], lock: Any, store: Any, path: Path) -> None:
        self._locks[key] = lock
        self._paths.setdefault(key, path)
        self._stores.setdefault(key, []).append(store)

    def release(self, key: tuple[int, int], store: Any) -> Any:
        """Forget ``store``; returns the lock handle to close when it was the file's last store."""
        stores = self._stores.get(key, [])
        if store not in stores:
            return None
        stores.remove(store)
        if stores:
            return None
        self._stores.pop(key, None)
        self._paths.pop(key, None)
        return self._locks.pop(key, None)


OPEN_FILES = OpenFiles()
