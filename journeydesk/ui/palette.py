"""The palette: element kinds to drag onto the map (stage, lane, each card kind, marker, persona)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from journeydesk.core.model import CardKind
from journeydesk.ui import look

translate = QCoreApplication.translate

ELEMENT_MIME = "application/x-journeydesk-element"
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
    return look.card_kind_name(CardKind(kind))


def element_icon(kind: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 5, size - 6, size - 10)
    if kind in CardKind._value2member_map_:
        card_kind = CardKind(kind)
        painter.setPen(QColor(look.ACCENTS[card_kind]))
        painter.setBrush(QColor(look.CARD_COLORS[card_kind]))
        painter.drawRoundedRect(box, 4, 4)
        look.draw_kind_icon(painter, card_kind, QRectF(size / 2 - 6, size / 2 - 6, 12, 12),
                            QColor(look.ACCENTS[card_kind]))
    elif kind == "stage":
        painter.setPen(QColor("#2f6fb3"))
        painter.setBrush(QColor("#d6e6fb"))
        painter.drawRect(QRectF(size / 2 - 7, 3, 14, size - 6))
    elif kind == "lane":
        painter.setPen(QColor("#5d6d7e"))
        painter.setBrush(QColor("#eef1f5"))
        painter.drawRect(QRectF(3, size / 2 - 6, size - 6, 12))
    elif kind == "emotion_marker":
        painter.setBrush(QColor(look.EMOTION_COLORS[1]))
        painter.setPen(QColor("white"))
        painter.drawEllipse(box.center(), 11, 11)
        look.draw_face(painter, box.center(), 11, 1)
    else:
        painter.setPen(QColor("#5d6d7e"))
        painter.setBrush(QColor("#dfe4ea"))
        painter.drawEllipse(QRectF(size / 2 - 6, 4, 12, 12))
        painter.drawRoundedRect(QRectF(size / 2 - 11, 17, 22, 12), 6, 6)
    painter.end()
    return QIcon(pixmap)


class Palette(QListWidget):
    """The draggable list of element kinds."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setAccessibleName(self.tr("Palette"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(28, 28))
        self.setSpacing(1)
        for kind in ELEMENTS:
            item = QListWidgetItem(element_icon(kind), element_name(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(self.tr("Drag onto the map to add: {0}").format(element_name(kind)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, element_name(kind))
            self.addItem(item)

    def mimeData(self, items) -> QMimeData:  # noqa: ANN001, N802 - Qt override
        return element_mime_data(items[0].data(Qt.ItemDataRole.UserRole))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [ELEMENT_MIME]
