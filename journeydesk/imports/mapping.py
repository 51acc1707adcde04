"""How a table's columns become metric rows: the saved mapping, and the first proposal with its reasons."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from journeydesk.core.enums import MetricKind
from journeydesk.i18n import t
from journeydesk.imports.names import normalized
from journeydesk.imports.reader import Table
from journeydesk.imports.roles import KEY_ROLES, ColumnGuess, count_name, guess_columns, metric_kind
from journeydesk.imports.values import detect_date_order, parse_number

SCALES = {MetricKind.NPS: (0, 10), MetricKind.CSAT: (1, 5), MetricKind.CES: (1, 7)}


class MappingError(ValueError):
    """The mapping cannot be applied to the file; the message says what to choose."""


@dataclass(frozen=True)
class Mapping:
    """How a table's columns become metric rows; saved with the dataset so Refresh can repeat it.

    ``label_columns`` names the columns whose answers are words ("five": five-point labels;
    "paired": good / bad and yes / no too). ``count_metric``, when set, counts each row as 1 of it
    (a table of tickets or orders).
    """

    shape: str = "wide"
    roles: dict[str, str] = field(default_factory=dict)
    metric_columns: dict[str, str] = field(default_factory=dict)
    metric_kinds: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    stage_matches: dict[str, str] = field(default_factory=dict)
    touchpoint_matches: dict[str, str] = field(default_factory=dict)
    label_columns: dict[str, str] = field(default_factory=dict)
    count_metric: str = ""

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

    def column_of(self, role: str) -> str | None:
        return next((c for c, r in self.roles.items() if r == role), None)


@dataclass(frozen=True)
class Proposal:
    """The first mapping for a table, each column's guess with its reason."""

    mapping: Mapping
    columns: tuple[ColumnGuess, ...]


def kind_for(name: str) -> MetricKind:
    """A metric's kind guessed from its name alone (NPS, CSAT, CES, count; else a plain value)."""
    kind, _labels, _reason = metric_kind(name, ["1"], [1.0])
    return MetricKind(kind) if kind else MetricKind.VALUE


def propose(table: Table, stages: set[str] | None = None, touchpoints: set[str] | None = None,
            source_name: str = "") -> Proposal:
    """The first guess from names, question texts and values, with the date order decided where the data
    can."""
    guesses = guess_columns(table, stages, touchpoints)
    roles = {g.column: g.role for g in guesses if g.role in KEY_ROLES or g.role in ("metric", "value")}
    long = {"metric", "value"} <= set(roles.values())
    metric_columns: dict[str, str] = {}
    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    if long:
        kinds = _long_kinds(table, roles)
    else:
        for guess in guesses:
            if guess.role != "measure":
                continue
            metric = _unique_metric(guess.metric, metric_columns)
            metric_columns[guess.column] = metric
            kinds[metric] = guess.kind
            if guess.labels:
                labels[guess.column] = guess.labels
    numeric = any(column not in labels for column in metric_columns)
    misread = any(g.unreadable for g in guesses)
    count_metric = ""
    # A table of tickets or orders has no numbers to add up; one whose metric column could not be read
    # is not such a table, and counting its rows would pass a misread file off as data.
    if not long and not numeric and not misread and table.rows:
        count_metric = _unique_metric(count_name(table, source_name), metric_columns)
        kinds[count_metric] = MetricKind.COUNT.value
    shape = "long" if long else "responses" if set(kinds.values()) & {"nps", "csat", "ces"} else "wide"
    mapping = Mapping(shape, roles, metric_columns, kinds, _date_order(table, roles), label_columns=labels,
                      count_metric=count_metric)
    return Proposal(mapping, tuple(guesses))


def explained(proposal: Proposal, mapping: Mapping) -> list[tuple[str, str]]:
    """(metric, the kind chosen and why) for every metric ``mapping`` writes, in column order."""
    reasons = {g.column: g.reason for g in proposal.columns}
    proposed = proposal.mapping
    found = []
    for column, metric in mapping.metric_columns.items():
        same = (proposed.metric_columns.get(column) == metric
                and proposed.metric_kinds.get(metric) == mapping.metric_kinds.get(metric))
        found.append((metric, reasons.get(column, "") if same else t("as chosen")))
    if mapping.count_metric:
        found.append((mapping.count_metric, t("count of rows (no column of numbers to add up)")))
    if mapping.shape == "long":
        found.extend((metric, t("{kind}, from the metric's name and values", kind=kind))
                     for metric, kind in mapping.metric_kinds.items())
    return found


def _unique_metric(name: str, taken: dict[str, str]) -> str:
    names = {normalized(n) for n in taken.values()}
    base, candidate, n = name, name, 1
    while normalized(candidate) in names:
        n += 1
        candidate = f"{base} ({n})"
    return candidate


def _long_kinds(table: Table, roles: dict[str, str]) -> dict[str, str]:
    """Each metric name's kind in a long table, judged from the name and its values as in a wide one."""
    metric = table.columns.index(next(c for c, r in roles.items() if r == "metric"))
    value = table.columns.index(next(c for c, r in roles.items() if r == "value"))
    cells: dict[str, list[str]] = {}
    for row in table.rows:
        name = row.values[metric].strip()
        if name and row.values[value].strip():
            cells.setdefault(name, []).append(row.values[value])
    kinds = {}
    for name, values in cells.items():
        numbers = []
        for text in values:
            try:
                number = parse_number(text, decimal=table.settings.decimal)
            except ValueError:
                continue
            if number is not None:
                numbers.append(number)
        kind, _labels, _reason = metric_kind(name, values, numbers)
        kinds[name] = kind if kind in ("nps", "csat", "ces", "count") else "value"
    return kinds


def _date_order(table: Table, roles: dict[str, str]) -> str | None:
    column = next((c for c, r in roles.items() if r == "date"), None)
    if column is None:
        return None
    index = table.columns.index(column)
    samples = [row.values[index] for row in table.rows[:500] if row.values[index].strip()]
    try:
        order = detect_date_order(samples)
    except ValueError:
        return None
    return None if order.ambiguous else order.order


__all__ = ["KEY_ROLES", "SCALES", "Mapping", "MappingError", "Proposal", "explained", "kind_for",
           "normalized", "propose"]
