"""Mermaid journey diagrams: Mermaid's documentation and parser-test examples, our lossless export, hostile
text."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Journey, Persona
from journeydesk.interchange.apply import apply_import
from journeydesk.interchange.common import InterchangeError
from journeydesk.interchange.formats import read_file
from journeydesk.interchange.json_export import export_json
from journeydesk.interchange.mermaid_grammar import MermaidError, js_number, parse
from journeydesk.interchange.mermaid_read import read_mermaid
from journeydesk.interchange.mermaid_write import export_mermaid, safe

DATA = Path(__file__).parent / "data" / "interchange"


def _imported(text: str, name: str = "x.mmd") -> tuple[Document, Journey, tuple[str, ...]]:
    doc = Document()
    added = apply_import(History(doc), None, read_mermaid(text, name))
    return doc, doc.get(Journey, added.journey_ids[0]), added.unplaced


def _cells(doc: Document, journey: Journey, kind: LaneKind) -> dict[str, list[str]]:
    lane = next(x for x in doc.lanes(journey.id) if x.kind == kind)
    return {s.name: [c.text for c in doc.cell(s.id, lane.id)] for s in doc.stages(journey.id)}


def test_the_documentation_example_imports_as_stages_actions_curve_and_persona() -> None:
    doc, journey, unplaced = _imported((DATA / "mermaid-docs-user-journey.mmd").read_text(encoding="utf-8"))
    assert journey.name == "My working day" and unplaced == ()
    assert _cells(doc, journey, LaneKind.ACTIONS) == {"Go to work": ["Make tea", "Go upstairs", "Do work"],
                                                      "Go home": ["Go downstairs", "Sit down"]}
    # 1…5 → −2…+2, in task order along each stage
    assert [(m.label, m.score) for m in doc.markers(journey.id)] == [
        ("Make tea", 2), ("Go upstairs", 0), ("Do work", -2), ("Go downstairs", 2), ("Sit down", 2)]
    assert doc.get(Persona, journey.persona_id).name == "Me"  # the actor of every task
    assert _cells(doc, journey, LaneKind.TOUCHPOINTS) == {"Go to work": ["Cat"], "Go home": []}


def test_mermaids_own_parser_tests_read_the_same() -> None:
    """journey.spec.ts: scores, actors (an empty one after a trailing colon) and sections as Mermaid
    expects."""
    diagram = parse("journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\n"
                    "A task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, "
                    "Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:")
    assert [(t.section, t.name, t.score, t.actors) for t in diagram.tasks] == [
        ("Documentation", "A task", 5, ["Alice", "Bob", "Charlie"]),
        ("Documentation", "B task", 3, ["Bob", "Charlie"]),
        ("Documentation", "C task", 5, []),
        ("Documentation", "D task", 5, ["Charlie", "Alice"]),
        ("Documentation", "E task", 5, [""]),
        ("Another section", "P task", 5, [""]),
        ("Another section", "Q task", 5, [""]),
        ("Another section", "R task", 5, [""]),
    ]
    multiline = parse("journey\naccDescr {\n        A user journey for\n        family shopping\n      }"
                      "title Adding journey diagram functionality to mermaid\n"
                      "accTitle: Adding acc journey diagram functionality to mermaid\nsection Order from "
                      "website")
    assert multiline.acc_descr == "A user journey for\nfamily shopping"
    assert multiline.title == "Adding journey diagram functionality to mermaid"
    assert multiline.acc_title == "Adding acc journey diagram functionality to mermaid"


def test_a_readme_with_a_mermaid_block_imports_its_journey() -> None:
    doc, journey, unplaced = _imported((DATA / "readme-with-journey.md").read_text(encoding="utf-8"),
                                       "README.md")
    assert journey.name == "Onboarding" and unplaced == ()
    assert (journey.description == "New customer onboarding\n\nSign-up to first value,\nwith the scores the "
                                   "workshop gave.")
    actions = _cells(doc, journey, LaneKind.ACTIONS)
    # a task before the first section has a section with no name; comments (%% and #) are skipped
    assert list(actions.values()) == [["Reads the welcome mail"], ["Creates an account", "Confirms the "
                                                                                         "e-mail address"],
                                      ["Imports their data", "Sees the first report"]]
    assert [m.score for m in doc.markers(journey.id)] == [1, 0, -1, -2, 2]
    assert list(_cells(doc, journey, LaneKind.TOUCHPOINTS).values())[1:] == [["Website", "Email"],
                                                                             ["Website", "Support"]]


def test_javascript_number_rules_for_scores() -> None:
    assert js_number(" 5 ") == 5 and js_number("") == 0 and js_number("4.5") == 4.5 and js_number("0x5") == 5
    assert math.isnan(js_number("five")) and math.isnan(js_number("5x"))


def test_scores_that_are_no_number_or_out_of_range_are_listed() -> None:
    doc, journey, unplaced = _imported("journey\nsection A\nOne: five: Me\nTwo: 9: Me\nThree: 0: Me\n")
    assert [m.score for m in doc.markers(journey.id)] == [2, -2]
    assert len(unplaced) == 3 and "line 3" in unplaced[0] and "“five”" in unplaced[0]
    assert "outside 1…5" in unplaced[1]


@pytest.mark.parametrize(("text", "line"), [
    ("journey\nsection A\nJust words without a score\n", 3),
    ("journey\nsection A: B\n", 2),
    ("journey\n  section A\n  Task; x: 3\n", 3),
    ("flowchart LR\nA --> B\n", 1),
    ("journey\nsection A\nJourney planning: 3: Me\n", 3),
])
def test_text_mermaid_would_not_draw_is_refused_with_its_line(text: str, line: int) -> None:
    with pytest.raises(MermaidError, match=f"^line {line}: "):
        parse(text)
    with pytest.raises(InterchangeError, match=f"^x.mmd, line {line}: "):
        read_mermaid(text, "x.mmd")


def test_our_export_is_valid_mermaid_and_restores_the_journey_losslessly() -> None:
    source = Document()
    History(source).do(commands.add_template(source, "ecommerce", "ja"))
    journey = source.journeys()[0]
    text = export_mermaid(source, journey.id)
    diagram = parse(text)
    assert diagram.title == journey.name
    assert [name for name, _line in diagram.sections] == [s.name for s in source.stages(journey.id)]
    assert all(task.actors[0] == source.personas()[0].name for task in diagram.tasks)
    doc, copy, unplaced = _imported(text)
    assert unplaced == ()
    assert export_json(doc, [copy.id]) == export_json(source, [journey.id])


def test_an_export_edited_by_hand_is_read_as_the_diagram_shows() -> None:
    source = Document()
    History(source).do(commands.add_template(source, "support"))
    text = export_mermaid(source, source.journeys()[0].id)
    first_task = next(line for line in text.splitlines() if line.startswith("    "))
    edited = text.replace(first_task, "    Calls the hotline: 1: Sarah Mitchell")
    doc, journey, unplaced = _imported(edited)
    assert "changed after it was exported" in unplaced[0]
    assert _cells(doc, journey, LaneKind.ACTIONS)[doc.stages(journey.id)[0].name][0] == "Calls the hotline"
    plain = "\n".join(line for line in text.splitlines() if not line.startswith("%% jd:"))
    doc, journey, unplaced = _imported(plain)
    assert unplaced == () and doc.count(Journey) == 1


def test_names_are_made_safe_for_mermaids_grammar() -> None:
    assert safe("Step 1: sign up #2; done") == "Step 1 - sign up No.2, done"
    assert safe("手順：登録: 完了#1") == "手順：登録： 完了＃1"
    assert safe("Journey planning").startswith("\u200b") and safe("title page").startswith("\u200b")
    assert safe("Line<br>break\nand more") == "Line‹br›break and more"
    assert safe("Alice, Bob", actor=True) == "Alice / Bob" and safe("") == "…"
    doc = Document()
    history = History(doc)
    history.do(commands.add_journey(doc, "Trip: day 1"))
    journey = doc.journeys()[0]
    stage, lanes = doc.stages(journey.id)[0], doc.lanes(journey.id)
    actions = next(x for x in lanes if x.kind == LaneKind.ACTIONS)
    for text in ("Journey: planning #1", "title page; intro", "section 2: more", "accTitle: x", ""):
        history.do(commands.add_card(doc, stage.id, actions.id, text))
    diagram = parse(export_mermaid(doc, journey.id))
    assert [t.name.strip().lstrip("\u200b") for t in diagram.tasks] == [
        "Journey - planning No.1", "title page, intro", "section 2 - more", "accTitle - x", "…"]


def test_files_are_found_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "day.mermaid"
    path.write_bytes((DATA / "mermaid-docs-user-journey.mmd").read_bytes())
    assert any(isinstance(e, Journey) for e in read_file(path).entities)
    with pytest.raises(InterchangeError, match="no Mermaid journey"):
        (tmp_path / "n.md").write_text("# Notes\n\n```mermaid\nflowchart LR\n  A --> B\n```\n",
                                       encoding="utf-8")
        read_file(tmp_path / "n.md")
