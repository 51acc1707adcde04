"""Builds the kept set of hostile project files: python tests/hostile_projects.py FOLDER.

Each file is what a stranger's or an unlucky project can be: markup, bidi controls and formulas in
every text, foreign triggers and views, versions from the future or below zero, NULLs, dangling
ids, numbers out of range or shared, megabyte texts, huge and decompression-bomb images, invalid
UTF-8, and files that are not regular project files at all (empty, FIFO, device, folder, links).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import sys
import zlib
from contextlib import closing
from pathlib import Path

TRAP = "trap.fifo"  # a FIFO: anything that reads it blocks, so a test notices
BIDI = "\u202eevil\u202c \u2066x\u2069 \u200f"


def rich(folder: Path) -> str:
    """The hostile text put in every field: markup (one image names the FIFO), bidi, a formula start."""
    return (f'<b>x</b> <img src="{folder / TRAP}"> <span style="font-size:60px;color:red">big</span> '
            f'=HYPERLINK("http://x","m") {BIDI}')


def _png_bomb(side: int = 20_000) -> bytes:
    """A small PNG declaring side × side grey pixels (400 MB when decoded at 20,000)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _rich_project(path: Path, folder: Path) -> None:
    """A sound project whose every text is hostile, with imported data whose metric name is too."""
    from journeydesk.cli import main
    from journeydesk.core import commands
    from journeydesk.core.history import History
    from journeydesk.core.model import Card, EmotionMarker, Link
    from journeydesk.store.new_project import create_project
    from journeydesk.store.store import Store

    text = rich(folder)
    create_project(path, "ecommerce", "en")
    data = folder / "hostile.csv"
    data.write_text(
        f"Date,Touchpoint,{text.replace(',', ';')}\n2024-01-02,Customer reviews and star ratings,4\n"
                    "2024-01-03,Customer reviews and star ratings,5\n", encoding="utf-8")
    with open(os.devnull, "w") as quiet:
        stdout, sys.stdout = sys.stdout, quiet
        try:
            assert main(["import-csv", str(path), str(data)]) == 0
        finally:
            sys.stdout = stdout
    data.unlink()
    with Store.open(path) as store:
        doc = store.load()
        history = History(doc, store)
        do = history.do
        do(commands.update_project(doc, title=text, client=text, author=text))
        for journey in doc.journeys():
            do(commands.update_journey(doc, journey.id, name=text, description=text))
            for stage in doc.stages(journey.id):
                do(commands.update_stage(doc, stage.id, name=text, goal=text, description=text))
            for lane in doc.lanes(journey.id):
                do(commands.update_lane(doc, lane.id, name=text))
        for card in doc.all(Card):
            do(commands.update_card(doc, card.id, text=text, owner=text, channel=text, exit_reason=text))
        for marker in doc.all(EmotionMarker):
            do(commands.update_marker(doc, marker.id, label=text))
        for link in doc.all(Link):
            do(commands.update_link(doc, link.id, label=text))
        for persona in doc.personas():
            do(commands.update_persona(doc, persona.id, name=text, role=text, location=text, quote=text,
                                       goals=(text,), needs=(text,), frustrations=(text,), channels=(text,),
                                       source=text))


def _edit(source: Path, target: Path, *statements: str, params: tuple[object, ...] = ()) -> Path:
    """A copy of ``source`` changed behind JourneyDesk's back, as another program would."""
    shutil.copyfile(source, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    return target


def _schema_edit(source: Path, target: Path, table: str, old: str, new: str) -> Path:
    shutil.copyfile(source, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, table))
    return target


def build(folder: Path) -> dict[str, Path]:
    """Make every hostile file in ``folder``; returns them by name (the FIFO trap is not one of them)."""
    folder.mkdir(parents=True, exist_ok=True)
    trap = folder / TRAP
    if not trap.exists():
        os.mkfifo(trap)
    base = folder / "rich.journey"
    _rich_project(base, folder)
    made: dict[str, Path] = {"rich": base}

    def edit(name: str, *statements: str, params: tuple[object, ...] = ()) -> None:
        made[name] = _edit(base, folder / f"{name}.journey", *statements, params=params)

    edit("trigger", "CREATE TRIGGER spy AFTER INSERT ON cards BEGIN DELETE FROM cards; END")
    edit("view", "CREATE VIEW everything AS SELECT * FROM cards")
    edit("future_version", "PRAGMA user_version = 99")
    edit("negative_version", "PRAGMA user_version = -1")
    edit("nulls", "UPDATE personas SET avatar_id = NULL, age = NULL", "UPDATE journeys SET persona_id = NULL",
         "UPDATE cards SET category = NULL, mode = NULL, frequency = NULL, severity = NULL, impact = NULL, "
         "effort = NULL", "UPDATE rollups SET day = NULL, stage_id = NULL, card_id = NULL")
    made["null_in_not_null"] = _schema_edit(base, folder / "null_in_not_null.journey", "cards",
                                            "text TEXT NOT NULL", "text TEXT")
    with closing(sqlite3.connect(made["null_in_not_null"], isolation_level=None)) as conn:
        conn.execute("UPDATE cards SET text = NULL")
    edit("dangling_ids", "UPDATE cards SET stage_id = 'no-such-stage' WHERE rowid = 1",
         "UPDATE rollups SET card_id = 'no-such-card'")
    edit("out_of_range", "UPDATE stages SET width = 1000000000", "UPDATE emotion_markers SET score = 99")
    edit("negative_position", "UPDATE cards SET position = -5 WHERE rowid = 1")
    edit("huge_position", "UPDATE cards SET position = 9223372036854775807 WHERE rowid = 1")
    edit("shared_position", "UPDATE cards SET position = 0 WHERE id IN (SELECT id FROM cards WHERE "
         "(stage_id, lane_id) = (SELECT stage_id, lane_id FROM cards GROUP BY stage_id, lane_id "
         "HAVING COUNT(*) > 1 LIMIT 1))")
    edit("huge_numbers", "UPDATE datasets SET row_count = 9223372036854775807, skipped_rows = "
                         "-9223372036854775808",
         "UPDATE rollups SET n = 9223372036854775807, total = 1e308")
    edit("megabyte_text", "UPDATE cards SET text = ? WHERE rowid = 1", params=("<b>x</b>" * 131_072,))
    edit("invalid_utf8", "UPDATE cards SET text = CAST(x'c328ff' AS TEXT) WHERE rowid = 1")
    image = "INSERT INTO images (id, media_type, data) VALUES ('hostile', 'image/png', ?)"
    avatar = "UPDATE personas SET avatar_id = 'hostile'"
    edit("huge_image", image, avatar, params=(os.urandom(9_500_000),))
    edit("too_large_image", image, avatar, params=(b"\x89PNG\r\n\x1a\n" + bytes(11_000_000),))
    edit("bomb_image", image, avatar, params=(_png_bomb(),))
    made["zero_length"] = folder / "zero_length.journey"
    made["zero_length"].write_bytes(b"")
    made["not_sqlite"] = folder / "not_sqlite.journey"
    made["not_sqlite"].write_bytes(b"<b>x</b>" * 100)
    made["cut_short"] = folder / "cut_short.journey"
    made["cut_short"].write_bytes(base.read_bytes()[:5000])
    made["fifo"] = folder / "fifo.journey"
    if not made["fifo"].exists():
        os.mkfifo(made["fifo"])
    made["folder"] = folder / "folder.journey"
    made["folder"].mkdir(exist_ok=True)
    made["device"] = folder / "device.journey"
    if not made["device"].is_symlink():
        made["device"].symlink_to(os.devnull)
    made["read_only"] = folder / "read_only.journey"
    shutil.copyfile(base, made["read_only"])
    made["read_only"].chmod(0o444)
    made["symlink"] = folder / "symlink.journey"
    if not made["symlink"].is_symlink():
        made["symlink"].symlink_to(base)
    made["dangling_symlink"] = folder / "dangling_symlink.journey"
    if not made["dangling_symlink"].is_symlink():
        made["dangling_symlink"].symlink_to(folder / "nowhere.journey")
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile_projects.py FOLDER")
    for name, path in build(Path(sys.argv[1]).resolve()).items():
        print(f"{name:20} {path}")
