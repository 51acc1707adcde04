"""The ``snapshot``, ``snapshots``, ``compare`` and ``info`` commands as a person runs them, bad input
included."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from figures_data import Answer, add_answers, nps, two_touchpoints

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.document import Edit
from journeydesk.core.history import History
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

JOURNEY = "E-commerce purchase journey"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    status, out, err = _run(capsys, *args)
    assert (status, err) == (0, ""), err
    return out


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one line a refused command writes (no traceback, exit status 1)."""
    status, out, err = _run(capsys, *args)
    assert status == 1 and out == "" and "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith("journeydesk: ")
    return line


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return create_project(tmp_path / "shop.journey", "ecommerce")


def _edit(path: Path, edit) -> None:
    with Store.open(path) as store:
        history = History(store.load(), store)
        history.do(edit(history.document))


def _card(doc, text: str):
    return next(c for c in doc.cards(doc.journeys()[0].id) if c.text == text)


def test_snapshot_edit_and_compare_in_every_format(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _ok(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", "Before workshop", "--note",
              "kick-off")
    assert out == (
        f"Took the snapshot “Before workshop” of “{JOURNEY}”: 5 stages, 56 cards, 9 emotion markers, "
                   "14 links.\n")
    text = "Blog article: how to choose running shoes"
    _edit(shop, lambda doc: commands.update_card(doc, _card(doc, text).id, text="Video review"))
    listed = json.loads(_ok(capsys, "snapshots", str(shop), "--json"))
    (entry,) = listed["snapshots"]
    assert entry["taken_at"].endswith("Z") and entry["taken_at"][10] == "T"
    assert {k: v for k, v in entry.items() if k != "taken_at"} == {
        "name": "Before workshop", "journey": JOURNEY, "note": "kick-off", "journey_deleted": False,
        "damaged": None, "stages": 5, "cards": 56, "emotion_markers": 9, "links": 14, "metrics": []}
    lines = _ok(capsys, "snapshots", str(shop)).splitlines()
    assert lines[0].startswith(f"“Before workshop” of “{JOURNEY}”, taken ") and lines[0].endswith(
        " UTC: 5 stages, 56 cards, 9 emotion markers")
    assert lines[1] == "    kick-off"

    found = json.loads(_ok(capsys, "compare", str(shop), "--from", "Before workshop", "--format", "json"))
    assert found["before"]["kind"] == "snapshot" and found["after"] == {
        "kind": "journey", "name": JOURNEY, "journey": JOURNEY, "taken_at": None}
    ((card),) = found["cards"]
    assert (card["status"], card["matched_by"], card["changes"]) == (
        "changed", "same", [{"field": "text", "before": text, "after": "Video review"}])
    assert found["summary"]["cards_unchanged"] == 55
    # --to names the other side; the same comparison comes out.
    assert json.loads(_ok(capsys, "compare", str(shop), "--from", "snapshot:Before workshop", "--to",
                          f"journey:{JOURNEY}", "--format", "json")) == found

    rows = list(csv.reader(io.StringIO(_ok(capsys, "compare", str(shop), "--from", "Before workshop",
                                           "--format", "csv"))))
    assert rows[0] == ["section", "status", "stage", "lane", "item", "field", "before", "after", "delta",
                       "n_before", "n_after"]
    assert ["card", "changed", "Awareness", "Touchpoints", text, "text", text, "Video review", "", "",
            ""] in rows
    assert ["emotion", "", "Purchase", "", "Purchase", "mean score", "-1", "-1", "0", "", ""] in rows

    table = _ok(capsys, "compare", str(shop), "--from", "Before workshop").splitlines()
    assert table[1] == f"After: journey “{JOURNEY}”, as it is now"
    assert table[2] == "Cards: 0 added, 0 removed, 1 changed (0 moved), 55 unchanged."
    assert f"  ~ {text}  (Awareness · Touchpoints)" in table
    assert f"      text: “{text}” → “Video review”" in table


def test_info_lists_snapshots_and_future_states(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _ok(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", "v1")
    _edit(shop, lambda doc: commands.create_future_state(doc, doc.journeys()[0].id, name="Future"))
    summary = json.loads(_ok(capsys, "info", str(shop), "--json"))
    as_is, future = summary["journeys"]
    assert (
        as_is["future_states"], as_is["future_state_of"], as_is["snapshots"]) == (["Future"], None, ["v1"])
    assert (future["future_states"], future["future_state_of"], future["snapshots"]) == ([], JOURNEY, [])
    assert [s["name"] for s in summary["snapshots"]] == ["v1"] and summary["counts"]["snapshots"] == 1
    text = _ok(capsys, "info", str(shop))
    assert f"      future state (to-be) of “{JOURNEY}”\n" in text
    assert "1 snapshots:\n  • “v1” of “E-commerce purchase journey”, taken " in text
    # Without --to, a journey is compared with its to-be.
    pair = json.loads(_ok(capsys, "compare", str(shop), "--from", JOURNEY, "--format", "json"))
    assert (pair["before"]["name"], pair["after"]["name"]) == (JOURNEY, "Future")
    assert pair["summary"]["cards_unchanged"] == 56 and pair["cards"] == []
    assert json.loads(_ok(capsys, "compare", str(shop), "--from", "Future", "--format", "json")) == pair


def test_compare_shows_figures_before_and_after(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.journey"
    _doc, journey_id, web, _till = two_touchpoints(path)
    first = add_answers(path, journey_id, [Answer("NPS", v, card_id=web.id) for v in (10, 9, 2)],
                        {"NPS": "nps"})
    _ok(capsys, "snapshot", str(path), "--journey", "Shop", "--name", "Q1")
    _edit(path, lambda doc: commands.delete_dataset(doc, first))
    add_answers(path, journey_id, [Answer("NPS", v, card_id=web.id) for v in (10, 10)], {"NPS": "nps"})
    found = json.loads(_ok(capsys, "compare", str(path), "--from", "Q1", "--format", "json"))
    ((metric),) = found["metrics"]
    assert metric["metric"] == "NPS" and metric["kind"] == "nps"
    assert metric["touchpoints"] == [{"touchpoint": "Web", "stage": "Look",
                                      "before": pytest.approx(nps([10, 9, 2])), "n_before": 3, "after": 100.0,
                                      "n_after": 2, "delta": pytest.approx(100.0 - nps([10, 9, 2]))}]
    assert metric["stages"] == [{"stage": "Look", "before": pytest.approx(nps([10, 9, 2])), "n_before": 3,
                                 "after": 100.0, "n_after": 2,
                                 "delta": pytest.approx(100.0 - nps([10, 9, 2]))}]
    table = _ok(capsys, "compare", str(path), "--from", "Q1")
    assert "Figures: NPS" in table and "+33.3 (n=3)" in table and "+100.0 (n=2)" in table


def test_bad_input_gets_one_specific_line(shop: Path, capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    assert _refused(capsys, "snapshot", str(shop), "--journey", "Nope", "--name", "x") == (
        f"journeydesk: There is no journey named 'Nope'. Journeys: {JOURNEY}.")
    _ok(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", "Before")
    assert _refused(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", " before ") == (
        "journeydesk: No snapshot was taken: There is already a snapshot named “Before” (of "
        f"“{JOURNEY}”); choose another name.")
    assert _refused(capsys, "compare", str(shop), "--from", "Nope") == (
        f"journeydesk: There is no journey or snapshot named “Nope”. Journeys: “{JOURNEY}”. Snapshots: "
        f"“Before”.")
    assert _refused(capsys, "compare", str(shop), "--from", JOURNEY) == (
        f"journeydesk: “{JOURNEY}” has no future state to compare with; name a journey or snapshot with "
        f"--to.")
    _edit(shop, lambda doc: commands.update_journey(doc, doc.journeys()[0].id, name="Before"))
    assert _refused(capsys, "compare", str(shop), "--from", "Before") == (
        "journeydesk: “Before” names both a journey and a snapshot; write journey:Before or snapshot:Before.")
    assert _refused(capsys, "compare", str(shop), "--from", "snapshot:Before", "--to", "journey:Nope") == (
        "journeydesk: There is no journey named “Nope”. Journeys: “Before”. Snapshots: “Before”.")
    assert _ok(capsys, "compare", str(shop), "--from", "snapshot:Before", "--to",
               "journey:Before").startswith(
        "Before: snapshot “Before”")
    missing = tmp_path / "missing.journey"
    for command in (("snapshots", str(missing)), ("compare", str(missing), "--from", "x"),
                    ("snapshot", str(missing), "--journey", "x", "--name", "y")):
        assert str(missing) in _refused(capsys, *command)


def test_a_damaged_snapshot_is_named_by_every_command(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _ok(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", "Before")
    with closing(sqlite3.connect(shop)) as conn:
        conn.execute("UPDATE snapshots SET content = json_set(content, '$.tables.cards.rows[0][2]', 'gone')")
        conn.commit()
    line = _refused(capsys, "compare", str(shop), "--from", "Before")
    assert line.startswith("journeydesk: The snapshot “Before” is damaged (Card ")
    assert "refers to a missing Stage gone" in line and line.endswith("Delete it, or open a backup of the "
                                                                      "project to get it back.")
    listed = _ok(capsys, "snapshots", str(shop))
    assert listed.startswith("“Before” of “E-commerce purchase journey”, taken ") and "is damaged" in listed
    assert "refers to a missing Stage gone" in _refused(capsys, "check", str(shop))
    assert _ok(capsys, "info", str(shop)).count("is damaged") == 1  # the rest of the project still reads


def _keys(value: object) -> object:
    """The shape of a JSON value: its keys all the way down (a list by its first item)."""
    if isinstance(value, dict):
        return {key: _keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_keys(value[0])] if value else []
    return None


def test_the_json_printed_has_the_shape_the_readme_shows(shop: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("`--format json` prints this shape")[1].split("```json\n")[1].split("```")[0]
    documented = json.loads(block)
    _ok(capsys, "snapshot", str(shop), "--journey", JOURNEY, "--name", "Before")

    def edit(doc):
        journey = doc.journeys()[0]
        stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
        card = next(c for c in doc.cards(journey.id) if c.lane_id == lanes[1].id
                    and c.stage_id != stages[-1].id)
        pain = next(c for c in doc.cards(journey.id) if c.kind.value == "pain_point")
        edits = [commands.move_cards(doc, [card.id], stages[-1].id, lanes[1].id),
                 commands.delete_cards(doc, [pain.id]),
                 commands.update_stage(doc, stages[0].id, name="Discover")]
        return Edit("all", tuple(change for e in edits for change in e.changes))

    _edit(shop, edit)
    _edit(shop, lambda doc: commands.update_marker(doc, doc.markers(doc.journeys()[0].id)[0].id, score=-2))
    printed = json.loads(_ok(capsys, "compare", str(shop), "--from", "Before", "--format", "json"))
    # the example project holds no data; figures are tested elsewhere
    printed["metrics"] = documented["metrics"]
    shape = _keys(printed)
    assert shape["summary"] == _keys(documented["summary"])
    for key in ("format", "before", "after", "stages", "markers", "pain_points", "opportunities"):
        assert shape[key] == _keys(documented[key]), key
    moved = next(card for card in printed["cards"] if card["status"] == "changed")
    assert _keys(moved) == _keys(documented["cards"][0]) and moved["moved"] is True
    assert all(list(card) == list(documented["cards"][0]) for card in printed["cards"])
    assert list(shape) == list(_keys(documented))
