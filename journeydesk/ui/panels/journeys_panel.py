"""The journeys panel: the project's journeys in order, and the actions that add and change them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Change, Document, Edit
from journeydesk.core.model import Journey
from journeydesk.core.templates import LANGUAGES, TEMPLATE_NAMES, template_title
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.panel_actions import panel_action
from journeydesk.ui.base.plain import plain_tooltip
from journeydesk.ui.style.icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole
PAIRING_ROLE = Qt.ItemDataRole.UserRole + 1  # how the row reads: the name with its as-is / to-be label


def ask_plain(parent: QWidget, title: str, text: str, action: str = "") -> bool:
    """Ask to confirm a deletion, its text (it may hold names from the file) shown as plain text.

    The buttons say what they do: “Delete” (or ``action``) and “Cancel”, Cancel the default.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    confirm = box.addButton(action or QCoreApplication.translate("ConfirmDelete", "Delete"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("ConfirmDelete", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


def _added(edit: Edit, cls: type[Journey]) -> str:
    """The id of the first entity of ``cls`` that ``edit`` adds, or ''."""
    for change in edit.changes:
        if change.before is None and isinstance(change.after, cls):
            return change.after.id
    return ""


def pairing_text(document: Document, journey: Journey) -> str:
    """How a journey of a pair reads in the list (a to-be indented, naming its as-is); '' for one that is
    not."""
    asis = document.get(Journey, journey.future_of) if journey.future_of else None
    if asis is not None:
        return QCoreApplication.translate("JourneysPanel", "    ↳ {name}  (to-be of “{asis}”)").format(
            name=journey.name, asis=asis.name)
    futures = len(document.future_states(journey.id))
    if futures:
        return QCoreApplication.translate(
            "JourneysPanel", "{name}  (as-is, %n to-be)", "", futures).format(name=journey.name)
    return ""


class _RenameDelegate(QStyledItemDelegate):
    """Edits a journey's name in place; committing asks for an edit instead of writing the item."""

    rename_requested = Signal(str, str)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        shown = index.data(PAIRING_ROLE)
        if shown:
            option.text = shown

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Journey name"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        self.rename_requested.emit(str(index.data(ID_ROLE)), editor.text())


class JourneysPanel(QWidget):
    """The list of journeys; every action goes through ``editor.run`` and so can be undone.

    ``confirm(title, text) -> bool`` asks before deleting; tests replace it.
    """

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_plain(self, title, text)
        self._syncing = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Journeys"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delegate = _RenameDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.delegate.rename_requested.connect(self._rename_later)
        self.list.currentItemChanged.connect(self._current_item_changed)

        self.add_action = panel_action(self, self.tr("Add"), self.tr("Add a blank journey"),
                                       self.add_journey, QKeySequence(Qt.Key.Key_Insert))
        self.template_menu = QMenu(self.tr("Add from template"), self)
        self.template_actions: dict[tuple[str, str], QAction] = {}
        self._build_template_menu()
        self.rename_action = panel_action(self, self.tr("Rename"), self.tr("Rename the selected journey"),
                                          self.rename_current, QKeySequence(Qt.Key.Key_F2))
        self.duplicate_action = panel_action(self,
            self.tr("Duplicate"), self.tr("Copy the selected journey with all its cards"),
            self.duplicate_current)
        self.delete_action = panel_action(self,
            self.tr("Delete"), self.tr("Delete the selected journey"), self.delete_current,
            QKeySequence(QKeySequence.StandardKey.Delete))
        self.move_up_action = panel_action(self, self.tr("Move up"), self.tr("Move the journey up"),
                                           lambda: self.move_current(-1), QKeySequence("Alt+Up"))
        self.move_down_action = panel_action(self, self.tr("Move down"), self.tr("Move the journey down"),
                                             lambda: self.move_current(1), QKeySequence("Alt+Down"))

        # Two rows, so that every action shows at the panel's default width in every language
        # (no » overflow): adding journeys, then acting on the selected one; moving is by arrow icons.
        self.toolbar = QToolBar(self.tr("Journey actions"))
        self.toolbar.setAccessibleName(self.tr("Journey actions"))
        self.toolbar.addAction(self.add_action)
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("Template…"))
        self.template_button.setToolTip(self.tr("Add a journey from a built-in template"))
        self.template_button.setAccessibleName(self.tr("Add from template"))
        self.template_button.setMenu(self.template_menu)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.template_button)
        self.toolbar.addAction(self.duplicate_action)
        self.selected_toolbar = QToolBar(self.tr("Selected journey actions"))
        self.selected_toolbar.setAccessibleName(self.tr("Selected journey actions"))
        for action in (self.rename_action, self.delete_action, self.move_up_action, self.move_down_action):
            self.selected_toolbar.addAction(action)
        arrows = {self.move_up_action: "move_up", self.move_down_action: "move_down"}
        for action, name in arrows.items():
            action.setIcon(icon(name))
            button = self.selected_toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for bar in (self.toolbar, self.selected_toolbar):
            for action in bar.actions():
                button = bar.widgetForAction(action)
                if button is not None and not button.accessibleName():
                    button.setAccessibleName(action.text())
        self.list.addActions([self.add_action, self.template_menu.menuAction(), self.rename_action,
                              self.duplicate_action, self.delete_action, self.move_up_action,
                              self.move_down_action])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.selected_toolbar)
        layout.addWidget(self.list)

        editor.project_changed.connect(self.refresh)
        editor.document_changed.connect(self._document_changed)
        editor.journey_changed.connect(self._select_journey)
        self.refresh()

    # ----- building

    def _build_template_menu(self) -> None:
        language_names = {"en": self.tr("English"), "ja": self.tr("Japanese")}
        for lang in LANGUAGES:
            self.template_menu.addSection(language_names.get(lang, lang))
            for name in TEMPLATE_NAMES:
                action = self.template_menu.addAction(template_title(name, lang))
                action.triggered.connect(lambda _=False, n=name, lg=lang: self.add_template(n, lg))
                self.template_actions[name, lang] = action

    # ----- what is shown

    @property
    def document(self) -> Document:
        return self.editor.document

    def current_id(self) -> str:
        """The id of the selected journey, or ''."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        if any(isinstance(change.entity, Journey) for change in changes):
            self.refresh()

    def refresh(self) -> None:
        """Bring the list in line with the Document, keeping the selection and any open rename."""
        journeys = self.document.journeys()
        shown = [str(self.list.item(row).data(ID_ROLE)) for row in range(self.list.count())]
        self._syncing = True
        try:
            if shown != [j.id for j in journeys]:
                self.list.clear()
                for journey in journeys:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, journey.id)
                    self.list.addItem(item)
            for row, journey in enumerate(journeys):
                self._show(self.list.item(row), journey)
            self._select(self.editor.journey_id)
        finally:
            self._syncing = False
        self.update_actions()

    def _show(self, item: QListWidgetItem, journey: Journey) -> None:
        if item.text() != journey.name:
            item.setText(journey.name)
        shown = pairing_text(self.document, journey)
        if item.data(PAIRING_ROLE) != shown:
            item.setData(PAIRING_ROLE, shown)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, shown or journey.name)
        tip = plain_tooltip(journey.description)
        if item.toolTip() != tip:
            item.setToolTip(tip)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self.editor.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        if item.flags() != flags:
            item.setFlags(flags)

    def _select(self, journey_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == journey_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(-1)

    def _select_journey(self, journey_id: str) -> None:
        self._syncing = True
        try:
            self._select(journey_id)
        finally:
            self._syncing = False
        self.update_actions()

    def _current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if not self._syncing and current is not None:
            self.editor.show_journey(str(current.data(ID_ROLE)))
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what fits: nothing without a writable project; per-journey actions need one."""
        writable = self.editor.has_project and not self.editor.read_only
        row, count = self.list.currentRow(), self.list.count()
        chosen = writable and row >= 0
        self.add_action.setEnabled(writable)
        self.template_menu.menuAction().setEnabled(writable)
        self.template_button.setEnabled(writable)
        self.rename_action.setEnabled(chosen)
        self.duplicate_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.move_up_action.setEnabled(chosen and row > 0)
        self.move_down_action.setEnabled(chosen and row < count - 1)

    # ----- actions

    def _run_adding(self, build: Callable[[Document], Edit]) -> str:
        """Run an edit that adds a journey; show it and return its id ('' if refused)."""
        done: list[Edit] = []

        def keep(doc: Document) -> Edit:
            done.append(build(doc))
            return done[-1]

        if not self.editor.run(keep):
            return ""
        journey_id = _added(done[-1], Journey)
        self.editor.show_journey(journey_id)
        return journey_id

    def _unused_name(self) -> str:
        base = self.tr("New journey")
        taken = {j.name for j in self.document.journeys()}
        number = 2
        name = base
        while name in taken:
            name = self.tr("{name} {number}").format(name=base, number=number)
            number += 1
        return name

    def add_journey(self) -> str:
        """Add a blank journey, select it and start renaming it; returns its id or ''."""
        name = self._unused_name()
        journey_id = self._run_adding(lambda doc: commands.add_journey(doc, name))
        if journey_id:
            self.rename_current()
        return journey_id

    def add_template(self, name: str, lang: str) -> str:
        return self._run_adding(lambda doc: commands.add_template(doc, name, lang))

    def rename_current(self) -> None:
        """Start editing the selected journey's name in place."""
        item = self.list.currentItem()
        if item is not None and not self.editor.read_only:
            self.list.setFocus()
            self.list.editItem(item)

    def _rename_later(self, journey_id: str, text: str) -> None:
        # Run after the line edit has closed, so a message box cannot re-trigger the commit.
        QTimer.singleShot(0, self, lambda: self.rename(journey_id, text))

    def rename(self, journey_id: str, text: str) -> bool:
        """Rename a journey; an empty name is refused with a message."""
        journey = self.document.get(Journey, journey_id)
        name = text.strip()
        if journey is None or name == journey.name:
            return False
        if not name:
            self.editor.error.emit(self.tr("A journey needs a name; “{name}” was not renamed.")
                                   .format(name=journey.name))
            return False
        return self.editor.run(lambda doc: commands.update_journey(doc, journey_id, name=name))

    def duplicate_current(self) -> str:
        journey_id = self.current_id()
        if not journey_id:
            return ""
        return self._run_adding(lambda doc: commands.duplicate_journey(doc, journey_id))

    def delete_current(self) -> bool:
        """Delete the selected journey after ``confirm`` says yes."""
        journey = self.document.get(Journey, self.current_id())
        if journey is None:
            return False
        cards = len(self.document.cards(journey.id))
        text = self.tr("Delete the journey “{name}” and its %n card(s)?", "", cards).format(
            name=journey.name)
        text += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if not self.confirm(self.tr("Delete journey"), text):
            return False
        return self.editor.run(lambda doc: commands.delete_journey(doc, journey.id))

    def move_current(self, step: int) -> bool:
        """Move the selected journey ``step`` places (−1 up, +1 down)."""
        journey_id = self.current_id()
        row = self.list.currentRow() + step
        if not journey_id or not 0 <= row < self.list.count():
            return False
        return self.editor.run(lambda doc: commands.move_journey(doc, journey_id, row))


__all__ = ["ID_ROLE", "PAIRING_ROLE", "JourneysPanel", "ask_plain", "pairing_text", "plain_tooltip"]
