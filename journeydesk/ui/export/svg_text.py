"""The text of an SVG drawn by Qt, made portable: one ``<text>`` per line in the embedded font, or outlines.

QSvgGenerator writes a ``<text>`` for every run of one script (Latin, kana, kanji…), each placed where
Qt's layout put it. Here the runs of each line join into one element, a line running past the
picture's right edge is shortened with “…” (one outside it otherwise is left out), and the font is
embedded as a subset, or each line becomes a path.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from journeydesk.ui.export.svg_fonts import EmbeddedFont, GlyphShapes, font_face_rules

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT, GROUP, STYLE, DEFS = f"{{{SVG}}}text", f"{{{SVG}}}g", f"{{{SVG}}}style", f"{{{SVG}}}defs"
HREF = f"{{{XLINK}}}href"
STYLE_KEYS = ("y", "fill", "fill-opacity", "font-size", "font-weight", "font-style")
Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
# Characters XML 1.0 forbids: QSvgGenerator writes a project's text as it is, control characters too.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LINES_BETWEEN_CHECKS = 200
PARSED_AT_ONCE = 256 * 1024  # characters: a few ms of parsing


@dataclass
class Line:
    """The runs Qt drew for one line of text, and what becomes of them."""

    parent: ET.Element
    runs: list[ET.Element]
    font: QFont
    matrix: Matrix  # from the line's coordinates to the picture's
    text: str = ""  # as written: joined, perhaps shortened; "" when left out
    parts: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of each run as Qt placed it


def portable_svg(data: bytes, embedded: EmbeddedFont, *, outlines: bool = False,
                 check: Callable[[], None] | None = None) -> bytes:
    """``data`` (an SVG from QSvgGenerator whose text was laid out in ``embedded``'s family) made portable.

    ``check`` is called every few hundred lines and between the slow steps; what it raises stops the work.
    """
    check = check or _keep_going
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    root = _parsed(_NOT_XML.sub("", data.decode("utf-8", errors="replace")), check)
    view = tuple(float(v) for v in root.get("viewBox", "0 0 0 0").replace(",", " ").split())
    picture: Box = (view[0], view[1], view[0] + view[2], view[1] + view[3])
    fonts = _Fonts(embedded)
    lines: list[Line] = []
    _collect(root, IDENTITY, fonts, lines)
    shapes = GlyphShapes() if outlines else None
    for number, line in enumerate(lines):
        if number % LINES_BETWEEN_CHECKS == 0:
            check()
        _fit(line, fonts, picture)
        _write(line, fonts, shapes)
    check()
    for element in root.iter():
        if element.get("font-family") is not None:
            element.set("font-family", embedded.css_family)
    _drop_empty_groups(root)
    if shapes is not None:
        _defs(root).extend(ET.Element(f"{{{SVG}}}path", {"id": glyph, "d": data})
                           for glyph, data in shapes.shapes.values() if data)
    else:
        used: dict[int, set[str]] = {}
        for line in (line for line in lines if line.text):
            used.setdefault(fonts.weight(line.runs[0]), set()).update(line.text)
        check()
        rules = font_face_rules(embedded, used)
        if rules:
            style = ET.Element(STYLE, {"type": "text/css"})
            style.text = rules
            _defs(root).insert(0, style)
    check()
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _keep_going() -> None:
    """Nothing stops the work."""


def _parsed(text: str, check: Callable[[], None]) -> ET.Element:
    """``text`` parsed a block at a time: the parser holds Python's lock while it runs, and the window waits
    on it."""
    parser = ET.XMLParser()
    for start in range(0, len(text), PARSED_AT_ONCE):
        check()
        parser.feed(text[start:start + PARSED_AT_ONCE])
    return parser.close()


def _defs(root: ET.Element) -> ET.Element:
    defs = root.find(DEFS)
    if defs is None:
        defs = ET.Element(DEFS)
        root.insert(0, defs)
    return defs


class _Fonts:
    """The embedded family at each size and weight the SVG names, measured as Qt measured it."""

    def __init__(self, embedded: EmbeddedFont) -> None:
        self.embedded = embedded
        self._fonts: dict[tuple[str, str, str], tuple[QFont, QFontMetricsF]] = {}

    def weight(self, run: ET.Element) -> int:
        return 700 if int(float(run.get("font-weight", "400"))) >= 600 else 400

    def of(self, run: ET.Element) -> tuple[QFont, QFontMetricsF]:
        key = (run.get("font-size", "12"), run.get("font-weight", "400"), run.get("font-style", "normal"))
        found = self._fonts.get(key)
        if found is None:
            font = self.embedded.qfont(max(1, round(float(key[0]))))
            font.setWeight(QFont.Weight(self.weight(run)))
            font.setItalic(key[2] != "normal")
            found = self._fonts[key] = (font, QFontMetricsF(font))
        return found


def _collect(element: ET.Element, matrix: Matrix, fonts: _Fonts, lines: list[Line]) -> None:
    matrix = _times(matrix, _matrix(element.get("transform")))
    line: Line | None = None
    for child in list(element):
        if child.tag != TEXT:
            line = None
            if len(child):
                _collect(child, matrix, fonts, lines)
            continue
        x, text = float(child.get("x", "0")), child.text or ""
        font, metrics = fonts.of(child)
        if line is not None and _continues(line, child, x, metrics):
            line.runs.append(child)
        else:
            line = Line(element, [child], font, matrix)
            lines.append(line)
        line.parts.append((x, text))


def _continues(line: Line, run: ET.Element, x: float, metrics: QFontMetricsF) -> bool:
    """Whether ``run`` goes on where the line's last run ended, in the same style."""
    last = line.runs[-1]
    if any(last.get(key) != run.get(key) for key in STYLE_KEYS):
        return False
    end = line.parts[-1][0] + metrics.horizontalAdvance(line.parts[-1][1])
    return abs(x - end) <= 0.5 + 0.1 * line.font.pixelSize()


def _fit(line: Line, fonts: _Fonts, picture: Box) -> None:
    """Join the runs; shorten a line running past the picture's right edge with “…”; leave out one that
    lies outside the picture otherwise (Qt would have clipped it: QSvgGenerator writes no clipping)."""
    metrics = fonts.of(line.runs[0])[1]
    first_x, y = line.parts[0][0], float(line.runs[0].get("y", "0"))
    last_x, last_text = line.parts[-1]
    text = "".join(part for _x, part in line.parts)
    box = (first_x, y - metrics.ascent(), last_x + metrics.horizontalAdvance(last_text),
           y + metrics.descent())
    left, top, right, bottom = _mapped(line.matrix, box)
    picture_left, picture_top, picture_right, picture_bottom = picture
    if left < picture_left or top < picture_top or bottom > picture_bottom or left >= picture_right:
        line.text, line.parts = "", []
        return
    if right > picture_right:
        room = (picture_right - left) / (abs(line.matrix[0]) or 1.0)
        fits = room >= metrics.horizontalAdvance("…")
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) if fits else ""
        line.parts = [(first_x, text)] if text else []
    line.text = text.rstrip()


def _write(line: Line, fonts: _Fonts, shapes: GlyphShapes | None) -> None:
    first, parent = line.runs[0], line.parent
    index = list(parent).index(first)
    for run in line.runs:
        parent.remove(run)
    if not line.text:
        return
    attributes = {"fill": first.get("fill", "#000000"), "fill-opacity": first.get("fill-opacity", "1")}
    if shapes is not None:
        element = ET.Element(GROUP, {**attributes, "fill-rule": "nonzero", "stroke": "none",
                                     "aria-label": line.text})
        baseline = float(first.get("y", "0"))
        for x, part in line.parts:
            for glyph, glyph_x, glyph_y in shapes.place(part, line.font, x, baseline):
                ET.SubElement(element, f"{{{SVG}}}use", {HREF: f"#{glyph}", "x": _number(glyph_x),
                                                         "y": _number(glyph_y)})
    else:
        element = ET.Element(TEXT, {**attributes, "stroke": "none", XML_SPACE: "preserve",
                                    "x": first.get("x", "0"), "y": first.get("y", "0"),
                                    "font-family": fonts.embedded.css_family,
                                    "font-size": first.get("font-size", "12"),
                                    "font-weight": str(fonts.weight(first)),
                                    "font-style": first.get("font-style", "normal")})
        element.text = line.text
    element.tail = first.tail
    parent.insert(index, element)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _drop_empty_groups(element: ET.Element) -> None:
    for child in list(element):
        _drop_empty_groups(child)
        if child.tag == GROUP and len(child) == 0 and not (child.text or "").strip():
            element.remove(child)


def _matrix(transform: str | None) -> Matrix:
    if not transform:
        return IDENTITY
    found = re.fullmatch(r"\s*matrix\(([^)]*)\)\s*", transform)
    if not found:
        raise ValueError(f"unexpected transform {transform!r}")
    a, b, c, d, e, f = (float(v) for v in _NUMBER.findall(found.group(1)))
    return a, b, c, d, e, f


def _times(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    p, q, r, s, t, u = inner
    return a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f


def _mapped(matrix: Matrix, box: Box) -> Box:
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x in (box[0], box[2]):
        for y in (box[1], box[3]):
            xs.append(a * x + c * y + e)
            ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)
