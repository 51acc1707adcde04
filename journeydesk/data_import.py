"""Turning a read CSV table into metric rows tied to the map: the mapping, key matching, checks, import."""

from __future__ import annotations

import io
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
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
from journeydesk.store.datasets import Observation, write_observations

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
        if self.decimal == "." and text.isdigit():
            number: float | None = float(text)
        else:
            number = self._parsed_number(text, column)
        kind = self.mapping.metric_kinds.get(metric)
        if number is not None and kind in SCALES:
            low, high = SCALES[MetricKind(kind)]
            if not (low <= number <= high) or (kind != MetricKind.CES and number != int(number)):
                raise ValueError(t("{value} is not a {kind} answer ({low}–{high}) in column {column}",
                                   value=text.strip(), kind=kind.upper(), low=low, high=high, column=column))
        return number

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
        for _ in converter.observations(reader):
            pass
        _add_ragged(converter.check, reader)
    return converter.check


def _add_ragged(check: Check, reader: TableReader) -> None:
    for problem in reader.problems:
        check.add_problem(problem.line, problem.message)
    check.problem_count += max(0, reader.problem_count - len(reader.problems))


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
    with _opened(data) as stream:
        reader = TableReader(stream, settings, name=Path(source).name)
        converter = Converter(document, journey_id, list(reader.columns), mapping, settings.decimal)
        written = write_observations(conn, dataset_id, converter.observations(reader), progress=progress,
                                     cancelled=cancelled)
        check = converter.check
        _add_ragged(check, reader)
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
           "read_header", "settings_of"]
