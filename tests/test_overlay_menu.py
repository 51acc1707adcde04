"""View ▸ Metric Overlay as a person reaches it, and ``export-image --overlay`` drawing the coloured map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QMenu

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card
from journeydesk.ui.base.mnemonic import strip_mnemonic
from tests.test_cli_image import cli, refused
from tests.test_data_import import WIDE, _import

# The overlay's scale, as the legend shows it: worst, middle and best, pastel so card text stays readable.
WORST, MIDDLE, BEST = (0xF3, 0xAA, 0xA4), (0xFB, 0xE6, 0xA2), (0xA9, 0xDC, 0xB6)


def menu_action(window, *path: str) -> QAction:
    """The action at ``path`` in the menu bar, found by its shown text (mnemonics aside)."""
    actions = window.menuBar().actions()
    for depth, text in enumerate(path):
        found = next((a for a in actions if strip_mnemonic(a.text()) == text), None)
        assert found is not None, (text, [strip_mnemonic(a.text()) for a in actions])
        if depth < len(path) - 1:
            menu: QMenu = found.menu()
            menu.aboutToShow.emit()  # what opening the menu does
            actions = menu.actions()
    return found


def expected_colour(share: float) -> tuple[int, int, int]:
    """The scale's colour at ``share`` (0 worst, 1 best): linear between worst, middle and best."""
    low, high, part = (WORST, MIDDLE, share * 2) if share < 0.5 else (MIDDLE, BEST, (share - 0.5) * 2)
    return tuple(round(a + (b - a) * part) for a, b in zip(low, high, strict=True))  # type: ignore[return-value]


def test_the_view_menu_colours_cards_by_a_metric_and_shows_a_legend(window) -> None:
    overlay = menu_action(window, "View", "Metric Overlay")
    assert not overlay.isEnabled() and "Import a CSV" in overlay.toolTip()
    editor = window.editor
    _import(editor.store, editor.history, WIDE)
    assert overlay.isEnabled()  # refilled when the data came in
    names = [strip_mnemonic(a.text()) for a in overlay.menu().actions() if not a.isSeparator()]
    assert names[0] == "None" and sorted(names[1:]) == ["CSAT", "NPS"]
    menu_action(window, "View", "Metric Overlay", "CSAT").trigger()
    cart = next(c for c in editor.document.cards(editor.journey_id) if c.text == "Cart and checkout form")
    # Cart's CSAT answers 5, 2, 4, 5: three of four satisfied (4–5) → 75 % on the 0–100 scale.
    item = window.map.scene.cards[cart.id]
    assert item.fill.getRgb()[:3] == expected_colour(0.75)
    assert item._overlay[1].text().startswith("CSAT 75") and item._overlay[1].text().endswith("n=4")
    assert window.map.scene.legend.isVisible()
    menu_action(window, "View", "Metric Overlay")  # opened again: the choice is ticked
    assert [strip_mnemonic(a.text()) for a in overlay.menu().actions() if a.isChecked()] == ["CSAT"]
    menu_action(window, "View", "Metric Overlay", "None").trigger()
    assert item._overlay is None and not window.map.scene.legend.isVisible()
    assert item.fill != QColor(*expected_colour(0.75))
    editor.undo()  # the import goes: nothing left to colour by
    assert not overlay.isEnabled()


def test_the_legend_stays_in_sight_at_its_own_size_while_scrolling_and_zooming(window) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    window.resize(1366, 768)
    _import(window.editor.store, window.editor.history, WIDE)
    menu_action(window, "View", "Metric Overlay", "CSAT").trigger()
    view, legend = window.map.view, window.map.scene.legend
    for zoom, scroll in ((1.0, 0), (0.4, 0), (1.5, 400)):
        view.set_zoom(zoom)
        view.horizontalScrollBar().setValue(scroll)
        view.verticalScrollBar().setValue(scroll)
        QApplication.processEvents()
        on_screen = QRectF(view.mapFromScene(legend.scenePos()), legend.boundingRect().size())
        viewport = QRectF(view.viewport().rect())
        assert viewport.contains(on_screen), (zoom, on_screen, viewport)
        assert viewport.right() - on_screen.right() < 40 and viewport.bottom() - on_screen.bottom() < 40
        drawn = legend.deviceTransform(view.viewportTransform()).mapRect(legend.boundingRect())
        assert drawn.width() == pytest.approx(260, abs=1) and drawn.topLeft() == on_screen.topLeft()


def test_the_legend_reads_in_both_themes(window) -> None:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.style import theme

    editor = window.editor
    _import(editor.store, editor.history, WIDE)
    menu_action(window, "View", "Metric Overlay", "NPS").trigger()
    legend = window.map.scene.legend
    try:
        for name in ("light", "dark"):
            theme.apply_theme(QApplication.instance(), name)
            image = QImage(legend.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
            image.fill(QColor(theme.current().canvas))
            from PySide6.QtGui import QPainter
            painter = QPainter(image)
            legend.paint(painter, None)
            painter.end()
            background = image.pixelColor(image.width() // 2, image.height() - 4)
            text = [image.pixelColor(x, y) for x in range(8, 120) for y in range(4, 18)]
            best = max(theme.contrast_ratio(c, background) for c in text)
            assert best >= 4.5, (name, background.name())
    finally:
        theme.apply_theme(QApplication.instance(), "light")


def test_overlay_cards_keep_a_visible_kind_mark_in_the_dark_theme(window) -> None:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.style import theme

    editor = window.editor
    _import(editor.store, editor.history, WIDE)
    menu_action(window, "View", "Metric Overlay", "CSAT").trigger()
    coloured = [item for item in window.map.scene.cards.values() if item._overlay is not None]
    assert coloured
    try:
        for name in ("light", "dark"):
            theme.apply_theme(QApplication.instance(), name)
            for item in coloured:  # the stripe and kind icon on the pastel overlay colour
                assert theme.contrast_ratio(item.accent, item.fill) >= 3, (name, item.card.text)
    finally:
        theme.apply_theme(QApplication.instance(), "light")


SURVEY = ("Date,Touchpoint,Satisfaction\n"
          "2024-03-01,Cart and checkout form,5\n"
          "2024-03-01,Cart and checkout form,4\n"
          "2024-03-02,Cart and checkout form,2\n"
          "2024-03-02,Order confirmation email,1\n"
          "2024-03-03,Order confirmation email,2\n")


def test_export_image_draws_the_overlay_and_its_legend(tmp_path: Path) -> None:
    from journeydesk.store.store import Store
    from journeydesk.ui.export.image_export import MARGIN, _scene
    from journeydesk.ui.style.application import application

    project = tmp_path / "shop.journey"
    assert cli("new", str(project), "--template", "ecommerce", "--lang", "en").returncode == 0
    (tmp_path / "survey.csv").write_text(SURVEY, encoding="utf-8")
    imported = cli("import-csv", str(project), str(tmp_path / "survey.csv"))
    assert imported.returncode == 0, imported.stderr
    plain, coloured = tmp_path / "plain.png", tmp_path / "csat.png"
    assert cli("export-image", str(project), "-o", str(plain), "--dpi", "96").returncode == 0
    result = cli("export-image", str(project), "-o", str(coloured), "--dpi", "96", "--overlay", "CSAT")
    assert result.returncode == 0, result.stderr
    application()
    with Store.open(project, read_only=True) as store:
        document = store.load()
    journey = document.journeys()[0]
    scene = _scene(document, journey.id)
    image, before = QImage(str(coloured)), QImage(str(plain))
    # Cart: 5, 4, 2 → two of three satisfied: 66.7 %; order email: 1, 2 → 0 %.
    for text, share in (("Cart and checkout form", 2 / 3), ("Order confirmation email", 0.0)):
        card = next(c for c in document.all(Card) if c.text == text and c.kind == CardKind.TOUCHPOINT)
        box = scene.cards[card.id].sceneBoundingRect()
        x, y = round(box.right() - 8 + MARGIN), round(box.center().y() + MARGIN)
        got = image.pixelColor(x, y).getRgb()[:3]
        assert all(abs(a - b) <= 2 for a, b in zip(got, expected_colour(share), strict=True)), (text, got)
        assert before.pixelColor(x, y).getRgb()[:3] != got
    legend = scene.layout.width - 260 + MARGIN + 8, 8 + MARGIN + 24  # the scale band, left end: the worst
    assert image.pixelColor(*map(round, legend)).getRgb()[:3] == WORST
    assert before.pixelColor(*map(round, legend)) == QColor("#ffffff")


def test_export_image_names_the_metrics_when_one_is_unknown(tmp_path: Path) -> None:
    project = tmp_path / "shop.journey"
    assert cli("new", str(project), "--template", "ecommerce", "--lang", "en").returncode == 0
    (tmp_path / "survey.csv").write_text(SURVEY, encoding="utf-8")
    assert cli("import-csv", str(project), str(tmp_path / "survey.csv")).returncode == 0
    line = refused(cli("export-image", str(project), "-o", str(tmp_path / "x.png"), "--overlay", "Effort"))
    assert "Effort" in line and "Satisfaction" in line
    assert not (tmp_path / "x.png").exists()
