"""Every command that builds an Edit, in one namespace: ``commands.add_card(doc, ...)``.

Commands validate and build; they never mutate. Pass the Edit to ``History.do``.
"""

from __future__ import annotations

from journeydesk.core.content_commands import (
    add_card,
    add_dataset,
    add_link,
    add_marker,
    add_persona,
    add_touchpoints,
    delete_cards,
    delete_dataset,
    delete_links,
    delete_markers,
    delete_persona,
    move_cards,
    paste_cards,
    set_avatar,
    update_card,
    update_link,
    update_marker,
    update_persona,
)
from journeydesk.core.copy_commands import create_future_state, duplicate_journey
from journeydesk.core.evidence_commands import (
    add_evidence,
    add_evidence_items,
    delete_evidence,
    set_evidence_status,
    update_evidence,
)
from journeydesk.core.journey_commands import add_cell_cards, add_journeys
from journeydesk.core.kpi_commands import delete_kpi, set_kpi, update_kpi
from journeydesk.core.snapshot_commands import (
    delete_snapshots,
    restore_snapshot,
    take_snapshot,
    update_snapshot,
)
from journeydesk.core.structure_commands import (
    DEFAULT_LANES,
    DEFAULT_STAGE_NAMES,
    add_entities,
    add_journey,
    add_lane,
    add_stage,
    add_stages,
    add_template,
    assign_persona,
    delete_journey,
    delete_lane,
    delete_stage,
    move_journey,
    move_lane,
    move_stage,
    update_journey,
    update_lane,
    update_project,
    update_stage,
)

__all__ = [
    "add_evidence", "add_evidence_items", "delete_evidence", "set_evidence_status", "update_evidence",
    "delete_kpi", "set_kpi", "update_kpi",
    "add_cell_cards", "add_journeys", "add_dataset", "add_touchpoints", "delete_dataset",
    "DEFAULT_LANES", "DEFAULT_STAGE_NAMES", "add_card", "add_entities", "add_journey",
    "add_lane", "add_link", "add_marker", "add_persona", "add_stage", "add_stages", "add_template",
    "assign_persona", "create_future_state", "delete_cards", "delete_snapshots", "delete_journey", "delete_lane", "delete_links",
    "delete_markers", "delete_persona", "delete_stage", "duplicate_journey", "move_cards",
    "move_journey", "move_lane", "move_stage", "paste_cards", "restore_snapshot", "set_avatar", "take_snapshot",
    "update_card", "update_journey", "update_lane", "update_link", "update_marker", "update_persona",
    "update_project", "update_snapshot", "update_stage",
]
