"""Where file dialogs start: beside the open project, else the user's Documents folder, else home."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from journeydesk.ui.base.editor import Editor


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def project_folder(editor: Editor | None) -> Path:
    """The folder holding the open project's file; Documents (or home) when no project is open."""
    store = editor.store if editor is not None else None
    if store is not None and Path(store.path).parent.is_dir():
        return Path(store.path).resolve().parent
    return documents_folder()


def file_name(text: str, suffix: str) -> str:
    """``text`` as a file name ending in ``suffix``: characters no file system takes become spaces."""
    name = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).split()).strip(" .")
    return f"{name or 'journey'}{suffix}"


def start_path(editor: Editor | None, text: str, suffix: str) -> str:
    """A save dialog's starting point: ``text`` as a file name in the project's folder."""
    return str(project_folder(editor) / file_name(text, suffix))
