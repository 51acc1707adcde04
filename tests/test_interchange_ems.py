"""Enablement Map Studio YAML: the public sample arrives whole, goes back out, and hostile YAML is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.core.history import History
from journeydesk.core.model import Card, Journey, Persona
from journeydesk.interchange.apply import apply_import
from journeydesk.interchange.common import InterchangeError
from journeydesk.interchange.ems_read import read_ems
from journeydesk.interchange.ems_write import export_ems

SAMPLE = Path(__file__).parent / "data" / "interchange" / "ems-sample.yaml"


def _import(text: str) -> tuple[Document, Journey, tuple[str, ...]]:
    doc = Document()
    added = apply_import(History(doc), None, read_ems(text, "sample.yaml"))
    return doc, doc.get(Journey, added.journey_ids[0]), added.unplaced


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return list(yaml.safe_load_all(SAMPLE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def imported() -> tuple[Document, Journey, tuple[str, ...]]:
    return _import(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_keeps_its_license_beside_it() -> None:
    notice = (SAMPLE.parent / "ems-sample.LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in notice and "suwa-sh" in notice


def test_every_phase_action_and_emotion_of_the_sample_arrives(sample, imported) -> None:
    doc, journey, unplaced = imported
    cjm = sample[0]
    assert unplaced == ()
    assert [s.name for s in doc.stages(journey.id)] == [p["name"] for p in cjm["phases"]]
    actions_lane = next(x for x in doc.lanes(journey.id) if x.kind == LaneKind.ACTIONS)
    phase_names = {p["id"]: p["name"] for p in cjm["phases"]}
    placed = sorted((s.name, c.text) for s in doc.stages(journey.id) for c in doc.cell(s.id, actions_lane.id))
    assert placed == sorted((phase_names[a["phase"]], a["name"]) for a in cjm["actions"])
    markers = sorted((next(s.name for s in doc.stages(journey.id) if s.id == m.stage_id), m.label, m.score)
                     for m in doc.markers(journey.id))
    assert markers == sorted((phase_names[a["phase"]], a["name"], a["emotion_score"]) for a in cjm["actions"])
    persona = doc.get(Persona, journey.persona_id)
    assert persona.name == cjm["persona"]["name"]
    assert persona.role + "".join(persona.needs) == "".join(cjm["persona"]["description"].split())


def test_touchpoints_and_thoughts_sit_in_their_actions_stage_tied_to_the_action(sample, imported) -> None:
    doc, journey, _ = imported
    by_text = {}
    for card in doc.cards(journey.id):
        by_text.setdefault((card.stage_id, card.text), card)
    stages = {s.name: s.id for s in doc.stages(journey.id)}
    phase_names = {p["id"]: p["name"] for p in sample[0]["phases"]}
    for action in sample[0]["actions"]:
        stage = stages[phase_names[action["phase"]]]
        card = by_text[(stage, action["name"])]
        tied = {doc.get(Card, link.target_id).text for link in doc.links_of(card.id)
                if link.source_id == card.id}
        assert set(action.get("touchpoints", [])) | set(action.get("thoughts_feelings", [])) <= tied
        for text in action.get("touchpoints", []):
            assert by_text[(stage, text)].kind == CardKind.TOUCHPOINT


def test_the_blueprint_arrives_with_every_connection(sample, imported) -> None:
    doc, journey, _ = imported
    sbp = sample[1]
    backstage = [x for x in doc.lanes(journey.id) if x.kind == LaneKind.BACKSTAGE]
    assert [x.name for x in backstage] == [x["name"] for x in sbp["lanes"] if x["kind"] != "cjm"]
    tasks = [t for t in sbp["tasks"] if t["lane"] != "sbp:lane:cjm"]
    texts = {c.text.split("\n")[0]: c for x in backstage for c in doc.children(Card, "lane_id", x.id)
             if c.kind == CardKind.BACKSTAGE}
    assert sorted(texts) == sorted(t["name"] for t in tasks)
    names = {t["id"]: t["name"] for t in sbp["tasks"]}
    cards = {c.id: c.text.split("\n")[0] for c in doc.cards(journey.id)}
    links = {(cards[x.source_id], cards[x.target_id]) for x in doc.links(journey.id)}
    assert {(names[c["source"]], names[c["target"]]) for c in sbp["connections"]} <= links
    stage_of = {s.id: s.name for s in doc.stages(journey.id)}
    assert stage_of[texts["UATの準備"].stage_id] == "UAT"  # by its source action
    # without a source action, by the action nearest across the blueprint: x 1480 is nearest 業務で使い始める
    # (1300)
    assert stage_of[texts["システムを監視する"].stage_id] == "本番稼働"
    note = next(c for c in doc.children(Card, "lane_id", backstage[0].id) if c.kind == CardKind.NOTE)
    assert note.text == sbp["lanes"][1]["description"]


def test_the_outcome_lands_on_the_journey_and_the_stage_it_measures(imported) -> None:
    doc, journey, _ = imported
    assert journey.description.splitlines() == [
        "KGI: 開発サイクルの迅速化と品質向上", "CSF: UATの手戻りを削減することが、リリース速度向上に直結する",
        "KPI: UAT初回合格率 (target 90%) = 初回UATで合格した件数 / UAT実施件数"]
    assert [s.goal for s in doc.stages(journey.id)] == ["", "", journey.description.splitlines()[2], "", ""]


def test_enablement_becomes_notes_on_the_cards_with_urls_as_text(sample, imported) -> None:
    doc, journey, _ = imported
    notes_lane = next(x for x in doc.lanes(journey.id) if x.kind == LaneKind.NOTES)
    notes = doc.children(Card, "lane_id", notes_lane.id)
    assert len(notes) == len(sample[3]["actions"])
    design = next(c for c in notes if c.text.startswith("UATシナリオに基づきテストケースを設計する"))
    for line in ("Skill: テスト設計スキル", "  • テスト設計技法トレーニング "
                                            "https://lms.local/courses/test-design",
                 "Knowledge: テストケース設計テンプレート https://sharepoint.local/templates/test-case",
                 "Tool: JIRA (テスト管理) https://jira.local/"):
        assert line in design.text.splitlines()
    owner = [doc.get(Card, x.source_id) for x in doc.links_of(design.id)]
    assert [c.text.split("\n")[0] for c in owner] == ["UATの準備"]


def test_export_back_to_ems_and_in_again_keeps_what_maps(imported) -> None:
    doc, journey, _ = imported
    text = export_ems(doc, journey.id)
    documents = list(yaml.safe_load_all(text))
    assert [d["kind"] for d in documents] == ["cjm", "sbp", "outcome", "em"]
    again, copy, unplaced = _import(text)
    assert unplaced == ()
    for cls in (Card,):
        assert sorted(c.text for c in again.cards(copy.id)) == sorted(c.text for c in doc.cards(journey.id))
        assert again.count(cls) == doc.count(cls)
    assert sorted((m.label, m.score) for m in again.markers(copy.id)) == sorted(
        (m.label, m.score) for m in doc.markers(journey.id))
    assert len(again.links(copy.id)) == len(doc.links(journey.id))
    assert copy.description == journey.description and copy.name == journey.name


@pytest.mark.parametrize(("text", "message"), [
    ("a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n", "line 2: not valid YAML (aliases"),
    ("kind: cjm\nid: !!python/object/apply:os.system ['true']\n", "line 2: not valid YAML"),
    ("kind: cjm\nphases: " + "[" * 100 + "]" * 100 + "\n", "nested more than 64 levels deep"),
    ("kind: sbp\nlanes: []\n", "holds no customer journey"),
    ("kind: cjm\nid: x\nphases: {}\nactions: []\n",
     "document 1 (cjm): phases: a list of entries is expected"),
    ("kind: cjm\nid: x\nphases: [{id: a}]\nactions: []\n", "phases[0].name: missing"),
    ("just text", "not an Enablement Map Studio document"),
    ("kind: cjm\n  bad: [indent\n", "line 2: not valid YAML"),
])
def test_hostile_yaml_is_refused_in_one_line(text: str, message: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        read_ems(text, "x.yaml")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_references_to_nothing_are_listed_not_guessed() -> None:
    text = ("kind: cjm\nversion: '1.0'\nid: cjm:x\nphases: [{id: p, name: P}]\nactions:\n"
            "  - {id: a, name: A, phase: p, emotion_score: 1}\n  - {id: b, name: B, phase: q, emotion_score: "
            "3}\n---\nkind: sbp\nversion: '1.0'\nid: s\nlanes: [{id: l, name: L, kind: team}]\n"
            "tasks: [{id: t, lane: l, name: T, source_id: a}]\nconnections: [{source: t, target: zz, "
            "sourceHandle: top, targetHandle: top}]\n")
    doc, journey, unplaced = _import(text)
    assert len(unplaced) == 2 and "phase q" in unplaced[0] and "joins t and zz" in unplaced[1]
    assert sorted(c.text for c in doc.cards(journey.id)) == ["A", "T"]
