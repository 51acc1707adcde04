"""File ▸ Import Journey… and File ▸ Export Journey…: the file dialogs around the interchange package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeydesk.core.document import EditRefused
from journeydesk.core.model import Journey
from journeydesk.interchange.apply import Added, apply_import
from journeydesk.interchange.common import InterchangeError, unplaced_lines
from journeydesk.interchange.formats import export_bytes, format_of, read_file, write_file
from journeydesk.store.bulk import DatasetWriteError
from journeydesk.store.store import StoreError
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import show_message
from journeydesk.ui.base.start_folder import project_folder, start_path

translate = QCoreApplication.translate
IMPORT_FILTER = QT_TRANSLATE_NOOP("JourneyFiles",
                                  "Journeys (*.json *.mmd *.mermaid *.md *.yaml *.yml *.csv *.tsv)")
# (filter, format, with the imported values)
EXPORT_FILTERS = (
    (QT_TRANSLATE_NOOP("JourneyFiles", "JSON (*.json)"), "json", False),
    (QT_TRANSLATE_NOOP("JourneyFiles", "JSON with the imported data (*.json)"), "json", True),
    (QT_TRANSLATE_NOOP("JourneyFiles", "Mermaid journey (*.mmd)"), "mermaid", False),
    (QT_TRANSLATE_NOOP("JourneyFiles", "Enablement Map Studio YAML (*.yaml)"), "ems", False),
    (QT_TRANSLATE_NOOP("JourneyFiles", "Spreadsheet, one row per card (*.csv)"), "csv", False),
)
_SUFFIX = {"json": ".json", "mermaid": ".mmd", "ems": ".yaml", "csv": ".csv"}


def import_journey(parent: QWidget, editor: Editor, path: str | None = None) -> Added | None:
    """Ask for a file (unless given), add its journeys as one undo step, show the new one and say what came
    in."""
    if not editor.has_project or editor.read_only or editor.store is None:
        show_message(parent, translate("JourneyFiles", "Import Journey"),
                     translate("JourneyFiles", "Open a project you can edit first, then import into it."))
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("JourneyFiles", "Import Journey"),
                                              str(project_folder(editor)), translate("JourneyFiles",
                                                                                     IMPORT_FILTER))
        if not path:
            return None
    try:
        imported = read_file(path)
        added = apply_import(editor.history, editor.store, imported)
    except InterchangeError as error:
        show_message(parent, translate("JourneyFiles", "Import Journey"),
                     "\n".join([str(error), *error.details]))
        return None
    except (EditRefused, StoreError, DatasetWriteError) as error:
        show_message(parent, translate("JourneyFiles", "Import Journey"),
                     translate("JourneyFiles", "Nothing was imported: {0}").format(error))
        return None
    editor.show_journey(added.journey_ids[0])
    lines = [added.summary]
    if added.unplaced:
        lines += ["", translate("JourneyFiles", "Not placed:"), *unplaced_lines(list(added.unplaced))]
    show_message(parent, translate("JourneyFiles", "Import Journey"), "\n".join(lines),
                 icon=QMessageBox.Icon.Information)
    return added


def export_journey(parent: QWidget, editor: Editor, path: str | None = None,
                   choice: int | None = None) -> Path | None:
    """Write the journey shown; ``choice`` indexes EXPORT_FILTERS (else the file's extension decides)."""
    if not editor.has_project or not editor.journey_id:
        return None
    if path is None:
        filters = [translate("JourneyFiles", f) for f, _fmt, _data in EXPORT_FILTERS]
        journey = editor.document.get(Journey, editor.journey_id)
        start = start_path(editor, journey.name if journey else "journey", ".json")
        path, chosen = QFileDialog.getSaveFileName(parent, translate("JourneyFiles", "Export Journey"), start,
                                                   ";;".join(filters))
        if not path:
            return None
        choice = filters.index(chosen) if chosen in filters else None
    try:
        fmt, with_data = (EXPORT_FILTERS[choice][1:] if choice is not None else (format_of(path), False))
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(_SUFFIX[fmt])
        rows = editor.store.data.rows if with_data and editor.store is not None else None
        data = export_bytes(editor.document, [editor.journey_id], fmt, rows=rows, suffix=target.suffix)
        return write_file(target, data)
    except (InterchangeError, StoreError) as error:
        show_message(parent, translate("JourneyFiles", "Export Journey"), str(error))
        return None
