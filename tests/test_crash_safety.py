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
