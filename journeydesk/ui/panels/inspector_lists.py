"""Building blocks of the inspector's lists (evidence, KPIs): a list with Add/Edit/Remove and its item
dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import plain_tooltip
from journeydesk.ui.base.wrapping import WrappingDelegate

ROW_CHARS = 160  # a row shows this much of a long text; its tooltip shows it all
PROBLEM_COLORS = {False: "#b00020", True: "#ff8a80"}  # on a light window, on a dark one
# Rows apart by a rule; a styled item loses the style's selection colours, so they are named again.
ROW_PADDING = 2  # pixels left and right of a row's text
ROW_STYLE = (f"QListWidget::item {{ padding: 3px {ROW_PADDING}px; border-bottom: 1px solid "
             f"palette(midlight); }}"
             "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); "
             "}")


def plain_label(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def shortened(text: str) -> str:
    """One line of at most ``ROW_CHARS`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= ROW_CHARS else line[:ROW_CHARS - 1] + "…"


class FormDialog(QDialog):
    """A small form with OK and Cancel; OK checks the fields and says in the dialog what is wrong."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = plain_label()
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.problem.setStyleSheet(f"color: {PROBLEM_COLORS[dark]};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.values: dict[str, object] = {}

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        """A row whose label (with its &-mnemonic) moves the focus to ``widget``."""
        row_label = QLabel(label)
        row_label.setTextFormat(Qt.TextFormat.PlainText)
        row_label.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(row_label, widget)
        return widget

    def read(self) -> tuple[dict[str, object], str, QWidget | None]:
        """The values the fields hold, or a problem (and the field to correct)."""
        raise NotImplementedError

    def accept(self) -> None:
        values, problem, field = self.read()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            if field is not None:
                field.setFocus()
            return
        self.values = values
        super().accept()


class ItemList(QWidget):
    """A heading, a list of one owner's items and Add…, Edit…, Remove buttons; refreshed after every edit.

    An owner without items shows ``empty_text`` in place of the list; no owner shows ``no_owner_text`` if
    set."""

    LINES = (2, 14)

    def __init__(self, editor: Editor, heading: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.empty_text = empty_text
        self.no_owner_text = ""
        self._stale = False
        self.list = QListWidget()
        self.list.setAccessibleName(heading)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet(ROW_STYLE)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(WrappingDelegate(self.list, inset=2 * ROW_PADDING))
        self.list.itemActivated.connect(lambda _item: self.edit())
        remove = QAction(self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove)
        self.list.addAction(remove)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        title = plain_label(heading, bold=True)
        title.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, action in ((self.add_button, self.add), (self.edit_button, self.edit),
                               (self.remove_button, self.remove)):
            button.setAccessibleDescription(heading)
            button.clicked.connect(action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.hint = plain_label()
        self.hint.setObjectName("hint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        editor.document_changed.connect(self._changed)
        editor.project_changed.connect(self._changed)

    # ----- for the concrete lists

    def rows(self) -> Sequence[tuple[str, str, str]]:
        """(id, shown text, tooltip) of each item, in order; empty without an owner."""
        raise NotImplementedError

    def has_owner(self) -> bool:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def delete_item(self, item_id: str) -> bool:
        """Delete the item ``item_id`` through the editor (one undo step); False if nothing was done."""
        raise NotImplementedError

    # ----- shared

    @property
    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def refresh(self) -> None:
        self._stale = False
        chosen = self.current_id
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for item_id, text, tip in self.rows():
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setToolTip(plain_tooltip(tip))
                self.list.addItem(item)
                if item_id == chosen:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(blocked)
        hint = (self.no_owner_text if not self.has_owner() else self.empty_text if not self.list.count()
                else "")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.list.setVisible(not hint)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(self.has_owner())  # with nothing to add to, the hint alone says what to do
        self._fit()
        self._enable()

    def _fit(self) -> None:
        """As tall as the rows (from ``LINES`` lines): a short list leaves no empty box, a long one
        scrolls."""
        low, high = (self.fontMetrics().lineSpacing() * lines for lines in self.LINES)
        self.list.doItemsLayout()
        rows = sum(self.list.visualItemRect(self.list.item(row)).height() for row in range(self.list.count()))
        self.list.setFixedHeight(max(low, min(high, rows)) + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def remove(self) -> None:
        """Delete the current item; the row after it (else the one before) becomes current."""
        row, item_id = self.list.currentRow(), self.current_id
        if item_id and not self.editor.read_only and self.delete_item(item_id):
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _changed(self, *_: object) -> None:
        # A list on a page not shown (the journey's KPIs while a card is selected) waits until it is shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def select(self, item_id: str) -> None:
        """Make the item ``item_id`` the current row (after adding it, say)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)

    def _enable(self) -> None:
        editable = self.has_owner() and not self.editor.read_only
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and bool(self.current_id))
        self.remove_button.setEnabled(editable and bool(self.current_id))
