"""Evidence items and KPIs in the JSON format (format 3): written beside their card, stage, persona or
journey, and read back into entities."""

from __future__ import annotations

from collections.abc import Callable

from journeydesk.core.document import Document
from journeydesk.core.enums import KpiDirection, SourceType
from journeydesk.core.evidence import evidence_of
from journeydesk.core.kpi_commands import kpis_of
from journeydesk.core.model import Evidence, Kpi

Problem = Callable[[str, tuple], None]

_EVIDENCE_FIELDS = ("text", "source", "source_type", "date", "participant")
_KPI_FIELDS = ("name", "metric", "value", "baseline", "target", "direction", "owner", "data_source")


def evidence_dicts(doc: Document, owner_id: str) -> dict:
    """``{"evidence": [...]}`` for an owner with evidence, else ``{}`` (the key is left out when empty)."""
    items = evidence_of(doc, owner_id)
    if not items:
        return {}
    return {"evidence": [{"id": item.id, **{name: getattr(getattr(item, name), "value", getattr(item, name))
                                            for name in _EVIDENCE_FIELDS}} for item in items]}


def kpi_dicts(doc: Document, journey_id: str, stage_id: str | None) -> dict:
    """``{"kpis": [...]}`` for a journey (``stage_id`` None) or stage with KPIs, else ``{}``."""
    kpis = kpis_of(doc, journey_id, stage_id)
    if not kpis:
        return {}
    return {"kpis": [{"id": kpi.id, **{name: getattr(getattr(kpi, name), "value", getattr(kpi, name))
                                       for name in _KPI_FIELDS}} for kpi in kpis]}


def read_evidence(raw: dict, journey_id: str | None, owner: dict[str, str],
                  new_id: Problem) -> list[Evidence]:
    """The evidence items of one card, stage or persona (``owner`` is e.g. ``{"card_id": id}``)."""
    found = []
    for index, item in enumerate(raw.get("evidence", [])):
        new_id(item["id"], ("evidence", index, "id"))
        found.append(Evidence(item["id"], journey_id=journey_id, text=item["text"],
                              source=item.get("source", ""), source_type=SourceType(item.get(
                                  "source_type", SourceType.INTERVIEW.value)),
                              date=item.get("date", ""), participant=item.get("participant", ""),
                              position=index, **owner))
    return found


def read_kpis(raw: dict, journey_id: str, stage_id: str | None, new_id: Problem) -> list[Kpi]:
    """The KPIs of one journey (``stage_id`` None) or stage."""
    found = []
    for index, item in enumerate(raw.get("kpis", [])):
        new_id(item["id"], ("kpis", index, "id"))
        found.append(Kpi(item["id"], journey_id, stage_id, item["name"], item.get("metric", ""),
                         item.get("value"), item.get("baseline"), item.get("target"),
                         KpiDirection(item.get("direction", "up")), item.get("owner", ""),
                         item.get("data_source", ""), position=index))
    return found
