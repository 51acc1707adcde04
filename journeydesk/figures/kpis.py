"""KPIs against their targets: each KPI's current value (from its metric, or typed in) and its status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journeydesk.core.document import Document
from journeydesk.core.enums import KpiDirection, MetricKind
from journeydesk.core.kpi_commands import kpis_of
from journeydesk.core.model import Kpi, Stage
from journeydesk.figures.groups import figures
from journeydesk.figures.metric import format_value, no_data_reason
from journeydesk.i18n import n_, t
from journeydesk.store.datasets import DatasetReader


class KpiStatus(StrEnum):
    ON_TARGET = "on_target"
    OFF_TARGET = "off_target"
    NO_DATA = "no_data"


_STATUS_NAMES = {KpiStatus.ON_TARGET: n_("on target"), KpiStatus.OFF_TARGET: n_("off target"),
                 KpiStatus.NO_DATA: n_("no data")}


def status_name(status: KpiStatus) -> str:
    return t(_STATUS_NAMES[status])


@dataclass(frozen=True, slots=True)
class KpiFigure:
    """One KPI with its current value: ``n`` is the sample size behind a metric's value (None when typed in);
    ``kind`` is the metric's kind (None when typed in or not found); ``problem`` says why there is no
    value."""

    kpi: Kpi
    stage: Stage | None
    current: float | None
    n: int | None
    kind: MetricKind | None
    metric: str
    status: KpiStatus
    problem: str = ""

    def shown(self, value: float | None) -> str:
        """A value of this KPI (current, baseline or target) written as its metric's figures are; plain values
        all with two decimals when one of the three has a fraction, so "2.10" stands beside "2.00", not
        "2"."""
        kind = self.kind or MetricKind.VALUE
        figures = (self.current, self.kpi.baseline, self.kpi.target)
        if value is not None and kind == MetricKind.VALUE and any(
                v is not None and not float(v).is_integer() for v in figures):
            return f"{value:,.2f}"
        return format_value(value, kind)


def kpi_line(figure: KpiFigure) -> str:
    """“CSAT: 66.7 % (target 80.0 %, off target)”: one KPI as a stage page and a stage header's tooltip show
    it."""
    return t("{name}: {current} (target {target}, {status})", name=figure.kpi.name,
             current=figure.shown(figure.current), target=figure.shown(figure.kpi.target),
             status=status_name(figure.status))


def kpi_status(current: float | None, target: float | None, direction: KpiDirection) -> KpiStatus:
    """On target when the current value has reached the target in the KPI's direction (equal counts as
    reached); no data without a current value or a target."""
    if current is None or target is None:
        return KpiStatus.NO_DATA
    reached = current >= target if direction == KpiDirection.UP else current <= target
    return KpiStatus.ON_TARGET if reached else KpiStatus.OFF_TARGET


def journey_kpis(document: Document, journey_id: str) -> list[tuple[Stage | None, Kpi]]:
    """The journey's own KPIs, then each stage's, in map order."""
    found: list[tuple[Stage | None, Kpi]] = [(None, k) for k in kpis_of(document, journey_id)]
    for stage in document.stages(journey_id):
        found.extend((stage, k) for k in kpis_of(document, journey_id, stage.id))
    return found


def scorecard(document: Document, data: DatasetReader | None, journey_id: str) -> list[KpiFigure]:
    """Every KPI of the journey with its current value and status, the journey's own first.

    A metric's value is the journey's (for a journey KPI) or the stage's (for a stage KPI), computed as the
    ``metrics`` command computes it ``--by all`` or ``--by stage``, over the journey's imported data."""
    computed: dict[tuple[str, str], tuple[str, MetricKind, dict[str, tuple[float | None, int]]] | str] = {}

    def metric_figures(metric: str, by: str) -> tuple[str, MetricKind,
                                                      dict[str, tuple[float | None, int]]] | str:
        key = (metric, by)
        if key not in computed:
            if data is None:
                computed[key] = no_data_reason(document, data, journey_id)
            else:
                try:
                    name, kind, rows = figures(document, data, metric, by, journey_id)
                except LookupError as error:
                    computed[key] = str(error.args[0])
                else:
                    computed[key] = (name, kind, {row.key: (row.value, row.n) for row in rows})
        return computed[key]

    result = []
    for stage, kpi in journey_kpis(document, journey_id):
        if not kpi.metric:
            status = kpi_status(kpi.value, kpi.target, kpi.direction)
            result.append(KpiFigure(kpi, stage, kpi.value, None, None, "", status))
            continue
        found = metric_figures(kpi.metric, "all" if stage is None else "stage")
        if isinstance(found, str):
            result.append(KpiFigure(kpi, stage, None, None, None, kpi.metric, KpiStatus.NO_DATA, found))
            continue
        name, kind, by_key = found
        value, n = by_key.get("" if stage is None else stage.id, (None, 0))
        problem = "" if n else t("No answers of “{metric}” fall in this place.", metric=name)
        status = kpi_status(value, kpi.target, kpi.direction)
        result.append(KpiFigure(kpi, stage, value, n, kind, name, status, problem))
    return result
