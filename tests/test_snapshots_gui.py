"""Snapshots, future states and the compare view in the app, through the menus and panels a person uses."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from journeydesk.core import commands
from journeydesk.core.enums import CardKind
from journeydesk.core.model import Journey
from journeydesk.ui.panels.journeys_panel import PAIRING_ROLE, JourneysPanel
from journeydesk.ui.panels.snapshots_panel import SnapshotsPanel, SnapshotWindow


@pytest.fixture
def window(snapshot_window):
    """This module's tests work on a window whose journey has snapshots to take."""
    return snapshot_window


def panel(window) -> SnapshotsPanel:
    return window.docks["snapshots"].widget()


def journey(window) -> Journey:
    return window.editor.document.get(Journey, window.editor.journey_id)


def take(window, name: str | None = None, note: str = ""):
    window.actions_by_name["take_snapshot"].trigger()
    dialog = window.name_dialog
    if name is not None:
        dialog.name.setText(name)
    dialog.note.setPlainText(note)
    dialog.accept()
    return dialog


def test_take_snapshot_from_the_menu_prefills_the_date_and_refuses_a_taken_name(window) -> None:
    assert window.actions_by_name["take_snapshot"].isEnabled()
    window.actions_by_name["take_snapshot"].trigger()
    dialog = window.name_dialog
    assert dialog.name.text() == time.strftime("%Y-%m-%d")
    dialog.note.setPlainText("Before the <b>redesign</b>")
    dialog.accept()
    assert dialog.done_edit
    (snapshot,) = window.editor.document.snapshots(journey(window).id)
    assert (snapshot.name, snapshot.note) == (time.strftime("%Y-%m-%d"), "Before the <b>redesign</b>")
    assert panel(window).names() == [snapshot.name]
    assert panel(window).list.topLevelItem(0).text(2) == "Before the <b>redesign</b>"

    window.actions_by_name["take_snapshot"].trigger()
    second = window.name_dialog
    assert second.name.text() == time.strftime("%Y-%m-%d") + " (2)"
    second.name.setText(snapshot.name.upper() + " ")
    second.accept()
    assert not second.done_edit and second.isVisible()
    assert "already a snapshot named" in second.message.text()
    assert len(window.editor.document.snapshots()) == 1
    second.reject()

    window.undo()
    assert window.editor.document.snapshots() == [] and panel(window).names() == []
    window.redo()
    assert panel(window).names() == [snapshot.name]


def test_rename_note_delete_and_undo_through_the_panel(window) -> None:
    take(window, "Baseline")
    snaps = panel(window)
    snaps.ask = lambda _title, _label, _text, multiline: "Second note" if multiline else "Q1 baseline"
    assert snaps.rename_action.isEnabled()
    snaps.rename_action.trigger()
    assert snaps.names() == ["Q1 baseline"]
    snaps.note_action.trigger()
    assert window.editor.document.snapshots()[0].note == "Second note"
    window.undo()
    window.undo()
    assert snaps.names() == ["Baseline"] and window.editor.document.snapshots()[0].note == ""

    asked: list[str] = []
    snaps.confirm = lambda _title, text, _action: asked.append(text) or True
    snaps.delete_action.trigger()
    assert "Baseline" in asked[0] and snaps.names() == []
    window.undo()
    assert snaps.names() == ["Baseline"]


def test_restore_over_asks_and_puts_the_cards_back_undoably(window) -> None:
    doc = window.editor.document
    shown = journey(window)
    cards_then = sorted(c.text for c in doc.cards(shown.id))
    take(window, "Then")
    gone = doc.cards(shown.id)[:3]
    assert window.editor.run(lambda d: commands.delete_cards(d, [c.id for c in gone]))
    snaps = panel(window)
    snaps.confirm = lambda _title, _text, _action: False
    assert not snaps.restore_over_current()
    assert len(doc.cards(shown.id)) == len(cards_then) - 3
    snaps.confirm = lambda _title, text, action: "Then" in text and action == "Restore"
    snaps.restore_over_action.trigger()
    assert sorted(c.text for c in doc.cards(shown.id)) == cards_then
    window.undo()
    assert len(doc.cards(shown.id)) == len(cards_then) - 3


def test_restore_as_new_and_open_read_only(window) -> None:
    doc = window.editor.document
    shown = journey(window)
    count = len(doc.cards(shown.id))
    take(window, "Then")
    snaps = panel(window)
    opened = snaps.open_current()
    assert isinstance(opened, SnapshotWindow) and opened.scene.read_only
    assert len(opened.scene.cards) == count
    assert opened.windowTitle() == "Snapshot “Then” (read-only)"
    before = len(doc.journeys())
    snaps.restore_new_action.trigger()
    assert len(doc.journeys()) == before + 1
    made = doc.journeys()[-1]
    assert window.editor.journey_id == made.id and len(doc.cards(made.id)) == count
    window.undo()
    assert len(doc.journeys()) == before


def _future_from_menu(window, name: str = "") -> Journey:
    asis = journey(window)
    window.actions_by_name["create_future_state"].trigger()
    dialog = window.name_dialog
    assert dialog.name.text() == f"{asis.name} (to-be)"
    if name:
        dialog.name.setText(name)
    dialog.accept()
    return journey(window)


def test_create_future_state_shows_the_pairing(window) -> None:
    asis = journey(window)
    first = _future_from_menu(window, "Ideal")
    assert first.future_of == asis.id and window.editor.journey_id == first.id
    window.editor.show_journey(asis.id)
    _future_from_menu(window, "Lean")
    journeys: JourneysPanel = window.docks["journeys"].widget()
    rows = {journeys.list.item(r).text(): journeys.list.item(r).data(PAIRING_ROLE)
            for r in range(journeys.list.count())}
    assert rows["Ideal"].endswith(f"Ideal  (to-be of “{asis.name}”)") and rows["Ideal"].startswith("    ↳")
    assert rows["Lean"].endswith(f"(to-be of “{asis.name}”)")
    assert rows[asis.name] == f"{asis.name}  (as-is, 2 to-be)"
    window.undo()
    window.undo()
    assert journeys.list.item(0).data(PAIRING_ROLE) == ""


def test_compare_view_shows_the_edits_made_to_a_future_state(window) -> None:
    doc = window.editor.document
    asis = journey(window)
    future = _future_from_menu(window)
    pains = [c for c in doc.cards(future.id) if c.kind == CardKind.PAIN_POINT]
    touch = next(c for c in doc.cards(future.id) if c.kind == CardKind.TOUCHPOINT)
    gone = pains[0]
    stage = doc.stages(future.id)[0]
    lane = next(x for x in doc.lanes(future.id) if x.id == gone.lane_id)
    assert window.editor.run(lambda d: commands.delete_cards(d, [gone.id]))
    assert window.editor.run(lambda d: commands.update_card(d, touch.id, text="Self-service portal"))
    assert window.editor.run(lambda d: commands.add_card(d, stage.id, lane.id, "Queue at <i>login</i>",
                                                         kind=CardKind.PAIN_POINT))
    old_markers = [m for m in doc.markers(asis.id) if m.stage_id == doc.stages(asis.id)[0].id]
    assert window.editor.run(lambda d: commands.add_marker(d, stage.id, 2))
    new_scores = [m.score for m in doc.markers(future.id) if m.stage_id == stage.id]

    window.editor.show_journey(asis.id)
    window.actions_by_name["compare"].trigger()
    view = window.compare_view
    assert view.comparison.before.name == asis.name and view.comparison.after.name == future.name
    cards = {(view.card_model.rows[r][0], view.card_model.rows[r][2])
             for r in range(view.card_model.rowCount())}
    assert cards == {("removed", gone.text), ("changed", touch.text), ("added", "Queue at <i>login</i>")}
    changed = next(r for r in view.card_model.rows if r[0] == "changed")
    assert changed[4] == f"text: {touch.text} → Self-service portal"
    gaps = view.gap_model.rows
    assert ("Pain points resolved", gone.text, gone_stage(doc, gone)) in gaps
    assert ("New pain points", "Queue at <i>login</i>", stage.name) in gaps
    first_stage = view.stage_model.rows[0]
    before = sum(m.score for m in old_markers) / len(old_markers) if old_markers else None
    after = sum(new_scores) / len(new_scores)
    assert first_stage[0] == stage.name
    assert first_stage[2] == (
        "–" if before is None else f"{before:+.1f}") and first_stage[3] == f"{after:+.1f}"
    if before is not None:
        assert first_stage[4] == f"{after - before:+.1f}"
    assert view.summary.textFormat() == Qt.TextFormat.PlainText
    assert "1 added, 1 removed, 1 changed" in view.summary.text()
    curves = view.chart.getPlotItem().listDataItems()
    assert len(curves) == 2

    view.swap()
    assert view.comparison.before.name == future.name
    assert {r[0] for r in view.card_model.rows} == {"added", "removed", "changed"}


def gone_stage(doc, card) -> str:
    return next(s.name for s in doc.stages(card.journey_id) if s.id == card.stage_id)


def test_snapshot_compare_from_the_panel(window) -> None:
    doc = window.editor.document
    shown = journey(window)
    take(window, "Then")
    card = doc.cards(shown.id)[0]
    assert window.editor.run(lambda d: commands.delete_cards(d, [card.id]))
    view = panel(window).compare_current()
    assert view.comparison.before.kind == "snapshot" and view.comparison.after.name == shown.name
    assert view.card_model.rows == [("removed", *view.card_model.rows[0][1:])]
    assert view.card_model.rows[0][2] == card.text
