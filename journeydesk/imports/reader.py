"""Reading CSV exports as they really come: encoding, dialect, preamble, headers, ragged rows (no Qt)."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from journeydesk.i18n import t
from journeydesk.imports.encoding import (
    CsvError,
    bad_line,
    binary_error,
    check_text,
    decode_head,
    detect_encoding,
    empty_error,
    normal_encoding,
)
from journeydesk.imports.values import detect_decimal, looks_like_number, parse_number

DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 1_000_000  # how much of a file ``sniff`` looks at
MAX_PROBLEMS = 1000
_SNIFF_LINES = 50
_EXCEL_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"SQLite format 3\x00")


@dataclass(frozen=True)
class CsvSettings:
    """How to read a file; ``sniff`` fills it in and the user may change any field.

    ``quotechar`` "" reads without quoting. ``skip_lines`` counts physical lines before the
    header; ``header_rows`` counts records (0: no header, columns are numbered).
    ``line_ending`` is what was found; reading accepts any mix.
    """

    encoding: str = "utf-8"
    delimiter: str = ","
    quotechar: str = '"'
    skip_lines: int = 0
    header_rows: int = 1
    decimal: str = "."
    line_ending: str = "\n"

    def with_(self, **changes: Any) -> CsvSettings:
        return dataclasses.replace(self, **changes)


class Row(NamedTuple):
    """A data record and the 1-based physical line of the file it starts on."""

    line: int
    values: list[str]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A record that was not taken as a row (wrong number of fields), with its line and reason."""

    line: int
    message: str
    values: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    """The columns and rows of a file; rows always have one value per column."""

    columns: list[str]
    descriptions: list[str]
    rows: list[Row]
    problems: list[RowProblem]
    settings: CsvSettings
    header_line: int
    problem_count: int
    complete: bool


# Dialect, preamble and header ------------------------------------------------------------------

def open_reader(lines: Iterator[str] | list[str], delimiter: str, quotechar: str) -> Any:
    """A csv reader of ``lines`` with ``delimiter`` and ``quotechar`` ("" reads without quoting)."""
    if quotechar:
        return csv.reader(lines, delimiter=delimiter, quotechar=quotechar, strict=False)
    return csv.reader(lines, delimiter=delimiter, quoting=csv.QUOTE_NONE, strict=False)


def _records(lines: list[str], delimiter: str, quotechar: str, first: int = 1) -> list[tuple[int, list[str]]]:
    reader = open_reader(iter(lines), delimiter, quotechar)
    records: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + first
            records.append((start, next(reader)))
    except (StopIteration, csv.Error):
        return records


def _is_blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


def _width(records: list[tuple[int, list[str]]]) -> tuple[int, int, int]:
    """(records of the most common width above 1, that width, records counted)."""
    widths = Counter(len(f) for _, f in records if not _is_blank(f))
    total = sum(widths.values())
    wide = [(n, w) for w, n in widths.items() if w > 1]
    if not wide:
        return 0, 1, total
    count, width = max(wide)
    return count, width, total


def _detect_delimiter(lines: list[str]) -> str:
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        count, _, total = _width(_records(lines, delimiter, '"'))
        score = (count / total if total else 0.0, count)
        if count and score > best_score:
            best, best_score = delimiter, score
    return best


def _detect_quote(lines: list[str], delimiter: str) -> str:
    d = re.escape(delimiter)
    counts = {q: len(re.findall(rf"(?:^|{d}){q}[^{q}\r\n]*{q}(?={d}|\r|\n|$)", "".join(lines), re.M))
              for q in ('"', "'")}
    return "'" if counts["'"] > counts['"'] else '"'


def _is_preamble(fields: list[str], width: int) -> bool:
    """Blank, a # comment, or a title line: one filled cell, or a short record mostly empty."""
    if _is_blank(fields) or fields[0].lstrip().startswith("#"):
        return True
    filled = sum(1 for c in fields if c.strip())
    return (width > 1 and filled <= 1) or (len(fields) < width and filled <= width / 2)


def _is_id_row(fields: list[str]) -> bool:
    cells = [c.strip() for c in fields if c.strip()]
    return bool(cells) and sum(c.startswith("{") and c.endswith("}") for c in cells) > len(cells) / 2


_ANSWER_LABELS = frozenset({"response", "open-ended response", "other (please specify)", "回答", "自由回答",
                            "その他（具体的に）"})


def _is_answer_label_row(fields: list[str]) -> bool:
    """A survey tool's second header row naming the kind of each answer ("Response", "Open-Ended
    Response")."""
    cells = [" ".join(c.split()).casefold() for c in fields if c.strip()]
    return bool(cells) and all(c in _ANSWER_LABELS for c in cells)


def _header_rows(records: list[list[str]], decimal: str) -> int:
    """1, or 2–3 when rows under the header are question texts, answer labels or import ids (survey
    exports)."""
    for extra in (2, 1):
        if len(records) > extra and _is_id_row(records[extra]):
            return extra + 1
    if len(records) > 2 and _is_answer_label_row(records[1]):
        return 2
    data = records[2:]
    if len(data) < 2:
        return 1
    candidate = records[1]
    numeric = [i for i in range(len(candidate))
               if sum(len(r) > i and looks_like_number(r[i], decimal=decimal)
                      for r in data) >= 0.8 * len(data)]
    texts = [i for i in numeric if i < len(candidate) and _is_text(candidate[i], decimal)]
    return 2 if numeric and len(texts) == len(numeric) else 1


def _is_text(cell: str, decimal: str) -> bool:
    try:
        parse_number(cell, decimal=decimal)
    except ValueError:
        return True
    return False


def _line_ending(text: str) -> str:
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda k: counts[k])


def sniff(data: bytes, *, max_bytes: int = SNIFF_BYTES, name: str = "The file") -> CsvSettings:
    """Detect how to read ``data`` from its first ``max_bytes``; raises CsvError for files that are not text
    tables."""
    head = data[:max_bytes]
    partial = len(data) > max_bytes
    if not head.strip(b" \t\r\n"):
        raise empty_error(name)
    if head.startswith(_EXCEL_SIGNATURES):
        raise CsvError(t("{name} is an Excel workbook, not a CSV file: in Excel choose File → Save As → "
                         "\"CSV UTF-8\" and import that file.", name=name))
    if head.startswith(_BINARY_SIGNATURES):
        raise binary_error(name, t("an image, PDF or database file"))
    encoding = detect_encoding(head, partial, name)
    text = decode_head(head, encoding, partial).lstrip("\ufeff")
    if not text.strip():
        raise empty_error(name)
    check_text(text, encoding, name)
    lines = io.StringIO(text, newline="").readlines()
    if partial and len(lines) > 1:
        lines.pop()
    hint = re.fullmatch(r"sep=([,;\t|])\r?\n?", lines[0], re.I)
    comments = 1 if hint else 0
    while comments < len(lines) and (not lines[comments].strip() or lines[comments].lstrip().startswith("#")):
        comments += 1
    body = lines[comments:]
    if not body:
        raise CsvError(t("{name} has only comment lines (starting with #) and no table: export the data "
                         "again with its rows.", name=name))
    delimiter = hint[1] if hint else _detect_delimiter(body[:_SNIFF_LINES])
    quotechar = _detect_quote(body[:_SNIFF_LINES], delimiter)
    records = _records(body[:_SNIFF_LINES * 4], delimiter, quotechar, comments + 1)
    if (partial or len(body) > _SNIFF_LINES * 4) and len(records) > 1:
        records.pop()
    _count, width, _total = _width(records)
    first = 0
    while first < len(records) - 1 and _is_preamble(records[first][1], width):
        first += 1
    skip = records[first][0] - 1 if records else comments
    rest = [f for _, f in records[first:] if not _is_blank(f)]
    decimal = detect_decimal(cell for row in rest[1:] for cell in row)
    return CsvSettings(encoding=encoding, delimiter=delimiter, quotechar=quotechar, skip_lines=skip,
                       header_rows=_header_rows(rest, decimal), decimal=decimal,
                       line_ending=_line_ending(text))


# Reading ----------------------------------------------------------------------------------------

def _line(n: int) -> str:
    return f"{n:,}"


def _check_settings(settings: CsvSettings) -> str:
    encoding = normal_encoding(settings.encoding)
    if len(settings.delimiter) != 1 or settings.delimiter in "\r\n" + settings.quotechar:
        raise CsvError(t("The delimiter must be one character other than the quote character and line breaks "
                         "(found '{delimiter}'): choose comma, semicolon, tab or pipe.",
                         delimiter=settings.delimiter))
    if len(settings.quotechar) > 1 or settings.quotechar in ("\r", "\n"):
        raise CsvError(t(
            "The quote character must be one character, or none (found '{quote}'): choose \" or '.",
                         quote=settings.quotechar))
    if settings.skip_lines < 0 or settings.header_rows < 0:
        raise CsvError(t("Lines to skip and header rows cannot be negative: enter 0 or more."))
    return encoding


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for index, raw in enumerate(names, 1):
        base = raw.strip() or t("Column {n}", n=index)
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base} ({n})"
        seen.add(name.casefold())
        result.append(name)
    return result


class TableReader:
    """Rows of a binary stream read one by one (for files too large to hold); iterate for Rows.

    The reader takes over ``stream``: ``close()`` (or leaving a ``with`` block) closes it, as does
    a failure to read the header.
    ``columns``, ``descriptions`` and ``header_line`` are known on creation; ``problems``
    (the first MAX_PROBLEMS) and ``problem_count`` grow as rows are read.
    """

    def __init__(self, stream: IO[bytes], settings: CsvSettings, *, name: str = "The file") -> None:
        self.settings = settings
        self.name = name
        self._stream = stream
        try:
            self._encoding = _check_settings(settings)
            self._text = io.TextIOWrapper(stream, encoding=self._encoding, newline="")
        except LookupError:
            stream.close()
            raise CsvError(t(
                "'{encoding}' is not a text encoding: choose one such as UTF-8, CP932 or Latin-1.",
                             encoding=settings.encoding)) from None
        except BaseException:
            stream.close()
            raise
        self._skipped = 0
        self.problems: list[RowProblem] = []
        self.problem_count = 0
        self.complete = True
        try:
            self._read_header(settings, name)
        except BaseException:
            self._text.close()
            raise

    def _read_header(self, settings: CsvSettings, name: str) -> None:
        try:
            for _ in range(settings.skip_lines):
                if not self._text.readline():
                    break
                self._skipped += 1
        except UnicodeDecodeError:
            raise self.decode_error() from None
        self._csv = open_reader(self._text, settings.delimiter, settings.quotechar)
        headers = [h for h in (self._next_record() for _ in range(settings.header_rows)) if h is not None]
        self._first = self._next_record()
        if settings.skip_lines and settings.header_rows and not headers:
            raise CsvError(t("{name} has no header row after the {skip} skipped lines: lower the number of "
                             "lines to skip.", name=name, skip=settings.skip_lines))
        if self._first is None:
            raise CsvError(t("{name} has a header but no data rows: export the data again with its rows.",
                             name=name)) if headers else empty_error(name)
        first = self._first[1]
        self.header_line = headers[0][0] if headers else 0
        names = [cell.lstrip("\ufeff") for cell in headers[0][1]] if headers else [""] * len(first)
        while headers and names and not names[-1].strip() and not "".join(first[
            len(names) - 1:len(names)]).strip():
            names.pop()
        self.columns = _unique(names)
        texts = next((fields for _, fields in headers[1:]
                      if not _is_id_row(fields) and not _is_answer_label_row(fields)), [])
        self.descriptions = [(texts[i].strip() if i < len(texts) else "") for i in range(len(names))]

    def _next_record(self) -> tuple[int, list[str]] | None:
        """The next non-blank record and the line it starts on, or None at the end."""
        while True:
            start = self._csv.line_num + self._skipped + 1
            try:
                fields = next(self._csv)
            except StopIteration:
                return None
            except UnicodeDecodeError:
                raise self.decode_error() from None
            except csv.Error:
                raise self.quote_error(start) from None
            if not _is_blank(fields):
                return start, fields

    def close(self) -> None:
        """Close the stream (the reader took it over)."""
        self._text.close()

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def text(self) -> IO[str]:
        """The text stream the records come from, positioned after those read so far."""
        return self._text

    @property
    def lines_read(self) -> int:
        """Physical lines read so far (skipped lines, header and the first record included)."""
        return self._csv.line_num + self._skipped

    def take_first(self) -> tuple[int, list[str]] | None:
        """The first record (read ahead to check the header) and its line; None once taken."""
        first, self._first = self._first, None
        return first

    def quote_error(self, line: int) -> CsvError:
        return CsvError(t("Line {line}: a quoted field never ends (an unmatched quote character): check "
                          "the file there, or read it with no quote character.", line=_line(line)))

    def decode_error(self) -> CsvError:
        where = ""
        if self._stream.seekable():
            where = t(" (first bad byte on line {line})", line=_line(bad_line(self._stream, self._encoding)))
        return CsvError(t("{name} cannot be read as {encoding}{where}: choose another encoding (Japanese "
                          "Excel saves CP932; older Western files are Latin-1).",
                          name=self.name, encoding=self.settings.encoding, where=where))

    def note_ragged(self, start: int, end: int, fields: list[str]) -> None:
        """Report the record on lines ``start``…``end`` whose fields do not fit the columns."""
        width = len(self.columns)
        self.problem_count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            return
        message = t("Line {line}: {found} fields, expected {expected}: fix the row in the file or skip it.",
                    line=_line(start), found=len(fields), expected=width)
        if end > start:
            message = t("Line {line}: {found} fields, expected {expected}; the row runs on to line {end}: "
                        "check for an unmatched quote character.", line=_line(start), found=len(fields),
                        expected=width, end=_line(end))
        self.problems.append(RowProblem(start, message, fields))

    def __iter__(self) -> Iterator[Row]:
        return self.rows()

    def rows(self, limit: int | None = None) -> Iterator[Row]:
        """The rows; with ``limit``, stop after that many records (rows and problems) and set ``complete``."""
        width = len(self.columns)
        record = self.take_first()
        count = 0
        while record is not None:
            if limit is not None and count >= limit:
                self.complete = False
                return
            start, fields = record
            count += 1
            if len(fields) < width or (len(fields) > width and not _is_blank(fields[width:])):
                self.note_ragged(start, self.lines_read, fields)
            else:
                yield Row(start, fields[:width])
            record = self._next_record()


def read_table(data: bytes | Path, settings: CsvSettings, *, limit: int | None = None,
               name: str = "The file") -> Table:
    """The table in ``data`` (bytes, or a file read as a stream) read with ``settings``; at most ``limit``
    records when given (a preview)."""
    stream = data.open("rb") if isinstance(data, Path) else io.BytesIO(data)
    with TableReader(stream, settings, name=name) as reader:
        rows = list(reader.rows(limit))
    return Table(reader.columns, reader.descriptions, rows, reader.problems, settings,
                 reader.header_line, reader.problem_count, reader.complete)
