"""``journeydesk export-image`` as a person runs it: PNG and SVG written, bad input told in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "example.journey"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "journeydesk", *args], capture_output=True, text=True,
                          env=env, cwd=tempfile.gettempdir(), timeout=120)


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("journeydesk: ")
    return lines[0]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("cli_image") / "example.journey"
    shutil.copy(EXAMPLE, copy)
    return copy


def test_png_and_svg_are_written_and_the_project_is_untouched(project: Path, tmp_path: Path) -> None:
    before = project.read_bytes()
    png = cli("export-image", str(project), "-o", str(tmp_path / "map.png"), "--dpi", "96")
    assert png.returncode == 0, png.stderr
    assert str(tmp_path / "map.png") in png.stdout
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = cli("export-image", str(project), "-o", str(tmp_path / "map.svg"), "--journey",
              "ECサイト購入ジャーニー")
    assert svg.returncode == 0, svg.stderr
    text = "".join(ET.parse(tmp_path / "map.svg").getroot().itertext())
    assert "認知" in text
    assert project.read_bytes() == before
    assert sorted(p.name for p in project.parent.iterdir()) == ["example.journey"]


def test_outlines_draw_the_svg_text_as_shapes(project: Path, tmp_path: Path) -> None:
    result = cli("export-image", str(project), "-o", str(tmp_path / "map.svg"), "--journey",
                 "ECサイト購入ジャーニー", "--outlines")
    assert result.returncode == 0, result.stderr
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert not list(root.iter("{http://www.w3.org/2000/svg}text")) and not list(root.iter(
        "{http://www.w3.org/2000/svg}style"))
    labels = {g.get("aria-label") for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert {"ECサイト購入ジャーニー", "認知"} <= labels


def test_a_higher_dpi_gives_a_larger_png(project: Path, tmp_path: Path) -> None:
    from PIL import Image

    for dpi in ("96", "300"):
        result = cli("export-image", str(project), "-o", str(tmp_path / f"{dpi}.png"), "--dpi", dpi)
        assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "96.png") as small, Image.open(tmp_path / "300.png") as large:
        assert abs(large.width - round(small.width * 300 / 96)) <= 2


def test_an_unknown_extension(project: Path, tmp_path: Path) -> None:
    line = refused(cli("export-image", str(project), "-o", str(tmp_path / "map.pdf")))
    assert "must end in .png or .svg" in line
    assert list(tmp_path.iterdir()) == []


def test_a_missing_journey_lists_the_journeys(project: Path, tmp_path: Path) -> None:
    line = refused(cli("export-image", str(project), "-o", str(tmp_path / "map.png"), "--journey", "Nope"))
    assert "There is no journey named 'Nope'" in line
    assert "E-commerce purchase journey" in line


def test_an_unwritable_output(project: Path, tmp_path: Path) -> None:
    line = refused(cli("export-image", str(project), "-o", str(tmp_path / "no" / "such" / "map.png")))
    assert "Cannot write" in line and "Choose a folder you can write to" in line


def test_a_missing_project(tmp_path: Path) -> None:
    line = refused(cli("export-image", str(tmp_path / "gone.journey"), "-o", str(tmp_path / "map.png")))
    assert "There is no file at" in line


def test_an_impossible_dpi(project: Path, tmp_path: Path) -> None:
    line = refused(cli("export-image", str(project), "-o", str(tmp_path / "map.png"), "--dpi", "0"))
    assert "0 dpi is not possible" in line


def test_a_file_that_is_not_a_project(tmp_path: Path) -> None:
    notes = tmp_path / "notes.journey"
    notes.write_text("just some notes")
    line = refused(cli("export-image", str(notes), "-o", str(tmp_path / "map.png")))
    assert str(notes) in line
    assert not (tmp_path / "map.png").exists()


def test_the_project_itself_is_never_the_output(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "map.svg"
    shutil.copy(project, copy)
    line = refused(cli("export-image", str(copy), "-o", str(copy)))
    assert "would replace the project itself" in line
    assert copy.read_bytes() == project.read_bytes()
