"""The inspector's part for a selected link: the two cards it joins, “from → to”."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel


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
