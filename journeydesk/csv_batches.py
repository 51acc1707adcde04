"""A TableReader's remaining records a batch at a time, split without the csv module where a line has no quotes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import chain, compress, repeat

from journeydesk.csv_import import TableReader, open_reader

BATCH = 4_096
_HINT = 1 << 18  # characters of lines asked for at a time: a few thousand lines


def _blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


def record_batches(reader: TableReader, size: int | None = None) -> Iterator[tuple[list[list[str]], list[int]]]:
    """(records, the line each starts on) a batch at a time: the same records as ``reader.rows()``.

    Blank records are left out and ragged ones reported to the reader, as ``rows()`` does; the
    rest are cut to the table's width. A line without the quote character is split on the
    delimiter (what the csv module makes of it too, several times faster), a line with quotes
    is read by the csv module, and from a record that runs on to the next line (a quoted field
    holding a line break) to the end of its block, the csv module reads the lines.
    """
    size = size or BATCH
    width = len(reader.columns)
    text = reader.text
    line = reader.lines_read + 1
    records: list[list[str]] = []
    starts: list[int] = []
    first = reader.take_first()
    if first is not None:
        starts.append(first[0])
        records.append(first[1])
    while True:
        try:
            lines = text.readlines(_HINT)
        except UnicodeDecodeError:
            raise reader.decode_error() from None
        if not lines:
            break
        line = _split(reader, lines, line, records, starts)
        if len(records) >= size:
            for low in range(0, len(records) - size + 1, size):
                after = starts[low + size] if low + size < len(starts) else line
                yield _even(reader, records[low:low + size], starts[low:low + size], after, width)
            done = len(records) // size * size
            del records[:done], starts[:done]
    if records:
        yield _even(reader, records, starts, line, width)


def _split(reader: TableReader, lines: list[str], line: int, records: list[list[str]], starts: list[int]) -> int:
    """Add the records of ``lines`` (the first on line ``line``); returns the line after the last one read."""
    quote, delimiter = reader.settings.quotechar, reader.settings.delimiter
    first = len(records)
    records.extend(map(str.split, map(str.rstrip, lines, repeat("\r\n")), repeat(delimiter)))
    starts.extend(range(line, line + len(lines)))
    if not quote:
        return line + len(lines)
    quoted = list(compress(range(len(lines)), map(str.__contains__, lines, repeat(quote))))
    if not quoted:
        return line + len(lines)
    # The lines with quotes read together, when each is a record of its own (the usual case).
    try:
        parsed = list(open_reader(map(lines.__getitem__, quoted), delimiter, quote))
    except csv.Error:
        parsed = []
    if len(parsed) == len(quoted) and not _runs_on(parsed[-1]):
        for index, fields in zip(quoted, parsed, strict=True):
            records[first + index] = fields
        return line + len(lines)
    for index in quoted:
        try:
            fields = next(open_reader((lines[index],), delimiter, quote))
        except csv.Error:
            raise reader.quote_error(line + index) from None
        if _runs_on(fields):
            del records[first + index:], starts[first + index:]
            return _read_on(reader, lines[index:], line + index, records, starts)
        records[first + index] = fields
    return line + len(lines)


def _runs_on(fields: list[str]) -> bool:
    """Whether a record read from one line holds its line break: a quoted field that goes on."""
    return bool(fields) and ("\n" in fields[-1] or "\r" in fields[-1])


def _read_on(reader: TableReader, lines: list[str], line: int, records: list[list[str]], starts: list[int]) -> int:
    """Read ``lines`` with the csv module, taking lines from the file where the last record runs on."""
    csv_reader = open_reader(chain(lines, reader.text), reader.settings.delimiter, reader.settings.quotechar)
    while csv_reader.line_num < len(lines):
        start = line + csv_reader.line_num
        try:
            fields = next(csv_reader)
        except StopIteration:
            break
        except UnicodeDecodeError:
            raise reader.decode_error() from None
        except csv.Error:
            raise reader.quote_error(start) from None
        records.append(fields)
        starts.append(start)
    return line + csv_reader.line_num


def _even(reader: TableReader, records: list[list[str]], starts: list[int], after: int,
          width: int) -> tuple[list[list[str]], list[int]]:
    """The records that are rows, cut to ``width``; blank ones dropped, ragged ones reported.

    ``after`` is the line after the last record (where the next one starts).
    """
    if set(map(len, records)) == {width}:
        return records, starts
    rows, lines = [], []
    for index, fields in enumerate(records):
        if len(fields) == width:
            rows.append(fields)
            lines.append(starts[index])
        elif _blank(fields):
            continue
        elif len(fields) < width or not _blank(fields[width:]):
            end = (starts[index + 1] if index + 1 < len(starts) else after) - 1
            reader.note_ragged(starts[index], end, fields)
        else:
            rows.append(fields[:width])
            lines.append(starts[index])
    return rows, lines


__all__ = ["BATCH", "record_batches"]
