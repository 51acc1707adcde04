"""JourneyScene's text editing in place: a card's text, a header's name, and fast entry of new cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from journeydesk.ui.canvas.header_item import HeaderItem
from journeydesk.ui.canvas.inline_editor import InlineEditor
from journeydesk.ui.canvas.items import CardItem


class TextEditingInPlace:
    """Mixed into JourneyScene: uses its layout, headers, editor and entry_cell, and its *_requested
    signals."""

    def start_editing(self, item: QGraphicsItem, *, select_all: bool = False) -> None:
        if self.read_only:
            return
        self.close_editor(commit=True)
        if isinstance(item, CardItem):
            rect = item.sceneBoundingRect().adjusted(2, 2, -2, -2)
            self._open_editor(rect, item.card.text,
                              lambda text, i=item.entity_id: self.card_text_requested.emit(i, text),
                              target=item.entity_id, select_all=select_all)
        elif isinstance(item, HeaderItem):
            rect = QRectF(item.pos(), item.rect.size())
            self._open_editor(rect, item.entity.name,
                              lambda text, i=item.entity_id: self.rename_requested.emit(i, text),
                              single_line=True, target=item.entity_id, select_all=True)

    def start_entry(self, stage_id: str, lane_id: str) -> None:
        """Fast entry: an editor in the next free slot of the cell; Enter adds and goes on."""
        if (self.read_only and not self.entry_allowed) or self.layout is None:
            return
        self.entry_cell = (stage_id, lane_id)
        index = len(self.layout.cell_cards(stage_id, lane_id))
        slot = self.layout.card_rect(stage_id, lane_id, index)
        rect = QRectF(slot.x, slot.y, slot.w, slot.h)
        self._open_editor(rect, "", lambda text: self._entered(stage_id, lane_id, text), entry=True)
        for view in self.views():
            view.ensureVisible(rect, 20, 20)

    def _entered(self, stage_id: str, lane_id: str, text: str) -> None:
        if text.strip():
            index = len(self.layout.cell_cards(stage_id, lane_id)) if self.layout else 0
            self.card_add_requested.emit(stage_id, lane_id, index, text.strip())

    def _open_editor(self, rect: QRectF, text: str, commit, *, single_line: bool = False,
                     entry: bool = False, target: str = "", select_all: bool = False) -> None:
        self.editor = InlineEditor(rect, text, single_line=single_line)
        self.editor.target_id = target
        self.editor.committed.connect(lambda value: self._editor_committed(commit, value, entry))
        self.editor.cancelled.connect(self._editor_cancelled)
        self.editor.stepped.connect(self._editor_stepped)
        self.addItem(self.editor)
        self.editor.begin(select_all=select_all)

    def _editor_committed(self, commit, value: str, entry: bool) -> None:
        self._drop_editor()
        if entry and not value.strip():
            self.entry_cell = None
        commit(value)
        if entry and self.entry_cell is not None and self.editor is None and value.strip():
            self.start_entry(*self.entry_cell)

    def _editor_cancelled(self) -> None:
        if self.entry_cell is not None:
            # Escape leaves fast entry with nothing behind: no card, no editor, no selected cell.
            self.select_cell(None)
        self.entry_cell = None
        self._drop_editor()

    def _editor_stepped(self, step: int) -> None:
        """Tab (Shift+Tab) in a stage's or lane's name: save it and rename the next (previous) one."""
        header = self.headers.get(self.editor.target_id) if self.editor is not None else None
        if header is None or self.layout is None:
            return
        ids = [s.id for s in self.layout.stages] if header.is_stage else [lane.id
                                                                          for lane in self.layout.lanes]
        index = ids.index(header.entity_id) + step
        following = ids[index] if 0 <= index < len(ids) else None
        self.close_editor(commit=True)
        item = self.headers.get(following) if following else None
        if item is not None and self.editor is None:
            self.clearSelection()
            item.setSelected(True)
            for view in self.views():
                view.ensureVisible(item, 20, 20)
            self.start_editing(item)

    def _drop_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.discard()
            editor.clearFocus()
            self.removeItem(editor)
            editor.deleteLater()
        for view in self.views():
            view.setFocus()

    def finish_editing(self) -> None:
        """Commit what is being typed and leave fast entry (no new editor opens after it)."""
        self.entry_cell = None
        self.close_editor(commit=True)

    def close_editor(self, *, commit: bool) -> None:
        if self.editor is not None:
            if commit:
                self.editor.commit()
            else:
                self.entry_cell = None
                self._drop_editor()
