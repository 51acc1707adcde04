"""Real exports without a hand-written mapping: `import-csv`, then `metrics`, against hand-computed figures.

Each fixture in tests/data/exports copies one tool's public export format (see make_exports.py).
It is imported into a fresh ecommerce project with no mapping, as a new user would: first with no
options, then again (into a fresh copy) with only the options the command's own messages
suggest (--create-touchpoints, --create-stages, --skip-bad-rows, --date-order), following each
message as it comes. The figures of `metrics --format json` must then equal those computed
independently in export_expectations.py, per touchpoint, channel or stage and overall.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from export_expectations import EXPORTS, FIXTURES, NO_ROWS, NO_VALUES, Expected, Fixture

SUGGESTIBLE = ("--create-touchpoints", "--create-stages", "--skip-bad-rows")
DATE_ORDERS = ("ymd", "dmy", "mdy")
FOLLOW_UPS = 3  # messages followed one after another, at most


def journeydesk(*args: str | Path, merge_output: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would, in English, and capture what it prints."""
    env = {**os.environ, "JOURNEYDESK_LANG": "en", "PYTHONIOENCODING": "utf-8",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "journeydesk", *map(str, args)], env=env, text=True, encoding="utf-8",
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT if merge_output else subprocess.PIPE, timeout=600)


@dataclass
class Attempt:
    flags: tuple[str, ...]
    result: subprocess.CompletedProcess[str]

    @property
    def output(self) -> str:
        return self.result.stdout + (self.result.stderr or "")


@dataclass
class Imported:
    """A fixture imported into its own project, and every attempt it took."""

    fixture: Fixture
    project: Path
    attempts: list[Attempt]

    @property
    def final(self) -> Attempt:
        return self.attempts[-1]


def suggested_flags(output: str, fixture: Fixture) -> list[str]:
    """The options a message tells the user to add. Where it asks for a date order, the one that
    is true of the file, among those the message names."""
    flags = [flag for flag in SUGGESTIBLE if flag in output]
    for match in re.finditer(r"--date-order\b([^\n]*)", output):
        offered = [order for order in DATE_ORDERS if re.search(rf"\b{order}\b", match.group(1))]
        choice = fixture.date_order if fixture.date_order in offered else (offered or [None])[0]
        if choice:
            flags += ["--date-order", choice]
            break
    return flags


class Workspace:
    """Fresh projects, one ecommerce template per language, and each fixture's import (made once)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.templates: dict[str, Path] = {}
        self.imports: dict[str, Imported] = {}
        self.copies = 0

    def fresh_project(self, language: str) -> Path:
        if language not in self.templates:
            path = self.root / f"template-{language}.journey"
            made = journeydesk("new", path, "--template", "ecommerce", "--lang", language)
            assert made.returncode == 0, made.stderr
            self.templates[language] = path
        self.copies += 1
        target = self.root / f"P{self.copies}.journey"
        shutil.copyfile(self.templates[language], target)
        return target

    def imported(self, name: str) -> Imported:
        if name not in self.imports:
            fixture = FIXTURES[name]()
            flags: list[str] = []
            attempts = []
            for _ in range(1 + FOLLOW_UPS):
                project = self.fresh_project(fixture.language)
                attempt = Attempt(tuple(flags), journeydesk("import-csv", project, fixture.path, *flags))
                attempts.append(attempt)
                more = [f for f in suggested_flags(attempt.output, fixture) if f not in flags]
                if "--date-order" in flags and "--date-order" in more:  # one order is enough
                    at = more.index("--date-order")
                    del more[at:at + 2]
                if not more:
                    break
                flags += more
            self.imports[name] = Imported(fixture, project, attempts)
        return self.imports[name]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("exports"))


def _transcript(imported: Imported) -> str:
    return "\n".join(f"$ import-csv {' '.join(a.flags)} → exit {a.result.returncode}\n{a.output}"
                     for a in imported.attempts)


# ---------------------------------------------------------------------------------------------
# The import itself


@pytest.mark.parametrize("name", FIXTURES)
def test_import_succeeds_with_only_the_flags_its_messages_suggest(workspace: Workspace, name: str) -> None:
    imported = workspace.imported(name)
    fixture = imported.fixture
    for attempt in imported.attempts:
        assert "Traceback" not in attempt.output, _transcript(imported)
    assert imported.final.result.returncode == 0, _transcript(imported)
    used = imported.final.flags
    assert sorted(f for f in used if f.startswith("--")) == sorted(fixture.flags), _transcript(imported)
    if "--date-order" in used:
        assert used[used.index("--date-order") + 1] == fixture.date_order


@pytest.mark.parametrize("name", FIXTURES)
def test_rows_read_counts_the_files_data_rows(workspace: Workspace, name: str) -> None:
    imported = workspace.imported(name)
    output = imported.final.output
    found = re.search(r"Rows read:?\s*([\d,]+)", output) or re.search(r"\bfrom ([\d,]+) rows\b", output)
    assert found, _transcript(imported)
    assert int(found.group(1).replace(",", "")) == imported.fixture.data_rows, _transcript(imported)


KIND_LINES = [(name, column, word) for name, make in FIXTURES.items()
              for column, word in make().kind_words.items()]


@pytest.mark.parametrize(("name", "column", "word"), KIND_LINES, ids=[f"{n}-{w}" for n, _, w in KIND_LINES])
def test_the_kind_of_each_metric_column_is_printed(workspace: Workspace, name: str, column: str,
                                                   word: str) -> None:
    """A line names the column, then the kind chosen for it (“満足度(CSAT平均): mean of values (…)”)."""
    imported = workspace.imported(name)
    lines = [line for attempt in imported.attempts for line in attempt.output.splitlines()]
    case = (lambda s: s.casefold()) if word == "mean" else (lambda s: s)
    assert any(column in line and case(word) in case(line[line.index(column) + len(column):])
               for line in lines), (
        f"no line gives '{column}' the kind {word}\n" + _transcript(imported))


# ---------------------------------------------------------------------------------------------
# The figures


def _label(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _metrics(project: Path, metric: str, by: str) -> tuple[subprocess.CompletedProcess[str], dict | None]:
    result = journeydesk("metrics", project, "--metric", metric, "--by", by, "--format", "json")
    payload = json.loads(result.stdout) if result.returncode == 0 else None
    return result, payload


FIGURES = [(name, expected) for name, make in FIXTURES.items() for expected in make().expected]


@pytest.mark.parametrize(("name", "expected"), FIGURES,
                         ids=[f"{n}-{e.metric}-by-{e.by}" for n, e in FIGURES])
def test_figures_equal_the_hand_computed_ones(workspace: Workspace, name: str, expected: Expected) -> None:
    imported = workspace.imported(name)
    assert imported.final.result.returncode == 0, _transcript(imported)
    result, payload = _metrics(imported.project, expected.metric, expected.by)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert set(payload) >= {"metric", "kind", "by", "groups"} and payload["by"] == expected.by
    assert payload["kind"] in expected.groups, (
        f"{expected.metric} was read as {payload['kind']}, expected {' or '.join(expected.groups)}")
    want = expected.groups[payload["kind"]]
    groups = [g for g in payload["groups"] if g["n"]]  # groups of the map that hold no data are not figures
    if expected.by == "all":
        assert len(groups) == 1 and len(want) == 1, payload["groups"]
        got = {None: (groups[0]["value"], groups[0]["n"])}
        wanted = {None: (want[0].value, want[0].n)}
    else:
        got = {_label(g["label"]): (g["value"], g["n"]) for g in groups}
        assert len(got) == len(groups), f"two groups with the same label: {payload['groups']}"
        wanted = {_label(f.label): (f.value, f.n) for f in want}
    # Values compared to 2 decimal places; n exactly.
    for key, (value, _n) in list(got.items()):
        if key in wanted and value is not None and abs(value - wanted[key][0]) < 0.005:
            got[key] = (wanted[key][0], got[key][1])
    def rounded(table):
        return {k: (None if v is None else round(v, 2), n) for k, (v, n) in table.items()}
    assert rounded(got) == rounded(wanted)


NOT_EMPTY = [(name, metric, by) for name, make in FIXTURES.items() for metric, by in make().not_empty]


@pytest.mark.parametrize(("name", "metric", "by"), NOT_EMPTY,
                         ids=[f"{n}-{m}-by-{b}" for n, m, b in NOT_EMPTY])
def test_no_empty_list_is_presented_as_a_result(workspace: Workspace, name: str, metric: str,
                                                by: str) -> None:
    """Data keyed by channel asked for by touchpoint: figures per touchpoint, or a refusal that says
    why, never an empty list with exit status 0."""
    imported = workspace.imported(name)
    assert imported.final.result.returncode == 0, _transcript(imported)
    result, payload = _metrics(imported.project, metric, by)
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert [g for g in payload["groups"] if g["n"]], f"--by {by} printed an empty list with exit status 0"
    else:
        assert result.returncode == 1 and result.stderr.strip()


# ---------------------------------------------------------------------------------------------
# Problems


def test_broken_rows_are_reported_by_their_file_lines_before_anything_else(workspace: Workspace) -> None:
    fixture = FIXTURES["zendesk"]()
    assert len(fixture.broken_lines) == 2
    project = workspace.fresh_project(fixture.language)
    result = journeydesk("import-csv", project, fixture.path, merge_output=True)
    assert "Traceback" not in result.stdout
    assert result.returncode == 1, result.stdout
    assert "--skip-bad-rows" in result.stdout
    named = re.findall(r"\b([Ll]ines?)\s+(\d[\d,]*)", result.stdout)
    lines = [int(n.replace(",", "")) for _, n in named]
    assert lines[:2] == list(fixture.broken_lines), result.stdout
    assert len({word for word, _ in named}) == 1, "every line is named the same way\n" + result.stdout
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM datasets").fetchone() == (0,)


def test_an_import_that_would_add_no_values_is_refused(workspace: Workspace) -> None:
    project = workspace.fresh_project("en")
    before = project.read_bytes()
    result = journeydesk("import-csv", project, EXPORTS / NO_VALUES)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert "no column holds a value to import" in result.stderr, result.stderr
    assert project.read_bytes() == before
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM datasets").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM observations").fetchone() == (0,)


def test_an_export_without_rows_is_refused_and_the_project_left_as_it_was(workspace: Workspace) -> None:
    project = workspace.fresh_project("en")
    before = project.read_bytes()
    result = journeydesk("import-csv", project, EXPORTS / NO_ROWS)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1 and result.stderr.strip(), result.stdout + result.stderr
    assert project.read_bytes() == before
