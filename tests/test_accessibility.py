"""Keyboard and screen readers: mnemonics, shortcuts in tooltips, accessible names, a journey by keys only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from journeydesk.core.enums import CardKind
from journeydesk.core.kinds import card_kind_name
from journeydesk.core.model import Card, EmotionMarker, Lane, Persona, Stage
from journeydesk.store.new_project import create_project
from journeydesk.ui.base.mnemonic import plain_text
from journeydesk.ui.panels.palette import ELEMENTS
from journeydesk.ui.window.menus import TOOLBAR, add_mnemonics, shortcut_tooltip


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from journeydesk.ui.style.application import application
    from journeydesk.ui.window.main_window import MainWindow

    application()
    errors: list[str] = []
    monkeypatch.setattr("journeydesk.ui.window.main_window.show_message",
                        lambda _p, _t, text, **_k: errors.append(text))
    win = MainWindow(remember_layout=False)
    win.errors = errors
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
            found += _menu_actions(action.menu())
    return found


def _has_mnemonic(text: str) -> bool:
    return re.search(r"&[^&]", text.replace("&&", "")) is not None


def test_every_menu_entry_has_text_and_a_mnemonic_or_shortcut(window) -> None:
    checked = 0
    for top in window.menuBar().actions():
        assert _has_mnemonic(top.text()), top.text()
        for action in _menu_actions(top.menu()):
            assert plain_text(action).strip(), "a menu entry without text"
            assert _has_mnemonic(action.text()) or not action.shortcut().isEmpty(), action.text()
            checked += 1
    assert checked > 40


def _mnemonic(action: QAction) -> str:
    found = re.search(r"&([^&])", action.text())
    return found.group(1).lower() if found else ""


def test_mnemonics_are_distinct_within_each_menu(window) -> None:
    menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
        letters = [_mnemonic(a) for a in entries]
        assert len(set(letters)) == len(letters), [a.text() for a in entries]
        menus += [a.menu() for a in entries if a.menu() is not None]


def test_mnemonics_are_distinct_and_work_for_japanese_text(qtbot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    for text in ("Stage", "Lane", "Save", "ステージ", "レーン"):
        menu.addAction(text)
    add_mnemonics(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["&Stage", "&Lane", "S&ave"]
    duplicate = QMenu()
    qtbot.addWidget(duplicate)
    for text in ("&Undo", "D&uplicate", "&Delete", "元に戻す(&U)"):
        duplicate.addAction(text)
    add_mnemonics(duplicate)
    assert [a.text() for a in duplicate.actions()] == ["&Undo", "Du&plicate", "&Delete", "元に戻す(&A)"]
    assert texts[3].startswith("ステージ(&") and texts[4].startswith("レーン(&")
    keys = [re.search(r"&(.)", t).group(1).lower() for t in texts]
    assert len(set(keys)) == len(keys)
    assert plain_text(menu.actions()[3]) == "ステージ"


@pytest.mark.parametrize(("text", "plain"), [
    ("開く(&O)…", "開く…"), ("空のジャーニーマップを新規作成(&B)…", "空のジャーニーマップを新規作成…"),
    ("ロゴ(&G):", "ロゴ:"), ("元に戻す：カードの追加(&U)", "元に戻す：カードの追加"),
    ("閉じる (&A)", "閉じる"), ("&Undo", "Undo"), ("Save a Cop&y As…", "Save a Copy As…"),
    ("Sales && &Marketing", "Sales & Marketing"),
])
def test_plain_text_drops_the_mnemonic_wherever_it_stands(qtbot, text: str, plain: str) -> None:
    assert plain_text(QAction(text)) == plain


def test_tooltips_have_no_mnemonic_letters(window) -> None:
    for action in window.actions_by_name.values():
        assert not re.search(r"\(\w\)|&", action.toolTip().replace("&&", "")), action.toolTip()


def _menus_in(window) -> list[QMenu]:
    menus, found = [a.menu() for a in window.menuBar().actions()], []
    while menus:
        menu = menus.pop()
        found.append(menu)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


@pytest.mark.parametrize("language", ["en", "ja"])
def test_menus_are_written_without_mnemonic_clashes(qtbot, monkeypatch, language: str) -> None:
    """Each menu's own letters differ: the fix-up only has to letter the template and recent-file entries."""
    from journeydesk.ui.style.application import application
    from journeydesk.ui.style.language import install_translators
    from journeydesk.ui.window import menus
    from journeydesk.ui.window.main_window import MainWindow

    application()
    fixed: list[tuple[str, str]] = []
    original = menus.add_mnemonics

    def watching(menu: QMenu) -> None:
        before = {a: a.text() for a in menu.actions()}
        original(menu)
        fixed.extend((text, a.text()) for a, text in before.items() if a.text() != text)

    monkeypatch.setattr(menus, "add_mnemonics", watching)
    assert install_translators(language)
    try:
        window = MainWindow(remember_layout=False)
        qtbot.addWidget(window)
        template_texts = {window.actions_by_name[n].text() for n in window.actions_by_name
                          if n.startswith("new_")
                          and n != "new"}
        assert [pair for pair in fixed if pair[1] not in template_texts] == []
        for menu in _menus_in(window):
            entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
            letters = [_mnemonic(a) for a in entries]
            assert len(set(letters)) == len(letters), [a.text() for a in entries]
            for action in entries:
                assert " (&" not in action.text() or language == "en", action.text()
                assert not re.search(r"\(&?\w\)|&", action.toolTip().replace("&&", "")), action.toolTip()
        if language == "ja":
            assert window.actions_by_name["save_copy"].text() == "コピーを別名で保存(&Y)…"
            assert window.actions_by_name["insert_stage"].text() == "ステージ(&S)"
            for title in (window.actions_by_name[f"new_{t}_ja"].text() for t in ("ecommerce",
                                                                                 "saas-onboarding")):
                assert re.search(r"[^ ]\(&\w\)$", title), title
    finally:
        install_translators("en")


def test_tooltips_show_the_shortcut_from_one_helper(window) -> None:
    undo = window.actions_by_name["undo"]
    keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert undo.toolTip() == f"Undo ({keys})" == shortcut_tooltip(undo)
    undo.setText("&Undo Add card")
    assert undo.toolTip() == f"Undo Add card ({keys})", "the tooltip follows the action's text"
    assert window.actions_by_name["preferences"].toolTip().startswith("Preferences… (")


def test_toolbar_buttons_have_icons_accessible_names_and_tooltips(window) -> None:
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction() is not None
               and b.isVisibleTo(window)]
    assert len(buttons) == len([name for name in TOOLBAR if name])
    for button in buttons:
        action = button.defaultAction()
        assert button.accessibleName(), action.text()
        assert action.toolTip(), action.text()
        assert not action.icon().isNull(), action.text()
    names = {b.accessibleName() for b in buttons}
    assert {"Undo", "Redo", "Zoom In", "Zoom Out", "Import CSV…", "Preferences…",
            "Presentation Mode"} <= names
    undo = next(b for b in buttons if b.accessibleName() == "Undo")
    assert "(" in undo.accessibleDescription(), "the description carries the shortcut"


def test_palette_entries_docks_and_canvas_have_accessible_names(window) -> None:
    palette = window.palette
    assert palette.count() == len(ELEMENTS)
    for row in range(palette.count()):
        item = palette.item(row)
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text() != ""
        assert "Enter" in item.toolTip()
        assert not item.icon().isNull()
    for dock in window.docks.values():
        assert dock.accessibleName() == dock.windowTitle() != ""
    assert window.map.view.accessibleName() == "Journey map"
    assert palette.accessibleDescription()


def test_the_view_describes_the_selected_item_for_screen_readers(window, tmp_path: Path) -> None:
    path = tmp_path / "one.journey"
    create_project(str(path), "ecommerce", "en")
    assert window.open_path(path)
    view = window.map.view
    assert view.accessibleDescription().startswith("Nothing selected.")
    card = next(iter(window.map.scene.cards.values()))
    card.setSelected(True)
    assert view.accessibleDescription() == f"{card_kind_name(card.card.kind)} card: {card.card.text}"
    window.map.scene.clearSelection()
    header = next(h for h in window.map.scene.headers.values() if h.is_stage)
    header.setSelected(True)
    assert view.accessibleDescription() == f"Stage: {header.entity.name}"


def test_f6_moves_focus_between_the_map_and_the_panels(window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "one.journey"
    create_project(str(path), "blank", "en")
    assert window.open_path(path)
    window.map.view.setFocus()
    visited = []
    for _ in range(len(window.docks) + 1):  # every panel once, and back to the map
        window.actions_by_name["next_panel"].trigger()
        visited.append(window.focusWidget())
    assert window.palette in visited
    assert window.map.view in visited


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, text: str | None = None) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if text is not None:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key, modifier)


def _focus_palette(window, qtbot) -> None:
    for _ in range(8):
        if QApplication.focusWidget() is window.palette:
            return
        _key(qtbot, Qt.Key.Key_F6)
    raise AssertionError(f"F6 never reached the palette (focus: {QApplication.focusWidget()})")


def test_a_journey_built_by_keyboard_only(window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "keys.journey"
    create_project(str(path), "blank", "en")
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitActive(window)
    doc = window.editor.document
    journey = doc.journeys()[0]
    stages_before = len(doc.stages(journey.id))
    cards_before = len(doc.cards(journey.id))

    # F6 until the palette has the focus; the first entry is Stage: Enter inserts one, named by typing.
    _focus_palette(window, qtbot)
    _key(qtbot, Qt.Key.Key_Home)
    _key(qtbot, Qt.Key.Key_Return)
    assert len(doc.stages(journey.id)) == stages_before + 1
    _key(qtbot, None, text="Checkout")
    _key(qtbot, Qt.Key.Key_Return)
    assert doc.stages(journey.id)[-1].name == "Checkout"

    # Back to the palette, down to Touchpoint, Enter: a new touchpoint card whose text we type.
    _focus_palette(window, qtbot)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    assert window.palette.currentItem().text() == "Touchpoint"
    _key(qtbot, Qt.Key.Key_Return)
    cards = doc.cards(journey.id)
    assert len(cards) == cards_before + 1
    _key(qtbot, None, text="Pays by card")
    _key(qtbot, Qt.Key.Key_Return)
    card = next(c for c in doc.cards(journey.id) if c.text == "Pays by card")
    assert card.kind == CardKind.TOUCHPOINT

    # Undo (Ctrl+Z) takes the text back; the card itself stays.
    window.map.view.setFocus()
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.get(Card, card.id).text != "Pays by card"
    assert doc.get(Stage, doc.stages(journey.id)[-1].id).name == "Checkout"
    assert window.errors == []


def _entity_count(doc) -> int:
    return sum(doc.count(kind) for kind in (Stage, Lane, Card, EmotionMarker, Persona))


def test_enter_on_every_palette_entry_inserts_it(window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "all.journey"
    create_project(str(path), "ecommerce", "en")
    assert window.open_path(path)
    doc = window.editor.document
    for row in range(window.palette.count()):
        window.map.scene.close_editor(commit=False)
        window.palette.setFocus()
        window.palette.setCurrentRow(row)
        before = _entity_count(doc)
        qtbot.keyClick(window.palette, Qt.Key.Key_Return)
        window.map.scene.close_editor(commit=True)
        assert _entity_count(doc) == before + 1, window.palette.item(row).text()
        assert window.focusWidget() is window.map.view
    assert window.errors == []


def test_presentation_mode_hides_the_toolbar(window, tmp_path: Path) -> None:
    path = tmp_path / "p.journey"
    create_project(str(path), "blank", "en")
    assert window.open_path(path)
    window.toggle_presentation()
    assert not window.toolbar.isVisible()
    window.toggle_presentation()
    assert window.toolbar.isVisible()


def test_f6_gives_each_panel_its_main_widget_and_raises_tabbed_panels(window, tmp_path: Path, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    path = tmp_path / "panels.journey"
    create_project(str(path), "ecommerce", "en")
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitActive(window)
    card = next(iter(window.map.scene.cards.values()))
    card.setSelected(True)
    docks = window.docks
    inspector = docks["inspector"].widget()
    window.map.view.setFocus()
    reached: dict[str, object] = {}
    for _ in range(2 * len(docks) + 2):
        window.focus_next_panel(1)
        focus = QApplication.focusWidget()
        assert not isinstance(focus, (QAbstractButton, QScrollArea)), focus
        for name, dock in docks.items():
            if dock.widget().isAncestorOf(focus) or dock.widget() is focus:
                reached.setdefault(name, focus)
                assert not dock.visibleRegion().isEmpty(), f"{name} has the focus but is hidden behind a tab"
    assert reached["palette"] is window.palette
    assert reached["journeys"] is docks["journeys"].widget().list
    assert reached["personas"] is docks["personas"].widget().list
    assert reached["data"] is docks["data"].widget().list
    assert reached["inspector"] is inspector.field(next(iter(inspector._stack.currentWidget().widgets)))
    window.map.view.setFocus()
    window.focus_next_panel(-1)
    assert QApplication.focusWidget() is not window.map.view


def test_the_shortcuts_list_is_a_two_column_table_with_the_map_keys(window, qtbot, monkeypatch) -> None:
    from journeydesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions_by_name["shortcuts"].trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 2
    rows = dict(dialog.rows())
    assert all("&" not in action and "\t" not in action for action in rows)
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Undo"] == undo_keys
    assert rows["Presentation Mode"] == "F5" and rows["Next Panel"] == "F6"
    assert "F2" in rows["Edit the selected card, stage or lane name"]
    assert rows["Select the next cell, card, header or emotion marker"] == "Arrow keys"
    assert rows["Add a blank journey"] == QKeySequence(Qt.Key.Key_Insert).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Esc" in rows["Stop editing without a change; from a card, select its cell"]
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Alt+Up").toString(native) in rows["Move the journey up or down"]
    assert rows["Finish editing"] == "Enter" and rows["New line while editing"] == "Shift+Enter"
    assert rows["Save a stage or lane name and rename the next or previous one"] == "Tab, Shift+Tab"
    presenting = {shortcut.key().toString(native) for shortcut in window.presentation.shortcuts}
    listed = {name for action in ("Next stage", "Previous stage", "The whole journey", "The last stage")
              for name in rows[action].split(", ")}
    assert listed == presenting - {"Esc"}
    assert rows["Leave presentation mode"] == "Esc, F5"
