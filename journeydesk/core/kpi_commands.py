"""Commands for KPIs of a stage or of a whole journey: set (add or update by name) and delete."""

from __future__ import annotations

from dataclasses import replace

from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.draft import Draft, require, settable
from journeydesk.core.entity import new_id
from journeydesk.core.model import Journey, Kpi, Stage
from journeydesk.core.snapshot import folded
from journeydesk.i18n import t

_FIXED = frozenset({"id", "position", "journey_id", "stage_id", "name"})


def kpis_of(doc: Document, journey_id: str, stage_id: str | None = None) -> list[Kpi]:
    """The KPIs of a stage, or the journey's own ones (``stage_id`` None), in order."""
    found = [k for k in doc.children(Kpi, "journey_id", journey_id) if k.stage_id == stage_id]
    return sorted(found, key=lambda k: (k.position, k.id))


def find_kpi(doc: Document, journey_id: str, stage_id: str | None, name: str) -> Kpi | None:
    """The KPI of that name in that place, names compared ignoring case and width."""
    wanted = folded(name)
    return next((k for k in kpis_of(doc, journey_id, stage_id) if folded(k.name) == wanted), None)


def set_kpi(doc: Document, journey_id: str, name: str, *, stage_id: str | None = None,
            **values: object) -> Edit:
    """Add a KPI to a stage (or to the journey), or update the one of the same name there.

    Values not given keep what the KPI had; giving ``metric`` clears a typed ``value`` and the reverse."""
    require(doc, Journey, journey_id)
    if stage_id is not None and require(doc, Stage, stage_id).journey_id != journey_id:
        raise EditRefused(t("The stage belongs to another journey."))
    if not name.strip():
        raise EditRefused(t("A KPI needs a name."))
    values = settable(Kpi, values, _FIXED)
    if values.get("metric"):
        values.setdefault("value", None)
    elif values.get("value") is not None:
        values.setdefault("metric", "")
    existing = find_kpi(doc, journey_id, stage_id, name)
    draft = Draft(doc)
    if existing is None:
        place = len(kpis_of(doc, journey_id, stage_id))
        draft.put(replace(Kpi(new_id(), journey_id, stage_id, name.strip(), position=place), **values))
        return draft.edit(t("Add KPI “{name}”", name=name.strip()))
    draft.put(replace(existing, **values))
    return draft.edit(t("Edit KPI “{name}”", name=existing.name))


def update_kpi(doc: Document, kpi_id: str, **values: object) -> Edit:
    """Change a KPI's fields, its name included (a name its place already has is refused)."""
    kpi = require(doc, Kpi, kpi_id)
    name = values.get("name")
    if isinstance(name, str):
        other = find_kpi(doc, kpi.journey_id, kpi.stage_id, name)
        if other is not None and other.id != kpi_id:
            raise EditRefused(t("There is already a KPI named “{name}” here.", name=name))
    draft = Draft(doc)
    draft.update(Kpi, kpi_id, **values)
    return draft.edit(t("Edit KPI “{name}”", name=kpi.name))


def delete_kpi(doc: Document, kpi_id: str) -> Edit:
    kpi = require(doc, Kpi, kpi_id)
    draft = Draft(doc)
    draft.remove(kpi)
    draft.renumber([k for k in kpis_of(doc, kpi.journey_id, kpi.stage_id) if k.id != kpi_id])
    return draft.edit(t("Delete KPI “{name}”", name=kpi.name))
