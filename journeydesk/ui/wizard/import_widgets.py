"""The import wizard's shared parts: labels, combos, the page base, and the progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

if TYPE_CHECKING:
    from journeydesk.core.model import Dataset
    from journeydesk.imports.evidence_import import EvidenceImport
    from journeydesk.imports.mapping import Mapping
    from journeydesk.imports.reader import CsvSettings, Table
    from journeydesk.imports.session import ImportSession
    from journeydesk.ui.base.editor import Editor

PREVIEW_ROWS = 50
MAX_KEYS = 300
MAX_PROBLEMS_SHOWN = 200
_CELL_CHARS = 200
KEY_ROLES = ("date", "stage", "touchpoint", "channel", "segment", "metric", "value")


class WizardSession(Protocol):
    """The import as the wizard's pages see it: the session, the choices made so far, and the changes they
    make.

    The wizard answers; the pages never import it.
    """

    session: ImportSession
    editor: Editor
    replacing: Dataset | None
    status_message: str
    finished: SignalInstance

    @property
    def table(self) -> Table | None: ...
    @property
    def table_error(self) -> str: ...
    @property
    def settings(self) -> CsvSettings: ...
    @property
    def mapping(self) -> Mapping: ...
    @property
    def mapping_notice(self) -> str: ...
    @property
    def date_column(self) -> str | None: ...
    @property
    def date_candidates(self) -> tuple[str, ...]: ...
    @property
    def date_problem(self) -> str: ...
    @property
    def running(self) -> bool: ...
    def needs_date_order(self) -> bool: ...
    def set_settings(self, settings: CsvSettings) -> None: ...
    def set_mapping(self, mapping: Mapping) -> None: ...
    def set_date_order(self, order: str | None) -> None: ...
    def reason(self, column: str) -> str: ...
    def proposed_kind(self, column: str) -> str: ...
    def key_column(self, role: str) -> str | None: ...
    def entities(self, role: str) -> list[tuple[str, str]]: ...
    def current_match(self, role: str, key: str) -> str | None: ...
    def set_match(self, role: str, key: str, entity_id: str | None) -> None: ...
    def missing(self, role: str) -> list[str]: ...
    def missing_places(self) -> list[tuple[str, str]]: ...
    def create_missing(self, role: str) -> int: ...
    def dataset_name(self) -> str: ...
    def evidence_import(self) -> EvidenceImport | None: ...
    def set_evidence_roles(self, roles: dict[str, str]) -> None: ...
    def evidence_headline(self) -> str: ...


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


class ImportPage(QWizardPage):
    """A page of the import wizard, with the date-order choice some pages share."""

    def __init__(self, wizard: WizardSession) -> None:
        super().__init__()
        self.import_wizard = wizard

    def _date_order_items(self) -> list[tuple[str, str]]:
        return [("", self.tr("(choose the order)")), ("ymd", self.tr("Year/month/day (2024/03/14)")),
                ("dmy", self.tr("Day/month/year (14/03/2024)")),
                ("mdy", self.tr("Month/day/year (03/14/2024)"))]

    def _sync_date_order(self, combo: QComboBox, form: QFormLayout, note: QLabel) -> None:
        w = self.import_wizard
        form.setRowVisible(combo, w.date_column is not None)
        fill_combo(combo, self._date_order_items(), w.mapping.date_order or "")
        text = w.date_problem if w.needs_date_order() or not w.date_candidates else ""
        if w.needs_date_order() and not text:
            text = self.tr("The dates in column '{column}' can be read day first or month first (for example "
                           "03/04/2024): choose the date order.").format(column=w.date_column)
        show_message(note, text)


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
            self.label.setText(self.tr("1 value written…") if written == 1 else
                               self.tr("{n} values written…").format(n=f"{written:,}"))

    def reject(self) -> None:
        if not self.cancelling:
            self.cancelling = True
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
