"""The CSV import wizard: its state (settings, mapping, matches) and the import thread.

The file is read from its path as a stream, never whole. Rows are written on a worker thread by
``data_import.write_rows`` (what the command line uses); the Dataset entity is then added on the
GUI thread through ``Editor.run``, so an import is one undoable edit. While the worker runs, a
modal progress dialog keeps the GUI from touching the store.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import Counter
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget, QWizard

from journeydesk.core import commands
from journeydesk.core.model import CardKind, Dataset, LaneKind, new_id
from journeydesk.imports import reader as csv_import
from journeydesk.imports.pipeline import (
    Check,
    Converter,
    Mapping,
    MappingError,
    check_file,
    default_mapping,
    kind_for,
    map_keys,
    missing_touchpoints,
    normalized,
    opened,
    read_header,
    settings_of,
)
from journeydesk.imports.reader import CsvError, CsvSettings, Table, TableReader, read_table, sniff
from journeydesk.imports.records import row_batches
from journeydesk.imports.values import ORDERS, detect_date_order, looks_like_date
from journeydesk.store.datasets import DatasetWriteError, ImportCancelled
from journeydesk.store.store import StoreError
from journeydesk.ui.editor import Editor
from journeydesk.ui.import_pages import ColumnsPage, FilePage
from journeydesk.ui.import_review_pages import MatchingPage, SummaryPage
from journeydesk.ui.import_widgets import ImportProgress
from journeydesk.ui.import_worker import ImportWorker, checked_mapping, checked_settings, fits

SAMPLE_ROWS = 500
SNIFF_BYTES = csv_import.SNIFF_BYTES


translate = QCoreApplication.translate


class ImportWizard(QWizard):
    """Import (or, with ``replacing``, refresh) a CSV file into the editor's journey.

    ``result_dataset`` is the Dataset added, or None. ``run_import(wait=True)`` imports
    synchronously (tests); Finish runs it with a progress dialog and closes on success.
    """

    def __init__(self, editor: Editor, path: str | Path, parent: QWidget | None = None, *,
                 replacing: Dataset | None = None, data: bytes | None = None) -> None:
        """``data`` stands in for the file's bytes (tests); otherwise the file is read from ``path``."""
        super().__init__(parent)
        self.editor = editor
        self.path = Path(path)
        self.replacing = replacing
        self.journey_id = replacing.journey_id if replacing is not None else editor.journey_id
        self.result_dataset: Dataset | None = None
        self.status_message = ""
        self.table: Table | None = None
        self.table_error = ""
        self.mapping_notice = ""
        self.settings = CsvSettings()
        self.mapping = Mapping()
        self.check: Check | None = None
        self.date_column: str | None = None
        self.date_candidates: tuple[str, ...] = ()
        self.date_problem = ""
        self.progress_dialog: ImportProgress | None = None
        self._saved_mapping: Mapping | None = None
        self._date_key: tuple[str | None, int] | None = None
        self._table_version = 0
        self._keys: dict[str, Counter] | None = None
        self._cancel = threading.Event()
        self._worker: ImportWorker | None = None
        self._finished_worker: ImportWorker | None = None
        self._accept_when_done = False
        self._unreadable = False
        title = (self.tr("Refresh “{name}”").format(name=replacing.name) if replacing is not None
                 else self.tr("Import CSV: {file}").format(file=self.path.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        editor.about_to_close.connect(self._stop_worker)
        self.source: bytes | Path = data if data is not None else self.path
        self.head = self._head()
        self._start()
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.matching_page = MatchingPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.columns_page, self.matching_page, self.summary_page):
            self.addPage(page)
        self.resize(820, 640)

    # ----- reading and settings

    def _head(self) -> bytes:
        """The start of the file, enough to detect how to read it."""
        if isinstance(self.source, bytes):
            return self.source[:SNIFF_BYTES + 1]
        try:
            with self.source.open("rb") as stream:
                return stream.read(SNIFF_BYTES + 1)
        except OSError as error:
            self._unreadable = True
            self.table_error = _unreadable_message(self.path, error)
            return b""

    def _start(self) -> None:
        if self._unreadable:
            return
        settings: CsvSettings | None = None
        if self.replacing is not None:
            # The saved settings and mapping come from the project file: use them only when well formed.
            try:
                settings = checked_settings(settings_of(self.replacing))
            except CsvError:
                settings = None
            try:
                self._saved_mapping = checked_mapping(Mapping.from_json(self.replacing.mapping))
            except MappingError:
                self._saved_mapping = None
        if settings is None:
            try:
                settings = sniff(self.head, max_bytes=SNIFF_BYTES, name=self.path.name)
            except CsvError as error:
                self.table_error = str(error)
                return
        self.mapping = self._saved_mapping or Mapping()
        self.set_settings(settings)

    def set_settings(self, settings: CsvSettings) -> None:
        """Read the preview again with ``settings``; keep the mapping while its columns are still there."""
        self.settings = settings
        self.check = None
        self._keys = None
        if self._unreadable:
            return
        try:
            table = read_table(self.source, settings, limit=SAMPLE_ROWS, name=self.path.name)
        except OSError as error:
            self.table, self.table_error = None, _unreadable_message(self.path, error)
            return
        except CsvError as error:
            self.table, self.table_error = None, str(error)
            return
        self.table, self.table_error = table, ""
        self._table_version += 1
        previous = self.mapping
        if not (previous.roles or previous.metric_columns) or not fits(previous, table.columns):
            guessed = default_mapping(table)
            self.mapping = dataclasses.replace(guessed, stage_matches=previous.stage_matches,
                                               touchpoint_matches=previous.touchpoint_matches)
        self.mapping_notice = ""
        saved = self._saved_mapping
        if saved is not None and not fits(saved, table.columns):
            missing = [c for c in (*saved.roles, *saved.metric_columns) if c not in table.columns]
            self.mapping_notice = self.tr(
                "The file has changed shape: the saved mapping uses columns that are not in it any more ({names}). "
                "The roles below were guessed again; check them.").format(names=", ".join(f"“{c}”" for c in missing))
        self._detect_date_order()

    def set_mapping(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.check = None
        self._keys = None
        self._detect_date_order()

    def set_date_order(self, order: str | None) -> None:
        self.mapping = dataclasses.replace(self.mapping, date_order=order or None)
        self.check = None

    def _detect_date_order(self) -> None:
        """Decide the date order from the samples; when they do not decide, the person must choose."""
        column = next((c for c, r in self.mapping.roles.items() if r == "date"), None)
        key = (column, self._table_version)
        if key == self._date_key:
            return
        self._date_key = key
        table = self.table
        self.date_column = column if table is not None and column in table.columns else None
        self.date_candidates = ()
        self.date_problem = ""
        if table is None or self.date_column is None:
            return
        index = table.columns.index(self.date_column)
        samples = [row.values[index] for row in table.rows]
        try:
            order = detect_date_order(samples)
        except ValueError as error:
            # No date at all is reported row by row; dates that contradict each other need an order chosen.
            self.date_problem = str(error)
            if any(map(looks_like_date, samples)):
                self.date_candidates = ORDERS
                if self.mapping.date_order not in ORDERS:
                    self.mapping = dataclasses.replace(self.mapping, date_order=None)
            return
        if order.ambiguous:
            self.date_candidates = order.candidates
            if self.mapping.date_order not in order.candidates:
                self.mapping = dataclasses.replace(self.mapping, date_order=None)
        else:
            self.mapping = dataclasses.replace(self.mapping, date_order=order.order)

    def needs_date_order(self) -> bool:
        return bool(self.date_candidates) and self.mapping.date_order is None

    def guess_kind(self, column: str) -> str:
        return kind_for(column).value

    # ----- matching keys to the map

    def key_column(self, role: str) -> str | None:
        return next((c for c, r in self.mapping.roles.items() if r == role), None)

    def key_counts(self) -> dict[str, Counter]:
        """Rows per stage and touchpoint key in the whole file (keys equal once normalised count as one)."""
        if self._keys is None:
            with TableReader(opened(self.source), self.settings, name=self.path.name) as reader:
                indexes = {role: reader.columns.index(column) for role in ("stage", "touchpoint")
                           if (column := self.key_column(role)) in reader.columns}
                counts: dict[str, Counter] = {role: Counter() for role in indexes}
                shown: dict[tuple[str, str], str] = {}
                for rows in row_batches(reader):
                    for role, index in indexes.items():
                        for text, n in Counter(map(itemgetter(index), rows)).items():
                            key = text.strip()
                            if key:
                                counts[role][shown.setdefault((role, normalized(key)), key)] += n
            self._keys = counts
        return self._keys

    def entities(self, role: str) -> list[tuple[str, str]]:
        """(id, label) of the journey's stages or touchpoints, for the match combos."""
        doc = self.editor.document
        stages = doc.stages(self.journey_id)
        if role == "stage":
            return [(s.id, s.name) for s in stages]
        names = {s.id: s.name for s in stages}
        order = {s.id: i for i, s in enumerate(stages)}
        cards = sorted((c for c in doc.cards(self.journey_id) if c.kind == CardKind.TOUCHPOINT),
                       key=lambda c: (order.get(c.stage_id, len(order)), c.position))
        return [(c.id, f"{' '.join(c.text.split())[:80]} ({names.get(c.stage_id, '')})") for c in cards]

    def _overrides(self, role: str) -> dict[str, str]:
        return self.mapping.stage_matches if role == "stage" else self.mapping.touchpoint_matches

    def auto_match(self, role: str, key: str) -> str | None:
        stages, touchpoints = map_keys(self.editor.document, self.journey_id)
        return (stages if role == "stage" else touchpoints).get(normalized(key))

    def current_match(self, role: str, key: str) -> str | None:
        """The id the key will be tied to: the override if there is one, else the match by name."""
        folded = normalized(key)
        for known, entity_id in self._overrides(role).items():
            if normalized(known) == folded:
                return entity_id or None
        return self.auto_match(role, key)

    def set_match(self, role: str, key: str, entity_id: str | None) -> None:
        folded = normalized(key)
        overrides = {k: v for k, v in self._overrides(role).items() if normalized(k) != folded}
        if (entity_id or None) != self.auto_match(role, key):
            overrides[key] = entity_id or ""
        field = "stage_matches" if role == "stage" else "touchpoint_matches"
        self.mapping = dataclasses.replace(self.mapping, **{field: overrides})
        self.check = None

    def creatable_touchpoints(self, keys: list[str]) -> list[str]:
        """The unmatched keys that "Create missing touchpoints" would add (not those set to no match)."""
        doc = self.editor.document
        lanes = [lane for lane in doc.lanes(self.journey_id) if lane.kind == LaneKind.TOUCHPOINTS]
        if not lanes or not doc.stages(self.journey_id):
            return []
        overridden = {normalized(k) for k in self.mapping.touchpoint_matches}
        return [k for k in keys if normalized(k) not in overridden]

    def create_missing_touchpoints(self) -> int:
        """Add a touchpoint card for each unmatched key, in its most common stage: one undoable edit."""
        check = self.run_check()
        items, seen = [], set()
        for stage_id, text in missing_touchpoints(check, self.editor.document, self.journey_id):
            if normalized(text) not in seen:
                seen.add(normalized(text))
                items.append((stage_id, text))
        if not items or not self.editor.run(lambda doc: commands.add_touchpoints(doc, items)):
            return 0
        self.check = None
        return len(items)

    # ----- checking and importing

    def run_check(self) -> Check:
        """Read and check every row with the current settings and mapping (nothing is written)."""
        if self.check is None:
            if self.table is None:
                raise CsvError(self.table_error or self.tr("The file cannot be read with these settings."))
            self.check = check_file(self.editor.document, self.journey_id, self.source, self.settings,
                                    self.mapping, self.path.name)
        return self.check

    def dataset_name(self) -> str:
        return self.replacing.name if self.replacing is not None else self.path.stem

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def cancel_import(self) -> None:
        """Ask the running (or the next) import to stop; nothing is kept."""
        self._cancel.set()

    def _stop_worker(self) -> None:
        """The project is closing: stop writing (nothing is kept) before the connection goes."""
        if self.running:
            self.cancel_import()
            self._finish_import()

    def run_import(self, wait: bool = False) -> Dataset | None:
        """Write the rows on a worker thread, then add the Dataset; with ``wait``, block until done."""
        if self.running:
            return None
        self.result_dataset = None
        store = self.editor.store
        if store is None or self.editor.read_only:
            self._failed(self.tr("The project is not open for editing: nothing was imported."))
            return None
        try:
            if self.table is None:
                raise CsvError(self.table_error or self.tr("The file cannot be read with these settings."))
            columns = read_header(self.source, self.settings, self.path.name)
            converter = Converter(self.editor.document, self.journey_id, columns, self.mapping,
                                  self.settings.decimal)
        except OSError as error:
            self._failed(_unreadable_message(self.path, error))
            return None
        except (CsvError, MappingError) as error:
            self._failed(str(error))
            return None
        try:
            pending = store.begin_import(new_id())
        except (StoreError, DatasetWriteError) as error:
            self._failed(str(error))
            return None
        worker = ImportWorker(store, pending, self.source, self.settings, converter, self.path.name,
                              self._cancel)
        self._worker = worker
        self._set_status(self.tr("Importing…"))
        if wait:
            worker.start()
            worker.wait()
            return self._finish_import()
        total = self.check.observations if self.check is not None else 0
        dialog = ImportProgress(self.tr("Importing “{name}”").format(name=self.dataset_name()), total, self)
        dialog.cancel_requested.connect(self.cancel_import)
        worker.progressed.connect(dialog.set_written)
        worker.finished.connect(self._finish_import)
        self.progress_dialog = dialog
        worker.start()
        self.summary_page.completeChanged.emit()
        dialog.show()
        return None

    def _finish_import(self) -> Dataset | None:
        worker = self._worker
        if worker is None or worker is self._finished_worker:
            return None
        self._finished_worker = worker
        worker.wait()
        if self.progress_dialog is not None:
            self.progress_dialog.done(0)
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._cancel.clear()
        self.summary_page.completeChanged.emit()
        accept, self._accept_when_done = self._accept_when_done, False
        error = worker.error
        if isinstance(error, ImportCancelled):
            self._set_status(self.tr("The import was cancelled; nothing was added."))
            return None
        if isinstance(error, (DatasetWriteError, MappingError, CsvError)):
            self._failed(str(error))
            return None
        if isinstance(error, OSError):
            self._failed(_unreadable_message(self.path, error))
            return None
        if error is not None:
            self._failed(self.tr("The import failed ({reason}); nothing was added.").format(
                reason=f"{type(error).__name__}: {error}"))
            return None
        dataset = self._dataset(worker)
        replacing = self.replacing.id if self.replacing is not None else None
        added = self.editor.run(lambda doc: commands.add_dataset(doc, dataset, replacing=replacing))
        if self.editor.store is not None:
            self.editor.store.abort_import()  # when the edit was refused, its rows go too
        if not added:
            self._set_status(self.tr("The dataset could not be added; nothing was imported."))
            return None
        self.result_dataset = dataset
        self._set_status(self.tr("Imported {values} values into “{name}”.").format(
            values=f"{dataset.row_count:,}", name=dataset.name))
        if accept:
            super().accept()
        return dataset

    def _dataset(self, worker: ImportWorker) -> Dataset:
        """The Dataset entity as ``data_import.import_file`` builds it."""
        check = worker.converter.check
        doc = self.editor.document
        position = (self.replacing.position if self.replacing is not None
                    else len(doc.children(Dataset, "journey_id", self.journey_id)))
        return Dataset(
            id=worker.dataset_id, journey_id=self.journey_id, name=self.dataset_name(),
            source_path=str(self.path.absolute()),
            settings=json.dumps(dataclasses.asdict(self.settings), ensure_ascii=False),
            mapping=self.mapping.to_json(), metrics=tuple(sorted(check.metrics)), row_count=worker.written,
            skipped_rows=check.problem_count,
            imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), position=position,
        )

    def _set_status(self, text: str) -> None:
        self.status_message = text
        self.summary_page.show_status(text)
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow) and text:
            parent.statusBar().showMessage(text, 8000)

    def _failed(self, message: str) -> None:
        self._set_status(message)
        self.editor.error.emit(message)

    # ----- closing

    def accept(self) -> None:
        if self.result_dataset is not None:
            super().accept()
        elif not self.running:
            self._accept_when_done = True
            self.run_import()
            if not self.running:
                self._accept_when_done = False

    def reject(self) -> None:
        if self.running:
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.running:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)


def _unreadable_message(path: Path, error: OSError) -> str:
    return translate("ImportWizard", "“{file}” cannot be read ({reason}): check that it exists and that you may open it.").format(
        file=path.name, reason=error.strerror or error)


def import_csv_file(editor: Editor, path: str | Path, parent: QWidget | None = None, *,
                    replacing: Dataset | None = None) -> Dataset | None:
    """Run the wizard on ``path`` and return the Dataset it added (None when cancelled or refused)."""
    path = Path(path)
    if not editor.has_project or editor.read_only:
        editor.error.emit(translate("ImportWizard", "Open a project for editing before importing data."))
        return None
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        editor.error.emit(_unreadable_message(path, error))
        return None
    wizard = ImportWizard(editor, path, parent, replacing=replacing)
    try:
        wizard.exec()
        return wizard.result_dataset
    finally:
        wizard.deleteLater()


__all__ = ["ImportProgress", "ImportWizard", "ImportWorker", "import_csv_file"]
