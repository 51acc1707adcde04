"""In the app: File ▸ Import Journey… and Export Journey… through their menu actions, and paste from a
spreadsheet."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Journey
from journeydesk.ui.canvas.map_editor import CARDS_MIME
from journeydesk.ui.window import journey_files
from tests.test_map_editor import _journey, _viewport_point

DATA = Path(__file__).parent / "data" / "interchange"


def _messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(journey_files, "show_message", lambda _parent, _title, text, **_: shown.append(text))
    return shown


def _file_menu_has(win, name: str) -> bool:
    return win.actions_by_name[name] in win.menuBar().actions()[0].menu().actions()


def test_file_import_journey_adds_the_file_as_one_undo_step(window, monkeypatch) -> None:
    shown = _messages(monkeypatch)
    monkeypatch.setattr("journeydesk.ui.window.journey_files.QFileDialog.getOpenFileName",
                        lambda *args: (str(DATA / "ems-sample.yaml"), ""))
    doc = window.editor.document
    before = doc.snapshot()
    action = window.actions_by_name["import_journey"]
    assert action.isEnabled() and _file_menu_has(window, "import_journey")
    action.trigger()
    assert shown[0].startswith("Added journey “sysdev-lifecycle”: 5 stages, 10 lanes, 50 cards, 6 emotion "
                               "markers, 47 links")
    journey = doc.get(Journey, window.editor.journey_id)
    assert journey.name == "sysdev-lifecycle"  # the new journey is shown
    assert window.map.scene.cards and all(item.card.journey_id == journey.id
                                          for item in window.map.scene.cards.values())
    assert window.actions_by_name["undo"].text().replace("&", "") == "Undo Import journey “sysdev-lifecycle”"
    window.undo()
    assert doc.snapshot() == before


def test_what_could_not_be_placed_is_listed_under_the_summary(window, monkeypatch, tmp_path) -> None:
    shown = _messages(monkeypatch)
    path = tmp_path / "day.mmd"
    path.write_text("journey\nsection Morning\nWake up: soon: Me\n", encoding="utf-8")
    journey_files.import_journey(window, window.editor, str(path))
    lines = shown[0].splitlines()
    assert lines[0].startswith("Added journey “day”") and lines[2] == "Not placed:"
    assert lines[3].startswith("line 3: the score “soon” of “Wake up” is not a number")


def test_a_refused_file_adds_nothing_and_says_why(window, monkeypatch, tmp_path) -> None:
    shown = _messages(monkeypatch)
    path = tmp_path / "bad.json"
    path.write_text('{"journeydesk": 1, "journeys": [{"id": "j"}]}', encoding="utf-8")
    before = window.editor.document.snapshot()
    assert journey_files.import_journey(window, window.editor, str(path)) is None
    assert "$.journeys[0]: 'name' is a required property" in shown[0]
    assert window.editor.document.snapshot() == before and not window.editor.history.can_undo


def test_file_export_journey_writes_the_journey_shown(window, monkeypatch, tmp_path) -> None:
    _messages(monkeypatch)
    target = tmp_path / "out"
    filters = [journey_files.translate("JourneyFiles", f) for f, _fmt, _data in journey_files.EXPORT_FILTERS]
    monkeypatch.setattr("journeydesk.ui.window.journey_files.QFileDialog.getSaveFileName",
                        lambda *args: (str(target), filters[2]))
    action = window.actions_by_name["export_journey"]
    assert action.isEnabled() and _file_menu_has(window, "export_journey")
    action.trigger()
    text = (tmp_path / "out.mmd").read_text(encoding="utf-8")
    assert text.startswith("journey\n  title " + window.editor.document.journeys()[0].name)
    monkeypatch.setattr("journeydesk.ui.window.journey_files.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "out.json"), filters[0]))
    action.trigger()
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [j["id"] for j in exported["journeys"]] == [window.editor.journey_id]


def test_cells_pasted_from_a_spreadsheet_fill_the_matching_block(window, qtbot) -> None:
    doc, _, stages, lanes = _journey(window)
    thoughts = next(i for i, x in enumerate(lanes) if x.kind == LaneKind.THOUGHTS)
    cell = window.map.scene.layout.cell_rect(stages[1].id, lanes[thoughts].id)
    viewport = window.map.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=_viewport_point(window, QPointF(cell.right - 6, cell.bottom - 6)))
    assert window.map.scene.selected_cell == (stages[1].id, lanes[thoughts].id)
    before = doc.snapshot()
    counts = {(s.id, x.id): len(doc.cell(s.id, x.id)) for s in stages for x in lanes}
    data = QMimeData()
    # as Excel copies 2 × 2 cells
    data.setText('Is it worth it?\t"Too many steps\nWhere is my code?"\r\n\t\r\n')
    QGuiApplication.clipboard().setMimeData(data)
    qtbot.keyClick(viewport, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    added = {key: [c.text for c in doc.cell(*key)[counts[key]:]]
             for key in counts if len(doc.cell(*key)) > counts[key]}
    assert added == {(stages[1].id, lanes[thoughts].id): ["Is it worth it?"],
                     (stages[2].id, lanes[thoughts].id): ["Too many steps", "Where is my code?"]}
    assert window.editor.history.undo_label == "Paste 3 cards"
    qtbot.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.snapshot() == before


def test_copied_cards_go_to_the_clipboard_as_the_same_grid(window) -> None:
    doc, _, stages, lanes = _journey(window)
    picked = doc.cell(stages[0].id, lanes[0].id)[:1] + doc.cell(stages[1].id, lanes[1].id)[:2]
    for card in picked:
        window.map.scene.cards[card.id].setSelected(True)
    assert window.map.copy_selection()
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(CARDS_MIME)
    second = "\n".join(c.text for c in picked[1:]).replace('"', '""')
    assert data.text() == f'{picked[0].text}\t\n\t"{second}"\n'
