"""Help ▸ Keyboard Shortcuts: every menu command with keys, and the keys of the map and the panels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.ui.base.mnemonic import plain_text

NATIVE = QKeySequence.SequenceFormat.NativeText


def keys(*sequences: str | QKeySequence.StandardKey | Qt.Key) -> str:
    """Key names as the platform writes them (“Ctrl+Z”, “Del”), joined by “, ”."""
    names = []
    for sequence in sequences:
        text = QKeySequence(sequence).toString(NATIVE)
        if text and text not in names:
            names.append(text)
    return ", ".join(names)


class ShortcutsDialog(QDialog):
    """A two-column list (action, keys), grouped: menu commands, the map, the journeys panel."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTreeWidget()
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        arrows = self.tr("Arrow keys")
        groups = [
            (self.tr("Commands"), [(plain_text(a), a.shortcut().toString(NATIVE))
                                   for a in actions if not a.shortcut().isEmpty()]),
            (self.tr("Map"), [
                (self.tr("Select the next cell, card, header or emotion marker"), arrows),
                (self.tr("Change the selected emotion marker's score"), keys(Qt.Key.Key_Up, Qt.Key.Key_Down)),
                (self.tr("Edit the selected card, stage or lane name"), keys(Qt.Key.Key_Enter,
                                                                             Qt.Key.Key_F2)),
                (self.tr("Start a new card in the selected cell"), self.tr("Type its text")),
                (self.tr("Finish editing"), keys(Qt.Key.Key_Enter)),
                (self.tr("New line while editing"), keys("Shift+Enter")),
                (self.tr("Stop editing without a change; from a card, select its cell"),
                 keys(Qt.Key.Key_Escape)),
                (self.tr("Delete the selection"), keys(Qt.Key.Key_Delete, Qt.Key.Key_Backspace)),
                (self.tr("Pan the map"), self.tr("Hold {0} and drag").format(keys(Qt.Key.Key_Space))),
                (self.tr("Save a stage or lane name and rename the next or previous one"),
                 keys(Qt.Key.Key_Tab, "Shift+Tab")),
            ]),
            (self.tr("Presentation mode"), [
                (self.tr("Next stage"), keys(Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space)),
                (self.tr("Previous stage"), keys(Qt.Key.Key_Left, Qt.Key.Key_PageUp, "Shift+Space")),
                (self.tr("The whole journey"), keys(Qt.Key.Key_Home)),
                (self.tr("The last stage"), keys(Qt.Key.Key_End)),
                (self.tr("Add a card to the stage on show"), self.tr("Type its text")),
                (self.tr("Leave presentation mode"), keys(Qt.Key.Key_Escape, Qt.Key.Key_F5)),
            ]),
            (self.tr("Journeys panel"), [
                (self.tr("Add a blank journey"), keys(Qt.Key.Key_Insert)),
                (self.tr("Rename the selected journey"), keys(Qt.Key.Key_F2)),
                (self.tr("Delete the selected journey"), keys(QKeySequence.StandardKey.Delete)),
                (self.tr("Move the journey up or down"), keys("Alt+Up", "Alt+Down")),
            ]),
        ]
        for title, rows in groups:
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(False)
            self.table.addTopLevelItem(group)
            for action, key_text in rows:
                item = QTreeWidgetItem([action, key_text])
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole, key_text)
                group.addChild(item)
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def rows(self) -> list[tuple[str, str]]:
        """Every (action, keys) row, for tests."""
        found = []
        for i in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(i)
            found += [(group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())]
        return found
