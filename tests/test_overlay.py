"""The metric overlay colours touchpoint cards by imported figures and shows their sample sizes."""

from __future__ import annotations

from pathlib import Path

from journeydesk.ui.canvas.overlay import color_at
from tests.test_data_import import WIDE, _import


def test_overlay_colours_measured_touchpoints(window) -> None:
    editor = window.editor
    _import(editor.store, editor.history, WIDE)
    assert "NPS" in window.map.overlay_choices()
    window.map.set_overlay_metric("NPS")
    doc = editor.document
    cart = next(c for c in doc.cards(editor.journey_id) if c.text == "Cart and checkout form")
    item = window.map.scene.cards[cart.id]
    assert item._overlay is not None and item._overlay[1].text() == "NPS +25 · n=4"
    assert item.fill == color_at((25 + 100) / 200)
    other = next(c for c in doc.cards(editor.journey_id) if c.text.startswith("Instagram"))
    assert window.map.scene.cards[other.id]._overlay is None
    assert window.map.scene.legend.isVisible()
    editor.undo()
    assert window.map.overlay_metric is None and not window.map.scene.legend.isVisible()
    assert item._overlay is None


def test_colour_scale_runs_from_red_to_green() -> None:
    low, middle, high = color_at(0), color_at(0.5), color_at(1)
    assert low.red() > low.green() and high.green() > high.red()
    assert middle.red() > 200 and middle.green() > 200


def test_an_overlay_screenshot(window, tmp_path: Path) -> None:
    editor = window.editor
    _import(editor.store, editor.history, WIDE)
    window.map.set_overlay_metric("CSAT")
    window.map.view.actual_size()
    image = window.map.view.grab().toImage()
    assert image.save(str(tmp_path / "overlay.png"))
