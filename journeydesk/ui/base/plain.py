"""Text from a project shown as plain text: Qt guesses rich text from a leading tag and would load images it
names."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QStaticText
from PySide6.QtWidgets import QMessageBox, QWidget

# A tooltip longer than this is cut: a 20,000-character card text would fill the screen.
TOOLTIP_CHARS = 2000


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (escaped, so Qt's rich-text guess cannot make it markup)."""
    if not text:
        return ""
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + "…"
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_static(text: str) -> QStaticText:
    """A QStaticText that draws ``text`` as it is, never as markup."""
    static = QStaticText()
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setText(text)
    return static


def show_message(parent: QWidget | None, title: str, text: str, *,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """A message box whose text (it may name files and project entries) is shown as plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
