"""The CSV import wizard: the pages gather choices and show an ImportSession's state; the session does the
work.

Reading the whole file (counting names, checking every row, writing the rows) happens on worker
threads; the Dataset is then added on the GUI thread through ``Editor.run``, which commits the rows
with it, so an import is one undoable edit that a crash leaves whole or absent.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget, QWizard

from journeydesk.core.document import Edit
from journeydesk.core.model import Dataset
from journeydesk.imports.dataset_record import source_path_of
from journeydesk.imports.evidence import EvidenceColumns
from journeydesk.imports.evidence_import import EvidenceImport
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.reader import CsvError, CsvSettings, Table
from journeydesk.imports.refusals import NothingToImport
from journeydesk.imports.session import ImportSession
from journeydesk.store.datasets import DatasetWriteError, ImportCancelled
from journeydesk.store.store import StoreError
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.wizard.import_evidence_pages import EvidenceReviewPage, EvidenceRolesPage
from journeydesk.ui.wizard.import_pages import ColumnsPage, FilePage
from journeydesk.ui.wizard.import_review_pages import MatchingPage, SummaryPage
from journeydesk.ui.wizard.import_widgets import ImportProgress
from journeydesk.ui.wizard.import_worker import ImportWorker

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
        project = editor.store.path if editor.store is not None else None
        self.session = ImportSession(editor.document, self.journey_id,
                                     data if data is not None else self.path, name=self.path.name,
                                     project=project, replacing=replacing)
        self.result_dataset: Dataset | None = None
        self.evidence_added = 0  # items added from a table of quotes or findings
        self._evidence: EvidenceImport | None = None
        self.status_message = ""
        self.progress_dialog: ImportProgress | None = None
        self._cancel = threading.Event()
        self._worker: ImportWorker | None = None
        self._finished_worker: ImportWorker | None = None
        self._accept_when_done = False
        title = (self.tr("Refresh '{name}'").format(name=replacing.name) if replacing is not None
                 else self.tr("Import CSV: {file}").format(file=self.path.name))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        editor.about_to_close.connect(self._stop_worker)
        self.session.detect()
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.matching_page = MatchingPage(self)
        self.summary_page = SummaryPage(self)
        self.evidence_roles_page = EvidenceRolesPage(self)
        self.evidence_review_page = EvidenceReviewPage(self)
        for page in (self.file_page, self.columns_page, self.matching_page, self.summary_page):
            self.addPage(page)
        self.evidence_roles_id = self.addPage(self.evidence_roles_page)
        self.evidence_review_id = self.addPage(self.evidence_review_page)
        self.resize(860, 660)

    def nextId(self) -> int:
        """A table of quotes or findings goes from the file page to its own pages; the rest to the metric
        pages."""
        page = self.currentPage()
        if page is self.file_page and self.evidence_import() is not None:
            return self.evidence_roles_id
        if page is self.evidence_roles_page:
            return self.evidence_review_id
        if page in (self.summary_page, self.evidence_review_page):
            return -1
        return super().nextId()

    # ----- a table of quotes or findings

    def evidence_import(self) -> EvidenceImport | None:
        """The evidence import of the file when it is a table of quotes or findings (with the columns chosen
        on the wizard's page, while the file still has them), else None."""
        found = EvidenceImport.of(self.session)
        table = self.session.table
        kept = self._evidence
        if found is None or table is None:
            self._evidence = None
        elif kept is None or not all(column in table.columns for column in kept.columns.roles.values()):
            self._evidence = found
        return self._evidence

    def set_evidence_roles(self, roles: dict[str, str]) -> None:
        self._evidence = EvidenceImport(self.session, EvidenceColumns(roles))

    def evidence_headline(self) -> str:
        """What the file looks like to a person, said plainly ("" when it is not quotes or findings)."""
        table = self.session.table
        if table is None or self.evidence_import() is None:
            return ""
        if table.complete:
            return self.tr("This looks like a table of research quotes or findings: {rows} rows. Each "
                           "becomes an evidence item on the card or stage it names.").format(
                               rows=f"{len(table.rows):,}")
        return self.tr("This looks like a table of research quotes or findings (the first {rows} rows are "
                       "shown). Each row becomes an evidence item on the card or stage it names.").format(
            rows=f"{len(table.rows):,}")

    def add_evidence(self) -> bool:
        """Add the checked items as one undoable step, as ``import-csv`` does; False (with the reason) if
        not."""
        page = self.evidence_review_page
        evidence, check = self.evidence_import(), page.check
        if evidence is None or check is None or page.checking:
            return False
        refusal = evidence.refusal(check, skip_bad_rows=page.skip.isChecked())
        if refusal:
            self._failed(refusal)
            return False
        if not self.editor.run(evidence.edit(check)):
            self._set_status(self.tr("The items could not be added; nothing was imported."))
            return False
        owners = check.by_owner()
        self.evidence_added = len(check.items)
        self._set_status(self.tr("Added {n} quotes or findings from '{file}': {cards} on cards, {stages} on "
                                 "stages.").format(n=f"{len(check.items):,}", file=self.path.name,
                                                   cards=f"{owners['cards']:,}",
                                                   stages=f"{owners['stages']:,}"))
        return True

    # ----- the session's state, as the pages read it

    @property
    def table(self) -> Table | None:
        return self.session.table

    @property
    def table_error(self) -> str:
        return self.session.error

    @property
    def settings(self) -> CsvSettings:
        return self.session.settings

    @property
    def mapping(self) -> Mapping:
        return self.session.mapping

    @property
    def mapping_notice(self) -> str:
        return self.session.mapping_notice

    @property
    def date_column(self) -> str | None:
        return self.session.date_column

    @property
    def date_candidates(self) -> tuple[str, ...]:
        return self.session.date_candidates

    @property
    def date_problem(self) -> str:
        return self.session.date_problem

    def needs_date_order(self) -> bool:
        return self.session.needs_date_order()

    def set_settings(self, settings: CsvSettings) -> None:
        self.session.set_settings(settings)

    def set_mapping(self, mapping: Mapping) -> None:
        self.session.set_mapping(mapping)

    def set_date_order(self, order: str | None) -> None:
        self.session.set_date_order(order)

    def reason(self, column: str) -> str:
        """Why the column was given its first guess (shown beside it)."""
        proposal = self.session.proposal
        if proposal is None:
            return ""
        return next((g.reason for g in proposal.columns if g.column == column), "")

    def proposed_kind(self, column: str) -> str:
        proposal = self.session.proposal
        guess = next((g for g in proposal.columns if g.column == column), None) if proposal else None
        return guess.kind if guess is not None and guess.kind else "value"

    # ----- matching keys to the map

    def key_column(self, role: str) -> str | None:
        return self.session.mapping.column_of(role)

    def key_counts(self) -> dict[str, Counter]:
        return self.session.key_counts()

    def entities(self, role: str) -> list[tuple[str, str]]:
        return self.session.entities(role)

    def current_match(self, role: str, key: str) -> str | None:
        return self.session.current_match(role, key)

    def set_match(self, role: str, key: str, entity_id: str | None) -> None:
        self.session.set_match(role, key, entity_id)

    def missing(self, role: str) -> list[str]:
        """Names that "Create missing stages/touchpoints" would add (not those set to no match);
        empty until every row has been checked."""
        check = self.session.checked
        if check is None:
            return []
        if role == "stage":
            return self.session.missing_stages(check)
        return [text for _stage, text in self.session.missing_touchpoints(check)]

    def missing_places(self) -> list[tuple[str, str]]:
        """(touchpoint, stage name) for each touchpoint "Create missing touchpoints" would add."""
        check = self.session.checked
        if check is None:
            return []
        names = {s.id: s.name for s in self.editor.document.stages(self.journey_id)}
        return [(text, names.get(stage_id, "")) for stage_id, text in self.session.missing_touchpoints(check)]

    def create_missing(self, role: str) -> int:
        """Add the missing stages or touchpoints (in their stages): one undoable edit; how many were added."""
        check = self.session.validate()
        edit: Edit | None = (self.session.stages_edit(check) if role == "stage"
                             else self.session.touchpoints_edit(check))
        if edit is None:
            return 0
        count = sum(1 for change in edit.changes if change.before is None)
        if not self.editor.run(edit):
            return 0
        self.session.map_changed()
        return count

    # ----- checking and importing

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
            self.session.prepare(store)
        except OSError as error:
            self._failed(_unreadable_message(self.path, error))
            return None
        except (CsvError, ValueError, StoreError, DatasetWriteError) as error:
            self._failed(str(error))
            return None
        worker = ImportWorker(self.session, store, self._cancel)
        self._worker = worker
        self._set_status(self.tr("Importing…"))
        if wait:
            worker.start()
            worker.wait()
            return self._finish_import()
        check = self.session.validate()
        dialog = ImportProgress(self.tr("Importing '{name}'").format(name=self.dataset_name()),
                                check.observations, self)
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
        store = self.editor.store
        error = worker.error
        try:
            if error is None:
                result = self.session.finish(self.editor.history, self.editor.run)
                if result is None:
                    self._set_status(self.tr("The dataset could not be added; nothing was imported."))
                    return None
        except NothingToImport as refused:
            error = refused
        finally:
            if store is not None:
                store.abort_import()  # when the import stopped before its edit, its rows go too
        if error is not None:
            self._report(error)
            return None
        dataset = result.dataset
        self.result_dataset = dataset
        self._set_status((self.tr("Imported 1 value into '{name}'.") if dataset.row_count == 1 else
                          self.tr("Imported {values} values into '{name}'.")).format(
            values=f"{dataset.row_count:,}", name=dataset.name))
        if accept:
            super().accept()
        return dataset

    def _report(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._set_status(self.tr("The import was cancelled; nothing was added."))
        elif isinstance(error, OSError):
            self._failed(_unreadable_message(self.path, error))
        elif isinstance(error, (DatasetWriteError, CsvError, ValueError, StoreError)):
            self._failed(str(error))
        else:
            self._failed(self.tr("The import failed ({reason}); nothing was added.").format(
                reason=f"{type(error).__name__}: {error}"))

    def _set_status(self, text: str) -> None:
        self.status_message = text
        self.summary_page.show_status(text)
        self.evidence_review_page.show_status(text)
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow) and text:
            parent.statusBar().showMessage(text, 8000)

    def _failed(self, message: str) -> None:
        self._set_status(message)
        self.editor.error.emit(message)

    # ----- closing

    def accept(self) -> None:
        if self.currentPage() is self.evidence_review_page:
            if self.add_evidence():
                super().accept()
        elif self.result_dataset is not None:
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)


def _unreadable_message(path: Path, error: OSError) -> str:
    return translate("ImportWizard", "'{file}' cannot be read ({reason}): check that it exists and that you "
                     "may open it.").format(file=path.name, reason=error.strerror or error)


def ask_again(parent: QWidget | None, path: Path, earlier: Dataset) -> str:
    """The person's answer when ``path`` was imported before: "replace", "keep" or "" (cancel)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ImportWizard", "Imported before"),
                      translate("ImportWizard", "'{file}' was imported into this journey before, as "
                                "'{name}'. Importing it again would count its rows twice.").format(
                          file=path.name, name=earlier.name), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(translate("ImportWizard",
                                     "Replace that data with the file as it is now, or keep both?"))
    replace = box.addButton(translate("ImportWizard", "&Replace"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("ImportWizard", "&Keep Both"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.exec()
    clicked = box.clickedButton()
    return "replace" if clicked is replace else "keep" if clicked is keep else ""


def import_csv_file(editor: Editor, path: str | Path, parent: QWidget | None = None, *,
                    replacing: Dataset | None = None) -> Dataset | None:
    """Run the wizard on ``path`` and return the Dataset it added (None when cancelled or refused).

    A file imported into the journey before is not counted twice without asking: Replace refreshes
    that data, Keep Both imports it again.
    """
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
    if replacing is None:
        project = editor.store.path if editor.store is not None else None
        earlier = ImportSession(editor.document, editor.journey_id, path, project=project).earlier_import()
        if earlier is not None:
            answer = ask_again(parent, path, earlier)
            if not answer:
                return None
            replacing = earlier if answer == "replace" else None
    wizard = ImportWizard(editor, path, parent, replacing=replacing)
    try:
        wizard.exec()
        return wizard.result_dataset
    finally:
        wizard.deleteLater()


def refresh_dataset(editor: Editor, dataset: Dataset, parent: QWidget | None = None) -> Dataset | None:
    """Import a dataset's file again in its place (the file found where it was, or beside the moved
    project)."""
    project = editor.store.path if editor.store is not None else None
    path = source_path_of(dataset, project)
    if path is None or not path.is_file():
        editor.error.emit(translate("ImportWizard", "{file} is no longer there; import the updated file with "
                                    "Import CSV….").format(file=path if path is not None else dataset.name))
        return None
    return import_csv_file(editor, path, parent, replacing=dataset)


__all__ = ["ImportProgress", "ImportWizard", "ImportWorker", "import_csv_file", "refresh_dataset"]
