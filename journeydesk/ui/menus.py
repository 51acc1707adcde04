"""The main window's menus and their standard shortcuts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from journeydesk.core.model import LaneKind
from journeydesk.core.templates import TEMPLATE_NAMES, template_title
from journeydesk.ui.insert import insert_element
from journeydesk.ui.look import lane_kind_name
from journeydesk.ui.palette import ELEMENTS, element_name

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

Std = QKeySequence.StandardKey
translate = QCoreApplication.translate


def plain_text(text: str) -> str:
    """A menu text without its accelerator: "&Undo" → "Undo", "元に戻す(&U)" → "元に戻す"."""
    return re.sub(r"\(&\w\)|&(?=\w)", "", text)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns every action by name (for enabling and tests)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    map_editor = window.map
    view = map_editor.view

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object],
            shortcut: Std | str | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{plain_text(text)} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    new_menu = file_menu.addMenu(translate("MainWindow", "&New from Template"))
    for template in TEMPLATE_NAMES:
        for lang in ("en", "ja"):
            add(new_menu, f"new_{template}_{lang}", template_title(template, lang),
                lambda t=template, lg=lang: window.new_from_template(t, lg))
    add(file_menu, "open", translate("MainWindow", "&Open…"), window.ask_open, Std.Open)
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addSeparator()
    add(file_menu, "save_copy", translate("MainWindow", "Save a &Copy As…"), window.ask_save_copy, Std.SaveAs)
    add(file_menu, "import_csv", translate("MainWindow", "&Import CSV…"), window.import_csv, "Ctrl+I")
    export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
    export_menu.setEnabled(False)
    window.export_menu = export_menu
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
    add(edit_menu, "duplicate", translate("MainWindow", "D&uplicate"), map_editor.duplicate_selection, "Ctrl+D")
    add(edit_menu, "delete", translate("MainWindow", "&Delete"), map_editor.delete_selection, Std.Delete)
    edit_menu.addSeparator()
    add(edit_menu, "select_all", translate("MainWindow", "Select &All"), map_editor.select_all, Std.SelectAll)
    for name in ("cut", "copy", "paste", "duplicate", "delete", "select_all"):
        # These act on the map: scoped to it so that panels keep their own Delete, Ctrl+C…
        actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        map_editor.addAction(actions[name])
    add(edit_menu, "find", translate("MainWindow", "&Find…"), window.map.show_find, Std.Find)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    add(view_menu, "zoom_in", translate("MainWindow", "Zoom &In"), view.zoom_in, Std.ZoomIn)
    add(view_menu, "zoom_out", translate("MainWindow", "Zoom &Out"), view.zoom_out, Std.ZoomOut)
    add(view_menu, "fit", translate("MainWindow", "&Fit Journey"), view.fit_journey, "Ctrl+0")
    add(view_menu, "actual", translate("MainWindow", "&Actual Size"), view.actual_size, "Ctrl+1")
    view_menu.addSeparator()
    present = add(view_menu, "present", translate("MainWindow", "&Presentation Mode"), window.toggle_presentation, "F5")
    window.addAction(present)
    view_menu.addSeparator()
    panels = view_menu.addMenu(translate("MainWindow", "&Panels"))
    for dock in window.docks.values():
        panels.addAction(dock.toggleViewAction())

    insert_menu = bar.addMenu(translate("MainWindow", "&Insert"))
    for kind in ELEMENTS:
        if kind == "lane":
            lanes = insert_menu.addMenu(element_name(kind))
            add(lanes, "insert_lane", translate("MainWindow", "Notes lane"), lambda: insert_element(map_editor, "lane"))
            for lane_kind in LaneKind:
                add(lanes, f"insert_lane_{lane_kind.value}", lane_kind_name(lane_kind),
                    lambda k=lane_kind: insert_element(map_editor, f"lane:{k.value}"))
        elif kind != "persona":
            add(insert_menu, f"insert_{kind}", element_name(kind),
                lambda k=kind: insert_element(map_editor, k))

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add(help_menu, "shortcuts", translate("MainWindow", "&Keyboard Shortcuts"), window.show_shortcuts, Std.HelpContents)
    add(help_menu, "about", translate("MainWindow", "&About JourneyDesk"), window.show_about)
    return actions


def _fill_recent(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    files = window.recent_files()
    for path in files:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not files:
        empty = menu.addAction(translate("MainWindow", "(none)"))
        empty.setEnabled(False)


def _fill_overlay(window: MainWindow) -> None:
    menu = window.overlay_menu
    menu.clear()
    group = QActionGroup(menu)
    current = window.map.overlay_metric
    for metric in [None, *window.map.overlay_choices()]:
        action = menu.addAction(metric or translate("MainWindow", "None"))
        action.setCheckable(True)
        action.setChecked(metric == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, m=metric: window.map.set_overlay_metric(m))
    if len(menu.actions()) == 1:
        hint = menu.addAction(translate("MainWindow", "(import a CSV file to colour touchpoints by a metric)"))
        hint.setEnabled(False)
