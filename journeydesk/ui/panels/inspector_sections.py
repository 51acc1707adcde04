"""The inspector's parts below the fields: evidence on cards and stages, KPIs on stages and the journey."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from journeydesk.core.entity import Entity
from journeydesk.core.model import Card, Journey, Stage
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.evidence_editor import CardEvidence, EvidenceList
from journeydesk.ui.panels.kpi_editor import KpiList


class StageSection(QWidget):
    """A stage's evidence items and KPIs."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = EvidenceList(editor)
        self.kpis = KpiList(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.evidence)
        layout.addWidget(self.kpis)

    def show_entity(self, stage: Stage) -> None:
        self.evidence.show_owner(stage.id)
        self.kpis.show_owner(stage.journey_id, stage.id)


class JourneySection(QWidget):
    """The journey's own KPIs."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpis = KpiList(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kpis)

    def show_entity(self, journey: Journey) -> None:
        self.kpis.show_owner(journey.id, None)


def inspector_sections(editor: Editor) -> dict[type[Entity], CardEvidence | StageSection | JourneySection]:
    return {Card: CardEvidence(editor), Stage: StageSection(editor), Journey: JourneySection(editor)}
