"""The map's title band: a title or persona line too long for the map is shortened with “…”, never cut
mid-glyph."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History

TITLE = "カスタマージャーニー：Webサイトで比較してから店舗で試着して購入するまでの長い道のり"
PERSONA = "佐藤 美咲"
ROLE = "会社員（プロジェクトマネージャー）・週末ランナー・Webサイトで比較してから買う・横浜在住・二児の母"
BAND = 64  # the title band's height (layout metrics)


def long_lines(stages: int) -> tuple[Document, str]:
    """A journey of ``stages`` stages whose title and persona line are far wider than its map."""
    from journeydesk.ui.style.application import application

    application()
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, TITLE, stage_names=["認知", "検討", "購入"][:stages],
                                    lanes=[(LaneKind.ACTIONS, "行動")]))
    journey = document.journeys()[0]
    history.do(commands.add_persona(document, PERSONA, assign_to=journey.id, role=ROLE))
    return document, journey.id


@pytest.fixture
def narrow() -> tuple[Document, str]:
    return long_lines(1)


def test_one_line_shortens_to_the_width_it_is_given() -> None:
    from journeydesk.ui.canvas.title_items import header_font, one_line
    from journeydesk.ui.style.application import application

    application()
    font = header_font(13)
    metrics = QFontMetricsF(font)
    assert one_line("Webサイトで比較", font, 500) == "Webサイトで比較"
    for width in (60.0, 120.0, 300.0):
        shown = one_line(ROLE, font, width)
        assert shown.endswith("…") and ROLE.startswith(shown[:-1]) and len(shown) >= 2
        assert metrics.horizontalAdvance(shown) <= width
    assert one_line(ROLE, font, 2) == ""


def test_the_title_band_shortens_both_lines_to_the_map(narrow) -> None:
    from journeydesk.ui.export.image_export import _scene

    document, journey_id = narrow
    scene = _scene(document, journey_id)
    title, persona = scene.title.shown
    assert title.endswith("…") and TITLE.startswith(title[:-1])
    assert persona.endswith("…") and f"{PERSONA} — {ROLE}".startswith(persona[:-1])
    assert ROLE in scene.title.toolTip()  # the whole line is a hover away


def test_a_title_keeps_its_room_on_a_map_too_narrow_for_everything(narrow) -> None:
    from journeydesk.ui.export.image_export import _scene

    scene = _scene(*narrow)
    scene.set_overlay({}, ("CSAT", "0 %", "100 %", [QColor("#d7301f")]))  # its key takes most of the band
    title, persona = scene.title.shown
    assert len(title) > 5 and title.endswith("…") and persona == ""


def light(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() > 250


def test_the_png_shows_no_glyph_cut_at_its_right_edge(narrow, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import MARGIN, _scene, export_image

    document, journey_id = narrow
    width = _scene(document, journey_id).layout.width
    for dpi in (96, 300):
        image = QImage(str(export_image(document, journey_id, tmp_path / f"{dpi}.png", dpi=dpi)))
        scale = dpi / 96
        band = range(round(MARGIN * scale), round((MARGIN + BAND - 2) * scale))  # down to the stage row
        # 16 px kept clear, and the margin
        free = range(round((MARGIN + width - 16) * scale) + 1, image.width())
        assert all(light(image, x, y) for x in free for y in band), dpi
        # Shortened, not left out: the persona line's text reaches close to that edge.
        near = range(round((MARGIN + width - 60) * scale), free.start)
        assert any(not light(image, x, y) for x in near for y in band), dpi


def test_an_exported_metric_key_keeps_the_persona_line_clear() -> None:
    from journeydesk.ui.export.image_export import MARGIN, _png, _scene

    scene = _scene(*long_lines(3))
    before = scene.title.shown
    scene.set_overlay({}, ("CSAT", "0 %", "100 %", [QColor("#d7301f"), QColor("#1a9850")]))
    title, persona = scene.title.shown
    assert len(title) < len(before[0]) and persona.endswith("…") and len(persona) > 5
    image = QImage.fromData(_png(scene, 96))
    key = round(scene.legend.x()) + MARGIN
    gap = [(x, y) for x in range(key - 15, key - 1) for y in range(MARGIN + 22, MARGIN + 40)]  # to its border
    assert all(light(image, x, y) for x, y in gap)  # nothing of the persona line runs under the key
    scene.set_overlay({}, None)
    assert scene.title.shown == before
