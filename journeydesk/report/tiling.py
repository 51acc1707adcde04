"""How a poster is cut into pages: the tile grid, its overlaps and the names of the tiles (A1, A2, B1…)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm

TILE_MARGIN = 15 * mm
OVERLAP = 10 * mm
MAX_TILES = 400


def row_name(row: int) -> str:
    """Rows are lettered like spreadsheet columns: A…Z, AA, AB…"""
    name = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def tile_name(row: int, column: int) -> str:
    return f"{row_name(row)}{column + 1}"


@dataclass(frozen=True, slots=True)
class Tiling:
    """A picture of ``width`` × ``height`` points cut into ``rows`` × ``columns`` pages of ``page``.

    Each page shows a window of the picture ``window`` wide and high, inside a margin of
    TILE_MARGIN; neighbouring windows share OVERLAP points, so a trimmed tile laid on its
    neighbour at the marks continues the picture exactly.
    """

    width: float
    height: float
    page: tuple[float, float]
    rows: int
    columns: int

    @property
    def window(self) -> tuple[float, float]:
        return self.page[0] - 2 * TILE_MARGIN, self.page[1] - 2 * TILE_MARGIN

    @property
    def count(self) -> int:
        return self.rows * self.columns

    @property
    def landscape(self) -> bool:
        return self.page[0] > self.page[1]

    def origin(self, row: int, column: int) -> tuple[float, float]:
        """The picture point (from its top-left corner, y down) at the top-left of a tile's window."""
        w, h = self.window
        return column * (w - OVERLAP), row * (h - OVERLAP)

    def tiles(self) -> list[tuple[int, int]]:
        """(row, column) of every tile in reading order, as numbered ("tile 3 of 12")."""
        return [(r, c) for r in range(self.rows) for c in range(self.columns)]

    def assembled(self) -> tuple[float, float]:
        """The size of the assembled sheet once the overlaps are glued (points)."""
        w, h = self.window
        return (self.columns * (w - OVERLAP) + OVERLAP, self.rows * (h - OVERLAP) + OVERLAP)


def _count(length: float, window: float) -> int:
    step = window - OVERLAP
    return max(1, math.ceil(max(0.0, length - OVERLAP) / step - 1e-9))


def tile(width: float, height: float, paper: tuple[float, float]) -> Tiling:
    """The tiling of a ``width`` × ``height`` picture with the fewest pages; landscape when equal."""
    found = []
    for page in (landscape(paper), portrait(paper)):
        w, h = page[0] - 2 * TILE_MARGIN, page[1] - 2 * TILE_MARGIN
        found.append(Tiling(width, height, page, _count(height, h), _count(width, w)))
    return min(found, key=lambda tiling: tiling.count)
