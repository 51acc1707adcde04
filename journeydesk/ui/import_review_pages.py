"""The import wizard's last pages: matching keys to the map, and the summary before import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeydesk.imports.pipeline import Check, MappingError
from journeydesk.imports.reader import CsvError
from journeydesk.ui.import_widgets import (
    MAX_KEYS,
    MAX_PROBLEMS_SHOWN,
    ImportPage,
    busy,
    data_label,
    fill_combo,
    message_label,
    plain_label,
    shorten,
    show_message,
)

if TYPE_CHECKING:
    from journeydesk.ui.import_wizard import ImportWizard

class MatchingPage(ImportPage):
    """Stage and touchpoint keys of the file and the map entities they stand for."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Matching"))
        self.setSubTitle(self.tr("Keys in the file are matched to the map by name, ignoring case and full-width "
                                 "or half-width forms. Change a match where it is wrong."))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Matches"))
        self.unmatched = plain_label(name=self.tr("Keys that match nothing"))
        self.create = QPushButton(self.tr("&Create missing touchpoints"))
        self.create.setAccessibleName(self.tr("Create missing touchpoints"))
        self.create.clicked.connect(self._create_missing)
        self.message = message_label(self.tr("Problem matching keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.create, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.combos: dict[tuple[str, str], QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.rebuild()

    def rebuild(self) -> None:
        w = self.import_wizard
        self.combos = {}
        content = QWidget()
        grid = QGridLayout(content)
        show_message(self.message, "")
        try:
            counts = busy(w.key_counts)
        except (CsvError, MappingError) as error:
            counts = {}
            show_message(self.message, str(error))
        row = 0
        for role, title in (("stage", self.tr("Stages in column “{column}”")),
                            ("touchpoint", self.tr("Touchpoints in column “{column}”"))):
            if role not in counts:
                continue
            grid.addWidget(plain_label(title.format(column=w.key_column(role))), row, 0, 1, 3)
            row += 1
            entities = [("", self.tr("(no match)")), *w.entities(role)]
            keys = sorted(counts[role].items(), key=lambda kv: (bool(w.current_match(role, kv[0])), -kv[1]))
            for key, n in keys[:MAX_KEYS]:
                combo = QComboBox()
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(24)
                fill_combo(combo, entities, w.current_match(role, key) or "")
                combo.setAccessibleName(self.tr("Map entity for “{key}”").format(key=key))
                grid.addWidget(data_label(shorten(key, 80), combo), row, 0)
                count = plain_label(self.tr("Rows: {n}").format(n=f"{n:,}"))
                count.setWordWrap(False)
                grid.addWidget(count, row, 1)
                grid.addWidget(combo, row, 2)
                combo.currentIndexChanged.connect(lambda _i, r=role, k=key, c=combo: self._changed(r, k, c))
                self.combos[(role, key)] = combo
                row += 1
            if len(keys) > MAX_KEYS:
                grid.addWidget(plain_label(self.tr("… and {n} more keys (matched by name)").format(
                    n=len(keys) - MAX_KEYS)), row, 0, 1, 3)
                row += 1
        if not counts and not self.message.text():
            grid.addWidget(plain_label(self.tr("No column holds stages or touchpoints: the values will not be "
                                               "tied to the map.")), row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(2, 1)
        self.scroll.setWidget(content)
        self._update_unmatched()

    def _changed(self, role: str, key: str, combo: QComboBox) -> None:
        self.import_wizard.set_match(role, key, combo.currentData())
        self._update_unmatched()

    def unmatched_keys(self, role: str) -> list[str]:
        return [k for (r, k), combo in self.combos.items() if r == role and not combo.currentData()]

    def _update_unmatched(self) -> None:
        parts = []
        for role, text in (("touchpoint", self.tr("Touchpoints that match nothing: {keys}")),
                           ("stage", self.tr("Stages that match nothing: {keys}"))):
            keys = self.unmatched_keys(role)
            if keys:
                parts.append(text.format(keys=", ".join(shorten(k, 40) for k in keys[:20])
                                         + (" …" if len(keys) > 20 else "")))
        self.unmatched.setText("\n".join(parts) or self.tr("Every key matches an entity on the map."))
        self.create.setEnabled(bool(self.import_wizard.creatable_touchpoints(self.unmatched_keys("touchpoint"))))

    def _create_missing(self) -> None:
        try:
            busy(self.import_wizard.create_missing_touchpoints)
        except (CsvError, MappingError) as error:
            show_message(self.message, str(error))
            return
        self.rebuild()
        if self.create.isEnabled():
            self.create.setFocus()
        else:
            self.scroll.setFocus()


class SummaryPage(ImportPage):
    """What reading every row found, and what the import will create."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Nothing has been imported yet. Finish imports the data; Cancel leaves the "
                                 "project as it is."))
        self.check: Check | None = None
        self.counts = plain_label(name=self.tr("Rows read"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.more = plain_label()
        self.created = plain_label(name=self.tr("What will be created"))
        self.skip = QCheckBox(self.tr("&Skip rows with problems"))
        self.skip.setAccessibleName(self.tr("Skip rows with problems"))
        self.skip.toggled.connect(self.completeChanged)
        self.message = message_label(self.tr("Problem"))
        self.status = plain_label(name=self.tr("Import status"))
        layout = QVBoxLayout(self)
        for widget in (self.counts, self.problems, self.more, self.created, self.skip, self.message, self.status):
            layout.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.refresh()

    def refresh(self) -> None:
        w = self.import_wizard
        self.problems.clear()
        show_message(self.message, "")
        self.status.setText(w.status_message)
        try:
            self.check = busy(w.run_check)
        except (CsvError, MappingError) as error:
            self.check = None
            show_message(self.message, str(error))
        check = self.check
        has_problems = bool(check and check.problem_count)
        self.problems.setVisible(has_problems)
        self.skip.setVisible(has_problems)
        self.more.setVisible(False)
        if check is None:
            self.counts.setText("")
            self.created.setText("")
            self.completeChanged.emit()
            return
        self.counts.setText(self.tr("Rows read: {rows}. Rows with problems: {problems}.").format(
            rows=f"{check.rows_read:,}", problems=f"{check.problem_count:,}"))
        for problem in sorted(check.problems, key=lambda p: p.line)[:MAX_PROBLEMS_SHOWN]:
            self.problems.addItem(problem.message)
        hidden = check.problem_count - min(len(check.problems), MAX_PROBLEMS_SHOWN)
        if hidden > 0:
            self.more.setText(self.tr("… and {n} more rows with problems.").format(n=f"{hidden:,}"))
            self.more.setVisible(True)
        self.created.setText(self._created_text(check))
        if not check.observations:
            show_message(self.message, self.tr("No row holds a value to import: check the column roles."))
        self.completeChanged.emit()

    def _created_text(self, check: Check) -> str:
        w = self.import_wizard
        lines = [self.tr("A dataset “{name}” with {values} values of {count} metrics: {metrics}.").format(
            name=w.dataset_name(), values=f"{check.observations:,}", count=len(check.metrics),
            metrics=", ".join(sorted(check.metrics)) or "-")]
        if w.replacing is not None:
            lines.append(self.tr("It replaces the dataset “{name}” (one undo step).").format(name=w.replacing.name))
        loose = len(check.unmatched_touchpoints) + len(check.unmatched_stages)
        if loose:
            lines.append(self.tr("{n} keys match nothing on the map: their values are kept without a link.").format(
                n=loose))
        return "\n".join(lines)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        check = self.check
        if check is None or not check.observations or self.import_wizard.running:
            return False
        return not check.problem_count or self.skip.isChecked()
