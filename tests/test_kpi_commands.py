"""KPI commands: set adds a KPI or updates the one of that name in that place; values are checked."""

from __future__ import annotations

import pytest

from journeydesk.core import commands
from journeydesk.core.document import EditRefused
from journeydesk.core.enums import KpiDirection
from journeydesk.core.history import History
from journeydesk.core.kpi_commands import kpis_of
from journeydesk.core.model import Kpi


def test_set_kpi_adds_then_updates_by_name_and_undo_restores(history: History) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    stage = doc.stages(journey.id)[1]
    history.do(commands.set_kpi(doc, journey.id, "CSAT", stage_id=stage.id, metric="CSAT", target=80,
                                baseline=70, owner="Support"))
    history.do(commands.set_kpi(doc, journey.id, "Share of returns", stage_id=stage.id, value=12.5, target=10,
                                direction="down"))
    history.do(commands.set_kpi(doc, journey.id, "NPS", target=20))
    assert [k.name for k in kpis_of(doc, journey.id, stage.id)] == ["CSAT", "Share of returns"]
    assert [k.name for k in kpis_of(doc, journey.id)] == ["NPS"]
    edit = commands.set_kpi(doc, journey.id, "csat", stage_id=stage.id, target=85)
    assert edit.label == "Edit KPI “CSAT”"
    history.do(edit)
    csat = kpis_of(doc, journey.id, stage.id)[0]
    assert (csat.target, csat.baseline, csat.owner, csat.metric) == (85, 70, "Support", "CSAT")
    history.do(commands.set_kpi(doc, journey.id, "CSAT", stage_id=stage.id, value=78))
    assert (kpis_of(doc, journey.id, stage.id)[0].metric,
            kpis_of(doc, journey.id, stage.id)[0].value) == ("", 78)
    history.undo()
    history.undo()
    assert kpis_of(doc, journey.id, stage.id)[0].target == 80
    returns = kpis_of(doc, journey.id, stage.id)[1]
    assert returns.direction == KpiDirection.DOWN
    history.do(commands.delete_kpi(doc, kpis_of(doc, journey.id, stage.id)[0].id))
    assert [(k.name, k.position) for k in kpis_of(doc, journey.id, stage.id)] == [("Share of returns", 0)]
    history.do(commands.delete_stage(doc, stage.id))
    assert [k.name for k in doc.all(Kpi)] == ["NPS"]
    history.undo()
    assert len(doc.all(Kpi)) == 2


def test_kpi_values_are_checked(history: History) -> None:
    doc = history.document
    journey = doc.journeys()[0]
    with pytest.raises(EditRefused, match="needs a name"):
        commands.set_kpi(doc, journey.id, " ", target=1)
    with pytest.raises(EditRefused, match="choose one of"):
        commands.set_kpi(doc, journey.id, "X", direction="sideways")
    with pytest.raises(EditRefused, match="not both"):
        history.do(commands.set_kpi(doc, journey.id, "X", metric="NPS", value=3))
    with pytest.raises(EditRefused, match="must be a number"):
        history.do(commands.set_kpi(doc, journey.id, "X", target=float("nan")))
    history.do(commands.add_journey(doc, "Other"))
    other_stage = doc.stages(doc.journeys()[1].id)[0]
    with pytest.raises(EditRefused, match="another journey"):
        commands.set_kpi(doc, journey.id, "X", stage_id=other_stage.id)
    history.do(commands.set_kpi(doc, journey.id, "A", target=1))
    history.do(commands.set_kpi(doc, journey.id, "B", target=1))
    with pytest.raises(EditRefused, match="already a KPI"):
        commands.update_kpi(doc, kpis_of(doc, journey.id)[1].id, name="a")
    assert doc.all(Kpi) and len(doc.all(Kpi)) == 2
