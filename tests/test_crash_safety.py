"""A process killed with SIGKILL mid-edit leaves a sound file holding every edit it finished."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.core.model import Card
from journeydesk.store.store import Store

CHILD = """
import sys
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store

store = Store.create(sys.argv[1])
doc = store.load()
history = History(doc, store)
history.do(commands.add_journey(doc, "Crash"))
journey = doc.journeys()[0]
stage, lane = doc.stages(journey.id)[0], doc.lanes(journey.id)[1]
n = 0
while True:
    history.do(commands.add_card(doc, stage.id, lane.id, f"card {n}", index=0))
    if n % 3 == 2:
        history.do(commands.move_cards(doc, [c.id for c in doc.cell(stage.id, lane.id)[:2]],
                                       doc.stages(journey.id)[1].id, lane.id))
    print(n, flush=True)
    n += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("finished_before_kill", [1, 40, 150])
def test_sigkill_mid_edit_loses_nothing_finished(tmp_path: Path, finished_before_kill: int) -> None:
    path = tmp_path / "crash.journey"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    reported = -1
    try:
        for line in child.stdout:
            reported = int(line)
            if reported + 1 >= finished_before_kill:
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert reported + 1 >= finished_before_kill
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Store.open(path) as store:
        doc = store.load()
    texts = {card.text for card in doc.all(Card)}
    assert {f"card {n}" for n in range(reported + 1)} <= texts
    assert len(texts) <= reported + 2
    for card in doc.all(Card):
        assert card.position == doc.cell(card.stage_id, card.lane_id).index(card)


COMPACTOR = """
import sys
from journeydesk.store.compact import compact
print("start", flush=True)
compact(sys.argv[1])
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_compaction_killed_midway_leaves_the_project_whole(tmp_path: Path) -> None:
    import shutil
    import time

    from journeydesk.core import commands
    from journeydesk.core.history import History
    from journeydesk.core.model import Image
    from journeydesk.store.compact import compact

    original = tmp_path / "garbage.journey"
    with Store.create(original) as store:
        doc = store.load()
        history = History(doc, store)
        history.do(commands.add_template(doc, "ecommerce", "en"))
        persona = doc.personas()[0]
        for n in range(40):
            history.do(commands.set_avatar(doc, persona.id, bytes([n]) * 500_000))
    expected = doc.snapshot()
    kept = {key: e for key, e in expected.items() if not isinstance(e, Image)
            or e.id == doc.personas()[0].avatar_id}
    # How long one compaction takes here, so that the kills fall all through it.
    shutil.copyfile(original, tmp_path / "timing.journey")
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", COMPACTOR, str(tmp_path / "timing.journey")],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "start"
    begun = time.monotonic()
    assert child.stdout.readline().strip() == "done"
    child.wait()
    child.stdout.close()
    span = time.monotonic() - begun
    assert span < time.monotonic() - started
    outcomes = set()
    for step in range(12):
        path = tmp_path / f"kill-{step}.journey"
        shutil.copyfile(original, path)
        child = subprocess.Popen([sys.executable, "-c", COMPACTOR, str(path)], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout.readline().strip() == "start"
        time.sleep(span * step / 10)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with Store.open(path) as store:
            found = store.load().snapshot()
        assert found in (expected, kept), step
        outcomes.add(found == kept)
        # A copy left half-made by the kill is removed by the next compaction.
        compact(path)
        assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(f".kill-{step}")]
        with Store.open(path) as store:
            assert store.load().snapshot() == kept
    assert outcomes == {False, True}, "every kill fell before, or every kill after, the compaction"
