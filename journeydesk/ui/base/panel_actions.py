"""Actions of a side panel: shortcuts that work while the panel has focus, with the keys in the tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def panel_action(panel: QWidget, text: str, tip: str, slot: Callable[[], object],
                 shortcut: QKeySequence | None = None) -> QAction:
    action = QAction(text, panel)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        tip = QCoreApplication.translate("panel", "{tip} ({keys})").format(tip=tip, keys=keys)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    panel.addAction(action)
    return action
