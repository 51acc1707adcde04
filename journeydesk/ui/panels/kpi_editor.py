"""The inspector's KPIs of a stage or of the whole journey: list, status against target, and the KPI
dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journeydesk.core.enums import KpiDirection
from journeydesk.core.kpi_commands import delete_kpi, kpis_of, set_kpi, update_kpi
from journeydesk.core.model import Journey, Kpi, Stage
from journeydesk.core.snapshot import folded
from journeydesk.figures import metrics_in, scorecard
from journeydesk.figures.kpis import status_name
from journeydesk.imports.values import parse_number
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector_lists import FormDialog, ItemList

DIRECTIONS = (
    (KpiDirection.UP, QT_TRANSLATE_NOOP("KpiDialog", "Higher is better")),
    (KpiDirection.DOWN, QT_TRANSLATE_NOOP("KpiDialog", "Lower is better")),
)


def written(number: float | None) -> str:
    """A stored number as a person would type it back (45, not 45.0)."""
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() and abs(number) < 1e15 else repr(number)


class KpiDialog(FormDialog):
    """The fields of one KPI; its current value is an imported metric's (chosen by name) or typed in."""

    def __init__(self, kpi: Kpi | None, metrics: Sequence[str], taken: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add KPI") if kpi is None else self.tr("Edit KPI"), parent)
        self.taken = taken  # the folded names of the other KPIs in the same place
        self.name = QLineEdit()
        self.metric_choice = QComboBox()
        self.metric_choice.setEditable(True)
        self.metric_choice.addItems(list(metrics))
        self.metric_choice.setCurrentIndex(-1)
        self.metric_choice.lineEdit().setPlaceholderText(self.tr("an imported metric, or a number"))
        self.baseline = QLineEdit()
        self.target = QLineEdit()
        self.direction = QComboBox()
        for direction, text in DIRECTIONS:
            self.direction.addItem(QCoreApplication.translate("KpiDialog", text), direction)
        self.owner = QLineEdit()
        self.data_source = QLineEdit()
        self.add_row(self.tr("&Name"), self.name)
        self.add_row(self.tr("&Metric or value"), self.metric_choice)
        self.add_row(self.tr("&Baseline"), self.baseline)
        self.add_row(self.tr("&Target"), self.target)
        self.add_row(self.tr("&Direction"), self.direction)
        self.add_row(self.tr("&Owner"), self.owner)
        self.add_row(self.tr("Data &source"), self.data_source)
        if kpi is not None:
            self.name.setText(kpi.name)
            self.metric_choice.setEditText(kpi.metric or written(kpi.value))
            self.baseline.setText(written(kpi.baseline))
            self.target.setText(written(kpi.target))
            self.direction.setCurrentIndex(max(0, self.direction.findData(kpi.direction)))
            self.owner.setText(kpi.owner)
            self.data_source.setText(kpi.data_source)
        self.resize(420, self.sizeHint().height())

    def _number(self, field: QLineEdit, label: str) -> tuple[float | None, str]:
        text = field.text().strip()
        try:
            return parse_number(text) if text else None, ""
        except ValueError:
            return None, self.tr("{field}: “{text}” is not a number. Write it like 45 or 12.5.").format(
                field=label, text=text)

    def read(self) -> tuple[dict[str, object], str, QWidget | None]:
        name = self.name.text().strip()
        if not name:
            return {}, self.tr("Give the KPI a name."), self.name
        if folded(name) in self.taken:
            return {}, self.tr("There is already a KPI named “{name}” here.").format(name=name), self.name
        chosen = self.metric_choice.currentText().strip()
        try:
            value = parse_number(chosen) if chosen else None
            metric = ""
        except ValueError:
            value, metric = None, chosen
        baseline, problem = self._number(self.baseline, self.tr("Baseline"))
        if problem:
            return {}, problem, self.baseline
        target, problem = self._number(self.target, self.tr("Target"))
        if problem:
            return {}, problem, self.target
        if target is None:
            return {}, self.tr("Target: write the value this KPI should reach, like 45."), self.target
        values = {"name": name, "metric": metric, "value": value, "baseline": baseline, "target": target,
                  "direction": self.direction.currentData(), "owner": self.owner.text().strip(),
                  "data_source": self.data_source.text().strip()}
        return values, "", None


class KpiList(ItemList):
    """The KPIs of one stage, or the journey's own (no stage), each with current / target and status."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, self.tr("KPIs"), self.tr("No KPIs yet. Add one with Add…"), parent)
        self.journey_id = ""
        self.stage_id: str | None = None

    def show_owner(self, journey_id: str, stage_id: str | None) -> None:
        self.journey_id, self.stage_id = journey_id, stage_id
        self.refresh()

    def has_owner(self) -> bool:
        document = self.editor.document
        if self.stage_id is not None:
            return document.get(Stage, self.stage_id) is not None
        return document.get(Journey, self.journey_id) is not None

    def _kpis(self) -> list[Kpi]:
        return kpis_of(self.editor.document, self.journey_id, self.stage_id) if self.has_owner() else []

    def rows(self) -> Sequence[tuple[str, str, str]]:
        kpis = self._kpis()
        if not kpis:
            return []
        data = self.editor.store.data if self.editor.store is not None else None
        shown = {figure.kpi.id: figure for figure in scorecard(self.editor.document, data, self.journey_id)}
        found = []
        for kpi in kpis:
            figure = shown[kpi.id]
            line = (f"{figure.shown(figure.current)} / {figure.shown(kpi.target)} · "
                    f"{status_name(figure.status)}")
            direction = QCoreApplication.translate("KpiDialog",
                                                   DIRECTIONS[kpi.direction == KpiDirection.DOWN][1])
            about = [part for part in (kpi.metric, direction, kpi.owner, kpi.data_source, figure.problem)
                     if part]
            found.append((kpi.id, f"{kpi.name}\n{line}", "\n".join([kpi.name, line, *about])))
        return found

    def _dialog(self, kpi: Kpi | None) -> KpiDialog:
        data = self.editor.store.data if self.editor.store is not None else None
        metrics = [m.name for m in metrics_in(self.editor.document, data, self.journey_id)]
        taken = {folded(k.name) for k in self._kpis() if kpi is None or k.id != kpi.id}
        return KpiDialog(kpi, metrics, taken, self)

    def add(self) -> None:
        dialog = self._dialog(None)
        if not dialog.exec():
            return
        values = dict(dialog.values)
        name = str(values.pop("name"))
        journey_id, stage_id = self.journey_id, self.stage_id
        if self.editor.run(lambda doc: set_kpi(doc, journey_id, name, stage_id=stage_id, **values)):
            self.select(next((k.id for k in self._kpis() if k.name == name), ""))

    def edit(self) -> None:
        kpi = self.editor.document.get(Kpi, self.current_id)
        if kpi is None or self.editor.read_only:
            return
        dialog = self._dialog(kpi)
        if dialog.exec():
            changed = {name: value for name, value in dialog.values.items() if getattr(kpi, name) != value}
            if changed:
                self.editor.run(lambda doc: update_kpi(doc, kpi.id, **changed))

    def delete_item(self, item_id: str) -> bool:
        return self.editor.run(lambda doc: delete_kpi(doc, item_id))
