"""Undo and redo of Edits: check, write through to the file, apply, remember."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from journeydesk.core.document import Document, Edit


class EditSink(Protocol):
    """Where edits are written before the Document applies them (the .journey file)."""

    def write(self, edit: Edit) -> None: ...


class History:
    """The one door through which edits reach the Document, with undo and redo."""

    def __init__(self, document: Document, sink: EditSink | None = None, limit: int = 1000) -> None:
        self.document = document
        self.sink = sink
        self.limit = limit
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._listeners: list[Callable[[], None]] = []

    def do(self, edit: Edit) -> bool:
        """Check, write and apply ``edit``; False for an empty edit. Raises if refused."""
        if not edit:
            return False
        self._commit(edit)
        self._undo.append(edit)
        del self._undo[: max(0, len(self._undo) - self.limit)]
        self._redo.clear()
        self._changed()
        return True

    def undo(self) -> Edit | None:
        if not self._undo:
            return None
        edit = self._undo[-1]
        self._commit(edit.inverse())
        self._redo.append(self._undo.pop())
        self._changed()
        return edit

    def redo(self) -> Edit | None:
        if not self._redo:
            return None
        edit = self._redo[-1]
        self._commit(edit)
        self._undo.append(self._redo.pop())
        self._changed()
        return edit

    def _commit(self, edit: Edit) -> None:
        self.document.check(edit)
        if self.sink is not None:
            self.sink.write(edit)
        self.document.apply(edit)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._changed()

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Called after every do, undo, redo or clear (to refresh menus)."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
