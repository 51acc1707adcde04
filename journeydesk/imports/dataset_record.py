"""What a dataset records of its import, read back and checked: the file it came from, its settings and
mapping."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from journeydesk.core.document import Document
from journeydesk.core.model import Dataset
from journeydesk.i18n import t
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.reader import CsvError, CsvSettings
from journeydesk.imports.rows import Check
from journeydesk.imports.values import ORDERS


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
    if not all(isinstance(t, dict) and all(isinstance(x, str) for kv in t.items() for x in kv)
               for t in tables):
        return None
    if mapping.shape not in ("long", "wide", "responses") or mapping.date_order not in (None, *ORDERS):
        return None
    if not isinstance(mapping.count_metric, str):
        return None
    return mapping


def fits(mapping: Mapping, columns: list[str]) -> bool:
    """Whether every column the mapping names is among ``columns``."""
    return all(column in columns for column in (*mapping.roles, *mapping.metric_columns))


def dataset_of(document: Document, journey_id: str, dataset_id: str, source: Path | bytes, *, name: str,
               project: Path | None, replacing: Dataset | None, settings: CsvSettings, mapping: Mapping,
               check: Check, rows: int) -> Dataset:
    """The Dataset recording an import of ``rows`` rows from ``source`` (``name`` when it is bytes)."""
    position = (replacing.position if replacing is not None
                else len(document.children(Dataset, "journey_id", journey_id)))
    recorded = (source_paths(source, project) if isinstance(source, Path)
                else json.dumps({"path": name, "relative": ""}))
    label = source if isinstance(source, Path) else Path(name)
    return Dataset(
        id=dataset_id, journey_id=journey_id,
        name=replacing.name if replacing is not None else label.stem,
        source_path=recorded, settings=json.dumps(asdict(settings), ensure_ascii=False),
        mapping=mapping.to_json(), metrics=tuple(sorted(check.metrics)), row_count=rows,
        skipped_rows=check.problem_count,
        imported_at=datetime.now(UTC).isoformat(timespec="seconds"), position=position,
    )
