"""Benchmark: how long Export ▸ Image… holds the window, drawing on the GUI thread against the worker, same
run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_image_export_block.py [--cards 2000]
A window shows the e-commerce template filled up to ``--cards`` cards while a 10 ms timer ticks. For a
PNG at 96 dpi and an SVG, it measures the longest time between two ticks (the longest the window
could not repaint or take a click) and the time until the file is written: first with the image
drawn on the GUI thread (``export_image`` called there, as the menu did before: the baseline), then
through the menu action, which writes the image on a worker thread under a progress dialog (with the
time the action took to return: the dialog's answer, the copy of the project, the worker started).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_canvas import make_project
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from journeydesk.ui.export.image_export import ImageExportDialog, export_image
from journeydesk.ui.style.application import application
from journeydesk.ui.window.main_window import MainWindow


class Ticks:
    """A 10 ms timer and the longest gap between its ticks while ``run`` waits for ``done``."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def run(self, start, done) -> tuple[float, float]:
        """Longest gap between ticks and the time to ``done``, in seconds."""
        app = QApplication.instance()
        self.timer.start(10)
        app.processEvents()
        began = time.perf_counter()
        self.times = [began]
        start()
        while not done():
            app.processEvents()
            time.sleep(0.001)
        ended = time.perf_counter()
        self.times.append(ended)
        self.timer.stop()
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False)), ended - began


def measure(window: MainWindow, folder: Path, name: str, dpi: int) -> None:
    ticks = Ticks()
    document, journey_id = window.editor.document, window.editor.journey_id
    before = folder / f"before-{name}"
    block_before, total_before = ticks.run(lambda: export_image(document, journey_id, before, dpi=dpi),
                                           before.exists)
    after = folder / f"after-{name}"

    def answer(dialog: ImageExportDialog) -> int:
        dialog.path.setText(str(after))
        dialog.resolution.setCurrentIndex(dialog.resolution.findData(dpi))
        return QDialog.DialogCode.Accepted

    ImageExportDialog.exec = answer
    started: list[float] = []

    def trigger() -> None:
        began = time.perf_counter()
        window.actions_by_name["export_image"].trigger()
        started.append(time.perf_counter() - began)

    block_after, total_after = ticks.run(trigger, lambda: window.image_export is None and after.exists())
    same = before.read_bytes() == after.read_bytes()
    print(f"{name}: window held {block_before:.2f} s on the GUI thread (baseline), {block_after * 1000:.0f} "
          f"ms with the worker ({block_after / block_before:.3f}× the baseline; the menu action returned "
          f"after {started[0] * 1000:.0f} ms); written after "
          f"{total_before:.2f} s and {total_after:.2f} s ({total_after / total_before:.2f}×); same bytes: "
          f"{same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    options = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
        project = work / "big.journey"
        make_project(project, options.cards)
        window = MainWindow(remember_layout=False)
        window.resize(1400, 860)
        window.show()
        window.open_path(project)
        QApplication.instance().processEvents()
        print(f"{len(window.editor.document.cards(window.editor.journey_id))} cards")
        measure(window, work, "map.png", 96)
        measure(window, work, "map.svg", 96)
        window.close()


if __name__ == "__main__":
    main()
