"""The inspector shows the selection's fields and turns each finished change into one edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from journeydesk.core import commands
from journeydesk.core.enums import CardKind
from journeydesk.core.model import STAGE_WIDTH, Card, EmotionMarker, Journey, Lane, Link, Stage
from journeydesk.store.store import Store
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector import Inspector


class Recorder:
    """Counts the edits that reach the document (do, undo and redo alike)."""

    def __init__(self, editor: Editor) -> None:
        self.changes: list[tuple] = []
        self.errors: list[str] = []
        editor.document_changed.connect(self.changes.append)
        editor.error.connect(self.errors.append)


def card_of(editor: Editor, kind: CardKind, **values: object) -> Card:
    return next(c for c in sorted(editor.document.all(Card), key=lambda c: c.id)
                if c.kind == kind and all(getattr(c, k) == v for k, v in values.items()))


def finish(widget: QLineEdit, text: str, qtbot: QtBot) -> None:
    """Type ``text`` over the field's content and press Return, as a person would."""
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_selecting_a_touchpoint_fills_its_fields(editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.TOUCHPOINT, channel="Search ads")
    editor.select([card.id])
    assert inspector.shown_id == card.id
    text = inspector.field("text")
    assert isinstance(text, QPlainTextEdit) and text.toPlainText() == card.text
    assert inspector.field("channel").text() == "Search ads"
    assert inspector.field("kind").text() == "Touchpoint"
    assert inspector.field("kind").textFormat() == Qt.TextFormat.PlainText
    category = inspector.field("category")
    assert isinstance(category, QComboBox) and category.isVisibleTo(inspector)
    assert not inspector.field("severity").isVisibleTo(inspector)
    assert isinstance(inspector.field("moment_of_truth"), QCheckBox)
    names = [inspector.field(n).accessibleName() for n in ("text", "channel", "exit_reason")]
    assert names == ["Text", "Channel", "Exit reason"]


def test_other_card_kinds_show_only_their_fields(editor: Editor, inspector: Inspector) -> None:
    editor.select([card_of(editor, CardKind.OPPORTUNITY).id])
    visible = {n for n in ("channel", "owner", "impact", "effort", "severity", "exit_point")
               if inspector.field(n).isVisibleTo(inspector)}
    assert visible == {"owner", "impact", "effort"}
    editor.select([card_of(editor, CardKind.ACTION).id])
    assert inspector.field("text").isVisibleTo(inspector)
    assert inspector.field("color").isVisibleTo(inspector)
    assert not inspector.field("owner").isVisibleTo(inspector)


def test_editing_the_channel_is_one_undoable_edit(editor: Editor, inspector: Inspector,
                                                  qtbot: QtBot) -> None:
    card = card_of(editor, CardKind.TOUCHPOINT, channel="Search ads")
    editor.select([card.id])
    recorder = Recorder(editor)
    channel = inspector.field("channel")
    finish(channel, "Email", qtbot)
    assert editor.document.get(Card, card.id).channel == "Email"
    assert len(recorder.changes) == 1 and editor.history.undo_label == "Edit card"
    channel.editingFinished.emit()  # focus leaving later: nothing changed, so no edit
    assert len(recorder.changes) == 1
    editor.undo()
    assert editor.document.get(Card, card.id).channel == "Search ads"


def test_undo_refreshes_the_form_without_an_edit(editor: Editor, inspector: Inspector,
                                                 qtbot: QtBot) -> None:
    card = card_of(editor, CardKind.TOUCHPOINT, channel="Search ads")
    editor.select([card.id])
    finish(inspector.field("channel"), "Email", qtbot)
    recorder = Recorder(editor)
    editor.undo()
    assert inspector.field("channel").text() == "Search ads"
    assert len(recorder.changes) == 1 and editor.history.can_redo  # a new edit clears redo
    editor.redo()
    assert inspector.field("channel").text() == "Email"


def test_the_card_text_commits_when_focus_leaves(editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.PAIN_POINT)
    editor.select([card.id])
    recorder = Recorder(editor)
    text = inspector.field("text")
    text.setPlainText("Shipping costs\nshown too late")
    assert recorder.changes == []  # not on every keystroke
    QApplication.sendEvent(text, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert editor.document.get(Card, card.id).text == "Shipping costs\nshown too late"
    assert len(recorder.changes) == 1


def test_leaving_a_field_unchanged_makes_no_edit_even_if_qt_normalised_it(
        editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.THOUGHT)
    assert editor.run(lambda d: commands.update_card(d, card.id, text="a\u00a0b\r\nc"))
    stage = editor.document.stages(editor.journey_id)[0]
    assert editor.run(lambda d: commands.update_stage(d, stage.id, description="x\ry"))
    recorder = Recorder(editor)
    for entity_id in (card.id, stage.id):
        editor.select([entity_id])
        field = inspector.field("text" if entity_id == card.id else "description")
        QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut,
                                                  Qt.FocusReason.TabFocusReason))
    assert recorder.changes == [] and recorder.errors == []


def test_exit_point_enables_the_reason(editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.TOUCHPOINT, exit_point=False)
    editor.select([card.id])
    reason = inspector.field("exit_reason")
    assert not reason.isEnabled()
    recorder = Recorder(editor)
    inspector.field("exit_point").setChecked(True)
    assert editor.document.get(Card, card.id).exit_point and reason.isEnabled()
    assert len(recorder.changes) == 1
    reason.setPlainText("Price too high")
    reason.editing_finished.emit()
    assert editor.document.get(Card, card.id).exit_reason == "Price too high"
    inspector.field("exit_point").setChecked(False)
    assert not reason.isEnabled() and len(recorder.changes) == 3


def test_touchpoint_choices_and_moment_of_truth(editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.TOUCHPOINT, moment_of_truth=False)
    editor.select([card.id])
    mode = inspector.field("mode")
    mode.setCurrentIndex(mode.findText("OMO (online-merge-offline)"))
    category = inspector.field("category")
    category.setCurrentIndex(category.findText("Human"))
    inspector.field("moment_of_truth").setChecked(True)
    after = editor.document.get(Card, card.id)
    assert (after.mode, after.category, after.moment_of_truth) == ("omo", "human", True)
    category.setCurrentIndex(category.findText("(none)"))
    assert editor.document.get(Card, card.id).category is None


def test_editing_severity_on_a_pain_point(editor: Editor, inspector: Inspector) -> None:
    card = card_of(editor, CardKind.PAIN_POINT)
    editor.select([card.id])
    severity = inspector.field("severity")
    assert severity.currentIndex() == (card.severity or 0)
    recorder = Recorder(editor)
    severity.setCurrentIndex(severity.findText("5"))
    assert editor.document.get(Card, card.id).severity == 5 and len(recorder.changes) == 1
    severity.setCurrentIndex(severity.findText("(unset)"))
    assert editor.document.get(Card, card.id).severity is None


def test_stage_colour_through_the_colour_setter(editor: Editor, inspector: Inspector) -> None:
    stage = editor.document.stages(editor.journey_id)[1]
    editor.select([stage.id])
    assert inspector.field("width").value() == stage.width
    assert inspector.field("goal").text() == stage.goal
    recorder = Recorder(editor)
    assert inspector.set_color(QColor("#123456"))
    assert editor.document.get(Stage, stage.id).color == "#123456"
    assert len(recorder.changes) == 1 and editor.history.undo_label == "Recolour stage"
    assert not inspector.set_color(QColor("#123456"))  # the same colour again: no edit
    assert len(recorder.changes) == 1
    button = inspector.field("color").findChild(QPushButton)
    assert button.text() == "#123456" and not button.icon().isNull()
    editor.undo()
    assert editor.document.get(Stage, stage.id).color == stage.color
    assert button.text() == stage.color


def test_the_colour_button_asks_the_dialog(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QColor] = []

    def get_color(initial: QColor, *_: object) -> QColor:
        asked.append(initial)
        return QColor("#abcdef")

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(get_color))
    card = card_of(editor, CardKind.ACTION)
    editor.select([card.id])
    colour = inspector.field("color")
    qtbot.mouseClick(colour.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert asked and editor.document.get(Card, card.id).color == "#abcdef"
    reset = colour.findChild(QToolButton)
    assert reset.isVisibleTo(inspector) and reset.isEnabled()
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert editor.document.get(Card, card.id).color == ""
    assert not reset.isEnabled()


def test_stage_width_is_one_edit(editor: Editor, inspector: Inspector) -> None:
    stage = editor.document.stages(editor.journey_id)[0]
    editor.select([stage.id])
    width = inspector.field("width")
    assert isinstance(width, QSpinBox) and width.minimum() == STAGE_WIDTH[0]
    recorder = Recorder(editor)
    width.setValue(420)
    assert recorder.changes == []
    width.editingFinished.emit()
    assert editor.document.get(Stage, stage.id).width == 420 and len(recorder.changes) == 1


def test_a_refused_value_shows_the_error_and_changes_nothing(editor: Editor,
                                                           inspector: Inspector) -> None:
    stage = editor.document.stages(editor.journey_id)[0]
    editor.select([stage.id])
    recorder = Recorder(editor)
    assert not inspector.commit("width", 10)
    assert len(recorder.errors) == 1 and "width" in recorder.errors[0]
    assert editor.document.get(Stage, stage.id) == stage and recorder.changes == []
    name = inspector.field("name")
    name.setText("x" * 20_001)
    name.editingFinished.emit()
    assert len(recorder.errors) == 2 and "20000" in recorder.errors[1]
    assert name.text() == stage.name  # the form shows what the document holds
    assert editor.document.get(Stage, stage.id) == stage and recorder.changes == []


def test_nothing_selected_shows_the_journey_and_assigns_a_persona(
        editor: Editor, inspector: Inspector) -> None:
    journey = editor.document.get(Journey, editor.journey_id)
    editor.select([card_of(editor, CardKind.ACTION).id])
    editor.select([])
    assert inspector.shown_id == journey.id
    assert inspector.field("name").text() == journey.name
    persona = inspector.field("persona_id")
    assert persona.currentData() == journey.persona_id and persona.itemText(0) == "(none)"
    assert editor.run(lambda d: commands.add_persona(d, "Kenji"))
    assert persona.count() == 3  # the new persona appears without reselecting
    recorder = Recorder(editor)
    persona.setCurrentIndex(persona.findText("Kenji"))
    kenji = next(p for p in editor.document.personas() if p.name == "Kenji")
    assert editor.document.get(Journey, journey.id).persona_id == kenji.id
    assert len(recorder.changes) == 1 and editor.history.undo_label == "Assign persona"
    persona.setCurrentIndex(0)
    assert editor.document.get(Journey, journey.id).persona_id is None
    editor.undo()
    assert persona.currentText() == "Kenji"


def test_lane_marker_and_link_forms(editor: Editor, inspector: Inspector, qtbot: QtBot) -> None:
    lane = editor.document.lanes(editor.journey_id)[0]
    editor.select([lane.id])
    assert inspector.field("kind").text() == "Actions" and inspector.field("height").value() == 120
    finish(inspector.field("name"), "Doing", qtbot)
    assert editor.document.get(Lane, lane.id).name == "Doing"
    marker = editor.document.markers(editor.journey_id)[0]
    editor.select([marker.id])
    score = inspector.field("score")
    assert score.currentIndex() == marker.score + 2  # −2 … +2
    score.setCurrentIndex(0)
    assert editor.document.get(EmotionMarker, marker.id).score == -2
    link = editor.document.links(editor.journey_id)[0]
    editor.select([link.id])
    kind = inspector.field("kind")
    kind.setCurrentIndex(kind.findText("Channel switch"))
    finish(inspector.field("label"), "moves online", qtbot)
    after = editor.document.get(Link, link.id)
    assert (after.kind, after.label) == ("channel_switch", "moves online")


def test_several_selected_shows_a_count(editor: Editor, inspector: Inspector) -> None:
    ids = [c.id for c in editor.document.cards(editor.journey_id)[:3]]
    editor.select(ids)
    assert inspector.shown_id == "" and inspector.field("text") is None
    labels = inspector.findChildren(QLabel)
    texts = [label.text() for label in labels if label.isVisibleTo(inspector)]
    assert "3 items selected" in texts


def test_read_only_projects_show_fields_disabled(qtbot: QtBot, editor: Editor,
                                                 path: Path) -> None:
    editor.close()
    other = Store.open(path)  # holds the lock, as another window would
    try:
        assert editor.open(path) and editor.read_only
        inspector = Inspector(editor)
        qtbot.addWidget(inspector)
        card = card_of(editor, CardKind.TOUCHPOINT, channel="Search ads")
        editor.select([card.id])
        assert inspector.field("channel").text() == "Search ads"
        assert not inspector.field("channel").isEnabled()
        assert not inspector.field("text").isEnabled() and not inspector.field("color").isEnabled()
        editor.select([])
        assert not inspector.field("persona_id").isEnabled()
        errors: list[str] = []
        editor.error.connect(errors.append)
        assert not inspector.commit("name", "Changed")
        assert errors and editor.document.get(Journey, editor.journey_id).name != "Changed"
    finally:
        editor.close()
        other.close()


def test_a_value_typed_but_not_finished_goes_to_the_card_it_was_typed_for(
        editor: Editor, inspector: Inspector, qtbot: QtBot) -> None:
    first = card_of(editor, CardKind.TOUCHPOINT, channel="Search ads")
    second = card_of(editor, CardKind.TOUCHPOINT, channel="Print ads")
    editor.select([first.id])
    inspector.activateWindow()
    qtbot.waitUntil(inspector.isActiveWindow)
    channel = inspector.field("channel")
    channel.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is channel)
    qtbot.keyClick(channel, Qt.Key.Key_End)
    qtbot.keyClicks(channel, "!")
    recorder = Recorder(editor)
    editor.select([second.id])  # e.g. clicked in the outline with the keyboard
    assert editor.document.get(Card, first.id).channel == "Search ads!"
    assert editor.document.get(Card, second.id) == second
    assert channel.text() == "Print ads" and len(recorder.changes) == 1
    qtbot.keyClicks(channel, "?")
    inspector.finish_editing()  # what the window calls before closing the project
    assert editor.document.get(Card, second.id).channel == "?Print ads"
    assert len(recorder.changes) == 2
    editor.select([editor.document.stages(editor.journey_id)[0].id])  # the card form hides
    channel.editingFinished.emit()
    assert len(recorder.changes) == 2


def test_typing_not_yet_finished_is_saved_when_the_project_closes(tmp_path, qtbot) -> None:
    from journeydesk.core import commands
    from journeydesk.core.model import Journey
    from journeydesk.store.store import Store
    from journeydesk.ui.base.editor import Editor
    from journeydesk.ui.panels.inspector import Inspector

    path = tmp_path / "p.journey"
    Store.create(path).close()
    editor = Editor()
    assert editor.open(path)
    editor.run(lambda d: commands.add_journey(d, "Before"))
    inspector = Inspector(editor)
    qtbot.addWidget(inspector)
    inspector.refresh()
    name = inspector.field("name")
    name.setText("Typed, not finished")
    editor.close()
    with Store.open(path) as store:
        assert [j.name for j in store.load().all(Journey)] == ["Typed, not finished"]
