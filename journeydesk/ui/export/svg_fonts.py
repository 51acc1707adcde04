"""The bundled font in an exported SVG: a subset of the glyphs used, as ``@font-face`` rules, or text as
paths."""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QPainterPath, QTextLayout

FAMILY = "BIZ UDPGothic"
FILES = {400: "BIZUDPGothic-Regular.ttf", 700: "BIZUDPGothic-Bold.ttf"}  # one family, two weights
# Kept in the subset: the copyright, names, version, and the licence (SIL OFL 1.1) with its address.
NAME_IDS = (0, 1, 2, 3, 4, 5, 6, 13, 14)
# BIZ UDPGothic's lines are 1.0 em apart: a card's lines of 11 px text would touch. Qt lays the map out
# in a copy whose ascent and descent make them 1.2 em apart (the text's place in the SVG is Qt's).
LINE_SPACING = 1.2
MAP_FAMILY = "JourneyDesk Map Gothic"


@dataclass(frozen=True)
class EmbeddedFont:
    """A font family embedded in an SVG: its name there, the family Qt lays it out in, its file per weight."""

    family: str
    qt_family: str
    files: dict[int, str]

    @property
    def css_family(self) -> str:
        """The family as the SVG names it: the embedded one, then any sans-serif for a glyph it lacks."""
        return f"'{self.family}', sans-serif"

    def qfont(self, pixels: int) -> QFont:
        font = QFont(self.qt_family)
        font.setPixelSize(pixels)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # fractional advances, as in SVG
        return font


@cache
def bundled() -> EmbeddedFont:
    """The bundled BIZ UDPGothic, registered with Qt (once) in its map copy with wider line spacing."""
    from fontTools.ttLib import TTFont  # fontTools loads in ~0.1 s: only when an SVG is made

    for weight, name in FILES.items():
        with as_file(files("journeydesk.resources") / "fonts" / name) as path:
            font = TTFont(str(path), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
            if QFontDatabase.addApplicationFontFromData(QByteArray(_spaced_copy(font, weight))) < 0:
                raise OSError(f"Qt cannot load {name}")
    return EmbeddedFont(FAMILY, MAP_FAMILY, FILES)


def _spaced_copy(font, weight: int) -> bytes:
    """The font's bytes with its lines ``LINE_SPACING`` em apart, named ``MAP_FAMILY``."""
    try:
        extra = round((LINE_SPACING - 1) * font["head"].unitsPerEm / 2)
        font["hhea"].ascent += extra
        font["hhea"].descent -= extra
        os2 = font["OS/2"]
        os2.sTypoAscender, os2.sTypoDescender = os2.sTypoAscender + extra, os2.sTypoDescender - extra
        os2.usWinAscent, os2.usWinDescent = os2.usWinAscent + extra, os2.usWinDescent + extra
        style = "Bold" if weight >= 600 else "Regular"
        for record in font["name"].names:
            if record.nameID in (1, 16):
                record.string = MAP_FAMILY
            elif record.nameID == 4:
                record.string = f"{MAP_FAMILY} {style}"
            elif record.nameID == 6:
                record.string = f"{MAP_FAMILY.replace(' ', '')}-{style}"
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()
    finally:
        font.close()


def font_face_rules(font: EmbeddedFont, used: dict[int, set[str]]) -> str:
    """``@font-face`` rules embedding, for each weight, a subset holding exactly the characters ``used``."""
    rules = []
    for weight, characters in sorted(used.items()):
        text = "".join(sorted(characters - {" ", "\u00a0"})) + " "
        data = base64.b64encode(subset(font, weight, text)).decode("ascii")
        rules.append(f"@font-face{{font-family:'{font.family}';font-weight:{weight};font-style:normal;"
                     f"src:url(data:font/ttf;base64,{data}) format('truetype')}}")
    return "\n".join(rules)


def subset(font: EmbeddedFont, weight: int, text: str) -> bytes:
    """The TrueType font of ``weight`` cut down to the glyphs of ``text`` (characters it lacks are
    skipped)."""
    from fontTools import subset as subsetter

    options = subsetter.Options()
    options.name_IDs = list(NAME_IDS)
    options.hinting = False  # the outlines alone: SVG viewers scale text freely
    options.notdef_outline = True
    options.drop_tables = [*options.drop_tables, "meta", "DSIG"]
    quiet = logging.getLogger("fontTools")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with as_file(files("journeydesk.resources") / "fonts" / font.files[weight]) as path:
            loaded = subsetter.load_font(str(path), options)
            try:
                cutter = subsetter.Subsetter(options)
                cutter.populate(text=text)
                cutter.subset(loaded)
                out = io.BytesIO()
                subsetter.save_font(loaded, out, options)
            finally:
                loaded.close()
    finally:
        quiet.setLevel(level)
    return out.getvalue()


class GlyphShapes:
    """Text as outlines: the shape of each glyph (in a font and size) once, placed wherever it is drawn."""

    def __init__(self) -> None:
        self.shapes: dict[tuple[str, int, float, int], tuple[str, str]] = {}  # glyph → (id, path data)

    def place(self, text: str, font: QFont, x: float, baseline: float) -> list[tuple[str, float, float]]:
        """The glyphs of ``text`` laid out by Qt from (x, baseline): their ids and origins (blank ones left
        out)."""
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e7)
        layout.endLayout()
        placed = []
        for run in layout.glyphRuns():
            raw = run.rawFont()
            for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
                key = (raw.familyName(), raw.weight(), raw.pixelSize(), index)
                shape = self.shapes.get(key)
                if shape is None:
                    shape = self.shapes[key] = (f"glyph{len(self.shapes) + 1}",
                                                path_data(raw.pathForGlyph(index)))
                if shape[1]:
                    placed.append((shape[0], x + position.x(), baseline + position.y() - line.ascent()))
        return placed


def path_data(path: QPainterPath) -> str:
    """``path`` as SVG path data (absolute commands, two decimals)."""
    parts = []
    count = path.elementCount()
    index = 0
    move, line = QPainterPath.ElementType.MoveToElement, QPainterPath.ElementType.LineToElement
    while index < count:
        element = path.elementAt(index)
        if element.type == move:
            parts.append(f"M{element.x:.2f} {element.y:.2f}")
            index += 1
        elif element.type == line:
            parts.append(f"L{element.x:.2f} {element.y:.2f}")
            index += 1
        else:  # a cubic: this control point, then one more and the end point
            second, end = path.elementAt(index + 1), path.elementAt(index + 2)
            parts.append(
                f"C{element.x:.2f} {element.y:.2f} {second.x:.2f} {second.y:.2f} {end.x:.2f} {end.y:.2f}")
            index += 3
    return "".join(parts).replace(".00", "")
