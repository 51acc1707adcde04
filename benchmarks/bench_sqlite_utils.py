"""Benchmark: bulk rows written with the standard sqlite3 module's executemany against sqlite-utils'
insert_all.

The store writes imported rows with executemany over tuples (`store/bulk.py`). This measures what
sqlite-utils would cost on the same rows, building the dicts it needs included, in the same run.
sqlite-utils is not a dependency of the app; install it into the environment to run this.

Run: .venv/bin/python benchmarks/bench_sqlite_utils.py [--rows 200000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time

COLUMNS = ("id", "key", "value", "day")


def _rows(count: int) -> list[tuple[int, int, float, str]]:
    return [(i, i % 500, i * 0.5, f"2026-01-{i % 28 + 1:02d}") for i in range(count)]


def _plain(rows: list[tuple[int, int, float, str]]) -> float:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, key INTEGER, value REAL, day TEXT)")
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO r VALUES (?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _sqlite_utils(rows: list[tuple[int, int, float, str]]) -> float:
    import sqlite_utils

    db = sqlite_utils.Database(memory=True)
    db["r"].create({"id": int, "key": int, "value": float, "day": str}, pk="id")
    start = time.perf_counter()
    db["r"].insert_all((dict(zip(COLUMNS, row, strict=True)) for row in rows), batch_size=10_000)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    try:
        import sqlite_utils  # noqa: F401 - only checks that it is installed
    except ImportError:
        print("sqlite-utils is not installed: pip install sqlite-utils", file=sys.stderr)
        return 2
    rows = _rows(args.rows)
    plain, other = [], []
    for _ in range(args.repeats):
        plain.append(_plain(rows))
        other.append(_sqlite_utils(rows))
    p, s = statistics.median(plain), statistics.median(other)
    print(f"{args.rows:,} rows: executemany {p:.3f} s, sqlite-utils insert_all {s:.3f} s ({s / p:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
