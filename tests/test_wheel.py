"""The wheel built from pyproject.toml holds everything the app needs at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from journeydesk.translations import compiled_name, sources

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(folder)],
                   check=True, capture_output=True, text=True)
    (built,) = folder.glob("journeydesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel and its dependencies installed; its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    result = subprocess.run([str(scripts / "python"), "-m", "pip", "install", "-q", str(wheel)],
                            capture_output=True, text=True, cwd=venv)
    assert result.returncode == 0, result.stderr
    return scripts


def _outside_checkout(scripts: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(scripts / "journeydesk"), *args], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=300)


def test_wheel_lists_the_example_fonts_licence_icons_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    # Every module of every package: a package left out of pyproject.toml would be missing here.
    for module in (ROOT / "journeydesk").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    for needed in ("journeydesk/resources/example.journey",
                   "journeydesk/resources/fonts/BIZUDPGothic-Regular.ttf",
                   "journeydesk/resources/fonts/BIZUDPGothic-Bold.ttf",
                   "journeydesk/resources/fonts/OFL.txt",
                   "journeydesk/icons/journeydesk.svg"):
        assert needed in names
    for icon in (ROOT / "icons").glob("*.svg"):
        assert f"journeydesk/icons/{icon.name}" in names
    compiled = {Path(name).name for name in names if name.endswith(".qm")}
    expected = {compiled_name(source) for source in sources()}
    assert expected and expected == compiled, (f"wheel has {sorted(compiled)}, the catalogs compile to "
                                               f"{sorted(expected)}")
    assert not any("/tests/" in name or name.startswith("tests/") for name in names)


def test_installed_wheel_runs_the_commands_on_its_own_example(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import journeydesk, importlib.resources as r; print(journeydesk.__file__); "
         "print(r.files('journeydesk.resources') / 'example.journey')"],
        capture_output=True, text=True, cwd=tmp_path, check=True).stdout.splitlines()
    package, example = (Path(line) for line in where)
    venv = installed.parent
    assert package.is_relative_to(venv) and not package.is_relative_to(ROOT)
    assert example.is_relative_to(venv) and example.is_file()

    info = _outside_checkout(installed, tmp_path, "info", str(example))
    assert info.returncode == 0, info.stderr
    assert "JourneyDesk project, file format" in info.stdout
    assert "ECサイト購入ジャーニー" in info.stdout

    report = _outside_checkout(installed, tmp_path, "export-pdf", str(example), "-o", "report.pdf")
    assert report.returncode == 0, report.stderr
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"+BIZUDPGothic-Bold" in pdf and b"+BIZUDPGothic-Regular" in pdf

    shot = _outside_checkout(installed, tmp_path, "screenshot", str(example), "-o", "shot.png", "--size",
                             "1280x800")
    assert shot.returncode == 0, shot.stderr
    from PIL import Image

    with Image.open(tmp_path / "shot.png") as image:
        assert image.size == (1280, 800)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50
