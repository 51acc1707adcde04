"""An import is whole or absent: SIGKILL at any moment of `import-csv`, or Ctrl+C, never leaves part of it.

A subprocess imports a ~300,000-row file into a fresh project and is killed at moments spread over
the whole run (its length measured first, the moments drawn from fixed seeds). After each kill the
project, read with the plain sqlite3 module, holds either the dataset and every one of its values
or no dataset and no values at all.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGINT are POSIX")]

ROWS = 300_000
METRICS = 2                   # NPS and CSAT, an answer in every row
TRIALS = 50
SEED = 20240310
TOUCHPOINTS = ("Cart and checkout form", "Order confirmation email", "Live chat with staff about sizing",
               "Product page with size guide and photos", "Follow-up email with running tips")


def _env() -> dict[str, str]:
    return {**os.environ, "JOURNEYDESK_LANG": "en", "PYTHONIOENCODING": "utf-8"}


def _command(project: Path, data: Path) -> list[str]:
    return [sys.executable, "-m", "journeydesk", "import-csv", str(project), str(data)]


@dataclass(frozen=True)
class Contents:
    datasets: int
    observations: int      # every row of the table
    observations_of_datasets: int  # those whose rollup belongs to a dataset in the file

    @property
    def whole(self) -> bool:
        return self.datasets == 1 and self.observations_of_datasets == self.observations == ROWS * METRICS

    @property
    def nothing(self) -> bool:
        return self.datasets == 0 and self.observations == 0


def contents(project: Path) -> Contents:
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return Contents(
            conn.execute("SELECT count(*) FROM datasets").fetchone()[0],
            conn.execute("SELECT count(*) FROM observations").fetchone()[0],
            conn.execute("SELECT count(*) FROM observations JOIN rollups ON rollups.id = "
                         "observations.rollup_id JOIN datasets ON datasets.id = "
                         "rollups.dataset_id").fetchone()[0],
        )


@dataclass(frozen=True)
class Setup:
    root: Path
    template: Path
    data: Path
    seconds: float          # how long a whole import takes here and now

    def fresh_project(self, name: str) -> Path:
        target = self.root / f"{name}.journey"
        shutil.copyfile(self.template, target)
        return target


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    root = tmp_path_factory.mktemp("atomic")
    template = root / "template.journey"
    made = subprocess.run([sys.executable, "-m", "journeydesk", "new", str(template), "--template",
                           "ecommerce", "--lang", "en"], env=_env(), capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    rng = random.Random(SEED)
    data = root / "responses.csv"
    with data.open("w", encoding="utf-8", newline="") as out:
        out.write("Date,Touchpoint,NPS,CSAT\r\n")
        for i in range(ROWS):
            out.write(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},{TOUCHPOINTS[i % len(TOUCHPOINTS)]},"
                      f"{rng.randrange(11)},{rng.randrange(1, 6)}\r\n")
    project = shutil.copyfile(template, root / "measure.journey")
    started = time.monotonic()
    run = subprocess.run(_command(project, data), env=_env(), capture_output=True, text=True)
    seconds = time.monotonic() - started
    assert run.returncode == 0, run.stdout + run.stderr
    assert contents(project).whole, contents(project)
    return Setup(root, template, data, seconds)


def test_a_kill_at_any_moment_leaves_the_whole_import_or_none_of_it(setup: Setup) -> None:
    rng = random.Random(SEED)
    outcomes = []
    for trial in range(TRIALS):
        # One moment in each of TRIALS equal slices of the run, a little past its end for the last ones.
        delay = setup.seconds * 1.03 * (trial + rng.random()) / TRIALS
        project = setup.fresh_project(f"kill{trial}")
        child = subprocess.Popen(_command(project, setup.data), env=_env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = child.poll() is not None
        if not finished:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        found = contents(project)
        assert found.whole or found.nothing, f"trial {trial}, killed after {delay:.2f} s: {found}"
        outcomes.append("finished" if finished else "whole" if found.whole else "nothing")
        for path in project.parent.glob(f"{project.name}*"):
            path.unlink()
    assert outcomes.count("nothing") >= TRIALS // 2, outcomes  # the kills did land inside the import


def test_ctrl_c_cancels_with_one_line_and_exit_130_adding_nothing(setup: Setup) -> None:
    project = setup.fresh_project("interrupted")
    before_bytes = project.read_bytes()
    before = contents(project)
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as conn:
        cards_before = conn.execute("SELECT count(*) FROM cards").fetchone()
    child = subprocess.Popen(_command(project, setup.data), env=_env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8")
    time.sleep(setup.seconds * 0.5)
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=120)
    # One line; the messages' usual closing full stop is allowed.
    assert [line.rstrip(".") for line in stderr.splitlines()] == [
        "Import cancelled: nothing was added"], stderr
    assert child.returncode == 130, (child.returncode, stdout, stderr)
    after = contents(project)
    assert after == before and after.nothing
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM cards").fetchone() == cards_before
    if not Path(f"{project}-wal").exists():  # closed cleanly: the file itself is as it was
        assert project.read_bytes() == before_bytes
