"""The inspector panel: shows and edits every field of the selection, one edit per change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Change, Edit
from journeydesk.core.entity import Entity
from journeydesk.core.enums import CardKind, Category, LinkKind, Mode
from journeydesk.core.kinds import CARD_KIND_NAMES, LANE_KIND_NAMES, card_kind_name
from journeydesk.core.model import (
    LANE_HEIGHT,
    RATING_MAX,
    RATING_MIN,
    STAGE_WIDTH,
    Card,
    EmotionMarker,
    Journey,
    Lane,
    Link,
    Persona,
    Stage,
)
from journeydesk.i18n import t
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.canvas.link_items import link_ends_text
from journeydesk.ui.panels.inspector_sections import inspector_sections
from journeydesk.ui.panels.link_inspector import add_link_ends_row

Choices = tuple[tuple[object, str], ...]
Reader = Callable[[], Any]
Writer = Callable[[Any], None]
_UNSET = object()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One form row: entity field, untranslated label, and editor (line, lines: text that grows
    with what it holds, text, number, check, choice, color, persona or fixed, which is read-only)."""

    name: str
    label: str
    editor: str
    kinds: frozenset[CardKind] = frozenset()  # cards only: the kinds that show this row
    choices: Choices = ()
    low: int = 0
    high: int = 0
    enabled_by: str = ""  # a bool field that must be true for this one to be editable
    optional: bool = False  # colours only: may be reset to the default (empty)


CARD_KINDS: Choices = tuple(CARD_KIND_NAMES.items())  # names from core.kinds, translated by i18n
LANE_KINDS: Choices = tuple(LANE_KIND_NAMES.items())
_KIND_NAMES = frozenset(CARD_KIND_NAMES.values()) | frozenset(LANE_KIND_NAMES.values())
NONE = QT_TRANSLATE_NOOP("Inspector", "(none)")
CATEGORIES: Choices = (
    (None, NONE), (Category.DIGITAL, QT_TRANSLATE_NOOP("Inspector", "Digital")),
    (Category.HUMAN, QT_TRANSLATE_NOOP("Inspector", "Human")),
    (Category.PHYSICAL, QT_TRANSLATE_NOOP("Inspector", "Physical")),
)
MODES: Choices = (
    (None, NONE), (Mode.OFFLINE, QT_TRANSLATE_NOOP("Inspector", "Offline")),
    (Mode.ONLINE, QT_TRANSLATE_NOOP("Inspector", "Online")),
    (Mode.O2O, QT_TRANSLATE_NOOP("Inspector", "O2O (online to offline)")),
    (Mode.OMO, QT_TRANSLATE_NOOP("Inspector", "OMO (online-merge-offline)")),
)
RATINGS: Choices = (
    (None, QT_TRANSLATE_NOOP("Inspector", "(unset)")),
    *((n, str(n)) for n in range(RATING_MIN, RATING_MAX + 1)),
)
SCORES: Choices = (
    (-2, QT_TRANSLATE_NOOP("Inspector", "−2 Very negative")),
    (-1, QT_TRANSLATE_NOOP("Inspector", "−1 Negative")),
    (0, QT_TRANSLATE_NOOP("Inspector", "0 Neutral")),
    (1, QT_TRANSLATE_NOOP("Inspector", "+1 Positive")),
    (2, QT_TRANSLATE_NOOP("Inspector", "+2 Very positive")),
)
LINK_KINDS: Choices = (
    (LinkKind.FLOW, QT_TRANSLATE_NOOP("Inspector", "Flow")),
    (LinkKind.CHANNEL_SWITCH, QT_TRANSLATE_NOOP("Inspector", "Channel switch")),
)

_TOUCH = frozenset({CardKind.TOUCHPOINT})
_PAIN = frozenset({CardKind.PAIN_POINT})
_OPPORTUNITY = frozenset({CardKind.OPPORTUNITY})
_NAME = QT_TRANSLATE_NOOP("Inspector", "Name")
_LABEL = QT_TRANSLATE_NOOP("Inspector", "Label")
_KIND = QT_TRANSLATE_NOOP("Inspector", "Kind")
_DESCRIPTION = QT_TRANSLATE_NOOP("Inspector", "Description")
_COLOUR = QT_TRANSLATE_NOOP("Inspector", "Colour")

FORMS: dict[type[Entity], tuple[FieldSpec, ...]] = {
    Journey: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("description", _DESCRIPTION, "text"),
        FieldSpec("persona_id", QT_TRANSLATE_NOOP("Inspector", "Persona"), "persona"),
    ),
    Card: (
        FieldSpec("text", QT_TRANSLATE_NOOP("Inspector", "Text"), "text"),
        FieldSpec("kind", _KIND, "fixed", choices=CARD_KINDS),
        FieldSpec("color", _COLOUR, "color", optional=True),
        FieldSpec("channel", QT_TRANSLATE_NOOP("Inspector", "Channel"), "line", _TOUCH),
        FieldSpec("category", QT_TRANSLATE_NOOP("Inspector", "Category"), "choice", _TOUCH,
                  CATEGORIES),
        FieldSpec("mode", QT_TRANSLATE_NOOP("Inspector", "Mode"), "choice", _TOUCH, MODES),
        FieldSpec("owner", QT_TRANSLATE_NOOP("Inspector", "Owner"), "line", _TOUCH | _OPPORTUNITY),
        FieldSpec("moment_of_truth", QT_TRANSLATE_NOOP("Inspector", "Moment of truth"), "check",
                  _TOUCH),
        FieldSpec("exit_point", QT_TRANSLATE_NOOP("Inspector", "Exit point"), "check", _TOUCH),
        FieldSpec("exit_reason", QT_TRANSLATE_NOOP("Inspector", "Exit reason"), "lines", _TOUCH,
                  enabled_by="exit_point"),
        FieldSpec("frequency", QT_TRANSLATE_NOOP("Inspector", "Frequency"), "choice", _PAIN,
                  RATINGS),
        FieldSpec("severity", QT_TRANSLATE_NOOP("Inspector", "Severity"), "choice", _PAIN, RATINGS),
        FieldSpec("impact", QT_TRANSLATE_NOOP("Inspector", "Impact"), "choice", _OPPORTUNITY,
                  RATINGS),
        FieldSpec("effort", QT_TRANSLATE_NOOP("Inspector", "Effort"), "choice", _OPPORTUNITY,
                  RATINGS),
    ),
    Stage: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("description", _DESCRIPTION, "text"),
        FieldSpec("goal", QT_TRANSLATE_NOOP("Inspector", "Goal"), "line"),
        FieldSpec("color", _COLOUR, "color"),
        FieldSpec("width", QT_TRANSLATE_NOOP("Inspector", "Width"), "number", low=STAGE_WIDTH[0], high=STAGE_WIDTH[1]),
    ),
    Lane: (
        FieldSpec("name", _NAME, "line"),
        FieldSpec("kind", _KIND, "fixed", choices=LANE_KINDS),
        FieldSpec("height", QT_TRANSLATE_NOOP("Inspector", "Height"), "number", low=LANE_HEIGHT[0], high=LANE_HEIGHT[1]),
    ),
    EmotionMarker: (
        FieldSpec("score", QT_TRANSLATE_NOOP("Inspector", "Score"), "choice", choices=SCORES),
        FieldSpec("label", _LABEL, "line"),
    ),
    Link: (
        FieldSpec("kind", _KIND, "choice", choices=LINK_KINDS),
        FieldSpec("label", _LABEL, "line"),
    ),
}
TITLES: dict[type[Entity], str] = {
    Journey: QT_TRANSLATE_NOOP("Inspector", "Journey"),
    Stage: QT_TRANSLATE_NOOP("Inspector", "Stage"),
    Lane: QT_TRANSLATE_NOOP("Inspector", "Lane"),
    EmotionMarker: QT_TRANSLATE_NOOP("Inspector", "Emotion marker"),
    Link: QT_TRANSLATE_NOOP("Inspector", "Link"),
}
UPDATES: dict[type[Entity], Callable[..., Edit]] = {
    Journey: commands.update_journey, Card: commands.update_card, Stage: commands.update_stage,
    Lane: commands.update_lane, EmotionMarker: commands.update_marker, Link: commands.update_link,
}


def _choice_index(choices: Choices, value: object) -> int:
    return next((i for i, (choice, _) in enumerate(choices) if choice == value), 0)


class _TextField(QPlainTextEdit):
    """A multi-line text field that reports ``editing_finished`` when it loses focus."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()


class _GrowingTextField(_TextField):
    """A word-wrapped text field as tall as its text (from ``LINES`` lines): nothing is cut off."""

    LINES = (2, 8)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        low, high = self.LINES
        lines = max(low, min(high, round(self.document().documentLayout().documentSize().height())))
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * round(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2 * self.frameWidth())
        if self.height() != height:
            self.setFixedHeight(height)


class _Page(QWidget):
    """The form of one entity type; remembers which entity it shows and the values it filled."""

    def __init__(self, specs: tuple[FieldSpec, ...]) -> None:
        super().__init__()
        self.specs = specs
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.widgets: dict[str, QWidget] = {}
        self.io: dict[str, tuple[Reader, Writer]] = {}
        self.entity_id = ""
        self.shown: dict[str, object] = {}  # the entity's values last put in the form
        self.echo: dict[str, object] = {}  # what the widgets gave back then (text is normalised)


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
        self._pages = {cls: self._build_page(specs) for cls, specs in FORMS.items()}
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
        return page.entity_id if isinstance(page, _Page) else ""

    def field(self, name: str) -> QWidget | None:
        """The widget editing ``name`` in the form shown now (None if it has no such field)."""
        page = self._stack.currentWidget()
        return page.widgets.get(name) if isinstance(page, _Page) else None

    def main_widget(self) -> QWidget | None:
        """The first field of the form shown (what F6 focuses); None while a message is shown."""
        page = self._stack.currentWidget()
        return next(iter(page.widgets.values()), None) if isinstance(page, _Page) else None

    def refresh(self) -> None:
        """Show the current selection (or the shown journey) with the values the document holds."""
        self._show(force=True)

    def commit(self, name: str, value: object) -> bool:
        """Set one field of the shown entity through the editor; False if nothing was done."""
        page = self._stack.currentWidget()
        return isinstance(page, _Page) and self._commit(page, name, value)

    def finish_editing(self) -> None:
        """Commit what is typed but not yet finished in the focused field (call before closing)."""
        page = self._stack.currentWidget()
        if isinstance(page, _Page):
            self._flush(page)

    def set_color(self, color: QColor) -> bool:
        """Give the shown card or stage ``color`` (what the colour button does after its dialog)."""
        return color.isValid() and self.commit("color", color.name())

    # ----- building the forms

    def _build_page(self, specs: tuple[FieldSpec, ...]) -> _Page:
        page = _Page(specs)
        for spec in specs:
            widget, reader, writer = self._make_field(page, spec)
            widget.setAccessibleName(self.tr(spec.label))
            label = QLabel(self.tr(spec.label))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(widget)
            page.form.addRow(label, widget)
            page.widgets[spec.name] = widget
            page.io[spec.name] = reader, writer
        return page

    def _make_field(self, page: _Page, spec: FieldSpec) -> tuple[QWidget, Reader, Writer]:
        def finished(*_: object) -> None:
            self._edited(page, spec)

        if spec.editor == "line":
            line = QLineEdit()
            line.editingFinished.connect(finished)

            def write_line(value: str) -> None:
                line.setText(value)
                line.setCursorPosition(0)

            return line, line.text, write_line
        if spec.editor == "lines":
            grown = _GrowingTextField()
            grown.editing_finished.connect(finished)
            return grown, grown.toPlainText, grown.setPlainText
        if spec.editor == "text":
            text = _TextField()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 5 + 12)
            text.editing_finished.connect(finished)
            return text, text.toPlainText, text.setPlainText
        if spec.editor == "number":
            spin = QSpinBox()
            spin.setRange(spec.low, spec.high)
            spin.editingFinished.connect(finished)
            return spin, spin.value, spin.setValue
        if spec.editor == "check":
            check = QCheckBox()
            check.toggled.connect(finished)
            return check, check.isChecked, check.setChecked
        if spec.editor in ("choice", "persona"):
            return self._make_combo(spec, finished)
        if spec.editor == "color":
            return self._make_color(spec)
        fixed = QLabel()
        fixed.setTextFormat(Qt.TextFormat.PlainText)
        return fixed, lambda: None, lambda value: fixed.setText(
            self._choice_text(spec.choices[_choice_index(spec.choices, value)][1]))

    def _choice_text(self, text: str) -> str:
        return t(text) if text in _KIND_NAMES else self.tr(text)

    def _make_combo(self, spec: FieldSpec, finished: Callable[..., None]
                    ) -> tuple[QWidget, Reader, Writer]:
        combo = QComboBox()
        # Sized by a few characters, not the longest choice, so the panel can stay narrow.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for _, text in spec.choices:
            combo.addItem(self._choice_text(text))
        combo.currentIndexChanged.connect(finished)
        if spec.editor == "persona":
            return combo, lambda: combo.currentData() or None, lambda value: self._fill_personas(
                combo, value)
        return combo, lambda: spec.choices[max(0, combo.currentIndex())][0], lambda value: (
            combo.setCurrentIndex(_choice_index(spec.choices, value)))

    def _fill_personas(self, combo: QComboBox, persona_id: object) -> None:
        combo.clear()
        combo.addItem(self.tr(NONE), "")
        for persona in self.editor.document.personas():
            combo.addItem(persona.name or self.tr("(unnamed persona)"), persona.id)
        combo.setCurrentIndex(max(0, combo.findData(persona_id or "")))

    def _make_color(self, spec: FieldSpec) -> tuple[QWidget, Reader, Writer]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton()
        button.setAccessibleName(self.tr("Choose a colour"))
        button.clicked.connect(self._choose_color)
        row.addWidget(button, 1)
        reset = QToolButton()
        reset.setText(self.tr("Default"))
        reset.setAccessibleName(self.tr("Use the default colour"))
        reset.clicked.connect(lambda: self.commit(spec.name, ""))
        reset.setVisible(spec.optional)
        row.addWidget(reset)

        def write(color: str) -> None:
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(color) if color else Qt.GlobalColor.transparent)
            button.setIcon(QIcon(pixmap))
            button.setText(color or self.tr("(default)"))
            button.setProperty("color", color)
            reset.setEnabled(bool(color))

        return box, lambda: button.property("color"), write

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
            if isinstance(current, _Page) and (entity is None or entity.id != current.entity_id):
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

    def _fill(self, page: _Page, entity: Entity, force: bool) -> None:
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

    def _flush(self, page: _Page) -> None:
        """Commit values typed but not yet finished (only fields that differ make an edit)."""
        for spec in page.specs:
            if spec.name in page.widgets:
                self._edited(page, spec)

    def _shown_changed(self, *_: object) -> None:
        self._show()

    def _previewed(self, entity_id: str, entity: Entity | None) -> None:
        """A drag under way shows its values here (no edit); when it ends, the document's again."""
        page = self._stack.currentWidget()
        if not isinstance(page, _Page) or page.entity_id != entity_id:
            return
        if entity is None:
            self._show(force=True)
        else:
            self._fill(page, entity, force=False)

    def _document_changed(self, changes: tuple[Change, ...]) -> None:
        page = self._stack.currentWidget()
        relevant = not isinstance(page, _Page) or any(
            c.entity.id == page.entity_id or isinstance(c.entity, Persona)
            or c.before is None or c.after is None for c in changes)
        if relevant:
            self._show()

    # ----- editing

    def _edited(self, page: _Page, spec: FieldSpec) -> None:
        value = page.io[spec.name][0]()
        if value != page.echo.get(spec.name, _UNSET):  # only what the person changed
            self._commit(page, spec.name, value)

    def _commit(self, page: _Page, name: str, value: object) -> bool:
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

