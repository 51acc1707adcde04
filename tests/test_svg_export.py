"""A map's SVG as a client opens it: one ``<text>`` per line, the font inside it (or outlines), all inside the
picture."""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History

NS = "{http://www.w3.org/2000/svg}"
JOURNEY = "カスタマージャーニー"
PERSONA, ROLE = "佐藤 美咲", "Project manager"
STAGES = ("認知", "Webサイトで比較")
GOAL = "Find it fast"
LANES = ((LaneKind.ACTIONS, "行動"), (LaneKind.THOUGHTS, "Thoughts"))
CARDS = ("Webサイトで比較", "店舗で試着", "Try it on", "カスタマージャーニー")


@pytest.fixture
def project() -> tuple[Document, str]:
    """A journey built through the commands, each of whose texts fits on one line."""
    from journeydesk.ui.style.application import application

    application()
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, JOURNEY, stage_names=STAGES, lanes=LANES))
    journey = document.journeys()[0]
    history.do(commands.add_persona(document, PERSONA, assign_to=journey.id, role=ROLE))
    stages, lanes = document.stages(journey.id), document.lanes(journey.id)
    history.do(commands.update_stage(document, stages[0].id, goal=GOAL))
    for index, text in enumerate(CARDS):
        history.do(commands.add_card(document, stages[index % 2].id, lanes[index // 2].id, text))
    return document, journey.id


def expected_lines() -> list[str]:
    return [JOURNEY, f"{PERSONA} — {ROLE}", *STAGES, GOAL, *(name for _kind, name in LANES), *CARDS]


def placed(root: ET.Element, tag: str) -> list[tuple[ET.Element, tuple[float, ...]]]:
    """Every ``tag`` element with the transform from its coordinates to the picture's."""
    found = []

    def walk(element: ET.Element, matrix: tuple[float, ...]) -> None:
        transform = element.get("transform")
        if transform:
            a, b, c, d, e, f = (float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", transform))
            m = matrix
            matrix = (m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d,
                      m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5])
        if element.tag == NS + tag:
            found.append((element, matrix))
        for child in element:
            walk(child, matrix)

    walk(root, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return found


def embedded_fonts(root: ET.Element) -> dict[int, TTFont]:
    """The fonts the SVG carries, by weight, read from its ``@font-face`` rules."""
    style = "".join(node.text or "" for node in root.iter(NS + "style"))
    fonts = {}
    for rule in re.findall(r"@font-face\{([^}]*)\}", style):
        assert "font-family:'BIZ UDPGothic'" in rule
        weight = int(re.search(r"font-weight:(\d+)", rule).group(1))
        data = re.search(r"url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", rule).group(1)
        fonts[weight] = TTFont(io.BytesIO(base64.b64decode(data)))
    return fonts


def advance(font: TTFont, text: str, size: float) -> float:
    """The width of ``text`` in ``font`` at ``size`` px, from the font's own advance widths."""
    cmap, metrics = font.getBestCmap(), font["hmtx"]
    return sum(metrics[cmap[ord(c)]][0] for c in text) * size / font["head"].unitsPerEm


def test_each_line_is_one_text_element_in_the_embedded_font(project, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document, journey_id = project
    root = ET.parse(export_image(document, journey_id, tmp_path / "map.svg")).getroot()
    texts = placed(root, "text")
    assert sorted(node.text for node, _m in texts) == sorted(expected_lines())
    assert b"JourneyDesk Map Gothic" not in (tmp_path / "map.svg").read_bytes()  # the name Qt laid it out in
    fonts = embedded_fonts(root)
    assert set(fonts) == {400, 700}  # the card texts, and the bold title, stage and lane names
    for node, _matrix in texts:
        assert node.get("font-family", "").startswith("'BIZ UDPGothic'"), node.attrib
    for weight, font in fonts.items():
        used = {ord(c) for node, _m in texts if int(node.get("font-weight")) == weight for c in node.text}
        assert set(font.getBestCmap()) == used | {ord(" ")}, weight  # exactly the characters drawn
        assert font["name"].getDebugName(13).startswith(
            "This Font Software is licensed under the SIL Open Font")


def test_every_text_lies_inside_the_view_box(project, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document, journey_id = project
    root = ET.parse(export_image(document, journey_id, tmp_path / "map.svg")).getroot()
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    fonts = embedded_fonts(root)
    for node, (a, _b, _c, d, e, f) in placed(root, "text"):
        size = float(node.get("font-size"))
        left, baseline = a * float(node.get("x")) + e, d * float(node.get("y")) + f
        right = left + a * advance(fonts[int(node.get("font-weight"))], node.text, size)
        assert left >= 0 and right <= width and size <= baseline <= height, (node.text, left, right, baseline)


def test_a_line_running_out_of_the_picture_is_shortened(tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Narrow", stage_names=["Only"],
                                    lanes=[(LaneKind.EMOTIONS, "感情")]))
    journey = document.journeys()[0]
    label = "とても長い感情のラベルが右端からはみ出してしまう Web サイト"
    history.do(commands.add_marker(document, document.stages(journey.id)[0].id, 2, label=label, offset=0.95))
    root = ET.parse(export_image(document, journey.id, tmp_path / "map.svg")).getroot()
    width = float(root.get("viewBox").split()[2])
    fonts = embedded_fonts(root)
    shown = [(node, m) for node, m in placed(root, "text") if node.text.startswith("とても")]
    assert len(shown) == 1
    node, (a, _b, _c, _d, e, _f) = shown[0]
    assert node.text.endswith("…") and label.startswith(node.text[:-1]) and len(node.text) > 5
    right = a * float(node.get("x")) + e + advance(fonts[400], node.text, float(node.get("font-size")))
    assert right <= width


def test_outlines_leave_no_text_and_no_font(project, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document, journey_id = project
    root = ET.parse(export_image(document, journey_id, tmp_path / "map.svg", outlines=True)).getroot()
    assert placed(root, "text") == [] and embedded_fonts(root) == {}
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    shapes = {}
    for path in (path for path in root.iter(NS + "path") if path.get("id")):
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        shapes[path.get("id")] = (min(numbers[0::2]), min(numbers[1::2]), max(numbers[0::2]),
                                  max(numbers[1::2]))
    lines = [(group, m) for group, m in placed(root, "g") if group.get("aria-label")]
    assert sorted(group.get("aria-label") for group, _m in lines) == sorted(expected_lines())
    glyphs = 0
    for group, (a, _b, _c, d, e, f) in lines:
        for use in group.iter(NS + "use"):
            left, top, right, bottom = shapes[use.get("{http://www.w3.org/1999/xlink}href")[1:]]
            x, y = float(use.get("x")), float(use.get("y"))
            assert a * (x + left) + e >= 0 and a * (x + right) + e <= width
            assert d * (y + top) + f >= 0 and d * (y + bottom) + f <= height
            glyphs += 1
    assert glyphs == sum(len(line.replace(" ", "")) for line in expected_lines())  # one shape per character
    assert len(shapes) < glyphs  # each drawn once, used again


def test_the_same_map_gives_the_same_svg(project, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document, journey_id = project
    first = export_image(document, journey_id, tmp_path / "one.svg").read_bytes()
    assert export_image(document, journey_id, tmp_path / "two.svg").read_bytes() == first


def test_runs_of_one_line_join_and_separate_texts_stay_apart() -> None:
    from PySide6.QtGui import QFontMetricsF

    from journeydesk.ui.export.svg_fonts import bundled
    from journeydesk.ui.export.svg_text import portable_svg
    from journeydesk.ui.style.application import application

    application()
    font = bundled()
    after_web = 8 + QFontMetricsF(font.qfont(10)).horizontalAdvance("Web")
    run = 'font-family="X" font-size="10" font-weight="400" font-style="normal" fill="#000000"'
    qt_svg = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60">
<g transform="matrix(1,0,0,1,4,4)" {run}>
<text x="8" y="20" {run}>Web</text><text x="{after_web}" y="20" {run}>サイトで比較</text>
<text x="8" y="40" {run}>0 %</text><text x="150" y="40" {run}>100 %</text>
<text x="400" y="40" {run}>beyond the right edge</text>
</g></svg>""".encode()
    root = ET.fromstring(portable_svg(qt_svg, font))
    assert [(node.text, node.get("x")) for node in root.iter(NS + "text")] == [
        ("Webサイトで比較", "8"), ("0 %", "8"), ("100 %", "150")]
    assert all(node.get("font-family") == "'BIZ UDPGothic', sans-serif" for node in root.iter(NS + "text"))


def test_markup_and_control_characters_stay_harmless_text(tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image
    from journeydesk.ui.style.application import application

    application()
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Plan\x01 B", stage_names=["A"], lanes=[(LaneKind.NOTES, "N")]))
    journey = document.journeys()[0]
    stage, lane = document.stages(journey.id)[0], document.lanes(journey.id)[0]
    history.do(commands.add_card(document, stage.id, lane.id, "R&D <b>web</b>\x0b"))
    root = ET.parse(export_image(document, journey.id, tmp_path / "map.svg")).getroot()  # well-formed XML
    texts = [node.text for node, _m in placed(root, "text")]
    assert "R&D <b>web</b>" in texts and "Plan B" in texts
    assert not list(root.iter(NS + "b"))


def test_a_viewer_using_the_embedded_font_puts_each_glyph_where_qt_did(project, tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import export_image

    document, journey_id = project
    text_svg = ET.parse(export_image(document, journey_id, tmp_path / "text.svg")).getroot()
    shapes_svg = ET.parse(export_image(document, journey_id, tmp_path / "shapes.svg",
                                       outlines=True)).getroot()
    by_qt: dict[str, list[list[float]]] = {}
    for group, _m in placed(shapes_svg, "g"):
        if group.get("aria-label"):
            xs = [float(use.get("x")) for use in group.iter(NS + "use")]
            by_qt.setdefault(group.get("aria-label"), []).append([x - xs[0] for x in xs])
    fonts = embedded_fonts(text_svg)
    for node, _m in placed(text_svg, "text"):
        font, size = fonts[int(node.get("font-weight"))], float(node.get("font-size"))
        starts = [advance(font, node.text[:i], size) for i, c in enumerate(node.text) if c != " "]
        offsets = [x - starts[0] for x in starts]
        # Qt rounds each advance to 1/64 px and its positions are written to 0.01 px.
        assert any(len(qt) == len(offsets) and all(abs(a - b) <= 0.01 + i / 64 for i, (a, b)
                                                   in enumerate(zip(qt, offsets, strict=True)))
                   for qt in by_qt[node.text]), (node.text, offsets, by_qt[node.text])
