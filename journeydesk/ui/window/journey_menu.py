"""The Journey menu: Take Snapshot…, Create Future State… and Compare…, each edit one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
)

from journeydesk.core.model import Journey
from journeydesk.ui.dialogs.name_dialog import ask_future_state, ask_snapshot

if TYPE_CHECKING:
    from journeydesk.ui.window.parts import WindowParts

translate = QCoreApplication.translate


def build_journey_menu(window: WindowParts, add: Callable[..., QAction]) -> QMenu:
    """The Journey menu, its actions added through the menu bar's ``add`` (so they are named and tipped)."""
    menu = window.menuBar().addMenu(translate("MainWindow", "&Journey"))
    add(menu, "take_snapshot", translate("MainWindow", "Take &Snapshot…"),
        lambda: window.open_name_dialog(ask_snapshot))
    add(menu, "create_future_state", translate("MainWindow", "Create &Future State…"),
        lambda: window.open_name_dialog(ask_future_state))
    add(menu, "compare", translate("MainWindow", "&Compare…"), lambda: compare_window(window))
    return menu


def compare_window(window: WindowParts) -> QDialog | None:
    """Journey ▸ Compare… (pyqtgraph is loaded the first time it is used, not at start-up)."""
    from journeydesk.ui.panels.compare_view import open_compare

    return open_compare(window.editor, window)


def refresh_journey_menu(window: WindowParts, actions: dict[str, QAction]) -> None:
    editor = window.editor
    shown = editor.has_project and editor.document.get(Journey, editor.journey_id) is not None
    writable = shown and not editor.read_only
    actions["take_snapshot"].setEnabled(writable)
    actions["create_future_state"].setEnabled(writable)
    actions["compare"].setEnabled(editor.has_project)
