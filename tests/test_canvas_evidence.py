"""Evidence on the canvas: confidence pills on cards, View ▸ Show Assumptions, and KPIs in the stage
headers."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from journeydesk.core import commands
from journeydesk.core.enums import EvidenceStatus, KpiDirection, SourceType
from journeydesk.figures.kpis import KpiStatus
from journeydesk.ui.canvas.stage_kpis import STATUS_COLORS
from tests.test_data_import import WIDE, _import
from tests.test_overlay_menu import menu_action

# The example's first journey already backs three cards (see `journeydesk` evidence in the README):
# one interview (low), an observation and a support ticket (medium), an interview, analytics and a
# usability test (high).
EXAMPLE_BACKED = {"Exchanges only by phone during office hours": "low",
                  "Size guide is hard to read on a phone": "medium",
                  "Shipping cost shown only at the last step": "high"}


def shaded_ids(scene) -> set[str]:
    """The cards drawn shaded on the map now."""
    return {card_id for card_id, item in scene.cards.items() if item.shaded}


def _cards_by_text(window) -> dict[str, str]:
    doc = window.editor.document
    return {card.text: card.id for card in doc.cards(window.editor.journey_id)}


def test_show_assumptions_shades_exactly_the_cards_without_evidence(window) -> None:
    editor, scene = window.editor, window.map.scene
    ids = _cards_by_text(window)
    chosen = ["Live chat with staff about sizing", "Cart and checkout form"]
    for text in chosen:
        editor.run(lambda d, t=text: commands.add_evidence(d, ids[t], "Said in the workshop interviews",
                                                           source_type=SourceType.INTERVIEW))
    assert shaded_ids(scene) == set()  # off until asked for
    action = menu_action(window, "View", "Show Assumptions")
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert action.isChecked()
    backed = {ids[text] for text in [*EXAMPLE_BACKED, *chosen]}
    assert shaded_ids(scene) == set(ids.values()) - backed
    assert len(shaded_ids(scene)) == 56 - 5  # the journey's 56 cards, 5 of them backed
    editor.undo()  # the evidence on the cart goes: it is shaded again, as the view follows the document
    assert shaded_ids(scene) == set(ids.values()) - backed | {ids["Cart and checkout form"]}
    action.trigger()
    assert not action.isChecked() and shaded_ids(scene) == set()


def test_each_backed_card_shows_its_confidence(window) -> None:
    editor, scene = window.editor, window.map.scene
    ids = _cards_by_text(window)
    live_chat = ids["Live chat with staff about sizing"]
    for n in range(3):
        editor.run(lambda d, n=n: commands.add_evidence(d, live_chat, f"Interview {n + 1}",
                                                        source_type=SourceType.INTERVIEW))
    # Three items of one kind of source: medium by the README's rule.
    item = scene.cards[live_chat]
    assert item.badge == "medium"
    assert "assumed · medium confidence (3 items, 1 kind of source)" in item.toolTip()
    assert {text: scene.cards[ids[text]].badge for text in EXAMPLE_BACKED} == EXAMPLE_BACKED
    editor.run(lambda d: commands.add_evidence(d, live_chat, "Chat logs", source_type=SourceType.ANALYTICS))
    editor.run(lambda d: commands.add_evidence(d, live_chat, "Survey", source_type=SourceType.SURVEY))
    assert item.badge == "high"  # interview, analytics and survey: three kinds
    editor.run(lambda d: commands.set_evidence_status(d, [live_chat], EvidenceStatus.OBSERVED))
    assert "observed · high confidence (5 items, 3 kinds of source)" in item.toolTip()
    unbacked = scene.cards[ids["Cart and checkout form"]]
    assert unbacked.badge == "" and "confidence" not in unbacked.toolTip()


def test_a_stage_header_shows_its_kpis_against_their_targets(window) -> None:
    editor, scene = window.editor, window.map.scene
    doc = editor.document
    purchase = next(s for s in doc.stages(editor.journey_id) if s.name == "Purchase")
    editor.run(lambda d: commands.set_kpi(d, editor.journey_id, "CSAT", stage_id=purchase.id, metric="CSAT",
                                          target=80, direction=KpiDirection.UP))
    header = scene.headers[purchase.id]
    # The example's own KPI first (typed in: 38 against 45); CSAT has no data before the import.
    # no kind known yet
    assert header.kpis_item.texts == ["Checkout completion (%) 38 / 45 ▲", "CSAT – / 80 ▲"]
    _import(editor.store, editor.history, WIDE)
    # Purchase holds the cart (CSAT 5, 2, 4, 5) and the order confirmation email (4, 3): 4 of 6 answers are
    # 4 or 5 → 66.7 %, under the 80 % target.
    assert header.kpis_item.texts == ["Checkout completion (%) 38 / 45 ▲", "CSAT 66.7 % / 80.0 % ▲"]
    assert [f.status for f in header.kpis_item.figures] == [KpiStatus.OFF_TARGET, KpiStatus.OFF_TARGET]
    assert STATUS_COLORS[KpiStatus.OFF_TARGET].name() == "#d64541"
    tip = header.kpis_item.toolTip()
    assert "CSAT: 66.7 % (target 80.0 %, off target)" in tip
    assert "Checkout completion (%): 38 (target 45, off target)" in tip
    lines = header.kpis_item.mapRectToParent(header.kpis_item.boundingRect())
    assert QRectF(header.rect).contains(lines)  # the header grew to hold both lines
    editor.run(lambda d: commands.set_kpi(d, editor.journey_id, "CSAT", stage_id=purchase.id, target=60))
    assert header.kpis_item.figures[1].status == KpiStatus.ON_TARGET
    assert header.kpis_item.texts[1] == "CSAT 66.7 % / 60.0 % ▲"


def test_moving_a_touchpoint_to_another_stage_moves_its_answers_out_of_the_stage_kpi(window) -> None:
    editor, scene = window.editor, window.map.scene
    doc = editor.document
    stages = {s.name: s for s in doc.stages(editor.journey_id)}
    purchase, after = stages["Purchase"], stages["Post-purchase"]
    editor.run(lambda d: commands.set_kpi(d, editor.journey_id, "CSAT", stage_id=purchase.id, metric="CSAT",
                                          target=70, direction=KpiDirection.UP))
    _import(editor.store, editor.history, WIDE)
    header = scene.headers[purchase.id]
    assert header.kpis_item.texts[1] == "CSAT 66.7 % / 70.0 % ▲"
    email = next(c for c in doc.cards(editor.journey_id) if c.text == "Order confirmation email")
    editor.run(lambda d: commands.move_cards(d, [email.id], after.id, email.lane_id, 0))
    # Left in Purchase: the cart's answers 5, 2, 4, 5 → 3 of 4 satisfied → 75.0 %, now on target.
    assert header.kpis_item.texts[1] == "CSAT 75.0 % / 70.0 % ▲"
    assert header.kpis_item.figures[1].status == KpiStatus.ON_TARGET
