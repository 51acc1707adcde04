"""Every CSV the app writes is formula-safe: no cell, header included, starts a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

PACKAGE = Path(__file__).resolve().parents[1] / "journeydesk"
# Starts a spreadsheet reads as a formula or a command, written out here rather than imported.
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "|", "＝", "＋", "－", "＠", "｜")
METRICS = ('=HYPERLINK("http://x","m")', "＝1+1", "|cmd", "@SUM(A1)", "+1 plus", "-minus")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")


def test_only_the_safe_writer_makes_csv_and_every_user_is_tested() -> None:
    """A new CSV writer must go through core/safe_csv.py and be added to the tests below."""
    writers, users = set(), set()
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        name = source.relative_to(PACKAGE).as_posix()
        if re.search(r"csv\.(writer|DictWriter)\(|\.writerows?\(", text):
            writers.add(name)
        if "safe_csv" in text:
            users.add(name)
    # interchange/sheet.py writes with a tab or semicolon delimiter, each cell through safe_cell.
    assert writers <= {"core/safe_csv.py", "interchange/sheet.py"}
    assert users - {"core/safe_csv.py"} == {"cli/metrics.py", "cli/compare.py", "cli/kpis.py",
                                            "interchange/sheet.py"}


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csv")
    path = create_project(folder / "p.journey", "ecommerce")
    data = folder / "data.csv"
    with open(data, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Date", "Touchpoint", "Metric", "Value"])
        for day in range(1, 6):
            for metric in METRICS:
                writer.writerow([f"2024-01-0{day}", "Customer reviews and star ratings", metric, day])
    with redirect_stdout(io.StringIO()):
        assert main(["import-csv", str(path), str(data)]) == 0
    with Store.open(path) as store:
        doc = store.load()
        history = History(doc, store)
        card = next(c for c in doc.all(Card) if c.text == "Customer reviews and star ratings")
        history.do(commands.update_card(doc, card.id, text="=cmd|' /C calc'!A0"))
        stage = next(s for s in doc.stages(card.journey_id) if s.id == card.stage_id)
        history.do(commands.update_stage(doc, stage.id, name="＠stage"))
    return path


@pytest.mark.parametrize("by", ["touchpoint", "stage", "day", "all"])
def test_metrics_csv_neutralises_every_cell(hostile_data: Path, by: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    seen = 0
    for metric in METRICS:
        assert main(["metrics", str(hostile_data), f"--metric={metric}", "--by", by, "--format", "csv"]) == 0
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        assert rows[0][1] == "'" + metric, rows[0]
        assert len(rows) > 1
        for row in rows:
            for cell in row:
                seen += 1
                assert not cell.startswith(DANGEROUS) or PLAIN_NUMBER.fullmatch(cell), (metric, cell)
        if by in ("touchpoint", "stage"):
            assert [r[0] for r in rows[1:]] == ["'=cmd|' /C calc'!A0" if by == "touchpoint" else "'＠stage"]
    assert seen > 3 * len(METRICS)


@pytest.mark.parametrize("output", ["cards.csv", "cards.tsv"])
def test_export_journey_csv_neutralises_every_cell(hostile_data: Path, tmp_path: Path, output: str) -> None:
    with redirect_stdout(io.StringIO()):
        assert main(["export-journey", str(hostile_data), "-o", str(tmp_path / output)]) == 0
    text = (tmp_path / output).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if output.endswith(".tsv") else ","))
    cells = [cell for row in rows for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'＠stage" in cells
    for cell in cells:
        assert not cell.startswith(DANGEROUS) or PLAIN_NUMBER.fullmatch(cell), cell


def test_compare_csv_neutralises_every_cell(hostile_data: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.journey"
    path.write_bytes(hostile_data.read_bytes())
    journey = "E-commerce purchase journey"
    assert main(["snapshot", str(path), "--journey", journey, "--name=-before"]) == 0
    with Store.open(path) as store:
        doc = store.load()
        history = History(doc, store)
        card = next(c for c in doc.all(Card) if c.text == "=cmd|' /C calc'!A0")
        history.do(commands.update_card(doc, card.id, text="+SUM(1)", owner="@team"))
    capsys.readouterr()
    assert main(["compare", str(path), "--from=-before", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    cells = [cell for row in rows for cell in row]
    assert ("'=cmd|' /C calc'!A0" in cells and "'+SUM(1)" in cells and "'@team" in cells
            and "'＠stage" in cells)
    assert "-1" in cells  # a negative number (the emotion of a stage) stays a number
    for cell in cells:
        assert not cell.startswith(DANGEROUS) or PLAIN_NUMBER.fullmatch(cell), cell


def test_scorecard_csv_neutralises_every_cell(hostile_data: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.journey"
    path.write_bytes(hostile_data.read_bytes())
    journey = "E-commerce purchase journey"
    for args in (["--stage", "＠stage", "--name", "=1+1", "--metric", METRICS[0], "--target", "-3", "--owner",
                  "@team", "--data-source", "|cmd"],
                 ["--name=-minus", "--value", "-2.5", "--baseline", "-4", "--target", "1", "--direction",
                  "down"]):
        assert main(["kpi", str(path), "--journey", journey, *args]) == 0
    capsys.readouterr()
    assert main(["scorecard", str(path), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    cells = [cell for row in rows for cell in row]
    assert {"'=1+1", "'＠stage", "'@team", "'|cmd", "'-minus", "'" + METRICS[0]} <= set(cells)
    assert "-2.5" in cells and "-4" in cells and "-3" in cells  # negative numbers stay numbers
    for cell in cells:
        assert not cell.startswith(DANGEROUS) or PLAIN_NUMBER.fullmatch(cell), cell
