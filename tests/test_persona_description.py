"""The persona dialog's description and its three-way first-time choice, through the widgets."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.model import Persona
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.personas_panel import PersonasPanel

DESCRIPTION = ("Runs a small bakery with two staff and opens at six.\n"
               "Orders flour and packaging every week, mostly from her phone between batches, "
               "and wants to see delivery dates before she pays.")


@pytest.fixture
def editor(path: Path) -> Iterator[Editor]:
    ed = Editor()
    assert ed.open(path)
    yield ed
    ed.close()


@pytest.fixture
def personas(qtbot, editor: Editor) -> PersonasPanel:
    panel = PersonasPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _stored(path: Path, persona_id: str) -> tuple:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT description, first_time FROM personas WHERE id = ?",
                            (persona_id,)).fetchone()


def _dialog(qtbot, personas: PersonasPanel, persona_id: str):
    personas.select(persona_id)
    dialog = personas.edit_current()
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_persona_starts_with_first_time_not_stated(qtbot, personas: PersonasPanel, editor: Editor,
                                                        path: Path) -> None:
    assert editor.run(lambda d: commands.add_persona(d, "Mia"))
    persona = editor.document.personas()[0]
    assert persona.first_time is None and _stored(path, persona.id) == ("", None)
    dialog = _dialog(qtbot, personas, persona.id)
    assert dialog.first_time_combo.currentText() == "Not stated"
    assert dialog.description_edit.toPlainText() == ""
    assert [dialog.first_time_combo.itemText(i) for i in range(dialog.first_time_combo.count())] == [
        "Not stated", "First-time customer", "Returning customer"]


def test_the_description_typed_in_the_dialog_is_one_undoable_edit(qtbot, personas: PersonasPanel,
                                                                  editor: Editor, path: Path) -> None:
    assert editor.run(lambda d: commands.add_persona(d, "Mia", role="Baker"))
    persona = editor.document.personas()[0]
    dialog = _dialog(qtbot, personas, persona.id)
    dialog.description_edit.setFocus()
    qtbot.keyClicks(dialog.description_edit, DESCRIPTION.split("\n", maxsplit=1)[0])
    dialog.description_edit.appendPlainText(DESCRIPTION.split("\n")[1])
    dialog.first_time_combo.setCurrentIndex(dialog.first_time_combo.findText("First-time customer"))
    if os.environ.get("PERSONA_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["PERSONA_SHOTS"], "persona-dialog.png"))
    dialog.accept()
    assert not dialog.isVisible()
    assert editor.history.undo_label == "Edit persona"
    changed = editor.document.get(Persona, persona.id)
    assert (changed.description, changed.first_time, changed.role) == (DESCRIPTION, True, "Baker")
    assert _stored(path, persona.id) == (DESCRIPTION, 1)
    assert "bakery" in personas.list.item(0).toolTip()
    editor.undo()
    assert editor.document.get(Persona, persona.id) == persona
    assert _stored(path, persona.id) == ("", None)


def test_setting_first_time_back_to_not_stated_stores_unknown(qtbot, personas: PersonasPanel,
                                                              editor: Editor, path: Path) -> None:
    assert editor.run(lambda d: commands.add_persona(d, "Mia", first_time=False, description="Kept"))
    persona = editor.document.personas()[0]
    dialog = _dialog(qtbot, personas, persona.id)
    assert dialog.first_time_combo.currentText() == "Returning customer"
    assert dialog.description_edit.toPlainText() == "Kept"
    dialog.first_time_combo.setCurrentIndex(dialog.first_time_combo.findText("Not stated"))
    assert dialog.changed_values() == {"first_time": None}
    dialog.accept()
    assert editor.document.get(Persona, persona.id).first_time is None
    assert _stored(path, persona.id) == ("Kept", None)
