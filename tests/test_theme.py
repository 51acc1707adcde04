"""Light and dark themes: readable card text (WCAG AA) on every card colour, following the system."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card
from journeydesk.ui.canvas.items import CardItem
from journeydesk.ui.style import theme

THEMES = [theme.LIGHT, theme.DARK]


@pytest.fixture
def app(qapp, monkeypatch):
    """The application, put back to the light theme afterwards."""
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    yield qapp
    theme.apply_theme(qapp, "light")


def test_contrast_ratio_follows_wcag() -> None:
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # The WCAG example: #767676 on white is just at AA.
    assert theme.contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colors", THEMES, ids=lambda t: t.name)
def test_every_card_kind_has_a_colour_and_an_accent(colors) -> None:
    assert set(colors.card_fills) == set(CardKind)
    assert set(colors.accents) == set(CardKind)


@pytest.mark.parametrize("colors", THEMES, ids=lambda t: t.name)
def test_card_text_meets_aa_on_every_card_colour(colors) -> None:
    """Theme colours must read well with the map's own text colours, not only pure black or white."""
    for kind, fill in colors.card_fills.items():
        ratio = max(theme.contrast_ratio(QColor(text), QColor(fill)) for text in (theme.DARK_TEXT,
                                                                                  theme.LIGHT_TEXT))
        assert ratio >= theme.AA_CONTRAST, f"{colors.name} {kind}: text on {fill} has contrast {ratio:.2f}"
        assert theme.contrast_ratio(theme.text_on(QColor(fill)), QColor(fill)) == pytest.approx(ratio)


@pytest.mark.parametrize("colors", THEMES, ids=lambda t: t.name)
def test_map_text_meets_aa_on_the_canvas_and_headers(colors) -> None:
    for text, ground in ((colors.text, colors.canvas), (colors.text, colors.lane_header),
                         (colors.muted_text, colors.canvas), (colors.score_text, colors.canvas),
                         (colors.score_text, colors.emotion_band), (colors.text, colors.legend)):
        assert theme.contrast_ratio(QColor(text), QColor(ground)) >= theme.AA_CONTRAST, (text, ground)


def test_the_check_catches_an_unreadable_pairing() -> None:
    assert theme.contrast_ratio(QColor(theme.LIGHT_TEXT), QColor(theme.LIGHT.card_fills[CardKind.NOTE])) \
        < theme.AA_CONTRAST
    assert theme.contrast_ratio(QColor("#777777"), QColor("#8a8a8a")) < theme.AA_CONTRAST


def test_custom_and_overlay_card_colours_get_readable_text(app) -> None:
    mid_tones = [QColor.fromHsv(h, s, v).name() for h in range(0, 360, 30) for s in (0, 128, 255)
                 for v in (90, 128, 170)]
    for fill in ("#000000", "#ffffff", "#1a73e8", "#f3aaa4", "#2e8b57", "#fbe6a2", *mid_tones):
        text = theme.text_on(QColor(fill))
        assert theme.contrast_ratio(text, QColor(fill)) >= theme.AA_CONTRAST, fill


@pytest.mark.parametrize("name", ["light", "dark"])
def test_card_tags_are_readable_in_both_themes(app, name: str) -> None:
    theme.apply_theme(app, name)
    for kind in CardKind:
        item = CardItem(Card(id="c", text="text", kind=kind), 180, 80)
        assert theme.contrast_ratio(item.tag_color(), item.fill) >= theme.AA_CONTRAST, kind


def test_dark_theme_sets_a_dark_palette_and_the_map_colours(app) -> None:
    theme.apply_theme(app, "dark")
    assert theme.current() is theme.DARK
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    assert app.style().name().lower() == "fusion"
    item = CardItem(Card(id="c", text="text", kind=CardKind.NOTE), 180, 80)
    assert item.fill == QColor(theme.DARK.card_fills[CardKind.NOTE])
    theme.apply_theme(app, "light")
    assert theme.current() is theme.LIGHT
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert item.fill == QColor(theme.LIGHT.card_fills[CardKind.NOTE])


def test_system_theme_follows_the_system_colour_scheme(app, monkeypatch) -> None:
    theme.apply_theme(app, "system")
    assert theme.current() is theme.LIGHT
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.DARK
    theme.apply_theme(app, "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.LIGHT, "an explicit choice in Preferences wins over the system"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_in_place_editor_takes_the_theme(app, name: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from journeydesk.ui.canvas.inline_editor import InlineEditor

    theme.apply_theme(app, name)
    editor = InlineEditor(QRectF(0, 0, 120, 40), "比較検討")
    image = QImage(140, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    editor.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    background = image.pixelColor(60, 30)
    assert background == QColor(theme.current().canvas)
    assert theme.contrast_ratio(editor.defaultTextColor(), background) >= 4.5
