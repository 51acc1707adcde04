"""How a table's columns become metric rows: the saved mapping, its first guess, and key matching by name."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field

from journeydesk.core.document import Document
from journeydesk.core.model import CardKind, MetricKind
from journeydesk.i18n import t
from journeydesk.imports.reader import Table
from journeydesk.imports.roles import guess_roles, table_shape
from journeydesk.imports.values import detect_date_order

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
    for kind, words in ((MetricKind.NPS, ("nps", "net promoter", "recommend", "推奨", "おすすめ度")),
                        (MetricKind.CSAT, ("csat", "満足", "satisf")),
                        (MetricKind.CES, ("ces", "effort", "努力", "労力", "手間"))):
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


__all__ = ["KEY_ROLES", "SCALES", "Mapping", "MappingError", "default_mapping", "kind_for", "map_keys", "normalized"]
