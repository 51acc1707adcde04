"""Drawing links by hand: a card's connector handle, Connect mode, and the line that follows the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.ui.canvas.items import CardItem
from journeydesk.ui.style import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

    from journeydesk.ui.base.editor import Editor
    from journeydesk.ui.canvas.scene import JourneyScene

HANDLE_RADIUS = 7.0


class ConnectorHandle(QGraphicsItem):
    """The small round handle on the right edge of the hovered or selected card: drag it to another card."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(9)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.card_id = ""
        self.hide()

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colors = theme.current()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colors.canvas), 1.5))
        painter.setBrush(QColor(colors.selection))
        painter.drawEllipse(QPointF(0, 0), HANDLE_RADIUS, HANDLE_RADIUS)
        painter.setPen(QPen(QColor("white"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(-3, 0), QPointF(3, 0))
        painter.drawLine(QPointF(0.5, -2.5), QPointF(3, 0))
        painter.drawLine(QPointF(0.5, 2.5), QPointF(3, 0))

    def hit(self, pos: QPointF) -> bool:
        return self.isVisible() and QLineF(self.pos(), pos).length() <= HANDLE_RADIUS + 3


class LinkTool(QObject):
    """Turns drags from a card's handle (or, in Connect mode, from anywhere on a card) into new links.

    It watches the scene's mouse events before the items do; a drag it starts is one ``add_link``
    edit on release over another card, and nothing otherwise.
    """

    def __init__(self, parent: QObject, editor: Editor, scene: JourneyScene, view: QGraphicsView) -> None:
        super().__init__(parent)
        self.editor = editor
        self.scene = scene
        self.view = view
        self.connect_mode = False
        self.source_id = ""
        self.handle = ConnectorHandle()
        self.band = QGraphicsLineItem()
        self.band.setZValue(21)
        self.band.hide()
        self.target_mark = QGraphicsRectItem()
        self.target_mark.setZValue(8)
        self.target_mark.hide()
        for item in (self.handle, self.band, self.target_mark):
            self.scene.addItem(item)
        self.scene.installEventFilter(self)
        self.scene.selectionChanged.connect(self._selection_changed)
        editor.document_changed.connect(lambda _changes: self._place_handle(self.handle.card_id))

    # ----- Connect mode

    def set_connect_mode(self, on: bool) -> None:
        """In Connect mode a drag from anywhere on a card makes a link instead of moving the card."""
        self.connect_mode = on
        viewport = self.view.viewport()
        if on:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            viewport.unsetCursor()

    # ----- the handle

    def _card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.scene.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def _place_handle(self, card_id: str) -> None:
        item = self.scene.cards.get(card_id)
        if item is None or self.scene.read_only or self.source_id:
            self.handle.card_id = ""
            self.handle.hide()
            return
        rect = item.sceneBoundingRect().adjusted(2, 2, -2, -2)
        self.handle.card_id = card_id
        self.handle.setPos(rect.right(), rect.center().y())
        self.handle.show()

    def _selection_changed(self) -> None:
        cards = [i for i in self.scene.selectedItems() if isinstance(i, CardItem)]
        self._place_handle(cards[0].entity_id if len(cards) == 1 else "")

    def _hovered(self, pos: QPointF) -> None:
        if self.handle.hit(pos):
            return
        card = self._card_at(pos)
        if card is None:
            cards = [i for i in self.scene.selectedItems() if isinstance(i, CardItem)]
            card = cards[0] if len(cards) == 1 else None
        self._place_handle(card.entity_id if card is not None else "")

    # ----- dragging a link

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QGraphicsSceneMouseEvent) or self.scene.editor is not None:
            return False
        pos = event.scenePos()
        if kind == QEvent.Type.GraphicsSceneMousePress and event.button() == Qt.MouseButton.LeftButton:
            return self._pressed(event, pos)
        if kind == QEvent.Type.GraphicsSceneMouseMove:
            if self.source_id:
                self._dragged(pos)
                event.accept()
                return True
            if not event.buttons():
                self._hovered(pos)
            else:
                self.handle.hide()
            return False
        if kind == QEvent.Type.GraphicsSceneMouseRelease and self.source_id:
            self._released(pos)
            event.accept()
            return True
        return False

    def _pressed(self, event: QGraphicsSceneMouseEvent, pos: QPointF) -> bool:
        if self.scene.read_only or self.scene.layout is None:
            return False
        if self.handle.hit(pos) and self.handle.card_id in self.scene.cards:
            start = self.handle.pos()
            source = self.handle.card_id
        elif self.connect_mode and (card := self._card_at(pos)) is not None:
            start = card.sceneBoundingRect().center()
            source = card.entity_id
        else:
            return False
        self.source_id = source
        self.handle.hide()
        pen = QPen(QColor(theme.current().selection), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.band.setPen(pen)
        self.band.setLine(QLineF(start, pos))
        self.band.show()
        event.accept()
        return True

    def _dragged(self, pos: QPointF) -> None:
        line = self.band.line()
        self.band.setLine(QLineF(line.p1(), pos))
        target = self._card_at(pos)
        if target is not None and target.entity_id != self.source_id:
            pen = QPen(QColor(theme.current().selection), 2.5)
            pen.setCosmetic(True)
            self.target_mark.setPen(pen)
            self.target_mark.setRect(target.sceneBoundingRect().adjusted(-1, -1, 1, 1))
            self.target_mark.show()
        else:
            self.target_mark.hide()

    def _released(self, pos: QPointF) -> None:
        source, self.source_id = self.source_id, ""
        self.band.hide()
        self.target_mark.hide()
        target = self._card_at(pos)
        if target is None or target.entity_id == source or self.scene.read_only:
            self._selection_changed()  # the handle comes back on the selected card
            return
        target_id = target.entity_id
        editor = self.editor
        before = {link.id for link in editor.document.links(editor.journey_id)}
        if editor.run(lambda d: commands.add_link(d, source, target_id)):
            added = [i for i in self.scene.link_layer.items if i not in before]
            if added:
                self.scene.clearSelection()
                self.scene.link_layer.items[added[0]].setSelected(True)
