"""The map view: shows a JourneyScene, tells screen readers what is selected, takes drops from the palette."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from journeydesk.core.kinds import card_kind_name
from journeydesk.ui.base.drag_formats import ELEMENT_MIME, PERSONA_MIME
from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.items import CardItem, MarkerItem
from journeydesk.ui.canvas.link_items import LinkItem, link_ends_text
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view_keyboard import KeyboardOnMap
from journeydesk.ui.canvas.view_navigation import MapNavigation
from journeydesk.ui.style.look import emotion_scale_label


class JourneyView(MapNavigation, KeyboardOnMap, QGraphicsView):
    """Shows a JourneyScene; turns wheel, pinch, keys and drops into view changes or requests."""

    zoom_changed = Signal(float)
    element_dropped = Signal(str, QPointF)
    persona_dropped = Signal(str, QPointF)
    delete_requested = Signal()

    def __init__(self, scene: JourneyScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(self.selection_description())
        scene.selectionChanged.connect(self.announce_selection)
        scene.cell_selected.connect(self.announce_selection)
        scene.selectionChanged.connect(self._sync_input_method)
        scene.cell_selected.connect(self._sync_input_method)
        scene.focusItemChanged.connect(self._sync_input_method)
        scene.journey_shown.connect(self.show_start)
        scene.keep_pictures()
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_held = False
        self._middle_pan: QPointF | None = None
        self._overview: tuple[tuple[int, str], QImage] | None = None
        self._start_pending = False

    # ----- what a screen reader hears

    def announce_selection(self) -> None:
        """Describe the selected item (kind and text) for screen readers, and tell them it changed."""
        self.setAccessibleDescription(self.selection_description())
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def selection_description(self) -> str:
        scene = self.journey_scene
        items = scene.selectedItems()
        if len(items) > 1:
            return self.tr("%n items selected", "", len(items))
        if items:
            item = items[0]
            if isinstance(item, CardItem):
                return self.tr("{0} card: {1}").format(card_kind_name(item.card.kind), item.card.text)
            if isinstance(item, HeaderItem):
                template = self.tr("Stage: {0}") if item.is_stage else self.tr("Lane: {0}")
                return template.format(item.entity.name)
            if isinstance(item, MarkerItem):
                return self.tr("Emotion marker {0}: {1}").format(
                    emotion_scale_label(item.marker.score), item.marker.label)
            if isinstance(item, LinkItem):
                return self.tr("Link: {0}").format(link_ends_text(scene.document, item.link))
        cell = scene.selected_cell
        layout = scene.layout
        if cell is not None and layout is not None:
            stage = next((s.name for s in layout.stages if s.id == cell[0]), "")
            lane = next((lane.name for lane in layout.lanes if lane.id == cell[1]), "")
            return self.tr("Cell {0}, {1}: type to add a card").format(stage, lane)
        return self.tr(
            "Nothing selected. The arrow keys select a card or a cell; typing in a cell adds a card.")

    # ----- drops

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._show_drop_target(event)
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._show_drop_target(event)
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:
        self.journey_scene.clear_drop_target()
        super().dragLeaveEvent(event)

    def _show_drop_target(self, event) -> None:
        data = event.mimeData()
        kind = bytes(data.data(ELEMENT_MIME)).decode() if data.hasFormat(ELEMENT_MIME) else "persona"
        self.journey_scene.show_drop_target(kind, self.mapToScene(event.position().toPoint()))

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        self.journey_scene.clear_drop_target()
        if not self._accepts(data):
            super().dropEvent(event)
            return
        position = self.mapToScene(event.position().toPoint())
        if data.hasFormat(ELEMENT_MIME):
            self.element_dropped.emit(bytes(data.data(ELEMENT_MIME)).decode(), position)
        else:
            self.persona_dropped.emit(bytes(data.data(PERSONA_MIME)).decode(), position)
        event.acceptProposedAction()
        self._focus_editor()

    def _focus_editor(self) -> None:
        """The keyboard goes to the name or text editor a drop opened, not to the palette the drag came
        from."""
        editor = self.journey_scene.editor
        if editor is None:
            return
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accepts(self, data) -> bool:
        if self.journey_scene.read_only or self.journey_scene.layout is None:
            return False
        return data.hasFormat(ELEMENT_MIME) or data.hasFormat(PERSONA_MIME)
