"""Benchmark: the map canvas at 2,000 and 10,000 cards, against an empty journey in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py [--cards 2000 10000]
Measures: open file → first painted frame (at the first view); full repaint at "fit" zoom (median),
right after the overview picture is invalidated and after a real edit (a card's colour), and at 20 %
where every visible item paints itself (below 15 % one pre-rendered picture is shown); one drag step
of 10 selected cards (mouse-move handling plus the repaint it causes, median).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeydesk.core.document import Change, Edit  # noqa: E402
from journeydesk.core.history import History  # noqa: E402
from journeydesk.core.model import Card, CardKind, LaneKind, new_id  # noqa: E402
from journeydesk.store.new_project import create_project  # noqa: E402
from journeydesk.store.store import Store  # noqa: E402
from journeydesk.ui.app import application  # noqa: E402
from journeydesk.ui.main_window import MainWindow  # noqa: E402


def make_project(path: Path, cards: int) -> None:
    """The e-commerce template, with its cells filled up to ``cards`` cards in all."""
    create_project(path, "ecommerce")
    with Store.open(path) as store:
        doc = store.load()
        journey = doc.journeys()[0]
        cells = [(s.id, lane.id) for s in doc.stages(journey.id) for lane in doc.lanes(journey.id)
                 if lane.kind != LaneKind.EMOTIONS]
        existing = len(doc.cards(journey.id))
        counts = {cell: len(doc.cell(*cell)) for cell in cells}
        batch = []
        for n in range(max(0, cards - existing)):
            cell = cells[n % len(cells)]
            batch.append(Card(new_id(), journey.id, cell[0], cell[1], CardKind.NOTE,
                              f"Generated card {n}: a sticky note with a few words", position=counts[cell]))
            counts[cell] += 1
        if batch:
            History(doc, store).do(Edit("bulk", tuple(Change(None, c) for c in batch)))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(path: Path, repeats: int) -> dict[str, float]:
    app = QApplication.instance()
    window = MainWindow(remember_layout=False)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    viewport = window.map.view.viewport()
    start = time.perf_counter()
    window.open_path(path)
    viewport.repaint()
    first_frame = time.perf_counter() - start
    window.map.view.fit_journey()
    app.processEvents()
    repaints = []
    for _ in range(repeats):
        start = time.perf_counter()
        viewport.repaint()
        repaints.append(time.perf_counter() - start)
    zoom = window.map.view.zoom()
    rebuilt = []
    for _ in range(repeats):
        window.map.scene.revision += 1
        start = time.perf_counter()
        viewport.repaint()
        rebuilt.append(time.perf_counter() - start)
    edited = edit_repaints(window, repeats)
    window.map.view.set_zoom(0.2)
    app.processEvents()
    items_repaints = []
    for _ in range(repeats):
        start = time.perf_counter()
        viewport.repaint()
        items_repaints.append(time.perf_counter() - start)
    drag = drag_steps(window, repeats)
    window.editor.close()
    window.close()
    app.processEvents()
    return {"first_frame": first_frame * 1000, "fit_repaint": median_ms(repaints), "drag_step": drag,
            "zoom": zoom, "items_repaint": median_ms(items_repaints),
            "rebuilt_repaint": median_ms(rebuilt), "edit_repaint": edited}


def edit_repaints(window: MainWindow, repeats: int) -> float:
    """Median ms of the repaint at "fit" zoom after an edit (a card's colour), the overview redrawn."""
    from journeydesk.core import commands

    document, journey_id = window.editor.document, window.editor.journey_id
    cards = document.cards(journey_id)
    if not cards:
        return window.map.view.viewport().repaint() or 0.0
    samples = []
    for n in range(repeats):
        card = cards[n % len(cards)]
        window.editor.run(lambda d, c=card, n=n: commands.update_card(d, c.id, color=f"#ff{n % 100:02d}00"))
        start = time.perf_counter()
        window.map.view.viewport().repaint()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def drag_steps(window: MainWindow, steps: int) -> float:
    """Median ms of one mouse move while dragging 10 selected cards, including the repaint."""
    view = window.map.view
    scene = window.map.scene
    view.actual_size()
    items = list(scene.cards.values())[:10]
    if not items:
        return 0.0
    for item in items:
        item.setSelected(True)
    view.centerOn(items[0])
    QApplication.processEvents()
    viewport = view.viewport()
    press = view.mapFromScene(items[0].sceneBoundingRect().center())
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(press), viewport.mapToGlobal(QPointF(press)),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier))
    samples = []
    for step in range(1, steps + 1):
        point = QPointF(press) + QPointF(step * 3, step)
        event = QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        viewport.repaint()
        samples.append(time.perf_counter() - start)
    window.map.scene.reconcile()
    return median_ms(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--repeats", type=int, default=15)
    options = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.journey"
        create_project(empty, "blank")
        baseline = measure(empty, options.repeats)
        print(f"baseline (blank journey, no cards): first frame {baseline['first_frame']:.1f} ms, "
              f"fit repaint {baseline['fit_repaint']:.2f} ms")
        for count in options.cards:
            path = Path(folder) / f"cards{count}.journey"
            make_project(path, count)
            figures = measure(path, options.repeats)
            print(f"{count} cards: open → first frame {figures['first_frame']:.0f} ms "
                  f"({figures['first_frame'] / baseline['first_frame']:.1f}× baseline); "
                  f"fit repaint median {figures['fit_repaint']:.1f} ms at zoom {figures['zoom']:.0%} "
                  f"({figures['fit_repaint'] / baseline['fit_repaint']:.1f}× baseline); "
                  f"fit repaint after a change (overview redrawn) {figures['rebuilt_repaint']:.1f} ms "
                  f"({figures['rebuilt_repaint'] / baseline['rebuilt_repaint']:.1f}× baseline); "
                  f"fit repaint after an edit {figures['edit_repaint']:.1f} ms "
                  f"({figures['edit_repaint'] / baseline['rebuilt_repaint']:.1f}× baseline); "
                  f"repaint at 20 % (items, no overview) {figures['items_repaint']:.1f} ms "
                  f"({figures['items_repaint'] / baseline['items_repaint']:.1f}× baseline); "
                  f"drag step (10 cards) median {figures['drag_step']:.2f} ms")


if __name__ == "__main__":
    main()
