"""The JSON journey format: byte-identical round trips (imported values too), the schema, one undo step,
hostile files."""

from __future__ import annotations

import difflib
import json
import shutil
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.core.model import Card, Dataset, Journey, Persona
from journeydesk.interchange.apply import apply_import
from journeydesk.interchange.common import InterchangeError
from journeydesk.interchange.formats import read_file
from journeydesk.interchange.json_export import export_json
from journeydesk.interchange.json_import import read_json, schema
from journeydesk.store.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = Path(str(files("journeydesk.resources") / "example.journey"))


def _export(path: Path, *args: str) -> str:
    out = path.with_name(path.stem + "-out.json")
    assert main(["export-journey", str(path), "-o", str(out), *args]) == 0
    return out.read_text(encoding="utf-8")


def test_the_schema_in_docs_is_the_one_imports_check_against() -> None:
    docs = (ROOT / "docs" / "journey.schema.json").read_text(encoding="utf-8")
    assert json.loads(docs) == schema()
    assert (files("journeydesk.interchange") / "journey.schema.json").read_text(encoding="utf-8") == docs
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$id"] == "urn:journeydesk:journey:3"


def test_every_journey_of_the_example_round_trips_byte_for_byte(tmp_path: Path) -> None:
    first = _export(_copy(tmp_path, "a.journey"))
    assert first == _export(_copy(tmp_path, "a.journey"))  # the same project always gives the same bytes
    jsonschema.validate(json.loads(first), schema())
    assert json.loads(first)["$schema"] == "urn:journeydesk:journey:3"
    assert "\n  \"journeys\": [\n    {\n      \"id\"" in first  # two-space indentation
    (tmp_path / "a-out.json").rename(tmp_path / "source.json")
    target = tmp_path / "b.journey"
    assert main(["new", str(target)]) == 0
    assert main(["import-journey", str(target), str(tmp_path / "source.json")]) == 0
    again = json.loads(_export(target))
    again["journeys"] = again["journeys"][1:]  # the blank journey the new project started with
    assert json.dumps(again) == json.dumps(json.loads(first))


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    if not path.exists():
        shutil.copy(EXAMPLE, path)
    return path


def test_imported_values_round_trip_with_data_and_keep_their_figures(tmp_path: Path, capsys) -> None:
    project = _copy(tmp_path, "data.journey")
    csv = tmp_path / "survey.csv"
    csv.write_text("date,stage,How likely are you to recommend us (0-10)?,satisfaction\n"
                   "2024-01-01,Awareness,9,4\n2024-01-02,Purchase,6,2\n2024-01-02,Loyalty,10,5\n",
                   encoding="utf-8")
    assert main(["import-csv", str(project), str(csv)]) == 0
    name = ["--journey", "E-commerce purchase journey"]
    exported = _export(project, "--with-data", *name)
    rows = json.loads(exported)["journeys"][0]["datasets"][0]["rows"]
    assert sorted((r[6], r[7]) for r in rows) == sorted(
        [("How likely are you to recommend us (0-10)?", v) for v in (9.0, 6.0, 10.0)]
        + [("satisfaction", v) for v in (4.0, 2.0, 5.0)])
    assert '[2, "2024-01-01", ' in exported  # a row is one line
    (tmp_path / "data-out.json").rename(tmp_path / "with-data.json")
    fresh = tmp_path / "fresh.journey"
    main(["new", str(fresh)])
    capsys.readouterr()
    assert main(["import-journey", str(fresh), str(tmp_path / "with-data.json")]) == 0
    assert "6 data values" in capsys.readouterr().out
    assert _export(fresh, "--with-data", *name) == exported
    capsys.readouterr()
    assert main(["metrics", str(fresh), "--metric", "NPS", "--journey", "E-commerce purchase journey",
                 "--format", "json", "--by", "all"]) == 0
    group = json.loads(capsys.readouterr().out)["groups"][0]
    # promoters 9, 10; detractor 6
    assert group["n"] == 3 and group["value"] == pytest.approx((2 - 1) * 100 / 3)


def test_without_data_the_dataset_keeps_how_it_was_read_and_says_its_values_stayed_behind(
        tmp_path: Path) -> None:
    project = _copy(tmp_path, "d.journey")
    csv = tmp_path / "s.csv"
    csv.write_text("date,stage,satisfaction\n2024-01-01,Awareness,4\n", encoding="utf-8")
    main(["import-csv", str(project), str(csv)])
    text = _export(project, "--journey", "E-commerce purchase journey")
    assert '"rows"' not in text
    imported = read_json(text, "x.json")
    assert any("--with-data" in line for line in imported.unplaced)


def test_a_one_card_edit_is_a_small_diff(history: History) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    stage, lane = doc.stages(journey.id)[0], doc.lanes(journey.id)[0]
    history.do(commands.add_card(doc, stage.id, lane.id, "Sees an ad"))
    before = export_json(doc, [journey.id]).splitlines()
    history.do(commands.add_card(doc, stage.id, lane.id, "Sees a poster"))
    after = export_json(doc, [journey.id]).splitlines()
    changed = [line for line in difflib.unified_diff(before, after, n=0, lineterm="")
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert len(after) - len(before) == 20  # the new card: its braces and 18 fields
    assert len(changed) == 20 and all(line.startswith("+") for line in changed)  # nothing else moves


def test_an_import_is_one_undo_step_and_keeps_free_ids(history: History) -> None:
    doc = history.document
    source = Document()
    source_history = History(source)
    source_history.do(commands.add_template(source, "ecommerce"))
    text = export_json(source, [source.journeys()[0].id])
    before = doc.snapshot()
    added = apply_import(history, None, read_json(text, "x.json"))
    assert doc.get(Journey, added.journey_ids[0]) == source.journeys()[0].__class__(
        added.journey_ids[0], **{k: getattr(source.journeys()[0], k) for k in ("name", "description",
                                                                               "persona_id")},
        position=1)
    assert {c.id for c in doc.all(Card)} == {c.id for c in source.all(Card)}
    history.undo()
    assert doc.snapshot() == before
    history.redo()
    # the same file twice: fresh ids, one persona
    again = apply_import(history, None, read_json(text, "x.json"))
    assert set(again.journey_ids).isdisjoint(added.journey_ids)
    assert len(doc.personas()) == 1 and doc.count(Card) == 2 * source.count(Card)


def _write(tmp_path: Path, value: object) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def _minimal() -> dict:
    return {"journeydesk": 1, "journeys": [{"id": "j", "name": "J", "stages": [{"id": "s", "name": "S"}],
                                            "lanes": [{"id": "l", "kind": "actions", "name": "L"}],
                                            "cards": [{"id": "c", "stage": "s", "lane": "l", "text": "hi"}]}]}


def test_a_hand_written_minimal_file_imports_with_defaults(tmp_path: Path, history: History) -> None:
    added = apply_import(history, None, read_file(_write(tmp_path, _minimal())))
    journey = history.document.get(Journey, added.journey_ids[0])
    cards = history.document.cards(journey.id)
    assert journey.name == "J" and [c.text for c in cards] == ["hi"] and cards[0].kind.value == "action"
    assert cards[0].id != "c"  # not one of our ids: renewed


@pytest.mark.parametrize(("change", "message"), [
    (lambda v: v["journeys"][0]["cards"][0].update(kind="poster"),
     "$.journeys[0].cards[0].kind: 'poster' is not one of"),
    (lambda v: v["journeys"][0]["cards"][0].update(severity=9), "$.journeys[0].cards[0].severity"),
    (lambda v: v["journeys"][0]["cards"][0].pop("text"),
     "$.journeys[0].cards[0]: 'text' is a required property"),
    (lambda v: v["journeys"][0].update(colour="red"), "Additional properties are not allowed ('colour'"),
    (lambda v: v["journeys"][0]["cards"][0].update(stage="nowhere"),
     "$.journeys[0].cards[0].stage: there is no stage with id nowhere"),
    (lambda v: v["journeys"][0]["stages"].append({"id": "c", "name": "again"}),
     "the id c is used twice"),
    (lambda v: v.update(journeydesk=4), "journey format 4"),
    (lambda v: v.update(personas=[{"id": "p", "name": "P", "first_time": "yes"}]),
     "$.personas[0].first_time"),
])
def test_problems_are_reported_with_their_json_path(tmp_path: Path, change, message: str) -> None:
    value = _minimal()
    change(value)
    with pytest.raises(InterchangeError) as caught:
        read_file(_write(tmp_path, value))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("text", "message"), [
    ('{"journeydesk": 1,\n "journeys": [}', "line 2, column 15"),
    ('{"journeydesk": 1, "journeydesk": 1, "journeys": []}', "appears twice"),
    ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels deep"),
    ('{"journeydesk": 1, "journeys": ' + "[" * 70 + "]" * 70 + "}", "nested more than 64 levels deep"),
    ('{"a": 1}', "not a JourneyDesk journey export"),
    ("", "is empty"),
])
def test_hostile_json_is_refused_in_one_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        read_file(_write(tmp_path, text))
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    from journeydesk.interchange import formats

    monkeypatch.setitem(formats._LIMITS, "json", 1000)
    path = _write(tmp_path, _minimal() | {"personas": [{"id": "p", "name": "x" * 2000}]})
    with pytest.raises(InterchangeError, match="larger than"):
        read_file(path)


def test_a_failed_import_leaves_the_project_file_as_it_was(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.journey"
    main(["new", str(project)])
    value = _minimal()
    value["journeys"][0]["cards"][0]["stage"] = "nowhere"
    with Store.open(project, read_only=True) as store:
        before = store.load().snapshot()
    assert main(["import-journey", str(project), str(_write(tmp_path, value))]) == 1
    error = capsys.readouterr().err
    assert "$.journeys[0].cards[0].stage" in error and error.count("\n") == 1
    with Store.open(project, read_only=True) as store:
        assert store.load().snapshot() == before


def test_values_of_several_datasets_go_in_with_the_edit_or_not_at_all(tmp_path: Path, monkeypatch) -> None:
    value = _minimal()
    rows = [[2, "2024-01-01", "s", "c", "", "", "NPS", 9.0], [3, None, None, None, "web", "", "NPS", 3.0]]
    value["journeys"][0]["datasets"] = [{"id": f"d{i}", "name": f"data {i}", "rows": rows} for i in range(2)]
    path = _write(tmp_path, value)
    project = tmp_path / "p.journey"
    with Store.create(project) as store:
        history = History(store.load(), store)

        def refuse(edit):
            raise StoreError("disk on fire")

        monkeypatch.setattr(history, "do", refuse)
        with pytest.raises(StoreError):
            apply_import(history, store, read_file(path))
        assert not store.conn.in_transaction  # the import's transaction was rolled back
    with Store.open(project) as store:
        history = History(store.load(), store)
        assert store.data.metrics([f"d{i}" for i in range(2)]) == []  # nothing of the failed import stayed
        added = apply_import(history, store, read_file(path))
        datasets = [d for d in history.document.all(Dataset)]
        assert added.summary.endswith("4 data values.") and len(datasets) == 2
        stage = history.document.stages(added.journey_ids[0])[0].id
        card = history.document.cards(added.journey_ids[0])[0].id
        for dataset in datasets:
            assert store.data.rows(dataset.id) == [(2, "2024-01-01", stage, card, "", "", "NPS", 9.0),
                                                   (3, None, None, None, "web", "", "NPS", 3.0)]
            assert dataset.row_count == 2 and dataset.metrics == ("NPS",)


_DESCRIPTION = (
    "Runs a small bakery with two staff.\nOrders flour weekly, mostly from her phone between batches.")


@pytest.mark.parametrize("first_time", [None, True, False])
def test_a_persona_description_and_first_time_round_trip(history: History, first_time: bool | None) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    history.do(commands.add_persona(doc, "Mia", assign_to=journey.id, description=_DESCRIPTION,
                                    first_time=first_time))
    text = export_json(doc, [journey.id])
    persona = json.loads(text)["personas"][0]
    assert (persona["description"], persona["first_time"]) == (_DESCRIPTION, first_time)
    imported = next(e for e in read_json(text, "x.json").entities if isinstance(e, Persona))
    assert (imported.name, imported.description, imported.first_time) == ("Mia", _DESCRIPTION, first_time)


@pytest.mark.parametrize(("stored", "read"), [(True, None), (False, False), ("absent", None)])
def test_format_1_first_time_true_was_the_default_and_reads_as_unknown(stored: object,
                                                                       read: bool | None) -> None:
    persona = {"id": "p", "name": "P", "role": "Buyer"} | ({} if stored == "absent"
                                                           else {"first_time": stored})
    value = _minimal() | {"personas": [persona]}
    imported = next(e for e in read_json(json.dumps(value), "old.json").entities if isinstance(e, Persona))
    assert (imported.role, imported.description, imported.first_time) == ("Buyer", "", read)


def test_format_2_keeps_a_first_time_true() -> None:
    value = _minimal() | {"journeydesk": 2, "personas": [{"id": "p", "name": "P", "first_time": True}]}
    imported = next(e for e in read_json(json.dumps(value), "new.json").entities if isinstance(e, Persona))
    assert imported.first_time is True
