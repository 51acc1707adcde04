"""The palette: element kinds to drag onto the map (stage, lane, each card kind, marker, persona)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from journeydesk.core.enums import CardKind
from journeydesk.core.kinds import card_kind_name
from journeydesk.ui.base.drag_formats import ELEMENT_MIME
from journeydesk.ui.style import icons, theme

translate = QCoreApplication.translate

STRUCTURE = ("stage", "lane")
EXTRAS = ("emotion_marker", "persona")
CARD_KINDS = (CardKind.TOUCHPOINT, CardKind.ACTION, CardKind.THOUGHT, CardKind.PAIN_POINT,
              CardKind.OPPORTUNITY, CardKind.NOTE)
ELEMENTS: tuple[str, ...] = (*STRUCTURE, *(k.value for k in CARD_KINDS), *EXTRAS)


def element_mime_data(kind: str) -> QMimeData:
    """What a palette drag carries: the element kind, and its name as plain text."""
    data = QMimeData()
    data.setData(ELEMENT_MIME, kind.encode())
    data.setText(element_name(kind))
    return data


def element_name(kind: str) -> str:
    names = {"stage": translate("palette", "Stage"), "lane": translate("palette", "Lane"),
             "emotion_marker": translate("palette", "Emotion marker"),
             "persona": translate("palette", "Persona")}
    if kind in names:
        return names[kind]
    return card_kind_name(CardKind(kind))


def element_icon(kind: str) -> QIcon:
    """The palette entry's icon: a card kind in its accent colour, other elements in the text colour."""
    if kind in CardKind._value2member_map_:
        return icons.kind_icon(CardKind(kind))
    return icons.icon({"emotion_marker": "emotion"}.get(kind, kind))


def drag_pixmap(kind: str, ratio: float = 1.0) -> QPixmap:
    """What follows the pointer while an element is dragged: a small chip with its icon and name."""
    font = QFont()
    font.setPixelSize(12)
    name = element_name(kind)
    icon_side, pad = 16, 6
    width = pad + icon_side + pad + QFontMetrics(font).horizontalAdvance(name) + 2 * pad
    height = icon_side + 2 * pad
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colours = theme.current()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(0.92)
    painter.setPen(QPen(QColor(colours.selection), 1.5))
    painter.setBrush(QColor(colours.canvas))
    painter.drawRoundedRect(QRectF(0.75, 0.75, width - 1.5, height - 1.5), 6, 6)
    painter.setOpacity(1.0)
    element_icon(kind).paint(painter, pad, pad, icon_side, icon_side)
    painter.setFont(font)
    painter.setPen(QColor(colours.text))
    painter.drawText(QRectF(2 * pad + icon_side, 0, width - 2 * pad - icon_side, height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.end()
    return pixmap


class Palette(QListWidget):
    """The list of element kinds: drag one onto the map, or press Enter to insert it at the selection."""

    insert_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Palette"))
        self.setAccessibleDescription(self.tr(
            "Elements to add to the map. Press Enter to insert the chosen element at the selected cell."))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(1)
        for kind in ELEMENTS:
            name = element_name(kind)
            item = QListWidgetItem(element_icon(kind), name)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(self.tr("{0}: drag onto the map, or press Enter to insert at the selected cell")
                            .format(name))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())
            self.addItem(item)
        self.setCurrentRow(0)
        self.itemActivated.connect(lambda item: self.insert_requested.emit(
            item.data(Qt.ItemDataRole.UserRole)))

    def startDrag(self, supported_actions) -> None:
        # Qt's own drag picture is the whole row, as wide as the panel; a chip shows what is carried.
        item = self.currentItem()
        if item is None:
            return
        kind = item.data(Qt.ItemDataRole.UserRole)
        drag = QDrag(self)
        drag.setMimeData(element_mime_data(kind))
        pixmap = drag_pixmap(kind, self.devicePixelRatioF())
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(14, round(pixmap.height() / pixmap.devicePixelRatio() / 2)))
        drag.exec(Qt.DropAction.CopyAction)

    def mimeData(self, items) -> QMimeData:
        return element_mime_data(items[0].data(Qt.ItemDataRole.UserRole))

    def mimeTypes(self) -> list[str]:
        return [ELEMENT_MIME]
