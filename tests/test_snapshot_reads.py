"""Reading a project while another process edits it: every load sees one whole version of the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.core.model import Card, Image, Persona
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

WRITER = """
import os, sys
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.store.store import Store

store = Store.open(sys.argv[1])
assert not store.read_only
doc = store.load()
history = History(doc, store, limit=10)
persona = doc.personas()[0]
journey = doc.journeys()[0]
stages = doc.stages(journey.id)
n = 0
while True:
    # An avatar swap adds an image and points the persona at it in one edit; a move renumbers two cells.
    history.do(commands.set_avatar(doc, persona.id, os.urandom(64) + n.to_bytes(8, "big")))
    card = sorted(doc.cards(journey.id), key=lambda c: c.id)[n % 7]
    target = stages[(stages.index(next(s for s in stages if s.id == card.stage_id)) + 1) % len(stages)]
    history.do(commands.move_cards(doc, [card.id], target.id, card.lane_id, index=0))
    n += 1
    if n == 3:
        print("editing", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the writer is killed with a POSIX signal")
def test_fifty_loads_during_edits_in_another_process_are_all_sound(tmp_path: Path) -> None:
    path = create_project(tmp_path / "busy.journey", "ecommerce")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "editing"
        avatars = set()
        for _ in range(50):
            with Store.open(path, read_only=True) as store:
                assert store.read_only
                document = store.load()  # a torn read would be refused as damaged
                problems, _rows = store.integrity()
            assert problems == ["ok"]
            assert document.order_problems() == []
            for card in document.all(Card):
                assert card.position == document.cell(card.stage_id, card.lane_id).index(card)
            persona = document.personas()[0]
            assert isinstance(document.get(Image, persona.avatar_id), Image)
            avatars.add(persona.avatar_id)
        assert writer.poll() is None, "the writer stopped"
        assert len(avatars) > 1, "the writer made no edits while the project was read"
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
    with Store.open(path, read_only=True) as store:
        assert store.load().count(Persona) == 1
