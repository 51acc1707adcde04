"""The Snapshots panel: the shown journey's snapshots, to open read-only, rename, annotate, restore or
delete."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Change, EditRefused
from journeydesk.core.model import Journey, Snapshot
from journeydesk.core.snapshot_commands import snapshot_document
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.panel_actions import panel_action
from journeydesk.ui.panels.journeys_panel import ask_plain

ID_ROLE = Qt.ItemDataRole.UserRole


def ask_text(parent: QWidget, title: str, label: str, text: str, multiline: bool) -> str | None:
    """The text a person typed, or None when they cancelled."""
    if multiline:
        typed, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        typed, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return typed if ok else None


def taken_text(seconds: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


class SnapshotWindow(QDialog):
    """A snapshot's map, read-only: what the journey was when the snapshot was taken."""

    def __init__(self, editor: Editor, snapshot: Snapshot, parent: QWidget | None = None) -> None:
        from journeydesk.ui.canvas.scene import JourneyScene
        from journeydesk.ui.canvas.view import JourneyView

        super().__init__(parent)
        self.document = snapshot_document(editor.document, snapshot.id)
        self.setWindowTitle(self.tr("Snapshot “{0}” (read-only)").format(snapshot.name))
        self.scene = JourneyScene(self)
        self.scene.set_read_only(True)
        self.view = JourneyView(self.scene, self)
        self.view.setAccessibleName(self.tr("Snapshot map"))
        journey = self.document.journeys()[0]
        self.scene.show_journey(self.document, journey.id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1100, 700)


class SnapshotsPanel(QWidget):
    """Each action is one undoable edit through ``editor.run``; ``confirm`` and ``ask`` are replaced by
    tests."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, action: ask_plain(self, title,
                                                                                              text,
                                                                                             action)
        self.ask: Callable[
            [str, str, str, bool], str | None] = lambda title, label, text, multiline: ask_text(
            self, title, label, text, multiline)
        self.windows: list[QDialog] = []
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Snapshots"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Taken"), self.tr("Note")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.itemActivated.connect(lambda _item, _column: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self.update_actions())
        key = QKeySequence
        self.take_action = panel_action(self, self.tr("Take…"), self.tr("Take a snapshot of the journey"),
                                        self.take)
        self.open_action = panel_action(self, self.tr("Open"), self.tr("Show the snapshot's map, read-only"),
                                        self.open_current)
        self.compare_action = panel_action(self, self.tr("Compare"), self.tr("Compare the snapshot with the "
                                                                             "journey as it is now"),
                                           self.compare_current)
        self.rename_action = panel_action(self, self.tr("Rename…"), self.tr("Rename the snapshot"),
                                          self.rename_current, key(Qt.Key.Key_F2))
        self.note_action = panel_action(self, self.tr("Note…"), self.tr("Edit the snapshot's note"),
                                        self.edit_note_current)
        self.restore_new_action = panel_action(self, self.tr("Restore as New"),
                                               self.tr("Make a new journey from the snapshot"),
                                               self.restore_new_current)
        self.restore_over_action = panel_action(self, self.tr("Restore Over…"),
                                                self.tr("Put the journey back as the snapshot has it"),
                                                self.restore_over_current)
        self.delete_action = panel_action(self, self.tr("Delete"), self.tr("Delete the snapshot"),
                                          self.delete_current, key(key.StandardKey.Delete))
        self.actions_in_order = [self.take_action, self.open_action, self.compare_action, self.rename_action,
                                 self.note_action, self.restore_new_action, self.restore_over_action,
                                 self.delete_action]
        self.list.addActions(self.actions_in_order)
        buttons = QGridLayout()
        buttons.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        for index, action in enumerate(self.actions_in_order):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button, index // 4, index % 4)
            self.buttons[action.text()] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        editor.project_changed.connect(self.refresh)
        editor.journey_changed.connect(lambda _journey: self.refresh())
        editor.document_changed.connect(self._document_changed)
        self.refresh()

    # ----- what is shown

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def current(self) -> Snapshot | None:
        return self.editor.document.get(Snapshot, self.current_id()) if self.editor.has_project else None

    def names(self) -> list[str]:
        return [self.list.topLevelItem(row).text(0) for row in range(self.list.topLevelItemCount())]

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        if any(isinstance(c.entity, Snapshot | Journey) for c in changes):
            self.refresh()

    def refresh(self) -> None:
        kept = self.current_id()
        self.list.clear()
        if self.editor.has_project:
            for snapshot in self.editor.document.snapshots(self.editor.journey_id or None):
                if not self.editor.journey_id:
                    break
                item = QTreeWidgetItem([snapshot.name, taken_text(snapshot.taken_at),
                                        " ".join(snapshot.note.split())])
                item.setData(0, ID_ROLE, snapshot.id)
                item.setToolTip(2, snapshot.note[:2000])
                self.list.addTopLevelItem(item)
                if snapshot.id == kept:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(self.list.topLevelItemCount() - 1))
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.update_actions()

    def update_actions(self) -> None:
        has = self.editor.has_project
        writable = has and not self.editor.read_only
        chosen = self.current() is not None
        self.take_action.setEnabled(writable and bool(self.editor.journey_id))
        for action in (self.open_action, self.compare_action):
            action.setEnabled(chosen)
        for action in (self.rename_action, self.note_action, self.restore_new_action,
                       self.restore_over_action, self.delete_action):
            action.setEnabled(writable and chosen)

    # ----- actions

    def take(self) -> None:
        from journeydesk.ui.dialogs.name_dialog import ask_snapshot

        self.window().open_name_dialog(ask_snapshot)  # type: ignore[attr-defined]  # the main window keeps it reachable

    def open_current(self) -> QDialog | None:
        snapshot = self.current()
        if snapshot is None:
            return None
        try:
            window = SnapshotWindow(self.editor, snapshot, self.window())
        except EditRefused as damaged:
            self.editor.error.emit(str(damaged))
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows
                                 else None)
        self.windows.append(window)
        window.show()
        return window

    def compare_current(self) -> QDialog | None:
        from journeydesk.compare import JOURNEY, SNAPSHOT, Operand
        from journeydesk.ui.panels.compare_view import open_compare

        snapshot = self.current()
        if snapshot is None:
            return None
        view = open_compare(self.editor, self.window())
        if view is not None and self.editor.document.get(Journey, snapshot.journey_id) is not None:
            view.choose(Operand(SNAPSHOT, snapshot.id), Operand(JOURNEY, snapshot.journey_id))
        return view

    def rename_current(self) -> bool:
        snapshot = self.current()
        if snapshot is None:
            return False
        typed = self.ask(self.tr("Rename Snapshot"), self.tr("Name:"), snapshot.name, False)
        if typed is None or typed.strip() == snapshot.name:
            return False
        return self.editor.run(lambda doc: commands.update_snapshot(doc, snapshot.id, name=typed))

    def edit_note_current(self) -> bool:
        snapshot = self.current()
        if snapshot is None:
            return False
        typed = self.ask(self.tr("Snapshot Note"), self.tr("Note:"), snapshot.note, True)
        if typed is None or typed == snapshot.note:
            return False
        return self.editor.run(lambda doc: commands.update_snapshot(doc, snapshot.id, note=typed))

    def delete_current(self) -> bool:
        snapshot = self.current()
        if snapshot is None:
            return False
        text = self.tr("Delete the snapshot “{0}”?").format(snapshot.name) + "\n" + \
            self.tr("You can undo this with Edit ▸ Undo.")
        if not self.confirm(self.tr("Delete snapshot"), text, ""):
            return False
        return self.editor.run(lambda doc: commands.delete_snapshots(doc, [snapshot.id]))

    def restore_new_current(self) -> bool:
        snapshot = self.current()
        if snapshot is None:
            return False
        before = {j.id for j in self.editor.document.journeys()}
        done = self.editor.run(lambda doc: commands.restore_snapshot(doc, snapshot.id))
        made = [j.id for j in self.editor.document.journeys() if j.id not in before]
        if done and made:
            self.editor.show_journey(made[0])
        return done

    def restore_over_current(self) -> bool:
        snapshot = self.current()
        if snapshot is None:
            return False
        journey = self.editor.document.get(Journey, snapshot.journey_id)
        name = journey.name if journey is not None else "?"
        text = self.tr("Replace the stages, lanes, cards and markers of “{journey}” with those of the "
                       "snapshot “{snapshot}”?").format(journey=name, snapshot=snapshot.name) + "\n" + \
            self.tr("You can undo this with Edit ▸ Undo.")
        if not self.confirm(self.tr("Restore snapshot"), text, self.tr("Restore")):
            return False
        return self.editor.run(lambda doc: commands.restore_snapshot(doc, snapshot.id, over=True))


__all__ = ["SnapshotWindow", "SnapshotsPanel", "ask_text", "taken_text"]
