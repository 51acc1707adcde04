"""The compare view's Maps tab: the before and after maps side by side, cards outlined by how they changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journeydesk.compare import ADDED, CHANGED, JOURNEY, REMOVED, Comparison, Operand
from journeydesk.core.document import Document, EditRefused
from journeydesk.core.model import Snapshot
from journeydesk.core.snapshot_commands import snapshot_document
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.scene_grid import qrect
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.canvas.view_navigation import OVERVIEW_ZOOM

# Mid-tone colours that stand out on a light and on a dark canvas alike; the tables tint rows with them too.
STATUS_COLORS = {ADDED: QColor(46, 160, 67), REMOVED: QColor(218, 54, 51), CHANGED: QColor(210, 153, 34)}
MARK_Z = 2  # over cards and links, under emotion markers and the pinned stage and lane headers
translate = QCoreApplication.translate


def mark_pen(status: str) -> QPen:
    """Three pixels at any zoom; a changed card's outline is dashed, so it differs by more than its hue."""
    pen = QPen(STATUS_COLORS[status], 3)
    pen.setCosmetic(True)
    if status == CHANGED:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def card_marks(comparison: Comparison) -> tuple[dict[str, str], dict[str, str]]:
    """Card id → status on the before map (removed, changed) and on the after map (added, changed)."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for change in comparison.cards:
        if change.before is not None and change.status in (REMOVED, CHANGED):
            before[change.before.id] = change.status
        if change.after is not None and change.status in (ADDED, CHANGED):
            after[change.after.id] = change.status
    return before, after


class FittedMapView(JourneyView):
    """A read-only map shown whole; its change outlines are drawn over the far zoomed-out picture too."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setAcceptDrops(False)
        self.mark_items: list[QGraphicsPathItem] = []

    def show_start(self) -> None:
        """The whole map, kept fitted as the view is resized until the person zooms or scrolls."""
        if self.viewport().width() > 0 and not self.sceneRect().isEmpty():
            self.fit_journey()
        self._start_pending = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.zoom() >= OVERVIEW_ZOOM or self.journey_scene.layout is None:
            return  # at this zoom the scene draws the outlines itself
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self.viewportTransform())
        for item in self.mark_items:
            painter.setPen(item.pen())
            painter.drawPath(item.path())
        painter.end()


class MapPane(QWidget):
    """One side: its name over its map, the map's changed cards outlined in the scene (the document
    untouched)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # A long journey name is cut short rather than widening its side: the two maps share the width evenly.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scene = JourneyScene(self)
        self.scene.set_read_only(True)
        self.view = FittedMapView(self.scene, self)
        self.view.setAccessibleName(accessible_name)
        self.outlines: dict[str, QGraphicsPathItem] = {}
        for status in STATUS_COLORS:
            item = self.outlines[status] = QGraphicsPathItem()
            item.setPen(mark_pen(status))
            item.setZValue(MARK_Z)
            self.scene.addItem(item)
        self.view.mark_items = list(self.outlines.values())
        self.marks: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_map(self, title: str, document: Document, journey_id: str, marks: dict[str, str]) -> None:
        self.title.setText(title)
        self.title.setToolTip(title)
        self.scene.show_journey(document, journey_id)
        self.marks = marks
        layout = self.scene.layout
        paths = {status: QPainterPath() for status in self.outlines}
        for card_id, status in marks.items():
            if layout is not None and card_id in layout.card_rects:
                paths[status].addRoundedRect(qrect(layout.card_rects[card_id]).adjusted(-4, -4, 4, 4), 8, 8)
        for status, item in self.outlines.items():
            item.setPath(paths[status])
        self.view.viewport().update()

    def clear(self) -> None:
        """Nothing shown, and no longer listening to the document it showed."""
        self.show_map("", Document(), "", {})


class KeySwatch(QWidget):
    """A small outline drawn with a status's pen, for the key under the maps."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setFixedSize(QSize(22, 14))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(mark_pen(self.status))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 3, 3)
        painter.end()


class CompareMaps(QWidget):
    """Before and after maps side by side; the live journey or the snapshot behind each side, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before = MapPane(translate("CompareMaps", "Before map"))
        self.after = MapPane(translate("CompareMaps", "After map"))
        self._snapshots: dict[str, tuple[Snapshot, Document]] = {}
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.before)
        split.addWidget(self.after)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        key = QHBoxLayout()
        key.setContentsMargins(4, 0, 4, 0)
        words = {ADDED: translate("CompareMaps", "green: added"), REMOVED: translate("CompareMaps",
                                                                                     "red: removed"),
                 CHANGED: translate("CompareMaps", "amber, dashed: changed")}
        for status, word in words.items():
            key.addWidget(KeySwatch(status))
            label = QLabel(word)
            label.setTextFormat(Qt.TextFormat.PlainText)
            key.addWidget(label)
            key.addSpacing(12)
        key.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(key)

    def show_comparison(self, doc: Document, found: Comparison, before: Operand, after: Operand) -> None:
        """Both maps with their changed cards outlined; a side that cannot be shown is left empty."""
        marks = card_marks(found)
        titles = (translate("CompareView", "Before: {0}").format(found.before.name),
                  translate("CompareView", "After: {0}").format(found.after.name))
        for pane, operand, title, marked in zip((self.before, self.after), (before, after), titles, marks,
                                                strict=True):
            shown = self._document(doc, operand)
            if shown is None:
                pane.clear()
            else:
                pane.show_map(title, *shown, marked)

    def _document(self, doc: Document, operand: Operand) -> tuple[Document, str] | None:
        """The Document holding the side's journey, and the journey's id; a snapshot's made once."""
        if operand.kind == JOURNEY:
            return doc, operand.id
        snapshot = doc.get(Snapshot, operand.id)
        if snapshot is None:
            return None
        kept = self._snapshots.get(snapshot.id)
        if kept is None or kept[0] != snapshot:
            try:
                kept = self._snapshots[snapshot.id] = (snapshot, snapshot_document(doc, snapshot.id))
            except EditRefused:
                return None
        return kept[1], kept[1].journeys()[0].id

    def clear(self) -> None:
        self.before.clear()
        self.after.clear()
