"""The persona editor dialog."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit
from journeydesk.core.model import Persona
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.persona_pictures import (
    AvatarError,
    avatar_pixmap,
    load_avatar,
    stored_avatar,
)

LIST_FIELDS = ("goals", "needs", "frustrations", "channels")
FIRST_TIME_CHOICES: tuple[bool | None, ...] = (None, True, False)  # the order of the combo's entries

translate = QCoreApplication.translate


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _as_shown(value: object) -> object:
    """A stored value as it comes back from the dialog's widgets untouched."""
    if isinstance(value, tuple):
        return _lines("\n".join(value))
    return value.strip() if isinstance(value, str) else value


class PersonaDialog(QDialog):
    """Edits one persona (a new one when ``persona_id`` is None); OK applies it through the editor.

    Changed fields go in one ``update_persona`` edit (``add_persona`` for a new persona) and a
    changed picture in one ``set_avatar`` edit. ``choose_file() -> str`` and ``warn(text)``
    are attributes so tests can replace the file chooser and the message box.
    """

    def __init__(self, editor: Editor, persona_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.persona: Persona | None = editor.document.get(Persona, persona_id)
        self.persona_id = self.persona.id if self.persona else ""
        self.avatar_changed = False
        self.avatar_data: bytes | None = None
        self.choose_file: Callable[[], str] = self._ask_file
        self.warn: Callable[[str], None] = self._show_warning
        self.setWindowTitle(self.tr("Edit persona") if self.persona else self.tr("New persona"))

        self.name_edit = self._line(self.tr("Name"))
        self.role_edit = self._line(self.tr("Role"))
        self.description_edit = self._text(self.tr("Description"),
                                           self.tr("Who they are, in as many lines as you need"), 7)
        self.age_spin = QSpinBox()
        self.age_spin.setRange(-1, 150)
        self.age_spin.setSpecialValueText(self.tr("Not given"))
        self.age_spin.setAccessibleName(self.tr("Age"))
        self.location_edit = self._line(self.tr("Location"))
        self.quote_edit = self._text(self.tr("Quote"),
                                     self.tr("What they might say, in their words"))
        self.list_edits = {
            "goals": self._text(self.tr("Goals"), self.tr("One goal per line")),
            "needs": self._text(self.tr("Needs"), self.tr("One need per line")),
            "frustrations": self._text(self.tr("Frustrations"),
                                       self.tr("One frustration per line")),
            "channels": self._text(self.tr("Preferred channels"), self.tr("One channel per line")),
        }
        self.source_edit = self._line(self.tr("Source"))
        self.source_edit.setPlaceholderText(
            self.tr("Where this persona comes from (research, interviews…)"))
        self.first_time_combo = QComboBox()
        self.first_time_combo.addItems([self.tr("Not stated"), self.tr("First-time customer"),
                                        self.tr("Returning customer")])
        self.first_time_combo.setAccessibleName(self.tr("First-time or returning customer"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Age:"), self.age_spin)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("&Quote:"), self.quote_edit)
        form.addRow(self.tr("&Goals:"), self.list_edits["goals"])
        form.addRow(self.tr("N&eeds:"), self.list_edits["needs"])
        form.addRow(self.tr("&Frustrations:"), self.list_edits["frustrations"])
        form.addRow(self.tr("&Channels:"), self.list_edits["channels"])
        form.addRow(self.tr("&Source:"), self.source_edit)
        form.addRow(self.tr("C&ustomer:"), self.first_time_combo)

        self.avatar_label = QLabel()
        self.avatar_label.setFixedSize(QSize(128, 128))
        self.avatar_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar_label.setAccessibleName(self.tr("Picture"))
        self.choose_button = QPushButton(self.tr("Choose picture…"))
        self.choose_button.setAccessibleName(self.tr("Choose picture"))
        self.choose_button.setToolTip(
            self.tr("Use a PNG, JPEG, GIF, BMP or WebP file of up to 10 MB"))
        self.choose_button.clicked.connect(self.choose_picture)
        self.remove_button = QPushButton(self.tr("Remove picture"))
        self.remove_button.setAccessibleName(self.tr("Remove picture"))
        self.remove_button.clicked.connect(self.remove_picture)
        side = QVBoxLayout()
        side.addWidget(self.avatar_label)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(side)
        top.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self._fill(self.persona or Persona(""))

    # ----- widgets

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def _text(self, name: str, hint: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _fill(self, persona: Persona) -> None:
        self.name_edit.setText(persona.name)
        self.role_edit.setText(persona.role)
        self.description_edit.setPlainText(persona.description)
        self.age_spin.setValue(-1 if persona.age is None else persona.age)
        self.location_edit.setText(persona.location)
        self.quote_edit.setPlainText(persona.quote)
        for field, edit in self.list_edits.items():
            edit.setPlainText("\n".join(getattr(persona, field)))
        self.source_edit.setText(persona.source)
        self.first_time_combo.setCurrentIndex(FIRST_TIME_CHOICES.index(persona.first_time))
        self._show_avatar()

    def _picture(self) -> bytes | None:
        if self.avatar_changed:
            return self.avatar_data
        return stored_avatar(self.editor.document, self.persona)

    def _show_avatar(self) -> None:
        data = self._picture()
        name = self.persona.name if self.persona else ""
        self.avatar_label.setPixmap(avatar_pixmap(data, self.persona_id, name, 128))
        self.remove_button.setEnabled(data is not None)

    # ----- values

    def values(self) -> dict[str, object]:
        """Every persona field the dialog shows, as the Persona would hold it."""
        age = self.age_spin.value()
        values: dict[str, object] = {
            "name": self.name_edit.text().strip(),
            "role": self.role_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "age": None if age < 0 else age,
            "location": self.location_edit.text().strip(),
            "quote": self.quote_edit.toPlainText().strip(),
            "source": self.source_edit.text().strip(),
            "first_time": FIRST_TIME_CHOICES[self.first_time_combo.currentIndex()],
        }
        for field, edit in self.list_edits.items():
            values[field] = _lines(edit.toPlainText())
        return values

    def changed_values(self) -> dict[str, object]:
        """The fields the user changed (all of them for a new persona).

        A stored value with stray spaces or blank lines that the user left alone is not a change.
        """
        persona = self.persona
        if persona is None:
            return self.values()
        return {k: v for k, v in self.values().items()
                if getattr(persona, k) != v and _as_shown(getattr(persona, k)) != v}

    # ----- the picture

    def _ask_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        return path

    def _show_warning(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Persona picture"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def choose_picture(self) -> bool:
        """Ask for a file and use it as the picture; a file that cannot be used changes nothing."""
        path = self.choose_file()
        if not path:
            return False
        try:
            data = load_avatar(path)
        except AvatarError as error:
            self.warn(str(error))
            return False
        self.avatar_data, self.avatar_changed = data, True
        self._show_avatar()
        return True

    def remove_picture(self) -> None:
        self.avatar_data, self.avatar_changed = None, True
        self._show_avatar()

    # ----- applying

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.warn(self.tr("A persona needs a name."))
            self.name_edit.setFocus()
            return
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        """Apply the changed fields as one edit and a changed picture as another."""
        changed = self.changed_values()
        if self.persona is None:
            added: list[Edit] = []

            name = str(changed.pop("name"))

            def add(doc: Document) -> Edit:
                added.append(commands.add_persona(doc, name, **changed))
                return added[-1]

            if not self.editor.run(add):
                return False
            self.persona_id = next(c.after.id for c in added[-1].changes
                                   if isinstance(c.after, Persona))
            self.persona = self.editor.document.get(Persona, self.persona_id)
        elif changed:
            if not self.editor.run(
                    lambda doc: commands.update_persona(doc, self.persona_id, **changed)):
                return False
            self.persona = self.editor.document.get(Persona, self.persona_id)
        data = self.avatar_data
        wanted = hashlib.sha256(data).hexdigest() if data is not None else None
        if self.avatar_changed and self.persona is not None and wanted != self.persona.avatar_id:
            return self.editor.run(
                lambda doc: commands.set_avatar(doc, self.persona_id, data, "image/png"))
        return True

