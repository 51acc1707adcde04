"""JourneyScene's evidence views: cards' confidence pills, Show Assumptions, and the KPIs in stage headers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from journeydesk.core.evidence import Backing
from journeydesk.core.layout import Metrics
from journeydesk.figures.kpis import KpiFigure
from journeydesk.ui.canvas.evidence_badge import card_backings
from journeydesk.ui.canvas.items import CardItem
from journeydesk.ui.canvas.stage_kpis import StageKpisItem, header_height


class EvidenceViews:
    """Mixed into JourneyScene: uses its document, journey_id, cards, headers, revision and _current."""

    show_assumptions = False
    _backings: Mapping[str, Backing] = MappingProxyType({})  # replaced whole, never changed in place
    _stage_kpis: Mapping[str, list[KpiFigure]] = MappingProxyType({})
    _evidence_shown: tuple[dict[str, Backing], bool] | None = None

    def set_show_assumptions(self, on: bool) -> None:
        """Shade every card without evidence (a way of looking, not an edit)."""
        if on != self.show_assumptions:
            self.show_assumptions = on
            self._sync_evidence()
            self.revision += 1

    def set_stage_kpis(self, figures: Sequence[KpiFigure]) -> None:
        """The journey's KPI figures (as the scorecard computes them); its stages' show in their headers."""
        by_stage: dict[str, list[KpiFigure]] = {}
        for figure in figures:
            if figure.stage is not None:
                by_stage.setdefault(figure.stage.id, []).append(figure)
        if by_stage != self._stage_kpis:
            self._stage_kpis = by_stage
            self._current = False

    def layout_metrics(self) -> Metrics:
        """The canvas's sizes: stage headers grow when a stage has KPIs to show."""
        lines = max((len(figures) for figures in self._stage_kpis.values()), default=0)
        return Metrics(stage_header_height=header_height(lines))

    def show_evidence_of(self, item: CardItem) -> None:
        backing = self._backings.get(item.entity_id)
        item.set_evidence(backing, self.show_assumptions and backing is None)

    def _sync_evidence(self) -> None:
        """Pills and shading after an edit; new card items took theirs when made (``show_evidence_of``)."""
        backings = card_backings(self.document, self.journey_id) if self.layout is not None else {}
        if (backings, self.show_assumptions) == self._evidence_shown:
            return  # nothing to visit on a 10,000-card map when no evidence changed
        self._backings = backings
        self._evidence_shown = (backings, self.show_assumptions)
        for item in self.cards.values():
            self.show_evidence_of(item)

    def _sync_stage_kpis(self) -> None:
        for stage_id, header in self.headers.items():
            if not header.is_stage:
                continue
            figures = self._stage_kpis.get(stage_id, [])
            kpis: StageKpisItem | None = getattr(header, "kpis_item", None)
            if kpis is None and figures:
                kpis = header.kpis_item = StageKpisItem(header)
            if kpis is not None:
                kpis.set_figures(figures, header.rect.width())
