"""A full disk: one clear line, never a bus error, and no half-written output file.

The volume is a small ext4 file system with 1 KiB blocks on a loop device. There SQLite's
shared-memory file gets holes when only a few blocks are free, and mapping it crashed every
command with SIGBUS. Mounting needs root (as in CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journeydesk.store.new_project import create_project

ROOT = Path(__file__).resolve().parents[1]
FULL = "is full: free some space, then open it again"


def _mount(image: Path, folder: Path) -> bool:
    if not (shutil.which("mkfs.ext4") and shutil.which("mount")):
        return False
    made = subprocess.run(["mkfs.ext4", "-q", "-F", "-b", "1024", "-m", "0", str(image), "8M"],
                          capture_output=True)
    return made.returncode == 0 and subprocess.run(["mount", "-o", "loop", str(image), str(folder)],
                                                   capture_output=True).returncode == 0


@pytest.fixture
def volume(tmp_path: Path) -> Iterator[Path]:
    """An empty 8 MB ext4 volume (1 KiB blocks), unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small volume needs root on Linux (CI runs as root)")
    folder = tmp_path / "volume"
    folder.mkdir()
    if not _mount(tmp_path / "volume.img", folder):
        pytest.skip("no loop device or mkfs.ext4 on this machine to make a small volume")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def fill(folder: Path, leave_kib: int) -> None:
    """Fill the volume, then free ``leave_kib`` KiB (9 was enough for SIGBUS before the fix)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for chunk in (1 << 20, 1024, 1):
            try:
                while True:
                    os.write(fd, b"\xff" * chunk)
            except OSError:
                pass
        os.fsync(fd)
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave_kib * 1024))
        os.fsync(fd)
    finally:
        os.close(fd)


def journeydesk(*args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen", "JOURNEYDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "journeydesk", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)  # a bus error would be -7
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    return lines[0]


CRASH = """
import os, sys
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store
store = Store.open(sys.argv[1])
doc = store.load()
history = History(doc, store)
for n in range(20):
    history.do(commands.update_project(doc, title=f"edit {n}"))
os._exit(0)  # a crash: the edits stay in the WAL
"""


def test_a_full_disk_gives_one_line_and_no_bus_error(volume: Path, tmp_path: Path) -> None:
    project = volume / "p.journey"
    create_project(tmp_path / "p.journey", "ecommerce")
    shutil.copyfile(tmp_path / "p.journey", project)
    fill(volume, 9)
    before = project.read_bytes()
    # Readers alone with the file read it without a -shm file at all, so they work.
    for args in (["check", str(project)], ["info", str(project)]):
        result = journeydesk(*args)
        assert result.returncode == 0, (args, result.returncode, result.stderr)
    # Opening it to edit would need a -shm file: refused before SQLite maps one.
    data = tmp_path / "data.csv"
    data.write_text("Date,Touchpoint,Score\n2024-01-02,Customer reviews and star ratings,4\n",
                    encoding="utf-8")
    one_line(journeydesk("import-csv", str(project), str(data)), str(project), FULL)
    one_line(journeydesk("compact", str(project)), str(project), FULL)
    assert project.read_bytes() == before
    assert sorted(p.name for p in volume.iterdir()) == ["filler", "lost+found", "p.journey"]


def test_edits_left_in_the_wal_on_a_full_disk_are_refused_in_one_line(volume: Path, tmp_path: Path) -> None:
    project = volume / "p.journey"
    create_project(tmp_path / "p.journey", "ecommerce")
    shutil.copyfile(tmp_path / "p.journey", project)
    subprocess.run([sys.executable, "-c", CRASH, str(project)], check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (volume / "p.journey-wal").stat().st_size > 0
    (volume / "p.journey-shm").unlink()
    fill(volume, 9)
    for args in (["check", str(project)], ["info", str(project)], ["export-pdf", str(project), "-o",
                                                                    str(tmp_path / "out.pdf")]):
        one_line(journeydesk(*args), str(project), FULL)
    fill(volume, 2048)  # room again: every edit that was made is there
    result = journeydesk("info", str(project))
    assert result.returncode == 0 and "Title: edit 19" in result.stdout, result.stderr


@pytest.mark.parametrize("output", ["out.pdf", "out.png", "out.svg", "shot.png"])
def test_an_output_on_a_full_disk_leaves_no_file(volume: Path, tmp_path: Path, output: str) -> None:
    project = create_project(tmp_path / "p.journey", "ecommerce")
    fill(volume, 4)
    target = volume / output
    command = ("screenshot" if output.startswith("shot") else
               "export-pdf" if output.endswith(".pdf") else "export-image")
    one_line(journeydesk(command, str(project), "-o", str(target)), str(target))
    assert sorted(p.name for p in volume.iterdir()) == ["filler", "lost+found"]
