"""Progress of a report for a GUI: story building, then each page of each layout pass, as (done, total)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
LAYOUT = 100
SKETCH = 0.25


class Tracker:
    """Calls ``callback(done, total)`` only when ``done`` grows; ``finish`` makes the one (total, total) call.

    The total is the number of story steps plus LAYOUT units for laying the pages out: the first
    pass, which only sketches, takes SKETCH of them, the drawing pass the rest, page by page
    against the page estimate. The units stop one short of the end until ``finish``, so the
    bar never runs backwards or reaches its end early.
    """

    def __init__(self, callback: Progress | None, steps: int) -> None:
        self.callback = callback
        self.steps = steps
        self.total = steps + LAYOUT
        self.done = 0
        self.pages = 1

    def _report(self, done: int) -> None:
        done = min(done, self.total - 1)
        if self.callback is not None and done > self.done:
            self.done = done
            self.callback(done, self.total)

    def step(self, done: int) -> None:
        """``done`` story steps are built."""
        self._report(min(done, self.steps))

    def expect_pages(self, pages: int) -> None:
        self.pages = max(1, pages)

    def page(self, layout_pass: int, page: int) -> None:
        """Page ``page`` of layout pass ``layout_pass`` (from 1) is laid out."""
        part = min(1.0, page / self.pages)
        share = SKETCH * part if layout_pass == 1 else SKETCH + (1 - SKETCH) * part
        self._report(self.steps + int(LAYOUT * share))

    def finish(self) -> None:
        if self.callback is not None:
            self.done = self.total
            self.callback(self.total, self.total)
