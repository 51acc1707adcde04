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
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from operator import itemgetter
from pathlib import Path
from typing import IO

import numpy as np

BLOCK = 1 << 20
THREADS = 2
MAX_BLOCK = 1 << 26  # a block grows past BLOCK only to finish a quoted field; a runaway quote stops here
# Encodings in which the delimiter, quote and line-feed bytes only ever stand for themselves.
_ASCII_SAFE = {"utf-8", "utf-8-sig", "latin-1", "iso8859-1", "cp1252", "ascii", "cp932", "shift_jis"}
WIDE = 64  # bytes of a field compared in numpy; longer fields are compared as Python bytes


def _word_masks(words: int) -> np.ndarray:
    """For a field of each length 0…WIDE, the masks of ``words`` 8-byte words that keep its bytes only."""
    keep = (np.arange(words * 8)[None, :] < np.arange(WIDE + 1)[:, None]).astype(np.uint8) * np.uint8(255)
    return np.ascontiguousarray(keep).view(np.uint64)


_MASKS = {words: _word_masks(words) for words in range(1, WIDE // 8 + 1)}


def _hash(words: np.ndarray, length: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of masked 8-byte words and its length."""
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


Found = list[tuple[int, "bytes | str", int, int]]  # (column, raw bytes or text, records, where first seen)


class KeyCounter:
    """Counts the distinct values of some columns over blocks of whole lines (bytes).

    ``scan`` reads one block and touches nothing shared, so blocks can be scanned on several threads
    (numpy lets go of the GIL for the heavy work); ``merge`` adds a block's findings, in file order.
    """

    def __init__(self, width: int, columns: Iterable[int], encoding: str, delimiter: str,
                 quotechar: str) -> None:
        self.width = width
        self.columns = sorted(set(columns))
        self.encoding = "utf-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        self.delimiter, self.quotechar = delimiter, quotechar
        self.counts: dict[int, Counter] = {column: Counter() for column in self.columns}
        self._sep = ord(delimiter)
        self._quote = ord(quotechar) if quotechar else -1
        self._names: dict[bytes, str] = {}
        self._seen: dict[int, dict[str, int]] = {column: {} for column in self.columns}

    def scan(self, block: bytes, base: int) -> Found:
        """The values found in ``block`` (whole lines, none in the middle of a quoted field), which starts at
        byte ``base`` of the file."""
        data = np.frombuffer(block, dtype=np.uint8)
        marks = np.flatnonzero((data == 10) | (data == self._sep))  # delimiters and line ends, in order
        if not block.endswith(b"\n"):
            marks = np.append(marks, len(block))
        quotes = np.flatnonzero(data == self._quote) if self._quote >= 0 else marks[:0]
        if len(quotes):
            # A delimiter or line feed inside a quoted field is no boundary (the blocks start outside quotes).
            marks = marks[np.searchsorted(quotes, marks) % 2 == 0]
        is_end = data[np.minimum(marks, len(block) - 1)] == 10
        is_end[-1] = True
        at_end = np.flatnonzero(is_end)
        ends = marks[at_end]
        lines = len(ends)
        starts = np.concatenate(([0], ends[:-1] + 1))
        bad = np.diff(at_end, prepend=-1) != self.width  # delimiters of the record, plus its end
        if len(quotes):
            bad[np.searchsorted(ends, quotes[~self._at_edges(data, quotes)])] = True
        found: Found = []
        good = np.flatnonzero(~bad)
        if len(good):
            grid = marks.reshape(-1, self.width) if len(good) == lines else \
                marks[np.repeat(~bad, np.diff(at_end, prepend=-1))].reshape(-1, self.width)
            found += self._plain(data, starts[good], ends[good], grid[:, :-1], base, quoted=bool(len(quotes)))
        if bad.any():
            found += self._with_csv(block, starts, ends, bad, base)
        return found

    def merge(self, found: Found) -> None:
        for column, key, n, at in found:
            name = key if isinstance(key, str) else self._name(key)
            self.counts[column][name] += n
            seen = self._seen[column]
            if at < seen.get(name, at + 1):
                seen[name] = at

    def _at_edges(self, data: np.ndarray, quotes: np.ndarray) -> np.ndarray:
        """Whether each quote opens (the even ones) or closes (the odd ones) a whole field.

        A doubled quote, or a quote inside a field, is not such a quote: its record is left to the csv module.
        """
        size = len(data)
        before = data[np.maximum(quotes - 1, 0)]
        after = data[np.minimum(quotes + 1, size - 1)]
        opens = ((quotes == 0) | (before == self._sep) | (before == 10)) & (after != self._quote)
        closes = (((quotes == size - 1) | (after == self._sep) | (after == 10) | (after == 13))
                  & (before != self._quote))
        return np.where(np.arange(len(quotes)) % 2 == 0, opens, closes)

    def _plain(self, data: np.ndarray, starts: np.ndarray, ends: np.ndarray, seps: np.ndarray, base: int, *,
               quoted: bool = False) -> Found:
        """Fields of plain lines grouped by their bytes: each read as up to WIDE bytes in 8-byte words (the
        bytes after its end masked off), hashed, grouped, and compared whole where two share a hash; longer
        fields (rare) are compared as Python bytes."""
        padded = np.concatenate((data, np.zeros(WIDE, dtype=np.uint8)))
        found: Found = []
        for column in self.columns:
            first = starts if column == 0 else seps[:, column - 1] + 1
            last = ends if column == self.width - 1 else seps[:, column]
            if column == self.width - 1:  # a CR before the line feed is not part of the field
                crlf = (last > first) & (data[np.maximum(last - 1, 0)] == 13)
                last = last - crlf
            if quoted:  # a field in quotes is what the quotes hold
                wrapped = ((last - first >= 2) & (data[np.minimum(first, len(data) - 1)] == self._quote)
                           & (data[np.maximum(last - 1, 0)] == self._quote))
                first, last = first + wrapped, last - wrapped
            length = last - first
            long = length > WIDE
            if long.any():
                found += [(column, bytes(data[begin:end]), 1, base + begin)
                          for begin, end in zip(first[long].tolist(), last[long].tolist(), strict=True)]
                first, length = first[~long], length[~long]
            if not len(first):
                continue
            width = max(8, -(-int(length.max()) // 8) * 8)  # as few words as the longest field needs
            windows = np.lib.stride_tricks.sliding_window_view(padded, width)
            words = np.ascontiguousarray(windows[first]).view(np.uint64) & _MASKS[width // 8][length]
            hashes = _hash(words, length)
            _, where, inverse, count = np.unique(hashes, return_index=True, return_inverse=True,
                                                 return_counts=True)
            if not np.array_equal(words, words[where[inverse]]):  # two names with one hash: compare whole
                keys = np.concatenate((words, length.astype(np.uint64)[:, None]), axis=1)
                keys = np.ascontiguousarray(keys).view(np.dtype((np.void, keys.shape[1] * 8))).ravel()
                _, where, count = np.unique(keys, return_index=True, return_counts=True)
            for at, n in zip(where.tolist(), count.tolist(), strict=True):
                begin = int(first[at])
                found.append((column, bytes(data[begin:begin + int(length[at])]), n, base + begin))
        return found

    def ordered(self) -> dict[int, Counter]:
        """The counts, each column's names in the order the file first shows them."""
        return {column: Counter(dict(sorted(found.items(),
                                            key=lambda item: self._seen[column].get(item[0], 0))))
                for column, found in self.counts.items()}

    def _name(self, raw: bytes) -> str:
        name = self._names.get(raw)
        if name is None:
            name = self._names[raw] = raw.decode(self.encoding, "replace")
        return name

    def _with_csv(self, block: bytes, starts: np.ndarray, ends: np.ndarray, bad: np.ndarray,
                  base: int) -> Found:
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
        at = base + int(starts[np.argmax(bad)])
        return [(column, name, n, at) for column in self.columns
                for name, n in Counter(map(itemgetter(column), records)).items()]


def _blocks(stream: IO[bytes], quote: bytes) -> Iterator[tuple[bytes, int]]:
    """Blocks of whole records and where each starts in the stream (from its position now)."""
    base = stream.tell()
    while True:
        block = stream.read(BLOCK)
        if not block:
            return
        if not block.endswith(b"\n"):
            block += stream.readline()
        while quote and block.count(quote) % 2 and len(block) < MAX_BLOCK:  # ends inside a quoted field
            more = stream.readline()
            if not more:
                break
            block += more
        yield block, base
        base += len(block)


def count_columns(stream: IO[bytes], skip_lines: int, width: int, columns: Iterable[int], encoding: str,
                  delimiter: str, quotechar: str,
                  cancelled: Callable[[], bool] | None = None) -> dict[int, Counter]:
    """Each column's values and how many records hold them, from line ``skip_lines + 1`` of ``stream`` on.

    Blocks end where a line ends outside a quoted field, so a record is never cut in two. Two threads
    scan blocks side by side; their findings are merged in file order.
    """
    counter = KeyCounter(width, columns, encoding, delimiter, quotechar)
    for _ in range(skip_lines):
        if not stream.readline():
            return counter.ordered()
    if skip_lines == 0 and stream.read(3) != codecs.BOM_UTF8:
        stream.seek(0)
    pending: deque[Future] = deque()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        for block, base in _blocks(stream, quotechar.encode() if quotechar else b""):
            pending.append(pool.submit(counter.scan, block, base))
            while len(pending) > THREADS:
                counter.merge(pending.popleft().result())
            if cancelled is not None and cancelled():
                for future in pending:
                    future.cancel()
                return {}
        while pending:
            counter.merge(pending.popleft().result())
    return counter.ordered()


def count_file(path: Path | bytes, skip_lines: int, width: int, columns: Iterable[int], encoding: str,
               delimiter: str, quotechar: str,
               cancelled: Callable[[], bool] | None = None) -> dict[int, Counter]:
    """``count_columns`` over a file on disk or bytes in memory."""
    stream = path.open("rb") if isinstance(path, Path) else io.BytesIO(path)
    with stream:
        return count_columns(stream, skip_lines, width, columns, encoding, delimiter, quotechar, cancelled)


__all__ = ["BLOCK", "KeyCounter", "can_count", "count_columns", "count_file"]
