"""Benchmark: one edit with write-through, and opening a project, at 5,000 cards, against plain sqlite3.

Run: .venv/bin/python benchmarks/bench_store.py [--cards 5000] [--edits 300]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import Change, Edit
from journeydesk.core.entity import new_id
from journeydesk.core.enums import CardKind
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.store.store import Store


def build_project(path: Path, cards: int) -> None:
    with Store.create(path) as store:
        doc = store.load()
        history = History(doc, store)
        history.do(commands.add_template(doc, "ecommerce"))
        journey = doc.journeys()[0]
        stages = doc.stages(journey.id)
        lanes = [lane for lane in doc.lanes(journey.id) if lane.kind != "emotions"]
        cells = [(s, lane) for s in stages for lane in lanes]
        existing = doc.count(Card)
        batch = []
        for n in range(cards - existing):
            stage, lane = cells[n % len(cells)]
            batch.append(Card(new_id(), journey.id, stage.id, lane.id, CardKind.NOTE,
                              f"Card {n} with a realistic amount of text", position=1000 + n))
        history.do(Edit("bulk", tuple(Change(None, card) for card in batch)))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_edits(path: Path, edits: int) -> tuple[float, float]:
    """Median ms of History.do(update card text) vs a plain UPDATE + COMMIT in WAL/FULL."""
    ours: list[float] = []
    with Store.open(path) as store:
        doc = store.load()
        history = History(doc, store)
        card_ids = [c.id for c in doc.all(Card)][:edits]
        for n, card_id in enumerate(card_ids):
            start = time.perf_counter()
            history.do(commands.update_card(doc, card_id, text=f"edited {n}"))
            ours.append(time.perf_counter() - start)
    plain: list[float] = []
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        for n, card_id in enumerate(card_ids):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE cards SET text = ? WHERE id = ?", (f"plain {n}", card_id))
            conn.execute("COMMIT")
            plain.append(time.perf_counter() - start)
    return median_ms(ours), median_ms(plain)


def bench_open(path: Path, repeats: int) -> tuple[float, float]:
    """Median ms of Store.open + load vs plain sqlite3 reading every row of every table."""
    ours: list[float] = []
    plain: list[float] = []
    tables = ("project", "images", "personas", "journeys", "stages", "lanes", "cards",
              "emotion_markers", "links")
    for _ in range(repeats):
        start = time.perf_counter()
        with Store.open(path) as store:
            store.load()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        with closing(sqlite3.connect(path)) as conn:
            for table in tables:
                conn.execute(f"SELECT * FROM {table}").fetchall()
        plain.append(time.perf_counter() - start)
    return median_ms(ours), median_ms(plain)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=15)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        build_project(path, options.cards)
        edit_ms, plain_edit_ms = bench_edits(path, options.edits)
        open_ms, plain_open_ms = bench_open(path, options.repeats)
    print(f"project: {options.cards} cards")
    print(f"edit (History.do, write-through): median {edit_ms:.3f} ms; plain sqlite3 UPDATE+COMMIT "
          f"{plain_edit_ms:.3f} ms; ratio {edit_ms / plain_edit_ms:.2f}x  (target < 2 ms)")
    print(f"open (Store.open + load):         median {open_ms:.1f} ms; plain sqlite3 SELECT all "
          f"{plain_open_ms:.1f} ms; ratio {open_ms / plain_open_ms:.2f}x  (target < 300 ms)")


if __name__ == "__main__":
    main()
