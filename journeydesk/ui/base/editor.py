"""The open project as the panels see it: Document, History, current journey, selection, errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journeydesk.core.document import Change, Document, Edit, EditRefused
from journeydesk.core.history import History
from journeydesk.core.model import Journey
from journeydesk.store.store import Store, StoreError


class Editor(QObject):
    """One open project. Panels read ``document`` and change it only through ``run``.

    Signals: ``project_changed`` when a project is opened or closed; ``about_to_close``
    while the closing project can still be edited (panels save what is being typed); ``journey_changed(id)``
    when another journey is shown ('' for none); ``selection_changed(ids)``;
    ``document_changed(changes)`` after every applied edit, undo or redo;
    ``history_changed`` when undo/redo availability or labels change; ``error(message)``;
    ``previewed(id, entity)`` while a gesture is under way (a marker dragged): the entity as it would
    leave it, not in the document; ``None`` when the gesture ends.
    """

    project_changed = Signal()
    about_to_close = Signal()
    journey_changed = Signal(str)
    selection_changed = Signal(list)
    document_changed = Signal(tuple)
    history_changed = Signal()
    error = Signal(str)
    previewed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.document: Document = Document()
        self.history: History = History(self.document)
        self.journey_id: str = ""
        self.selection: list[str] = []
        self.read_only = False

    # ----- the project

    def open(self, path: str | Path, *, read_only: bool = False) -> bool:
        try:
            store = Store.open(path, read_only=read_only)
        except StoreError as error:
            self.error.emit(str(error))
            return False
        try:
            document = store.load()
        except StoreError as error:
            store.close()
            self.error.emit(str(error))
            return False
        self._attach(store, document)
        return True

    def _attach(self, store: Store | None, document: Document) -> None:
        self.close(quietly=True)
        self.store = store
        self.document = document
        self.history = History(document, store)
        self.read_only = bool(store and store.read_only)
        document.add_listener(self._document_changed)
        self.history.add_listener(self.history_changed.emit)
        journeys = document.journeys()
        self.journey_id = journeys[0].id if journeys else ""
        self.selection = []
        self.project_changed.emit()
        self.journey_changed.emit(self.journey_id)
        self.selection_changed.emit([])
        self.history_changed.emit()

    def close(self, *, quietly: bool = False) -> None:
        """Close the project; ``quietly`` when another one is about to replace it."""
        if self.store is not None:
            self.about_to_close.emit()
            self.store.close()
        had_project = self.store is not None
        self.store = None
        self.document = Document()
        self.history = History(self.document)
        self.journey_id = ""
        self.selection = []
        self.read_only = False
        if had_project and not quietly:
            self.project_changed.emit()
            self.journey_changed.emit("")
            self.selection_changed.emit([])
            self.history_changed.emit()

    @property
    def has_project(self) -> bool:
        return self.store is not None

    # ----- editing

    def run(self, build: Callable[[Document], Edit] | Edit) -> bool:
        """Build (if given a function) and do an edit; report refusals as ``error``."""
        if self.store is None:
            self.error.emit(self.tr("Open or create a project first."))
            return False
        if self.read_only:
            self.error.emit(self.store.notice or self.tr("This project is open read-only."))
            return False
        try:
            edit = build(self.document) if callable(build) else build
            return self.history.do(edit)
        except (EditRefused, StoreError) as problem:
            self.error.emit(str(problem))
            return False

    def undo(self) -> None:
        self._step(self.history.undo)

    def redo(self) -> None:
        self._step(self.history.redo)

    def _step(self, step: Callable[[], Edit | None]) -> None:
        """Undo or redo, then show the journey the step changed if it is not the one shown."""
        if self.read_only:
            return
        try:
            edit = step()
        except (EditRefused, StoreError) as problem:
            self.error.emit(str(problem))
            return
        if edit is None:
            return
        touched = {getattr(c.entity, "journey_id", None) or (c.entity.id if isinstance(c.entity, Journey)
                                                             else None)
                   for c in edit.changes}
        touched = {j for j in touched if j and self.document.get(Journey, j) is not None}
        if touched and self.journey_id not in touched:
            self.show_journey(sorted(touched)[0])

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        removed = {c.before.id for c in changes if c.after is None and c.before is not None}
        if self.journey_id in removed or (self.journey_id == "" and self.document.journeys()):
            journeys = self.document.journeys()
            self.show_journey(journeys[0].id if journeys else "")
        if removed & set(self.selection):
            self.select([i for i in self.selection if i not in removed])
        self.document_changed.emit(changes)

    # ----- what is shown and selected

    def show_journey(self, journey_id: str) -> None:
        if journey_id and self.document.get(Journey, journey_id) is None:
            return
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.selection = []
            self.journey_changed.emit(journey_id)
            self.selection_changed.emit([])

    def preview(self, entity_id: str, entity: object | None) -> None:
        """Show panels ``entity`` as a gesture in progress would leave it (None: as the document holds it)."""
        self.previewed.emit(entity_id, entity)

    def select(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        if ids != self.selection:
            self.selection = ids
            self.selection_changed.emit(ids)
