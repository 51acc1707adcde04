"""Progress of a report for a GUI: story building, then each page of each layout pass, as (done, total)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
LAYOUT = 100


class Tracker:
    """Calls ``callback(done, total)`` only when ``done`` grows; ``finish`` makes the one (total, total) call.

    The total is the number of story steps plus LAYOUT units for laying the pages out. Layout
    passes are counted against ``passes`` expected ones and the page estimate; the units stop one
    short of the end until ``finish``, so the bar never runs backwards or reaches its end early.
    """

    def __init__(self, callback: Progress | None, steps: int, passes: int = 2) -> None:
        self.callback = callback
        self.steps = steps
        self.total = steps + LAYOUT
        self.passes = passes
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
        share = (layout_pass - 1 + min(1.0, page / self.pages)) / self.passes
        self._report(self.steps + int(LAYOUT * min(share, 1.0)))

    def finish(self) -> None:
        if self.callback is not None:
            self.done = self.total
            self.callback(self.total, self.total)
