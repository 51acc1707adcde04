"""Journey ▸ Compare…: pick a before and an after (journeys, snapshots, a journey's to-be) and see what
differs."""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesk.compare import (
    ADDED,
    CHANGED,
    JOURNEY,
    REMOVED,
    RENAMED,
    SNAPSHOT,
    CompareError,
    Comparison,
    Operand,
    compare,
    side,
)
from journeydesk.compare.words import (
    card_rows,
    emotion_text,
    gap_lists,
    outcome_text,
    status_word,
    summary_line,
)
from journeydesk.core.model import Journey
from journeydesk.figures import format_value
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.compare_chart import CompareChart
from journeydesk.ui.panels.compare_maps import STATUS_COLORS, CompareMaps


def _tint(color: QColor) -> QColor:
    tint = QColor(color)
    tint.setAlpha(80)
    return tint


# Translucent tints read on a light and on a dark base alike; the status is also written in the first column.
STATUS_TINTS = {status: _tint(STATUS_COLORS[status]) for status in (ADDED, REMOVED, CHANGED)}
STATUS_TINTS[RENAMED] = STATUS_TINTS[CHANGED]
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class RowsModel(QAbstractTableModel):
    """Rows of plain text, each tinted by its status (None: no tint)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.statuses: list[str | None] = []

    def set_rows(self, rows: list[tuple[str, ...]], statuses: list[str | None]) -> None:
        self.beginResetModel()
        self.rows, self.statuses = rows, statuses
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.rows[index.row()][index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_TINTS.get(self.statuses[index.row()] or "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def operand_choices(editor: Editor) -> list[tuple[str, Operand]]:
    """Everything that can be compared, named for a person: journeys (a to-be says whose), then snapshots."""
    doc = editor.document
    found = []
    for journey in doc.journeys():
        asis = doc.get(Journey, journey.future_of) if journey.future_of else None
        label = (translate("CompareView", "Journey: {0} (to-be of {1})").format(journey.name, asis.name)
                 if asis
                 else translate("CompareView", "Journey: {0}").format(journey.name))
        found.append((label, Operand(JOURNEY, journey.id)))
    for snapshot in doc.snapshots():
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(snapshot.taken_at))
        found.append((translate("CompareView", "Snapshot: {0} ({1})").format(snapshot.name, when),
                      Operand(SNAPSHOT, snapshot.id)))
    return found


def default_pair(editor: Editor) -> tuple[Operand, Operand] | None:
    """What to show first for the journey shown: it and its to-be, its as-is and it, or its last snapshot and
    it."""
    doc = editor.document
    journey = doc.get(Journey, editor.journey_id)
    if journey is None:
        return None
    here = Operand(JOURNEY, journey.id)
    futures = doc.future_states(journey.id)
    if futures:
        return here, Operand(JOURNEY, futures[0].id)
    if journey.future_of and doc.get(Journey, journey.future_of) is not None:
        return Operand(JOURNEY, journey.future_of), here
    snapshots = doc.snapshots(journey.id)
    if snapshots:
        return Operand(SNAPSHOT, snapshots[-1].id), here
    others = [j for j in doc.journeys() if j.id != journey.id]
    return (here, Operand(JOURNEY, others[0].id)) if others else None


def _table(headers: list[str], name: str) -> tuple[QTableView, RowsModel]:
    view = QTableView()
    model = RowsModel(headers, view)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model


class CompareView(QDialog):
    """The comparison of two states of journeys, computed once per choice, kept current as the project
    changes."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare"))
        self.resize(1100, 800)
        self.before = QComboBox()
        self.after = QComboBox()
        for box, name in ((self.before, self.tr("Before")), (self.after, self.tr("After"))):
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(28)
        swap = QPushButton(self.tr("S&wap"))
        swap.clicked.connect(self.swap)
        pick = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Before:"), self.before)
        pick.addLayout(form, 1)
        form = QFormLayout()
        form.addRow(self.tr("&After:"), self.after)
        pick.addLayout(form, 1)
        pick.addWidget(swap)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart = CompareChart()
        self.chart.setMinimumHeight(160)
        self.cards, self.card_model = _table([self.tr("Change"), self.tr("Kind"), self.tr("Card"),
                                              self.tr("Where"), self.tr("What changed")],
                                             self.tr("Card changes"))
        self.stages, self.stage_model = _table([self.tr("Stage"), self.tr("Change"),
                                                self.tr("Emotion before"), self.tr("Emotion after"),
                                                self.tr("Difference")],
                                               self.tr("Stages and emotion"))
        self.gaps, self.gap_model = _table([self.tr("Gap"), self.tr("Card"), self.tr("Stage")],
                                           self.tr("Gaps"))
        self.figures, self.figure_model = _table([self.tr("Metric"), self.tr("Stage or touchpoint"),
                                                  self.tr("Before"), self.tr("After"), self.tr("Difference")],
                                                 self.tr("Figures"))
        self.maps = CompareMaps()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.maps, self.tr("&Maps"))
        self.tabs.addTab(self.cards, self.tr("&Cards"))
        self.tabs.addTab(self.stages, self.tr("&Stages and emotion"))
        self.tabs.addTab(self.gaps, self.tr("&Gaps"))
        self.tabs.addTab(self.figures, self.tr("&Figures"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setSizes([180, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._fill_choices()
        chosen = default_pair(editor)
        if chosen is not None:
            self._set_sides(*chosen)
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        editor.document_changed.connect(self._document_changed)
        editor.project_changed.connect(self.close)
        self.finished.connect(lambda _result: self.maps.clear())
        self.refresh()

    def _fill_choices(self) -> None:
        for box in (self.before, self.after):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            for label, operand in operand_choices(self.editor):
                box.addItem(label, _key(operand))
            if kept is not None and box.findData(kept) >= 0:
                box.setCurrentIndex(box.findData(kept))
            box.blockSignals(False)

    def choose(self, before: Operand, after: Operand) -> None:
        """Show ``before`` against ``after``."""
        self._set_sides(before, after)
        self.refresh()

    def _set_sides(self, before: Operand, after: Operand) -> None:
        for box, operand in ((self.before, before), (self.after, after)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(_key(operand)))
            box.blockSignals(False)

    def swap(self) -> None:
        before, after = _operand(self.before.currentData()), _operand(self.after.currentData())
        if before is not None and after is not None:
            self.choose(after, before)

    def _document_changed(self, _changes: tuple) -> None:
        QTimer.singleShot(0, self, self._reload)

    def _reload(self) -> None:
        self._fill_choices()
        self.refresh()

    def refresh(self) -> None:
        """Compare the two chosen sides (once) and show every part of the result."""
        before, after = _operand(self.before.currentData()), _operand(self.after.currentData())
        self.comparison = None
        if before is None or after is None or self.editor.store is None:
            self._show(None, self.tr("Choose what to compare: a journey, its future state, or a snapshot."))
            return
        doc, data = self.editor.document, self.editor.store.data
        try:
            self.comparison = compare(side(doc, data, before), side(doc, data, after))
        except CompareError as error:
            self._show(None, str(error))
            return
        self._show(self.comparison, summary_line(self.comparison))
        self.maps.show_comparison(doc, self.comparison, before, after)

    def _show(self, found: Comparison | None, message: str) -> None:
        self.summary.setText(message)
        if found is None:
            for model in (self.card_model, self.stage_model, self.gap_model, self.figure_model):
                model.set_rows([], [])
            self.chart.clear()
            self.maps.clear()
            return
        rows = card_rows(found)
        self.card_model.set_rows([(status_word(r.status), r.kind, r.text, r.place, r.changes) for r in rows],
                                 [r.status for r in rows])
        self.stage_model.set_rows(
            [(s.name if s.status != RENAMED else f"{s.before} → {s.after}", status_word(s.status),
              emotion_text(s.emotion_before), emotion_text(s.emotion_after), emotion_text(s.emotion_delta))
             for s in found.stages], [s.status for s in found.stages])
        gaps, tints = [], []
        # Green for a gap closed (a pain point resolved, an opportunity realised), red for a new pain point.
        for (title, outcomes), tint in zip(gap_lists(found), (ADDED, REMOVED, ADDED), strict=True):
            gaps += [(title, *outcome_text(outcome)) for outcome in outcomes]
            tints += [tint] * len(outcomes)
        self.gap_model.set_rows(gaps, tints)
        figures = []
        for metric in found.metrics:
            for f in (*metric.stages, *metric.touchpoints):
                label = f.label if f.label == f.stage else f"{f.stage} · {f.label}"
                figures.append((metric.metric, label, _figure(f.before, f.n_before, metric.kind),
                                _figure(f.after, f.n_after, metric.kind),
                                "–" if f.delta is None else format_value(f.delta, metric.kind)))
        self.figure_model.set_rows(figures, [None] * len(figures))
        # Set widths, not resizeColumnsToContents: that asks for every row's text (a third of a second at
        # 2,000).
        em = self.fontMetrics().horizontalAdvance("M")
        for table, widths in ((self.cards, (7, 8, 24, 16)), (self.stages, (18, 8, 9, 9)),
                              (self.gaps, (14, 30)), (self.figures, (12, 24, 10, 10))):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width * em)
        self.chart.show_stages(found.stages, self.tr("Before: {0}").format(found.before.name),
                               self.tr("After: {0}").format(found.after.name))


def _key(operand: Operand) -> str:
    """A side as a combo box keeps it (Qt compares strings, not Python objects)."""
    return f"{operand.kind}:{operand.id}"


def _operand(key: object) -> Operand | None:
    if not isinstance(key, str) or ":" not in key:
        return None
    kind, _, found = key.partition(":")
    return Operand(kind, found)


def _figure(value: float | None, n: int, kind: object) -> str:
    return "–" if value is None else f"{format_value(value, kind)} (n={n})"  # type: ignore[arg-type]


def open_compare(editor: Editor, parent: QWidget) -> CompareView | None:
    """Journey ▸ Compare…: the compare window for the open project (one per main window, brought to the
    front)."""
    if not editor.has_project:
        return None
    view = getattr(parent, "compare_view", None)
    if view is None:
        view = CompareView(editor, parent)
        parent.compare_view = view  # type: ignore[attr-defined]
        view.finished.connect(lambda _result: setattr(parent, "compare_view", None))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
