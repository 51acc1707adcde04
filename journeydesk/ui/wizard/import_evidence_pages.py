"""The import wizard's pages for a table of research quotes or findings: which column plays which part, and
what reading every row found before the items are added."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QListWidget,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core.model import Card, Stage
from journeydesk.imports.evidence import PLACES, ROLES, EvidenceCheck
from journeydesk.ui.wizard.import_widgets import (
    MAX_PROBLEMS_SHOWN,
    ImportPage,
    WizardSession,
    data_label,
    fill_combo,
    message_label,
    plain_label,
    shorten,
    show_message,
)
from journeydesk.ui.wizard.import_worker import OneRun


class EvidenceRolesPage(ImportPage):
    """The columns the quotes or findings are read from, each part's column changeable."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Quotes and findings"))
        self.setSubTitle(self.tr("Each row becomes an evidence item on the card, touchpoint or stage it "
                                 "names. Check which column plays which part; change one where the guess is "
                                 "wrong."))
        self.recognised = plain_label(name=self.tr("What the file holds"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Columns of the quotes and findings"))
        self.message = message_label(self.tr("Problem with the columns"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.recognised)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        self.combos: dict[str, QComboBox] = {}

    def role_names(self) -> dict[str, tuple[str, str]]:
        """Each role's name and what it is for."""
        return {
            "text": (self.tr("Quote or finding"), self.tr("the text of the item (required)")),
            "source": (self.tr("Source"), self.tr("where it came from, such as an interview's title")),
            "source_type": (self.tr("Kind of source"), self.tr("interview, survey, analytics, support "
                                                               "ticket, observation, usability test or desk "
                                                               "research")),
            "date": (self.tr("Date"), self.tr("when it was heard or seen")),
            "participant": (self.tr("Participant"), self.tr("who said it, or which group")),
            "card": (self.tr("Card"), self.tr("the card it backs, by its text")),
            "touchpoint": (self.tr("Touchpoint"), self.tr("the touchpoint card it backs, by its text")),
            "stage": (self.tr("Stage"), self.tr("the stage it goes to when no card is named or found")),
        }

    def initializePage(self) -> None:
        w = self.import_wizard
        evidence = w.evidence_import()
        table = w.table
        self.recognised.setText(w.evidence_headline())
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for c, text in enumerate((self.tr("Part"), self.tr("Column"), self.tr("Example"),
                                  self.tr("What it is for"))):
            grid.addWidget(plain_label(text), 0, c)
        columns = table.columns if table is not None else []
        chosen = evidence.columns.roles if evidence is not None else {}
        items = [("", self.tr("(none)")), *((column, shorten(column, 40)) for column in columns)]
        self.combos = {}
        for r, (role, (name, purpose)) in enumerate(self.role_names().items(), start=1):
            combo = QComboBox()
            fill_combo(combo, items, chosen.get(role, ""))
            combo.setAccessibleName(self.tr("Column of the part {part}").format(part=name))
            combo.currentIndexChanged.connect(self._changed)
            example = plain_label(name=self.tr("Example of the part {part}").format(part=name))
            grid.addWidget(data_label(name, combo), r, 0)
            grid.addWidget(combo, r, 1)
            grid.addWidget(example, r, 2)
            grid.addWidget(plain_label(purpose), r, 3)
            self.combos[role] = combo
        grid.setRowStretch(len(ROLES) + 1, 1)
        grid.setColumnStretch(3, 1)
        self.scroll.setWidget(grid_widget)
        self._examples = [grid.itemAtPosition(r, 2).widget() for r in range(1, len(ROLES) + 1)]
        self._update()

    def chosen(self) -> dict[str, str]:
        return {role: combo.currentData() for role, combo in self.combos.items() if combo.currentData()}

    def _changed(self) -> None:
        if not self.problem():
            self.import_wizard.set_evidence_roles(self.chosen())
        self._update()

    def _update(self) -> None:
        table = self.import_wizard.table
        for label, combo in zip(self._examples, self.combos.values(), strict=True):
            column = combo.currentData()
            sample = ""
            if column and table is not None:
                index = table.columns.index(column)
                sample = next((row.values[index] for row in table.rows if row.values[index].strip()), "")
            label.setText(shorten(sample, 60))
            label.setToolTip(sample)
        show_message(self.message, self.problem())
        self.completeChanged.emit()

    def problem(self) -> str:
        """What stops these columns from being read, or ""."""
        chosen = self.chosen()
        names = self.role_names()
        if "text" not in chosen:
            return self.tr("Choose the column that holds the quotes or findings.")
        if not any(place in chosen for place in PLACES):
            return self.tr("Choose a column naming a card, a touchpoint or a stage: it says where each item "
                           "goes on the map.")
        for column in dict.fromkeys(chosen.values()):
            parts = [names[role][0] for role, used in chosen.items() if used == column]
            if len(parts) > 1:
                return self.tr(
                    "Column '{column}' is chosen for {parts}: choose one column for each part.").format(
                    column=column, parts=", ".join(parts))
        return ""

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problem()


class _FittedList(QListWidget):
    """A list as tall as its wrapped rows, up to ``most_lines`` lines of text; a longer one scrolls."""

    def __init__(self, most_lines: int) -> None:
        super().__init__()
        self.most_lines = most_lines
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        self.doItemsLayout()
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count()))
        line = self.fontMetrics().lineSpacing()
        height = min(max(rows, line), line * self.most_lines + line // 2)
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()


class EvidenceReviewPage(ImportPage):
    """What reading every row found: the items and where they go, rows placed nowhere and rows with
    problems."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Nothing has been added yet. Finish adds the items as one step that Edit ▸ "
                                 "Undo takes back; Cancel leaves the journey as it is."))
        self.check: EvidenceCheck | None = None
        self.checks = OneRun(self._checked)
        self.counts = plain_label(name=self.tr("What will be added"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking every row"))
        self.places = QTableWidget(0, 3)
        self.places.setAccessibleName(self.tr("Where the items go"))
        self.places.setHorizontalHeaderLabels([self.tr("Card or stage"), self.tr("Is a"), self.tr("Items")])
        self.places.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.places.setTabKeyNavigation(False)
        self.places.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.places.verticalHeader().setVisible(False)
        header = self.places.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.places.verticalHeader().setDefaultSectionSize(self.places.fontMetrics().height() + 8)
        self.unmatched_title = plain_label(self.tr("Rows not placed on the map (not added):"))
        self.unmatched = _FittedList(most_lines=6)
        self.unmatched.setAccessibleName(self.tr("Rows not placed on the map"))
        self.problems_title = plain_label(self.tr("Rows with problems:"))
        self.problems = _FittedList(most_lines=6)
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.notes_title = plain_label(self.tr("Notes:"))
        self.notes = _FittedList(most_lines=6)
        self.notes.setAccessibleName(self.tr("Notes on rows"))
        self.skip = QCheckBox(self.tr("&Skip rows with problems"))
        self.skip.setAccessibleName(self.tr("Skip rows with problems"))
        self.skip.toggled.connect(self.completeChanged)
        self.message = message_label(self.tr("Problem"))
        self.status = plain_label(name=self.tr("Import status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.busy)
        layout.addWidget(self.places, 1)
        for title, listing in ((self.unmatched_title, self.unmatched), (self.problems_title, self.problems),
                               (self.notes_title, self.notes)):
            layout.addWidget(title)
            layout.addWidget(listing)
        for widget in (self.skip, self.message, self.status):
            layout.addWidget(widget)
        layout.addStretch()
        wizard.finished.connect(self._stop_checking)

    def initializePage(self) -> None:
        self.refresh()

    def cleanupPage(self) -> None:
        self._stop_checking()

    @property
    def checking(self) -> bool:
        return self.checks.running

    def refresh(self) -> None:
        """Read and check every row on a worker thread; Back or Cancel stops it."""
        w = self.import_wizard
        self._stop_checking()
        self.check = None
        show_message(self.message, "")
        self.status.setText(w.status_message)
        self.counts.setText(self.tr("Checking every row…"))
        self._show_lists(None)
        self.busy.setVisible(True)
        self.completeChanged.emit()
        evidence = w.evidence_import()
        if evidence is None:
            self._checked(ValueError(self.tr("The file is not a table of quotes or findings any more.")))
            return
        self.checks.start(evidence.validate)

    def _stop_checking(self) -> None:
        if self.checks.running:
            self.checks.stop()
            self.busy.setVisible(False)

    def _checked(self, result: object) -> None:
        self.checks.finish()
        self.busy.setVisible(False)
        if not isinstance(result, EvidenceCheck):
            message = result.strerror if isinstance(result, OSError) else str(result)
            self.counts.setText("")
            show_message(self.message, message or type(result).__name__)
            self.completeChanged.emit()
            return
        self.check = result
        self.counts.setText(self.summary(result))
        self._show_lists(result)
        refusal = self.import_wizard.evidence_import().refusal(result, skip_bad_rows=True)
        show_message(self.message, refusal)
        self.skip.setVisible(bool(result.problems) and not refusal)  # skipping would leave nothing to add
        self.completeChanged.emit()

    def summary(self, check: EvidenceCheck) -> str:
        """The counts: rows read, items to add and where, rows left out and why."""
        owners = check.by_owner()
        evidence = self.import_wizard.evidence_import()
        already = evidence.already if evidence is not None else 0
        return "\n".join((
            self.tr("Rows read: {rows}.").format(rows=f"{check.rows_read:,}"),
            self.tr("Quotes or findings to add: {n} ({cards} on cards, {stages} on stages).").format(
                n=f"{len(check.items):,}", cards=f"{owners['cards']:,}", stages=f"{owners['stages']:,}"),
            self.tr("Not placed on the map: {unmatched}. With problems: {bad}. In the journey already "
                    "(skipped): {already}.").format(unmatched=f"{len(check.unmatched):,}",
                                                    bad=f"{len(check.problems):,}",
                                         already=f"{already:,}")))

    def _show_lists(self, check: EvidenceCheck | None) -> None:
        self.places.setRowCount(0)
        for listing in (self.unmatched, self.problems, self.notes):
            listing.clear()
        if check is not None:
            self._fill_places(check)
            for listing, lines in ((self.unmatched, check.unmatched), (self.problems, check.problems),
                                   (self.notes, check.notes)):
                for line in lines[:MAX_PROBLEMS_SHOWN]:
                    listing.addItem(line)
                if len(lines) > MAX_PROBLEMS_SHOWN:
                    listing.addItem(self.tr("… and {n} more.").format(
                        n=f"{len(lines) - MAX_PROBLEMS_SHOWN:,}"))
        for title, listing in ((self.unmatched_title, self.unmatched), (self.problems_title, self.problems),
                               (self.notes_title, self.notes)):
            title.setVisible(listing.count() > 0)
            listing.setVisible(listing.count() > 0)
        self.places.setVisible(self.places.rowCount() > 0)
        self.skip.setVisible(bool(check and check.problems))

    def _fill_places(self, check: EvidenceCheck) -> None:
        document = self.import_wizard.editor.document
        rows = []
        for (field, owner_id), n in check.by_place().items():
            if field == "card_id":
                card = document.get(Card, owner_id)
                rows.append((card.text if card else owner_id, self.tr("card"), n))
            else:
                stage = document.get(Stage, owner_id)
                rows.append((stage.name if stage else owner_id, self.tr("stage"), n))
        rows.sort(key=lambda row: (-row[2], row[1], row[0]))
        self.places.setRowCount(len(rows))
        for r, (name, kind, n) in enumerate(rows):
            for c, text in enumerate((shorten(name, 80), kind, f"{n:,}")):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setToolTip(name)
                self.places.setItem(r, c, item)
        self.places.setCurrentCell(-1, -1)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def isComplete(self) -> bool:
        check = self.check
        evidence = self.import_wizard.evidence_import()
        if check is None or self.checking or evidence is None or evidence.refusal(check, skip_bad_rows=True):
            return False
        return not check.problems or self.skip.isChecked()
