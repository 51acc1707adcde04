"""Bad project files: each refused (or opened read-only) with one clear line, and left untouched."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

import pytest

from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
PROJECT = "project.journey"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def _env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}


def run_python(args: list[str], prefix: list[str] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, *args], capture_output=True, text=True,
                          env=_env(), cwd=tempfile.gettempdir(), timeout=120)


def run_cli(*args: str, prefix: list[str] = ()) -> subprocess.CompletedProcess[str]:
    return run_python(["-m", "journeydesk", *args], prefix)


def state(path: Path) -> object:
    """What must not change: a file's bytes and mtime, a folder's listing, or absence."""
    if path.is_dir():
        return "folder", sorted(p.name for p in path.iterdir()), path.stat().st_mtime_ns
    if path.exists() and not path.is_file():
        return "other", path.stat().st_mode, path.stat().st_mtime_ns
    if path.exists():
        return "file", path.read_bytes(), path.stat().st_mtime_ns
    return None


def assert_one_line(stderr: str, path: Path) -> str:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("journeydesk: ")
    assert str(path) in lines[0]
    return lines[0]


# ----- building bad files

def make_project(folder: Path, name: str = PROJECT) -> Path:
    """A real ecommerce project, closed again."""
    path = folder / name
    with Store.create(path) as store:
        document = store.load()
        History(document, store).do(commands.add_template(document, "ecommerce"))
    return path


def run_sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


def altered(*statements: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = make_project(folder)
        run_sql(path, *statements)
        return path

    return build


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def truncated(folder: Path) -> Path:
    path = make_project(folder)
    data = path.read_bytes()
    size = page_size(data)
    assert len(data) // size > 6, "the project should span many pages"
    path.write_bytes(data[: 3 * size])
    return path


def zeroed_cards_page(folder: Path) -> Path:
    """The root page of the cards table (an interior page: 56 cards span pages) zeroed."""
    path = make_project(folder)
    with closing(sqlite3.connect(path)) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cards'").fetchone()
    data = bytearray(path.read_bytes())
    size = page_size(data)
    data[(root - 1) * size: root * size] = bytes(size)
    path.write_bytes(bytes(data))
    return path


def bad_byte_in_schema(folder: Path) -> Path:
    """One byte of the stored CREATE TABLE text replaced by a byte that is not UTF-8."""
    path = make_project(folder)
    data = path.read_bytes()
    assert data.count(b"title TEXT NOT NULL") == 1
    at = data.index(b"title TEXT NOT NULL") + len(b"title TEXT")
    path.write_bytes(data[:at] + b"\xd4" + data[at + 1:])
    return path


def not_ours(folder: Path) -> Path:
    path = folder / PROJECT
    run_sql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
            "INSERT INTO notes (text) VALUES ('shopping list')")
    return path


def written(data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        (folder / PROJECT).write_bytes(data)
        return folder / PROJECT

    return build


def folder_path(folder: Path) -> Path:
    (folder / PROJECT).mkdir()
    return folder / PROJECT


def fifo(folder: Path) -> Path:
    """A named pipe: anything that opened it to read would wait for ever."""
    os.mkfifo(folder / PROJECT)
    return folder / PROJECT


def linked_to(target: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        (folder / PROJECT).symlink_to(target)
        return folder / PROJECT

    return build


class Case(NamedTuple):
    build: Callable[[Path], Path]
    what: str
    detail: str = ""


CASES: dict[str, Case] = {
    "missing": Case(lambda folder: folder / PROJECT, "There is no file", "journeydesk new"),
    "empty": Case(written(b""), "is empty"),
    "not_sqlite": Case(written(b"title,stage\nShopping,Awareness\n" * 20), "not an SQLite file"),
    "folder": Case(folder_path, "is a folder"),
    "fifo": Case(fifo, "is a named pipe"),
    "device": Case(linked_to(os.devnull), "is a device"),
    "dangling_link": Case(linked_to("nowhere.journey"), "There is no file"),
    "truncated": Case(truncated, "is damaged"),
    "corrupt_page": Case(zeroed_cards_page, "is damaged"),
    "corrupt_schema_text": Case(bad_byte_in_schema, "is damaged"),
    "not_ours": Case(not_ours, "another program"),
    "newer_version": Case(altered("PRAGMA user_version = 99"), "newer JourneyDesk", "format 99"),
    "negative_version": Case(altered("PRAGMA user_version = -1"), "is damaged", "file format number -1"),
    "negative_position": Case(altered("UPDATE cards SET position = -1 WHERE rowid = 3"), "is damaged",
                              "position must be between 0 and 1000000, not -1"),
    "huge_position": Case(altered("UPDATE stages SET position = 9223372036854775807 WHERE rowid = 2"),
                          "is damaged", "not 9223372036854775807"),
    "trigger": Case(altered("CREATE TRIGGER stray_trigger AFTER INSERT ON cards "
                            "BEGIN SELECT 1; END"), "triggers or views", "stray_trigger"),
    "view": Case(altered("CREATE VIEW stray_view AS SELECT * FROM cards"),
                 "triggers or views", "stray_view"),
    "altered_table": Case(altered("ALTER TABLE cards ADD COLUMN extra TEXT"), "is damaged",
                          "cards"),
    "unknown_enum": Case(altered("UPDATE lanes SET kind = 'bogus'"), "is damaged", "bogus"),
    "broken_reference": Case(altered(
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO stages VALUES ('orphan', 'no-such-journey', 'Lost', '', '', '#123456', 300, 9, NULL)",
    ), "is damaged"),
}

@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read_only"])
@pytest.mark.parametrize("name", list(CASES))
def test_store_refuses_bad_file(name: str, read_only: bool, tmp_path: Path) -> None:
    case = CASES[name]
    path = case.build(tmp_path)
    before = state(path)
    with pytest.raises(StoreError) as raised, Store.open(path, read_only=read_only) as store:
        store.load()
    message = str(raised.value)
    assert str(path) in message
    assert case.what in message
    assert case.detail in message
    assert state(path) == before
    assert "\n" not in message
    if path.is_file():
        leftovers = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
        assert leftovers == []


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("name", list(CASES))
def test_cli_refuses_bad_file(name: str, command: str, tmp_path: Path) -> None:
    case = CASES[name]
    path = case.build(tmp_path)
    before = state(path)
    result = run_cli(command, str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    line = assert_one_line(result.stderr, path)
    assert case.what in line
    assert case.detail in line
    assert state(path) == before


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own verdict, read without JourneyDesk."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            return [str(error)]
    return [] if rows == ["ok"] else rows


@pytest.mark.parametrize("name", ["truncated", "corrupt_page"])
def test_damaged_files_are_really_damaged(name: str, tmp_path: Path) -> None:
    """The damage is in the file itself, not an artefact of how JourneyDesk reads it."""
    assert integrity_problems(make_project(tmp_path, "sound.journey")) == []
    assert integrity_problems(CASES[name].build(tmp_path)) != []


# ----- a file open in another JourneyDesk process

HOLDER = """
import sys
from journeydesk.store.store import Store
store = Store.open(sys.argv[1])
print("ready", store.read_only, flush=True)
sys.stdin.read()
store.close()
"""


@pytest.fixture
def held_project(tmp_path: Path) -> Iterator[Path]:
    path = make_project(tmp_path)
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, env=_env()) as child:
        try:
            assert child.stdout.readline().split() == ["ready", "False"]
            yield path
        finally:
            child.kill()
            child.wait(timeout=30)


def test_file_open_elsewhere_opens_read_only(held_project: Path) -> None:
    path = held_project
    before = state(path)
    with Store.open(path) as store:
        assert store.read_only is True
        assert str(path) in store.notice
        assert "open in another JourneyDesk window" in store.notice
        assert "\n" not in store.notice
        document = store.load()
        snapshot = document.snapshot()
        history = History(document, store)
        with pytest.raises(StoreError) as raised:
            history.do(commands.update_project(document, title="Edited elsewhere"))
        assert str(path) in str(raised.value)
        assert document.snapshot() == snapshot
        assert not history.can_undo
    for command in ("info", "check"):
        result = run_cli(command, str(path))
        assert result.returncode == 0, result.stderr
        assert str(path) in result.stdout
        assert "Traceback" not in result.stderr
    assert state(path) == before


# ----- read-only file or folder (as user nobody when the tests run as root)

READ_ONLY_SCENARIO = """
import json, sys
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store, StoreError
with Store.open(sys.argv[1]) as store:
    document = store.load()
    before = document.snapshot()
    report = {"read_only": store.read_only, "notice": store.notice, "refused": ""}
    try:
        History(document, store).do(commands.update_project(document, title="Changed"))
    except StoreError as error:
        report["refused"] = str(error)
    report["unchanged"] = document.snapshot() == before
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def nobody_prefix() -> list[str]:
    """How to run a process that permission bits apply to."""
    if not IS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is missing, so permissions cannot be tested")
    probe = run_python(["-c", "import journeydesk.store.store"], AS_NOBODY)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        pytest.skip(f"user nobody cannot run {sys.executable} with JourneyDesk: {last}")
    return AS_NOBODY


@pytest.fixture
def place(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a project, both owned by whoever runs the scenario; mode restored after."""
    folder = Path(tempfile.mkdtemp(prefix="journeydesk-ro-", dir="/tmp")) if IS_ROOT else tmp_path
    try:
        path = make_project(folder)
        if IS_ROOT:
            import grp
            import pwd

            ids = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
            os.chown(folder, *ids)
            os.chown(path, *ids)
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
        yield folder
    finally:
        os.chmod(folder, 0o755)
        if IS_ROOT:
            shutil.rmtree(folder)


@pytest.mark.parametrize("protect", ["file", "folder"])
def test_read_only_place(protect: str, place: Path, nobody_prefix: list[str]) -> None:
    path = place / PROJECT
    os.chmod(path if protect == "file" else place, 0o444 if protect == "file" else 0o555)
    before = state(path)

    result = run_python(["-c", READ_ONLY_SCENARIO, str(path)], nobody_prefix)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["read_only"] is True
    assert str(path) in report["notice"]
    assert "read-only" in report["notice"]
    assert str(path) in report["refused"]
    assert report["unchanged"] is True

    result = run_cli("info", str(path), prefix=nobody_prefix)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert state(path) == before


def test_new_in_read_only_folder(place: Path, nobody_prefix: list[str]) -> None:
    os.chmod(place, 0o555)
    listing = sorted(p.name for p in place.iterdir())
    target = place / "new.journey"
    result = run_cli("new", str(target), prefix=nobody_prefix)
    assert result.returncode == 1
    assert_one_line(result.stderr, target)
    assert sorted(p.name for p in place.iterdir()) == listing


# ----- what check and info say about files another program changed

def test_check_refuses_siblings_sharing_a_position(tmp_path: Path) -> None:
    path = altered("UPDATE lanes SET position = 0")(tmp_path)
    before = state(path)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    line = assert_one_line(result.stderr, path)
    assert "is damaged" in line and "Lane" in line and "share position 0" in line
    assert run_cli("info", str(path)).returncode == 0  # the map still opens: only its order is unclear
    assert state(path) == before


def test_info_shows_control_and_bidi_characters_escaped(tmp_path: Path) -> None:
    path = make_project(tmp_path)
    name = "Shop\u202eevil\u202c \x1b[31mred\x1b[0m \u2067x\u2069"
    with Store.open(path) as store:
        document = store.load()
        History(document, store).do(commands.update_journey(document, document.journeys()[0].id, name=name))
    result = run_cli("info", str(path))
    assert result.returncode == 0
    assert "  • Shop\\u202eevil\\u202c \\u001b[31mred\\u001b[0m \\u2067x\\u2069" in result.stdout
    assert not any(ch in result.stdout for ch in "\u202e\u202c\x1b\u2067\u2069")
    as_json = run_cli("info", str(path), "--json")
    assert "\u202e" not in as_json.stdout and json.loads(as_json.stdout)["journeys"][0]["name"] == name


def test_screenshot_messages_name_the_users_file(tmp_path: Path) -> None:
    path = altered("UPDATE emotion_markers SET score = 99")(tmp_path)
    result = run_cli("screenshot", str(path), "-o", str(tmp_path / "shot.png"))
    assert result.returncode == 1
    line = assert_one_line(result.stderr, path)
    assert "is damaged" in line and tempfile.gettempdir() + os.sep + "tmp" not in line
    assert not (tmp_path / "shot.png").exists()
    sound = make_project(tmp_path, "sound.journey")
    result = run_cli("screenshot", str(sound), "-o", str(tmp_path / "shot.png"), "--journey", "Nope")
    assert_one_line(result.stderr, sound)


def test_a_map_too_large_for_any_png_suggests_svg_not_zero_dpi(tmp_path: Path) -> None:
    from journeydesk.core.document import Change, Document, Edit
    from journeydesk.core.entity import new_id
    from journeydesk.core.enums import CardKind
    from journeydesk.core.model import Card
    from journeydesk.ui.export.image_export import ImageExportError, export_image

    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Huge"))
    journey = document.journeys()[0]
    stage, lane = document.stages(journey.id)[0], document.lanes(journey.id)[1]
    history.do(Edit("many", tuple(Change(None, Card(new_id(), journey.id, stage.id, lane.id,
                                                    CardKind.TOUCHPOINT, f"card {n}", position=n))
                                  for n in range(6000))))
    for dpi in (24, 150):
        with pytest.raises(ImageExportError) as raised:
            export_image(document, journey.id, tmp_path / "map.png", dpi=dpi)
        assert "even at 24 dpi. Export SVG instead." in str(raised.value)
        assert "Choose 0 dpi" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []
