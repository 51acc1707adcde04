"""The compare window's Maps tab: before and after maps side by side, changed cards outlined in the scene."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from journeydesk.compare import ADDED, CHANGED, REMOVED
from journeydesk.core import commands
from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card, Journey
from journeydesk.ui.panels.compare_maps import MapPane
from tests.test_snapshots_gui import _future_from_menu, journey, panel, take


@pytest.fixture
def window(snapshot_window):
    """This module's tests work on a window whose journey has snapshots to take."""
    return snapshot_window


def outlined(pane: MapPane) -> dict[str, set[str]]:
    """Status → the ids of the card items whose middle lies inside that status's outline in the scene."""
    found: dict[str, set[str]] = {}
    for status, item in pane.outlines.items():
        path = item.path()
        inside = {card_id for card_id, card in pane.scene.cards.items()
                  if path.contains(card.sceneBoundingRect().center())}
        if inside:
            found[status] = inside
    return found


def test_maps_tab_outlines_the_cards_added_removed_and_changed_in_a_future_state(window) -> None:
    doc = window.editor.document
    asis = journey(window)
    future = _future_from_menu(window)
    cards = doc.cards(future.id)
    gone, edited = cards[0], cards[1]
    stage, lane = doc.stages(future.id)[0], doc.lanes(future.id)[0]
    assert window.editor.run(lambda d: commands.delete_cards(d, [gone.id]))
    assert window.editor.run(lambda d: commands.update_card(d, edited.id, text="Self-service portal"))
    assert window.editor.run(lambda d: commands.add_card(d, stage.id, lane.id, "Queue at login",
                                                         kind=CardKind.PAIN_POINT))
    added = next(c.id for c in doc.cards(future.id) if c.text == "Queue at login")
    before_cards = {c.id for c in doc.cards(asis.id)}
    assert {gone.origin_id, edited.origin_id} <= before_cards  # the to-be's cards are copies of the as-is's

    window.editor.show_journey(asis.id)
    window.actions_by_name["compare"].trigger()
    view = window.compare_view
    assert view.tabs.widget(0) is view.maps and view.tabs.tabText(0) == "&Maps"
    before, after = view.maps.before, view.maps.after
    assert before.scene.journey_id == asis.id and after.scene.journey_id == future.id
    assert before.scene.document is doc and before.scene.read_only and after.scene.read_only
    assert set(before.scene.cards) == before_cards
    assert outlined(before) == {REMOVED: {gone.origin_id}, CHANGED: {edited.origin_id}}
    assert outlined(after) == {ADDED: {added}, CHANGED: {edited.id}}
    assert before.title.text() == f"Before: {asis.name}" and after.title.text() == f"After: {future.name}"

    view.swap()
    assert outlined(view.maps.before) == {REMOVED: {added}, CHANGED: {edited.id}}
    assert outlined(view.maps.after) == {ADDED: {gone.origin_id}, CHANGED: {edited.origin_id}}

    assert window.editor.run(lambda d: commands.update_card(d, edited.id,
                                                            text=doc.get(Card, edited.origin_id).text))
    view._reload()
    assert outlined(view.maps.before) == {REMOVED: {added}}
    assert outlined(view.maps.after) == {ADDED: {gone.origin_id}}
    # marks never touch the document
    assert doc.get(Card, edited.id).text == doc.get(Card, edited.origin_id).text


def test_maps_tab_shows_a_snapshot_as_it_was_with_the_deleted_card_outlined(window, qtbot) -> None:
    doc = window.editor.document
    shown = journey(window)
    take(window, "Then")
    card = doc.cards(shown.id)[0]
    assert window.editor.run(lambda d: commands.delete_cards(d, [card.id]))
    view = panel(window).compare_current()
    before, after = view.maps.before, view.maps.after
    assert before.scene.document is not doc and card.id in before.scene.cards
    assert card.id not in after.scene.cards
    assert outlined(before) == {REMOVED: {card.id}} and outlined(after) == {}
    assert doc.get(Journey, shown.id) is not None and doc.get(Card, card.id) is None

    view.resize(1200, 800)
    view.tabs.setCurrentIndex(0)
    qtbot.waitExposed(view)
    for pane in (before, after):
        whole = pane.view.mapFromScene(pane.scene.sceneRect()).boundingRect()
        assert pane.view.viewport().rect().contains(whole.adjusted(1, 1, -1, -1))  # the whole map in sight
    assert before.view.mapFromScene(QPointF(0, 0)).x() >= 0
