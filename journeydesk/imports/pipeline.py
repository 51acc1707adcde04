"""Importing a CSV file into a project: a dry run that checks every row, and the import itself (all or nothing)."""

from __future__ import annotations

import gc
import io
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.core.model import Dataset, new_id
from journeydesk.i18n import t
from journeydesk.imports.batches import BatchConverter
from journeydesk.imports.mapping import (
    KEY_ROLES,
    SCALES,
    Mapping,
    MappingError,
    default_mapping,
    kind_for,
    map_keys,
    normalized,
)
from journeydesk.imports.reader import CsvError, CsvSettings, TableReader
from journeydesk.imports.rows import Check, Converter
from journeydesk.store.bulk import Rollups
from journeydesk.store.store import PendingImport, Store


@dataclass(frozen=True)
class ImportResult:
    dataset: Dataset
    check: Check


def read_header(data: bytes | Path, settings: CsvSettings, name: str) -> list[str]:
    with TableReader(opened(data), settings, name=name) as reader:
        return list(reader.columns)


def opened(data: bytes | Path) -> IO[bytes]:
    """A binary stream over the CSV: a file on disk is read as it goes, never held whole."""
    return open(data, "rb") if isinstance(data, Path) else io.BytesIO(data)  # noqa: SIM115


def check_file(document: Document, journey_id: str, data: bytes | Path, settings: CsvSettings,
               mapping: Mapping, name: str = "The file") -> Check:
    """A dry run: every row read and checked, nothing written."""
    with TableReader(opened(data), settings, name=name) as reader:
        converter = Converter(document, journey_id, list(reader.columns), mapping, settings.decimal)
        rollups = Rollups()
        with _collector_paused():
            for _ in BatchConverter(converter, rollups, len(reader.columns)).batches(reader):
                rollups.bound(None, "")
        _add_ragged(converter.check, reader)
    return converter.check


def _add_ragged(check: Check, reader: TableReader) -> None:
    for problem in reader.problems:
        check.add_problem(problem.line, problem.message)
    check.problem_count += max(0, reader.problem_count - len(reader.problems))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Millions of short-lived lists would set off the cyclic garbage collector thousands of times
    (about a quarter of the import's time); reading and writing make no reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_rows(store: Store, pending: PendingImport, converter: Converter, data: bytes | Path,
               settings: CsvSettings, *, name: str = "The file", progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Read, convert and write every row of ``data`` with its rollups into the pending import.

    ``data`` is the file's path (read as a stream, never held whole) or its bytes. ``converter``
    was made for this file's columns; afterwards ``converter.check`` holds the counts and every
    problem, ragged rows included. Returns the number of values written. ``progress`` gets the
    values written so far and ``cancelled`` is asked, after each batch of rows. On any failure
    the import is aborted and nothing is kept.
    """
    try:
        with TableReader(opened(data), settings, name=name) as reader:
            rollups = Rollups()
            with _collector_paused():
                batches = BatchConverter(converter, rollups, len(reader.columns)).batches(reader)
                written = store.write_import_rows(pending, batches, rollups, progress=progress, cancelled=cancelled)
            _add_ragged(converter.check, reader)
    except BaseException:
        store.abort_import()
        raise
    return written


def import_file(
    history: History,
    store: Store,
    journey_id: str,
    data: bytes | Path,
    settings: CsvSettings,
    mapping: Mapping,
    *,
    source: str,
    replacing: Dataset | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the rows and add the Dataset entity as one undoable edit, in one transaction (all or nothing)."""
    document = history.document
    dataset_id = new_id()
    name = Path(source).name
    columns = read_header(data, settings, name)
    converter = Converter(document, journey_id, columns, mapping, settings.decimal)
    pending = store.begin_import(dataset_id)
    try:
        written = write_rows(store, pending, converter, data, settings, name=name, progress=progress,
                             cancelled=cancelled)
        check = converter.check
        dataset = Dataset(
            dataset_id, journey_id, replacing.name if replacing else Path(source).stem, str(source),
            json.dumps(asdict(settings), ensure_ascii=False), mapping.to_json(), tuple(sorted(check.metrics)),
            written, check.problem_count, datetime.now(timezone.utc).isoformat(timespec="seconds"),
            replacing.position if replacing else len(document.children(Dataset, "journey_id", journey_id)),
        )
        history.do(commands.add_dataset(document, dataset, replacing=replacing.id if replacing else None))
    finally:
        store.abort_import()
    return ImportResult(dataset, check)


def settings_of(dataset: Dataset) -> CsvSettings:
    try:
        return CsvSettings(**json.loads(dataset.settings))
    except (ValueError, TypeError) as error:
        raise CsvError(t("The dataset's saved settings cannot be read ({reason}); import the file again.",
                         reason=error)) from None


def missing_touchpoints(check: Check, document: Document, journey_id: str) -> list[tuple[str, str]]:
    """(stage id, text) for each touchpoint key that matched nothing: in its most common stage."""
    stages = document.stages(journey_id)
    if not stages:
        return []
    found = []
    seen: set[str] = set()
    for key in sorted(check.unmatched_touchpoints):
        if normalized(key) in seen:
            continue
        seen.add(normalized(key))
        counts = check.touchpoint_stages.get(key, Counter())
        stage_id = next((s for s, _ in counts.most_common() if s is not None), stages[0].id)
        found.append((stage_id, key))
    return found


__all__ = ["KEY_ROLES", "SCALES", "Check", "Converter", "ImportResult", "Mapping", "MappingError", "check_file",
           "default_mapping", "import_file", "kind_for", "map_keys", "missing_touchpoints", "normalized",
           "opened", "read_header", "settings_of", "write_rows"]
