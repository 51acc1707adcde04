"""Benchmark: the map canvas at 2,000 and 10,000 cards, against an empty journey in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py [--cards 2000 10000]
Measures: open file → first painted frame (at the first view) and → every card made (a journey of
more than 8,000 cards makes those out of first sight right after the first frame); full repaint at "fit" zoom
(median), right after the overview picture is invalidated and after a real edit (a card's colour), and at 20 %
where every visible item paints itself (below 15 % one pre-rendered picture is shown); one drag step
of 10 selected cards (mouse-move handling plus the repaint of the whole viewport, and plus the
repaint of what the move made dirty as the event loop does it, medians); the same 2,000-card journey
with 1,000 links against it without links.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journeydesk.core.document import Change, Edit
from journeydesk.core.entity import new_id
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Card
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store
from journeydesk.ui.style.application import application
from journeydesk.ui.window.main_window import MainWindow


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
    while window.map.scene.later_cards.waiting:  # cards out of first sight are made right after
        app.processEvents()
    every_card = time.perf_counter() - start
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
    dirty_drag = drag_steps(window, repeats, whole_viewport=False)
    window.editor.close()
    window.close()
    app.processEvents()
    return {"first_frame": first_frame * 1000, "every_card": every_card * 1000,
            "fit_repaint": median_ms(repaints), "drag_step": drag,
            "dirty_drag_step": dirty_drag,
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


def drag_steps(window: MainWindow, steps: int, *, whole_viewport: bool = True) -> float:
    """Median ms of one mouse move while dragging 10 selected cards, including the repaint: of the
    whole viewport, or (``whole_viewport=False``) of what the move made dirty, as the event loop paints it."""
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
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        if whole_viewport:
            viewport.repaint()
        else:  # what the event loop does next: the scene's queued dirty items, then the frame's paint
            QApplication.processEvents()
            QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        samples.append(time.perf_counter() - start)
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseButtonRelease, QPointF(press), viewport.mapToGlobal(QPointF(press)),
        Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
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
                  f"({figures['first_frame'] / baseline['first_frame']:.1f}× baseline), "
                  f"every card made {figures['every_card']:.0f} ms after opening; "
                  f"fit repaint median {figures['fit_repaint']:.1f} ms at zoom {figures['zoom']:.0%} "
                  f"({figures['fit_repaint'] / baseline['fit_repaint']:.1f}× baseline); "
                  f"fit repaint after a change (overview redrawn) {figures['rebuilt_repaint']:.1f} ms "
                  f"({figures['rebuilt_repaint'] / baseline['rebuilt_repaint']:.1f}× baseline); "
                  f"fit repaint after an edit {figures['edit_repaint']:.1f} ms "
                  f"({figures['edit_repaint'] / baseline['rebuilt_repaint']:.1f}× baseline); "
                  f"repaint at 20 % (items, no overview) {figures['items_repaint']:.1f} ms "
                  f"({figures['items_repaint'] / baseline['items_repaint']:.1f}× baseline); "
                  f"drag step (10 cards) median {figures['drag_step']:.2f} ms with the whole viewport "
                  f"repainted, {figures['dirty_drag_step']:.2f} ms as the event loop paints it")
        links_case(Path(folder), options.repeats)


def add_links(path: Path, count: int) -> None:
    """``count`` flow links as maps have them: mostly from a card to the card in the same place of the
    next stage's cell, every fourth one to a card of the next lane instead (a blueprint line)."""
    from journeydesk.core.model import Link

    with Store.open(path) as store:
        doc = store.load()
        journey = doc.journeys()[0]
        stages, lanes = doc.stages(journey.id), [x for x in doc.lanes(journey.id)
                                                 if x.kind != LaneKind.EMOTIONS]
        links = []
        n = 0
        while len(links) < count and n < 100 * count:
            stage, lane = n % (len(stages) - 1), (n // (len(stages) - 1)) % len(lanes)
            place = n // ((len(stages) - 1) * len(lanes))
            n += 1
            source = doc.cell(stages[stage].id, lanes[lane].id)
            next_lane = lanes[
                lane + 1 if lane + 1 < len(lanes) else lane - 1] if len(links) % 4 == 3 else lanes[lane]
            target = doc.cell(stages[stage + 1].id, next_lane.id)
            if place < len(source) and place < len(target):
                links.append(Link(new_id(), journey.id, source[place].id, target[place].id))
        History(doc, store).do(Edit("links", tuple(Change(None, link) for link in links)))


def links_case(folder: Path, repeats: int, cards: int = 2000, links: int = 1000) -> None:
    """A journey of ``cards`` cards with and without ``links`` links, in the same run: drag step,
    repaint at 20 % and the time a change takes to reach the scene (layout, routes, items)."""
    plain = folder / f"links-baseline-{cards}.journey"
    make_project(plain, cards)
    linked = folder / f"links-{cards}-{links}.journey"
    make_project(linked, cards)
    add_links(linked, links)
    without, with_links = measure(plain, repeats), measure(linked, repeats)
    without["reconcile"], with_links["reconcile"] = (reconcile_ms(plain, repeats),
                                                     reconcile_ms(linked, repeats))
    print(f"{cards} cards with {links} links (against the same journey without links): "
          f"drag step (10 cards) median {with_links['drag_step']:.2f} ms ({without['drag_step']:.2f} ms "
          f"without, {with_links['drag_step'] / without['drag_step']:.2f}×; target < 8 ms), "
          f"as the event loop paints it {with_links['dirty_drag_step']:.2f} ms "
          f"({without['dirty_drag_step']:.2f} ms without); "
          f"repaint at 20 % {with_links['items_repaint']:.1f} ms ({without['items_repaint']:.1f} ms without, "
          f"{with_links['items_repaint'] / without['items_repaint']:.2f}×; target < 15 ms); "
          f"scene update after an edit {with_links['reconcile']:.1f} ms ({without['reconcile']:.1f} ms "
          f"without, {with_links['reconcile'] / without['reconcile']:.2f}×); "
          f"open → first frame {with_links['first_frame']:.0f} ms ({without['first_frame']:.0f} ms without)")


def reconcile_ms(path: Path, repeats: int) -> float:
    """Median ms for the scene to catch up with an edit that moves one card (layout, routes, items)."""
    from journeydesk.ui.canvas.scene import JourneyScene

    with Store.open(path) as store:
        doc = store.load()
        journey = doc.journeys()[0]
        scene = JourneyScene()
        scene.show_journey(doc, journey.id)
        history = History(doc, store)
        card = sorted(doc.cards(journey.id), key=lambda c: c.id)[0]
        samples = []
        for n in range(repeats):
            history.do(Edit("move", (Change(doc.get(Card, card.id), replace(
                doc.get(Card, card.id), position=n % 2 + 999)),)))
            start = time.perf_counter()
            scene.reconcile()
            samples.append(time.perf_counter() - start)
        return median_ms(samples)


if __name__ == "__main__":
    main()
