"""The inspector panel: shows and edits every field of the selection, one edit per change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Change
from journeydesk.core.entity import Entity
from journeydesk.core.kinds import card_kind_name
from journeydesk.core.model import Card, Journey, Link, Persona
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.canvas.link_items import link_ends_text
from journeydesk.ui.panels.inspector_fields import FORMS, TITLES, UPDATES, FieldSpec
from journeydesk.ui.panels.inspector_form import FormHooks, FormPage, build_page
from journeydesk.ui.panels.inspector_sections import inspector_sections
from journeydesk.ui.panels.link_inspector import add_link_ends_row

_UNSET = object()


class Inspector(QWidget):
    """Shows the selected entity (or the shown journey) as a form; every change is one edit."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._busy = False
        self.setAccessibleName(self.tr("Inspector"))
        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._message = QLabel()
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._message)
        hooks = FormHooks(edited=self._edited, commit=self.commit, choose_color=self._choose_color,
                          personas=lambda: self.editor.document.personas())
        self._pages = {cls: build_page(specs, hooks) for cls, specs in FORMS.items()}
        self._link_ends = add_link_ends_row(self._pages[Link].form)
        self._sections = inspector_sections(editor)
        for cls, section in self._sections.items():
            self._pages[cls].layout().insertWidget(1, section)
        for page in self._pages.values():
            self._stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._stack)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(scroll)
        editor.selection_changed.connect(self._shown_changed)
        editor.journey_changed.connect(self._shown_changed)
        editor.project_changed.connect(self.refresh)
        editor.about_to_close.connect(self.finish_editing)
        editor.document_changed.connect(self._document_changed)
        editor.previewed.connect(self._previewed)
        self.refresh()

    # ----- public

    @property
    def shown_id(self) -> str:
        """The id of the entity in the form ('' when a message is shown instead)."""
        page = self._stack.currentWidget()
        return page.entity_id if isinstance(page, FormPage) else ""

    def field(self, name: str) -> QWidget | None:
        """The widget editing ``name`` in the form shown now (None if it has no such field)."""
        page = self._stack.currentWidget()
        return page.widgets.get(name) if isinstance(page, FormPage) else None

    def main_widget(self) -> QWidget | None:
        """The first field of the form shown (what F6 focuses); None while a message is shown."""
        page = self._stack.currentWidget()
        return next(iter(page.widgets.values()), None) if isinstance(page, FormPage) else None

    def refresh(self) -> None:
        """Show the current selection (or the shown journey) with the values the document holds."""
        self._show(force=True)

    def commit(self, name: str, value: object) -> bool:
        """Set one field of the shown entity through the editor; False if nothing was done."""
        page = self._stack.currentWidget()
        return isinstance(page, FormPage) and self._commit(page, name, value)

    def finish_editing(self) -> None:
        """Commit what is typed but not yet finished in the focused field (call before closing)."""
        page = self._stack.currentWidget()
        if isinstance(page, FormPage):
            self._flush(page)

    def set_color(self, color: QColor) -> bool:
        """Give the shown card or stage ``color`` (what the colour button does after its dialog)."""
        return color.isValid() and self.commit("color", color.name())

    # ----- the colour button

    def _choose_color(self) -> None:
        current = getattr(self.editor.document.find(self.shown_id), "color", "")
        color = QColorDialog.getColor(QColor(current or "#ffffff"), self,
                                      self.tr("Choose a colour"))
        self.set_color(color)

    # ----- showing

    def _target(self) -> tuple[Entity | None, str]:
        document = self.editor.document
        found = [e for e in (document.find(i) for i in self.editor.selection) if e is not None]
        if len(found) > 1:
            return None, self.tr("%n items selected", "", len(found))
        if found:
            if type(found[0]) in FORMS:
                return found[0], ""
            return None, self.tr("The selected item has no fields to edit here.")
        journey = document.get(Journey, self.editor.journey_id)
        if journey is not None:
            return journey, ""
        if self.editor.has_project:
            return None, self.tr("Choose a journey to see its details here.")
        return None, self.tr("Open a project to see the details of what you select.")

    def _show(self, force: bool = False) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            entity, message = self._target()
            current = self._stack.currentWidget()
            if isinstance(current, FormPage) and (entity is None or entity.id != current.entity_id):
                self._flush(current)
                entity, message = self._target()
            if entity is None:
                self._title.setText("")
                self._message.setText(message)
                self._stack.setCurrentWidget(self._message)
                return
            page = self._pages[type(entity)]
            self._fill(page, entity, force or page.entity_id != entity.id)
            self._stack.setCurrentWidget(page)
        finally:
            self._busy = False

    def _fill(self, page: FormPage, entity: Entity, force: bool) -> None:
        """Put ``entity``'s values in the form without emitting edits; untouched fields stay."""
        if force:
            page.shown.clear()
            page.echo.clear()
        page.entity_id = entity.id
        kind = getattr(entity, "kind", None)
        if isinstance(entity, Card):
            self._title.setText(card_kind_name(kind))
        else:
            self._title.setText(self.tr(TITLES[type(entity)]))
        if isinstance(entity, Link):
            self._link_ends.setText(link_ends_text(self.editor.document, entity))
        if type(entity) in self._sections:
            self._sections[type(entity)].show_entity(entity)
        editable = not self.editor.read_only
        for spec in page.specs:
            widget = page.widgets[spec.name]
            value = getattr(entity, spec.name)
            if spec.kinds:
                page.form.setRowVisible(widget, kind in spec.kinds)
            if spec.editor == "persona" or page.shown.get(spec.name, _UNSET) != value:
                reader, writer = page.io[spec.name]
                blocked = widget.blockSignals(True)
                try:
                    writer(value)
                finally:
                    widget.blockSignals(blocked)
                page.shown[spec.name], page.echo[spec.name] = value, reader()
            if spec.editor != "fixed":
                widget.setEnabled(editable and (not spec.enabled_by
                                                or bool(getattr(entity, spec.enabled_by))))

    def _flush(self, page: FormPage) -> None:
        """Commit values typed but not yet finished (only fields that differ make an edit)."""
        for spec in page.specs:
            if spec.name in page.widgets:
                self._edited(page, spec)

    def _shown_changed(self, *_: object) -> None:
        self._show()

    def _previewed(self, entity_id: str, entity: Entity | None) -> None:
        """A drag under way shows its values here (no edit); when it ends, the document's again."""
        page = self._stack.currentWidget()
        if not isinstance(page, FormPage) or page.entity_id != entity_id:
            return
        if entity is None:
            self._show(force=True)
        else:
            self._fill(page, entity, force=False)

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        page = self._stack.currentWidget()
        relevant = not isinstance(page, FormPage) or any(
            c.entity.id == page.entity_id or isinstance(c.entity, Persona)
            or c.before is None or c.after is None for c in changes)
        if relevant:
            self._show()

    # ----- editing

    def _edited(self, page: FormPage, spec: FieldSpec) -> None:
        value = page.io[spec.name][0]()
        if value != page.echo.get(spec.name, _UNSET):  # only what the person changed
            self._commit(page, spec.name, value)

    def _commit(self, page: FormPage, name: str, value: object) -> bool:
        spec = next((s for s in page.specs if s.name == name and s.editor != "fixed"), None)
        entity = self.editor.document.find(page.entity_id) if page.entity_id else None
        if spec is None or entity is None or getattr(entity, name) == value:
            return False
        entity_id = entity.id
        if isinstance(entity, Journey) and name == "persona_id":
            done = self.editor.run(lambda doc: commands.assign_persona(doc, entity_id, value))
        else:
            update = UPDATES[type(entity)]
            done = self.editor.run(lambda doc: update(doc, entity_id, **{name: value}))
        if not done:
            page.shown.pop(name, None)
            page.echo.pop(name, None)
            self._show()
        return done

