"""Converting rows one at a time with a mapping: what reading found (the Check), and the values of a row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from journeydesk.core.document import Document
from journeydesk.core.model import MetricKind
from journeydesk.i18n import t
from journeydesk.imports.mapping import (
    KEY_ROLES,
    SCALES,
    Mapping,
    MappingError,
    map_keys,
    normalized,
)
from journeydesk.imports.reader import Row, RowProblem
from journeydesk.imports.values import AmbiguousDateError, parse_date, parse_number
from journeydesk.store.datasets import Observation


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
            number = self.number(values[self.value_column], self.columns[self.value_column], metric)
            if metric and number is not None:
                found.append(Observation(*base, metric, number))
        else:
            for column, metric in self.metric_indexes:
                number = self.number(values[column], self.columns[column], metric)
                if number is not None:
                    found.append(Observation(*base, metric, number))
        self.check.observations += len(found)
        self.check.metrics.update(o.metric for o in found)
        return found

    def _day(self, text: str) -> date | None:
        # Exports repeat the same few dates many times: each distinct text is parsed once.
        if text in self._days:
            return self._days[text]
        day = self.parse_day(text)
        if len(self._days) < 100_000:
            self._days[text] = day
        return day

    def parse_day(self, text: str) -> date | None:
        if not text:
            return None
        try:
            value = parse_date(text, self.mapping.date_order)
        except AmbiguousDateError:
            raise ValueError(t("'{text}' could be day/month or month/day: choose the date order",
                               text=text)) from None
        return value.date() if isinstance(value, datetime) else value

    def number(self, text: str, column: str, metric: str) -> float | None:
        number = self.read_number(text, column)
        kind = self.mapping.metric_kinds.get(metric)
        if number is not None and kind in SCALES:
            low, high = SCALES[MetricKind(kind)]
            if not (low <= number <= high) or (kind != MetricKind.CES and number != int(number)):
                raise ValueError(t("{value} is not a {kind} answer ({low}–{high}) in column {column}",
                                   value=text.strip(), kind=kind.upper(), low=low, high=high, column=column))
        return number

    def read_number(self, text: str, column: str) -> float | None:
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


__all__ = ["Check", "Converter"]
