"""The inspector's part for a selected link: the two cards it joins, “from → to”."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from journeydesk.core.document import Document
from journeydesk.core.model import Card, Link


def add_link_ends_row(form: QFormLayout) -> QLabel:
    """A read-only first row on the link form naming the cards the link joins."""
    ends = QLabel()
    ends.setTextFormat(Qt.TextFormat.PlainText)
    ends.setWordWrap(True)
    ends.setAccessibleName(QCoreApplication.translate("Inspector", "Joins"))
    label = QLabel(QCoreApplication.translate("Inspector", "Joins"))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(ends)
    form.insertRow(0, label, ends)
    return ends


def link_ends_text(document: Document, link: Link) -> str:
    """“Source card text → target card text”, each cut to one short line."""
    def name(card_id: str) -> str:
        card = document.get(Card, card_id)
        text = " ".join(card.text.split()) if card is not None else ""
        text = text or QCoreApplication.translate("Inspector", "(card without text)")
        return text if len(text) <= 60 else text[:59] + "…"

    return f"{name(link.source_id)} → {name(link.target_id)}"
