"""The CSV import wizard's pages (settings and preview, roles, matching, summary) and progress dialog."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from journeydesk.csv_import import CsvError
from journeydesk.data_import import Check, Mapping, MappingError

if TYPE_CHECKING:
    from journeydesk.ui.import_wizard import ImportWizard

PREVIEW_ROWS = 50
MAX_KEYS = 300
MAX_PROBLEMS_SHOWN = 200
_CELL_CHARS = 200
KEY_ROLES = ("date", "stage", "touchpoint", "channel", "segment", "metric", "value")


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A word-wrapped label that never interprets markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def message_label(name: str) -> QLabel:
    """An inline problem message, hidden while empty."""
    label = plain_label(name=name)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A plain-text label whose ``&`` mnemonic focuses ``widget``."""
    label = plain_label(text)
    label.setWordWrap(False)
    label.setBuddy(widget)
    return label


def data_label(text: str, widget: QWidget) -> QLabel:
    """A label showing file data (``&`` shown as is) that names ``widget`` for the keyboard."""
    return buddy_label(text.replace("&", "&&"), widget)


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def shorten(text: str, limit: int = _CELL_CHARS) -> str:
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
    """Replace the items (data, label) without signals; select ``current``, adding it if unknown."""
    combo.blockSignals(True)
    combo.clear()
    for data, label in items:
        combo.addItem(label, data)
    if combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(combo.findData(current))
    combo.blockSignals(False)


def busy(work: Callable[[], object]) -> object:
    """Run ``work`` with a wait cursor (reading a whole file on the GUI thread)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


class _Page(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard

    def _date_order_items(self) -> list[tuple[str, str]]:
        return [("", self.tr("(choose the order)")), ("ymd", self.tr("Year/month/day (2024/03/14)")),
                ("dmy", self.tr("Day/month/year (14/03/2024)")), ("mdy", self.tr("Month/day/year (03/14/2024)"))]

    def _sync_date_order(self, combo: QComboBox, form: QFormLayout, note: QLabel) -> None:
        w = self.import_wizard
        form.setRowVisible(combo, w.date_column is not None)
        fill_combo(combo, self._date_order_items(), w.mapping.date_order or "")
        text = w.date_problem if w.needs_date_order() or not w.date_candidates else ""
        if w.needs_date_order() and not text:
            text = self.tr("The dates in column “{column}” can be read day first or month first (for example "
                           "03/04/2024): choose the date order.").format(column=w.date_column)
        show_message(note, text)


class FilePage(_Page):
    """The detected settings, each changeable, and a preview of the rows as parsed."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("File and settings"))
        self.setSubTitle(self.tr("Check how the file is read; the preview shows the first rows as they will be "
                                 "imported."))
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        self.quote = QComboBox()
        self.skip = QSpinBox()
        self.skip.setRange(0, 100_000)
        self.header = QSpinBox()
        self.header.setRange(0, 10)
        self.decimal = QComboBox()
        self.date_order = QComboBox()
        self.form = QFormLayout()
        for text, widget in ((self.tr("&Encoding:"), self.encoding), (self.tr("&Delimiter:"), self.delimiter),
                             (self.tr("&Quote character:"), self.quote), (self.tr("Lines to s&kip:"), self.skip),
                             (self.tr("&Header rows:"), self.header), (self.tr("Decimal &mark:"), self.decimal),
                             (self.tr("Date &order:"), self.date_order)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.form.addRow(buddy_label(text, widget), widget)
        self.date_note = message_label(self.tr("Date order problem"))
        self.message = message_label(self.tr("Problem reading the file"))
        self.notes = plain_label(name=self.tr("Notes on the preview"))
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.date_note)
        layout.addWidget(self.message)
        layout.addWidget(self.notes)
        layout.addWidget(self.preview, 1)
        for combo in (self.encoding, self.delimiter, self.quote, self.decimal):
            combo.currentIndexChanged.connect(self._settings_changed)
        for spin in (self.skip, self.header):
            spin.valueChanged.connect(self._settings_changed)
        self.date_order.currentIndexChanged.connect(self._date_order_changed)
        self.refresh()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.refresh()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        w = self.import_wizard
        return w.table is not None and not w.needs_date_order()

    def _settings_changed(self) -> None:
        w = self.import_wizard
        w.set_settings(w.settings.with_(
            encoding=self.encoding.currentData(), delimiter=self.delimiter.currentData(),
            quotechar=self.quote.currentData(), skip_lines=self.skip.value(), header_rows=self.header.value(),
            decimal=self.decimal.currentData()))
        self.refresh()

    def _date_order_changed(self) -> None:
        self.import_wizard.set_date_order(self.date_order.currentData() or None)
        self.refresh()

    def refresh(self) -> None:
        w = self.import_wizard
        s = w.settings
        fill_combo(self.encoding, [
            ("utf-8", self.tr("UTF-8")), ("utf-8-sig", self.tr("UTF-8 with BOM")),
            ("cp932", self.tr("Japanese (CP932 / Shift_JIS)")), ("utf-16", self.tr("UTF-16 (with BOM)")),
            ("utf-16-le", self.tr("UTF-16 little-endian")), ("utf-16-be", self.tr("UTF-16 big-endian")),
            ("cp1252", self.tr("Western (Windows-1252)")), ("latin-1", self.tr("Latin-1 (ISO 8859-1)"))], s.encoding)
        fill_combo(self.delimiter, [(",", self.tr("Comma ( , )")), (";", self.tr("Semicolon ( ; )")),
                                    ("\t", self.tr("Tab")), ("|", self.tr("Pipe ( | )"))], s.delimiter)
        fill_combo(self.quote, [('"', self.tr('Double quote ( " )')), ("'", self.tr("Single quote ( ' )")),
                                ("", self.tr("None"))], s.quotechar)
        fill_combo(self.decimal, [(".", self.tr("Point (1,234.5)")), (",", self.tr("Comma (1.234,5)"))], s.decimal)
        for spin, value in ((self.skip, s.skip_lines), (self.header, s.header_rows)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._sync_date_order(self.date_order, self.form, self.date_note)
        show_message(self.message, w.table_error)
        self._fill_preview()
        self.completeChanged.emit()

    def _fill_preview(self) -> None:
        table = self.import_wizard.table
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.notes.setText("")
            return
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([shorten(c, 60) for c in table.columns])
        self.preview.setVerticalHeaderLabels([f"{row.line:,}" for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                self.preview.setItem(r, c, QTableWidgetItem(shorten(value)))
        notes = [self.tr("{columns} columns; the row headers are line numbers in the file.").format(
            columns=len(table.columns))]
        if table.problem_count:
            notes.append(self.tr("Rows with the wrong number of fields (skipped): {first}").format(
                first=table.problems[0].message))
        self.notes.setText(" ".join(notes))


ROLE_LABELS = ("ignore", "date", "stage", "touchpoint", "channel", "segment", "metric", "value", "measure")


class ColumnsPage(_Page):
    """The table's shape and each column's role, pre-filled from the guessed mapping."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Say what each column holds. Long tables have a metric-name and a value column; "
                                 "wide tables and survey responses have one column per metric."))
        self.shape = QComboBox()
        self.shape.setAccessibleName(self.tr("Shape of the table"))
        fill_combo(self.shape, [("long", self.tr("Long: one metric per row")),
                                ("wide", self.tr("Wide: one column per metric")),
                                ("responses", self.tr("Survey responses: one row per respondent"))], "wide")
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("Date order"))
        self.form = QFormLayout()
        for text, widget in ((self.tr("&Shape:"), self.shape), (self.tr("Date &order:"), self.date_order)):
            self.form.addRow(buddy_label(text, widget), widget)
        self.notice = message_label(self.tr("Saved mapping notice"))
        self.date_note = message_label(self.tr("Date order problem"))
        self.message = message_label(self.tr("Problem with the column roles"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Column roles"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.date_note)
        layout.addWidget(self.message)
        self.rows: dict[str, tuple[QComboBox, QComboBox]] = {}
        self.shape.currentIndexChanged.connect(self._changed)
        self.date_order.currentIndexChanged.connect(self._date_order_changed)

    def _role_items(self) -> list[tuple[str, str]]:
        labels = (self.tr("Ignore"), self.tr("Date"), self.tr("Stage"), self.tr("Touchpoint"), self.tr("Channel"),
                  self.tr("Segment"), self.tr("Metric name"), self.tr("Value"), self.tr("Metric column"))
        return list(zip(ROLE_LABELS, labels, strict=True))

    def _kind_items(self) -> list[tuple[str, str]]:
        return [("nps", self.tr("NPS (0–10)")), ("csat", self.tr("CSAT (1–5)")), ("ces", self.tr("CES (1–7)")),
                ("count", self.tr("Count")), ("value", self.tr("Value"))]

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        w = self.import_wizard
        mapping = w.mapping
        fill_combo(self.shape, [(self.shape.itemData(i), self.shape.itemText(i)) for i in range(3)], mapping.shape)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for c, text in enumerate((self.tr("Column"), self.tr("Example"), self.tr("Role"), self.tr("Metric kind"))):
            grid.addWidget(plain_label(text), 0, c)
        self.rows = {}
        table = w.table
        columns = table.columns if table is not None else []
        for index, column in enumerate(columns):
            r = index + 1
            sample = next((row.values[index] for row in table.rows if row.values[index].strip()), "")
            role = mapping.roles.get(column, "measure" if column in mapping.metric_columns else "ignore")
            metric = mapping.metric_columns.get(column, column)
            kind = mapping.metric_kinds.get(metric) or w.guess_kind(column)
            role_box, kind_box = QComboBox(), QComboBox()
            fill_combo(role_box, self._role_items(), role if role in ROLE_LABELS else "ignore")
            fill_combo(kind_box, self._kind_items(), kind)
            role_box.setAccessibleName(self.tr("Role of column {column}").format(column=column))
            kind_box.setAccessibleName(self.tr("Metric kind of column {column}").format(column=column))
            grid.addWidget(data_label(shorten(column, 60), role_box), r, 0)
            grid.addWidget(plain_label(shorten(sample, 40)), r, 1)
            grid.addWidget(role_box, r, 2)
            grid.addWidget(kind_box, r, 3)
            role_box.currentIndexChanged.connect(self._changed)
            kind_box.currentIndexChanged.connect(self._changed)
            self.rows[column] = (role_box, kind_box)
        grid.setRowStretch(len(columns) + 1, 1)
        self.scroll.setWidget(grid_widget)
        show_message(self.notice, w.mapping_notice)
        self._changed()

    def mapping_from_widgets(self) -> Mapping:
        w = self.import_wizard
        roles: dict[str, str] = {}
        metric_columns: dict[str, str] = {}
        kinds: dict[str, str] = {}
        shape = self.shape.currentData()
        for column, (role_box, kind_box) in self.rows.items():
            role = role_box.currentData()
            kind_box.setEnabled(role == "measure")
            if role == "measure" and shape != "long":
                metric_columns[column] = column
                kinds[column] = kind_box.currentData()
            elif role in KEY_ROLES:
                roles[column] = role
        return dataclasses.replace(w.mapping, shape=shape, roles=roles, metric_columns=metric_columns,
                                   metric_kinds=kinds)

    def _changed(self) -> None:
        self.import_wizard.set_mapping(self.mapping_from_widgets())
        self._update()

    def _date_order_changed(self) -> None:
        self.import_wizard.set_date_order(self.date_order.currentData() or None)
        self._update()

    def _update(self) -> None:
        self._sync_date_order(self.date_order, self.form, self.date_note)
        show_message(self.message, self.problem())
        self.completeChanged.emit()

    def problem(self) -> str:
        """What stops the mapping from being used, or ""."""
        mapping = self.import_wizard.mapping
        names = dict(self._role_items())
        for role in KEY_ROLES:
            columns = [c for c, r in mapping.roles.items() if r == role]
            if len(columns) > 1:
                return self.tr("Only one column can be the {role}; now {columns} are: choose one.").format(
                    role=names[role].lower(), columns=", ".join(f"“{c}”" for c in columns))
        if mapping.shape == "long" and {"metric", "value"} - set(mapping.roles.values()):
            return self.tr("A long table needs a “Metric name” column and a “Value” column: choose their roles.")
        if mapping.shape != "long" and not mapping.metric_columns:
            return self.tr("No column holds a metric: give at least one column the role “Metric column”.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        w = self.import_wizard
        return w.table is not None and not self.problem() and not w.needs_date_order()


class MatchingPage(_Page):
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


class SummaryPage(_Page):
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


class ImportProgress(QDialog):
    """A modal progress bar whose Cancel (or Escape) asks the worker to stop and waits for it."""

    cancel_requested = Signal()

    def __init__(self, title: str, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.total = total
        self.label = plain_label(self.tr("Writing the rows…"), self.tr("Import progress"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Values written"))
        self.bar.setRange(0, total)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.cancelling = False

    def set_written(self, written: int) -> None:
        if self.total:
            self.bar.setValue(min(written, self.total))
        if not self.cancelling:
            self.label.setText(self.tr("{n} values written…").format(n=f"{written:,}"))

    def reject(self) -> None:
        if not self.cancelling:
            self.cancelling = True
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.reject()
