"""The Scorecard panel: the shown journey's KPIs with baseline, current value, target and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.figures.kpis import KpiFigure, KpiStatus, scorecard, status_name
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.panel_actions import panel_action

STAGE_ROLE = Qt.ItemDataRole.UserRole
# Mid-tone colours stay readable on light and dark backgrounds; the mark and the word carry the meaning too.
_MARKS = {KpiStatus.ON_TARGET: ("✓", QColor("#2f9e55")), KpiStatus.OFF_TARGET: ("✗", QColor("#d9534f")),
          KpiStatus.NO_DATA: ("–", QColor("#8a8a8a"))}


class ScorecardPanel(QWidget):
    """KPIs grouped by stage in map order, the journey's own first, with a summary line."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("Stage"), self.tr("KPI"), self.tr("Current"), self.tr("Baseline"),
                                    self.tr("Target"), self.tr("Direction"), self.tr("Status"),
                                    self.tr("Owner"), self.tr("Data source")])
        self.table.setAccessibleName(self.tr("Scorecard"))
        self.table.itemActivated.connect(self._activated)
        self.table.addAction(panel_action(self.table, self.tr("Copy Scorecard"),
                                          self.tr("Copy the scorecard as tab-separated text"), self.copy,
                                          QKeySequence(QKeySequence.StandardKey.Copy)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        editor.project_changed.connect(self.refresh)
        editor.journey_changed.connect(lambda _journey: self.refresh())
        editor.document_changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def _figures(self) -> list[KpiFigure]:
        if not self.editor.journey_id:
            return []
        store = self.editor.store
        return scorecard(self.editor.document, store.data if store is not None else None,
                         self.editor.journey_id)

    def refresh(self) -> None:
        self.table.clear()
        found = self._figures()
        for figure in found:
            mark, colour = _MARKS[figure.status]
            item = QTreeWidgetItem([
                figure.stage.name if figure.stage is not None else self.tr("Whole journey"), figure.kpi.name,
                figure.shown(figure.current), figure.shown(figure.kpi.baseline),
                figure.shown(figure.kpi.target), "↑" if figure.kpi.direction == "up" else "↓",
                f"{mark} {status_name(figure.status)}", figure.kpi.owner, figure.kpi.data_source or "–"])
            item.setForeground(6, QBrush(colour))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if figure.problem:
                item.setToolTip(2, figure.problem)
            item.setData(0, STAGE_ROLE, figure.stage.id if figure.stage is not None else "")
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.summary.setText(self._summary(found))

    def _summary(self, found: list[KpiFigure]) -> str:
        if not self.editor.journey_id:
            return self.tr("Open a project to see its KPIs.")
        if not found:
            return self.tr("This journey has no KPIs yet. Add one in a stage's inspector, or with "
                           "“journeydesk kpi” on the command line.")
        on = sum(f.status == KpiStatus.ON_TARGET for f in found)
        off = sum(f.status == KpiStatus.OFF_TARGET for f in found)
        return self.tr("{0} of {1} KPIs on target, {2} off target, {3} without data").format(
            on, len(found), off, len(found) - on - off)

    def _activated(self, item: QTreeWidgetItem) -> None:
        stage_id = item.data(0, STAGE_ROLE)
        if stage_id:
            self.editor.select([stage_id])

    def rows(self) -> list[list[str]]:
        return [[self.table.topLevelItem(r).text(c) for c in range(self.table.columnCount())]
                for r in range(self.table.topLevelItemCount())]

    def copy(self) -> None:
        header = [self.table.headerItem().text(c) for c in range(self.table.columnCount())]
        lines = ["\t".join(cells) for cells in [header, *self.rows()]]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
