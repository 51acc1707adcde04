"""The Personas panel's evidence: the selected persona's confidence and its evidence items."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from journeydesk.core.evidence import confidence, evidence_of
from journeydesk.core.model import Persona
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.evidence_editor import EvidenceList, confidence_text
from journeydesk.ui.panels.inspector_lists import plain_label


class PersonaEvidence(QWidget):
    """The evidence of one persona (Add…, Edit…, Remove, each one undo step); disabled, with a hint, without
    one."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.persona_id = ""
        self.confidence = plain_label()
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.confidence_label = plain_label(self.tr("Confidence"))
        self.evidence = EvidenceList(editor)
        self.evidence.no_owner_text = self.tr("Select a persona to see its evidence.")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.confidence_label, self.confidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        editor.document_changed.connect(self._show_confidence)
        editor.project_changed.connect(self._show_confidence)
        self.show_persona("")

    def show_persona(self, persona_id: str) -> None:
        """Show the evidence of the persona ``persona_id``; '' (nothing selected) disables the list."""
        self.persona_id = persona_id
        self.evidence.show_owner(persona_id)
        self._show_confidence()

    def _show_confidence(self, *_: object) -> None:
        document = self.editor.document
        chosen = document.get(Persona, self.persona_id) is not None
        self.evidence.setEnabled(chosen)
        self.confidence_label.setVisible(chosen)
        self.confidence.setVisible(chosen)
        if chosen:
            self.confidence.setText(confidence_text(confidence(evidence_of(document, self.persona_id))))
