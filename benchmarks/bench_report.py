"""Benchmark: a full PDF report of a 500-card journey with charts, and a 5,000-card poster, against bare
reportlab.

Run: .venv/bin/python benchmarks/bench_report.py [--cards 500] [--poster-cards 5000] [--scale 1.0]
     .venv/bin/python benchmarks/bench_report.py --against /path/to/other/tree [--rounds 4]

With --against (a folder holding another version's ``journeydesk`` package, e.g. a ``git archive`` of an
earlier commit), the full report of one same project, the poster and the poster's map alone are made by this
tree's code and that one in turns, each in a fresh process, and the CPU seconds of each and their ratios are
printed.

The baseline draws the same number of plain rectangles and strings (one of each per card, in the
same embedded font) on the same number of pages with a bare reportlab canvas. The poster runs in
a child process so its peak memory (ru_maxrss) is its own; the poster's map alone (laid out, its
card texts measured, drawn once) in another, so no text has been broken before.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journeydesk.core import commands
from journeydesk.core.document import Change, Document, Edit
from journeydesk.core.entity import new_id
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.imports.mapping import propose
from journeydesk.imports.reader import read_table, sniff
from journeydesk.imports.session import import_file
from journeydesk.report.build import build_report
from journeydesk.report.fonts import FONT, register
from journeydesk.report.options import PAPERS, ReportOptions
from journeydesk.report.poster import Poster
from journeydesk.store.store import Store

KINDS = {LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT, LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
         LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY, LaneKind.ACTIONS: CardKind.ACTION,
         LaneKind.THOUGHTS: CardKind.THOUGHT, LaneKind.BACKSTAGE: CardKind.BACKSTAGE}
WORDS = ("customer", "checks", "the", "delivery", "status", "on", "mobile", "app", "and", "calls",
         "support", "when", "the", "parcel", "is", "late", "配送状況を確認する", "返品")


def fill(history: History, cards: int, seed: int = 5) -> None:
    """Add cards of every kind, with texts of varied length, until the first journey has ``cards``."""
    document = history.document
    journey = document.journeys()[0]
    stages = document.stages(journey.id)
    lanes = [lane for lane in document.lanes(journey.id) if lane.kind != LaneKind.EMOTIONS]
    rnd = random.Random(seed)
    batch = []
    for n in range(cards - len(document.cards(journey.id))):
        lane = lanes[n % len(lanes)]
        kind = KINDS.get(lane.kind, CardKind.NOTE)
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 24)))
        batch.append(Card(new_id(), journey.id, stages[(n // len(lanes)) % len(stages)].id, lane.id, kind,
                          f"{n}: {text}", position=1000 + n, moment_of_truth=n % 13 == 0,
                          exit_point=n % 29 == 0, channel="App" if kind == CardKind.TOUCHPOINT else "",
                          severity=1 + n % 5 if kind == CardKind.PAIN_POINT else None,
                          frequency=1 + n % 4 if kind == CardKind.PAIN_POINT else None,
                          impact=1 + n % 5 if kind == CardKind.OPPORTUNITY else None,
                          effort=1 + n % 3 if kind == CardKind.OPPORTUNITY else None))
    history.do(Edit("bulk", tuple(Change(None, card) for card in batch)))


def measured_project(path: Path, cards: int) -> None:
    """An ecommerce project of ``cards`` cards with NPS and CSAT per touchpoint per day and a funnel."""
    with Store.create(path) as store:
        history = History(store.load(), store)
        history.do(commands.add_template(history.document, "ecommerce"))
        fill(history, cards)
        journey = history.document.journeys()[0]
        touchpoints = [c.text for c in history.document.cards(journey.id) if c.kind == CardKind.TOUCHPOINT]
        rnd = random.Random(7)
        rows = ["Date,Touchpoint,NPS,CSAT"]
        for day in range(1, 29):
            for text in touchpoints[:24]:
                rows += [f'2024-02-{day:02d},"{text}",{rnd.randint(0, 10)},{rnd.randint(1, 5)}'
                         for _ in range(4)]
        stages = history.document.stages(journey.id)
        funnel = "stage,metric,value\n" + "".join(f"{s.name},visitors,{1000 // (i + 1)}\n"
                                                  for i, s in enumerate(stages))
        for text in ("\n".join(rows) + "\n", funnel):
            data = text.encode()
            settings = sniff(data)
            import_file(history, store, journey.id, data, settings,
                        propose(read_table(data, settings)).mapping, source="bench.csv")


def baseline(texts: list[str], pages: int, paper: tuple[float, float]) -> float:
    """Seconds for a bare canvas to draw one rectangle and one string per text over ``pages`` pages."""
    register()
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=paper, invariant=1, pageCompression=1)
    per_page = max(1, -(-len(texts) // max(1, pages)))
    for index, text in enumerate(texts):
        if index and index % per_page == 0:
            canvas.showPage()
        spot = index % per_page
        x, y = 20 + (spot % 6) * 90, paper[1] - 40 - (spot // 6 % 60) * 12
        canvas.setFont(FONT, 6)
        canvas.rect(x, y, 85, 10, stroke=1, fill=0)
        canvas.drawString(x + 2, y + 2, text[:30])
    canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def timed(document: Document, reader: object, options: ReportOptions) -> tuple[float, float, bytes]:
    """Wall-clock and CPU seconds of one build (the machine may be shared: CPU time is the steadier)."""
    start, cpu = time.perf_counter(), time.process_time()
    data = build_report(document, reader, options)  # type: ignore[arg-type]
    return time.perf_counter() - start, time.process_time() - cpu, data


def full_report(cards: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        measured_project(path, cards)
        with Store.open(path, read_only=True) as store:
            document = store.load()
            build_report(document, store.data, ReportOptions(sections=("cover",)))
            seconds, cpu, data = timed(document, store.data, ReportOptions(date="1 December 2026"))
            texts = [c.text for c in document.cards(document.journeys()[0].id)]
    pages = len(PdfReader(io.BytesIO(data)).pages)
    bare = baseline(texts, pages, PAPERS["A4"])
    return {"cards": len(texts), "seconds": seconds, "cpu": cpu, "pages": pages, "bytes": len(data),
            "baseline": bare}


def report_cpu(path: Path) -> dict[str, float]:
    """One timed full report of the project at ``path`` (after a cover-only build that loads the fonts)."""
    with Store.open(path, read_only=True) as store:
        document = store.load()
        build_report(document, store.data, ReportOptions(sections=("cover",)))
        seconds, cpu, data = timed(document, store.data, ReportOptions(date="1 December 2026"))
    return {"seconds": seconds, "cpu": cpu, "pages": len(PdfReader(io.BytesIO(data)).pages),
            "bytes": len(data)}


def _child(part: str, code: str, *extra: str) -> float:
    """CPU seconds of one ``--part`` run in a fresh process whose ``journeydesk`` comes from ``code`` ("":
    this tree)."""
    env = {**os.environ, "PYTHONPATH": code}
    child = subprocess.run([sys.executable, __file__, "--part", part, *extra], capture_output=True, text=True,
                           check=True, env=env)
    found = json.loads(child.stdout.splitlines()[-1])
    return found if isinstance(found, float) else found["cpu"]


def against(other: Path, cards: int, poster_cards: int, scale: float, rounds: int) -> None:
    """The full report of one project, the poster and the poster's map alone, each made by this tree's code
    and by ``other``'s in turns: CPU seconds and their ratio, round by round."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        measured_project(path, cards)
        parts = {"full report": ("report", "--project", str(path)),
                 "poster": ("poster", "--poster-cards", str(poster_cards), "--scale", str(scale)),
                 "poster's map alone": ("picture", "--poster-cards", str(poster_cards), "--scale",
                                        str(scale))}
        for label, (part, *extra) in parts.items():
            runs: dict[str, list[float]] = {"other": [], "this": []}
            for _ in range(rounds if part == "report" else max(1, rounds // 2)):
                for name, code in (("other", str(other)), ("this", "")):
                    runs[name].append(_child(part, code, *extra))
            ratios = [this / before for this, before in zip(runs["this"], runs["other"], strict=True)]
            cards_made = cards if part == "report" else poster_cards
            print(f"{label}: other CPU " + ", ".join(f"{cpu:.2f}" for cpu in runs["other"]) +
                  " s; this " + ", ".join(f"{cpu:.2f}" for cpu in runs["this"]) +
                  " s; this/other " + ", ".join(f"{r:.2f}" for r in ratios) +
                  f" (median {statistics.median(ratios):.2f}); this "
                  f"{statistics.median(runs['this']) / cards_made * 1000:.2f} ms/card against "
                  f"{statistics.median(runs['other']) / cards_made * 1000:.2f}")


def poster(cards: int, scale: float) -> dict[str, float]:
    history = History(Document())
    history.do(commands.add_template(history.document, "ecommerce"))
    fill(history, cards)
    document = history.document
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds, cpu, data = timed(document, None, ReportOptions(layout="poster", poster_scale=scale,
                                                             sections=("map",)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pages = len(PdfReader(io.BytesIO(data)).pages)
    texts = [c.text for c in document.cards(document.journeys()[0].id)]
    bare = baseline(texts, pages, PAPERS["A4"])
    return {"cards": len(texts), "seconds": seconds, "cpu": cpu, "pages": pages, "bytes": len(data),
            "baseline": bare, "peak_mb": peak / 1024, "before_mb": before / 1024}


def picture(cards: int, scale: float) -> float:
    """CPU seconds to lay out a poster's map (measuring every card's text) and draw it, once (run in a fresh
    process, so no text has been broken before)."""
    history = History(Document())
    history.do(commands.add_template(history.document, "ecommerce"))
    fill(history, cards)
    register()
    rl_config.shapeChecking = 0  # as during a build
    document = history.document
    start = time.process_time()
    Poster(document, document.journeys()[0], scale, PAPERS["A4"], "A4", "PosterBench").picture  # noqa: B018 - building the picture is what is timed
    return time.process_time() - start


def show(name: str, found: dict[str, float]) -> None:
    print(f"{name}: {found['cards']:,.0f} cards, {found['pages']:.0f} pages, {found['bytes'] / 1e6:.1f} MB, "
          f"{found['seconds']:.2f} s, CPU {found['cpu']:.2f} s "
          f"({found['seconds'] / found['pages'] * 1000:.0f} ms/page, "
          f"{found['seconds'] / found['cards'] * 1000:.2f} ms/card); bare reportlab {found['baseline']:.2f} "
          f"s → {found['seconds'] / found['baseline']:.1f}×")
    if "peak_mb" in found:
        print(
            f"  peak memory (ru_maxrss) {found['peak_mb']:.0f} MB, {found['before_mb']:.0f} MB before the "
            f"build")
    if "picture" in found:
        print(f"  the map alone (layout, measuring card texts, drawing): CPU {found['picture']:.2f} s, "
              f"{found['picture'] / found['cards'] * 1000:.2f} ms/card")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=500)
    parser.add_argument("--poster-cards", type=int, default=5000)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--part", choices=("all", "poster", "picture", "report"), default="all")
    parser.add_argument("--project", type=Path, help="with --part report: the project to report on")
    parser.add_argument("--against", type=Path, help="a folder with another version's journeydesk package")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    if args.part == "report":
        print(json.dumps(report_cpu(args.project)))
        return
    if args.against:
        against(args.against, args.cards, args.poster_cards, args.scale, args.rounds)
        return
    if args.part == "poster":
        print(json.dumps(poster(args.poster_cards, args.scale)))
        return
    if args.part == "picture":
        print(json.dumps(picture(args.poster_cards, args.scale)))
        return
    show("full report with charts (automatic layout, A4)", full_report(args.cards))
    found = {}
    for part in ("poster", "picture"):
        child = subprocess.run([sys.executable, __file__, "--part", part, "--poster-cards",
                                str(args.poster_cards), "--scale", str(args.scale)], capture_output=True,
                               text=True, check=True)
        found[part] = json.loads(child.stdout.splitlines()[-1])
    show(f"poster (map only, A4, scale {args.scale})", {**found["poster"], "picture": found["picture"]})


if __name__ == "__main__":
    main()
