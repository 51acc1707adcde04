"""CSV cells that spreadsheet programs cannot run as formulas, and a writer that makes every cell so."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO

# Characters a spreadsheet may read as the start of a formula or a DDE command (full-width forms too).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\uff5c")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> str:
    """The cell as text, with a leading ' when it could start a formula; plain numbers stay numbers."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_rows(stream: IO[str], rows: Iterable[Iterable[object]]) -> None:
    """Write ``rows`` (header included) as CSV with every cell made safe."""
    writer = csv.writer(stream, lineterminator="\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


__all__ = ["FORMULA_STARTS", "safe_cell", "write_rows"]
