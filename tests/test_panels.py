"""The journeys and personas panels on a real project file: every action is one undoable edit."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from journeydesk.core import commands
from journeydesk.core.model import Image, Journey, Persona
from journeydesk.core.templates import template_title
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.persona_pictures import decode_image, load_avatar
from journeydesk.ui.dialogs.persona_dialog import PersonaDialog
from journeydesk.ui.panels.journeys_panel import JourneysPanel
from journeydesk.ui.panels.personas_panel import PERSONA_MIME, PersonasPanel, persona_mime_data

ECOMMERCE = template_title("ecommerce", "en")


@pytest.fixture
def edits(editor: Editor) -> list[tuple]:
    """Every change set the editor reports from now on (one entry per edit, undo or redo)."""
    seen: list[tuple] = []
    editor.document_changed.connect(seen.append)
    return seen


@pytest.fixture
def errors(editor: Editor) -> list[str]:
    seen: list[str] = []
    editor.error.connect(seen.append)
    return seen


def journey_names(panel: JourneysPanel) -> list[str]:
    """The names the Journeys list shows, top to bottom."""
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def _png(path: Path, width: int, height: int, color: str = "#ff0000") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def _open_dialog(personas: PersonasPanel, persona_id: str) -> PersonaDialog:
    personas.select(persona_id)
    dialog = personas.edit_current()
    assert dialog is not None and dialog.isVisible()
    return dialog


# ----- journeys


def test_the_list_shows_the_journeys_with_the_current_one_selected(
        journeys: JourneysPanel, editor: Editor) -> None:
    assert journey_names(journeys) == [ECOMMERCE]
    assert journeys.current_id() == editor.journey_id
    assert journeys.list.accessibleName() == "Journeys"
    assert journeys.add_action.isEnabled() and journeys.rename_action.isEnabled()
    assert not journeys.move_up_action.isEnabled() and not journeys.move_down_action.isEnabled()
    assert "(F2)" in journeys.rename_action.toolTip()
    assert journeys.toolbar.widgetForAction(journeys.add_action).accessibleName() == "Add"
    assert journeys.template_button.accessibleName() == "Add from template"


def test_add_makes_one_journey_starts_renaming_it_and_undo_removes_it(
        journeys: JourneysPanel, editor: Editor, edits: list) -> None:
    first = editor.journey_id
    new_id = journeys.add_journey()
    assert len(edits) == 1
    assert journey_names(journeys) == [ECOMMERCE, "New journey"]
    assert editor.journey_id == new_id == journeys.current_id()
    assert journeys.list.state() == QAbstractItemView.State.EditingState
    editor.undo()
    assert journey_names(journeys) == [ECOMMERCE]
    assert editor.journey_id == first == journeys.current_id()
    assert journeys.list.state() != QAbstractItemView.State.EditingState


def test_a_second_blank_journey_gets_a_name_of_its_own(journeys: JourneysPanel) -> None:
    journeys.add_journey()
    journeys.add_journey()
    assert journey_names(journeys) == [ECOMMERCE, "New journey", "New journey 2"]


def test_the_template_menu_adds_a_japanese_journey(journeys: JourneysPanel, editor: Editor) -> None:
    assert len(journeys.template_menu.actions()) >= 8
    journeys.template_actions["ecommerce", "ja"].trigger()
    japanese = template_title("ecommerce", "ja")
    assert journey_names(journeys) == [ECOMMERCE, japanese]
    assert editor.document.get(Journey, editor.journey_id).name == japanese
    assert journeys.current_id() == editor.journey_id
    editor.undo()
    assert journey_names(journeys) == [ECOMMERCE]


def test_renaming_in_place_commits_exactly_one_edit(
        qtbot, journeys: JourneysPanel, editor: Editor, edits: list) -> None:
    journeys.rename_current()
    line = journeys.list.viewport().findChild(QLineEdit)
    assert line is not None and line.text() == ECOMMERCE
    line.setText("  Checkout study  ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: journey_names(journeys) == ["Checkout study"])
    qtbot.wait(20)
    assert len(edits) == 1
    assert editor.history.undo_label == "Rename journey"
    assert editor.document.journeys()[0].name == "Checkout study"
    editor.undo()
    assert journey_names(journeys) == [ECOMMERCE]


def test_an_empty_name_is_refused_with_a_message(
        journeys: JourneysPanel, editor: Editor, edits: list, errors: list[str]) -> None:
    assert not journeys.rename(editor.journey_id, "   ")
    assert edits == [] and len(errors) == 1 and ECOMMERCE in errors[0]
    assert journey_names(journeys) == [ECOMMERCE]


def test_duplicate_is_undoable(journeys: JourneysPanel, editor: Editor) -> None:
    original = editor.journey_id
    copy_id = journeys.duplicate_current()
    assert journey_names(journeys) == [ECOMMERCE, f"{ECOMMERCE} (copy)"]
    assert editor.journey_id == copy_id
    assert len(editor.document.cards(copy_id)) == len(editor.document.cards(original)) > 0
    editor.undo()
    assert journey_names(journeys) == [ECOMMERCE]
    editor.redo()
    assert journey_names(journeys) == [ECOMMERCE, f"{ECOMMERCE} (copy)"]


def test_delete_asks_naming_the_journey_and_its_cards_and_is_undoable(
        journeys: JourneysPanel, editor: Editor, edits: list) -> None:
    asked: list[str] = []
    journeys.confirm = lambda _title, text: asked.append(text) or False
    assert not journeys.delete_current()
    assert edits == [] and journey_names(journeys) == [ECOMMERCE]
    cards = len(editor.document.cards(editor.journey_id))
    assert ECOMMERCE in asked[0] and f"{cards} card" in asked[0]

    journeys.confirm = lambda _title, _text: True
    assert journeys.delete_current()
    assert journey_names(journeys) == [] and editor.journey_id == ""
    assert not journeys.rename_action.isEnabled() and journeys.add_action.isEnabled()
    editor.undo()
    assert journey_names(journeys) == [ECOMMERCE]
    assert len(editor.document.cards(editor.journey_id)) == cards


def test_move_up_and_down_reorder(journeys: JourneysPanel, editor: Editor) -> None:
    support = template_title("support", "en")
    journeys.add_template("support", "en")
    assert journey_names(journeys) == [ECOMMERCE, support]
    assert journeys.move_up_action.isEnabled() and not journeys.move_down_action.isEnabled()
    journeys.move_up_action.trigger()
    assert journey_names(journeys) == [support, ECOMMERCE]
    assert [j.name for j in editor.document.journeys()] == [support, ECOMMERCE]
    assert journeys.list.currentRow() == 0 and editor.document.get(
        Journey, editor.journey_id).name == support
    journeys.move_down_action.trigger()
    assert journey_names(journeys) == [ECOMMERCE, support]
    editor.undo()
    assert journey_names(journeys) == [support, ECOMMERCE]


def test_clicking_a_row_shows_that_journey(qtbot, journeys: JourneysPanel, editor: Editor) -> None:
    first = editor.journey_id
    second = journeys.add_template("saas-onboarding", "en")
    editor.show_journey(first)
    assert journeys.current_id() == first
    rect = journeys.list.visualItemRect(journeys.list.item(1))
    qtbot.mouseClick(journeys.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.journey_id == second


# ----- personas


def test_the_persona_dialog_applies_all_changed_fields_as_one_edit(
        personas: PersonasPanel, editor: Editor, edits: list) -> None:
    persona = editor.document.personas()[0]
    assert personas.list.count() == 1 and persona.name in personas.list.item(0).text()
    dialog = _open_dialog(personas, persona.id)
    assert dialog.name_edit.text() == persona.name
    dialog.name_edit.setText("Aiko Tanaka")
    dialog.role_edit.setText("Office worker")
    dialog.age_spin.setValue(dialog.age_spin.minimum())
    dialog.list_edits["goals"].setPlainText("Buy fast\n\n  Pay safely  \n")
    dialog.list_edits["channels"].setPlainText("App\nStore")
    assert persona.first_time is True and dialog.first_time_combo.currentText() == "First-time customer"
    dialog.first_time_combo.setCurrentIndex(dialog.first_time_combo.findText("Returning customer"))
    dialog.accept()
    assert not dialog.isVisible() and len(edits) == 1
    assert editor.history.undo_label == "Edit persona"
    changed = editor.document.get(Persona, persona.id)
    assert (changed.name, changed.role, changed.age) == ("Aiko Tanaka", "Office worker", None)
    assert changed.goals == ("Buy fast", "Pay safely") and changed.channels == ("App", "Store")
    assert changed.first_time is False
    assert (changed.needs, changed.quote) == (persona.needs, persona.quote)
    assert personas.list.item(0).text() == "Aiko Tanaka\nOffice worker"
    editor.undo()
    assert editor.document.get(Persona, persona.id) == persona


def test_ok_without_changes_makes_no_edit(personas: PersonasPanel, editor: Editor) -> None:
    assert editor.run(
        lambda d: commands.add_persona(d, "Mia", role=" Student ", goals=("Learn", " ")))
    seen: list[tuple] = []
    editor.document_changed.connect(seen.append)
    for persona in editor.document.personas():
        dialog = _open_dialog(personas, persona.id)
        dialog.accept()
        assert not dialog.isVisible()
    assert seen == []


def test_new_persona_is_added_on_ok_only(
        personas: PersonasPanel, editor: Editor, edits: list) -> None:
    dialog = personas.new_persona()
    dialog.reject()
    assert edits == []
    dialog = personas.new_persona()
    shown: list[str] = []
    dialog.warn = shown.append
    dialog.accept()
    assert shown and dialog.isVisible() and edits == []
    dialog.name_edit.setText("Ken")
    dialog.age_spin.setValue(41)
    dialog.accept()
    assert len(edits) == 1 and personas.list.count() == 2
    ken = editor.document.get(Persona, dialog.persona_id)
    assert (ken.name, ken.age, ken.position) == ("Ken", 41, 1)
    assert personas.current_id() == ken.id


def test_a_chosen_picture_is_stored_scaled_and_shown(
        personas: PersonasPanel, editor: Editor, edits: list, tmp_path: Path) -> None:
    persona = editor.document.personas()[0]
    dialog = _open_dialog(personas, persona.id)
    dialog.choose_file = lambda: str(_png(tmp_path / "face.png", 800, 400))
    assert dialog.choose_picture() and dialog.remove_button.isEnabled()
    dialog.accept()
    assert len(edits) == 1 and editor.history.undo_label == "Change persona picture"
    avatar_id = editor.document.get(Persona, persona.id).avatar_id
    image = editor.document.get(Image, avatar_id)
    assert image is not None and image.media_type == "image/png"
    assert decode_image(image.data).size().toTuple() == (512, 256)
    icon = personas.list.item(0).icon().pixmap(40, 40).toImage()
    assert icon.pixelColor(icon.width() // 2, icon.height() // 2) == QColor("#ff0000")

    dialog = _open_dialog(personas, persona.id)
    dialog.remove_picture()
    dialog.accept()
    assert editor.document.get(Persona, persona.id).avatar_id is None
    editor.undo()
    assert editor.document.get(Persona, persona.id).avatar_id == avatar_id


def test_a_large_camera_photo_is_decoded_small(tmp_path: Path, qapp) -> None:
    photo = QImage(6000, 4000, QImage.Format.Format_RGB32)
    photo.fill(QColor("orange"))
    assert photo.save(str(tmp_path / "photo.jpg"), "JPEG", 80)
    assert decode_image(load_avatar(tmp_path / "photo.jpg")).size().toTuple() == (512, 341)


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge picture (a decompression bomb's first step)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


@pytest.mark.parametrize("kind", ["not_an_image", "too_large", "too_many_pixels"])
def test_an_unusable_picture_is_refused_with_a_message_and_changes_nothing(
        personas: PersonasPanel, editor: Editor, edits: list, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / f"{kind}.png"
    if kind == "not_an_image":
        bad.write_text("meeting notes, not a picture")
    elif kind == "too_large":
        with bad.open("wb") as file:
            file.truncate(11 * 1024 * 1024)
    else:
        bad.write_bytes(_png_claiming(60_000, 60_000))
    persona = editor.document.personas()[0]
    dialog = _open_dialog(personas, persona.id)
    shown: list[str] = []
    dialog.warn = shown.append
    dialog.choose_file = lambda: str(bad)
    assert not dialog.choose_picture()
    assert len(shown) == 1 and bad.name in shown[0]
    expected = {"not_an_image": "not a picture", "too_large": "10 MB",
                "too_many_pixels": "60000×60000 pixels"}
    assert expected[kind] in shown[0]
    dialog.accept()
    assert edits == [] and editor.document.get(Persona, persona.id) == persona
    assert editor.document.count(Image) == 0


def test_persona_mime_data_holds_the_id_and_the_name(
        personas: PersonasPanel, editor: Editor) -> None:
    persona = editor.document.personas()[0]
    mime = persona_mime_data(persona)
    assert bytes(mime.data(PERSONA_MIME).data()).decode("utf-8") == persona.id
    assert mime.text() == persona.name
    model = personas.list.model()
    dragged = model.mimeData([model.index(0, 0)])
    assert bytes(dragged.data(PERSONA_MIME).data()).decode("utf-8") == persona.id
    assert dragged.text() == persona.name
    assert personas.list.dragEnabled()
    assert model.supportedDragActions() == Qt.DropAction.CopyAction


def test_assign_and_delete_a_persona(personas: PersonasPanel, editor: Editor) -> None:
    assert editor.run(lambda d: commands.add_persona(d, "Mia", role="Student"))
    mia = next(p for p in editor.document.personas() if p.name == "Mia")
    personas.select(mia.id)
    assert personas.assign_action.isEnabled() and personas.assign_current()
    assert editor.document.get(Journey, editor.journey_id).persona_id == mia.id
    assert personas.list.currentItem().font().bold()
    asked: list[str] = []
    personas.confirm = lambda _title, text: asked.append(text) or True
    assert personas.delete_current()
    assert "Mia" in asked[0] and "1 journey" in asked[0]
    assert editor.document.get(Persona, mia.id) is None
    assert editor.document.get(Journey, editor.journey_id).persona_id is None
    editor.undo()
    assert editor.document.get(Journey, editor.journey_id).persona_id == mia.id


# ----- read-only


def test_read_only_disables_the_buttons(qtbot, editor: Editor, path: Path) -> None:
    viewer = Editor()
    assert viewer.open(path) and viewer.read_only
    journeys, personas = JourneysPanel(viewer), PersonasPanel(viewer)
    qtbot.addWidget(journeys)
    qtbot.addWidget(personas)
    assert journey_names(journeys) == [ECOMMERCE] and personas.list.count() == 1
    personas.list.setCurrentRow(0)
    for action in (journeys.add_action, journeys.rename_action, journeys.duplicate_action,
                   journeys.delete_action, personas.new_action, personas.edit_action,
                   personas.delete_action, personas.assign_action):
        assert not action.isEnabled(), action.text()
    assert not journeys.template_button.isEnabled()
    assert not journeys.list.item(0).flags() & Qt.ItemFlag.ItemIsEditable
    assert personas.edit_current() is None and not personas.list.dragEnabled()
    viewer.close()
    assert not journeys.add_action.isEnabled() and journey_names(journeys) == []


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_journey_action_shows_at_the_default_width(qtbot, tmp_path: Path, language: str) -> None:
    """No action of the journeys panel hides behind the toolbar's » overflow, in English or Japanese."""
    import shutil

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QToolButton

    from journeydesk.ui.style.application import application
    from journeydesk.ui.style.language import install_translators
    from journeydesk.ui.window.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    application()
    assert install_translators(language)
    try:
        project = tmp_path / "example.journey"
        shutil.copy(Path(__file__).resolve().parents[1] / "resources" / "example.journey", project)
        window = MainWindow(remember_layout=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_path(project)
        panel: JourneysPanel = window.docks["journeys"].widget()
        qtbot.wait(50)
        actions = [panel.add_action, panel.duplicate_action, panel.rename_action, panel.delete_action,
                   panel.move_up_action, panel.move_down_action]
        for action in actions:
            bar = (panel.toolbar if panel.toolbar.widgetForAction(action) is not None
                   else panel.selected_toolbar)
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()
        assert panel.template_button.isVisible()
        for button in panel.findChildren(QToolButton):
            if button.objectName() == "qt_toolbar_ext_button":
                assert not button.isVisible(), "actions overflow the toolbar"
    finally:
        install_translators("en")


def test_delete_confirmation_buttons_say_delete_and_cancel(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from journeydesk.ui.panels.journeys_panel import ask_plain

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def answer(choice: str) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(sorted(b.text() for b in box.buttons()))
        assert box.defaultButton().text() == "Cancel"
        next(b for b in box.buttons() if b.text() == choice).click()

    QTimer.singleShot(0, lambda: answer("Delete"))
    assert ask_plain(parent, "Delete journey", "Delete “A”?") is True
    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert ask_plain(parent, "Delete journey", "Delete “A”?") is False
    assert seen == [["Cancel", "Delete"], ["Cancel", "Delete"]]


def test_preferences_restore_button_has_its_own_words(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from journeydesk.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).text() == "Restore Defaults"
