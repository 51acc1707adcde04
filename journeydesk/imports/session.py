"""One CSV import from start to end, driven the same way by the command line and the wizard.

The steps: detect how to read the file → propose a mapping (each guess with its reason) →
validate every row (problems by line) → match names to the map (and create what is missing) →
write (progress, cancel) → finish (the Dataset added as one undoable edit) → result. The session
holds the state between steps; it computes everything, its callers only gather choices and show it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import Document, Edit
from journeydesk.core.history import History
from journeydesk.core.model import CardKind, Dataset, LaneKind, new_id
from journeydesk.i18n import t
from journeydesk.imports.evidence import EvidenceColumns, recognise
from journeydesk.imports.keycount import can_count, count_file
from journeydesk.imports.mapping import Mapping, MappingError, Proposal, propose
from journeydesk.imports.names import map_keys, normalized, stage_key, without_numbering
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
from journeydesk.imports.records import row_batches
from journeydesk.imports.rows import Check, Converter, bad_rows_refusal
from journeydesk.imports.values import ORDERS, detect_date_order, looks_like_date
from journeydesk.store.store import PendingImport, Store

SAMPLE_ROWS = 500
MAX_SHOWN = 50


class NothingToImport(MappingError):
    """The import would add no value: refused rather than shown as a success."""


@dataclass(frozen=True)
class ImportResult:
    dataset: Dataset
    check: Check


def source_paths(source: Path, project: Path | None) -> str:
    """How a dataset records its file: the absolute path, and the path relative to the project's folder.

    Stored as JSON text so Refresh finds the file after both were moved together.
    """
    absolute = source.absolute()
    relative = ""
    if project is not None:
        try:
            relative = os.path.relpath(absolute, project.absolute().parent)
        except ValueError:  # another drive (Windows)
            relative = ""
    return json.dumps({"path": str(absolute), "relative": relative}, ensure_ascii=False)


def source_label(dataset: Dataset) -> str:
    """The file a dataset was imported from, as recorded (for showing it)."""
    text = dataset.source_path
    if text.startswith("{"):
        try:
            return str(json.loads(text).get("path", ""))
        except (ValueError, AttributeError):
            return text
    return text


def source_path_of(dataset: Dataset, project: Path | None) -> Path | None:
    """The file a dataset was imported from, looked for where it was, then beside the project."""
    text = dataset.source_path
    try:
        data = json.loads(text) if text.startswith("{") else {"path": text, "relative": ""}
        recorded, relative = str(data.get("path", "")), str(data.get("relative", ""))
    except (ValueError, AttributeError):
        recorded, relative = text, ""
    candidates = []
    if relative and project is not None:
        candidates.append(project.absolute().parent / relative)
    if recorded:
        path = Path(recorded)
        candidates.append(path if path.is_absolute() or project is None else project.absolute().parent / path)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return candidates[0] if candidates else None


def settings_of(dataset: Dataset) -> CsvSettings:
    try:
        return CsvSettings(**json.loads(dataset.settings))
    except (ValueError, TypeError) as error:
        raise CsvError(t("The dataset's saved settings cannot be read ({reason}); import the file again.",
                         reason=error)) from None


def checked_settings(settings: CsvSettings) -> CsvSettings | None:
    """The settings saved with a dataset when well formed (they come from the project file), else None."""
    text = (settings.encoding, settings.delimiter, settings.quotechar, settings.decimal, settings.line_ending)
    numbers = (settings.skip_lines, settings.header_rows)
    if not all(isinstance(v, str) for v in text) or not all(type(v) is int for v in numbers):
        return None
    return settings if 0 <= settings.skip_lines <= 100_000 and 0 <= settings.header_rows <= 10 else None


def checked_mapping(mapping: Mapping) -> Mapping | None:
    """The mapping saved with a dataset when well formed, else None."""
    tables = (mapping.roles, mapping.metric_columns, mapping.metric_kinds, mapping.stage_matches,
              mapping.touchpoint_matches, mapping.label_columns)
    if not all(isinstance(t, dict) and all(isinstance(x, str) for kv in t.items() for x in kv) for t in tables):
        return None
    if mapping.shape not in ("long", "wide", "responses") or mapping.date_order not in (None, *ORDERS):
        return None
    if not isinstance(mapping.count_metric, str):
        return None
    return mapping


def fits(mapping: Mapping, columns: list[str]) -> bool:
    """Whether every column the mapping names is among ``columns``."""
    return all(column in columns for column in (*mapping.roles, *mapping.metric_columns))


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
        if not (previous.roles or previous.metric_columns or previous.count_metric) or not fits(previous, table.columns):
            self.mapping = dataclasses.replace(self.proposal.mapping, stage_matches=previous.stage_matches,
                                               touchpoint_matches=previous.touchpoint_matches)
        self.mapping_notice = ""
        if self._saved is not None and not fits(self._saved, table.columns):
            missing = [c for c in (*self._saved.roles, *self._saved.metric_columns) if c not in table.columns]
            self.mapping_notice = t("The file has changed shape: the saved mapping uses columns that are not in it "
                                    "any more ({names}). The roles were guessed again; check them.",
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
        if self.proposal is None:
            return []
        reasons = {g.column: g.reason for g in self.proposal.columns}
        proposed = self.proposal.mapping
        found = []
        for column, metric in self.mapping.metric_columns.items():
            same = (proposed.metric_columns.get(column) == metric
                    and proposed.metric_kinds.get(metric) == self.mapping.metric_kinds.get(metric))
            found.append((metric, reasons.get(column, "") if same else t("as chosen")))
        if self.mapping.count_metric:
            found.append((self.mapping.count_metric, t("count of rows (no column of numbers to add up)")))
        if self.mapping.shape == "long":
            found.extend((metric, t("{kind}, from the metric's name and values", kind=kind))
                         for metric, kind in self.mapping.metric_kinds.items())
        return found

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
                raise NothingToImport(t("{name}: no column holds a value to import: {why}", name=self.name,
                                        why=self._empty_reason(Check())))
            version = self._version
            check = check_file(self.document, self.journey_id, self.source, self.settings, self.mapping, self.name,
                               cancelled)
            if version != self._version:  # the choices changed while the rows were read
                return check
            self._check = check
        return self._check

    def refusal(self, check: Check, *, skip_bad_rows: bool) -> str:
        """Why the import cannot go ahead as it is ("" when it can)."""
        if not check.observations:
            return t("{name}: no column holds a value to import: {why}", name=self.name, why=self._empty_reason(check))
        if check.problem_count and not skip_bad_rows:
            return bad_rows_refusal(self.name, check.problem_count)
        if check.problem_count and check.problem_count * 2 >= check.rows_read:
            return t("{name}: {n} of {rows} rows have problems, too many to skip: the columns are probably not what "
                     "was guessed. Check the column roles and kinds.", name=self.name,
                     n=f"{check.problem_count:,}", rows=f"{check.rows_read:,}")
        return ""

    def _empty_reason(self, check: Check) -> str:
        if check.problem_count:
            return t("every row has a problem ({first})", first=check.problems[0].message if check.problems else "")
        columns = [*self.mapping.metric_columns] or [self.mapping.column_of("value") or ""]
        misread = [g for g in self.proposal.columns if g.unreadable] if self.proposal is not None else []
        if misread and not self.mapping.metric_columns:
            return "; ".join(f"'{g.column}' {g.reason}" for g in misread)
        if any(check.no_answers.values()):
            return t("the columns {columns} are empty or say 'no answer' in every row",
                     columns=", ".join(f"'{c}'" for c in columns if c))
        return t("the file has no column of numbers or answers; choose a metric column")

    # ----- match

    def key_counts(self, cancelled: Callable[[], bool] | None = None) -> dict[str, Counter]:
        """Rows per stage and touchpoint key in the whole file (keys equal once normalised count as one).

        Pure reading: may run off the GUI thread. Returns {} when ``cancelled`` says stop.
        """
        if self._keys is not None:
            return self._keys
        with TableReader(opened(self.source), self.settings, name=self.name) as reader:
            indexes = {role: reader.columns.index(column) for role in ("stage", "touchpoint")
                       if (column := self.mapping.column_of(role)) in reader.columns}
            if not indexes:
                self._keys = {}
                return self._keys
            settings, width, first = reader.settings, len(reader.columns), reader.take_first()
            if first is not None and can_count(settings.encoding, settings.delimiter, settings.quotechar):
                found = count_file(self.source, first[0] - 1, width, indexes.values(), settings.encoding,
                                   settings.delimiter, settings.quotechar, cancelled)
                raw = {role: found.get(index, Counter()) for role, index in indexes.items()}
            else:
                raw = {role: Counter() for role in indexes}
                if first is not None and len(first[1]) >= width:
                    for role, index in indexes.items():
                        raw[role][first[1][index]] += 1
                for rows in row_batches(reader):
                    for role, index in indexes.items():
                        raw[role].update(map(itemgetter(index), rows))
                    if cancelled is not None and cancelled():
                        return {}
        if cancelled is not None and cancelled():
            return {}
        counts: dict[str, Counter] = {role: Counter() for role in indexes}
        for role, found_keys in raw.items():
            fold = stage_key if role == "stage" else normalized
            shown: dict[str, str] = {}
            for text, n in found_keys.items():
                key = text.strip()
                if key:
                    counts[role][shown.setdefault(fold(key), key)] += n
        self._keys = counts
        return counts

    def entities(self, role: str) -> list[tuple[str, str]]:
        """(id, label) of the journey's stages or touchpoints, for choosing matches."""
        doc = self.document
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

    @staticmethod
    def _fold(role: str) -> Callable[[str], str]:
        return stage_key if role == "stage" else normalized

    def auto_match(self, role: str, key: str) -> str | None:
        stages, touchpoints = map_keys(self.document, self.journey_id)
        return (stages if role == "stage" else touchpoints).get(self._fold(role)(key))

    def current_match(self, role: str, key: str) -> str | None:
        """The id the key will be tied to: the override if there is one, else the match by name."""
        fold = self._fold(role)
        folded = fold(key)
        for known, entity_id in self._overrides(role).items():
            if fold(known) == folded:
                return entity_id or None
        return self.auto_match(role, key)

    def set_match(self, role: str, key: str, entity_id: str | None) -> None:
        fold = self._fold(role)
        folded = fold(key)
        overrides = {k: v for k, v in self._overrides(role).items() if fold(k) != folded}
        if (entity_id or None) != self.auto_match(role, key):
            overrides[key] = entity_id or ""
        field = "stage_matches" if role == "stage" else "touchpoint_matches"
        self.mapping = dataclasses.replace(self.mapping, **{field: overrides})
        self._version += 1
        self._check = None

    def missing_stages(self, check: Check) -> list[str]:
        """Stage names the file uses that match nothing (and were not set to "no match"), in the file's order,
        without their step numbers."""
        overridden = {stage_key(k) for k in self.mapping.stage_matches}
        names: dict[str, str] = {}
        for key in sorted(check.unmatched_stages, key=lambda k: check.first_lines.get(k, 0)):
            folded = stage_key(key)
            if folded not in overridden:
                names.setdefault(folded, without_numbering(key))
        return list(names.values())

    def missing_touchpoints(self, check: Check) -> list[tuple[str, str]]:
        """(stage id, text) for each touchpoint key that matched nothing: in the stage its rows name most,
        else the first stage. Empty when the journey has no touchpoints lane or no stage."""
        doc = self.document
        stages = doc.stages(self.journey_id)
        lanes = [lane for lane in doc.lanes(self.journey_id) if lane.kind == LaneKind.TOUCHPOINTS]
        if not stages or not lanes:
            return []
        overridden = {normalized(k) for k in self.mapping.touchpoint_matches}
        found, seen = [], set()
        for key in sorted(check.unmatched_touchpoints):
            folded = normalized(key)
            if folded in seen or folded in overridden:
                continue
            seen.add(folded)
            counts = check.touchpoint_stages.get(key, Counter())
            stage_id = next((s for s, _ in counts.most_common() if s is not None), stages[0].id)
            found.append((stage_id, key))
        return found

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
        self._converter = Converter(self.document, self.journey_id, columns, self.mapping, self.settings.decimal)
        self._pending = store.begin_import(new_id())
        return self._pending

    def write(self, store: Store, progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
        """Write every row into the prepared import (may run on a worker thread); nothing is kept on failure."""
        if self._pending is None or self._converter is None:
            raise RuntimeError("prepare() first")
        self._written = write_rows(store, self._pending, self._converter, self.source, self.settings,
                                   name=self.name, progress=progress, cancelled=cancelled)
        return self._written

    def finish(self, history: History, do: Callable[[Edit], bool] | None = None) -> ImportResult | None:
        """Add the Dataset as one undoable edit, which commits the rows with it; None when the edit was refused.

        ``do`` runs the edit (the wizard passes the editor's, which reports refusals); default ``history.do``.
        """
        pending, converter = self._pending, self._converter
        if pending is None or converter is None:
            raise RuntimeError("write() first")
        self._pending = None
        check = converter.check
        if not self._written:
            raise NothingToImport(t("{name}: no column holds a value to import: {why}", name=self.name,
                                    why=self._empty_reason(check)))
        dataset = self._dataset(pending.dataset_id, check)
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

    def _dataset(self, dataset_id: str, check: Check) -> Dataset:
        doc = self.document
        replacing = self.replacing
        position = (replacing.position if replacing is not None
                    else len(doc.children(Dataset, "journey_id", self.journey_id)))
        source = (source_paths(self.source, self.project) if isinstance(self.source, Path)
                  else json.dumps({"path": self.name, "relative": ""}))
        return Dataset(
            id=dataset_id, journey_id=self.journey_id,
            name=replacing.name if replacing is not None else self.path.stem,
            source_path=source, settings=json.dumps(asdict(self.settings), ensure_ascii=False),
            mapping=self.mapping.to_json(), metrics=tuple(sorted(check.metrics)), row_count=self._written,
            skipped_rows=check.problem_count,
            imported_at=datetime.now(UTC).isoformat(timespec="seconds"), position=position,
        )


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


def unreadable(name: str, error: OSError) -> str:
    return t("'{file}' cannot be read ({reason}): check that it exists and that you may open it.",
             file=name, reason=error.strerror or error)


__all__ = ["ImportResult", "ImportSession", "NothingToImport", "checked_mapping", "checked_settings", "fits",
           "import_file",
           "settings_of", "source_label", "source_path_of", "source_paths", "unreadable"]
