"""A TableReader's remaining records a batch at a time, split without the csv module where a line has no
quotes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, compress, repeat

from journeydesk.imports.reader import TableReader, open_reader

BATCH = 4_096
_CHARACTERS = 64  # characters read at a time per record wanted


@dataclass
class Block:
    """Some records of a file: lines without quotes (as text, not yet split) and records read by the csv
    module.

    ``ends`` is the last line of each record (a quoted field can hold line breaks).
    """

    lines: list[str] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    records: list[list[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lines) + len(self.records)


def _blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


def blocks(reader: TableReader, size: int | None = None) -> Iterator[Block]:
    """The records after the header, about ``size`` at a time; lines without the quote character kept as text.

    Splitting such a line on the delimiter gives what the csv module gives, several times faster;
    lines with quotes are read by the csv module, and from a record that runs on to the next line
    (a quoted field holding a line break) to the end of its block, the csv module reads the lines.
    """
    size = size or BATCH
    block = Block()
    first = reader.take_first()
    line = reader.lines_read + 1
    if first is not None:
        block.records.append(first[1])
        block.starts.append(first[0])
        block.ends.append(line - 1)
    while True:
        try:
            chunk = reader.text.read(_CHARACTERS * size)
            if chunk.endswith("\r") or (chunk and not chunk.endswith("\n")):
                chunk += reader.text.readline()
        except UnicodeDecodeError:
            raise reader.decode_error() from None
        if not chunk:
            break
        line = _read(reader, chunk, line, block)
        if len(block) >= size:
            yield block
            block = Block()
    if len(block):
        yield block


def _read(reader: TableReader, chunk: str, line: int, block: Block) -> int:
    """Add the records of ``chunk`` (whole lines, the first on line ``line``); returns the next line."""
    quote = reader.settings.quotechar
    ended = chunk.endswith("\n")
    if "\r" in chunk:
        kept = io.StringIO(chunk, newline="").readlines()
        lines = list(map(str.rstrip, kept, repeat("\r\n")))
    else:
        kept = None
        lines = chunk.split("\n")
        if ended:
            lines.pop()
    quoted = list(compress(range(len(lines)), map(str.__contains__, lines, repeat(quote)))) if quote else []
    records: dict[int, list[str]] = {}
    if quoted:
        records = _quoted(reader, lines, quoted)
    if len(records) < len(quoted):
        # A record runs on: the lines before it as usual, then the csv module from there.
        stop = quoted[len(records)]
        _add(block, lines[:stop], line, records)
        tail = kept[stop:] if kept is not None else [each + "\n" for each in lines[stop:]]
        if kept is None and not ended:
            tail[-1] = lines[-1]
        return _read_on(reader, tail, line + stop, block)
    _add(block, lines, line, records)
    return line + len(lines)


def _quoted(reader: TableReader, lines: list[str], quoted: list[int]) -> dict[int, list[str]]:
    """The records of the lines with quotes, by index, up to the first that runs on to the next line."""
    delimiter, quote = reader.settings.delimiter, reader.settings.quotechar
    try:
        parsed = list(open_reader((lines[index] + "\n" for index in quoted), delimiter, quote))
    except csv.Error:
        parsed = []
    if len(parsed) == len(quoted) and not _runs_on(parsed[-1]):
        return dict(zip(quoted, parsed, strict=True))
    records = {}
    for index in quoted:
        try:
            fields = next(open_reader((lines[index] + "\n",), delimiter, quote))
        except csv.Error:
            fields = []
        if not fields or _runs_on(fields):
            break
        records[index] = fields
    return records


def _runs_on(fields: list[str]) -> bool:
    """Whether a record read from one line holds its line break: a quoted field that goes on."""
    return bool(fields) and ("\n" in fields[-1] or "\r" in fields[-1])


def _add(block: Block, lines: list[str], line: int, records: dict[int, list[str]]) -> None:
    starts = range(line, line + len(lines))
    if records:
        plain = [True] * len(lines)
        for index in records:
            plain[index] = False
        block.lines.extend(compress(lines, plain))
        block.line_starts.extend(compress(starts, plain))
        for index, fields in records.items():
            block.records.append(fields)
            block.starts.append(line + index)
            block.ends.append(line + index)
    else:
        block.lines.extend(lines)
        block.line_starts.extend(starts)


def _read_on(reader: TableReader, lines: list[str], line: int, block: Block) -> int:
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
        block.records.append(fields)
        block.starts.append(start)
        block.ends.append(line + csv_reader.line_num - 1)
    return line + csv_reader.line_num


def rows_of(reader: TableReader, records: list[list[str]], starts: list[int],
            ends: list[int]) -> tuple[list[list[str]], list[int]]:
    """The records that are rows, cut to the table's width; blank ones dropped, ragged ones reported."""
    width = len(reader.columns)
    if set(map(len, records)) == {width}:
        return records, starts
    rows, lines = [], []
    for fields, start, end in zip(records, starts, ends, strict=True):
        if len(fields) == width:
            rows.append(fields)
            lines.append(start)
        elif _blank(fields):
            continue
        elif len(fields) < width or not _blank(fields[width:]):
            reader.note_ragged(start, end, fields)
        else:
            rows.append(fields[:width])
            lines.append(start)
    return rows, lines


def block_rows(reader: TableReader, block: Block, records: list[list[str]],
               starts: list[int]) -> tuple[list[list[str]], list[int]]:
    """``records`` (lines of ``block`` split, starting on ``starts``) and the block's records read by the
    csv module, in line order, as rows (cut to width; blank ones dropped, ragged ones reported)."""
    if not block.records:
        return rows_of(reader, records, starts, starts)
    merged = sorted(zip(chain(starts, block.starts), chain(starts, block.ends), chain(records, block.records),
                        strict=True), key=lambda each: each[0])
    begins, ends, fields = (list(column) for column in zip(*merged, strict=True))
    return rows_of(reader, fields, begins, ends)


def row_batches(reader: TableReader) -> Iterator[list[list[str]]]:
    """The rows of ``reader.rows()`` a batch at a time, each as wide as the table."""
    delimiter = reader.settings.delimiter
    for block in blocks(reader):
        yield block_rows(reader, block, list(map(str.split, block.lines, repeat(delimiter))),
                         block.line_starts)[0]


__all__ = ["BATCH", "Block", "block_rows", "blocks", "row_batches", "rows_of"]
