"""Editing a card's text or a header's name in place, on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from journeydesk.ui.style import theme

PEN_WIDTH = 2.0


class InlineEditor(QGraphicsTextItem):
    """A text editor over a card or header: Enter commits, Shift+Enter breaks a line, Escape cancels.

    Leaving it (focus out) commits too, so nothing typed is lost. In a single-line editor Tab and
    Shift+Tab report ``stepped`` (+1 or -1) instead of typing a tab: the scene saves and moves on.
    """

    committed = Signal(str)
    cancelled = Signal()
    stepped = Signal(int)

    def __init__(self, rect: QRectF, text: str, *, single_line: bool = False) -> None:
        super().__init__()
        self.rect = rect
        self.single_line = single_line
        self.target_id = ""
        self._done = False
        self.setPlainText(text)
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())
        self.setZValue(50)
        font = QFont(self.font())
        font.setPixelSize(11)
        self.setFont(font)
        self.setDefaultTextColor(QColor(theme.current().text))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsTextItem.GraphicsItemFlag.ItemAcceptsInputMethod)

    def begin(self, *, select_all: bool = False) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def discard(self) -> None:
        """Close without committing (focus leaving no longer commits)."""
        self._done = True

    def insert_text(self, text: str) -> None:
        cursor = self.textCursor()
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def _box(self) -> QRectF:
        box = super().boundingRect()
        box.setHeight(max(box.height(), self.rect.height()))
        return box

    def boundingRect(self) -> QRectF:
        # The box is taller than the text and its pen straddles the edge: all of it must be repainted
        # when the editor goes, or an empty box stays on the screen.
        return self._box().adjusted(-PEN_WIDTH, -PEN_WIDTH, PEN_WIDTH, PEN_WIDTH)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = self._box()
        colours = theme.current()
        painter.setPen(QPen(QColor(colours.selection), PEN_WIDTH))
        painter.setBrush(QColor(colours.canvas))
        painter.drawRoundedRect(box, 4, 4)
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)

    def sceneEvent(self, event) -> bool:
        # QGraphicsTextItem hands Tab straight to its text control (a tab character), past keyPressEvent.
        if self.single_line and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = (event.key() == Qt.Key.Key_Backtab
                         or event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.stepped.emit(-1 if backwards else 1)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._finish(cancel=True)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (self.single_line or not shift):
            self.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        self._finish(cancel=False)

    def _finish(self, *, cancel: bool) -> None:
        if self._done:
            return
        self._done = True
        if cancel:
            self.cancelled.emit()
        else:
            text = self.toPlainText()
            self.committed.emit(" ".join(text.split()) if self.single_line else text)
