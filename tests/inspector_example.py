"""Helpers for the inspector's list tests: a copy of the example project, the shown part, scripted dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector import Inspector

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def open_example(tmp_path: Path, *, read_only: bool = False) -> Editor:
    """An editor on a copy of the bundled example (the bundled file itself is never written)."""
    project = tmp_path / "example.journey"
    shutil.copy(str(files("journeydesk.resources") / "example.journey"), project)
    editor = Editor()
    assert editor.open(project, read_only=read_only)
    return editor


def show_inspector(qtbot: QtBot, editor: Editor) -> Inspector:
    widget = Inspector(editor)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    return widget


def shown(inspector: Inspector, kind: type[W]) -> W:
    """The one widget of ``kind`` the inspector shows now."""
    found = [w for w in inspector.findChildren(kind) if w.isVisibleTo(inspector)]
    assert len(found) == 1
    return found[0]


def answer(monkeypatch: pytest.MonkeyPatch, kind: type[D], fill: Callable[[D], None]) -> list[D]:
    """Let the next dialogs of ``kind`` be filled by ``fill`` instead of waiting for a person."""
    seen: list[D] = []

    def run(dialog: D) -> int:
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(kind, "exec", run)
    return seen


def press_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace the field's text by typing, as a person would."""
    field.selectAll()
    qtbot.keyClicks(field, text)


def opens_and_draws(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: type[D],
                    button: QAbstractButton) -> None:
    """Clicking ``button`` opens one dialog of ``kind``, which paints (a field named like a QWidget method
    would break its painting)."""
    def look(dialog: D) -> None:
        dialog.show()
        assert not dialog.grab().isNull()
        dialog.reject()

    seen = answer(monkeypatch, kind, look)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
