"""Importing CSV metrics: mapping, key matching, exact figures, undo, refresh, bad files, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.enums import CardKind, MetricKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, Dataset
from journeydesk.core.safe_csv import safe_cell
from journeydesk.figures import figures
from journeydesk.imports.mapping import Mapping, MappingError, propose
from journeydesk.imports.pipeline import check_file
from journeydesk.imports.reader import read_table, sniff
from journeydesk.imports.session import import_file
from journeydesk.store.datasets import DatasetWriteError, ImportCancelled
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
WIDE = (
    "Date,Touchpoint,NPS,CSAT\n"
    "2024-03-01,Cart and checkout form,9,5\n"
    "2024-03-01,Cart and checkout form,3,2\n"
    "2024-03-02,Cart and checkout form,10,4\n"
    "2024-03-04,Order confirmation email,7,4\n"
    "2024-03-05,order confirmation EMAIL,6,3\n"
    "2024-03-05,Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ,8,5\n"
)


@pytest.fixture
def project(tmp_path: Path):
    path = create_project(tmp_path / "p.journey", "ecommerce")
    store = Store.open(path)
    history = History(store.load(), store)
    yield store, history
    store.close()


def _import(store: Store, history: History, text: str, **kwargs):
    data = text.encode("utf-8")
    settings = sniff(data)
    mapping = kwargs.pop("mapping", None) or propose(read_table(data, settings)).mapping
    journey = history.document.journeys()[0]
    return import_file(history, store, journey.id, data, settings, mapping, source="survey.csv", **kwargs)


def test_wide_responses_give_exact_nps_per_touchpoint(project) -> None:
    store, history = project
    result = _import(store, history, WIDE)
    assert result.dataset.row_count == 12 and result.check.problem_count == 0
    _metric, _kind, rows = figures(history.document, store.data, "nps", "touchpoint")
    by_label = {r.label: (r.value, r.n) for r in rows}
    # Cart: 9, 3, 10, 8 → promoters 2 (50 %), detractors 1 (25 %) → NPS 25; full-width key matched.
    assert by_label["Cart and checkout form"] == (pytest.approx(25.0), 4)
    # Order confirmation email: 7, 6 (matched ignoring case) → 0 promoters, 1 detractor → −50.
    assert by_label["Order confirmation email"] == (pytest.approx(-50.0), 2)
    _, _, csat = figures(history.document, store.data, "CSAT", "all")
    # CSAT answers 5, 2, 4, 4, 3, 5 → 4 of 6 satisfied → 66.7 %.
    assert csat[0].value == pytest.approx(400 / 6) and csat[0].n == 6


def test_a_stray_answer_off_the_scale_is_a_problem_not_another_kind_of_column(project) -> None:
    store, history = project
    rows = [f"2024-03-{day:02d},Cart and checkout form,{score}" for day, score in
            enumerate([9, 3, 10, 8, 7, 11, 6, 10, 9, 5, 10, 2], start=1)]
    result = _import(store, history, "回答日,タッチポイント,おすすめ度（0～10）\n" + "\n".join(rows) + "\n")
    assert [p.line for p in result.check.problems] == [7]
    _metric, kind, figures_ = figures(history.document, store.data, "おすすめ度（0～10）", "all")
    assert kind == MetricKind.NPS
    # 11 answers without the 11: promoters 9, 10, 10, 9, 10 (5), detractors 3, 6, 5, 2 (4) → NPS 100/11.
    assert figures_[0].n == 11 and figures_[0].value == pytest.approx(100 / 11)


def test_an_import_is_one_undoable_step(project) -> None:
    store, history = project
    _import(store, history, WIDE)
    assert history.undo_label == "Import “survey”"
    history.undo()
    assert history.document.count(Dataset) == 0
    with pytest.raises(LookupError):
        figures(history.document, store.data, "NPS", "touchpoint")
    history.redo()
    assert figures(history.document, store.data, "NPS", "all")[2][0].n == 6


def test_long_format_and_the_stage_funnel(project) -> None:
    store, history = project
    text = ("stage,metric,value\nAwareness,visitors,1000\nConsideration,visitors,600\n"
            "Purchase,visitors,150\nPost-purchase,visitors,120\n")
    result = _import(store, history, text)
    assert result.dataset.metrics == ("visitors",)
    _, kind, rows = figures(history.document, store.data, "visitors", "stage")
    assert kind.value == "count"
    assert {r.label: r.value for r in rows}["Purchase"] == 150


def test_bad_rows_are_listed_with_their_line_numbers(project) -> None:
    _store, history = project
    text = WIDE + "2024-03-06,Cart and checkout form,11,4\n2024-03-06,Cart and checkout form,abc,4\n"
    data = text.encode()
    settings = sniff(data)
    mapping = propose(read_table(data, settings)).mapping
    check = check_file(history.document, history.document.journeys()[0].id, data, settings, mapping)
    assert check.problem_count == 2
    assert "Line 8" in check.problems[0].message and "11 is not a NPS answer" in check.problems[0].message
    assert ("Line 9" in check.problems[1].message
            and "'abc' is not a number in column NPS" in check.problems[1].message)


def test_refresh_replaces_the_dataset_and_refuses_a_changed_shape(project) -> None:
    store, history = project
    first = _import(store, history, WIDE).dataset
    mapping = Mapping.from_json(first.mapping)
    second = _import(store, history, WIDE + "2024-03-07,Cart and checkout form,10,5\n", mapping=mapping,
                     replacing=first).dataset
    assert [d.id for d in history.document.all(Dataset)] == [second.id]
    assert history.undo_label == "Refresh “survey”"
    with pytest.raises(MappingError, match="no column 'CSAT', 'NPS'"):
        _import(store, history, "Date,Touchpoint,Score\n2024-03-01,x,1\n", mapping=mapping, replacing=second)


def test_a_full_disk_or_a_cancel_keeps_nothing(project) -> None:
    store, history = project
    before = history.document.snapshot()
    big = "Date,Touchpoint,NPS\n" + "".join(f"2024-03-01,Cart and checkout form,{n % 11}\n"
                                            for n in range(30_000))
    with pytest.raises(ImportCancelled):
        _import(store, history, big, cancelled=lambda: True)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(DatasetWriteError, match="nothing was added"):
        _import(store, history, big)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert history.document.snapshot() == before
    assert store.conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0
    history.do(commands.update_project(history.document, title="still works"))


def test_missing_touchpoints_can_be_created(project) -> None:
    from journeydesk.imports.session import ImportSession

    _store, history = project
    doc = history.document
    data = (WIDE + "2024-03-07,Gift wrapping,10,5\n").encode()
    session = ImportSession(doc, doc.journeys()[0].id, data, name="survey.csv")
    session.detect()
    check = session.validate()
    assert list(check.unmatched_touchpoints) == ["Gift wrapping"]
    history.do(session.touchpoints_edit(check))
    assert any(c.text == "Gift wrapping" and c.kind == CardKind.TOUCHPOINT for c in doc.all(Card))


def test_formula_cells_are_neutralised_in_csv_output() -> None:
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("Checkout") == "Checkout"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "journeydesk", *args], capture_output=True, text=True,
                          env=env, cwd=tempfile.gettempdir(), timeout=120)


def test_cli_import_and_metrics(tmp_path: Path) -> None:
    project_path = create_project(tmp_path / "c.journey", "ecommerce")
    csv_path = tmp_path / "survey.csv"
    csv_path.write_bytes(WIDE.replace("Date", "日付").encode("cp932"))
    result = _cli("import-csv", str(project_path), str(csv_path))
    assert result.returncode == 0, result.stderr
    assert "Imported 12 values" in result.stdout
    out = _cli("metrics", str(project_path), "--metric", "nps", "--by", "touchpoint", "--format", "json")
    groups = {g["label"]: g for g in json.loads(out.stdout)["groups"]}
    assert groups["Cart and checkout form"]["value"] == pytest.approx(25.0)
    assert groups["Cart and checkout form"]["n"] == 4


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is empty"),
    (b"Date,Touchpoint,NPS\n", "no data rows"),
    (bytes(range(256)) * 4, "survey.csv"),
    (b"Date,Touchpoint,NPS\n03/04/2024,Cart and checkout form,9\n", "--date-order"),
    (b"Date,Touchpoint,NPS\n2024-03-01,Cart and checkout form,abc\n", "no column holds a value to import"),
])
def test_cli_bad_csv_gets_one_line_and_changes_nothing(tmp_path: Path, content: bytes, expected: str) -> None:
    project_path = create_project(tmp_path / "c.journey", "ecommerce")
    before = project_path.read_bytes()
    csv_path = tmp_path / "survey.csv"
    csv_path.write_bytes(content)
    result = _cli("import-csv", str(project_path), str(csv_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert project_path.read_bytes() == before


def test_cli_import_streams_the_csv_from_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from journeydesk.cli import main
    from journeydesk.imports import reader as csv_import

    project_path = create_project(tmp_path / "c.journey", "ecommerce")
    csv_path = tmp_path / "survey.csv"
    csv_path.write_bytes(WIDE.encode("utf-8"))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read whole"))
    monkeypatch.setattr(csv_import, "SNIFF_BYTES", 60)  # settings from the head of the file only
    assert main(["import-csv", str(project_path), str(csv_path)]) == 0
    assert "Imported 12 values" in capsys.readouterr().out


def test_cli_names_every_problem_row(tmp_path: Path) -> None:
    project_path = create_project(tmp_path / "b.journey", "ecommerce")
    csv_path = tmp_path / "bad.csv"
    body = WIDE.split("\n", 1)[1] * 3
    csv_path.write_text("Date,Touchpoint,NPS,CSAT\n" + body.replace("Cart and checkout form,10,4",
                                                                    "Cart and checkout form,12,4", 1)
                        .replace("Order confirmation email,7,4", "Order confirmation email,7,9", 1),
                        encoding="utf-8")
    refused = _cli("import-csv", str(project_path), str(csv_path))
    assert refused.returncode == 1
    assert "Line 4:" in refused.stderr and "Line 5:" in refused.stderr, refused.stderr
    skipped = _cli("import-csv", str(project_path), str(csv_path), "--skip-bad-rows")
    assert skipped.returncode == 0, skipped.stderr
    assert "Line 4:" in skipped.stdout and "Line 5:" in skipped.stdout, skipped.stdout


def test_cli_refuses_to_count_a_file_twice(tmp_path: Path) -> None:
    project_path = create_project(tmp_path / "d.journey", "ecommerce")
    csv_path = tmp_path / "survey.csv"
    csv_path.write_text(WIDE, encoding="utf-8")
    assert _cli("import-csv", str(project_path), str(csv_path)).returncode == 0
    info = _cli("info", str(project_path))
    assert "data “survey”: 12 values of CSAT, NPS" in info.stdout, info.stdout
    assert f"from {csv_path.absolute()}" in info.stdout, info.stdout  # the path, not how it is stored
    again = _cli("import-csv", str(project_path), str(csv_path))
    assert again.returncode == 1 and "--replace" in again.stderr and len(again.stderr.splitlines()) == 1
    nps = _cli("metrics", str(project_path), "--metric", "NPS", "--by", "all", "--format", "json")
    assert json.loads(nps.stdout)["groups"][0]["n"] == 6
    csv_path.write_text(WIDE + "2024-03-06,Cart and checkout form,10,5\n", encoding="utf-8")
    assert _cli("import-csv", str(project_path), str(csv_path), "--replace").returncode == 0
    nps = _cli("metrics", str(project_path), "--metric", "NPS", "--by", "all", "--format", "json")
    assert json.loads(nps.stdout)["groups"][0]["n"] == 7
    assert _cli("import-csv", str(project_path), str(csv_path), "--keep-both").returncode == 0
    nps = _cli("metrics", str(project_path), "--metric", "NPS", "--by", "all", "--format", "json")
    assert json.loads(nps.stdout)["groups"][0]["n"] == 14
