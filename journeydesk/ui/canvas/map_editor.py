"""The map editor: the scene and view of the current journey, with their requests turned into commands."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

from PySide6.QtCore import QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from journeydesk.core import commands
from journeydesk.core.document import Change, Edit
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.fields import coerce
from journeydesk.core.kinds import LANE_CARD_KIND, lane_kind_name
from journeydesk.core.model import Card, Dataset, EmotionMarker, Journey, Kpi, Lane, Stage
from journeydesk.interchange.sheet import grid_text, parse_grid, paste_items
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.items import CardItem, MarkerItem
from journeydesk.ui.canvas.link_items import LinkItem
from journeydesk.ui.canvas.link_tools import LinkTool
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view import JourneyView

CARDS_MIME = "application/x-journeydesk-cards"
# What a KPI's figure depends on: the KPIs, the imported data, and the stages and cards rows are placed by.
_KPI_INPUTS = (Kpi, Dataset, Stage, Journey)


def _changes_kpis(change: Change) -> bool:
    if isinstance(change.entity, _KPI_INPUTS):
        return True
    if isinstance(change.entity, Card):  # a card's text or look changes no figure; its stage may
        return (change.before is None or change.after is None
                or change.before.stage_id != change.after.stage_id)
    return False


_CARD_FIELDS = tuple(f.name for f in dataclasses.fields(Card)
                     if f.name not in ("id", "journey_id", "stage_id", "lane_id", "position"))


class MapEditor(QWidget):
    """The canvas of the current journey; every gesture here is one undoable edit."""

    status = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.scene = JourneyScene(self)
        self.view = JourneyView(self.scene, self)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find cards… (Enter: next, Esc: close)"))
        self.find_box.setAccessibleName(self.tr("Find cards"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.hide()
        self.find_box.textChanged.connect(lambda _text: self.find_next(restart=True))
        self.find_box.returnPressed.connect(self.find_next)
        self._found: list[str] = []
        self._found_at = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_box)
        layout.addWidget(self.view)
        editor.journey_changed.connect(self._show_journey)
        editor.about_to_close.connect(lambda: self.scene.close_editor(commit=True))
        editor.project_changed.connect(self._project_changed)
        editor.document_changed.connect(self._document_changed)
        self.overlay_metric: str | None = None
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.cards_move_requested.connect(
            lambda ids, stage, lane, index: editor.run(lambda d: commands.move_cards(d, ids, stage, lane,
                                                                                     index)))
        self.scene.card_add_requested.connect(
            lambda stage, lane, index, text: editor.run(
                lambda d: commands.add_card(d, stage, lane, text, index=index)))
        self.scene.marker_move_requested.connect(
            lambda marker, stage, offset, score: editor.run(
                lambda d: commands.update_marker(d, marker, stage_id=stage, offset=offset, score=score)))
        self.scene.stage_move_requested.connect(
            lambda stage, index: editor.run(lambda d: commands.move_stage(d, stage, index)))
        self.scene.lane_move_requested.connect(
            lambda lane, index: editor.run(lambda d: commands.move_lane(d, lane, index)))
        self.scene.stage_resize_requested.connect(
            lambda stage, width: editor.run(lambda d: commands.update_stage(d, stage, width=width)))
        self.scene.lane_resize_requested.connect(
            lambda lane, height: editor.run(lambda d: commands.update_lane(d, lane, height=height)))
        self.scene.marker_previewed.connect(self._marker_previewed)
        self.scene.rename_requested.connect(self._rename)
        self.scene.card_text_requested.connect(
            lambda card, text: editor.run(lambda d: commands.update_card(d, card, text=text)))
        self.view.element_dropped.connect(self.drop_element)
        self.view.persona_dropped.connect(
            lambda persona, _pos: editor.run(lambda d: commands.assign_persona(d, editor.journey_id,
                                                                               persona)))
        self.view.delete_requested.connect(self.delete_selection)
        self.link_tool = LinkTool(self, self.editor, self.scene, self.view)

    def _document_changed(self, changes) -> None:
        if any(_changes_kpis(change) for change in changes):
            self.refresh_stage_kpis()
        self.scene.reconcile()
        if self.overlay_metric is not None:
            self.refresh_overlay()

    def set_show_assumptions(self, on: bool) -> None:
        """View ▸ Show Assumptions: shade the cards that have no evidence."""
        self.scene.set_show_assumptions(on)

    def refresh_stage_kpis(self) -> None:
        """The stage headers' KPIs, with their values and status as the scorecard computes them."""
        from journeydesk.figures.kpis import scorecard
        from journeydesk.store.store import StoreError

        store, journey_id = self.editor.store, self.editor.journey_id
        figures = []
        if journey_id and self.editor.document.get(Journey, journey_id) is not None:
            try:
                figures = scorecard(self.editor.document, store.data if store else None, journey_id)
            except StoreError as error:
                self.editor.error.emit(str(error))
        self.scene.set_stage_kpis(figures)

    def set_overlay_metric(self, metric: str | None) -> None:
        """Colour touchpoint cards by ``metric`` (None turns the overlay off)."""
        self.overlay_metric = metric
        self.refresh_overlay()

    def overlay_choices(self) -> list[str]:
        """The metrics the current journey's imported data holds."""
        from journeydesk.figures import metrics_in
        from journeydesk.store.store import StoreError

        store = self.editor.store
        if store is None or not self.editor.journey_id:
            return []
        try:
            return [metric.name for metric in metrics_in(self.editor.document, store.data,
                                                         self.editor.journey_id)]
        except StoreError as error:
            self.editor.error.emit(str(error))
            return []

    def refresh_overlay(self) -> None:
        from journeydesk.store.store import StoreError
        from journeydesk.ui.canvas.overlay import overlay_for

        store = self.editor.store
        if self.overlay_metric is None or store is None or not self.editor.journey_id:
            self.scene.set_overlay({}, None)
            return
        try:
            overlay = overlay_for(self.editor.document, store.data, self.overlay_metric,
                                  self.editor.journey_id)
        except (LookupError, StoreError) as error:
            self.overlay_metric = None
            self.scene.set_overlay({}, None)
            if isinstance(error, StoreError):
                self.editor.error.emit(str(error))
            return
        self.scene.set_overlay(overlay.cards, (overlay.title, overlay.low, overlay.high, overlay.stops))

    def _project_changed(self) -> None:
        self.overlay_metric = None
        self.scene.set_read_only(self.editor.read_only)
        self._show_journey(self.editor.journey_id)

    def _show_journey(self, journey_id: str) -> None:
        self._found, self._found_at = [], -1
        self.scene.mark_matches([])
        self.refresh_stage_kpis()
        self.scene.show_journey(self.editor.document, journey_id)
        self.refresh_overlay()

    def _selection_changed(self) -> None:
        self.editor.select(self.scene.selected_ids())

    def _marker_previewed(self, marker_id: str, score: int | None) -> None:
        marker = self.editor.document.get(EmotionMarker, marker_id)
        self.editor.preview(marker_id, None if marker is None or score is None else
                            dataclasses.replace(marker, score=score))

    def _rename(self, entity_id: str, name: str) -> None:
        if not name.strip():
            self.editor.error.emit(self.tr("A name cannot be empty."))
            return
        entity = self.editor.document.find(entity_id)
        if isinstance(entity, Stage):
            self.editor.run(lambda d: commands.update_stage(d, entity_id, name=name.strip()))
        elif entity is not None:
            self.editor.run(lambda d: commands.update_lane(d, entity_id, name=name.strip()))

    # ----- finding cards

    def show_find(self) -> None:
        self.find_box.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_box.isVisible():
            self.find_box.hide()
            self.scene.mark_matches([])
            self.view.setFocus()
            return
        super().keyPressEvent(event)

    def find_next(self, restart: bool = False) -> list[str]:
        """Find the cards whose text holds the query (ignoring case and width) and show the next one:
        it alone is selected and scrolled to, the other matches are outlined. Returns every match."""
        return self._find(1, restart)

    def find_previous(self) -> list[str]:
        """Show the match before the current one (Shift+F3)."""
        return self._find(-1, False)

    def _find(self, step: int, restart: bool) -> list[str]:
        query = _folded(self.find_box.text())
        if not query and not restart:  # F3 before anything was looked for asks what to look for
            self.show_find()
            return []
        current = self._found[self._found_at] if 0 <= self._found_at < len(self._found) else None
        layout = self.scene.layout
        self.scene.later_cards.make(everything=True)
        cards = [item.card for item in self.scene.cards.values()]
        if layout is not None:
            cards.sort(key=lambda c: (layout.card_rects[c.id].x, layout.card_rects[c.id].y))
        self._found = [c.id for c in cards if query and query in _folded(c.text)]
        self.scene.mark_matches(self._found)
        if restart or current not in self._found:
            self._found_at = 0 if step > 0 else len(self._found) - 1
        else:
            self._found_at = (self._found.index(current) + step) % len(self._found)
        if not self._found:
            self._found_at = -1
            if restart:
                self.scene.clearSelection()
            if query:
                self.status.emit(self.tr("No card holds “{0}”.").format(self.find_box.text()))
            return self._found
        item = self.scene.cards[self._found[self._found_at]]
        self.scene.clearSelection()
        item.setSelected(True)
        self.view.centerOn(item)
        self.status.emit(self.tr("Match {0} of {1}").format(self._found_at + 1, len(self._found)))
        return self._found

    # ----- drops from the palette

    def drop_element(self, kind: str, pos: QPointF) -> None:
        layout = self.scene.layout
        editor = self.editor
        if layout is None:
            return
        journey_id = editor.journey_id
        if kind == "stage":
            index = layout.stage_insert_index(pos.x())
            if editor.run(lambda d: commands.add_stage(d, journey_id, self.tr("New stage"), index=index)):
                self._edit_header(layout_index=index, stage=True)
        elif kind == "lane" or kind.startswith("lane:"):
            lane_kind = LaneKind(kind.partition(":")[2] or LaneKind.NOTES)
            index = layout.lane_insert_index(pos.y())
            if editor.run(lambda d: commands.add_lane(d, journey_id, lane_kind, lane_kind_name(lane_kind),
                                                      index=index)):
                self._edit_header(layout_index=index, stage=False)
        elif kind == "emotion_marker":
            self._drop_marker(pos)
        elif kind == "persona":
            editor.run(lambda d: commands.add_persona(d, self.tr("New persona"), assign_to=journey_id))
        else:
            cell = layout.cell_at(pos.x(), pos.y())
            if cell is None or cell[1].kind == LaneKind.EMOTIONS:
                editor.error.emit(self.tr("Drop cards into a cell of the map (not the emotions lane)."))
                return
            stage, lane = cell
            index = layout.insert_index(stage.id, lane.id, pos.x(), pos.y())
            editor.run(lambda d: commands.add_card(d, stage.id, lane.id, "", kind=CardKind(kind),
                                                   index=index))
            self._edit_card_at(stage.id, lane.id, index)

    def _drop_marker(self, pos: QPointF) -> None:
        layout = self.scene.layout
        stage = layout.stage_at(pos.x())
        lanes = layout.emotion_lanes()
        if stage is None or not lanes:
            self.editor.error.emit(self.tr(
                "Drop emotion markers onto a stage of a journey with an emotions lane."))
            return
        under = layout.lane_at(pos.y())
        lane = under if under is not None and under.kind == LaneKind.EMOTIONS else lanes[0]
        score = layout.score_at(lane.id, pos.y()) if lane is under else 0
        offset = layout.offset_at(stage.id, pos.x())
        known = set(self.scene.markers)
        if self.editor.run(lambda d: commands.add_marker(d, stage.id, score, offset=offset, lane_id=lane.id)):
            added = [item for marker_id, item in self.scene.markers.items() if marker_id not in known]
            if added:
                self.scene.clearSelection()
                added[0].setSelected(True)

    def _edit_card_at(self, stage_id: str, lane_id: str, index: int) -> None:
        cards = self.editor.document.cell(stage_id, lane_id)
        if 0 <= index < len(cards):
            item = self.scene.cards.get(cards[index].id)
            if item is not None:
                self.scene.clearSelection()
                item.setSelected(True)
                self.scene.start_editing(item)

    def _edit_header(self, *, layout_index: int, stage: bool) -> None:
        layout = self.scene.layout
        bands = layout.stages if stage else layout.lanes
        if 0 <= layout_index < len(bands):
            self.scene.start_editing(self.scene.headers[bands[layout_index].id])

    # ----- the Edit menu on the map

    def delete_selection(self) -> None:
        items = self.scene.selectedItems()
        cards = [i.entity_id for i in items if isinstance(i, CardItem)]
        markers = [i.entity_id for i in items if isinstance(i, MarkerItem)]
        headers = [i for i in items if isinstance(i, HeaderItem)]
        links = [i.entity_id for i in items if isinstance(i, LinkItem)]
        if cards or markers or links:
            def build(doc):
                parts = [commands.delete_cards(doc, cards)] if cards else []
                if markers:
                    parts.append(commands.delete_markers(doc, markers))
                gone = {c.before.id for p in parts for c in p.changes if c.after is None}
                if [i for i in links if i not in gone]:
                    parts.append(commands.delete_links(doc, [i for i in links if i not in gone]))
                label = parts[0].label if len(parts) == 1 else self.tr("Delete {0} items").format(
                    len(cards) + len(markers) + len(links))
                return Edit(label, tuple(c for p in parts for c in p.changes))

            self.editor.run(build)
        elif len(headers) == 1:
            header = headers[0]
            if header.is_stage:
                self.editor.run(lambda d: commands.delete_stage(d, header.entity_id))
            else:
                self.editor.run(lambda d: commands.delete_lane(d, header.entity_id))

    def select_all(self) -> None:
        self.scene.later_cards.make(everything=True)
        for item in self.scene.cards.values():
            item.setSelected(True)

    def selected_cards(self) -> list[Card]:
        cards = [i.card for i in self.scene.selectedItems() if isinstance(i, CardItem)]
        layout = self.scene.layout
        return sorted(cards, key=lambda c: (
            layout.card_rects[c.id].x, layout.card_rects[c.id].y)) if layout else cards

    def copy_selection(self) -> bool:
        cards = self.selected_cards()
        if not cards:
            return False
        data = QMimeData()
        payload = [{name: _plain(getattr(card, name)) for name in _CARD_FIELDS} for card in cards]
        data.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode())
        data.setText(grid_text(self.editor.document, cards))
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut_selection(self) -> None:
        cards = self.selected_cards()
        if cards and self.copy_selection():
            label = self.tr("Cut card") if len(cards) == 1 else self.tr("Cut {0} cards").format(len(cards))
            self.editor.run(lambda d: Edit(label, commands.delete_cards(d, [c.id for c in cards]).changes))

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and not data.hasFormat(CARDS_MIME) and "\t" in data.text():
            self.paste_grid(data.text())
            return
        cards = cards_from_clipboard(data)
        if not cards:
            return
        target = self._paste_target()
        if target is None:
            self.editor.error.emit(self.tr("Select a cell or a card to paste into."))
            return
        stage_id, lane_id, index = target
        if not data.hasFormat(CARDS_MIME):
            lane = self.editor.document.get(Lane, lane_id)
            kind = LANE_CARD_KIND.get(lane.kind, CardKind.NOTE) if lane else CardKind.NOTE
            cards = [dataclasses.replace(card, kind=kind) for card in cards]
        self.editor.run(lambda d: commands.paste_cards(d, cards, stage_id, lane_id, index))

    def paste_grid(self, text: str) -> bool:
        """Cells copied from a spreadsheet: each cell's lines become cards in the matching cell of the map,
        from the selected cell (or card) on, as one undo step."""
        target = self._grid_anchor()
        if target is None:
            self.editor.error.emit(self.tr("Select a cell or a card to paste into."))
            return False
        items, skipped = paste_items(self.editor.document, *target, parse_grid(text))
        if not items:
            self.editor.error.emit(self.tr(
                "The pasted cells hold no text to place from the selected cell on."))
            return False
        done = self.editor.run(lambda d: commands.add_cell_cards(d, items))
        if done and skipped:
            self.status.emit(self.tr("%n pasted cell(s) found no place on the map.", "", skipped))
        return done

    def _grid_anchor(self) -> tuple[str, str] | None:
        if self.scene.selected_cell is not None:
            return self.scene.selected_cell
        selected = self.selected_cards()
        if not selected:
            return None
        doc = self.editor.document
        stages = {s.id: s.position for s in doc.stages(self.editor.journey_id)}
        lanes = {lane.id: lane.position for lane in doc.lanes(self.editor.journey_id)}
        first = min(selected, key=lambda c: (lanes.get(c.lane_id, 0), stages.get(c.stage_id, 0)))
        return first.stage_id, first.lane_id

    def duplicate_selection(self) -> None:
        """Copies of the selected cards, each right after the last selected card of its cell."""
        cells: dict[tuple[str, str], list[Card]] = {}
        for card in self.selected_cards():
            cells.setdefault((card.stage_id, card.lane_id), []).append(card)
        if not cells:
            return

        def build(doc):
            parts = [commands.paste_cards(doc, sorted(cards, key=lambda c: c.position), stage, lane,
                                          max(c.position for c in cards) + 1)
                     for (stage, lane), cards in cells.items()]
            count = sum(len(cards) for cards in cells.values())
            label = self.tr("Duplicate card") if count == 1 else self.tr("Duplicate {0} cards").format(count)
            return Edit(label, tuple(change for part in parts for change in part.changes))

        self.editor.run(build)

    def _paste_target(self) -> tuple[str, str, int | None] | None:
        if self.scene.selected_cell is not None:
            return (*self.scene.selected_cell, None)
        selected = self.selected_cards()
        if selected:
            last = selected[-1]
            return last.stage_id, last.lane_id, last.position + 1
        return None


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _plain(value: object) -> object:
    return getattr(value, "value", value)


def cards_from_clipboard(data: QMimeData | None) -> list[Card]:
    """Cards copied from JourneyDesk (this or another window); plain text lines become notes."""
    if data is None:
        return []
    if data.hasFormat(CARDS_MIME):
        try:
            payload = json.loads(bytes(data.data(CARDS_MIME)).decode())
            cards = []
            for fields in payload[:2000]:
                values = {k: fields[k] for k in _CARD_FIELDS if k in fields}
                values["kind"] = CardKind(values.get("kind", "note"))
                card = Card("clipboard", **_typed(values))
                card.validate()
                cards.append(card)
            return cards
        except (ValueError, TypeError, KeyError, AttributeError):
            return []
    if data.hasText():
        lines = [line.strip() for line in data.text().splitlines() if line.strip()]
        return [Card("clipboard", kind=CardKind.NOTE, text=line) for line in lines[:500]]
    return []


def _typed(values: dict) -> dict:
    return coerce(Card, values)

