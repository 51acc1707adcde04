"""Naming dialogs of the Journey menu and the Snapshots panel: take a snapshot, create a future state."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit, EditRefused
from journeydesk.core.model import Journey
from journeydesk.core.snapshot_commands import snapshot_named
from journeydesk.figures import metric_records
from journeydesk.ui.base.editor import Editor

translate = QCoreApplication.translate


class NameDialog(QDialog):
    """A name (and, for a snapshot, a note); OK builds the edit and keeps the dialog open, saying why, if
    refused."""

    def __init__(self, editor: Editor, title: str, name: str, build: Callable[[Document, str, str], Edit],
                 parent: QWidget | None = None, *, note: bool = False) -> None:
        super().__init__(parent)
        self.editor = editor
        self.build = build
        self.done_edit = False
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.selectAll()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        if note:
            form.addRow(self.tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            edit = self.build(self.editor.document, self.name.text(), self.note.toPlainText())
        except EditRefused as refused:
            self.message.setText(str(refused))
            self.message.show()
            self.name.setFocus()
            return
        self.done_edit = self.editor.run(edit)
        if self.done_edit:
            super().accept()


def free_snapshot_name(editor: Editor) -> str:
    """Today's date, or “date (2)”, “date (3)”… when a snapshot has it already."""
    base = time.strftime("%Y-%m-%d")
    name, number = base, 2
    while snapshot_named(editor.document, name) is not None:
        name = f"{base} ({number})"
        number += 1
    return name


def ask_snapshot(window: QWidget, editor: Editor) -> NameDialog | None:
    """Journey ▸ Take Snapshot…: a window-modal dialog (returned, already open) for the shown journey."""
    journey = editor.document.get(Journey, editor.journey_id)
    if journey is None or editor.store is None:
        return None
    store = editor.store

    def build(doc: Document, name: str, note: str) -> Edit:
        return commands.take_snapshot(doc, journey.id, name, note,
                                      figures=metric_records(doc, store.data, journey.id))

    title = translate("JourneyMenu", "Take Snapshot of “{0}”").format(journey.name)
    dialog = NameDialog(editor, title, free_snapshot_name(editor), build, window, note=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_future_state(window: QWidget, editor: Editor) -> NameDialog | None:
    """Journey ▸ Create Future State…: name the to-be copy of the shown journey; it is shown once made."""
    journey = editor.document.get(Journey, editor.journey_id)
    if journey is None:
        return None
    made: list[str] = []

    def build(doc: Document, name: str, _note: str) -> Edit:
        edit = commands.create_future_state(doc, journey.id, name.strip() or None)
        made.extend(c.after.id for c in edit.changes if isinstance(c.after, Journey) and c.before is None)
        return edit

    default = translate("JourneyMenu", "{0} (to-be)").format(journey.name)
    dialog = NameDialog(editor, translate("JourneyMenu", "Create Future State of “{0}”").format(journey.name),
                        default, build, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: editor.show_journey(made[-1]) if made else None)
    dialog.open()
    return dialog
