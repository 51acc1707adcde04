"""Projects holding imported answers written straight into the file, without the import pipeline.

Each answer becomes its own rollup row (so every reader has to sum), with the sums the file format
defines: n = 1, total = the value, promoter (≥ 9), detractor (≤ 6), satisfied (≥ 4). Figures tests
compute their expectations from the same answers in plain Python.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.entity import new_id
from journeydesk.core.history import History
from journeydesk.core.model import Card, Dataset
from journeydesk.store.store import Store


@dataclass(frozen=True)
class Answer:
    """One imported value and the keys the file gave it."""

    metric: str
    value: float
    day: str | None = None
    stage_id: str | None = None
    card_id: str | None = None
    channel: str = ""
    segment: str = ""


def add_answers(path: Path, journey_id: str, answers: list[Answer], kinds: dict[str, str],
                name: str = "data") -> str:
    """Add a dataset holding ``answers`` (metric kinds as the import records them); its id."""
    dataset = Dataset(id=new_id(), journey_id=journey_id, name=name,
                      mapping=json.dumps({"metric_kinds": kinds}),
                      metrics=tuple(sorted({a.metric for a in answers})), row_count=len(answers))
    with Store.open(path) as store:
        history = History(store.load(), store)
        history.do(commands.add_dataset(history.document, dataset))
    with closing(sqlite3.connect(path)) as conn:
        first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM rollups").fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO rollups (id, dataset_id, day, stage_id, card_id, channel, segment, metric, n, "
            "total, promoters, detractors, satisfied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
            [(first + i, dataset.id, a.day, a.stage_id, a.card_id, a.channel, a.segment, a.metric, a.value,
              int(a.value >= 9), int(a.value <= 6), int(a.value >= 4)) for i, a in enumerate(answers)])
        conn.commit()
    return dataset.id


def nps(values: list[float]) -> float:
    """% promoters (9–10) − % detractors (0–6), as defined for the product."""
    return (sum(v >= 9 for v in values) - sum(v <= 6 for v in values)) * 100 / len(values)


def csat(values: list[float]) -> float:
    """% of answers that are 4 or 5."""
    return sum(v >= 4 for v in values) * 100 / len(values)


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def two_touchpoints(path: Path) -> tuple[Document, str, Card, Card]:
    """A new project at ``path``: the journey "Shop" with stages Look and Pay and a touchpoint in each, "Web"
    (channel "web") and "Till"; (its Document, the journey's id, the Web card, the Till card)."""
    with Store.create(path) as store:
        history = History(store.load(), store)
        history.do(commands.add_journey(history.document, "Shop", stage_names=("Look", "Pay")))
        doc = history.document
        journey = doc.journeys()[0]
        look, pay = doc.stages(journey.id)
        lane = doc.lanes(journey.id)[1]
        history.do(commands.add_card(doc, look.id, lane.id, "Web", channel="web"))
        history.do(commands.add_card(doc, pay.id, lane.id, "Till"))
    return doc, journey.id, doc.cell(look.id, lane.id)[0], doc.cell(pay.id, lane.id)[0]
