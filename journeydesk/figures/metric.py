"""A metric's identity and its value rules: which metrics a journey holds, their kinds, and how a figure
reads."""

from __future__ import annotations

import json
from dataclasses import dataclass

from journeydesk.core import metrics
from journeydesk.core.document import Document
from journeydesk.core.enums import MetricKind
from journeydesk.core.model import Dataset, Journey
from journeydesk.i18n import t
from journeydesk.imports.mapping import SCALES, kind_for
from journeydesk.store.datasets import DatasetReader, Group


@dataclass(frozen=True, slots=True)
class Figure:
    """One group's value of a metric, with its sample size."""

    key: str
    label: str
    value: float | None
    n: int


@dataclass(frozen=True, slots=True)
class Metric:
    """A metric as stored (its name in the data) and how its values are read."""

    name: str
    kind: MetricKind


def datasets_for(document: Document, journey_id: str | None = None) -> list[Dataset]:
    """The imported datasets of a journey (of the whole project when None), in a stable order."""
    found = document.all(Dataset)
    if journey_id is not None:
        found = [d for d in found if d.journey_id == journey_id]
    return sorted(found, key=lambda d: (d.journey_id, d.position, d.id))


def metric_kind(datasets: list[Dataset], metric: str) -> MetricKind:
    """The kind the import recorded for ``metric``, else one guessed from its name."""
    for dataset in datasets:
        try:
            kinds = json.loads(dataset.mapping).get("metric_kinds", {})
        except (ValueError, AttributeError):
            continue
        if metric in kinds:
            try:
                return MetricKind(kinds[metric])
            except ValueError:
                break
    return kind_for(metric)


def metrics_in(document: Document, data: DatasetReader | None, journey_id: str | None = None) -> list[Metric]:
    """Every metric of the journey's (or project's) imported data with its kind, sorted by name."""
    datasets = datasets_for(document, journey_id)
    if data is None or not datasets:
        return []
    return [Metric(name, metric_kind(datasets, name)) for name in data.metrics([d.id for d in datasets])]


def no_data_reason(document: Document, data: DatasetReader | None, journey_id: str | None = None) -> str:
    """Why there is no metric to take figures from: the project has no imported data, or the journey has
    none."""
    journey = document.get(Journey, journey_id) if journey_id is not None else None
    if journey is not None and metrics_in(document, data):
        return t("The journey “{journey}” has no imported data yet: import a CSV file into it first.",
                 journey=journey.name)
    return t("The project has no imported data yet: import a CSV file first.")


def resolve_metric(document: Document, data: DatasetReader, name: str,
                   journey_id: str | None = None) -> Metric:
    """The metric a person means by ``name``: the one so named (exactly, else ignoring case), else the only
    metric of the kind ``name`` names (NPS, CSAT, CES, count, value). LookupError says what there is."""
    available = metrics_in(document, data, journey_id)
    if not available:
        raise LookupError(no_data_reason(document, data, journey_id))
    folded = name.strip().casefold()
    for same in (lambda m: m.name == name, lambda m: m.name.casefold() == folded):
        found = [m for m in available if same(m)]
        if found:
            return found[0]
    try:
        kind = MetricKind(folded)
    except ValueError:
        kind = None
    of_kind = [m for m in available if m.kind == kind]
    if len(of_kind) == 1:
        return of_kind[0]
    if of_kind:
        raise LookupError(t(
            "There are several metrics of the kind '{name}': {names}. Choose one by its name.",
                            name=name, names=", ".join(m.name for m in of_kind)))
    raise LookupError(t("There is no metric '{name}'. Metrics: {names}.", name=name,
                        names=", ".join(m.name for m in available)))


def value_of(group: Group, kind: MetricKind) -> float | None:
    """The figure for a group: NPS score, CSAT % satisfied, a mean, or a total for counts."""
    if kind == MetricKind.NPS:
        return metrics.nps_from_counts(group.promoters, group.n - group.promoters - group.detractors,
                                       group.detractors).score
    if kind == MetricKind.CSAT:
        return group.satisfied * 100 / group.n if group.n else None
    if kind == MetricKind.COUNT:
        return group.total
    return group.mean


def format_value(value: float | None, kind: MetricKind, *, short: bool = False) -> str:
    """A figure as charts and reports write it: NPS signed, CSAT in %, counts whole.

    ``short`` drops the decimal of NPS and CSAT (as on a card of the map overlay)."""
    if value is None:
        return "–"
    if kind == MetricKind.NPS:
        return f"{value:+.0f}" if short else f"{value:+.1f}"
    if kind == MetricKind.CSAT:
        return f"{value:.0f} %" if short else f"{value:.1f} %"
    if kind == MetricKind.COUNT or abs(value) >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def emotion_scale(kind: MetricKind) -> tuple[float, float] | None:
    """The (worst, best) ends of a satisfaction figure, mapped onto −2…+2; None if it has none."""
    if kind == MetricKind.NPS:
        return -100.0, 100.0
    if kind == MetricKind.CSAT:
        return 0.0, 100.0
    if kind == MetricKind.CES:
        low, high = SCALES[MetricKind.CES]
        return float(high), float(low)
    return None
