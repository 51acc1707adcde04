"""The journeydesk command as a person runs it: new, info, check, templates, help and version."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journeydesk import __version__
from journeydesk.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          cwd=tempfile.gettempdir(), timeout=120)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run("-m", "journeydesk", *args)


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("journeydesk: ")
    return lines[0]


def info_json(path: Path) -> dict:
    return json.loads(ok("info", str(path), "--json"))


@pytest.fixture(scope="module")
def japanese(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ecommerce project made in Japanese with ``journeydesk new``."""
    path = tmp_path_factory.mktemp("cli") / "shop.journey"
    out = ok("new", str(path), "--template", "ecommerce", "--lang", "ja")
    assert str(path) in out
    return path


def test_new_blank(tmp_path: Path) -> None:
    path = tmp_path / "blank.journey"
    out = ok("new", str(path))
    assert "Created" in out and str(path) in out
    summary = info_json(path)
    assert summary["schema_version"] == SCHEMA_VERSION
    assert len(summary["journeys"]) == 1
    assert summary["journeys"][0]["stages"]
    assert summary["counts"]["cards"] == 0


def test_new_template_in_japanese(japanese: Path) -> None:
    summary = info_json(japanese)
    assert summary["path"] == str(japanese)
    assert summary["schema_version"] == SCHEMA_VERSION
    assert summary["counts"]["cards"] > 0
    assert summary["counts"]["journeys"] == len(summary["journeys"]) >= 1
    journey = summary["journeys"][0]
    assert journey["stages"] and all(JAPANESE.search(name) for name in journey["stages"])
    assert JAPANESE.search(journey["name"])
    assert journey["cards"] > 0


def test_info_lists_journeys(japanese: Path) -> None:
    out = ok("info", str(japanese))
    summary = info_json(japanese)
    assert str(japanese) in out
    assert f"file format {SCHEMA_VERSION}" in out
    for journey in summary["journeys"]:
        assert journey["name"] in out
    assert f"{summary['counts']['cards']} cards" in out


def test_check_sound_project(japanese: Path) -> None:
    out = ok("check", str(japanese))
    assert out.startswith("OK")
    assert str(japanese) in out


def test_templates_listed() -> None:
    names = [line.split()[0] for line in ok("templates").splitlines() if line.strip()]
    assert {"ecommerce", "saas-onboarding", "support"} <= set(names)


def test_new_unknown_template(tmp_path: Path) -> None:
    path = tmp_path / "nope.journey"
    line = one_line_error(cli("new", str(path), "--template", "no-such-template"))
    assert "no-such-template" in line
    assert "ecommerce" in line
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_existing_file(japanese: Path) -> None:
    before = japanese.read_bytes(), japanese.stat().st_mtime_ns
    line = one_line_error(cli("new", str(japanese), "--template", "support"))
    assert str(japanese) in line
    assert "already exists" in line
    assert (japanese.read_bytes(), japanese.stat().st_mtime_ns) == before


def test_new_in_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "new.journey"
    line = one_line_error(cli("new", str(path)))
    assert str(path) in line
    assert not path.parent.exists()


def test_version() -> None:
    assert ok("--version").strip() == f"JourneyDesk {__version__}"


@pytest.mark.parametrize("command", ["", "new", "info", "check", "templates"])
def test_help(command: str) -> None:
    out = ok(*([command] if command else []), "--help")
    assert out.startswith("usage: journeydesk")
    if command:
        assert command in out.splitlines()[0]
    else:
        for name in ("new", "info", "check", "templates"):
            assert name in out


def test_info_does_not_load_qt(japanese: Path) -> None:
    script = (
        "import json, sys\n"
        "from journeydesk.cli import main\n"
        f"status = main(['info', {str(japanese)!r}])\n"
        "loaded = [m for m in ('PySide6', 'pyqtgraph') if m in sys.modules]\n"
        "print(json.dumps({'status': status, 'loaded': loaded}))\n"
    )
    result = run("-c", script)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"status": 0, "loaded": []}


def test_a_mistyped_command_is_named_not_opened() -> None:
    line = one_line_error(cli("chek"))
    assert "'chek' is neither a command nor a file" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
def test_without_a_display_the_app_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "journeydesk", str(tmp_path / "x.journey")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "No display found" in one_line_error(result)


def test_screenshot_renders_the_editor_and_leaves_the_file_alone(japanese: Path, tmp_path: Path) -> None:
    before = japanese.read_bytes()
    out = tmp_path / "shot.png"
    line = ok("screenshot", str(japanese), "-o", str(out), "--size", "1200x800")
    assert str(out) in line and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 50_000
    assert japanese.read_bytes() == before
    error = one_line_error(cli("screenshot", str(japanese), "-o", str(out), "--journey", "nope"))
    assert "no journey named 'nope'" in error
    assert "--size must look like" in one_line_error(cli("screenshot", str(japanese), "-o", str(out),
                                                         "--size", "big"))


def test_an_import_whose_reader_goes_away_stops_quietly_and_keeps_what_it_saved(tmp_path: Path) -> None:
    project = tmp_path / "example.journey"
    project.write_bytes((ROOT / "resources" / "example.journey").read_bytes())
    quotes = ROOT / "tests" / "data" / "evidence" / "dovetail_highlights.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen([sys.executable, "-m", "journeydesk", "import-csv", str(project), str(quotes),
                              "--skip-bad-rows"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdout.close()  # like `| head -0`: the first line printed meets a closed pipe
    _, err = child.communicate(timeout=120)
    assert child.returncode == 1
    assert b"Cannot" not in err and b"Traceback" not in err
    again = cli("import-csv", str(project), str(quotes), "--skip-bad-rows")
    assert "in the journey already" in again.stderr + again.stdout  # the first run's items were saved
