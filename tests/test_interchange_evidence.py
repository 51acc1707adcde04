"""Evidence items, evidence status and KPIs in the JSON format (3): written, read back, round trips byte for
byte, and older files (format 2) still read."""

from __future__ import annotations

import json

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import EvidenceStatus, SourceType
from journeydesk.core.evidence import evidence_of
from journeydesk.core.history import History
from journeydesk.core.kpi_commands import kpis_of
from journeydesk.core.model import Card, Evidence, Kpi
from journeydesk.interchange.apply import apply_import
from journeydesk.interchange.common import InterchangeError
from journeydesk.interchange.json_export import export_json
from journeydesk.interchange.json_import import read_json


@pytest.fixture
def backed(shop: History) -> History:
    doc = shop.document
    journey = doc.journeys()[0]
    stages = doc.stages(journey.id)
    ad = next(c for c in doc.all(Card) if c.text == "Ad")
    shop.do(commands.add_persona(doc, "Aiko"))
    shop.do(commands.assign_persona(doc, journey.id, doc.personas()[0].id))
    shop.do(commands.add_evidence(doc, ad.id, "「広告で知った」", source="Interview 2",
                                  source_type="interview", date="2024-05-01", participant="P2"))
    shop.do(commands.add_evidence(doc, ad.id, "Ad CTR 1.8 %", source="GA4", source_type="analytics"))
    shop.do(commands.add_evidence(doc, stages[2].id, "Checkout drop-off 62 %", source_type="analytics"))
    shop.do(commands.add_evidence(doc, doc.personas()[0].id, "Shops on her phone", source_type="observation"))
    shop.do(commands.set_evidence_status(doc, [ad.id], "observed"))
    shop.do(commands.set_kpi(doc, journey.id, "NPS", metric="NPS", baseline=5, target=30, owner="CX"))
    shop.do(commands.set_kpi(doc, journey.id, "Drop-off", stage_id=stages[2].id, value=62, target=50,
                             direction="down", data_source="GA4"))
    return shop


def test_evidence_and_kpis_are_written_where_they_belong(backed: History) -> None:
    doc = backed.document
    journey = doc.journeys()[0]
    value = json.loads(export_json(doc, [journey.id]))
    assert (value["journeydesk"], value["$schema"]) == (3, "urn:journeydesk:journey:3")
    exported = value["journeys"][0]
    ad = next(c for c in exported["cards"] if c["text"] == "Ad")
    assert ad["evidence_status"] == "observed"
    assert [(e["text"], e["source_type"], e["date"], e["participant"]) for e in ad["evidence"]] == [
        ("「広告で知った」", "interview", "2024-05-01", "P2"), ("Ad CTR 1.8 %", "analytics", "", "")]
    blog = next(c for c in exported["cards"] if c["text"] == "Blog")
    assert "evidence" not in blog and blog["evidence_status"] == "assumed"
    assert exported["stages"][2]["evidence"][0]["text"] == "Checkout drop-off 62 %"
    assert exported["stages"][2]["kpis"][0] | {"id": ""} == {
        "id": "", "name": "Drop-off", "metric": "", "value": 62, "baseline": None, "target": 50,
        "direction": "down", "owner": "", "data_source": "GA4"}
    assert "kpis" not in exported["stages"][0]
    assert [k["name"] for k in exported["kpis"]] == ["NPS"]
    assert value["personas"][0]["evidence"][0]["source_type"] == "observation"


def test_a_round_trip_into_a_fresh_project_is_byte_for_byte(backed: History) -> None:
    doc = backed.document
    journey = doc.journeys()[0]
    text = export_json(doc, [journey.id])
    fresh = History(Document())
    apply_import(fresh, None, read_json(text, "x.json"))
    again = fresh.document
    assert export_json(again, [again.journeys()[0].id]) == text
    assert len(again.all(Evidence)) == 4 and len(again.all(Kpi)) == 2
    # Into the same project: fresh ids, every item tied to the copies; the persona (unchanged) is not copied,
    # nor are its items.
    apply_import(backed, None, read_json(text, "x.json"))
    copy = doc.journeys()[-1]
    assert len(doc.personas()) == 1 and len(evidence_of(doc, doc.personas()[0].id)) == 1
    copied_ad = next(c for c in doc.cards(copy.id) if c.text == "Ad")
    assert [e.source_type for e in evidence_of(doc, copied_ad.id)] == [SourceType.INTERVIEW,
                                                                       SourceType.ANALYTICS]
    assert copied_ad.evidence_status == EvidenceStatus.OBSERVED
    assert [k.name for k in kpis_of(doc, copy.id)] == ["NPS"]
    backed.undo()
    assert len(doc.all(Evidence)) == 4


def test_format_2_files_still_read_with_cards_assumed(backed: History) -> None:
    doc = backed.document
    value = json.loads(export_json(doc, [doc.journeys()[1].id]))  # "Support": no evidence or KPIs
    value.update({"journeydesk": 2, "$schema": "urn:journeydesk:journey:2"})
    imported = read_json(json.dumps(value), "old.json")
    assert not any(isinstance(e, (Evidence, Kpi)) for e in imported.entities)


@pytest.mark.parametrize(("change", "message"), [
    (lambda j: j["cards"][0].update(evidence_status="maybe"), "evidence_status: 'maybe' is not one of"),
    (lambda j: j["cards"][0]["evidence"][0].update(source_type="gossip"),
     "source_type: 'gossip' is not one of"),
    (lambda j: j["cards"][0]["evidence"][0].update(date="01/05/2024"),
     "$.journeys[0].cards[0].evidence[0].date"),
    (lambda j: j["kpis"][0].update(direction="sideways"), "$.journeys[0].kpis[0].direction"),
    (lambda j: j["kpis"][0].update(id=j["cards"][0]["id"]), "is used twice"),
])
def test_bad_evidence_or_kpis_are_refused_with_their_path(backed: History, change, message: str) -> None:
    doc = backed.document
    value = json.loads(export_json(doc, [doc.journeys()[0].id]))
    journey = value["journeys"][0]
    journey["cards"].sort(key=lambda c: c["text"] != "Ad")
    change(journey)
    with pytest.raises(InterchangeError) as caught:
        read_json(json.dumps(value), "x.json")
    assert message in str(caught.value) + " ".join(getattr(caught.value, "details", ()) or ())
