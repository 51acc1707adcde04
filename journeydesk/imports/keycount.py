"""Counting the distinct names in a few columns of a large file fast: fields found and compared with numpy.

Matching needs every distinct stage and touchpoint name of a file and how many rows use it. Made
into Python strings row by row, a million rows take seconds; here the file is read as bytes a
block at a time, the field boundaries of every plain line are found with numpy, the fields are
hashed and grouped there (and compared whole where two share a hash), and only the distinct names
become strings. Lines the fast path cannot read safely (quotes, a wrong number of fields, a quoted
field running over lines) go through the csv module, so the counts are those of reading every record.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import IO

import numpy as np

BLOCK = 1 << 20
MAX_BLOCK = 1 << 26  # a block grows past BLOCK only to finish a quoted field; a runaway quote stops here
# Encodings in which the delimiter, quote and line-feed bytes only ever stand for themselves.
_ASCII_SAFE = {"utf-8", "utf-8-sig", "latin-1", "iso8859-1", "cp1252", "ascii", "cp932", "shift_jis"}
WIDE = 64  # bytes of a field compared in numpy; longer fields are compared as Python bytes


def _hash(cells: np.ndarray, length: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of zero-padded field bytes (WIDE of them) and its length."""
    words = np.ascontiguousarray(cells).view(np.uint64)
    hashes = length.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        for index in range(words.shape[1]):
            hashes ^= words[:, index]
            hashes *= np.uint64(0x100000001B3)
            hashes ^= hashes >> np.uint64(29)
    return hashes


def can_count(encoding: str, delimiter: str, quotechar: str) -> bool:
    """Whether the fast path can read a file of this encoding and dialect."""
    name = codecs.lookup(encoding).name
    safe = name in _ASCII_SAFE or encoding.lower() in _ASCII_SAFE
    if name in ("cp932", "shift_jis") and delimiter == "|":
        return False  # "|" is also the second byte of some Shift_JIS characters
    return safe and len(delimiter.encode()) == 1 and len(quotechar.encode()) <= 1


class KeyCounter:
    """Counts the distinct values of some columns over blocks of whole lines (bytes)."""

    def __init__(self, width: int, columns: Iterable[int], encoding: str, delimiter: str, quotechar: str) -> None:
        self.width = width
        self.columns = sorted(set(columns))
        self.encoding = "utf-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        self.delimiter, self.quotechar = delimiter, quotechar
        self.counts: dict[int, Counter] = {column: Counter() for column in self.columns}
        self._sep = ord(delimiter)
        self._quote = ord(quotechar) if quotechar else -1
        self._names: dict[bytes, str] = {}
        self._seen: dict[int, dict[str, int]] = {column: {} for column in self.columns}
        self._base = 0  # where the current block starts in the file, for the order names are first seen in

    def add(self, block: bytes) -> None:
        """Count the records of ``block``: whole lines, none of them in the middle of a quoted field."""
        data = np.frombuffer(block, dtype=np.uint8)
        ends = np.flatnonzero(data == 10)
        if not len(ends) or ends[-1] != len(block) - 1:
            ends = np.append(ends, len(block))
        lines = len(ends)
        starts = np.concatenate(([0], ends[:-1] + 1))
        seps = np.flatnonzero(data == self._sep)
        line_of_sep = np.searchsorted(ends, seps)
        bad = np.bincount(line_of_sep, minlength=lines) != self.width - 1
        if self._quote >= 0:
            quotes = np.flatnonzero(data == self._quote)
            if len(quotes):
                per_line = np.bincount(np.searchsorted(ends, quotes), minlength=lines)
                # A line with a quote, or one inside a quoted field that runs over lines.
                bad |= (per_line > 0) | ((np.cumsum(per_line) - per_line) % 2 == 1)
        good = np.flatnonzero(~bad)
        if len(good):
            self._count_plain(data, starts[good], ends[good], seps[~bad[line_of_sep]].reshape(-1, self.width - 1))
        if bad.any():
            self._count_with_csv(block, starts, ends, bad)
        self._base += len(block)

    def _count_plain(self, data: np.ndarray, starts: np.ndarray, ends: np.ndarray, seps: np.ndarray) -> None:
        """Fields of plain lines compared whole: each cut to WIDE bytes (zero-padded, its length appended) and
        sorted as raw bytes; longer fields (rare) are compared as Python bytes."""
        padded = np.concatenate((data, np.zeros(WIDE, dtype=np.uint8)))
        windows = np.lib.stride_tricks.sliding_window_view(padded, WIDE)
        offsets = np.arange(WIDE)
        for column in self.columns:
            first = starts if column == 0 else seps[:, column - 1] + 1
            last = ends if column == self.width - 1 else seps[:, column]
            if column == self.width - 1:  # a CR before the line feed is not part of the field
                crlf = (last > first) & (data[np.maximum(last - 1, 0)] == 13)
                last = last - crlf
            length = last - first
            found = self.counts[column]
            seen = self._seen[column]
            long = length > WIDE
            if long.any():
                for begin, end in zip(first[long].tolist(), last[long].tolist(), strict=True):
                    name = self._name(bytes(data[begin:end]))
                    found[name] += 1
                    seen.setdefault(name, self._base + begin)
                first, length = first[~long], length[~long]
            cells = windows[first]
            cells[offsets >= length[:, None]] = 0
            hashes = _hash(cells, length)
            unique, where, inverse, count = np.unique(hashes, return_index=True, return_inverse=True,
                                                      return_counts=True)
            if not np.array_equal(cells, cells[where[inverse]]):  # two names with one hash: compare whole
                keys = np.concatenate((cells, length.astype(np.uint8)[:, None]), axis=1)
                keys = np.ascontiguousarray(keys).view(np.dtype((np.void, WIDE + 1))).ravel()
                unique, where, count = np.unique(keys, return_index=True, return_counts=True)
            for at, n in zip(where.tolist(), count.tolist(), strict=True):
                begin = int(first[at])
                name = self._name(bytes(data[begin:begin + int(length[at])]))
                found[name] += n
                seen[name] = min(seen.get(name, begin + self._base), begin + self._base)

    def ordered(self) -> dict[int, Counter]:
        """The counts, each column's names in the order the file first shows them."""
        return {column: Counter(dict(sorted(found.items(), key=lambda item: self._seen[column].get(item[0], 0))))
                for column, found in self.counts.items()}

    def _name(self, raw: bytes) -> str:
        name = self._names.get(raw)
        if name is None:
            name = self._names[raw] = raw.decode(self.encoding, "replace")
        return name

    def _count_with_csv(self, block: bytes, starts: np.ndarray, ends: np.ndarray, bad: np.ndarray) -> None:
        """The lines the fast path left, read as the csv module reads them.

        Each run of such lines begins and ends outside quoted fields, so the runs joined are whole records.
        """
        lengths = np.diff(np.concatenate(([0], ends + 1)))
        lengths[-1] = len(block) - starts[-1]
        text = np.frombuffer(block, dtype=np.uint8)[np.repeat(bad, lengths)].tobytes()
        if not text.endswith(b"\n"):
            text += b"\n"
        options = {"quotechar": self.quotechar} if self.quotechar else {"quoting": csv.QUOTE_NONE}
        reader = csv.reader(io.StringIO(text.decode(self.encoding, "replace"), newline=""),
                            delimiter=self.delimiter, strict=False, **options)
        width = self.width
        records = []
        try:
            for fields in reader:
                if len(fields) == width or (len(fields) > width and not "".join(fields[width:]).strip()):
                    records.append(fields)
        except csv.Error:
            pass
        for column in self.columns:
            self.counts[column].update(map(itemgetter(column), records))
            at = self._base + int(starts[np.argmax(bad)])
            seen = self._seen[column]
            for fields in records:
                seen.setdefault(fields[column], at)


def count_columns(stream: IO[bytes], skip_lines: int, width: int, columns: Iterable[int], encoding: str,
                  delimiter: str, quotechar: str, cancelled: Callable[[], bool] | None = None) -> dict[int, Counter]:
    """Each column's values and how many records hold them, from line ``skip_lines + 1`` of ``stream`` on.

    Blocks end where a line ends outside a quoted field, so a record is never cut in two.
    """
    counter = KeyCounter(width, columns, encoding, delimiter, quotechar)
    for _ in range(skip_lines):
        if not stream.readline():
            return counter.ordered()
    if skip_lines == 0 and stream.read(3) != codecs.BOM_UTF8:
        stream.seek(0)
    quote = quotechar.encode() if quotechar else b""
    while True:
        block = stream.read(BLOCK)
        if not block:
            break
        if not block.endswith(b"\n"):
            block += stream.readline()
        while quote and block.count(quote) % 2 and len(block) < MAX_BLOCK:  # ends inside a quoted field
            more = stream.readline()
            if not more:
                break
            block += more
        counter.add(block)
        if cancelled is not None and cancelled():
            return {}
    return counter.ordered()


def count_file(path: Path | bytes, skip_lines: int, width: int, columns: Iterable[int], encoding: str,
               delimiter: str, quotechar: str, cancelled: Callable[[], bool] | None = None) -> dict[int, Counter]:
    """``count_columns`` over a file on disk or bytes in memory."""
    stream = path.open("rb") if isinstance(path, Path) else io.BytesIO(path)
    with stream:
        return count_columns(stream, skip_lines, width, columns, encoding, delimiter, quotechar, cancelled)


__all__ = ["BLOCK", "KeyCounter", "can_count", "count_columns", "count_file"]
