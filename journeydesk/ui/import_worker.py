"""The import wizard's worker thread, and the checks on the settings and mapping a dataset saved."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from journeydesk.imports.pipeline import Converter, Mapping, write_rows
from journeydesk.imports.reader import CsvSettings
from journeydesk.imports.values import ORDERS
from journeydesk.store.store import PendingImport, Store

GIL_SWITCH_SECONDS = 0.0005


class ImportWorker(QThread):
    """Reads, converts and writes the file's rows in one transaction; the result or the error is read after ``wait``."""

    progressed = Signal(int)

    def __init__(self, store: Store, pending: PendingImport, source: bytes | Path, settings: CsvSettings,
                 converter: Converter, name: str, cancel: threading.Event) -> None:
        super().__init__()
        self.store = store
        self.pending = pending
        self.dataset_id = pending.dataset_id
        self.source = source
        self.settings = settings
        self.converter = converter
        self.name = name
        self.cancel = cancel
        self.written = 0
        self.error: Exception | None = None

    def run(self) -> None:
        # The GUI thread takes the GIL for nearly every event it handles (PySide checks each widget for
        # Python overrides); with the default 5 ms hand-over, painting one dialog could wait ~0.2 s.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        try:
            self.written = write_rows(self.store, self.pending, self.converter, self.source, self.settings,
                                      name=self.name, progress=self.progressed.emit, cancelled=self.cancel.is_set)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self.error = error
        finally:
            sys.setswitchinterval(switch)


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
              mapping.touchpoint_matches)
    if not all(isinstance(t, dict) and all(isinstance(x, str) for kv in t.items() for x in kv) for t in tables):
        return None
    if mapping.shape not in ("long", "wide", "responses") or mapping.date_order not in (None, *ORDERS):
        return None
    return mapping


def fits(mapping: Mapping, columns: list[str]) -> bool:
    """Whether every column the mapping names is among ``columns``."""
    return all(column in columns for column in (*mapping.roles, *mapping.metric_columns))


__all__ = ["ImportWorker", "checked_mapping", "checked_settings", "fits"]
