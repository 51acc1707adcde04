"""The import wizard's first pages: settings with a preview of the rows, and column roles."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.imports.mapping import Mapping
from journeydesk.ui.wizard.import_widgets import (
    KEY_ROLES,
    PREVIEW_ROWS,
    ImportPage,
    WizardSession,
    buddy_label,
    data_label,
    fill_combo,
    message_label,
    plain_label,
    shorten,
    show_message,
)


class FilePage(ImportPage):
    """The detected settings, each changeable, and a preview of the rows as parsed."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("File and settings"))
        self.setSubTitle(self.tr("Check how the file is read; the preview shows the first rows as they will "
                                 "be imported."))
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
                             (self.tr("&Quote character:"), self.quote), (self.tr("Lines to s&kip:"),
                                                                          self.skip),
                             (self.tr("&Header rows:"), self.header), (self.tr("Decimal &mark:"),
                                                                       self.decimal),
                             (self.tr("Date &order:"), self.date_order)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.form.addRow(buddy_label(text, widget), widget)
        self.date_note = message_label(self.tr("Date order problem"))
        self.message = message_label(self.tr("Problem reading the file"))
        self.notes = plain_label(name=self.tr("Notes on the preview"))
        self.evidence_note = plain_label(name=self.tr("What the file holds"))
        self.evidence_note.setStyleSheet("font-weight: bold;")
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.date_note)
        layout.addWidget(self.message)
        layout.addWidget(self.evidence_note)
        layout.addWidget(self.notes)
        layout.addWidget(self.preview, 1)
        for combo in (self.encoding, self.delimiter, self.quote, self.decimal):
            combo.currentIndexChanged.connect(self._settings_changed)
        for spin in (self.skip, self.header):
            spin.valueChanged.connect(self._settings_changed)
        self.date_order.currentIndexChanged.connect(self._date_order_changed)
        self.refresh()

    def initializePage(self) -> None:
        self.refresh()

    def isComplete(self) -> bool:
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
            ("cp1252", self.tr("Western (Windows-1252)")), ("latin-1", self.tr("Latin-1 (ISO 8859-1)"))],
                   s.encoding)
        fill_combo(self.delimiter, [(",", self.tr("Comma ( , )")), (";", self.tr("Semicolon ( ; )")),
                                    ("\t", self.tr("Tab")), ("|", self.tr("Pipe ( | )"))], s.delimiter)
        fill_combo(self.quote, [('"', self.tr('Double quote ( " )')), ("'", self.tr("Single quote ( ' )")),
                                ("", self.tr("None"))], s.quotechar)
        fill_combo(self.decimal, [(".", self.tr("Point (1,234.5)")), (",", self.tr("Comma (1.234,5)"))],
                   s.decimal)
        for spin, value in ((self.skip, s.skip_lines), (self.header, s.header_rows)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._sync_date_order(self.date_order, self.form, self.date_note)
        show_message(self.message, w.table_error)
        show_message(self.evidence_note, w.evidence_headline())
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
        for c, (column, question) in enumerate(zip(table.columns, table.descriptions, strict=True)):
            # A survey's question text (its second header row) shows under the column's name.
            text = shorten(column, 40) + (f"\n{shorten(question, 40)}" if question else "")
            item = QTableWidgetItem(text)
            item.setToolTip(column + (f"\n{question}" if question else ""))
            self.preview.setHorizontalHeaderItem(c, item)
        self.preview.setVerticalHeaderLabels([f"{row.line:,}" for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                item = QTableWidgetItem(shorten(value, 60))
                if item.text() != value:
                    item.setToolTip(value)
                self.preview.setItem(r, c, item)
        notes = [self.tr("{columns} columns; the row headers are line numbers in the file.").format(
            columns=len(table.columns))]
        if any(b.line - a.line > 1 for a, b in itertools.pairwise(rows)):
            notes.append(self.tr("Some line numbers are skipped: a cell above holds a line break, so its row "
                                 "takes more than one line of the file."))
        if any(table.descriptions):
            notes.append(self.tr("The second header row (question texts) shows under each column's name."))
        if table.problem_count:
            notes.append(self.tr("Rows with the wrong number of fields (skipped): {first}").format(
                first=table.problems[0].message))
        self.notes.setText(" ".join(notes))


ROLE_LABELS = ("ignore", "date", "stage", "touchpoint", "channel", "segment", "metric", "value", "measure")


class ColumnsPage(ImportPage):
    """The table's shape and each column's role, pre-filled from the guessed mapping."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Say what each column holds. Long tables have a metric-name and a value "
                                 "column; wide tables and survey responses have one column per metric."))
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
        self.count_rows = QCheckBox()
        self.count_rows.setAccessibleName(self.tr("Count each row"))
        self.count_rows.toggled.connect(self._changed)
        self._count_name = ""
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Column roles"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.count_rows)
        layout.addWidget(self.date_note)
        layout.addWidget(self.message)
        self.rows: dict[str, tuple[QComboBox, QComboBox]] = {}
        self.shape.currentIndexChanged.connect(self._changed)
        self.date_order.currentIndexChanged.connect(self._date_order_changed)

    def _role_items(self) -> list[tuple[str, str]]:
        labels = (self.tr("Ignore"), self.tr("Date"), self.tr("Stage"), self.tr("Touchpoint"),
                  self.tr("Channel"), self.tr("Segment"), self.tr("Metric name"), self.tr("Value"),
                  self.tr("Metric column"))
        return list(zip(ROLE_LABELS, labels, strict=True))

    def _kind_items(self) -> list[tuple[str, str]]:
        return [("nps", self.tr("NPS (answers 0–10)")), ("csat", self.tr("CSAT (answers 1–5)")),
                ("csat-words", self.tr("CSAT (answers in words)")), ("ces", self.tr("CES (answers 1–7)")),
                ("count", self.tr("Total of values")), ("value", self.tr("Mean of values"))]

    def initializePage(self) -> None:
        w = self.import_wizard
        mapping = w.mapping
        fill_combo(self.shape, [(self.shape.itemData(i), self.shape.itemText(i)) for i in range(3)],
                   mapping.shape)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        headings = (self.tr("Column"), self.tr("Example"), self.tr("Role"), self.tr("Metric kind"),
                    self.tr("Why"))
        for c, text in enumerate(headings):
            grid.addWidget(plain_label(text), 0, c)
        self.rows = {}
        table = w.table
        columns = table.columns if table is not None else []
        for index, column in enumerate(columns):
            r = index + 1
            sample = next((row.values[index] for row in table.rows if row.values[index].strip()), "")
            role = mapping.roles.get(column, "measure" if column in mapping.metric_columns else "ignore")
            metric = mapping.metric_columns.get(column, column)
            kind = mapping.metric_kinds.get(metric) or w.proposed_kind(column)
            if kind == "csat" and column in mapping.label_columns:
                kind = "csat-words"
            role_box, kind_box = QComboBox(), QComboBox()
            fill_combo(role_box, self._role_items(), role if role in ROLE_LABELS else "ignore")
            fill_combo(kind_box, self._kind_items(), kind)
            role_box.setAccessibleName(self.tr("Role of column {column}").format(column=column))
            kind_box.setAccessibleName(self.tr("Metric kind of column {column}").format(column=column))
            name = data_label(shorten(column, 40), role_box)
            name.setToolTip(column + (f"\n{table.descriptions[index]}" if table.descriptions[index] else ""))
            example = plain_label(shorten(sample, 30))
            example.setToolTip(sample)
            why = plain_label(w.reason(column))
            grid.addWidget(name, r, 0)
            grid.addWidget(example, r, 1)
            grid.addWidget(role_box, r, 2)
            grid.addWidget(kind_box, r, 3)
            grid.addWidget(why, r, 4)
            role_box.currentIndexChanged.connect(self._changed)
            kind_box.currentIndexChanged.connect(self._changed)
            self.rows[column] = (role_box, kind_box)
        grid.setRowStretch(len(columns) + 1, 1)
        grid.setColumnStretch(4, 1)
        self.scroll.setWidget(grid_widget)
        self.count_rows.blockSignals(True)
        self.count_rows.setChecked(bool(mapping.count_metric))
        self.count_rows.blockSignals(False)
        proposal = w.session.proposal
        self._count_name = mapping.count_metric or (proposal.mapping.count_metric if proposal is not None
                                                    else "")
        self.count_rows.setVisible(bool(self._count_name))
        if self._count_name:
            self.count_rows.setText(self.tr("Count the rows as '{name}', per day and key").format(
                name=self._count_name))
        show_message(self.notice, w.mapping_notice)
        self._changed()

    def mapping_from_widgets(self) -> Mapping:
        w = self.import_wizard
        roles: dict[str, str] = {}
        metric_columns: dict[str, str] = {}
        kinds: dict[str, str] = {}
        labels: dict[str, str] = {}
        shape = self.shape.currentData()
        proposed = w.session.proposal.mapping if w.session.proposal is not None else w.mapping
        for column, (role_box, kind_box) in self.rows.items():
            role = role_box.currentData()
            kind_box.setEnabled(role == "measure")
            if role == "measure" and shape != "long":
                metric = w.mapping.metric_columns.get(column) or proposed.metric_columns.get(column) or column
                metric_columns[column] = metric
                kind = kind_box.currentData()
                if kind == "csat-words":
                    kind = "csat"
                    labels[column] = (w.mapping.label_columns.get(column)
                                      or proposed.label_columns.get(column) or "paired")
                kinds[metric] = kind
            elif role in KEY_ROLES:
                roles[column] = role
        count = self._count_name if self.count_rows.isChecked() and shape != "long" else ""
        if count:
            kinds[count] = "count"
        if shape == "long":
            kinds = dict(proposed.metric_kinds) if proposed.shape == "long" else {}
        return dataclasses.replace(w.mapping, shape=shape, roles=roles, metric_columns=metric_columns,
                                   metric_kinds=kinds, label_columns=labels, count_metric=count)

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
                    role=names[role].lower(), columns=", ".join(f"'{c}'" for c in columns))
        if mapping.shape == "long" and {"metric", "value"} - set(mapping.roles.values()):
            return self.tr(
                "A long table needs a 'Metric name' column and a 'Value' column: choose their roles.")
        if mapping.shape != "long" and not mapping.metric_columns and not mapping.count_metric:
            return self.tr("No column holds a value to import: give at least one column the role 'Metric "
                           "column', or count the rows.")
        return ""

    def isComplete(self) -> bool:
        w = self.import_wizard
        return w.table is not None and not self.problem() and not w.needs_date_order()
