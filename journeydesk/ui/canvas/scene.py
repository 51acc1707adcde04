"""The map scene: items built and updated only from the Document; gestures become requests."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from journeydesk.core.document import Document
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.model import Card, Image, Journey, Persona, Stage
from journeydesk.ui.base.persona_pictures import decode_image, placeholder_pixmap
from journeydesk.ui.canvas.curve_item import CurveItem
from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.inline_editor import InlineEditor
from journeydesk.ui.canvas.item_pictures import ItemPictures
from journeydesk.ui.canvas.items import CardItem, MarkerItem
from journeydesk.ui.canvas.later_cards import LaterCards, collection_paused
from journeydesk.ui.canvas.link_items import LinkLayer
from journeydesk.ui.canvas.scene_drags import CardAndMarkerDrags
from journeydesk.ui.canvas.scene_editing import TextEditingInPlace
from journeydesk.ui.canvas.scene_evidence import EvidenceViews
from journeydesk.ui.canvas.scene_grid import GridBackground, qrect
from journeydesk.ui.canvas.scene_headers import HeaderGestures
from journeydesk.ui.canvas.scene_highlights import DropAndFindHighlights
from journeydesk.ui.canvas.scene_pinned import PinnedToTheView
from journeydesk.ui.canvas.title_items import LegendItem, TitleItem
from journeydesk.ui.style import theme


class JourneyScene(TextEditingInPlace, HeaderGestures, EvidenceViews, CardAndMarkerDrags, PinnedToTheView,
                   DropAndFindHighlights, GridBackground, QGraphicsScene):
    """One journey as graphics items: two maps (kind → item class, id → item), reconciled on change."""

    cards_move_requested = Signal(list, str, str, int)
    card_add_requested = Signal(str, str, int, str)
    marker_move_requested = Signal(str, str, float, int)
    stage_move_requested = Signal(str, int)
    lane_move_requested = Signal(str, int)
    stage_resize_requested = Signal(str, int)
    lane_resize_requested = Signal(str, int)
    rename_requested = Signal(str, str)
    card_text_requested = Signal(str, str)
    marker_previewed = Signal(str, object)
    cell_selected = Signal()
    journey_shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document = Document()
        self.document.add_listener(self._document_edited)
        self._current = False
        self.journey_id = ""
        self.layout: JourneyLayout | None = None
        self.cards: dict[str, CardItem] = {}
        self.markers: dict[str, MarkerItem] = {}
        self.headers: dict[str, HeaderItem] = {}
        self.pictures = ItemPictures()
        self.link_layer = LinkLayer(self, self.pictures.adopt)
        self.curve = CurveItem()
        self.title = TitleItem()
        self.addItem(self.curve)
        self.addItem(self.title)
        self.guide = QGraphicsLineItem()
        self.guide.setPen(QPen(QColor(theme.current().selection), 3))
        self.guide.setZValue(20)
        self.guide.hide()
        self.addItem(self.guide)
        self.drop_target = QGraphicsRectItem()
        self.drop_target.setZValue(-1)  # under the cards: the cell is tinted, its cards stay legible
        self.drop_target.hide()
        self.addItem(self.drop_target)
        self.find_marks = QGraphicsPathItem()
        self.find_marks.setZValue(18)
        self.addItem(self.find_marks)
        self.marked: list[str] = []  # the cards Find outlines
        self.legend = LegendItem()
        self._legend_view: tuple[QRectF, float] | None = None
        self.legend.hide()
        self.addItem(self.legend)
        self.overlay: dict[str, tuple[QColor, str]] = {}
        self.selected_cell: tuple[str, str] | None = None
        self.editor: InlineEditor | None = None
        self.entry_cell: tuple[str, str] | None = None
        self.read_only = False
        self.entry_allowed = False  # presenting: the read-only map still takes cards typed into a cell
        self.revision = 0
        self.pinned_at = QPointF(0, 0)
        self._press_positions: dict[str, QPointF] = {}
        # a large journey's cards out of first sight, made after the first frame
        self.later_cards = LaterCards(self)
        self._links_faded = False
        self.selectionChanged.connect(self._bump)

    def _bump(self) -> None:
        self.revision += 1
        if self.selected_cell is not None and self.selectedItems():
            self.selected_cell = None
            self.entry_cell = None
            self.update()

    def set_read_only(self, read_only: bool) -> None:
        """No gesture may change a read-only map: cards stop being movable too."""
        self.read_only = read_only
        for item in self.cards.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not read_only)
        if self.layout is not None:
            self._update_title(self.layout)

    # ----- building from the Document

    def _document_edited(self, _changes) -> None:
        self._current = False

    def show_journey(self, document: Document, journey_id: str) -> None:
        if document is self.document and journey_id == self.journey_id and self._current:
            return  # already shown and nothing changed since (opening a project asks twice)
        if document is not self.document:
            self.document.remove_listener(self._document_edited)
            document.add_listener(self._document_edited)
        if journey_id != self.journey_id or document is not self.document:
            self.close_editor(commit=False)
            self.selected_cell = None
            self.entry_cell = None
            for item in [*self.cards.values(), *self.markers.values(), *self.headers.values()]:
                self.removeItem(item)
            self.cards.clear()
            self.later_cards.forget()
            self.markers.clear()
            self.headers.clear()
            self.link_layer.clear()
            changed = True
        else:
            changed = False
        self.document = document
        self.journey_id = journey_id
        self.reconcile()
        if changed:
            self.journey_shown.emit()

    def stop_following(self) -> None:
        """Take no more notice of the Document's edits: a scene drawn once, for an image, and let go."""
        self.document.remove_listener(self._document_edited)
        self._current = False

    def reconcile(self) -> None:
        """Make the items match the Document: add, drop, refresh and place what differs."""
        self.revision += 1
        self._current = True
        doc = self.document
        if doc.get(Journey, self.journey_id) is None:
            self.layout = None
            for table in (self.cards, self.markers, self.headers):
                for item in table.values():
                    self.removeItem(item)
                table.clear()
            self.link_layer.clear()
            self.curve.set_points([], 0, 0, 0)
            self.title.set_content(QRectF(), "", "", None)
            self.setSceneRect(QRectF(0, 0, 400, 300))
            self.update()
            return
        layout = self.layout = JourneyLayout(doc, self.journey_id, self.layout_metrics())
        m = layout.metrics
        wanted = self.later_cards.leave_out({c.id: c for c in doc.cards(self.journey_id)
                                             if c.id in layout.card_rects},
                                            layout)
        with collection_paused():
            self._sync(self.cards, wanted,
                       lambda card: self.card_item(card, m.card_width, m.card_height), "card",
                       CardItem.set_card)
        for card_id, item in self.cards.items():
            rect = layout.card_rects[card_id]
            if item.placed != (rect.x, rect.y):
                item.placed = (rect.x, rect.y)
                item.setPos(rect.x, rect.y)
        self._sync_evidence()
        self.link_layer.sync(doc, self.journey_id, layout)
        markers = {mk.id: mk for mk in doc.markers(self.journey_id) if mk.id in layout.marker_points}
        self._sync(self.markers, markers, MarkerItem, "marker", MarkerItem.set_marker)
        for marker_id, item in self.markers.items():
            item.setPos(*layout.marker_points[marker_id])
        bands = {s.id: s for s in layout.stages} | {lane.id: lane for lane in layout.lanes}
        for entity_id in list(self.headers):
            if entity_id not in bands:
                self.removeItem(self.headers.pop(entity_id))
        for entity_id, entity in bands.items():
            rect = qrect(layout.stage_rects[entity_id] if isinstance(entity, Stage)
                         else layout.lane_rects[entity_id])
            item = self.headers.get(entity_id)
            if item is None:
                item = self.headers[entity_id] = HeaderItem(entity, rect)
                self.addItem(item)
            else:
                item.set_entity(entity, rect)
        self._sync_stage_kpis()
        self.pin_headers(self.pinned_at)
        self._update_curve(layout)
        self._update_title(layout)
        self._place_legend()
        if self.selected_cell and not self._cell_exists(self.selected_cell):
            self.selected_cell = None
        self.setSceneRect(QRectF(0, 0, layout.width + 40, layout.height + 40))
        self.update()
        if self.editor is not None and self.editor.target_id and \
                self.editor.target_id not in self.cards and self.editor.target_id not in self.headers:
            self._drop_editor()
        if self.entry_cell is not None and self.editor is None and self._cell_exists(self.entry_cell):
            self.start_entry(*self.entry_cell)
        if self.marked:
            self.mark_matches(self.marked)

    def set_overlay(self, cards: dict[str, tuple[QColor, str]], legend: tuple | None) -> None:
        """Colour cards by a metric (``cards``: id → colour and label); empty to turn it off."""
        if not cards and not self.overlay and legend is None and not self.legend.isVisible():
            return  # nothing coloured before or now: no need to visit every card
        self.overlay = cards
        for card_id, item in self.cards.items():
            item.set_overlay(cards.get(card_id))
        if legend is None:
            self.legend.hide()
        else:
            self.legend.set_scale(*legend)
            self.legend.show()
        self._place_legend()
        self.revision += 1

    def keep_pictures(self) -> None:
        """Shown on screen: cards and links repaint from pictures of themselves."""
        self.pictures.keep(itertools.chain(self.cards.values(), self.link_layer.items.values()))

    def card_item(self, card: Card, width: float, height: float) -> CardItem:
        item = self.pictures.adopt(CardItem(card, width, height, movable=not self.read_only))
        if card.id in self.overlay:
            item.set_overlay(self.overlay[card.id])
        self.show_evidence_of(item)
        # Placed before it joins the scene: moving an item already in the scene costs far more.
        rect = self.layout.card_rects[card.id]
        item.placed = (rect.x, rect.y)
        item.setPos(rect.x, rect.y)
        return item

    def _sync(self, items: dict, entities: dict, make, kind: str, refresh) -> None:
        for entity_id in [i for i in items if i not in entities]:
            self.removeItem(items.pop(entity_id))
        for entity_id, entity in entities.items():
            item = items.get(entity_id)
            if item is None:
                item = items[entity_id] = make(entity)
                self.addItem(item)
            elif getattr(item, kind) is not entity:
                refresh(item, entity)

    def _update_curve(self, layout: JourneyLayout) -> None:
        lanes = layout.emotion_lanes()
        if not lanes:
            self.curve.set_points([], 0, 0, 0)
            return
        lane = lanes[0]
        points = [QPointF(*layout.marker_points[m.id]) for m in self.document.markers(self.journey_id)
                  if m.lane_id == lane.id and m.id in layout.marker_points]
        rect = layout.lane_rects[lane.id]
        self.curve.set_points(points, layout.score_y(lane.id, 0), rect.y, rect.bottom)

    def _update_title(self, layout: JourneyLayout) -> None:
        journey = self.document.get(Journey, self.journey_id)
        persona = self.document.get(Persona, journey.persona_id) if journey else None
        avatar = None
        if persona is not None:
            image = self.document.get(Image, persona.avatar_id) if persona.avatar_id else None
            decoded = decode_image(image.data, 96) if image is not None else None
            avatar = decoded if decoded is not None and not decoded.isNull() else \
                placeholder_pixmap(persona.id, persona.name, 96).toImage()
        # A read-only map (presentation mode too) shows no invitation to drop a persona.
        hint = persona is None and not self.read_only
        label = (f"{persona.name} — {persona.role}" if persona and persona.role else
                 persona.name if persona else self.tr("Drop a persona here") if hint else "")
        self.title.set_content(QRectF(0, 0, layout.width, layout.metrics.title_height),
                               journey.name if journey else "", label, avatar, placeholder=hint)

    def _cell_exists(self, cell: tuple[str, str]) -> bool:
        layout = self.layout
        return layout is not None and cell[0] in layout.stage_rects and cell[1] in layout.lane_rects

    def helpEvent(self, event) -> None:
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform()) if view is not None else None
        if isinstance(item, CardItem):
            item.show_tooltip()
        super().helpEvent(event)

    def selected_ids(self) -> list[str]:
        return [item.entity_id for item in self.selectedItems() if hasattr(item, "entity_id")]
