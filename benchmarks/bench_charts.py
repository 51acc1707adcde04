"""Benchmark: the charts panel over an imported dataset of many rows (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_charts.py [--rows 1000000] [--csv PATH]
Imports the long-format CSV of bench_import.py into a new project, then:
- times the figure behind the "Over time" chart for one touchpoint (``figures.over_time``: the store's
  sums, each row placed on the map, bucketed per day) against the plain sqlite3 query a hand-written
  chart would run (one GROUP BY day for that card), both on the same file (median of the repeats);
- opens the project in the editor with the charts panel shown ("Over time", NPS), selects one
  touchpoint after another and times each switch: the selection, the figures and redraw, and a
  repaint (median of the switches).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import import_into, touchpoints_of, write_csv

from journeydesk.core.enums import CardKind, MetricKind
from journeydesk.figures import Metric, over_time
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.charts import CHART_KINDS, ChartsPanel


def _median_ms(run, repeats: int = 21) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def figure_vs_sqlite(project: Path) -> tuple[float, float]:
    """Median ms of over_time for one touchpoint, and of the bare sqlite3 GROUP BY it replaces."""
    with Store.open(project, read_only=True) as store:
        document = store.load()
        journey = document.journeys()[0]
        card = next(c for c in document.cards(journey.id) if c.kind == CardKind.TOUCHPOINT)
        nps = Metric("NPS", MetricKind.NPS)
        figure = _median_ms(lambda: over_time(document, store.data, nps, journey.id, scope_id=card.id))
    conn = sqlite3.connect(project)
    try:
        sql = ("SELECT day, SUM(n), SUM(promoters), SUM(detractors) FROM rollups WHERE metric = 'NPS' "
               "AND card_id = ? AND day IS NOT NULL GROUP BY day")
        bare = _median_ms(lambda: conn.execute(sql, (card.id,)).fetchall())
    finally:
        conn.close()
    return figure, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="where to keep the generated CSV (reused when present)")
    parser.add_argument("--switches", type=int, default=21)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        project = create_project(Path(folder) / "charts.journey", "ecommerce")
        csv_path = options.csv or Path(folder) / "long.csv"
        if not csv_path.exists():
            write_csv(csv_path, options.rows, touchpoints_of(project))
        imported = import_into(project, csv_path)
        figure, bare = figure_vs_sqlite(project)
        editor = Editor()
        assert editor.open(project)
        panel = ChartsPanel(editor)
        panel.resize(900, 560)
        panel.show()
        app.processEvents()
        panel.chart_box.setCurrentIndex(CHART_KINDS.index("time"))
        panel.metric_box.setCurrentIndex(panel.metric_box.findText("NPS"))
        cards = [c.id for c in editor.document.cards(editor.journey_id) if c.kind == CardKind.TOUCHPOINT]
        times = []
        for n in range(options.switches):
            start = time.perf_counter()
            editor.select([cards[n % len(cards)]])
            panel.repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
        points = len(panel.points)
        editor.close()
    print(f"{imported['values']:,} values; one touchpoint's NPS per day (figures.over_time): median "
          f"{figure:.1f} ms; bare sqlite3 GROUP BY: {bare:.1f} ms ({figure / bare:.1f}×; target < 50 ms)")
    print(f"{imported['values']:,} values; switching the selected touchpoint with the time chart shown: "
          f"median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms "
          f"({points} points; target < 100 ms)")


if __name__ == "__main__":
    main()
