"""The SVG icon set: one style, an icon for every element, badge and toolbar action, sharp at 2x."""

from __future__ import annotations

import re
from importlib.resources import files
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtSvg import QSvgRenderer

from journeydesk.core.enums import CardKind, Category, LaneKind, Mode
from journeydesk.ui.panels.palette import ELEMENTS, element_icon
from journeydesk.ui.style import icons, theme

NAMES = icons.icon_names()
SVG = "{http://www.w3.org/2000/svg}svg"


def test_the_set_has_every_icon_the_app_uses() -> None:
    needed = {"stage", "lane", "persona", "emotion", "moment_of_truth", "exit_point",
              *(k.value for k in CardKind), *(c.value for c in Category), *(m.value for m in Mode),
              "new", "open", "undo", "redo", "zoom_in", "zoom_out", "fit", "import_csv", "export",
              "present", "preferences", "about"}
    assert needed <= set(NAMES)
    assert {icons.lane_icon_name(kind) for kind in LaneKind} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_is_valid_24px_svg_in_one_tintable_colour(name: str) -> None:
    text = (files("journeydesk.icons") / f"{name}.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    assert root.tag == SVG
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke-width") == "2"
    assert root.get("stroke") == "currentColor"
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", text), "colours come from the palette, not the file"
    assert QSvgRenderer(text.encode()).isValid()


def _ink(image: QImage) -> set[tuple[int, int, int]]:
    colours = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                colours.add((pixel.red(), pixel.green(), pixel.blue()))
    return colours


def test_icons_render_at_device_pixel_ratio_2_in_full_resolution(qapp) -> None:
    icon = icons.icon("undo")
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)
    image = pixmap.toImage()
    opaque = sum(1 for y in range(48) for x in range(48) if image.pixelColor(x, y).alpha() == 255)
    assert opaque > 100, "strokes are drawn at 2x, not an upscaled 24 px picture"


def test_icons_take_the_palette_text_colour_in_light_and_dark(qapp, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    try:
        theme.apply_theme(qapp, "light")
        light = _ink(icons.icon("open").pixmap(QSize(24, 24), 2.0).toImage())
        theme.apply_theme(qapp, "dark")
        dark = _ink(icons.icon("open").pixmap(QSize(24, 24), 2.0).toImage())
    finally:
        theme.apply_theme(qapp, "light")
    assert max(QColor(*c).lightness() for c in light) < 100
    assert min(QColor(*c).lightness() for c in dark) > 180


def test_card_kind_icons_use_the_kind_accent(qapp) -> None:
    image = icons.kind_icon(CardKind.PAIN_POINT).pixmap(QSize(24, 24), 2.0).toImage()
    assert QColor(*next(iter(_ink(image)))).name() == theme.current().accents[CardKind.PAIN_POINT]


def test_disabled_icons_are_drawn_differently(qapp) -> None:
    normal = icons.icon("redo").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    disabled = icons.icon("redo").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    assert normal != disabled


def test_every_palette_entry_has_an_icon(qapp) -> None:
    for kind in ELEMENTS:
        assert not element_icon(kind).pixmap(QSize(22, 22), 2.0).isNull(), kind


def test_an_unknown_icon_name_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="No icon named 'nope'"):
        icons.icon("nope")
