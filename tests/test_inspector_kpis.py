"""The inspector's KPIs on a stage and on the journey: the list with current / target and status, the
dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from inspector_example import (
    answer,
    open_example,
    opens_and_draws,
    press_ok,
    show_inspector,
    shown,
    type_into,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.core.enums import KpiDirection
from journeydesk.core.model import Kpi
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector import Inspector
from journeydesk.ui.panels.kpi_editor import KpiDialog, KpiList

# In the bundled example's "E-commerce purchase journey": the journey's own KPI "Conversion rate (%)" (typed
# 2.1, baseline 1.8, target 2, higher is better) and the stage "Purchase" with "Checkout completion (%)" (38,
# 30, 45).
JOURNEY = "de75974ec0a24b7c9b1bbb2a920a3aff"
PURCHASE_STAGE = "36e3490649254a7e82830aae210a5609"
CHECKOUT_KPI = "6da93a04c9c14a69a000321cd68df45b"
CONVERSION_KPI = "43350864bea24bd5bb25834870414fa8"


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[Editor]:
    editor = open_example(tmp_path)
    editor.show_journey(JOURNEY)
    yield editor
    editor.close()


@pytest.fixture
def inspector(qtbot: QtBot, editor: Editor) -> Inspector:
    return show_inspector(qtbot, editor)


def rows(kpis: KpiList) -> list[str]:
    return [kpis.list.item(row).text() for row in range(kpis.list.count())]


def stage_kpis(editor: Editor) -> list[Kpi]:
    found = [k for k in editor.document.all(Kpi) if k.stage_id == PURCHASE_STAGE]
    return sorted(found, key=lambda k: k.position)


def test_the_stage_and_the_journey_list_their_kpis_against_target(editor: Editor,
                                                                  inspector: Inspector) -> None:
    editor.select([PURCHASE_STAGE])
    assert rows(shown(inspector, KpiList)) == ["Checkout completion (%)\n38 / 45 · off target"]
    editor.select([])
    assert rows(shown(inspector, KpiList)) == ["Conversion rate (%)\n2.10 / 2.00 · on target"]


def test_adding_a_typed_kpi_to_a_stage_is_one_undo_step(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE_STAGE])
    kpis = shown(inspector, KpiList)

    def fill(dialog: KpiDialog) -> None:
        assert dialog.windowTitle() == "Add KPI"
        qtbot.keyClicks(dialog.name, "Payment errors (%)")
        qtbot.keyClicks(dialog.metric_choice.lineEdit(), "3.5")
        qtbot.keyClicks(dialog.baseline, "5")
        qtbot.keyClicks(dialog.target, "2")
        dialog.direction.setCurrentIndex(dialog.direction.findText("Lower is better"))
        qtbot.keyClicks(dialog.owner, "Payments team")
        qtbot.keyClicks(dialog.data_source, "Payment provider dashboard")
        press_ok(dialog)

    answer(monkeypatch, KpiDialog, fill)
    qtbot.mouseClick(kpis.add_button, Qt.MouseButton.LeftButton)
    added = stage_kpis(editor)[1]
    assert (added.name, added.metric, added.value, added.baseline, added.target, added.direction, added.owner,
            added.data_source, added.journey_id) == (
        "Payment errors (%)", "", 3.5, 5.0, 2.0, KpiDirection.DOWN, "Payments team",
        "Payment provider dashboard", JOURNEY)
    # 3.5 is above the target 2 and lower is better: off target
    assert rows(kpis)[1] == "Payment errors (%)\n3.50 / 2.00 · off target"
    assert kpis.current_id == added.id
    editor.undo()
    assert [k.name for k in stage_kpis(editor)] == ["Checkout completion (%)"]
    assert kpis.list.count() == 1


def test_a_kpi_can_follow_a_metric_by_name(editor: Editor, inspector: Inspector, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE_STAGE])
    kpis = shown(inspector, KpiList)

    def fill(dialog: KpiDialog) -> None:
        qtbot.keyClicks(dialog.name, "Checkout NPS")
        qtbot.keyClicks(dialog.metric_choice.lineEdit(), "NPS")
        qtbot.keyClicks(dialog.target, "30")
        press_ok(dialog)

    answer(monkeypatch, KpiDialog, fill)
    qtbot.mouseClick(kpis.add_button, Qt.MouseButton.LeftButton)
    added = stage_kpis(editor)[1]
    assert (added.metric, added.value, added.baseline, added.target, added.direction) == (
        "NPS", None, None, 30.0, KpiDirection.UP)
    # the example has no imported data: no current value
    assert rows(kpis)[1] == "Checkout NPS\n– / 30 · no data"


def test_editing_a_kpi_target_changes_its_status_and_undo_restores_it(
        editor: Editor, inspector: Inspector, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE_STAGE])
    kpis = shown(inspector, KpiList)

    def fill(dialog: KpiDialog) -> None:
        assert dialog.windowTitle() == "Edit KPI"
        assert [dialog.name.text(), dialog.metric_choice.currentText(), dialog.baseline.text(),
                dialog.target.text(), dialog.direction.currentText(), dialog.owner.text(),
                dialog.data_source.text()] == [
            "Checkout completion (%)", "38", "30", "45", "Higher is better", "Web team", "GA4 funnel"]
        type_into(qtbot, dialog.target, "35")
        press_ok(dialog)

    answer(monkeypatch, KpiDialog, fill)
    kpis.list.setCurrentRow(0)
    qtbot.mouseClick(kpis.edit_button, Qt.MouseButton.LeftButton)
    assert editor.document.get(Kpi, CHECKOUT_KPI).target == 35.0
    assert rows(kpis) == ["Checkout completion (%)\n38 / 35 · on target"]
    editor.undo()
    assert editor.document.get(Kpi, CHECKOUT_KPI).target == 45.0
    assert rows(kpis) == ["Checkout completion (%)\n38 / 45 · off target"]


def test_removing_the_journey_kpi_and_undo(editor: Editor, inspector: Inspector, qtbot: QtBot) -> None:
    kpis = shown(inspector, KpiList)
    kpis.list.setCurrentRow(0)
    qtbot.mouseClick(kpis.remove_button, Qt.MouseButton.LeftButton)
    assert editor.document.get(Kpi, CONVERSION_KPI) is None
    assert kpis.list.count() == 0
    assert not kpis.remove_button.isEnabled()
    editor.undo()
    assert editor.document.get(Kpi, CONVERSION_KPI).target == 2.0
    assert rows(kpis) == ["Conversion rate (%)\n2.10 / 2.00 · on target"]


@pytest.mark.parametrize(("field", "text", "message"), [
    ("baseline", "about 30", "Baseline: “about 30” is not a number. Write it like 45 or 12.5."),
    ("target", "high", "Target: “high” is not a number. Write it like 45 or 12.5."),
    ("target", "", "Target: write the value this KPI should reach, like 45."),
    ("name", "checkout COMPLETION (%)", "There is already a KPI named “checkout COMPLETION (%)” here."),
])
def test_bad_kpi_input_is_named_in_the_dialog_and_nothing_is_saved(
        editor: Editor, inspector: Inspector, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        field: str, text: str, message: str) -> None:
    editor.select([PURCHASE_STAGE])
    kpis = shown(inspector, KpiList)

    def fill(dialog: KpiDialog) -> None:
        values = {"name": "Refunds", "baseline": "", "target": "10", field: text}
        for name, value in values.items():
            qtbot.keyClicks(getattr(dialog, name), value)
        press_ok(dialog)
        assert dialog.result() == 0
        assert dialog.problem.text() == message
        assert dialog.problem.textFormat() == Qt.TextFormat.PlainText
        dialog.reject()

    seen = answer(monkeypatch, KpiDialog, fill)
    qtbot.mouseClick(kpis.add_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert [k.name for k in stage_kpis(editor)] == ["Checkout completion (%)"]
    assert not editor.history.can_undo


def test_renaming_a_kpi_keeps_its_other_fields(
        editor: Editor, inspector: Inspector, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE_STAGE])
    kpis = shown(inspector, KpiList)

    def fill(dialog: KpiDialog) -> None:
        type_into(qtbot, dialog.name, "Checkout completion rate (%)")
        press_ok(dialog)

    answer(monkeypatch, KpiDialog, fill)
    kpis.list.setCurrentRow(0)
    qtbot.mouseClick(kpis.edit_button, Qt.MouseButton.LeftButton)
    assert [k.name for k in stage_kpis(editor)] == ["Checkout completion rate (%)"]
    assert stage_kpis(editor)[0].target == 45.0


def test_the_journey_kpis_catch_up_with_an_undo_made_while_a_stage_is_shown(
        editor: Editor, inspector: Inspector, qtbot: QtBot) -> None:
    kpis = shown(inspector, KpiList)
    kpis.list.setCurrentRow(0)
    qtbot.mouseClick(kpis.remove_button, Qt.MouseButton.LeftButton)
    editor.select([PURCHASE_STAGE])
    editor.undo()
    editor.select([])
    assert shown(inspector, KpiList) is kpis
    assert rows(kpis) == ["Conversion rate (%)\n2.10 / 2.00 · on target"]


def test_the_kpi_dialog_draws(editor: Editor, inspector: Inspector, qtbot: QtBot,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    kpis = shown(inspector, KpiList)
    opens_and_draws(qtbot, monkeypatch, KpiDialog, kpis.add_button)
