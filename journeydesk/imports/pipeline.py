"""Reading a file's rows through a mapping: a dry run that checks every row, and writing them into an
import."""

from __future__ import annotations

import gc
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from journeydesk.core.document import Document
from journeydesk.i18n import t
from journeydesk.imports.batches import BatchConverter
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.reader import CsvSettings, TableReader
from journeydesk.imports.rows import Check, Converter
from journeydesk.store.bulk import ImportCancelled, Rollups
from journeydesk.store.store import PendingImport, Store


def read_header(data: bytes | Path, settings: CsvSettings, name: str) -> list[str]:
    with TableReader(opened(data), settings, name=name) as reader:
        return list(reader.columns)


def opened(data: bytes | Path) -> IO[bytes]:
    """A binary stream over the CSV: a file on disk is read as it goes, never held whole."""
    return open(data, "rb") if isinstance(data, Path) else io.BytesIO(data)


def check_file(document: Document, journey_id: str, data: bytes | Path, settings: CsvSettings,
               mapping: Mapping, name: str = "The file",
               cancelled: Callable[[], bool] | None = None) -> Check:
    """A dry run: every row read and checked, nothing written. ``cancelled`` is asked after each batch;
    when it says stop, ImportCancelled is raised."""
    with TableReader(opened(data), settings, name=name) as reader:
        converter = Converter(document, journey_id, list(reader.columns), mapping, settings.decimal)
        rollups = Rollups()
        with _collector_paused():
            for _ in BatchConverter(converter, rollups, len(reader.columns)).batches(reader):
                rollups.bound(None, "")
                if cancelled is not None and cancelled():
                    raise ImportCancelled(t("The check was stopped."))
        _add_ragged(converter.check, reader)
    return converter.check


def _add_ragged(check: Check, reader: TableReader) -> None:
    """Rows with the wrong number of fields: data rows read, and structural problems."""
    check.rows_read += reader.problem_count
    for problem in reader.problems:
        check.add_problem(problem.line, problem.message, structural=True)
    hidden = max(0, reader.problem_count - len(reader.problems))
    check.problem_count += hidden
    check.structural_count += hidden


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
               settings: CsvSettings, *, name: str = "The file",
               progress: Callable[[int], None] | None = None,
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
                written = store.write_import_rows(pending, batches, rollups, progress=progress,
                                                  cancelled=cancelled)
            _add_ragged(converter.check, reader)
    except BaseException:
        store.abort_import()
        raise
    return written


__all__ = ["check_file", "opened", "read_header", "write_rows"]
