"""Cards pasted from the clipboard name their evidence status as text; the pasted cards hold the status
itself."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from journeydesk.core.enums import Category, EvidenceStatus, LaneKind, Mode
from journeydesk.ui.canvas.map_editor import CARDS_MIME
from tests.test_map_editor import _journey, _viewport_point


def _paste_into_cell(win, qtbot, payload: list[dict]) -> tuple[str, str]:
    """Click an empty spot of the second stage's touchpoint cell, put ``payload`` on the clipboard, press
    Ctrl+V."""
    _doc, _, stages, lanes = _journey(win)
    lane = next(x for x in lanes if x.kind == LaneKind.TOUCHPOINTS)
    cell = win.map.scene.layout.cell_rect(stages[1].id, lane.id)
    viewport = win.map.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                     pos=_viewport_point(win, QPointF(cell.right - 6, cell.bottom - 6)))
    assert win.map.scene.selected_cell == (stages[1].id, lane.id)
    data = QMimeData()
    data.setData(CARDS_MIME, json.dumps(payload).encode())
    QGuiApplication.clipboard().setMimeData(data)
    qtbot.keyClick(viewport, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return stages[1].id, lane.id


def test_a_pasted_status_written_as_text_becomes_the_status(window, qtbot) -> None:
    doc = window.editor.document
    payload = [{"kind": "touchpoint", "text": "Web coupon", "evidence_status": "observed",
                "category": "digital", "mode": "o2o"},
               {"kind": "touchpoint", "text": "Pop-up store", "evidence_status": "proposed"}]
    cell = _paste_into_cell(window, qtbot, payload)
    pasted = {c.text: c for c in doc.cell(*cell)}
    assert window.errors == []
    coupon, store = pasted["Web coupon"], pasted["Pop-up store"]
    assert (type(coupon.evidence_status) is EvidenceStatus
            and coupon.evidence_status is EvidenceStatus.OBSERVED)
    assert type(store.evidence_status) is EvidenceStatus and store.evidence_status is EvidenceStatus.PROPOSED
    assert coupon.category is Category.DIGITAL and coupon.mode is Mode.O2O
    assert window.editor.history.undo_label == "Paste 2 cards"


def test_an_unknown_pasted_status_pastes_nothing(window, qtbot) -> None:
    doc = window.editor.document
    before = doc.snapshot()
    _paste_into_cell(window, qtbot, [{"kind": "note", "text": "Maybe", "evidence_status": "rumoured"}])
    assert doc.snapshot() == before
