"""An empty evidence or KPI list in the inspector says so in one plain line, in place of the empty list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from inspector_example import answer, open_example, press_ok, show_inspector, shown
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.evidence_editor import CardEvidence, EvidenceDialog, EvidenceList
from journeydesk.ui.panels.inspector import Inspector
from journeydesk.ui.panels.inspector_sections import StageSection
from journeydesk.ui.panels.kpi_editor import KpiDialog, KpiList
from tests.test_inspector_kpis import JOURNEY
from tests.test_inspector_kpis import PURCHASE_STAGE as PURCHASE

# In the bundled example's "E-commerce purchase journey": the stage "Awareness" has neither evidence nor KPIs;
# "Purchase" has one evidence item and one KPI; the card "Live chat with staff about sizing" has no evidence.
AWARENESS = "f5d151e42b4c49acb73de78d926a3018"
NO_EVIDENCE = "No evidence yet. Add a quote or a finding with Add…"
NO_KPIS = "No KPIs yet. Add one with Add…"


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[Editor]:
    """An editor on a copy of the example, showing the e-commerce journey."""
    editor = open_example(tmp_path)
    editor.show_journey(JOURNEY)
    yield editor
    editor.close()


@pytest.fixture
def inspector(qtbot: QtBot, editor: Editor) -> Inspector:
    return show_inspector(qtbot, editor)


def says(items: EvidenceList | KpiList) -> str:
    """The hint shown in place of the list, or '' when the list itself is shown."""
    assert items.hint.isVisible() != items.list.isVisible()
    if items.hint.isVisible():
        assert items.hint.textFormat() == Qt.TextFormat.PlainText
        return items.hint.text()
    return ""


def test_a_stage_without_evidence_or_kpis_says_so(editor: Editor, inspector: Inspector) -> None:
    editor.select([AWARENESS])
    section = shown(inspector, StageSection)
    assert says(section.evidence) == NO_EVIDENCE
    assert says(section.kpis) == NO_KPIS
    assert section.evidence.add_button.isEnabled() and section.kpis.add_button.isEnabled()
    editor.select([PURCHASE])
    assert says(section.evidence) == ""
    assert says(section.kpis) == ""


def test_a_card_without_evidence_says_so_until_one_is_added(editor: Editor, inspector: Inspector,
                                                            qtbot: QtBot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    card = next(c for c in editor.document.cards(JOURNEY) if c.text == "Live chat with staff about sizing")
    editor.select([card.id])
    evidence = shown(inspector, CardEvidence).evidence
    assert says(evidence) == NO_EVIDENCE

    def fill(dialog: EvidenceDialog) -> None:
        qtbot.keyClicks(dialog.text, "Three shoppers asked the chat for their size.")
        press_ok(dialog)

    answer(monkeypatch, EvidenceDialog, fill)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert says(evidence) == ""
    assert evidence.list.item(0).text() == "Three shoppers asked the chat for their size.\ninterview"
    editor.undo()
    assert says(evidence) == NO_EVIDENCE


def test_removing_the_last_kpi_brings_the_hint_and_adding_one_takes_it_away(
        editor: Editor, inspector: Inspector, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor.select([PURCHASE])
    kpis = shown(inspector, StageSection).kpis
    kpis.list.setCurrentRow(0)
    qtbot.mouseClick(kpis.remove_button, Qt.MouseButton.LeftButton)
    assert says(kpis) == NO_KPIS

    def fill(dialog: KpiDialog) -> None:
        qtbot.keyClicks(dialog.name, "Payment errors (%)")
        qtbot.keyClicks(dialog.target, "2")
        press_ok(dialog)

    answer(monkeypatch, KpiDialog, fill)
    qtbot.mouseClick(kpis.add_button, Qt.MouseButton.LeftButton)
    assert says(kpis) == ""
    assert kpis.list.count() == 1
    editor.undo()
    assert says(kpis) == NO_KPIS
    editor.undo()
    assert says(kpis) == ""
    assert kpis.list.item(0).text() == "Checkout completion (%)\n38 / 45 · off target"
