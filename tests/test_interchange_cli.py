"""The import-journey and export-journey commands: formats by extension, journeys chosen, one-line
refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "interchange"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.journey"
    shutil.copy(ROOT / "resources" / "example.journey", path)
    return path


def _names(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return [j.name for j in store.load().journeys()]


@pytest.mark.parametrize(("suffix", "starts"), [
    (".json", "{\n  \"$schema\""), (".mmd", "journey\n"), (".yaml", "kind: cjm\n"),
    (".csv", "\ufeffjourney,stage,")])
def test_every_format_goes_out_and_back_in(project: Path, tmp_path: Path, capsys, suffix: str,
                                           starts: str) -> None:
    out = tmp_path / f"out{suffix}"
    assert main(["export-journey", str(project), "-o", str(out), "--journey",
                 "Customer support journey"]) == 0
    assert capsys.readouterr().out == f"Wrote {out}: “Customer support journey”.\n"
    assert out.read_text(encoding="utf-8").startswith(starts)
    target = tmp_path / "t.journey"
    main(["new", str(target)])
    capsys.readouterr()
    assert main(["import-journey", str(target), str(out)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("Added journey “Customer support journey”: 5 stages, ")
    assert _names(target)[1] == "Customer support journey"


def test_json_and_csv_take_every_journey_mermaid_and_ems_the_first(project: Path, tmp_path: Path) -> None:
    main(["export-journey", str(project), "-o", str(tmp_path / "all.json")])
    main(["export-journey", str(project), "-o", str(tmp_path / "first.mmd")])
    target = tmp_path / "t.journey"
    main(["new", str(target)])
    main(["import-journey", str(target), str(tmp_path / "all.json")])
    main(["import-journey", str(target), str(tmp_path / "first.mmd")])
    assert _names(target)[1:] == _names(project) + _names(project)[:1]


def test_the_format_option_overrides_the_extension(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "diagram.txt"
    assert main(["export-journey", str(project), "-o", str(out), "--format", "mermaid"]) == 0
    assert main(["import-journey", str(project), str(out), "--format", "mermaid"]) == 0


@pytest.mark.parametrize(("args", "message"), [
    (["export-journey", "{p}", "-o", "{t}/x.docx"], "Cannot tell the format of x.docx from its extension"),
    (["export-journey", "{p}", "-o", "{t}/x.csv", "--with-data"],
     "--with-data writes imported values into JSON"),
    (["export-journey", "{p}", "-o", "{t}/x.json", "--journey", "Nope"], "There is no journey named 'Nope'"),
    (["export-journey", "{p}", "-o", "{t}/x.mmd", "--journey", "Customer support journey", "--journey",
      "B2B SaaS onboarding journey"], "Mermaid and EMS files hold one journey"),
    (["import-journey", "{p}", "{t}/missing.json"], "Cannot read missing.json"),
    (["import-journey", "{t}/missing.journey", str(DATA / "grid-ja.csv")], "missing.journey"),
])
def test_problems_are_one_line_and_change_nothing(project: Path, tmp_path: Path, capsys, args: list[str],
                                                  message: str) -> None:
    before = project.read_bytes()
    filled = [a.format(p=project, t=tmp_path) for a in args]
    assert main(filled) == 1
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert project.read_bytes() == before
    assert not any(p.suffix in (".json", ".csv", ".mmd") for p in tmp_path.iterdir())


def test_help_names_both_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["import-journey", "--help"])
    assert "--format {json,mermaid,ems,csv}" in capsys.readouterr().out


def test_a_markdown_output_holds_the_diagram_in_a_mermaid_block(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "JOURNEY.md"
    assert main(["export-journey", str(project), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("```mermaid\njourney\n") and text.endswith("```\n")
    assert main(["import-journey", str(project), str(out)]) == 0
    assert _names(project)[-1] == _names(project)[0]


def test_an_imported_journey_counts_its_evidence_and_kpis(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "shop.json"
    assert main(["export-journey", str(project), "-o", str(out), "--journey",
                 "E-commerce purchase journey"]) == 0
    target = tmp_path / "t.journey"
    main(["new", str(target)])
    capsys.readouterr()
    assert main(["import-journey", str(target), str(out)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    # The example's shop journey holds 7 evidence items and 3 KPIs (conversion, checkout completion,
    # exchanges).
    assert line.startswith("Added journey “E-commerce purchase journey”: 5 stages, 7 lanes, 56 cards, ")
    assert line.endswith(" links, 7 evidence items, 3 KPIs, persona “Emma Clarke”.")
