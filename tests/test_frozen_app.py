"""Smoke test of the standalone application folder: build it with PyInstaller and run it headless."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the smoke test builds the Linux application folder"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built application folder (dist/JourneyDesk)."""
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                             str(out / "dist"), "--work", str(out / "work")], capture_output=True, text=True,
                            timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "JourneyDesk"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               JOURNEYDESK_HOME=str(tmp_path / "JourneyDesk"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def _run(app: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(app / "journeydesk"), *args], capture_output=True, text=True, cwd=tmp_path,
                          env=_env(tmp_path), timeout=300)


def _bundled_example(app: Path) -> Path:
    (example,) = app.glob("_internal/journeydesk/resources/example.journey")
    return example


def test_folder_holds_resources_icons_and_no_unused_qt_modules(app: Path) -> None:
    internal = app / "_internal"
    for name in ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf", "OFL.txt"):
        assert (internal / "journeydesk" / "resources" / "fonts" / name).is_file()
    assert (internal / "budoux" / "models" / "ja.json").is_file(), "BudouX's phrase model"
    assert (internal / "journeydesk" / "icons" / "journeydesk.svg").is_file()
    for qm in (ROOT / "journeydesk" / "translations").glob("*.qm"):
        assert (internal / "journeydesk" / "translations" / qm.name).is_file()
    modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= modules
    assert not modules & {"QtQml", "QtQuick", "QtNetwork", "QtSql", "QtTest", "QtPdf", "QtDesigner"}
    assert not list(internal.rglob("libqgtk3.so"))
    for name in ("install.sh", "io.journeydesk.JourneyDesk.desktop", "icons/journeydesk-16.png",
                 "icons/journeydesk-512.png", "icons/journeydesk.svg"):
        assert (app / "linux" / name).is_file(), name


def test_frozen_app_renders_the_example_project(app: Path, tmp_path: Path) -> None:
    info = _run(app, tmp_path, "info", str(_bundled_example(app)))
    assert info.returncode == 0, info.stderr
    assert "4 journeys" in info.stdout

    started = time.monotonic()
    shot = _run(app, tmp_path, "screenshot", str(_bundled_example(app)), "-o", "shot.png",
                "--size", "1280x800", "--journey", "ECサイト購入ジャーニー")
    assert shot.returncode == 0, shot.stderr
    assert time.monotonic() - started < 60
    from PIL import Image

    with Image.open(tmp_path / "shot.png") as image:
        assert image.size == (1280, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the screenshot is blank"
    assert max(count for count, _ in colours) < 0.9 * 1280 * 800


def test_frozen_app_writes_a_report(app: Path, tmp_path: Path) -> None:
    report = _run(app, tmp_path, "export-pdf", str(_bundled_example(app)), "-o", "report.pdf")
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_frozen_app_writes_an_svg_with_its_font_and_one_with_outlines(app: Path, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    for name, extra in (("map.svg", ()), ("shapes.svg", ("--outlines",))):
        result = _run(app, tmp_path, "export-image", str(_bundled_example(app)), "-o", name,
                      "--journey", "ECサイト購入ジャーニー", *extra)
        assert result.returncode == 0, result.stderr
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "@font-face" in svg and "data:font/ttf;base64," in svg and ">認知</text>" in svg
    root = ET.parse(tmp_path / "shapes.svg").getroot()
    assert "認知" in {g.get("aria-label") for g in root.iter("{http://www.w3.org/2000/svg}g")}


def test_frozen_app_opens_the_file_it_is_given(app: Path, tmp_path: Path) -> None:
    """What a double-click does: the .desktop entry runs `journeydesk %f`."""
    project = tmp_path / "Client map.journey"
    project.write_bytes(_bundled_example(app).read_bytes())
    process = subprocess.Popen([str(app / "journeydesk"), str(project)], cwd=tmp_path, env=_env(tmp_path),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wal = project.with_name(project.name + "-wal")
    deadline = time.monotonic() + 60
    while not wal.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    opened = wal.exists()
    time.sleep(5)  # the event loop starts, and with it the handler that closes cleanly on SIGTERM
    still_running = process.poll() is None
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert opened, f"the project was not opened: {err}"
    assert still_running, f"the app stopped: {err}"
    assert process.returncode == 0, err
    assert not wal.exists(), "closing folds the WAL back into the file"


def test_linux_install_from_the_folder_points_at_its_program(app: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    result = subprocess.run(["sh", str(app / "linux" / "install.sh"), "--prefix", str(share)],
                            capture_output=True, text=True, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    desktop = (share / "applications" / "io.journeydesk.JourneyDesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app.resolve() / "journeydesk"}" %f' in desktop.splitlines()
    for size in (16, 48, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / "io.journeydesk.JourneyDesk.png").is_file()


def test_frozen_app_speaks_japanese_on_a_japanese_desk(app: Path, tmp_path: Path) -> None:
    """The system locale picks the language; the catalogs come compiled inside the folder."""
    env = {key: value for key, value in _env(tmp_path).items()
           if key not in ("JOURNEYDESK_LANG", "LANGUAGE") and not key.startswith("LC_")}
    env["LANG"] = "ja_JP.UTF-8"
    missing = subprocess.run([str(app / "journeydesk"), "info", "nowhere.journey"], capture_output=True,
                             text=True, cwd=tmp_path, env=env, timeout=300)
    assert missing.returncode != 0 and "ファイルがありません" in missing.stderr, missing.stderr
    shot = subprocess.run([str(app / "journeydesk"), "screenshot", str(_bundled_example(app)), "-o", "ja.png",
                           "--size", "1280x800"], capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=300)
    assert shot.returncode == 0, shot.stderr
    assert "を書き込みました" in shot.stdout
    assert "could not be loaded" not in shot.stderr and "読み込めませんでした" not in shot.stderr, shot.stderr
