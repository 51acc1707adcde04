"""The main window's menus, their standard shortcuts and mnemonics, and the main toolbar."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton
from shiboken6 import isValid

from journeydesk import i18n
from journeydesk.core.enums import LaneKind
from journeydesk.core.kinds import LANE_CARD_KIND, lane_kind_name
from journeydesk.core.model import Dataset
from journeydesk.core.templates import TEMPLATE_NAMES, template_title
from journeydesk.ui.base.mnemonic import plain_text
from journeydesk.ui.base.preferences_store import load_view_option, save_view_option
from journeydesk.ui.canvas.insert import insert_element
from journeydesk.ui.panels.palette import ELEMENTS, element_icon, element_name
from journeydesk.ui.style.icons import icon, icon_names, kind_icon, lane_icon_name
from journeydesk.ui.window.journey_files import export_journey, import_journey
from journeydesk.ui.window.journey_menu import build_journey_menu

if TYPE_CHECKING:
    from journeydesk.ui.window.parts import WindowParts

Std = QKeySequence.StandardKey
translate = QCoreApplication.translate
OWN_TOOLTIP = "journeydesk_own_tooltip"  # an action whose tooltip says more than its name
TOOLBAR = ("new", "open", None, "undo", "redo", None, "import_csv", "export", None,
           "zoom_out", "zoom_in", "fit", None, "present", "preferences")


def _is_latin(text: str) -> bool:
    """Whether ``text`` has no Japanese (or other CJK) character, so a letter of it can be underlined."""
    return not any(0x2E80 <= ord(ch) <= 0xFFEF for ch in text)


def shortcut_tooltip(action: QAction) -> str:
    """The action's name followed by its shortcut, as in “Undo (Ctrl+Z)”."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain_text(action)} ({keys})" if keys else plain_text(action)


def keep_tooltip(action: QAction) -> None:
    """Give ``action`` a tooltip with its shortcut, kept up to date when its text or shortcut changes."""
    def refresh() -> None:
        if not isValid(action):  # a signal while the window is torn down
            return
        tip = shortcut_tooltip(action)
        if action.toolTip() != tip:
            action.setToolTip(tip)
    refresh()
    action.changed.connect(refresh)


def add_mnemonics(menu: QMenu) -> None:
    """Give every entry of ``menu`` (and its submenus) a mnemonic of its own.

    Entries keep the mnemonics they were given, first come first served; the others (and
    those whose letter an earlier entry has) take the first free letter of their text, or,
    in Japanese text (“ECサイト…” included) or text without a free letter, “(&X)” at its end
    with no space, as Japanese menus write it.
    """
    entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used: set[str] = set()
    needing = []
    for action in entries:
        marked = re.search(r"&([^&])", action.text())
        if marked and marked.group(1).lower() not in used:
            used.add(marked.group(1).lower())
        else:
            needing.append(action)
    for action in needing:
        bare = plain_text(action)
        free = next((i for i, ch in enumerate(bare) if ch.isascii() and ch.isalnum()
                     and ch.lower() not in used),
                    None) if _is_latin(bare) else None
        if free is not None:
            used.add(bare[free].lower())
            action.setText(bare[:free].replace("&", "&&") + "&" + bare[free:].replace("&", "&&"))
        else:
            letter = next(ch for ch in "abcdefghijklmnopqrstuvwxyz0123456789" if ch not in used)
            used.add(letter)
            action.setText(_append_mnemonic(bare.replace("&", "&&"), letter.upper()))
    for action in entries:
        if action.menu() is not None:
            add_mnemonics(action.menu())


def insert_text(kind: str) -> str:
    """The Insert menu's entry for a palette element, with its mnemonic (“&Stage”, “ステージ(&S)”)."""
    return {
        "stage": translate("MainWindow", "&Stage"), "lane": translate("MainWindow", "&Lane"),
        "touchpoint": translate("MainWindow", "&Touchpoint"), "action": translate("MainWindow", "&Action"),
        "thought": translate("MainWindow", "T&hought"), "pain_point": translate("MainWindow", "&Pain Point"),
        "opportunity": translate("MainWindow", "&Opportunity"), "note": translate("MainWindow", "&Note"),
        "emotion_marker": translate("MainWindow", "Emotion &Marker"),
    }.get(kind) or element_name(kind)


def lane_menu_text(kind: LaneKind) -> str:
    """The Insert ▸ Lane menu's entry for a lane kind, with its mnemonic."""
    return {
        LaneKind.TOUCHPOINTS: translate("MainWindow", "&Touchpoints"),
        LaneKind.ACTIONS: translate("MainWindow", "&Actions"),
        LaneKind.THOUGHTS: translate("MainWindow", "T&houghts"),
        LaneKind.EMOTIONS: translate("MainWindow", "&Emotions"),
        LaneKind.PAIN_POINTS: translate("MainWindow", "&Pain Points"),
        LaneKind.OPPORTUNITIES: translate("MainWindow", "&Opportunities"),
        LaneKind.CHANNELS: translate("MainWindow", "&Channels"),
        LaneKind.BACKSTAGE: translate("MainWindow", "&Backstage"),
        LaneKind.NOTES: translate("MainWindow", "&Notes"),
    }.get(kind) or lane_kind_name(kind)


def panel_menu_text(name: str) -> str:
    """The View ▸ Panels menu's entry for a dock, with its mnemonic."""
    return {
        "palette": translate("MainWindow", "&Palette"), "journeys": translate("MainWindow", "&Journeys"),
        "personas": translate("MainWindow", "P&ersonas"), "inspector": translate("MainWindow", "&Inspector"),
        "data": translate("MainWindow", "&Data"), "charts": translate("MainWindow", "&Charts"),
        "snapshots": translate("MainWindow", "&Snapshots"),
        "scorecard": translate("MainWindow", "Sc&orecard"),
    }.get(name, name)


def _append_mnemonic(text: str, letter: str) -> str:
    """“閉じる” → “閉じる(&A)”, “開く…” → “開く(&A)…” (the marker goes before a trailing ellipsis or
    colon)."""
    found = re.match(r"(.*?)(…|:|：)?$", text, re.DOTALL)
    body, tail = found.group(1), found.group(2) or ""
    space = " " if _is_latin(body) else ""
    return f"{body}{space}(&{letter}){tail}"


@dataclass
class Menus:
    """What the window reaches of its menu bar later: every action by name, the menus it enables, the
    toolbar."""

    actions: dict[str, QAction]
    export: QMenu
    toolbar: QToolBar


def build_menus(window: WindowParts) -> Menus:
    """Create the menu bar and the main toolbar for ``window``, which keeps what is returned."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    map_editor = window.map
    view = map_editor.view

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object],
            shortcut: Std | str | None = None) -> QAction:
        action = QAction(text, window)
        if name in icon_names():
            action.setIcon(icon(name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        keep_tooltip(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    add(file_menu, "new", translate("MainWindow", "New &Blank Journey Map…"),
        lambda: window.new_from_template("blank", i18n.language()), Std.New)
    new_menu = file_menu.addMenu(translate("MainWindow", "&New from Template"))
    new_menu.menuAction().setIcon(icon("new"))
    for template in TEMPLATE_NAMES:
        for lang in ("en", "ja"):
            add(new_menu, f"new_{template}_{lang}", template_title(template, lang),
                lambda t=template, lg=lang: window.new_from_template(t, lg))
    add(file_menu, "open", translate("MainWindow", "&Open…"), window.ask_open, Std.Open)
    recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent_menu.aboutToShow.connect(lambda: _fill_recent(window, recent_menu))
    file_menu.addSeparator()
    add(file_menu, "save_copy", translate("MainWindow", "Save a Cop&y As…"), window.ask_save_copy, Std.SaveAs)
    add(file_menu, "compact", translate("MainWindow", "Co&mpact Project…"), window.compact_project)
    add(file_menu, "import_csv", translate("MainWindow", "&Import CSV…"), window.import_csv, "Ctrl+I")
    add(file_menu, "import_journey", translate("MainWindow", "Import &Journey…"),
        lambda: import_journey(window, window.editor))
    add(file_menu, "export_journey", translate("MainWindow", "Export Jo&urney…"),
        lambda: _export_journey(window))
    export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
    export_menu.setEnabled(False)
    add(export_menu, "export_pdf", translate("MainWindow", "&PDF Report…"), window.export_report)
    add(export_menu, "export_image", translate("MainWindow", "&Image…"), window.export_image)
    file_menu.addSeparator()
    add(file_menu, "close", translate("MainWindow", "&Close"), window.close_project, Std.Close)
    add(file_menu, "quit", translate("MainWindow", "&Quit"), window.close, Std.Quit)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    add(edit_menu, "undo", translate("MainWindow", "&Undo"), window.undo, Std.Undo)
    add(edit_menu, "redo", translate("MainWindow", "&Redo"), window.redo, Std.Redo)
    edit_menu.addSeparator()
    add(edit_menu, "cut", translate("MainWindow", "Cu&t"), map_editor.cut_selection, Std.Cut)
    add(edit_menu, "copy", translate("MainWindow", "&Copy"), map_editor.copy_selection, Std.Copy)
    add(edit_menu, "paste", translate("MainWindow", "&Paste"), map_editor.paste, Std.Paste)
    add(edit_menu, "duplicate", translate("MainWindow", "Dup&licate"), map_editor.duplicate_selection,
        "Ctrl+D")
    add(edit_menu, "delete", translate("MainWindow", "&Delete"), map_editor.delete_selection, Std.Delete)
    edit_menu.addSeparator()
    add(edit_menu, "select_all", translate("MainWindow", "Select &All"), map_editor.select_all, Std.SelectAll)
    for name in ("cut", "copy", "paste", "duplicate", "delete", "select_all"):
        # These act on the map: scoped to it so that panels keep their own Delete, Ctrl+C…
        actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        map_editor.addAction(actions[name])
    add(edit_menu, "find", translate("MainWindow", "&Find…"), window.map.show_find, Std.Find)
    add(edit_menu, "find_next", translate("MainWindow", "Find &Next"), window.map.find_next, Std.FindNext)
    add(edit_menu, "find_previous", translate("MainWindow", "Find Pre&vious"), window.map.find_previous,
        Std.FindPrevious)
    for name in ("find_next", "find_previous"):
        actions["find"].enabledChanged.connect(actions[name].setEnabled)
    edit_menu.addSeparator()
    preferences = add(edit_menu, "preferences", translate("MainWindow", "Pr&eferences…"),
                      window.show_preferences, Std.Preferences)
    if preferences.shortcut().isEmpty():
        preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    add(view_menu, "zoom_in", translate("MainWindow", "Zoom &In"), view.zoom_in, Std.ZoomIn)
    add(view_menu, "zoom_out", translate("MainWindow", "Zoom &Out"), view.zoom_out, Std.ZoomOut)
    add(view_menu, "fit", translate("MainWindow", "&Fit Journey"), view.fit_journey, "Ctrl+0")
    add(view_menu, "actual", translate("MainWindow", "&Actual Size"), view.actual_size, "Ctrl+1")
    view_menu.addSeparator()
    _build_overlay_menu(window, view_menu)
    assumptions = add(view_menu, "show_assumptions", translate("MainWindow", "&Show Assumptions"),
                      lambda: _show_assumptions(window, assumptions.isChecked()))
    assumptions.setCheckable(True)
    assumptions.setChecked(load_view_option("show_assumptions"))
    map_editor.set_show_assumptions(assumptions.isChecked())
    assumptions.setStatusTip(translate("MainWindow", "Shade the cards that no evidence backs"))
    view_menu.addSeparator()
    present = add(view_menu, "present", translate("MainWindow", "&Presentation Mode"),
                  window.toggle_presentation, "F5")
    window.addAction(present)
    view_menu.addSeparator()
    add(view_menu, "next_panel", translate("MainWindow", "&Next Panel"), lambda: window.focus_next_panel(1),
        "F6")
    add(view_menu, "previous_panel", translate("MainWindow", "Pre&vious Panel"),
        lambda: window.focus_next_panel(-1), "Shift+F6")
    panels = view_menu.addMenu(translate("MainWindow", "Pane&ls"))
    for name, dock in window.docks.items():
        toggle = dock.toggleViewAction()
        toggle.setText(panel_menu_text(name))
        panels.addAction(toggle)

    journey_menu = build_journey_menu(window, add)
    insert_menu = bar.addMenu(translate("MainWindow", "&Insert"))
    for kind in ELEMENTS:
        if kind == "lane":
            lanes = insert_menu.addMenu(insert_text(kind))
            lanes.menuAction().setIcon(icon("lane"))
            add(lanes, "insert_lane", translate("MainWindow", "Notes &lane"),
                lambda: insert_element(map_editor, "lane"))
            for lane_kind in LaneKind:
                action = add(lanes, f"insert_lane_{lane_kind.value}", lane_menu_text(lane_kind),
                             lambda k=lane_kind: insert_element(map_editor, f"lane:{k.value}"))
                name = lane_icon_name(lane_kind)
                action.setIcon(kind_icon(LANE_CARD_KIND[lane_kind]) if lane_kind in LANE_CARD_KIND
                               else icon(name))
        elif kind != "persona":
            add(insert_menu, f"insert_{kind}", insert_text(kind),
                lambda k=kind: insert_element(map_editor, k)).setIcon(element_icon(kind))
    insert_menu.addSeparator()
    connect = add(insert_menu, "insert_connect", translate("MainWindow", "&Connect Cards"),
                  lambda: map_editor.link_tool.set_connect_mode(connect.isChecked()), "Ctrl+L")
    connect.setCheckable(True)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add(help_menu, "shortcuts", translate("MainWindow", "&Keyboard Shortcuts"), window.show_shortcuts,
        Std.HelpContents)
    about = add(help_menu, "about", translate("MainWindow", "&About JourneyDesk"), window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about_qt = add(help_menu, "about_qt", translate("MainWindow", "About &Qt"), window.show_about_qt)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    for menu in (file_menu, edit_menu, view_menu, journey_menu, insert_menu, help_menu):
        add_mnemonics(menu)
        _plain_tooltips(menu)
    return Menus(actions, export_menu, build_toolbar(window, actions, export_menu))


def _show_assumptions(window: WindowParts, on: bool) -> None:
    """View ▸ Show Assumptions: shade the cards without evidence, and remember the choice for the next
    start."""
    window.map.set_show_assumptions(on)
    save_view_option("show_assumptions", on)


def _plain_tooltips(menu: QMenu) -> None:
    """Submenus and panel toggles take tooltips from one helper too (Qt's own would keep “(N)”)."""
    for action in menu.actions():
        if action.isSeparator() or not action.text() or action.property(OWN_TOOLTIP):
            continue
        if action.menu() is not None or action.shortcut().isEmpty():
            keep_tooltip(action)
        if action.menu() is not None:
            _plain_tooltips(action.menu())


def build_toolbar(window: WindowParts, actions: dict[str, QAction], export_menu: QMenu) -> QToolBar:
    """The main toolbar: the common actions as icons, each with a tooltip showing its shortcut."""
    bar = QToolBar(translate("MainWindow", "Main Toolbar"), window)
    bar.setObjectName("main_toolbar")
    bar.setAccessibleName(translate("MainWindow", "Main toolbar"))
    bar.setIconSize(QSize(20, 20))
    for name in TOOLBAR:
        if name is None:
            bar.addSeparator()
            continue
        action = export_menu.menuAction() if name == "export" else actions[name]
        if name == "export":
            action.setIcon(icon("export"))
            action.setToolTip(translate("MainWindow", "Export"))
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            _describe(button, action)
            action.changed.connect(lambda b=button, a=action: _describe(b, a))
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def _describe(button: QToolButton, action: QAction) -> None:
    button.setAccessibleName(plain_text(action))
    button.setAccessibleDescription(action.toolTip())


def _export_journey(window: WindowParts) -> None:
    written = export_journey(window, window.editor)
    if written is not None:
        window.statusBar().showMessage(translate("MainWindow", "Wrote {0}").format(written), 8000)


def _fill_recent(window: WindowParts, menu: QMenu) -> None:
    menu.clear()
    files = window.recent_files()
    for path in files:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not files:
        empty = menu.addAction(translate("MainWindow", "(none)"))
        empty.setEnabled(False)
    add_mnemonics(menu)


def _build_overlay_menu(window: WindowParts, view_menu: QMenu) -> None:
    """View ▸ Metric Overlay: None or one metric of the journey's data, kept up to date with the datasets."""
    menu = view_menu.addMenu(translate("MainWindow", "&Metric Overlay"))
    menu.menuAction().setProperty(OWN_TOOLTIP, True)
    view_menu.setToolTipsVisible(True)  # says why the overlay is unavailable
    editor = window.editor
    menu.aboutToShow.connect(lambda: _fill_overlay(window, menu))
    editor.project_changed.connect(lambda: _fill_overlay(window, menu))
    editor.journey_changed.connect(lambda _journey: _fill_overlay(window, menu))
    editor.document_changed.connect(
        lambda changes: _fill_overlay(window, menu) if any(isinstance(c.entity, Dataset) for c in changes)
        else None)
    _fill_overlay(window, menu)


def _fill_overlay(window: WindowParts, menu: QMenu) -> None:
    if not isValid(menu):  # a signal while the window is torn down
        return
    menu.clear()
    choices = window.map.overlay_choices()
    entry = menu.menuAction()
    entry.setEnabled(bool(choices))
    if choices:
        tip = translate("MainWindow", "Colour the touchpoint cards by an imported metric")
    elif window.editor.has_project:
        tip = translate("MainWindow", "Import a CSV file with metrics (File ▸ Import CSV…) to colour the "
                                      "touchpoint cards by one of them")
    else:
        tip = translate("MainWindow", "Open a project with imported metrics to colour its touchpoint cards")
    entry.setToolTip(tip)
    entry.setStatusTip(tip)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = window.map.overlay_metric
    for metric in [None, *choices]:
        action = menu.addAction(metric.replace("&", "&&") if metric else translate("MainWindow", "&None"))
        action.setCheckable(True)
        action.setChecked(metric == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, m=metric: window.map.set_overlay_metric(m))
        if metric is None:
            menu.addSeparator()
    add_mnemonics(menu)
    for action in menu.actions():
        action.setToolTip(plain_text(action))
