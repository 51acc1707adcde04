"""Compacting: unused images and rows of removed imports go, everything else stays, the file shrinks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.core.model import Dataset, Image, Persona
from journeydesk.store.compact import compact, garbage_bytes, worth_compacting
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def project_with_garbage(path: Path, swaps: int = 12, size: int = 200_000) -> Path:
    """A project whose persona changed avatar ``swaps`` times and whose one import was removed."""
    create_project(path, "ecommerce")
    data = path.with_name("data.csv")
    data.write_text("Date,Touchpoint,Score\n" + "".join(f"2024-01-{d:02},Customer reviews and star "
                                                        f"ratings,{d % 5}\n"
                                                       for d in range(1, 29)), encoding="utf-8")
    with redirect_stdout(StringIO()):
        assert main(["import-csv", str(path), str(data)]) == 0
    with Store.open(path) as store:
        doc = store.load()
        history = History(doc, store)
        persona = doc.personas()[0]
        for n in range(swaps):
            history.do(commands.set_avatar(doc, persona.id, bytes([n]) * size))
    # The import removed in a session that then crashed: its rows are still in the file.
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM datasets")
        conn.commit()
    return path


def test_compact_drops_unused_images_and_rows_of_removed_imports(tmp_path: Path) -> None:
    path = project_with_garbage(tmp_path / "full.journey")
    with Store.open(path, read_only=True) as store:
        before = store.load()
    assert _count(path, "rollups") > 0 and before.count(Image) == 12
    size = path.stat().st_size
    done = compact(path)
    assert (done.before, done.after) == (size, path.stat().st_size)
    assert done.after < size / 4
    assert (done.images, done.imports) == (11, 1)
    assert _count(path, "rollups") == _count(path, "observations") == 0
    with Store.open(path, read_only=True) as store:
        after = store.load()
        assert store.integrity()[0] == ["ok"]
    kept = {key: entity for key, entity in before.snapshot().items()
            if not isinstance(entity, Image) or entity.id == before.personas()[0].avatar_id}
    assert after.snapshot() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "full.journey"]


def test_the_command_prints_the_sizes_before_and_after(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = project_with_garbage(tmp_path / "p.journey")
    size = path.stat().st_size
    assert main(["compact", str(path)]) == 0
    out = capsys.readouterr().out

    def shown(n: int) -> str:
        return f"{n / 1e6:.1f} MB" if n >= 999_950 else f"{n / 1e3:.1f} KB"
    assert out.startswith(f"Compacted {path}: {shown(size)} before, {shown(path.stat().st_size)} after")
    assert "11 unused images" in out


def test_garbage_is_measured_and_worth_compacting_above_a_quarter(tmp_path: Path) -> None:
    path = project_with_garbage(tmp_path / "p.journey", swaps=12, size=200_000)
    with Store.open(path) as store:
        garbage, total = garbage_bytes(store)
        assert total == path.stat().st_size
        assert 11 * 200_000 <= garbage <= total
        assert worth_compacting(store)
    compact(path)
    with Store.open(path) as store:
        assert not worth_compacting(store)


def test_a_project_open_elsewhere_or_damaged_is_not_compacted(tmp_path: Path) -> None:
    path = project_with_garbage(tmp_path / "p.journey")
    original = path.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", "import sys\nfrom journeydesk.store.store import Store\n"
                               "s = Store.open(sys.argv[1])\nprint('open', flush=True)\nsys.stdin.read()",
                               str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="cannot be compacted now"):
            compact(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE emotion_markers SET score = 99")
        conn.commit()
    changed = path.read_bytes()
    assert changed != original
    with pytest.raises(StoreError, match="damaged"):
        compact(path)
    assert path.read_bytes() == changed
    assert _count(path, "images") == 12


def test_file_compact_project_in_the_app(tmp_path: Path, qtbot, monkeypatch) -> None:
    from journeydesk.ui.window import main_window

    path = project_with_garbage(tmp_path / "p.journey")
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_message",
                        lambda _parent, _title, message, **_: shown.append(message))
    window = main_window.MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_compact", lambda _name, _percent: False)
    assert window.open_path(path)
    editor = window.editor
    assert editor.run(lambda doc: commands.add_journey(doc, "Second"))
    journey = editor.document.journeys()[-1]
    editor.show_journey(journey.id)
    assert editor.history.can_undo
    action = window.actions_by_name["compact"]
    assert action.isEnabled() and action in window.menuBar().actions()[0].menu().actions()
    size = path.stat().st_size
    action.trigger()
    assert len(shown) == 1 and "Compacted p.journey" in shown[0] and "undo history was cleared" in shown[0]
    assert path.stat().st_size < size / 4
    assert editor.has_project and not editor.history.can_undo and editor.journey_id == journey.id
    assert editor.document.count(Image) == 1 and editor.document.get(Persona,
                                                                     editor.document.personas()[0].id)
    assert editor.document.all(Dataset) == []
    window.close_project()


@pytest.mark.parametrize("agree", [True, False])
def test_closing_a_project_mostly_garbage_offers_to_compact(tmp_path: Path, qtbot, monkeypatch,
                                                            agree: bool) -> None:
    from journeydesk.ui.window.main_window import MainWindow

    path = project_with_garbage(tmp_path / "p.journey")
    asked: list[tuple[str, int]] = []
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_compact", lambda name, percent: asked.append((name, percent)) or agree)
    assert window.open_path(path)
    size = path.stat().st_size
    window.close_project()
    assert len(asked) == 1 and asked[0][0] == "p.journey" and 75 < asked[0][1] <= 100
    assert (path.stat().st_size < size / 4) is agree
    assert not window.editor.has_project
