"""Every command, and the app's open path, on every hostile project: one line, no traceback, file
unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile_projects import BIDI, TRAP, build, rich

ROOT = Path(__file__).resolve().parents[1]
LIMIT_SECONDS = 30
LIMIT_BYTES = 600 * 1024 * 1024

# Opening a FIFO to write without blocking succeeds only while something has it open to read:
# the watcher records each time that happens, and its opening releases the blocked reader.
WATCHER = """
import os, sys, time
while True:
    try:
        fd = os.open(sys.argv[1], os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        time.sleep(0.002)
        continue
    with open(sys.argv[2], "a") as seen:
        seen.write("opened\\n")
    os.close(fd)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and wait4 are POSIX")


@dataclass
class Run:
    args: list[str]
    code: int
    out: str
    err: str
    seconds: float
    peak: int


def _env(home: Path) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen", "JOURNEYDESK_LANG": "en",
            "JOURNEYDESK_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}


def run(args: list[str], work: Path, env: dict[str, str]) -> Run:
    """Run a command with a deadline, measuring its own peak memory (wait4's rusage)."""
    out, err = work / "stdout", work / "stderr"
    started = time.monotonic()
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        child = subprocess.Popen([sys.executable, *args], stdout=stdout, stderr=stderr,
                                 stdin=subprocess.DEVNULL, env=env, cwd=work)
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > LIMIT_SECONDS:
            child.kill()
            _, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.02)
    child.returncode = os.waitstatus_to_exitcode(status)
    return Run(args, child.returncode, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"),
               time.monotonic() - started, usage.ru_maxrss * 1024)


def _digest(path: Path) -> str | None:
    if not path.is_file() or path.stat().st_mode & 0o170000 != 0o100000:
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("hostile"))


def _commands(name: str, path: Path, work: Path, metric: str) -> list[tuple[str, list[str], Path]]:
    """(label, journeydesk arguments, the file they may touch) for every command on one hostile file."""
    def copy() -> Path:
        if _digest(path) is None:
            return path
        target = work / f"copy-{len(list(work.iterdir()))}-{path.name}"
        shutil.copyfile(path, target)
        target.chmod(path.stat().st_mode & 0o777)
        return target

    data = work / "data.csv"
    data.write_text("Date,Touchpoint,Score\n2024-01-02,Customer reviews and star ratings,4\n",
                    encoding="utf-8")
    compacted, imported = copy(), copy()
    return [
        ("info", ["info", str(path)], path),
        ("info --json", ["info", str(path), "--json"], path),
        ("check", ["check", str(path)], path),
        ("metrics", ["metrics", str(path), "--metric", metric, "--format", "csv"], path),
        ("export-pdf", ["export-pdf", str(path), "-o", str(work / "out.pdf")], path),
        ("export-image", ["export-image", str(path), "-o", str(work / "out.png")], path),
        ("screenshot", ["screenshot", str(path), "-o", str(work / "shot.png")], path),
        ("compact", ["compact", str(compacted)], compacted),
        ("import-csv", ["import-csv", str(imported), str(data)], imported),
    ]


def test_every_command_on_every_hostile_file(hostile: dict[str, Path], tmp_path: Path) -> None:
    metric = rich(hostile["rich"].parent).replace(",", ";")
    env = _env(tmp_path / "home")
    batches = []
    for name, path in hostile.items():
        work = tmp_path / name
        work.mkdir()
        commands = _commands(name, path, work, metric)
        batches.append((name, work, commands, [_digest(touched) for _, _, touched in commands]))

    def one(batch):
        _name, work, commands, _ = batch
        jobs = json.dumps([args for _, args, _ in commands])
        return run([str(ROOT / "tests" / "hostile_runner.py"), jobs], work, env)

    with ThreadPoolExecutor(2) as pool:
        finished = list(pool.map(one, batches))
    problems = []
    by: dict[tuple[str, str], dict] = {}
    for (name, _work, commands, before), process in zip(batches, finished, strict=True):
        if process.code != 0 or process.peak > LIMIT_BYTES:
            problems.append(f"{name}: exit {process.code}, {process.peak / 2**20:.0f} "
                            f"MB\n{process.err[-3000:]}")
            continue
        for (label, args, touched), digest, result in zip(commands, before, json.loads(process.out),
                                                          strict=True):
            by[name, label] = result
            where = f"{label} on {name}"
            text = result["out"] + result["err"]
            if "Traceback" in text or result["code"] not in (0, 1):
                problems.append(f"{where}: exit {result['code']}\n{text[-2000:]}")
                continue
            if result["seconds"] > LIMIT_SECONDS:
                problems.append(f"{where}: {result['seconds']:.1f} s")
            if result["code"] == 1:
                lines = result["err"].splitlines()
                named = args[1] in lines[0] or (label == "import-csv"
                                                and "data.csv" in lines[0]) if lines else False
                if len(lines) != 1 or not lines[0].startswith("journeydesk: ") or not named:
                    problems.append(f"{where}: not one line naming the file: {result['err']!r}")
            if (result["code"] == 1 or label not in ("compact", "import-csv")) and _digest(touched) != digest:
                problems.append(f"{where}: the file changed")
            if label.startswith("info") and BIDI[0] in result["out"]:
                problems.append(f"{where}: printed a bidi control raw")
    assert not problems, "\n".join(problems)
    assert by["rich", "info"]["code"] == 0 and "<b>x</b>" in by["rich", "info"]["out"]
    assert by["rich", "export-pdf"]["code"] == 0 and by["rich", "screenshot"]["code"] == 0
    assert by["rich", "compact"]["code"] == 0 and by["symlink", "info"]["code"] == 0
    for refused in ("trigger", "view", "future_version", "negative_version", "null_in_not_null",
                    "dangling_ids", "out_of_range", "negative_position", "huge_position", "megabyte_text",
                    "invalid_utf8", "too_large_image", "zero_length", "not_sqlite", "cut_short", "fifo",
                    "folder", "device", "dangling_symlink"):
        assert {by[refused, label]["code"] for label in ("info", "check", "export-pdf",
                                                         "compact")} == {1}, refused
    assert "newer" not in by["negative_version", "info"]["err"]
    assert "share position" in by["shared_position", "check"]["err"]
    assert by["shared_position", "info"]["code"] == 0
    for kind, name in (("named pipe", "fifo"), ("folder", "folder"), ("device", "device")):
        assert f"is a {kind}" in by[name, "info"]["err"]
    written = json.loads(by["rich", "info --json"]["out"])
    assert written["title"] == rich(hostile["rich"].parent)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(tmp_path / "rich" / "out.pdf")
    try:
        assert "<b>x</b> <img" in pdf[0].get_textpage().get_text_range()  # reportlab got the markup escaped
    finally:
        pdf.close()


def test_the_app_opens_every_hostile_file_with_one_message(hostile: dict[str, Path], tmp_path: Path) -> None:
    script = """
import json, sys
from pathlib import Path
from journeydesk.ui.style.application import application
from journeydesk.ui.window import main_window
shown = []
main_window.show_message = lambda parent, title, text, **_: shown.append(text)
application()
window = main_window.MainWindow(remember_layout=False)
window.show()
results = {}
for name, path in json.loads(sys.argv[1]).items():
    shown.clear()
    opened = window.open_path(path)
    window.grab()
    results[name] = [opened, list(shown)]
    window.close_project()
window.close()
print(json.dumps(results))
"""
    files = {name: str(path) for name, path in hostile.items()}
    before = {name: _digest(path) for name, path in hostile.items()}
    (tmp_path / "work").mkdir()
    result = run(["-c", script, json.dumps(files)], tmp_path / "work", _env(tmp_path / "home"))
    assert result.code == 0 and "Traceback" not in result.err, result.err[-3000:]
    assert result.seconds < LIMIT_SECONDS * 3 and result.peak < LIMIT_BYTES
    outcome = json.loads(result.out)
    for name, (opened, messages) in outcome.items():
        if opened:
            assert not messages or name == "read_only", (name, messages)
        else:
            assert len(messages) == 1 and files[name] in messages[0], (name, messages)
            assert "\n" not in messages[0]
        assert _digest(hostile[name]) == before[name], name
    assert outcome["rich"][0] and outcome["huge_image"][0] and outcome["bomb_image"][0]
    assert not outcome["fifo"][0] and not outcome["trigger"][0]


def test_the_hostile_set_is_built_by_a_script(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "hostile_projects.py"),
                             str(tmp_path / "set")],
                            capture_output=True, text=True, env=_env(tmp_path / "home"), timeout=120)
    assert result.returncode == 0, result.stderr
    assert {line.split()[0] for line in result.stdout.splitlines()} >= {"rich", "fifo", "bomb_image",
                                                                        "symlink"}
    assert (tmp_path / "set" / "fifo.journey").is_fifo()


def test_project_text_shows_as_plain_text_everywhere_and_opens_no_file(
        hostile: dict[str, Path], tmp_path: Path,
                                                                       qtbot, monkeypatch) -> None:
    """A name like <img src="FIFO"> would make Qt read the FIFO (and hang) if drawn as rich text."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage, QPainter, QStaticText
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QToolTip

    from journeydesk.core.model import Card
    from journeydesk.ui.dialogs.persona_dialog import PersonaDialog
    from journeydesk.ui.window import main_window

    text = rich(hostile["rich"].parent)
    seen = tmp_path / "opened"
    # A process of its own: a GUI thread blocked in open() may hold the GIL, so a thread could not help.
    watcher = subprocess.Popen([sys.executable, "-c", WATCHER, str(hostile["rich"].parent / TRAP), str(seen)])
    copy = tmp_path / "rich.journey"
    shutil.copyfile(hostile["rich"], copy)
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_message",
                        lambda _parent, _title, message, **_: shown.append(message))
    window = main_window.MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_path(copy)
        window.docks["charts"].show()
        editor, scene = window.editor, window.map.scene
        tips: list[str] = []
        for journey in editor.document.journeys():
            editor.show_journey(journey.id)
            for card in editor.document.cards(journey.id)[:5]:
                editor.select([card.id])
                QApplication.processEvents()
            image = QImage(800, 600, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            scene.render(painter)
            painter.end()
            window.grab()
            for item in scene.items():
                if item.toolTip():
                    tips.append(item.toolTip())
                    QToolTip.showText(QPoint(10, 10), item.toolTip(), window)
                statics = [value for value in getattr(item, "__dict__", {}).values()
                           if isinstance(value, QStaticText)]
                for static in statics:
                    if "<b>x</b>" in static.text():
                        assert static.textFormat() == Qt.TextFormat.PlainText, type(item).__name__
        persona = editor.document.personas()[0]
        dialog = PersonaDialog(editor, persona.id, window)
        dialog.show()
        dialog.grab()
        assert not any(text in tip for tip in tips)
        assert any("&lt;b&gt;x&lt;/b&gt;" in tip for tip in tips)
        for label in window.findChildren(QLabel) + dialog.findChildren(QLabel):
            if "<b>x</b>" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()[:40]
        lists = window.findChildren(QListWidget)
        entries = [lst.item(row) for lst in lists for row in range(lst.count())]
        assert any(entry.text() == text for entry in entries)
        for entry in entries:
            assert "<b>x</b>" not in entry.toolTip(), entry.toolTip()[:80]
        assert any(isinstance(item.__dict__.get("card"), Card) for item in scene.items()
                   if hasattr(item, "__dict__"))
        window.show_error(text)
        assert shown == [text]
        dialog.close()
        QToolTip.hideText()
        QApplication.processEvents()
    finally:
        time.sleep(0.05)
        watcher.kill()
        watcher.wait()
        window.close_project()
    assert not seen.exists(), "a project text made Qt open the file it named"
