"""The inspector's form pages: one per entity type, each field a widget with a reader and a writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core.model import Persona
from journeydesk.ui.panels.inspector_fields import NONE, FieldSpec, choice_index, choice_text

translate = QCoreApplication.translate
Reader = Callable[[], Any]
Writer = Callable[[Any], None]


class TextField(QPlainTextEdit):
    """A multi-line text field that reports ``editing_finished`` when it loses focus."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()


class GrowingTextField(TextField):
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


class FormPage(QWidget):
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


@dataclass(frozen=True)
class FormHooks:
    """What the fields of a page call in the inspector."""

    edited: Callable[[FormPage, FieldSpec], None]  # a field's editing finished: commit it if it changed
    commit: Callable[[str, object], bool]  # set one field of the shown entity now
    choose_color: Callable[[], None]  # the colour button: ask for a colour and set it
    personas: Callable[[], list[Persona]]  # the project's personas, for the journey's persona choice


def build_page(specs: tuple[FieldSpec, ...], hooks: FormHooks) -> FormPage:
    page = FormPage(specs)
    for spec in specs:
        widget, reader, writer = _make_field(page, spec, hooks)
        widget.setAccessibleName(translate("Inspector", spec.label))
        label = QLabel(translate("Inspector", spec.label))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(widget)
        page.form.addRow(label, widget)
        page.widgets[spec.name] = widget
        page.io[spec.name] = reader, writer
    return page


def _make_field(page: FormPage, spec: FieldSpec, hooks: FormHooks) -> tuple[QWidget, Reader, Writer]:
    def finished(*_: object) -> None:
        hooks.edited(page, spec)

    if spec.editor == "line":
        line = QLineEdit()
        line.editingFinished.connect(finished)

        def write_line(value: str) -> None:
            line.setText(value)
            line.setCursorPosition(0)

        return line, line.text, write_line
    if spec.editor == "lines":
        grown = GrowingTextField()
        grown.editing_finished.connect(finished)
        return grown, grown.toPlainText, grown.setPlainText
    if spec.editor == "text":
        text = TextField()
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
        return _make_combo(spec, finished, hooks)
    if spec.editor == "color":
        return _make_color(spec, hooks)
    fixed = QLabel()
    fixed.setTextFormat(Qt.TextFormat.PlainText)
    return fixed, lambda: None, lambda value: fixed.setText(
        choice_text(spec.choices[choice_index(spec.choices, value)][1]))


def _make_combo(spec: FieldSpec, finished: Callable[..., None], hooks: FormHooks
                ) -> tuple[QWidget, Reader, Writer]:
    combo = QComboBox()
    # Sized by a few characters, not the longest choice, so the panel can stay narrow.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for _, text in spec.choices:
        combo.addItem(choice_text(text))
    combo.currentIndexChanged.connect(finished)
    if spec.editor == "persona":
        return combo, lambda: combo.currentData() or None, lambda value: _fill_personas(
            combo, value, hooks.personas())
    return combo, lambda: spec.choices[max(0, combo.currentIndex())][0], lambda value: (
        combo.setCurrentIndex(choice_index(spec.choices, value)))


def _fill_personas(combo: QComboBox, persona_id: object, personas: list[Persona]) -> None:
    combo.clear()
    combo.addItem(translate("Inspector", NONE), "")
    for persona in personas:
        combo.addItem(persona.name or translate("Inspector", "(unnamed persona)"), persona.id)
    combo.setCurrentIndex(max(0, combo.findData(persona_id or "")))


def _make_color(spec: FieldSpec, hooks: FormHooks) -> tuple[QWidget, Reader, Writer]:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    button = QPushButton()
    button.setAccessibleName(translate("Inspector", "Choose a colour"))
    button.clicked.connect(hooks.choose_color)
    row.addWidget(button, 1)
    reset = QToolButton()
    reset.setText(translate("Inspector", "Default"))
    reset.setAccessibleName(translate("Inspector", "Use the default colour"))
    reset.clicked.connect(lambda: hooks.commit(spec.name, ""))
    reset.setVisible(spec.optional)
    row.addWidget(reset)

    def write(color: str) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(color) if color else Qt.GlobalColor.transparent)
        button.setIcon(QIcon(pixmap))
        button.setText(color or translate("Inspector", "(default)"))
        button.setProperty("color", color)
        reset.setEnabled(bool(color))

    return box, lambda: button.property("color"), write
