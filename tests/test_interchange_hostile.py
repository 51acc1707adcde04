"""Journeys out of hostile projects and back in: hostile text travels as data, refused files in one line."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.store.store import Store
from tests.hostile_projects import BIDI, build, rich


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("hostile"))


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except OSError:
        return None


@pytest.mark.parametrize("suffix", [".json", ".mmd", ".yaml", ".csv"])
def test_hostile_text_goes_out_as_data_and_comes_back_the_same(hostile: dict[str, Path], tmp_path: Path,
                                                               capsys, suffix: str) -> None:
    source = hostile["rich"]
    text = rich(source.parent)
    out = tmp_path / f"out{suffix}"
    assert main(["export-journey", str(source), "-o", str(out)]) == 0
    assert BIDI not in capsys.readouterr().out  # names are printed with their controls escaped
    written = out.read_text(encoding="utf-8-sig")
    if suffix == ".csv":
        cells = [cell for row in csv.reader(io.StringIO(written)) for cell in row]
        assert f"'{text}" not in cells and text in cells  # '<b>…' is no formula; "=HYPERLINK" inside is text
    target = tmp_path / "t.journey"
    main(["new", str(target)])
    assert main(["import-journey", str(target), str(out)]) == 0
    printed = capsys.readouterr().out
    assert BIDI not in printed and printed.count("\n") >= 1
    with Store.open(target, read_only=True) as store:
        doc = store.load()
    journey = doc.journeys()[-1]
    texts = [c.text for c in doc.cards(journey.id)]
    assert any(text in t for t in texts), suffix


def test_every_hostile_file_exports_or_says_why_in_one_line(hostile: dict[str, Path], tmp_path: Path,
                                                             capsys) -> None:
    problems = []
    for name, path in hostile.items():
        if name in ("fifo", "device"):
            continue  # reading them blocks or never ends; the open path refuses them (test_hostile_files)
        before = _digest(path)
        out = tmp_path / f"{name}.json"
        code = main(["export-journey", str(path), "-o", str(out)])
        captured = capsys.readouterr()
        if code == 1:
            lines = captured.err.splitlines()
            if len(lines) != 1 or not lines[0].startswith("journeydesk: ") or out.exists():
                problems.append(f"{name}: {captured.err!r}")
        elif code != 0 or not json.loads(out.read_text(encoding="utf-8"))["journeys"]:
            problems.append(f"{name}: exit {code}")
        if _digest(path) != before:
            problems.append(f"{name}: the project changed")
    assert problems == []
