"""One CSV import from start to end, driven the same way by the command line and the wizard.

The steps: detect how to read the file → propose a mapping (each guess with its reason) →
validate every row (problems by line) → match names to the map (and create what is missing) →
write (progress, cancel) → finish (the Dataset added as one undoable edit) → result. The session
holds the state between steps; it computes everything, its callers only gather choices and show it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit
from journeydesk.core.entity import new_id
from journeydesk.core.history import History
from journeydesk.core.model import Dataset
from journeydesk.i18n import t
from journeydesk.imports.dataset_record import (
    checked_mapping,
    checked_settings,
    dataset_of,
    fits,
    settings_of,
    source_path_of,
)
from journeydesk.imports.evidence import EvidenceColumns, recognise
from journeydesk.imports.key_matches import (
    auto_match,
    count_keys,
    current_match,
    match_choices,
    missing_stages,
    missing_touchpoints,
    with_match,
)
from journeydesk.imports.mapping import Mapping, MappingError, Proposal, explained, propose
from journeydesk.imports.names import map_keys
from journeydesk.imports.pipeline import check_file, opened, write_rows
from journeydesk.imports.reader import (
    SNIFF_BYTES,
    CsvError,
    CsvSettings,
    Table,
    TableReader,
    read_table,
    sniff,
)
from journeydesk.imports.refusals import NothingToImport, nothing_to_import, refusal, unreadable
from journeydesk.imports.rows import Check, Converter
from journeydesk.imports.values import ORDERS, detect_date_order, looks_like_date
from journeydesk.store.store import PendingImport, Store

SAMPLE_ROWS = 500
MAX_SHOWN = 50


@dataclass(frozen=True)
class ImportResult:
    dataset: Dataset
    check: Check


class ImportSession:
    """A CSV file on its way into one journey of a project.

    ``source`` is the file's path (read as a stream, never held whole) or its bytes. With
    ``replacing``, the session refreshes that dataset: its saved settings and mapping come first.
    """

    def __init__(self, document: Document, journey_id: str, source: Path | bytes, *, name: str = "",
                 project: Path | None = None, replacing: Dataset | None = None) -> None:
        self.document = document
        self.journey_id = journey_id
        self.source = source
        self.path = source if isinstance(source, Path) else Path(name or "data.csv")
        self.name = name or self.path.name
        self.project = project
        self.replacing = replacing
        self.settings = CsvSettings()
        self.table: Table | None = None
        self.error = ""
        self.proposal: Proposal | None = None
        self.mapping = Mapping()
        self.mapping_notice = ""
        self.evidence_columns: EvidenceColumns | None = None  # set when the table holds quotes or findings
        self.date_column: str | None = None
        self.date_candidates: tuple[str, ...] = ()
        self.date_problem = ""
        self.result: ImportResult | None = None
        self._check: Check | None = None
        self._version = 0
        self._keys: dict[str, Counter] | None = None
        self._saved: Mapping | None = None
        self._pending: PendingImport | None = None
        self._converter: Converter | None = None
        self._written = 0

    # ----- detect

    def head(self) -> bytes:
        """The start of the file, enough to detect how to read it; OSError when it cannot be read."""
        if isinstance(self.source, bytes):
            return self.source[:SNIFF_BYTES + 1]
        with self.source.open("rb") as stream:
            return stream.read(SNIFF_BYTES + 1)

    def detect(self) -> None:
        """Find how to read the file (or take the dataset's saved settings), then propose a mapping.

        ``error`` says what is wrong when the file cannot be read as a table.
        """
        settings: CsvSettings | None = None
        if self.replacing is not None:
            try:
                settings = checked_settings(settings_of(self.replacing))
            except CsvError:
                settings = None
            try:
                self._saved = checked_mapping(Mapping.from_json(self.replacing.mapping))
            except MappingError:
                self._saved = None
        if settings is None:
            try:
                settings = sniff(self.head(), max_bytes=SNIFF_BYTES, name=self.name)
            except OSError as error:
                self.error = unreadable(self.name, error)
                return
            except CsvError as error:
                self.error = str(error)
                return
        self.mapping = self._saved or Mapping()
        self.set_settings(settings)

    def set_settings(self, settings: CsvSettings) -> None:
        """Read the preview again with ``settings``; keep the mapping while its columns are still there."""
        self.settings = settings
        self._changed()
        try:
            table = read_table(self.source, settings, limit=SAMPLE_ROWS, name=self.name)
        except OSError as error:
            self.table, self.error = None, unreadable(self.name, error)
            return
        except CsvError as error:
            self.table, self.error = None, str(error)
            return
        self.table, self.error = table, ""
        self.evidence_columns = recognise(table)
        stages, touchpoints = map_keys(self.document, self.journey_id)
        self.proposal = propose(table, set(stages), set(touchpoints), self.name)
        previous = self.mapping
        if (not (previous.roles or previous.metric_columns or previous.count_metric)
                or not fits(previous, table.columns)):
            self.mapping = dataclasses.replace(self.proposal.mapping, stage_matches=previous.stage_matches,
                                               touchpoint_matches=previous.touchpoint_matches)
        self.mapping_notice = ""
        if self._saved is not None and not fits(self._saved, table.columns):
            missing = [c for c in (*self._saved.roles, *self._saved.metric_columns) if c not in table.columns]
            self.mapping_notice = t("The file has changed shape: the saved mapping uses columns that are not "
                                    "in it any more ({names}). The roles were guessed again; check them.",
                                    names=", ".join(f"'{c}'" for c in missing))
        self._detect_date_order()

    # ----- propose

    def set_mapping(self, mapping: Mapping, *, detect_dates: bool = True) -> None:
        """Use ``mapping``; its date order is decided again from the data unless ``detect_dates`` is False."""
        self.mapping = mapping
        self._changed()
        if detect_dates:
            self._detect_date_order()

    def set_date_order(self, order: str | None) -> None:
        self.mapping = dataclasses.replace(self.mapping, date_order=order or None)
        self._changed()

    def needs_date_order(self) -> bool:
        return bool(self.date_candidates) and self.mapping.date_order is None

    def explained(self) -> list[tuple[str, str]]:
        """(metric, the kind chosen and why) for every metric the import writes, in column order."""
        return explained(self.proposal, self.mapping) if self.proposal is not None else []

    def _detect_date_order(self) -> None:
        """Decide the date order from the samples; when they do not decide, the person must choose."""
        table = self.table
        column = self.mapping.column_of("date")
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

    def _changed(self) -> None:
        self._version += 1
        self._check = None
        self._keys = None

    # ----- validate

    @property
    def checked(self) -> Check | None:
        """The Check of the current settings and mapping if every row was read already, else None."""
        return self._check

    def validate(self, cancelled: Callable[[], bool] | None = None) -> Check:
        """Read and check every row with the current settings and mapping (nothing is written).

        May run off the GUI thread; raises ImportCancelled when ``cancelled`` says stop."""
        if self._check is None:
            if self.table is None:
                raise CsvError(self.error or t("The file cannot be read with these settings."))
            mapping = self.mapping
            if mapping.shape != "long" and not mapping.metric_columns and not mapping.count_metric:
                raise NothingToImport(nothing_to_import(self.name, Check(), mapping, self.proposal))
            version = self._version
            check = check_file(self.document, self.journey_id, self.source, self.settings, self.mapping,
                               self.name, cancelled)
            if version != self._version:  # the choices changed while the rows were read
                return check
            self._check = check
        return self._check

    def refusal(self, check: Check, *, skip_bad_rows: bool) -> str:
        """Why the import cannot go ahead as it is ("" when it can)."""
        return refusal(self.name, check, self.mapping, self.proposal, skip_bad_rows=skip_bad_rows)

    # ----- match

    def key_counts(self, cancelled: Callable[[], bool] | None = None) -> dict[str, Counter]:
        """Rows per stage and touchpoint key in the whole file (keys equal once normalised count as one).

        Pure reading: may run off the GUI thread. Returns {} when ``cancelled`` says stop.
        """
        if self._keys is None:
            counts = count_keys(self.source, self.settings, self.mapping, self.name, cancelled)
            if counts is None:
                return {}
            self._keys = counts
        return self._keys

    def entities(self, role: str) -> list[tuple[str, str]]:
        """(id, label) of the journey's stages or touchpoints, for choosing matches."""
        return match_choices(self.document, self.journey_id, role)

    def auto_match(self, role: str, key: str) -> str | None:
        return auto_match(self.document, self.journey_id, role, key)

    def current_match(self, role: str, key: str) -> str | None:
        """The id the key will be tied to: the override if there is one, else the match by name."""
        return current_match(self.document, self.journey_id, self.mapping, role, key)

    def set_match(self, role: str, key: str, entity_id: str | None) -> None:
        self.mapping = with_match(self.document, self.journey_id, self.mapping, role, key, entity_id)
        self._version += 1
        self._check = None

    def missing_stages(self, check: Check) -> list[str]:
        """Stage names the file uses that match nothing (and were not set to "no match"), in the file's order,
        without their step numbers."""
        return missing_stages(self.mapping, check)

    def missing_touchpoints(self, check: Check) -> list[tuple[str, str]]:
        """(stage id, text) for each touchpoint key that matched nothing: in the stage its rows name most,
        else the first stage. Empty when the journey has no touchpoints lane or no stage."""
        return missing_touchpoints(self.document, self.journey_id, self.mapping, check)

    def stages_edit(self, check: Check) -> Edit | None:
        """The edit adding the missing stages (None when none are missing)."""
        names = self.missing_stages(check)
        return commands.add_stages(self.document, self.journey_id, names) if names else None

    def touchpoints_edit(self, check: Check) -> Edit | None:
        """The edit adding the missing touchpoints (None when none are missing)."""
        items = self.missing_touchpoints(check)
        return commands.add_touchpoints(self.document, items) if items else None

    def map_changed(self) -> None:
        """Stages or touchpoints were added or removed: check and count again."""
        self._changed()

    # ----- guard against counting a file twice

    def earlier_import(self) -> Dataset | None:
        """The journey's dataset imported from the same file (not the one being refreshed), if any."""
        if not isinstance(self.source, Path):
            return None
        here = self.source.resolve()
        for dataset in self.document.children(Dataset, "journey_id", self.journey_id):
            if self.replacing is not None and dataset.id == self.replacing.id:
                continue
            path = source_path_of(dataset, self.project)
            if path is not None and path.resolve() == here:
                return dataset
        return None

    # ----- write and finish

    def prepare(self, store: Store) -> PendingImport:
        """Open the import's transaction; call before ``write`` (on the thread that owns the Document)."""
        if self.table is None:
            raise CsvError(self.error or t("The file cannot be read with these settings."))
        with TableReader(opened(self.source), self.settings, name=self.name) as reader:
            columns = list(reader.columns)
        self._converter = Converter(self.document, self.journey_id, columns, self.mapping,
                                    self.settings.decimal)
        self._pending = store.begin_import(new_id())
        return self._pending

    def write(self, store: Store, progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
        """Write every row into the prepared import (may run on a worker thread); nothing is kept on
        failure."""
        if self._pending is None or self._converter is None:
            raise RuntimeError("prepare() first")
        self._written = write_rows(store, self._pending, self._converter, self.source, self.settings,
                                   name=self.name, progress=progress, cancelled=cancelled)
        return self._written

    def finish(self, history: History, do: Callable[[Edit], bool] | None = None) -> ImportResult | None:
        """Add the Dataset as one undoable edit, which commits the rows with it; None when the edit was
        refused.

        ``do`` runs the edit (the wizard passes the editor's, which reports refusals); default ``history.do``.
        """
        pending, converter = self._pending, self._converter
        if pending is None or converter is None:
            raise RuntimeError("write() first")
        self._pending = None
        check = converter.check
        if not self._written:
            raise NothingToImport(nothing_to_import(self.name, check, self.mapping, self.proposal))
        dataset = dataset_of(self.document, self.journey_id, pending.dataset_id, self.source, name=self.name,
                             project=self.project, replacing=self.replacing, settings=self.settings,
                             mapping=self.mapping, check=check, rows=self._written)
        replacing = self.replacing.id if self.replacing is not None else None
        edit = commands.add_dataset(self.document, dataset, replacing=replacing)
        done = (do or history.do)(edit)
        if not done:
            return None
        self.result = ImportResult(dataset, check)
        return self.result

    def run(self, store: Store, history: History, progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """prepare, write and finish in one go (the command line); all or nothing."""
        self.prepare(store)
        try:
            self.write(store, progress, cancelled)
            result = self.finish(history)
        finally:
            store.abort_import()
        assert result is not None
        return result

def import_file(history: History, store: Store, journey_id: str, data: bytes | Path, settings: CsvSettings,
                mapping: Mapping, *, source: str, replacing: Dataset | None = None,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import ``data`` read with ``settings`` and ``mapping`` as given (no detection): a session's run."""
    session = ImportSession(history.document, journey_id, data, name=Path(source).name, project=store.path,
                            replacing=replacing)
    session.set_settings(settings)
    session.set_mapping(mapping, detect_dates=False)
    return session.run(store, history, progress, cancelled)


__all__ = ["ImportResult", "ImportSession", "import_file"]
