"""Benchmark: importing a long-format CSV against the sqlite3 shell's .import of the same file.

Run: .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--runs 3] [--csv PATH]
Each run imports the file with the sqlite3 shell (into a table of a new database file) and with
JourneyDesk (into a new project, in a child process so that its peak memory is its own), and
prints both times and their ratio; then the median ratio, and the chart query for one touchpoint
(the charts panel's own query) over the imported rows. ``--csv`` keeps the generated file at
PATH (and reuses it when it is there), so large runs need not write it again.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from journeydesk.core.history import History
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.reader import sniff
from journeydesk.imports.session import import_file
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

STAGES = ("Awareness", "Consideration", "Purchase", "Post-purchase", "Loyalty")
CHANNELS = ("web", "app", "store", "email", "phone")
METRICS = ("NPS", "CSAT", "visits")
MAPPING = Mapping(shape="long", roles={"date": "date", "stage": "stage", "touchpoint": "touchpoint",
                                       "channel": "channel", "metric": "metric", "value": "value"},
                  metric_kinds={"NPS": "nps", "CSAT": "csat", "visits": "count"}, date_order="ymd")


def write_csv(path: Path, rows: int, touchpoints: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "stage", "touchpoint", "channel", "metric", "value"])
        for n in range(rows):
            metric = METRICS[n % 3]
            value = (rng.randint(0, 10) if metric == "NPS" else rng.randint(1, 5) if metric == "CSAT"
                     else rng.randint(1, 900))
            writer.writerow([f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", STAGES[n % 5],
                             touchpoints[n % len(touchpoints)], CHANNELS[n % 5], metric, value])


def touchpoints_of(project: Path) -> list[str]:
    with Store.open(project) as store:
        document = store.load()
        journey = document.journeys()[0]
        return [c.text for c in document.cards(journey.id) if c.kind == "touchpoint"]


def shell_import(csv_path: Path, target: Path) -> float | None:
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    start = time.perf_counter()
    subprocess.run([shell, str(target), ".mode csv", f".import {csv_path} rows"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def import_into(project: Path, csv_path: Path) -> dict[str, float]:
    """Import ``csv_path`` into ``project``: seconds, peak memory of this process (MB), rows and values."""
    store = Store.open(project)
    document = store.load()
    journey = document.journeys()[0]
    with csv_path.open("rb") as head:
        settings = sniff(head.read(1_000_000))
    start = time.perf_counter()
    result = import_file(History(document, store), store, journey.id, csv_path, settings, MAPPING,
                         source=str(csv_path))
    took = time.perf_counter() - start
    store.close()
    return {"seconds": took, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rows": result.check.rows_read, "values": result.dataset.row_count,
            "problems": result.check.problem_count}


def import_in_child(project: Path, csv_path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(project), str(csv_path)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def detect_and_match(project: Path, csv_path: Path) -> dict[str, float]:
    """What the wizard does before its matching page: detect the settings, propose a mapping, count every
    stage and touchpoint name in the file. Seconds for each, and the keys found."""
    from journeydesk.imports.session import ImportSession

    with Store.open(project) as store:
        document = store.load()
        journey = document.journeys()[0]
    session = ImportSession(document, journey.id, csv_path)
    start = time.perf_counter()
    session.detect()
    detected = time.perf_counter()
    counts = session.key_counts()
    counted = time.perf_counter()
    return {"detect": detected - start, "count": counted - detected,
            "keys": sum(len(c) for c in counts.values())}


def chart_query_ms(project: Path, repeats: int = 21) -> float:
    """Median time of the charts panel's query for one touchpoint over time (its NPS per day)."""
    from journeydesk.figures import datasets_for

    with Store.open(project) as store:
        document = store.load()
        journey = document.journeys()[0]
        ids = [d.id for d in datasets_for(document, journey.id)]
        card = next(c for c in document.cards(journey.id) if c.kind == "touchpoint")
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            store.data.sums(ids, "NPS", ("day",), card_ids=[card.id], dated=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--csv", type=Path, help="where to keep the generated CSV (reused when present)")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(import_into(*options.child)))
        return
    with tempfile.TemporaryDirectory() as folder:
        csv_path = options.csv or Path(folder) / "long.csv"
        if not csv_path.exists():
            write_csv(csv_path, options.rows, touchpoints_of(create_project(Path(folder) / "t.journey",
                                                                            "ecommerce")))
        print(f"{csv_path.stat().st_size / 1e6:.0f} MB file")
        ratios = []
        for run in range(options.runs):
            baseline = shell_import(csv_path, Path(folder) / f"shell{run}.db")
            project = create_project(Path(folder) / f"bench{run}.journey", "ecommerce")
            ours = import_in_child(project, csv_path)
            line = (f"run {run + 1}: {ours['rows']:,} rows, {ours['values']:,} values, {ours['problems']} "
                    f"problems: import {ours['seconds']:.2f} s, peak memory {ours['peak_mb']:.0f} MB")
            if baseline is not None:
                ratios.append(ours["seconds"] / baseline)
                line += f"; sqlite3 .import {baseline:.2f} s; ratio {ratios[-1]:.2f}x"
            print(line, flush=True)
        if ratios:
            print(f"median ratio {statistics.median(ratios):.2f}x (target ≤ 1.2x)")
        else:
            print("sqlite3 shell not installed: no baseline (apt install sqlite3)", file=sys.stderr)
        print(f"chart query, one touchpoint's NPS per day: {chart_query_ms(project):.1f} ms (target < 50 ms)")
        found = detect_and_match(project, csv_path)
        print(f"wizard: detect {found['detect'] * 1000:.0f} ms, count and match {found['keys']} names "
              f"{found['count'] * 1000:.0f} ms, together {(found['detect'] + found['count']) * 1000:.0f} ms "
              f"(target < 1000 ms)")


if __name__ == "__main__":
    main()
