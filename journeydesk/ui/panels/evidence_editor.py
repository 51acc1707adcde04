"""Evidence in the inspector and the Personas panel: a card's status and confidence, and the items of a card,
stage or persona."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core.enums import EvidenceStatus, SourceType
from journeydesk.core.evidence import (
    Backing,
    card_backing,
    confidence_name,
    evidence_of,
    source_type_name,
    status_name,
)
from journeydesk.core.evidence_commands import (
    add_evidence,
    delete_evidence,
    set_evidence_status,
    update_evidence,
)
from journeydesk.core.model import Card, Evidence, Persona, Stage
from journeydesk.i18n import t
from journeydesk.imports.values import parse_date
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector_lists import FormDialog, ItemList, plain_label, shortened


def capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]


def confidence_text(backing: Backing) -> str:
    """“High confidence (3 items, 3 kinds of source)”, or “No evidence”."""
    level = capitalized(confidence_name(backing.confidence))
    if not backing.items:
        return level
    count = t("1 item") if backing.items == 1 else t("{n} items", n=backing.items)
    kinds = t("1 kind of source") if backing.source_types == 1 else t("{n} kinds of source",
                                                                      n=backing.source_types)
    return QCoreApplication.translate("CardEvidence", "{confidence} ({items}, {kinds})").format(
        confidence=level, items=count, kinds=kinds)


class EvidenceDialog(FormDialog):
    """The fields of one evidence item: text, source, kind of source, date and participant."""

    def __init__(self, item: Evidence | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add evidence") if item is None else self.tr("Edit evidence"), parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)
        self.source = QLineEdit()
        self.source_type = QComboBox()
        for kind in SourceType:
            self.source_type.addItem(source_type_name(kind), kind)
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024-03-31")
        self.participant = QLineEdit()
        self.add_row(self.tr("&Text"), self.text)
        self.add_row(self.tr("&Source"), self.source)
        self.add_row(self.tr("&Kind of source"), self.source_type)
        self.add_row(self.tr("&Date"), self.date)
        self.add_row(self.tr("&Participant"), self.participant)
        if item is not None:
            self.text.setPlainText(item.text)
            self.source.setText(item.source)
            self.source_type.setCurrentIndex(max(0, self.source_type.findData(item.source_type)))
            self.date.setText(item.date)
            self.participant.setText(item.participant)
        self.resize(440, self.sizeHint().height())

    def read(self) -> tuple[dict[str, object], str, QWidget | None]:
        text = self.text.toPlainText().strip()
        if not text:
            return {}, self.tr("Write the quote or finding in Text."), self.text
        written = self.date.text().strip()
        day = ""
        if written:
            try:
                parsed = parse_date(written, "ymd")
            except ValueError:
                return {}, self.tr(
                    "Date: “{text}” is not a date. Write it like 2024-03-31, or leave it empty."
                                   ).format(text=written), self.date
            day = (parsed.date() if isinstance(parsed, datetime) else parsed).isoformat()
        values = {"text": text, "source": self.source.text().strip(),
                  "source_type": self.source_type.currentData(), "date": day,
                  "participant": self.participant.text().strip()}
        return values, "", None


class EvidenceList(ItemList):
    """The evidence items of one card, stage or persona, with Add…, Edit… and Remove (each one undo step)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, self.tr("Evidence"),
                         self.tr("No evidence yet. Add a quote or a finding with Add…"), parent)
        self.owner_id = ""

    def show_owner(self, owner_id: str) -> None:
        self.owner_id = owner_id
        self.refresh()

    def has_owner(self) -> bool:
        return isinstance(self.editor.document.find(self.owner_id), Card | Stage | Persona)

    def rows(self) -> Sequence[tuple[str, str, str]]:
        if not self.has_owner():
            return []
        found = []
        for item in evidence_of(self.editor.document, self.owner_id):
            about = " · ".join(part for part in (item.source, source_type_name(item.source_type), item.date)
                               if part)
            tip = "\n".join(part for part in (item.text, about, item.participant) if part)
            found.append((item.id, f"{shortened(item.text)}\n{about}", tip))
        return found

    def add(self) -> None:
        dialog = EvidenceDialog(None, self)
        if not dialog.exec():
            return
        values = dict(dialog.values)
        text = str(values.pop("text"))
        owner_id = self.owner_id
        before = {item.id for item in evidence_of(self.editor.document, owner_id)}
        if self.editor.run(lambda doc: add_evidence(doc, owner_id, text, **values)):
            added = [item.id for item in evidence_of(self.editor.document, owner_id) if item.id not in before]
            self.select(added[0] if added else "")

    def edit(self) -> None:
        item = self.editor.document.get(Evidence, self.current_id)
        if item is None or self.editor.read_only:
            return
        dialog = EvidenceDialog(item, self)
        if dialog.exec():
            values = dialog.values
            changed = {name: value for name, value in values.items() if getattr(item, name) != value}
            if changed:
                self.editor.run(lambda doc: update_evidence(doc, item.id, **changed))

    def delete_item(self, item_id: str) -> bool:
        return self.editor.run(lambda doc: delete_evidence(doc, [item_id]))


class CardEvidence(QWidget):
    """A card's evidence status (observed, assumed, proposed), its confidence and its evidence items."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.card_id = ""
        self.status = QComboBox()
        for status in EvidenceStatus:
            self.status.addItem(capitalized(status_name(status)), status)
        self.status.setAccessibleName(self.tr("Evidence status"))
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.confidence = plain_label()
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.evidence = EvidenceList(editor)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        status_label = plain_label(self.tr("Evidence &status"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        form.addRow(plain_label(self.tr("Confidence")), self.confidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.evidence)
        editor.document_changed.connect(self._changed)

    def show_entity(self, card: Card) -> None:
        self.card_id = card.id
        self.evidence.show_owner(card.id)
        self._changed()

    def _changed(self, *_: object) -> None:
        card = self.editor.document.get(Card, self.card_id)
        if card is None:
            return
        blocked = self.status.blockSignals(True)
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(card.evidence_status)))
        finally:
            self.status.blockSignals(blocked)
        self.status.setEnabled(not self.editor.read_only)
        self.confidence.setText(confidence_text(card_backing(self.editor.document, card.id)))

    def _status_chosen(self, _index: int) -> None:
        card = self.editor.document.get(Card, self.card_id)
        chosen = self.status.currentData()
        if card is not None and chosen != card.evidence_status:
            card_id = card.id
            if not self.editor.run(lambda doc: set_evidence_status(doc, [card_id], chosen)):
                self._changed()
