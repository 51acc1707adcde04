"""The import wizard's last pages: matching keys to the map, and the summary before import."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeydesk.imports.mapping import MappingError
from journeydesk.imports.reader import CsvError
from journeydesk.imports.rows import Check
from journeydesk.ui.wizard.import_widgets import (
    MAX_KEYS,
    MAX_PROBLEMS_SHOWN,
    ImportPage,
    WizardSession,
    busy,
    data_label,
    fill_combo,
    message_label,
    plain_label,
    shorten,
    show_message,
)
from journeydesk.ui.wizard.import_worker import OneRun


class MatchingPage(ImportPage):
    """Stage and touchpoint keys of the file and the map entities they stand for.

    The keys are counted over the whole file on a worker thread; the page fills in when that is done.
    """

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Matching"))
        self.setSubTitle(self.tr("Names in the file are matched to the map ignoring case, full-width or "
                                 "half-width forms and step numbers ('1. Awareness'). Change a match where "
                                 "it is wrong."))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Matches"))
        self.unmatched = plain_label(name=self.tr("Keys that match nothing"))
        self.create_stages = QPushButton(self.tr("Create missing &stages"))
        self.create_stages.setAccessibleName(self.tr("Create missing stages"))
        self.create_stages.clicked.connect(lambda: self._create_missing("stage"))
        self.create = QPushButton(self.tr("&Create missing touchpoints"))
        self.create.setAccessibleName(self.tr("Create missing touchpoints"))
        self.create.clicked.connect(lambda: self._create_missing("touchpoint"))
        self.places = plain_label(name=self.tr("Where missing touchpoints go"))
        self.message = message_label(self.tr("Problem matching keys"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_stages)
        buttons.addWidget(self.create)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.places)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.combos: dict[tuple[str, str], QComboBox] = {}
        self.counts: dict[str, Counter] | None = None
        self.counting = OneRun(self._counted)
        self.checking = OneRun(self._checked)

    def initializePage(self) -> None:
        self.recount()

    def cleanupPage(self) -> None:
        self._stop_counting()

    def isComplete(self) -> bool:
        return self.counts is not None

    def recount(self) -> None:
        """Count the file's keys on a worker thread, then show them."""
        self._stop_counting()
        self.counts = None
        self.combos = {}
        waiting = QWidget()
        QVBoxLayout(waiting).addWidget(plain_label(self.tr("Reading the names in the file…")))
        self.scroll.setWidget(waiting)
        for widget in (self.unmatched, self.places, self.create, self.create_stages):
            widget.setVisible(False)
        show_message(self.message, "")
        self.completeChanged.emit()
        self.counting.start(self.import_wizard.session.key_counts)

    def _stop_counting(self) -> None:
        self.counting.stop()
        self.checking.stop()

    def _check_rows(self) -> None:
        """Check every row in the background: it tells where missing touchpoints would go."""
        session = self.import_wizard.session
        if session.checked is not None or self.checking.running:
            return
        self.checking.start(session.validate)

    def _checked(self, _result: object) -> None:
        self.checking.finish()
        self._update_unmatched()

    def _counted(self, result: object) -> None:
        self.counting.finish()
        if isinstance(result, OSError):
            self.counts = {}
            show_message(self.message, str(result.strerror or result))
        elif isinstance(result, Exception):
            self.counts = {}
            show_message(self.message, str(result))
        else:
            self.counts = result  # type: ignore[assignment]
        self.rebuild()
        self.completeChanged.emit()
        if self.counts:
            self._check_rows()

    def rebuild(self) -> None:
        w = self.import_wizard
        counts = self.counts or {}
        self.combos = {}
        content = QWidget()
        grid = QGridLayout(content)
        row = 0
        for role, title in (("stage", self.tr("Stages in column '{column}'")),
                            ("touchpoint", self.tr("Touchpoints in column '{column}'"))):
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
                combo.setAccessibleName(self.tr("Map entity for '{key}'").format(key=key))
                name = data_label(shorten(key, 80), combo)
                name.setToolTip(key)
                grid.addWidget(name, row, 0)
                count = plain_label(self.tr("Rows: {n}").format(n=f"{n:,}"))
                count.setWordWrap(False)
                grid.addWidget(count, row, 1)
                grid.addWidget(combo, row, 2)
                combo.currentIndexChanged.connect(lambda _i, r=role, k=key, c=combo: self._changed(r, k, c))
                self.combos[(role, key)] = combo
                row += 1
            if len(keys) > MAX_KEYS:
                more = len(keys) - MAX_KEYS
                text = (self.tr("… and 1 more key (matched by name)") if more == 1
                        else self.tr("… and {n} more keys (matched by name)").format(n=f"{more:,}"))
                grid.addWidget(plain_label(text), row, 0, 1, 3)
                row += 1
        if not counts and not self.message.text():
            grid.addWidget(plain_label(self.tr("No column holds stages or touchpoints: the values will not "
                                               "be tied to the map.")), row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(2, 1)
        self.scroll.setWidget(content)
        self._update_unmatched()

    def _changed(self, role: str, key: str, combo: QComboBox) -> None:
        self.import_wizard.set_match(role, key, combo.currentData())
        self._update_unmatched()
        self._check_rows()

    def unmatched_keys(self, role: str) -> list[str]:
        return [k for (r, k), combo in self.combos.items() if r == role and not combo.currentData()]

    def _update_unmatched(self) -> None:
        counts = self.counts or {}
        parts = []
        for role, text in (("touchpoint", self.tr("Touchpoints that match nothing: {keys}")),
                           ("stage", self.tr("Stages that match nothing: {keys}"))):
            keys = self.unmatched_keys(role)
            if keys:
                parts.append(text.format(keys=", ".join(shorten(k, 40) for k in keys[:20])
                                         + (" …" if len(keys) > 20 else "")))
        if not parts and counts:
            parts.append(self.tr("Every name in the file matches the map."))
        self.unmatched.setText("\n".join(parts))
        self.unmatched.setVisible(bool(parts))
        w = self.import_wizard
        stages = bool(self.unmatched_keys("stage")) and bool(w.missing("stage"))
        touchpoints = bool(self.unmatched_keys("touchpoint")) and bool(w.missing("touchpoint"))
        self.create_stages.setVisible("stage" in counts)
        self.create_stages.setEnabled(stages)
        self.create.setVisible("touchpoint" in counts)
        self.create.setEnabled(touchpoints)
        places = w.missing_places() if touchpoints else []
        if places:
            self.places.setText(self.tr("Create missing touchpoints adds: {list}").format(
                list="; ".join(self.tr("'{name}' in {stage}").format(name=shorten(name, 40), stage=stage)
                               for name, stage in places[:10]) + (" …" if len(places) > 10 else "")))
        elif self.checking.running and self.unmatched_keys("touchpoint"):
            self.places.setText(self.tr("Checking every row to find where missing touchpoints go…"))
        else:
            self.places.setText("")
        self.places.setVisible(bool(self.places.text()))

    def _create_missing(self, role: str) -> None:
        try:
            busy(lambda: self.import_wizard.create_missing(role))
        except (CsvError, MappingError) as error:
            show_message(self.message, str(error))
            return
        self.rebuild()
        self._check_rows()
        button = self.create_stages if role == "stage" else self.create
        if button.isEnabled():
            button.setFocus()
        else:
            self.scroll.setFocus()


class SummaryPage(ImportPage):
    """What reading every row found, and what the import will create."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Nothing has been imported yet. Finish imports the data; Cancel leaves the "
                                 "project as it is."))
        self.check: Check | None = None
        self.checking = OneRun(self._checked)
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
        for widget in (self.counts, self.problems, self.more, self.created, self.skip, self.message,
                       self.status):
            layout.addWidget(widget)

    def initializePage(self) -> None:
        self.refresh()

    def cleanupPage(self) -> None:
        self._stop_checking()

    def refresh(self) -> None:
        """Show the Check of every row: at once when it is known, else after reading the file in the
        background."""
        w = self.import_wizard
        self._stop_checking()
        self.check = None
        self.problems.clear()
        show_message(self.message, "")
        self.status.setText(w.status_message)
        if w.session.checked is not None:
            self._show(w.session.checked)
            return
        for widget in (self.problems, self.skip, self.more):
            widget.setVisible(False)
        self.counts.setText(self.tr("Checking every row…"))
        self.created.setText("")
        self.completeChanged.emit()
        self.checking.start(w.session.validate)

    def _stop_checking(self) -> None:
        self.checking.stop()

    def _checked(self, result: object) -> None:
        self.checking.finish()
        self._show(result)

    def _show(self, result: object) -> None:
        w = self.import_wizard
        if isinstance(result, Check):
            self.check = result
        else:
            self.check = None
            message = result.strerror if isinstance(result, OSError) else str(result)
            show_message(self.message, message or type(result).__name__)
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
        for problem in check.problems[:MAX_PROBLEMS_SHOWN]:  # structural problems first, each sort by line
            self.problems.addItem(problem.message)
        hidden = check.problem_count - min(len(check.problems), MAX_PROBLEMS_SHOWN)
        if hidden > 0:
            self.more.setText(self.tr("… and 1 more row with a problem.") if hidden == 1 else
                              self.tr("… and {n} more rows with problems.").format(n=f"{hidden:,}"))
            self.more.setVisible(True)
        self.created.setText(self._created_text(check))
        refusal = w.session.refusal(check, skip_bad_rows=True)
        if refusal:
            show_message(self.message, refusal)
        self.completeChanged.emit()

    def _created_text(self, check: Check) -> str:
        w = self.import_wizard
        lines = [(self.tr("A dataset '{name}' with 1 value.") if check.observations == 1 else
                  self.tr("A dataset '{name}' with {values} values.")).format(
            name=w.dataset_name(), values=f"{check.observations:,}")]
        for metric, why in w.session.explained():
            line = self.tr("{metric}: {why}").format(metric=metric, why=why)
            empty = check.no_answers.get(metric, 0)
            if empty:
                line += self.tr("; without an answer: {n}").format(n=f"{empty:,}")
            lines.append("  " + line)
        if w.replacing is not None:
            lines.append(self.tr(
                "It replaces the dataset '{name}' (one undo step).").format(name=w.replacing.name))
        loose = len(check.unmatched_touchpoints) + len(check.unmatched_stages)
        if loose:
            lines.append(self.tr("Names that match nothing on the map: {n}; their values are kept without a "
                                 "link.").format(n=loose))
        return "\n".join(lines)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def isComplete(self) -> bool:
        check = self.check
        w = self.import_wizard
        if check is None or w.running or w.session.refusal(check, skip_bad_rows=True):
            return False
        return not check.problem_count or self.skip.isChecked()
