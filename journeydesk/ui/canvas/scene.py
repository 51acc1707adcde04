"""The map scene: items built and updated only from the Document; gestures become requests."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.layout import JourneyLayout, Rect
from journeydesk.core.model import Card, Image, Journey, Persona, Stage
from journeydesk.ui.base.persona_pictures import decode_image, placeholder_pixmap
from journeydesk.ui.canvas.curve_item import CurveItem
from journeydesk.ui.canvas.inline_editor import InlineEditor
from journeydesk.ui.canvas.item_pictures import ItemPictures
from journeydesk.ui.canvas.items import CardItem, HeaderItem, MarkerItem
from journeydesk.ui.canvas.later_cards import LaterCards, collection_paused
from journeydesk.ui.canvas.link_items import LinkLayer
from journeydesk.ui.canvas.scene_editing import TextEditingInPlace
from journeydesk.ui.canvas.scene_evidence import EvidenceViews
from journeydesk.ui.canvas.scene_headers import HeaderGestures
from journeydesk.ui.canvas.title_items import LegendItem, TitleItem
from journeydesk.ui.style import theme
from journeydesk.ui.style.look import emotion_scale_label

DRAGGED_Z = 1.0  # cards being dragged pass over the others, under markers and guides


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class JourneyScene(TextEditingInPlace, HeaderGestures, EvidenceViews, QGraphicsScene):
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
        self.later_cards = LaterCards(self)  # a large journey's cards out of first sight, made after the first frame
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
        wanted = self.later_cards.leave_out({c.id: c for c in doc.cards(self.journey_id) if c.id in layout.card_rects},
                                            layout)
        with collection_paused():
            self._sync(self.cards, wanted,
                       lambda card: self.card_item(card, m.card_width, m.card_height), "card", CardItem.set_card)
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
            rect = qrect(layout.stage_rects[entity_id] if isinstance(entity, Stage) else layout.lane_rects[entity_id])
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

    def pin_headers(self, corner: QPointF) -> None:
        """Keep the stage row and lane column at the top and left of a view whose top-left is ``corner``.

        Like frozen panes: stage headers never go above ``corner.y()`` nor lane headers left of
        ``corner.x()``; what scrolls under them (cards, markers, the other headers) is drawn below them.
        """
        self.pinned_at = QPointF(corner)
        layout = self.layout
        if layout is None:
            return
        m = layout.metrics
        stage_row_bottom = max(m.title_height, corner.y()) + m.stage_header_height
        for entity_id, item in self.headers.items():
            if item.is_stage:
                if entity_id in layout.stage_rects:
                    y = max(layout.stage_rects[entity_id].y, corner.y())
                    if item.y() != y:
                        item.setY(y)
            elif entity_id in layout.lane_rects:
                rect = layout.lane_rects[entity_id]
                x = max(rect.x, corner.x())
                if item.x() != x:
                    item.setX(x)
                item.set_label_offset(min(max(0.0, stage_row_bottom - rect.y), max(0.0, rect.h - 34)))

    def pinned_corner(self) -> QRectF:
        """Where the pinned stage row and lane column meet (scene coordinates); empty without a journey."""
        layout = self.layout
        if layout is None:
            return QRectF()
        m = layout.metrics
        return QRectF(max(0.0, self.pinned_at.x()), max(m.title_height, self.pinned_at.y()),
                      m.lane_header_width, m.stage_header_height)

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

    def keep_legend_in(self, visible: QRectF, scale: float) -> None:
        """Float the overlay's key at the bottom right of what a view shows, at its own size at any zoom."""
        self._legend_view = (QRectF(visible), scale)
        self._place_legend()

    def _place_legend(self) -> None:
        if self.layout is None:
            return
        if self._legend_view is None:  # an exported image: the key sits in the title row, at the map's scale
            self.legend.setPos(max(0.0, self.layout.width - LegendItem.WIDTH), 8)
            self.title.keep_free(LegendItem.WIDTH if self.legend.isVisible() else 0.0)
            return
        self.title.keep_free(0.0)
        visible, scale = self._legend_view
        self.legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.legend.setPos(visible.right() - (LegendItem.WIDTH + 12) / scale,
                           visible.bottom() - (LegendItem.HEIGHT + 12) / scale)

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

    # ----- painting the grid

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        colors = theme.current()
        painter.fillRect(rect, QColor(colors.canvas))
        layout = self.layout
        if layout is None:
            return
        for index, lane in enumerate(layout.lanes):
            lane_rect = layout.lane_rects[lane.id]
            band = QRectF(lane_rect.right, lane_rect.y, layout.width - lane_rect.right, lane_rect.h)
            if band.intersects(rect):
                tint = colors.canvas_alt if index % 2 else colors.canvas
                if lane.kind == LaneKind.EMOTIONS:
                    tint = colors.emotion_band
                painter.fillRect(band, QColor(tint))
                if lane.kind == LaneKind.EMOTIONS:
                    zero = layout.score_y(lane.id, 0)
                    painter.setPen(QPen(QColor(colors.zero_line), 1, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(band.left(), zero), QPointF(band.right(), zero))
                    painter.setPen(QColor(colors.score_text))
                    for score in range(-2, 3):
                        label = emotion_scale_label(score)
                        y = layout.score_y(lane.id, score)
                        width = painter.fontMetrics().horizontalAdvance(label) + 4
                        painter.fillRect(QRectF(band.left() + 2, y - 7, width, 14), QColor(colors.emotion_band))
                        painter.drawText(QRectF(band.left() + 4, y - 7, 160, 14),
                                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor(colors.grid), 1))
        for stage in layout.stages:
            x = layout.stage_rects[stage.id].right
            painter.drawLine(QPointF(x, layout.grid_top), QPointF(x, layout.height))
        for lane in layout.lanes:
            y = layout.lane_rects[lane.id].bottom
            painter.drawLine(QPointF(0, y), QPointF(layout.width, y))
        if self.selected_cell and self._cell_exists(self.selected_cell):
            cell = qrect(layout.cell_rect(*self.selected_cell))
            selection = QColor(colors.selection)
            painter.setPen(QPen(selection, 2, Qt.PenStyle.DashLine))
            selection.setAlpha(24)
            painter.setBrush(selection)
            painter.drawRect(cell.adjusted(2, 2, -2, -2))

    def helpEvent(self, event) -> None:
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform()) if view is not None else None
        if isinstance(item, CardItem):
            item.show_tooltip()
        super().helpEvent(event)

    # ----- gestures on cards and cells

    def mousePressEvent(self, event) -> None:
        if self.editor is not None and self.itemAt(event.scenePos(), self.views()[0].transform()) is not self.editor:
            self.close_editor(commit=True)
        super().mousePressEvent(event)
        self._press_positions = {i: item.pos() for i, item in self.cards.items() if item.isSelected()}
        hit = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if hit is None and event.button() == Qt.MouseButton.LeftButton and self.layout is not None:
            cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
            self.select_cell((cell[0].id, cell[1].id) if cell and cell[1].kind != LaneKind.EMOTIONS else None)
        elif hit is not None:
            self.select_cell(None)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press_positions and not self._links_faded:
            moving = {i for i, start in self._press_positions.items() if i in self.cards and self.cards[i].pos() != start}
            if moving:  # their links are routed again on release; until then they fade, not point at nothing
                self._links_faded = True
                self.link_layer.fade(moving)
                for card_id in moving:
                    self.cards[card_id].setZValue(DRAGGED_Z)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._links_faded:
            self._links_faded = False
            self.link_layer.fade(set())
            for card_id in self._press_positions:
                if card_id in self.cards:
                    self.cards[card_id].setZValue(0)
        moved = [i for i, start in self._press_positions.items()
                 if i in self.cards and self.cards[i].pos() != start]
        self._press_positions = {}
        for card_id in moved:
            self.cards[card_id].placed = None
        if not moved or self.layout is None:
            return
        if self.read_only:
            self.reconcile()
            return
        target = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
        if target is None or target[1].kind == LaneKind.EMOTIONS:
            self.reconcile()
            return
        stage, lane = target
        chosen = [i for i, item in self.cards.items() if item.isSelected()]
        order = {c.id: n for n, c in enumerate(sorted(
            (self.cards[i].card for i in chosen),
            key=lambda c: (self.layout.card_rects[c.id].y, self.layout.card_rects[c.id].x)))}
        chosen.sort(key=order.__getitem__)
        index = self.layout.insert_index(stage.id, lane.id, event.scenePos().x(), event.scenePos().y(),
                                         ignoring=frozenset(chosen))
        self.cards_move_requested.emit(chosen, stage.id, lane.id, index)
        self.reconcile()

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(hit, CardItem):
            self.start_editing(hit)
            return
        super().mouseDoubleClickEvent(event)

    def select_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.selected_cell:
            self.selected_cell = cell
            self.entry_cell = None
            if cell is not None:
                self.clearSelection()
            self.cell_selected.emit()
            self.update()

    def selected_ids(self) -> list[str]:
        return [item.entity_id for item in self.selectedItems() if hasattr(item, "entity_id")]

    # ----- emotion markers

    def clamp_marker(self, item: MarkerItem, pos: QPointF) -> QPointF:
        layout = self.layout
        lane = layout.lane_rects[item.marker.lane_id]
        x = min(max(pos.x(), layout.metrics.lane_header_width), layout.width - 1)
        y = min(max(pos.y(), layout.score_y(lane_id := item.marker.lane_id, 2)), layout.score_y(lane_id, -2))
        return QPointF(x, min(max(y, lane.y), lane.bottom))

    def marker_score_at(self, item: MarkerItem, pos: QPointF) -> int:
        return self.layout.score_at(item.marker.lane_id, pos.y())

    def marker_dragged(self, item: MarkerItem) -> None:
        """While a marker is dragged the curve runs through it and ``marker_previewed`` tells its score;
        nothing is edited until it is dropped."""
        lane_id = item.marker.lane_id
        lanes = self.layout.emotion_lanes()
        if lanes and lanes[0].id == lane_id:
            points = sorted((m.pos() for m in self.markers.values() if m.marker.lane_id == lane_id), key=QPointF.x)
            rect = self.layout.lane_rects[lane_id]
            self.curve.set_points(points, self.layout.score_y(lane_id, 0), rect.y, rect.bottom)
        self.marker_previewed.emit(item.marker.id, item.preview_score)

    def marker_dropped(self, item: MarkerItem) -> None:
        layout = self.layout
        marker = item.marker
        stage = layout.stage_at(item.pos().x())
        if stage is None or self.read_only:
            self.reconcile()
            self.marker_previewed.emit(marker.id, None)
            return
        score = layout.score_at(item.marker.lane_id, item.pos().y())
        offset = layout.offset_at(stage.id, item.pos().x())
        if (stage.id, offset, score) != (marker.stage_id, marker.offset, marker.score):
            self.marker_move_requested.emit(marker.id, stage.id, offset, score)
        self.reconcile()
        self.marker_previewed.emit(marker.id, None)

    # ----- where a drag from the palette would land

    def show_drop_target(self, kind: str, pos: QPointF) -> None:
        """Highlight what a drop of ``kind`` at ``pos`` goes into: a cell for a card, the emotions lane for
        a marker, the title for a persona, the insert line for a stage or lane (nothing where it cannot go)."""
        layout = self.layout
        target = None
        if layout is None:
            self.clear_drop_target()
            return
        if kind in ("stage", "lane") or kind.startswith("lane:"):
            self.drop_target.hide()
            self._show_insert_guide(kind == "stage", pos)
            return
        self.guide.hide()
        if kind == "persona":
            target = self.title.rect
        elif kind == "emotion_marker":
            under = layout.lane_at(pos.y())
            lanes = [under] if under is not None and under.kind == LaneKind.EMOTIONS else layout.emotion_lanes()[:1]
            if lanes and layout.stage_at(pos.x()) is not None:
                lane = layout.lane_rects[lanes[0].id]
                target = QRectF(lane.right, lane.y, layout.width - lane.right, lane.h)
        else:
            cell = layout.cell_at(pos.x(), pos.y())
            if cell is not None and cell[1].kind != LaneKind.EMOTIONS:
                target = qrect(layout.cell_rect(cell[0].id, cell[1].id))
        if target is None:
            self.drop_target.hide()
            return
        colour = QColor(theme.current().selection)
        self.drop_target.setPen(QPen(colour, 2))
        colour.setAlpha(40)
        self.drop_target.setBrush(colour)
        self.drop_target.setRect(target.adjusted(1, 1, -1, -1))
        self.drop_target.show()

    def clear_drop_target(self) -> None:
        self.drop_target.hide()
        self.guide.hide()

    # ----- matches of Find

    def mark_matches(self, card_ids: list[str]) -> None:
        """A quiet outline around each of ``card_ids`` (the matches of Find); an empty list clears it."""
        self.marked = list(card_ids)
        path = QPainterPath()
        for card_id in self.marked:
            item = self.cards.get(card_id)
            if item is not None:
                path.addRoundedRect(item.sceneBoundingRect().adjusted(-3, -3, 3, 3), 8, 8)
        colour = QColor(theme.current().selection)
        colour.setAlpha(150)
        self.find_marks.setPen(QPen(colour, 2, Qt.PenStyle.DotLine))
        colour.setAlpha(30)
        self.find_marks.setBrush(colour)
        self.find_marks.setPath(path)
