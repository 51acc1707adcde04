"""Benchmark: the charts panel over an imported dataset of many rows (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_charts.py [--rows 1000000] [--csv PATH]
Imports the long-format CSV of bench_import.py into a new project, opens it in the editor with
the charts panel shown ("Over time", NPS), then selects one touchpoint after another and times
each switch: the selection, the panel's query and redraw, and a repaint (median of the switches).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import import_into, touchpoints_of, write_csv  # noqa: E402

from journeydesk.core.model import CardKind  # noqa: E402
from journeydesk.store.new_project import create_project  # noqa: E402
from journeydesk.ui.charts import ChartsPanel  # noqa: E402
from journeydesk.ui.editor import Editor  # noqa: E402


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
        editor = Editor()
        assert editor.open(project)
        panel = ChartsPanel(editor)
        panel.resize(900, 560)
        panel.show()
        app.processEvents()
        panel.set_chart("time")
        panel.set_metric("NPS")
        cards = [c.id for c in editor.document.cards(editor.journey_id) if c.kind == CardKind.TOUCHPOINT]
        times = []
        for n in range(options.switches):
            start = time.perf_counter()
            editor.select([cards[n % len(cards)]])
            panel.repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
        points = len(panel.plotted())
        editor.close()
    print(f"{imported['values']:,} values; switching the selected touchpoint with the time chart shown: "
          f"median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms "
          f"({points} points; target < 100 ms)")


if __name__ == "__main__":
    main()
