"""The report's scorecard (each KPI against its target) and evidence appendix (quotes by card, with
sources)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from journeydesk.core.document import Document
from journeydesk.core.enums import EvidenceStatus, KpiDirection
from journeydesk.core.evidence import (
    Confidence,
    backing_words,
    card_backing,
    confidence,
    evidence_of,
    journey_personas,
    source_type_name,
    standing,
)
from journeydesk.core.model import Evidence
from journeydesk.figures.kpis import KpiFigure, KpiStatus, kpi_line
from journeydesk.figures.kpis import status_name as kpi_status_name
from journeydesk.i18n import t
from journeydesk.report.style import para, styles
from journeydesk.report.tables import _cell, _head, _table


def _direction(direction: KpiDirection) -> str:
    return t("↑ higher is better") if direction == KpiDirection.UP else t("↓ lower is better")


NBSP = "\u00a0"  # a figure or a status reads whole on one line; its column is widened to hold it


def _current(figure: KpiFigure) -> str:
    shown = figure.shown(figure.current)
    made = t("{value} (n = {n})", value=shown, n=figure.n) if figure.n else shown
    return made.replace(" ", NBSP)


def _why_no_data(figure: KpiFigure) -> str:
    """Why a KPI has no status, as the scorecard command says it (or what it lacks)."""
    if figure.problem:
        return figure.problem
    if figure.kpi.target is None:
        return t("It has no target.")
    return t("It has neither a metric nor a typed-in value.")


def scorecard_table(kpis: Sequence[KpiFigure], width: float, brand: str) -> list[Flowable]:
    """Every KPI of a journey (its own first, then stage by stage) with current value, target and status;
    under it, why each KPI without data has none. Empty when the journey has no KPI."""
    if not kpis:
        return []
    rows: list[list[object]] = [_head([t("Stage"), t("KPI"), t("Current"), t("Baseline"), t("Target"),
                                       t("Direction"), t("Status"), t("Owner"), t("Data source")], brand,
                                      (2, 3, 4))]
    reasons: list[str] = []
    for figure in kpis:
        kpi = figure.kpi
        stage = figure.stage.name if figure.stage else t("Whole journey")
        rows.append([_cell(stage, brand), _cell(kpi.name, brand),
                     _cell(_current(figure), brand, "cell_center"), figure.shown(kpi.baseline),
                     figure.shown(kpi.target), _cell(_direction(kpi.direction), brand),
                     _cell(kpi_status_name(figure.status).replace(" ", NBSP), brand), _cell(kpi.owner, brand),
                     _cell(kpi.data_source or "–", brand)])
        if figure.status == KpiStatus.NO_DATA:
            reasons.append(t("{name} ({stage}), no data: {reason}", name=kpi.name, stage=stage,
                             reason=_why_no_data(figure)))
    shares = [0.12, 0.18, 0.12, 0.08, 0.07, 0.10, 0.09, 0.11, 0.13]
    s = styles(brand)
    table = _table(rows, [width * share for share in shares], brand, numeric=(2, 3, 4))
    return [table, *([Spacer(1, 4)] if reasons else []), *(para(reason, s["small"]) for reason in reasons)]


def stage_kpi_line(kpis: Sequence[KpiFigure]) -> str:
    """A stage's KPIs in one line, as its stage page shows them under the heading."""
    return " · ".join(kpi_line(f) for f in kpis)


def _source(item: Evidence) -> str:
    parts = [item.source, source_type_name(item.source_type), item.date, item.participant]
    return " · ".join(part for part in parts if part)


def _summary(document: Document, journey_id: str) -> str:
    cards = document.cards(journey_id)
    statuses = {status: sum(1 for c in cards if c.evidence_status == status) for status in EvidenceStatus}
    levels = [card_backing(document, card.id).confidence for card in cards]
    return t("Cards: {observed} observed, {assumed} assumed, {proposed} proposed. Confidence from their "
             "evidence: {high} high, {medium} medium, {low} low, {none} without evidence.",
             observed=statuses[EvidenceStatus.OBSERVED], assumed=statuses[EvidenceStatus.ASSUMED],
             proposed=statuses[EvidenceStatus.PROPOSED], high=levels.count(Confidence.HIGH),
             medium=levels.count(Confidence.MEDIUM), low=levels.count(Confidence.LOW),
             none=levels.count(Confidence.NONE))


def evidence_appendix(document: Document, journey_id: str, width: float, brand: str) -> list[Flowable]:
    """The journey's evidence, card by card in map order, then stage by stage, then its persona's; each card
    with its status and confidence, the persona with its confidence, each item with its source. Empty when
    there is none."""
    owners: list[tuple[str, str, list[Evidence]]] = []  # (what, how it stands, items)
    stages = document.stages(journey_id)
    lanes = document.lanes(journey_id)
    ordered = [(stage.name, card) for stage in stages for lane in lanes
               for card in document.cell(stage.id, lane.id)]
    for stage_name, card in ordered:
        items = evidence_of(document, card.id)
        if items:
            owners.append((f"{card.text}\n({stage_name})", standing(card.evidence_status, confidence(items)),
                           items))
    for stage in stages:
        items = evidence_of(document, stage.id)
        if items:
            owners.append((t("Stage: {name}", name=stage.name), "", items))
    for persona in journey_personas(document, journey_id):
        items = evidence_of(document, persona.id)
        if items:
            owners.append((t("Persona: {name}", name=persona.name or t("(unnamed persona)")),
                           backing_words(confidence(items)), items))
    if not owners:
        return []
    rows: list[list[object]] = [_head([t("Card, stage or persona"), t("Standing"), t("Quote or finding"),
                                       t("Source")], brand)]
    for what, stands, items in owners:
        for index, item in enumerate(items):
            rows.append([_cell(what if index == 0 else "", brand), _cell(stands if index == 0 else "", brand),
                         _cell(item.text, brand, limit=2000), _cell(_source(item), brand)])
    s = styles(brand)
    return [para(_summary(document, journey_id), s["body"]),
            _table(rows, [width * share for share in (0.22, 0.18, 0.38, 0.22)], brand)]

