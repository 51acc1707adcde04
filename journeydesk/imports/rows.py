"""Converting rows one at a time with a mapping: what reading found (the Check), and the values of a row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.i18n import t
from journeydesk.imports.answers import LABELS, PAIRED, label_value
from journeydesk.imports.mapping import SCALES, Mapping, MappingError
from journeydesk.imports.names import map_keys, normalized, stage_key
from journeydesk.imports.reader import Row, RowProblem
from journeydesk.imports.roles import KEY_ROLES
from journeydesk.imports.values import AmbiguousDateError, parse_date, parse_number
from journeydesk.store.datasets import Observation

MAX_KEPT = 1000  # problems of each sort kept with their text; the rest are counted


class StructuralProblem(ValueError):
    """A row that does not fit the table's structure (an impossible date), reported before value problems."""


def line_message(line: int, reason: object) -> str:
    """A problem as every report words it: "Line 1,503: …"."""
    return t("Line {line}: {reason}", line=f"{line:,}", reason=reason)


def bad_rows_refusal(name: str, count: int) -> str:
    """Why an import with bad rows stops until they are fixed or skipped."""
    if count == 1:
        return t("{name}: 1 row has a problem; fix it, or skip it (--skip-bad-rows) to import the rest.",
                 name=name)
    return t("{name}: {n} rows have problems; fix them, or skip them (--skip-bad-rows) to import the rest.",
             name=name, n=f"{count:,}")


@dataclass
class Check:
    """What reading the rows found: counts, problems with line numbers, keys that match nothing.

    Structural problems (a row with the wrong number of fields, an impossible date) are listed
    before value problems, each sort in line order, so thousands of bad values never hide them.
    """

    rows_read: int = 0
    observations: int = 0
    problem_count: int = 0
    structural: list[RowProblem] = field(default_factory=list)
    value_problems: list[RowProblem] = field(default_factory=list)
    structural_count: int = 0
    no_answers: Counter = field(default_factory=Counter)
    unmatched_stages: Counter = field(default_factory=Counter)
    unmatched_touchpoints: Counter = field(default_factory=Counter)
    touchpoint_stages: dict[str, Counter] = field(default_factory=dict)
    first_lines: dict[str, int] = field(default_factory=dict)
    metrics: set[str] = field(default_factory=set)

    def add_problem(self, line: int, message: str, *, structural: bool = False) -> None:
        self.problem_count += 1
        kept = self.structural if structural else self.value_problems
        if structural:
            self.structural_count += 1
        if len(kept) < MAX_KEPT:
            kept.append(RowProblem(line, message, []))

    @property
    def problems(self) -> list[RowProblem]:
        """Structural problems in line order, then value problems in line order (at most MAX_KEPT in all)."""
        found = sorted(self.structural, key=lambda p: p.line) + sorted(self.value_problems,
                                                                       key=lambda p: p.line)
        return found[:MAX_KEPT]

    def note_unmatched_stage(self, key: str, line: int, n: int = 1) -> None:
        self.unmatched_stages[key] += n
        self.first_lines.setdefault(key, line)


def reader_of(mapping: Mapping, column: str, decimal: str) -> Callable[[str], float | None]:
    """How a metric column's cells become numbers: words on the CSAT scale, or numbers as written."""
    kind = mapping.label_columns.get(column)
    if kind:
        table = {**PAIRED, **LABELS} if kind == "paired" else LABELS

        def read_label(text: str) -> float | None:
            try:
                return label_value(text, table)
            except ValueError:
                raise ValueError(t("'{text}' is not one of the answers of column {column} (such as 'Very "
                                   "satisfied' or 'good')", text=text.strip(), column=column)) from None

        return read_label

    def read_number(text: str) -> float | None:
        if decimal == "." and text.isascii() and text.isdigit():
            return float(text)
        try:
            return parse_number(text, decimal=decimal)
        except ValueError:
            raise ValueError(t("'{text}' is not a number in column {column}", text=text.strip(),
                               column=column)) from None

    return read_number


class Converter:
    """Reads rows with a mapping and yields Observations; bad rows are recorded, not raised."""

    def __init__(self, document: Document, journey_id: str, columns: list[str], mapping: Mapping,
                 decimal: str = ".") -> None:
        self.mapping = mapping
        self.decimal = decimal
        self.check = Check()
        stages, touchpoints = map_keys(document, journey_id)
        self.stages = {**stages, **{stage_key(k): v for k, v in mapping.stage_matches.items()}}
        self.touchpoints = {**touchpoints,
                            **{normalized(k): v for k, v in mapping.touchpoint_matches.items()}}
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
        elif not mapping.metric_columns and not mapping.count_metric:
            raise MappingError(t("No column holds a value to import: choose at least one metric column."))
        self.metric_indexes = [(index[c], name) for c, name in mapping.metric_columns.items()]
        self.readers = {i: reader_of(mapping, columns[i], decimal) for i, _ in self.metric_indexes}
        if mapping.shape == "long":
            self.readers[self.value_column] = reader_of(mapping, columns[self.value_column], decimal)
        self.columns = columns
        self._days: dict[str, date | None] = {}
        self._stage_keys: dict[str, str] = {}
        self._card_keys: dict[str, str] = {}

    def observations(self, rows: Iterable[Row]) -> Iterator[Observation]:
        for row in rows:
            self.check.rows_read += 1
            try:
                yield from self._row(row)
            except StructuralProblem as error:
                self.check.add_problem(row.line, line_message(row.line, error), structural=True)
            except ValueError as error:
                self.check.add_problem(row.line, line_message(row.line, error))

    def _row(self, row: Row) -> list[Observation]:
        values = row.values
        keys = {role: values[i].strip() for role, i in self.key_columns.items()}
        day = self._day(keys.get("date", ""))
        stage = keys.get("stage", "")
        stage_id, unmatched = self._match(stage, self.stages, self._stage_keys, stage_key)
        if unmatched:
            self.check.note_unmatched_stage(stage, row.line)
        card = keys.get("touchpoint", "")
        card_id, unmatched = self._match(card, self.touchpoints, self._card_keys, normalized)
        if unmatched:
            self.check.unmatched_touchpoints[card] += 1
        if card and card_id is None:
            self.check.touchpoint_stages.setdefault(card, Counter())[stage_id] += 1
        found = []
        empty = []
        if self.mapping.shape == "long":
            metric = values[self.metric_column].strip()
            number = self.number(values[self.value_column], self.value_column, metric)
            if metric and number is not None:
                found.append((metric, number))
            elif metric:
                empty.append(metric)
        else:
            for column, metric in self.metric_indexes:
                number = self.number(values[column], column, metric)
                if number is not None:
                    found.append((metric, number))
                else:
                    empty.append(metric)
            if self.mapping.count_metric:
                found.append((self.mapping.count_metric, 1.0))
        self.check.no_answers.update(empty)
        base = (row.line, day, stage_id, card_id, keys.get("channel", ""), keys.get("segment", ""))
        self.check.observations += len(found)
        self.check.metrics.update(metric for metric, _ in found)
        return [Observation(*base, metric, number) for metric, number in found]

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
            raise StructuralProblem(t("'{text}' could be day/month or month/day: choose the date order",
                                      text=text)) from None
        except ValueError as error:
            raise StructuralProblem(str(error)) from None
        return value.date() if isinstance(value, datetime) else value

    def number(self, text: str, column: int, metric: str) -> float | None:
        number = self.readers[column](text)
        kind = self.mapping.metric_kinds.get(metric)
        if number is not None and kind in SCALES:
            low, high = SCALES[MetricKind(kind)]
            if not (low <= number <= high) or (kind != MetricKind.CES and number != int(number)):
                raise ValueError(t("{value} is not a {kind} answer ({low}–{high}) in column {column}",
                                   value=text.strip(), kind=kind.upper(), low=low, high=high,
                                   column=self.columns[column]))
        return number

    @staticmethod
    def _match(key: str, known: dict[str, str], cache: dict[str, str],
               fold: Callable[[str], str]) -> tuple[str | None, bool]:
        """The id ``key`` stands for (None if nothing), and whether it matched nothing at all.

        An empty override is the person's choice of "no match": not reported as unmatched.
        """
        if not key:
            return None, False
        folded = cache.get(key)
        if folded is None:
            folded = fold(key)
            if len(cache) < 100_000:
                cache[key] = folded
        found = known.get(folded)
        return found or None, found is None


__all__ = ["Check", "Converter", "StructuralProblem", "line_message", "reader_of"]
