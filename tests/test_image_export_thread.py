"""Export ▸ Image… off the GUI thread: the window keeps working, Cancel leaves no file, errors are one clear
line."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from journeydesk.ui.export import image_export
from tests.test_image_export import choose, export_through_menu


@pytest.fixture
def window(image_window):
    """This module's tests work on a window whose image export messages are captured."""
    return image_window

WAIT_MS = 20000


class Gate:
    """Holds the worker inside drawing the map until the test opens it; notes the thread that drew."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()
        self.threads: list[int] = []

    def open(self) -> None:
        self.opened.set()


@pytest.fixture
def gate(monkeypatch) -> Iterator[Gate]:
    held = Gate()
    draw = image_export._render

    def render(*args, **kwargs) -> None:
        held.threads.append(threading.get_ident())
        held.entered.set()
        held.opened.wait(WAIT_MS / 1000)
        draw(*args, **kwargs)

    monkeypatch.setattr(image_export, "_render", render)
    yield held
    held.open()  # never leave a worker waiting


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_window_keeps_working_while_the_image_is_drawn(window, gate, monkeypatch, qtbot,
                                                          tmp_path: Path) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    choose(monkeypatch, tmp_path / "map.png", "96 dpi")
    window.actions_by_name["export_image"].trigger()
    assert window.image_export is not None  # the action returned while the image is still being made
    dialog = window.image_export.dialog
    qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= seen + 10, timeout=WAIT_MS)  # the event loop runs meanwhile
    assert dialog.isVisible() and dialog.isModal() and dialog.cancel_button.isEnabled()
    assert dialog.value() == 1 and dialog.maximum() == image_export.STEPS  # laid out, now drawing
    assert not (tmp_path / "map.png").exists()
    gate.open()
    qtbot.waitUntil(lambda: window.image_export is None, timeout=WAIT_MS)
    timer.stop()
    assert gate.threads and threading.main_thread().ident not in gate.threads
    assert not _alive(dialog) or not dialog.isVisible()
    assert "map.png" in window.statusBar().currentMessage() and window.warnings == []
    assert leftovers(tmp_path) == []


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_stops_the_export_and_writes_nothing(window, gate, monkeypatch, qtbot, tmp_path: Path,
                                                    how: str) -> None:
    older = tmp_path / "old.png"
    older.write_bytes(b"the picture from last week")
    for name in ("new.png", "old.png"):
        choose(monkeypatch, tmp_path / name)
        window.actions_by_name["export_image"].trigger()
        dialog = window.image_export.dialog
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        if how == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.labelText() == "Cancelling…"  # until the worker has stopped
        assert not dialog.cancel_button.isEnabled()
        gate.open()
        qtbot.waitUntil(lambda: window.image_export is None, timeout=WAIT_MS)
        gate.entered.clear()
        gate.opened.clear()
        assert window.statusBar().currentMessage() == "Image export cancelled; nothing was written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["old.png"]
    assert older.read_bytes() == b"the picture from last week"
    assert leftovers(tmp_path) == [] and window.warnings == []


def test_a_full_disk_is_named_and_the_older_image_stays(window, monkeypatch, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    target.write_bytes(b"the drawing from last week")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(image_export.os, "fsync", full)
    choose(monkeypatch, target)
    export_through_menu(window, qtbot)
    assert window.warnings == [
        f"Cannot write {target}: no space left on device. Choose a folder you can write to."]
    assert target.read_bytes() == b"the drawing from last week"
    assert leftovers(tmp_path) == []


def test_a_file_in_place_of_the_folder_is_named_before_drawing(window, gate, monkeypatch, qtbot,
                                                               tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    choose(monkeypatch, tmp_path / "notes.txt" / "map.png")
    export_through_menu(window, qtbot)
    assert window.warnings == [f"Cannot write {tmp_path / 'notes.txt' / 'map.png'}: not a directory. "
                               "Choose a folder you can write to."]
    assert not gate.entered.is_set()  # refused before seconds of drawing


def test_an_unexpected_failure_is_one_line_not_a_traceback(window, monkeypatch, qtbot,
                                                           tmp_path: Path) -> None:
    def broken(_image) -> bytes:
        raise RuntimeError("the encoder broke")

    monkeypatch.setattr(image_export, "png_bytes", broken)
    choose(monkeypatch, tmp_path / "map.png")
    export_through_menu(window, qtbot)
    assert window.warnings == ["The image could not be made: the encoder broke. Please report this."]
    assert list(tmp_path.glob("*.png")) == [] and leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["map.png", "map.svg"])
def test_the_menu_writes_what_the_drawing_code_writes_on_the_gui_thread(window, monkeypatch, qtbot,
                                                                         tmp_path: Path, name: str) -> None:
    choose(monkeypatch, tmp_path / "menu" / name, "150 dpi")
    (tmp_path / "menu").mkdir()
    export_through_menu(window, qtbot)
    direct = image_export.export_image(window.editor.document, window.editor.journey_id, tmp_path / name,
                                       dpi=150)
    assert (tmp_path / "menu" / name).read_bytes() == direct.read_bytes()
    assert window.warnings == []


def test_a_large_journeys_cards_left_for_later_on_screen_are_all_drawn(history, monkeypatch) -> None:
    from journeydesk.core import commands
    from journeydesk.ui.canvas import later_cards

    document = history.document
    journey = document.journeys()[0]
    stage, lane = document.stages(journey.id)[0], document.lanes(journey.id)[0]
    for number in range(12):
        history.do(commands.add_card(document, stage.id, lane.id, f"Card {number}"))
    monkeypatch.setattr(later_cards, "LAZY_CARDS", 3)  # as a journey of more than 8,000 cards
    monkeypatch.setattr(later_cards, "FIRST_SIGHT", (1.0, 1.0))
    scene = image_export._scene(document, journey.id)
    assert scene.later_cards.waiting == 0
    assert set(scene.cards) == {c.id for c in document.cards(journey.id)}
