"""Spreadsheets: card rows written safely and read back field by field, the Japanese Excel grid, the clipboard
grid."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document, EditRefused
from journeydesk.core.enums import Category, LaneKind, Mode
from journeydesk.core.history import History
from journeydesk.core.model import Card, Journey
from journeydesk.interchange.apply import apply_import
from journeydesk.interchange.common import InterchangeError
from journeydesk.interchange.formats import read_file
from journeydesk.interchange.sheet import COLUMNS, export_csv, grid_text, parse_grid, paste_items

DATA = Path(__file__).parent / "data" / "interchange"
_FIELDS = [f.name for f in dataclasses.fields(Card) if f.name not in ("id", "journey_id", "stage_id",
                                                                      "lane_id",
                                                                       "position")]


def _template(name: str = "ecommerce", lang: str = "en") -> tuple[Document, History]:
    doc = Document()
    history = History(doc)
    history.do(commands.add_template(doc, name, lang))
    return doc, history


def _cards_by_cell(doc: Document, journey_id: str) -> list[tuple]:
    stages = {s.id: s.name for s in doc.stages(journey_id)}
    lanes = {x.id: (x.name, x.kind) for x in doc.lanes(journey_id)}
    return [(stages[c.stage_id], lanes[c.lane_id], c.position, *(getattr(c, f) for f in _FIELDS))
            for c in sorted(doc.cards(journey_id), key=lambda c: (stages[c.stage_id], lanes[c.lane_id],
                                                                  c.position))]


def test_card_rows_round_trip_field_by_field(tmp_path: Path) -> None:
    doc, history = _template()
    journey = doc.journeys()[0]
    stage, lane = doc.stages(journey.id)[0], next(x for x in doc.lanes(journey.id)
                                                  if x.kind == LaneKind.PAIN_POINTS)
    history.do(commands.add_card(doc, stage.id, lane.id, "=HYPERLINK(\"http://x\")\n-2 lines, \"quoted\"",
                                 frequency=5, severity=1, color="#aabbcc", owner="+Ops", exit_point=True,
                                 exit_reason="@home", category=Category.HUMAN, mode=Mode.O2O))
    history.do(commands.add_stage(doc, journey.id, "Empty stage", index=2))
    history.do(commands.add_lane(doc, journey.id, LaneKind.NOTES, "Empty lane", index=1))
    path = tmp_path / "cards.csv"
    path.write_bytes(export_csv(doc, [journey.id]))
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    assert all(not cell.startswith(("=", "+", "-", "@")) or cell.lstrip("-").replace(".", "").isdigit()
               for row in rows for cell in row)
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
    copy_doc = Document()
    added = apply_import(History(copy_doc), None, read_file(path))
    assert added.unplaced == ()
    copy = copy_doc.get(Journey, added.journey_ids[0])
    assert copy.name == journey.name
    assert [s.name for s in copy_doc.stages(copy.id)] == [s.name for s in doc.stages(journey.id)]
    assert [(x.name, x.kind) for x in copy_doc.lanes(copy.id)] == [(x.name, x.kind)
                                                                   for x in doc.lanes(journey.id)]
    assert _cards_by_cell(copy_doc, copy.id) == _cards_by_cell(doc, journey.id)
    assert [(m.score, m.label) for m in copy_doc.markers(copy.id)] == [(m.score, m.label)
                                                                      for m in doc.markers(journey.id)]


def test_several_journeys_go_in_one_file_and_come_back_apart(tmp_path: Path) -> None:
    doc, history = _template()
    history.do(commands.add_template(doc, "support", "ja"))
    path = tmp_path / "all.tsv"
    path.write_bytes(export_csv(doc, [j.id for j in doc.journeys()], "\t"))
    assert "\t" in path.read_text(encoding="utf-8-sig").splitlines()[0]
    copy = Document()
    added = apply_import(History(copy), None, read_file(path))
    assert [copy.get(Journey, j).name for j in added.journey_ids] == [j.name for j in doc.journeys()]


def test_the_japanese_excel_grid_imports_cell_by_cell() -> None:
    raw = (DATA / "grid-ja.csv").read_bytes()
    assert raw.decode("cp932")  # saved by Japanese Excel: Shift_JIS (CP932), not UTF-8
    doc = Document()
    added = apply_import(History(doc), None, read_file(DATA / "grid-ja.csv"))
    journey = doc.get(Journey, added.journey_ids[0])
    assert journey.name == "grid-ja" and added.unplaced == ()
    assert [s.name for s in doc.stages(journey.id)] == ["認知", "検討", "購入", "利用"]
    lanes = doc.lanes(journey.id)
    assert [(x.name, x.kind) for x in lanes] == [
        ("行動", LaneKind.ACTIONS), ("タッチポイント", LaneKind.TOUCHPOINTS), ("思考", LaneKind.THOUGHTS),
        ("感情", LaneKind.EMOTIONS), ("ペインポイント", LaneKind.PAIN_POINTS),
        ("改善機会", LaneKind.OPPORTUNITIES)]
    stages = doc.stages(journey.id)
    assert [c.text for c in doc.cell(stages[0].id, lanes[0].id)] == ["SNSで広告を見る", "友人に聞く"]
    assert [c.text for c in doc.cell(stages[1].id, lanes[1].id)] == ["比較サイト", "公式サイト"]
    assert [c.kind.value for c in doc.cell(stages[2].id, lanes[4].id)] == ["pain_point"]
    assert [(m.score) for m in doc.markers(journey.id)] == [1, 0, -2, 2]
    assert doc.count(Card) == 18


def test_a_grid_cell_under_no_stage_and_a_bad_score_are_listed() -> None:
    doc = Document()
    path_text = "\tA\tB\nActions\tone\ttwo\tthree\nEmotions\thappy\t1\n"
    from journeydesk.interchange.sheet import read_sheet

    added = apply_import(History(doc), None, read_sheet(path_text, "g.tsv"))
    assert len(added.unplaced) == 2
    assert "column 4" in added.unplaced[0] and "“three”" in added.unplaced[0]
    assert "“happy”" in added.unplaced[1] and "line 3" in added.unplaced[1]


def test_hostile_sheets_are_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x00\x01\x02binary" * 100)
    with pytest.raises(InterchangeError, match="binary"):
        read_file(path)
    path.write_text("\n\n  \n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="empty"):
        read_file(path)
    path.write_text("only one cell\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="first row names no stage"):
        read_file(path)


def test_the_clipboard_grid_is_the_block_the_cards_span() -> None:
    doc, _history = _template()
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    picked = doc.cell(stages[1].id, lanes[0].id)[:1] + doc.cell(stages[2].id, lanes[1].id)
    text = grid_text(doc, picked)
    rows = parse_grid(text)
    assert rows == [[picked[0].text, ""], ["", "\n".join(c.text for c in doc.cell(
        stages[2].id, lanes[1].id))]]


def test_pasted_cells_go_to_the_matching_cells_from_the_anchor() -> None:
    doc, history = _template("blank")
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    rows = parse_grid('a\t"b1\nb2"\tc\n\t-1\n')
    emotions = next(i for i, x in enumerate(lanes) if x.kind == LaneKind.EMOTIONS)
    items, skipped = paste_items(doc, stages[3].id, lanes[emotions - 1].id, rows)
    assert skipped == 1  # “c” is past the last stage
    assert items == [(stages[3].id, lanes[emotions - 1].id, "a"), (stages[4].id, lanes[emotions - 1].id,
                                                                   "b1"),
                     (stages[4].id, lanes[emotions - 1].id, "b2"), (stages[4].id, lanes[emotions].id, "-1")]
    before = doc.snapshot()
    history.do(commands.add_cell_cards(doc, items))
    assert [c.text for c in doc.cell(stages[4].id, lanes[emotions - 1].id)] == ["b1", "b2"]
    assert [m.score for m in doc.markers(journey.id)] == [-1]
    history.undo()
    assert doc.snapshot() == before
    with pytest.raises(EditRefused, match="scores from -2 to 2"):
        commands.add_cell_cards(doc, [(stages[0].id, lanes[emotions].id, "glad")])


def test_a_sheet_asking_for_thousands_of_stages_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["lane"] + [f"s{i}" for i in range(5000)]) + "\nActions,x\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="more than 1000 stages or lanes"):
        read_file(path)
