"""Benchmark: importing a long-format CSV against the sqlite3 shell's .import of the same file.

Run: .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--csv PATH]
Prints the import time, the ratio to `sqlite3 .import` (when the shell is installed), peak
memory of the import, and a chart query for one touchpoint. ``--csv`` keeps the generated file
at PATH (and reuses it when it is there), so large runs need not write it again.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from journeydesk.core.history import History
from journeydesk.csv_import import sniff
from journeydesk.data_import import Mapping, import_file
from journeydesk.store.datasets import aggregate
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

STAGES = ("Awareness", "Consideration", "Purchase", "Post-purchase", "Loyalty")
CHANNELS = ("web", "app", "store", "email", "phone")
METRICS = ("NPS", "CSAT", "visits")


def write_csv(path: Path, rows: int, touchpoints: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "stage", "touchpoint", "channel", "metric", "value"])
        for n in range(rows):
            metric = METRICS[n % 3]
            value = rng.randint(0, 10) if metric == "NPS" else rng.randint(1, 5) if metric == "CSAT" else rng.randint(1, 900)
            writer.writerow([f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", STAGES[n % 5],
                             touchpoints[n % len(touchpoints)], CHANNELS[n % 5], metric, value])


def shell_import(csv_path: Path, target: Path) -> float | None:
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    start = time.perf_counter()
    subprocess.run([shell, str(target), ".mode csv", f".import {csv_path} rows"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="where to keep the generated CSV (reused when present)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = create_project(Path(folder) / "bench.journey", "ecommerce")
        store = Store.open(project)
        document = store.load()
        journey = document.journeys()[0]
        touchpoints = [c.text for c in document.cards(journey.id) if c.kind == "touchpoint"]
        csv_path = options.csv or Path(folder) / "long.csv"
        if not csv_path.exists():
            write_csv(csv_path, options.rows, touchpoints)
        size_mb = csv_path.stat().st_size / 1e6
        baseline = shell_import(csv_path, Path(folder) / "shell.db")
        mapping = Mapping(shape="long", roles={"date": "date", "stage": "stage", "touchpoint": "touchpoint",
                                               "channel": "channel", "metric": "metric", "value": "value"},
                          metric_kinds={"NPS": "nps", "CSAT": "csat", "visits": "count"}, date_order="ymd")
        with csv_path.open("rb") as head:
            settings = sniff(head.read(1_000_000))
        before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        result = import_file(History(document, store), store.conn, journey.id, csv_path, settings, mapping,
                             source=str(csv_path))
        took = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        card = next(c for c in document.cards(journey.id) if c.kind == "touchpoint")
        query_times = []
        for _ in range(5):
            t0 = time.perf_counter()
            store.conn.execute(
                "SELECT day, SUM(n), SUM(total) FROM rollups WHERE dataset_id = ? AND metric = 'NPS' "
                "AND card_id = ? GROUP BY day", (result.dataset.id, card.id)).fetchall()
            query_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        aggregate(store.conn, [result.dataset.id], "NPS", "touchpoint")
        by_touchpoint = time.perf_counter() - t0
        store.close()
    print(f"{result.check.rows_read:,} rows ({size_mb:.0f} MB): import {took:.2f} s, {result.dataset.row_count:,} values, "
          f"peak memory {peak_mb:.0f} MB (before {before_kb / 1024:.0f} MB)")
    if baseline is not None:
        print(f"sqlite3 .import of the same file: {baseline:.2f} s; ratio {took / baseline:.2f}x (target ≤ 1.5x)")
    else:
        print("sqlite3 shell not installed: no baseline (apt install sqlite3)", file=sys.stderr)
    print(f"chart query, one touchpoint over time: {min(query_times) * 1000:.1f} ms (target < 50 ms); "
          f"NPS by touchpoint: {by_touchpoint * 1000:.1f} ms")


if __name__ == "__main__":
    main()
