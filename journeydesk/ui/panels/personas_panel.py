"""The persona library panel: personas with their pictures; new, edit, delete, assign, drag; the evidence of
the selected one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Change, Document
from journeydesk.core.model import Image, Journey, Persona
from journeydesk.ui.base.drag_formats import PERSONA_MIME
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.panel_actions import panel_action
from journeydesk.ui.base.persona_pictures import avatar_pixmap, stored_avatar
from journeydesk.ui.base.wrapping import WrappingDelegate
from journeydesk.ui.dialogs.persona_dialog import PersonaDialog
from journeydesk.ui.panels.journeys_panel import ID_ROLE, ask_plain, plain_tooltip
from journeydesk.ui.panels.persona_evidence import PersonaEvidence

ICON_SIZE = 40


def persona_mime_data(persona: Persona) -> QMimeData:
    """What a dragged persona carries: its id as PERSONA_MIME (utf-8) and its name as text."""
    mime = QMimeData()
    mime.setData(PERSONA_MIME, QByteArray(persona.id.encode("utf-8")))
    mime.setText(persona.name)
    return mime


class _PersonaList(QListWidget):
    """A list whose drags carry ``persona_mime_data`` of the dragged persona; long text wraps."""

    def __init__(self, document: Callable[[], Document], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(WrappingDelegate(self))
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.scheduleDelayedItemsLayout()  # rows re-wrap to the new width
        return super().eventFilter(watched, event)

    def mimeTypes(self) -> list[str]:
        return [PERSONA_MIME, "text/plain"]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        persona = self._document().get(Persona, str(items[0].data(ID_ROLE))) if items else None
        return persona_mime_data(persona) if persona is not None else QMimeData()


class PersonasPanel(QWidget):
    """The project's persona library.

    ``confirm(title, text) -> bool`` asks before deleting; ``make_dialog(persona_id)`` builds
    the ``PersonaDialog`` that New and Edit open. Tests replace either.
    """

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_plain(self, title, text)
        self.make_dialog: Callable[[str | None], PersonaDialog] = (
            lambda persona_id: PersonaDialog(editor, persona_id, self))
        self._icons: dict[tuple[str, str, str], QIcon] = {}

        self.list = _PersonaList(lambda: self.editor.document)
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setSupportedDragActions(Qt.DropAction.CopyAction)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.setToolTip(self.tr("Drag a persona onto the map to show it on that journey"))
        self.list.currentItemChanged.connect(lambda *_: self.update_actions())
        self.list.itemActivated.connect(lambda _item: self.edit_current())

        self.new_action = panel_action(self, self.tr("New…"), self.tr("Add a persona to the library"),
                                       self.new_persona)
        self.edit_action = panel_action(self, self.tr("Edit…"), self.tr("Edit the selected persona"),
                                        self.edit_current, QKeySequence(Qt.Key.Key_F2))
        self.delete_action = panel_action(self, self.tr("Delete"), self.tr("Delete the selected persona"),
                                          self.delete_current,
                                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.assign_action = panel_action(self, self.tr("Assign to current journey"),
                                          self.tr("Show the selected persona on the journey "
                                                  "that is open"), self.assign_current)

        self.toolbar = QToolBar(self.tr("Persona actions"))
        self.toolbar.setAccessibleName(self.tr("Persona actions"))
        for action in (self.new_action, self.edit_action, self.delete_action, self.assign_action):
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().rstrip("…"))
        self.list.addActions([self.new_action, self.edit_action, self.delete_action,
                              self.assign_action])
        for action in (self.edit_action, self.delete_action):
            # F2 and Delete act on the persona list only: the evidence list below has its own Delete.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.evidence = PersonaEvidence(editor)
        self.list.itemSelectionChanged.connect(self._show_evidence)
        below = QScrollArea()
        below.setWidget(self.evidence)
        below.setWidgetResizable(True)
        below.setFrameShape(QScrollArea.Shape.NoFrame)
        below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)  # the personas first: the dock is short beside the inspector
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)

        editor.project_changed.connect(self._project_changed)
        editor.document_changed.connect(self._document_changed)
        editor.journey_changed.connect(self._journey_changed)
        self.refresh()

    # ----- what is shown

    @property
    def document(self) -> Document:
        return self.editor.document

    def current_id(self) -> str:
        """The id of the selected persona, or ''."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == persona_id:
                self.list.setCurrentRow(row)
                return

    def _show_evidence(self) -> None:
        """The evidence of the selected persona (a row that is only current, as after Tab, is not chosen)."""
        chosen = self.list.selectedItems()
        self.evidence.show_persona(str(chosen[0].data(ID_ROLE)) if chosen else "")
        # Shown once a persona is chosen: until then the short dock is the library's.
        below = self.splitter.widget(1)
        appearing = bool(chosen) and below.isHidden()
        below.setVisible(bool(chosen))
        if appearing:  # room for the evidence's buttons, the list keeping at least its minimum
            total = sum(self.splitter.sizes())
            wanted = min(self.evidence.sizeHint().height() + 4, total - self.list.minimumSizeHint().height())
            self.splitter.setSizes([total - wanted, wanted])

    def _project_changed(self) -> None:
        self._icons.clear()
        self.refresh()

    def _journey_changed(self, _journey_id: str) -> None:
        self.refresh()

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        if any(isinstance(c.entity, (Persona, Image, Journey)) for c in changes):
            self.refresh()

    def refresh(self) -> None:
        """Bring the list in line with the Document, keeping the selection."""
        personas = self.document.personas()
        shown = [str(self.list.item(row).data(ID_ROLE)) for row in range(self.list.count())]
        if shown != [p.id for p in personas]:
            selected = self.current_id()
            self.list.clear()
            for persona in personas:
                item = QListWidgetItem()
                item.setData(ID_ROLE, persona.id)
                self.list.addItem(item)
            self.select(selected)
        journey = self.document.get(Journey, self.editor.journey_id)
        for row, persona in enumerate(personas):
            self._show(self.list.item(row), persona, journey is not None and
                       journey.persona_id == persona.id)
        self.list.setDragEnabled(not self.editor.read_only)
        self.update_actions()
        self._show_evidence()

    def _show(self, item: QListWidgetItem, persona: Persona, on_current: bool) -> None:
        text = persona.name + (f"\n{persona.role}" if persona.role else "")
        if item.text() != text:
            item.setText(text)
        tip = "\n".join(x for x in (text, persona.description, persona.quote) if x)
        if on_current:
            tip = "\n".join(x for x in (self.tr("Shown on the current journey"), tip) if x)
        if item.toolTip() != plain_tooltip(tip):
            item.setToolTip(plain_tooltip(tip))
        font = item.font()
        if font.bold() != on_current:
            font.setBold(on_current)
            item.setFont(font)
        key = (persona.id, persona.name, persona.avatar_id or "")
        if key not in self._icons:
            data = stored_avatar(self.document, persona)
            self._icons[key] = QIcon(avatar_pixmap(data, persona.id, persona.name, ICON_SIZE * 2))
        item.setIcon(self._icons[key])

    def update_actions(self) -> None:
        writable = self.editor.has_project and not self.editor.read_only
        chosen = writable and self.list.currentRow() >= 0
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.assign_action.setEnabled(chosen and bool(self.editor.journey_id))

    # ----- actions

    def new_persona(self) -> PersonaDialog | None:
        """Open the dialog for a new persona (added when it is accepted)."""
        return self._open_dialog(None)

    def edit_current(self) -> PersonaDialog | None:
        """Open the dialog for the selected persona; it applies itself when accepted."""
        persona_id = self.current_id()
        return self._open_dialog(persona_id) if persona_id else None

    def _open_dialog(self, persona_id: str | None) -> PersonaDialog | None:
        if not self.editor.has_project or self.editor.read_only:
            return None
        dialog = self.make_dialog(persona_id)
        dialog.accepted.connect(lambda: self.select(dialog.persona_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> bool:
        """Delete the selected persona after ``confirm`` says yes."""
        persona = self.document.get(Persona, self.current_id())
        if persona is None:
            return False
        used = len(self.document.children(Journey, "persona_id", persona.id))
        text = self.tr("Delete the persona “{name}”?").format(name=persona.name)
        if used:
            text += "\n" + self.tr("It is shown on %n journey(s), which will keep their cards "
                                   "but show no persona.", "", used)
        text += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if not self.confirm(self.tr("Delete persona"), text):
            return False
        return self.editor.run(lambda doc: commands.delete_persona(doc, persona.id))

    def assign_current(self) -> bool:
        """Show the selected persona on the journey that is open."""
        persona_id, journey_id = self.current_id(), self.editor.journey_id
        if not persona_id or not journey_id:
            return False
        return self.editor.run(lambda doc: commands.assign_persona(doc, journey_id, persona_id))


__all__ = ["ICON_SIZE", "PERSONA_MIME", "PersonasPanel", "persona_mime_data"]
