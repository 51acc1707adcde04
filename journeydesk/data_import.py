"""Turning a read CSV table into metric rows tied to the map: the mapping, key matching, checks, import."""

from __future__ import annotations

import csv
import gc
import io
import json
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from itertools import chain, compress, islice, repeat
from operator import and_, is_not
from pathlib import Path
from typing import IO

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.core.model import CardKind, Dataset, MetricKind, new_id
from journeydesk.csv_import import (
    CsvError,
    CsvSettings,
    Row,
    RowProblem,
    Table,
    TableReader,
    guess_roles,
    table_shape,
)
from journeydesk.csv_values import AmbiguousDateError, detect_date_order, parse_date, parse_number
from journeydesk.i18n import t
from journeydesk.store import datasets
from journeydesk.store.bulk import write_batches
from journeydesk.store.datasets import Observation

KEY_ROLES = ("date", "stage", "touchpoint", "channel", "segment")
SCALES = {MetricKind.NPS: (0, 10), MetricKind.CSAT: (1, 5), MetricKind.CES: (1, 7)}


class MappingError(ValueError):
    """The mapping cannot be applied to the file; the message says what to choose."""


@dataclass(frozen=True)
class Mapping:
    """How a table's columns become metric rows; saved with the dataset so Refresh can repeat it."""

    shape: str = "wide"
    roles: dict[str, str] = field(default_factory=dict)
    metric_columns: dict[str, str] = field(default_factory=dict)
    metric_kinds: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    stage_matches: dict[str, str] = field(default_factory=dict)
    touchpoint_matches: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
            known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
            return cls(**known)
        except (ValueError, TypeError) as error:
            raise MappingError(t("The mapping is not valid JSON of a JourneyDesk mapping ({reason}).",
                                 reason=error)) from None


def kind_for(name: str) -> MetricKind:
    """A metric's kind guessed from its name (NPS, CSAT, CES in English or Japanese)."""
    folded = normalized(name)
    for kind, words in ((MetricKind.NPS, ("nps", "推奨")), (MetricKind.CSAT, ("csat", "満足", "satisf")),
                        (MetricKind.CES, ("ces", "effort", "努力", "労力"))):
        if any(word in folded for word in words):
            return kind
    if any(word in folded for word in ("count", "visit", "session", "user", "ticket", "order", "件数", "数")):
        return MetricKind.COUNT
    return MetricKind.VALUE


def default_mapping(table: Table) -> Mapping:
    """The first guess from column names and values, with the date order decided where the data can."""
    guessed = guess_roles(table)
    shape = table_shape(table, guessed)
    roles = {column: role for column, role in guessed.items() if role in KEY_ROLES or role in ("metric", "value")}
    metric_columns: dict[str, str] = {}
    kinds: dict[str, str] = {}
    if shape in ("wide", "responses"):
        for column, role in guessed.items():
            if role in ("measure", "nps", "csat", "ces"):
                metric_columns[column] = column
                kinds[column] = role if role in ("nps", "csat", "ces") else kind_for(column).value
        # A column named like a survey metric stays one even when some answers are bad:
        # those rows are then reported with their line numbers instead of the column vanishing.
        for column in table.columns:
            kind = kind_for(column)
            if column not in roles and column not in metric_columns and kind in SCALES:
                metric_columns[column] = column
                kinds[column] = kind.value
    date_order = None
    date_columns = [c for c, r in roles.items() if r == "date"]
    if date_columns:
        index = table.columns.index(date_columns[0])
        samples = [row.values[index] for row in table.rows[:500] if row.values[index].strip()]
        try:
            order = detect_date_order(samples)
            date_order = None if order.ambiguous else order.order
        except ValueError:
            date_order = None
    return Mapping(shape, roles, metric_columns, kinds, date_order)


def normalized(text: str) -> str:
    """Keys compare ignoring case, full-/half-width forms and runs of spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def map_keys(document: Document, journey_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """Stage names and touchpoint texts of the journey, normalised, to their ids."""
    stages = {normalized(s.name): s.id for s in document.stages(journey_id)}
    touchpoints = {normalized(c.text): c.id for c in document.cards(journey_id) if c.kind == CardKind.TOUCHPOINT}
    return stages, touchpoints


@dataclass
class Check:
    """What reading the rows found: counts, problems with line numbers, keys that match nothing."""

    rows_read: int = 0
    observations: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    unmatched_stages: Counter = field(default_factory=Counter)
    unmatched_touchpoints: Counter = field(default_factory=Counter)
    touchpoint_stages: dict[str, Counter] = field(default_factory=dict)
    metrics: set[str] = field(default_factory=set)

    def add_problem(self, line: int, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < 1000:
            self.problems.append(RowProblem(line, message, []))


class Converter:
    """Reads rows with a mapping and yields Observations; bad rows are recorded, not raised."""

    def __init__(self, document: Document, journey_id: str, columns: list[str], mapping: Mapping,
                 decimal: str = ".") -> None:
        self.mapping = mapping
        self.decimal = decimal
        self.check = Check()
        stages, touchpoints = map_keys(document, journey_id)
        self.stages = {**stages, **{normalized(k): v for k, v in mapping.stage_matches.items()}}
        self.touchpoints = {**touchpoints, **{normalized(k): v for k, v in mapping.touchpoint_matches.items()}}
        index = {name: i for i, name in enumerate(columns)}
        missing = [c for c in [*mapping.roles, *mapping.metric_columns] if c not in index]
        if missing:
            raise MappingError(t("The file has no column {names}; it may have changed shape. Check the "
                                 "mapping.", names=", ".join(repr(m) for m in missing)))
        self.key_columns = {role: index[c] for c, role in mapping.roles.items() if role in KEY_ROLES}
        if mapping.shape == "long":
            wanted = {role: index[c] for c, role in mapping.roles.items() if role in ("metric", "value")}
            if set(wanted) != {"metric", "value"}:
                raise MappingError(t("A long table needs a metric-name column and a value column; choose "
                                     "their roles."))
            self.metric_column, self.value_column = wanted["metric"], wanted["value"]
        elif not mapping.metric_columns:
            raise MappingError(t("No column holds a metric: choose at least one metric column."))
        self.metric_indexes = [(index[c], name) for c, name in mapping.metric_columns.items()]
        self.columns = columns
        self._days: dict[str, date | None] = {}
        self._folded: dict[str, str] = {}

    def observations(self, rows: Iterable[Row]) -> Iterator[Observation]:
        for row in rows:
            self.check.rows_read += 1
            try:
                yield from self._row(row)
            except ValueError as error:
                self.check.add_problem(row.line, t("line {line}: {reason}", line=f"{row.line:,}", reason=error))

    def _row(self, row: Row) -> list[Observation]:
        values = row.values
        keys = {role: values[i].strip() for role, i in self.key_columns.items()}
        day = self._day(keys.get("date", ""))
        stage_id = self._match(keys.get("stage", ""), self.stages, self.check.unmatched_stages)
        card_id = self._match(keys.get("touchpoint", ""), self.touchpoints, self.check.unmatched_touchpoints)
        if keys.get("touchpoint") and card_id is None:
            self.check.touchpoint_stages.setdefault(keys["touchpoint"], Counter())[stage_id] += 1
        base = (row.line, day, stage_id, card_id, keys.get("channel", ""), keys.get("segment", ""))
        found = []
        if self.mapping.shape == "long":
            metric = values[self.metric_column].strip()
            number = self._number(values[self.value_column], self.columns[self.value_column], metric)
            if metric and number is not None:
                found.append(Observation(*base, metric, number))
        else:
            for column, metric in self.metric_indexes:
                number = self._number(values[column], self.columns[column], metric)
                if number is not None:
                    found.append(Observation(*base, metric, number))
        self.check.observations += len(found)
        self.check.metrics.update(o.metric for o in found)
        return found

    def _day(self, text: str) -> date | None:
        # Exports repeat the same few dates many times: each distinct text is parsed once.
        if text in self._days:
            return self._days[text]
        day = self._parse_day(text)
        if len(self._days) < 100_000:
            self._days[text] = day
        return day

    def _parse_day(self, text: str) -> date | None:
        if not text:
            return None
        try:
            value = parse_date(text, self.mapping.date_order)
        except AmbiguousDateError:
            raise ValueError(t("'{text}' could be day/month or month/day: choose the date order",
                               text=text)) from None
        return value.date() if isinstance(value, datetime) else value

    def _number(self, text: str, column: str, metric: str) -> float | None:
        number = self._read_number(text, column)
        kind = self.mapping.metric_kinds.get(metric)
        if number is not None and kind in SCALES:
            low, high = SCALES[MetricKind(kind)]
            if not (low <= number <= high) or (kind != MetricKind.CES and number != int(number)):
                raise ValueError(t("{value} is not a {kind} answer ({low}–{high}) in column {column}",
                                   value=text.strip(), kind=kind.upper(), low=low, high=high, column=column))
        return number

    def _read_number(self, text: str, column: str) -> float | None:
        if self.decimal == "." and text.isdigit():
            return float(text)
        return self._parsed_number(text, column)

    def _parsed_number(self, text: str, column: str) -> float | None:
        try:
            return parse_number(text, decimal=self.decimal)
        except ValueError:
            raise ValueError(t("'{text}' is not a number in column {column}", text=text.strip(),
                               column=column)) from None

    def _match(self, key: str, known: dict[str, str], unmatched: Counter) -> str | None:
        if not key:
            return None
        folded = self._folded.get(key)
        if folded is None:
            folded = normalized(key)
            if len(self._folded) < 100_000:
                self._folded[key] = folded
        found = known.get(folded)
        if found is None:
            unmatched[key] += 1
        # An empty override is the person's choice of "no match": not reported as unmatched.
        return found or None


# The fast way: a batch of rows at a time ----------------------------------------------------

BATCH = 4_096
_DISTINCT = 100_000
_BAD = object()  # what a cell converts to when its row must be reported as a problem


class _NotFast(Exception):
    """The batched reading met something only the row-by-row path handles; start again that way."""


class _Cells(dict):
    """Distinct cell texts and what each converts to, converted on first sight."""

    def __init__(self, convert: Callable[[str], object]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, text: str) -> object:
        value = self[text] = self.convert(text)
        return value


def _blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


def _breaks(fields: list[str]) -> int:
    """The line breaks inside a record's fields (a quoted field can hold some): its lines minus one."""
    text = "\x00".join(fields)
    if "\n" not in text and "\r" not in text:
        return 0
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _as_row(o: Observation) -> tuple:
    return (o.line, o.day.isoformat() if o.day else None, o.stage_id, o.card_id, o.channel, o.segment,
            o.metric, o.value)


class _FastTable:
    """A table's rows converted a batch at a time: the same result as ``Converter.observations``.

    Whole columns go through C-level passes (the csv reader, dict look-ups, counters); each distinct
    date, key and value text is converted once with the Converter's own methods. A row with any
    problem (a bad date or number, an answer off its scale) goes through ``Converter.observations``
    itself, in its place, so observations, counts, problems (their text and order) and unmatched
    keys come out exactly as row by row. Ragged and blank records are handled as ``TableReader``
    does; this reads on from the reader's own csv reader, past its header.
    """

    def __init__(self, converter: Converter, reader: TableReader) -> None:
        self.converter = converter
        self.reader = reader
        self.check = converter.check
        self.width = len(reader.columns)
        self.long = converter.mapping.shape == "long"
        self.bad_days: set[str] = set()
        self.bad_values: set[str] = set()
        self.unmatched_stages: dict[str, str] = {}
        self.unmatched_cards: dict[str, str] = {}
        self.loose_cards: dict[str, str] = {}
        self.fits: dict[tuple[str, str], bool] = {}
        kinds = converter.mapping.metric_kinds
        self.scale_metrics = frozenset(m for m, k in kinds.items() if k in SCALES)
        self.days = _Cells(self._day)
        self.values = _Cells(self._value)
        self.stages = _Cells(self._stage)
        self.cards = _Cells(self._card)

    @classmethod
    def of(cls, converter: Converter, reader: TableReader) -> _FastTable | None:
        """The fast way for this table, or None where only the row-by-row path applies."""
        if not all(hasattr(reader, a) for a in ("_csv", "_first", "_skipped", "_problem")):
            return None
        return cls(converter, reader)

    # ----- each distinct text converted once, with the Converter's own methods

    def _day(self, text: str) -> object:
        try:
            day = self.converter._parse_day(text.strip())
        except ValueError:
            self.bad_days.add(text)
            return _BAD
        return day.isoformat() if day else None

    def _value(self, text: str) -> object:
        try:
            return self.converter._read_number(text, "")
        except ValueError:
            self.bad_values.add(text)
            return _BAD

    def _stage(self, text: str) -> str | None:
        key = text.strip()
        if not key:
            return None
        found = self.converter.stages.get(normalized(key))
        if found is None:
            self.unmatched_stages[text] = key
        return found or None

    def _card(self, text: str) -> str | None:
        key = text.strip()
        if not key:
            return None
        found = self.converter.touchpoints.get(normalized(key))
        if found is None:
            self.unmatched_cards[text] = key
        if not found:
            self.loose_cards[text] = key
        return found or None

    def _fits(self, metric: str, text: str) -> bool:
        """Whether ``text`` is an answer on ``metric``'s scale (or not a number at all: reported anyway)."""
        fits = self.fits.get((metric, text))
        if fits is None:
            try:
                self.converter._number(text, "", metric)
                fits = True
            except ValueError:
                fits = False
            if len(self.fits) < _DISTINCT:
                self.fits[metric, text] = fits
        return fits

    def _forget(self) -> None:
        """Bound the memory of distinct texts (a date with a time is distinct on nearly every row)."""
        for cells, noted in ((self.days, (self.bad_days,)), (self.values, (self.bad_values,)),
                             (self.stages, (self.unmatched_stages,)),
                             (self.cards, (self.unmatched_cards, self.loose_cards))):
            if len(cells) > _DISTINCT:
                cells.clear()
                for table in noted:
                    table.clear()

    # ----- reading

    def _records(self) -> Iterator[tuple[list[list[str]], Sequence[int], list[int] | None]]:
        """Batches of records: their fields, the line each starts on, and how many lines each spans
        (None when every record of the batch is one line)."""
        reader = self.reader
        csv_reader = reader._csv
        skipped = reader._skipped
        first, reader._first = reader._first, None
        records: list[list[str]] = []
        starts: list[int] = []
        spans: list[int] | None = None
        if first is not None:
            records.append(first[1])
            starts.append(first[0])
            spans = [1 + _breaks(first[1])]
        while True:
            wanted = BATCH - len(records)
            before = csv_reader.line_num
            more: list[list[str]] = []
            try:
                more.extend(islice(csv_reader, wanted))
            except UnicodeDecodeError:
                raise reader._decode_error() from None
            except csv.Error:
                raise _NotFast from None
            lines = csv_reader.line_num - before
            line = skipped + before + 1
            more_spans = None
            if lines != len(more):
                more_spans = [1 + _breaks(fields) for fields in more]
                if sum(more_spans) != lines:
                    raise _NotFast
            if not records and more_spans is None:
                batch = more, range(line, line + lines), None
            else:
                spans = spans if spans is not None else [1] * len(records)
                for span in more_spans if more_spans is not None else [1] * len(more):
                    starts.append(line)
                    spans.append(span)
                    line += span
                records.extend(more)
                batch = records, starts, spans
            if batch[0]:
                yield batch
            if len(more) < wanted:
                return
            records, starts, spans = [], [], None

    def _even(self, records: list[list[str]], starts: Sequence[int],
              spans: list[int] | None) -> tuple[list[list[str]], list[int]]:
        """The records that are rows, cut to the table's width; ragged ones noted as TableReader does."""
        width = self.width
        reader = self.reader
        rows, lines = [], []
        for index, fields in enumerate(records):
            if _blank(fields):
                continue
            start = starts[index]
            if len(fields) < width or (len(fields) > width and not _blank(fields[width:])):
                # TableReader._problem reads the record's last line from its csv reader's count.
                end = start + (spans[index] if spans else 1) - 1
                skipped = reader._skipped
                reader._skipped = end - reader._csv.line_num
                try:
                    reader._problem(start, fields, width)
                finally:
                    reader._skipped = skipped
            else:
                rows.append(fields[:width] if len(fields) > width else fields)
                lines.append(start)
        return rows, lines

    # ----- converting

    def batches(self) -> Iterator[list[tuple]]:
        """Per batch of records, the rows to write: (line, day, stage_id, card_id, channel, segment, metric, value)."""
        width = self.width
        for records, starts, spans in self._records():
            self._forget()
            try:
                columns = list(zip(*records, strict=True))
            except ValueError:
                columns = []
            if len(columns) > width and not "".join(chain.from_iterable(columns[width:])).strip():
                del columns[width:]  # every record ends in the same empty cells (a trailing delimiter)
            elif len(columns) != width:
                records, starts = self._even(records, starts, spans)
                columns = list(zip(*records, strict=True))
            yield self._convert(records, columns, starts) if records else []

    def _convert(self, records: list[list[str]], columns: list[tuple[str, ...]], lines: Sequence[int]) -> list[tuple]:
        converter = self.converter
        roles = converter.key_columns

        def texts(role: str) -> tuple[str, ...] | None:
            return columns[roles[role]] if role in roles else None

        def converted(role: str, convert: Callable[[str], object]) -> list | None:
            cells = texts(role)
            return None if cells is None else list(map(convert, cells))

        if self.long:
            measures = [_Measure(list(map(str.strip, columns[converter.metric_column])),
                                 columns[converter.value_column])]
        else:
            measures = [_Measure(metric, columns[index]) for index, metric in converter.metric_indexes]
        for measure in measures:
            measure.values = list(map(self.values.__getitem__, measure.cells))
        batch = _Batch(records, lines, converted("date", self.days.__getitem__),
                       converted("stage", self.stages.__getitem__), converted("touchpoint", self.cards.__getitem__),
                       converted("channel", str.strip), converted("segment", str.strip), measures,
                       texts("stage"), texts("touchpoint"))
        bad = self._bad_rows(texts("date"), measures)
        found: list[tuple] = []
        low = 0
        for index in [*bad, len(records)]:
            if low < index:
                self._good(found, batch.rows(low, index) if bad else batch)
            if index < len(records):
                row = Row(lines[index], records[index][:self.width])
                found.extend(map(_as_row, converter.observations([row])))
            low = index + 1
        return found

    def _bad_rows(self, date_texts: Sequence[str] | None, measures: list[_Measure]) -> list[int]:
        """The indexes of the rows that have a problem (for Converter.observations to report)."""
        suspect = bool(self.bad_days) and date_texts is not None and not self.bad_days.isdisjoint(date_texts)
        off_scale: list[dict[str, set[str]]] = []
        for measure in measures:
            suspect = suspect or (bool(self.bad_values) and not self.bad_values.isdisjoint(measure.cells))
            unfit: dict[str, set[str]] = {}
            for metric in self.scale_metrics.intersection(measure.names()):
                wrong = {text for text in measure.cells_of(metric) if not self._fits(metric, text)}
                if wrong:
                    unfit[metric] = wrong
            suspect = suspect or bool(unfit)
            off_scale.append(unfit)
        if not suspect:
            return []
        bad_values, nothing = self.bad_values, frozenset()
        bad = {index for index, day in enumerate(date_texts or ()) if day in self.bad_days}
        for measure, unfit in zip(measures, off_scale, strict=True):
            bad.update(index for index, (metric, text) in enumerate(zip(measure.per_row(), measure.cells, strict=False))
                       if text in bad_values or text in unfit.get(metric, nothing))
        return sorted(bad)

    def _good(self, found: list[tuple], batch: _Batch) -> None:
        """Rows without problems: their observations and their share of the Check."""
        check = self.check
        rows = len(batch.records)
        numbers = batch.measures[0].values
        if None in numbers:  # blank records (TableReader skips them) have no numbers
            rows -= sum(1 for fields, n in zip(batch.records, numbers, strict=True) if n is None and _blank(fields))
        check.rows_read += rows
        for texts, noted, counter in ((batch.stage_texts, self.unmatched_stages, check.unmatched_stages),
                                      (batch.card_texts, self.unmatched_cards, check.unmatched_touchpoints)):
            if texts is not None and noted and not noted.keys().isdisjoint(texts):
                for text, n in Counter(texts).items():
                    key = noted.get(text)
                    if key is not None:
                        counter[key] += n
        texts = batch.card_texts
        if texts is not None and self.loose_cards and not self.loose_cards.keys().isdisjoint(texts):
            stages = batch.stages if batch.stages is not None else [None] * len(texts)
            for (text, stage_id), n in Counter(zip(texts, stages, strict=True)).items():
                key = self.loose_cards.get(text)
                if key is not None:
                    check.touchpoint_stages.setdefault(key, Counter())[stage_id] += n
        if self.long:
            (measure,) = batch.measures
            metrics, values = measure.metric, measure.values
            each = batch.observations(measure)
            if "" in metrics or None in values:
                keep = list(map(and_, map(bool, metrics), map(is_not, values, repeat(None))))
                added = list(compress(each, keep))
                check.metrics.update(compress(metrics, keep))
            else:
                added = list(each)
                check.metrics.update(metrics)
        else:
            # Row by row, a row's values come in the order of its metric columns; None holds the
            # place of an empty cell until all are interleaved.
            per_measure = [list(batch.observations(m)) if None not in m.values
                           else [o if o[7] is not None else None for o in batch.observations(m)]
                           for m in batch.measures]
            added = list(filter(None, chain.from_iterable(zip(*per_measure, strict=True))))
            check.metrics.update(m.metric for m in batch.measures if m.values.count(None) < len(m.values))
        check.observations += len(added)
        found.extend(added)


class _Measure:
    """One value column of a batch: its metric (a name, or each row's in a long table), texts and numbers."""

    __slots__ = ("metric", "cells", "values")

    def __init__(self, metric: list[str] | str, cells: Sequence[str], values: list | None = None) -> None:
        self.metric = metric
        self.cells = cells
        self.values: list = values if values is not None else []

    def names(self) -> Iterable[str]:
        return self.metric if isinstance(self.metric, list) else (self.metric,)

    def per_row(self) -> Iterable[str]:
        return self.metric if isinstance(self.metric, list) else repeat(self.metric)

    def cells_of(self, metric: str) -> set[str]:
        """The distinct texts of the rows of ``metric``."""
        if isinstance(self.metric, list):
            return set(compress(self.cells, map(metric.__eq__, self.metric)))
        return set(self.cells)

    def rows(self, low: int, high: int) -> _Measure:
        metric = self.metric[low:high] if isinstance(self.metric, list) else self.metric
        return _Measure(metric, self.cells[low:high], self.values[low:high])


class _Batch:
    """The converted columns of a batch of rows (None for a role the mapping leaves out)."""

    __slots__ = ("records", "lines", "days", "stages", "cards", "channels", "segments", "measures",
                 "stage_texts", "card_texts")

    def __init__(self, records: list[list[str]], lines: Sequence[int], days: list | None, stages: list | None,
                 cards: list | None, channels: list | None, segments: list | None, measures: list[_Measure],
                 stage_texts: Sequence[str] | None, card_texts: Sequence[str] | None) -> None:
        self.records, self.lines, self.measures = records, lines, measures
        self.days, self.stages, self.cards, self.channels, self.segments = days, stages, cards, channels, segments
        self.stage_texts, self.card_texts = stage_texts, card_texts

    def rows(self, low: int, high: int) -> _Batch:
        def cut(values: Sequence | None) -> Sequence | None:
            return None if values is None else values[low:high]

        return _Batch(self.records[low:high], self.lines[low:high], cut(self.days), cut(self.stages),
                      cut(self.cards), cut(self.channels), cut(self.segments),
                      [m.rows(low, high) for m in self.measures], cut(self.stage_texts), cut(self.card_texts))

    def observations(self, measure: _Measure) -> Iterator[tuple]:
        """(line, day, stage_id, card_id, channel, segment, metric, value) for every row, empty values too."""
        return zip(self.lines, _or(self.days, None), _or(self.stages, None), _or(self.cards, None),
                   _or(self.channels, ""), _or(self.segments, ""), measure.per_row(), measure.values, strict=False)


def _or(values: Sequence | None, default: object) -> Iterable:
    return repeat(default) if values is None else values


def _row_batches(converter: Converter, reader: TableReader) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for observation in converter.observations(reader):
        batch.append(_as_row(observation))
        if len(batch) >= datasets.CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _batches(converter: Converter, reader: TableReader) -> Iterator[list[tuple]]:
    fast = _FastTable.of(converter, reader)
    return fast.batches() if fast is not None else _row_batches(converter, reader)


@dataclass(frozen=True)
class ImportResult:
    dataset: Dataset
    check: Check


def read_header(data: bytes, settings: CsvSettings, name: str) -> list[str]:
    return list(TableReader(io.BytesIO(data), settings, name=name).columns)


def _opened(data: bytes | Path) -> IO[bytes]:
    """A binary stream over the CSV: a file on disk is read as it goes, never held whole."""
    return open(data, "rb") if isinstance(data, Path) else io.BytesIO(data)  # noqa: SIM115


def check_file(document: Document, journey_id: str, data: bytes | Path, settings: CsvSettings,
               mapping: Mapping, name: str = "The file") -> Check:
    """A dry run: every row read and checked, nothing written."""
    with _opened(data) as stream:
        reader = TableReader(stream, settings, name=name)
        converter = Converter(document, journey_id, list(reader.columns), mapping, settings.decimal)
        try:
            with _collector_paused():
                for _ in _batches(converter, reader):
                    pass
        except _NotFast:
            converter.check = Check()
            with _opened(data) as again, _collector_paused():
                reader = TableReader(again, settings, name=name)
                for _ in converter.observations(reader):
                    pass
        _add_ragged(converter.check, reader)
    return converter.check


def _add_ragged(check: Check, reader: TableReader) -> None:
    for problem in reader.problems:
        check.add_problem(problem.line, problem.message)
    check.problem_count += max(0, reader.problem_count - len(reader.problems))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Millions of short-lived lists would set off the cyclic garbage collector thousands of times
    (about a quarter of the import's time); reading and writing make no reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(conn: sqlite3.Connection, dataset_id: str, converter: Converter, reader: TableReader,
           data: bytes | Path, settings: CsvSettings, name: str, progress: Callable[[int], None] | None,
           cancelled: Callable[[], bool] | None) -> int:
    try:
        with _collector_paused():
            written = write_batches(conn, dataset_id, _batches(converter, reader), progress=progress,
                                    cancelled=cancelled)
    except _NotFast:
        converter.check = Check()
        with _opened(data) as stream, _collector_paused():
            reader = TableReader(stream, settings, name=name)
            written = write_batches(conn, dataset_id, _row_batches(converter, reader), progress=progress,
                                    cancelled=cancelled)
    _add_ragged(converter.check, reader)
    return written


def write_rows(conn: sqlite3.Connection, dataset_id: str, converter: Converter, data: bytes | Path,
               settings: CsvSettings, *, name: str = "The file", progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Read, convert and write every row of ``data`` with its rollups in one transaction (all or nothing).

    ``converter`` was made for this file's columns; afterwards ``converter.check`` holds the
    counts and every problem, ragged rows included. Returns the number of values written.
    ``progress`` and ``cancelled`` are called between batches, as ``write_observations`` does.
    """
    with _opened(data) as stream:
        reader = TableReader(stream, settings, name=name)
        return _write(conn, dataset_id, converter, reader, data, settings, name, progress, cancelled)


def import_file(
    history: History,
    conn,  # noqa: ANN001 - the store's sqlite3 connection
    journey_id: str,
    data: bytes | Path,
    settings: CsvSettings,
    mapping: Mapping,
    *,
    source: str,
    replacing: Dataset | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the rows (all or nothing), then add the Dataset entity as one undoable edit."""
    document = history.document
    dataset_id = new_id()
    name = Path(source).name
    with _opened(data) as stream:
        reader = TableReader(stream, settings, name=name)
        converter = Converter(document, journey_id, list(reader.columns), mapping, settings.decimal)
        written = _write(conn, dataset_id, converter, reader, data, settings, name, progress, cancelled)
    check = converter.check
    dataset = Dataset(
        dataset_id, journey_id, replacing.name if replacing else Path(source).stem, str(source),
        json.dumps(asdict(settings), ensure_ascii=False), mapping.to_json(), tuple(sorted(check.metrics)),
        written, check.problem_count, datetime.now(timezone.utc).isoformat(timespec="seconds"),
        replacing.position if replacing else len(document.children(Dataset, "journey_id", journey_id)),
    )
    history.do(commands.add_dataset(document, dataset, replacing=replacing.id if replacing else None))
    return ImportResult(dataset, check)


def settings_of(dataset: Dataset) -> CsvSettings:
    try:
        return CsvSettings(**json.loads(dataset.settings))
    except (ValueError, TypeError) as error:
        raise CsvError(t("The dataset's saved settings cannot be read ({reason}); import the file again.",
                         reason=error)) from None


def missing_touchpoints(check: Check, document: Document, journey_id: str) -> list[tuple[str, str]]:
    """(stage id, text) for each touchpoint key that matched nothing: in its most common stage."""
    stages = document.stages(journey_id)
    if not stages:
        return []
    found = []
    seen: set[str] = set()
    for key in sorted(check.unmatched_touchpoints):
        if normalized(key) in seen:
            continue
        seen.add(normalized(key))
        counts = check.touchpoint_stages.get(key, Counter())
        stage_id = next((s for s, _ in counts.most_common() if s is not None), stages[0].id)
        found.append((stage_id, key))
    return found


__all__ = ["Check", "Converter", "ImportResult", "Mapping", "MappingError", "check_file",
           "default_mapping", "import_file", "kind_for", "map_keys", "missing_touchpoints", "normalized",
           "read_header", "settings_of", "write_rows"]
