"""The main window's menus and their standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns every action by name (for enabling and tests)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    tr = window.tr
    map_editor = window.map
    view = map_editor.view

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object],
            shortcut: Std | str | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(tr("&File"))
    new_menu = file_menu.addMenu(tr("&New from Template"))
    for template in TEMPLATE_NAMES:
        for lang in ("en", "ja"):
            add(new_menu, f"new_{template}_{lang}", template_title(template, lang),
                lambda t=template, lg=lang: window.new_from_template(t, lg))
    add(file_menu, "open", tr("&Open…"), window.ask_open, Std.Open)
    window.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addSeparator()
    add(file_menu, "save_copy", tr("Save a &Copy As…"), window.ask_save_copy, Std.SaveAs)
    add(file_menu, "import_csv", tr("&Import CSV…"), window.import_csv, "Ctrl+I")
    export_menu = file_menu.addMenu(tr("&Export"))
    export_menu.setEnabled(False)
    add(export_menu, "export_pdf", tr("&PDF Report…"), window.export_report)
    add(export_menu, "export_image", tr("&Image…"), window.export_image)
    window.export_menu = export_menu
    file_menu.addSeparator()
    add(file_menu, "close", tr("&Close"), window.close_project, Std.Close)
    add(file_menu, "quit", tr("&Quit"), window.close, Std.Quit)

    edit_menu = bar.addMenu(tr("&Edit"))
    add(edit_menu, "undo", tr("&Undo"), window.undo, Std.Undo)
    add(edit_menu, "redo", tr("&Redo"), window.redo, Std.Redo)
    edit_menu.addSeparator()
    add(edit_menu, "cut", tr("Cu&t"), map_editor.cut_selection, Std.Cut)
    add(edit_menu, "copy", tr("&Copy"), map_editor.copy_selection, Std.Copy)
    add(edit_menu, "paste", tr("&Paste"), map_editor.paste, Std.Paste)
    add(edit_menu, "duplicate", tr("D&uplicate"), map_editor.duplicate_selection, "Ctrl+D")
    add(edit_menu, "delete", tr("&Delete"), map_editor.delete_selection, Std.Delete)
    edit_menu.addSeparator()
    add(edit_menu, "select_all", tr("Select &All"), map_editor.select_all, Std.SelectAll)
    for name in ("cut", "copy", "paste", "duplicate", "delete", "select_all"):
        # These act on the map: scoped to it so that panels keep their own Delete, Ctrl+C…
        actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        map_editor.addAction(actions[name])
    add(edit_menu, "find", tr("&Find…"), window.map.show_find, Std.Find)

    view_menu = bar.addMenu(tr("&View"))
    add(view_menu, "zoom_in", tr("Zoom &In"), view.zoom_in, Std.ZoomIn)
    add(view_menu, "zoom_out", tr("Zoom &Out"), view.zoom_out, Std.ZoomOut)
    add(view_menu, "fit", tr("&Fit Journey"), view.fit_journey, "Ctrl+0")
    add(view_menu, "actual", tr("&Actual Size"), view.actual_size, "Ctrl+1")
    view_menu.addSeparator()
    present = add(view_menu, "present", tr("&Presentation Mode"), window.toggle_presentation, "F5")
    window.addAction(present)
    view_menu.addSeparator()
    panels = view_menu.addMenu(tr("&Panels"))
    for dock in window.docks.values():
        panels.addAction(dock.toggleViewAction())

    insert_menu = bar.addMenu(tr("&Insert"))
    for kind in ELEMENTS:
        if kind == "lane":
            lanes = insert_menu.addMenu(element_name(kind))
            add(lanes, "insert_lane", tr("Notes lane"), lambda: insert_element(map_editor, "lane"))
            for lane_kind in LaneKind:
                add(lanes, f"insert_lane_{lane_kind.value}", lane_kind_name(lane_kind),
                    lambda k=lane_kind: insert_element(map_editor, f"lane:{k.value}"))
        elif kind != "persona":
            add(insert_menu, f"insert_{kind}", element_name(kind),
                lambda k=kind: insert_element(map_editor, k))

    help_menu = bar.addMenu(tr("&Help"))
    add(help_menu, "shortcuts", tr("&Keyboard Shortcuts"), window.show_shortcuts, Std.HelpContents)
    add(help_menu, "about", tr("&About JourneyDesk"), window.show_about)
    return actions


def _fill_recent(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    files = window.recent_files()
    for path in files:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not files:
        empty = menu.addAction(window.tr("(none)"))
        empty.setEnabled(False)


def _fill_overlay(window: MainWindow) -> None:
    menu = window.overlay_menu
    menu.clear()
    group = QActionGroup(menu)
    current = window.map.overlay_metric
    for metric in [None, *window.map.overlay_choices()]:
        action = menu.addAction(metric or window.tr("None"))
        action.setCheckable(True)
        action.setChecked(metric == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, m=metric: window.map.set_overlay_metric(m))
    if len(menu.actions()) == 1:
        hint = menu.addAction(window.tr("(import a CSV file to colour touchpoints by a metric)"))
        hint.setEnabled(False)
