"""Benchmark: exporting a map as SVG (font embedded, or text as outlines) against PNG at 96 dpi in the same
run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_image_export.py [--cards 2000]
Measures, for the bundled example's Japanese journey and for the e-commerce template filled up to
``--cards`` cards: the time to write a PNG at 96 dpi (the baseline), an SVG with the font subset
embedded, and an SVG with outlines, each the best of three, with the file sizes.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from importlib.resources import files
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_canvas import make_project

from journeydesk.store.store import Store
from journeydesk.ui.export.image_export import export_image
from journeydesk.ui.style.application import application


def best_of_three(document, journey_id: str, path: Path, **options: object) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        export_image(document, journey_id, path, **options)
        times.append(time.perf_counter() - started)
    return min(times)


def measure(label: str, project: Path, journey_name: str | None, folder: Path) -> None:
    with Store.open(project, read_only=True) as store:
        document = store.load()
    journeys = document.journeys()
    journey = next((j for j in journeys if j.name == journey_name), journeys[0])
    cards = len(document.cards(journey.id))
    png = best_of_three(document, journey.id, folder / "map.png", dpi=96)
    print(
        f"{label} ({cards} cards): PNG 96 dpi {png:.2f} s, {(folder / 'map.png').stat().st_size / 1e6:.1f} "
        f"MB")
    for name, outlines in (("SVG, font embedded", False), ("SVG, outlines", True)):
        seconds = best_of_three(document, journey.id, folder / "map.svg", outlines=outlines)
        size = (folder / "map.svg").stat().st_size / 1e6
        print(f"  {name}: {seconds:.2f} s ({seconds / png:.1f}× the PNG), {size:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    options = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        example = files("journeydesk.resources") / "example.journey"
        measure("Example, ECサイト購入ジャーニー", Path(str(example)), "ECサイト購入ジャーニー", work)
        project = work / "big.journey"
        make_project(project, options.cards)
        measure("E-commerce template", project, None, work)


if __name__ == "__main__":
    main()
