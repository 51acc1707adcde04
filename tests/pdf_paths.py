"""What a PDF page paints, read from its content stream: each filled or stroked path's colour and bounding box
in page coordinates (the transformations in force applied)."""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
FILLS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
STROKES = {b"S", b"s", b"B", b"B*", b"b", b"b*"}


@dataclass(frozen=True)
class Painted:
    stroke: bool  # a stroke (else a fill)
    color: tuple[float, float, float]
    box: tuple[float, float, float, float]  # left, bottom, right, top


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: ``cm`` m on top of CTM n gives m × n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def painted(page: PageObject, reader: PdfReader) -> list[Painted]:
    """Every path the page's own content fills or strokes (not inside form XObjects)."""
    found: list[Painted] = []
    ctm, stack = IDENTITY, []
    fill, stroke = (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)
    points: list[tuple[float, float]] = []
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        values = [float(v) for v in operands if isinstance(v, (int, float)) or hasattr(v, "as_numeric")]
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _times(tuple(values), ctm)  # type: ignore[arg-type]
        elif op == b"rg":
            fill = tuple(values)  # type: ignore[assignment]
        elif op == b"RG":
            stroke = tuple(values)  # type: ignore[assignment]
        elif op in (b"m", b"l"):
            points.append(_point(ctm, *values))
        elif op in (b"c", b"v", b"y"):
            points += [_point(ctm, values[i], values[i + 1]) for i in range(0, len(values), 2)]
        elif op == b"re":
            x, y, w, h = values
            points += [_point(ctm, x, y), _point(ctm, x + w, y + h)]
        elif op in FILLS or op in STROKES or op == b"n":
            if points and op != b"n":
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                box = (min(xs), min(ys), max(xs), max(ys))
                if op in FILLS:
                    found.append(Painted(False, fill, box))
                if op in STROKES:
                    found.append(Painted(True, stroke, box))
            points = []
    return found


def same_color(a: tuple[float, float, float], hex_color: str) -> bool:
    wanted = tuple(int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return len(a) == 3 and all(abs(x - y) < 0.003 for x, y in zip(a, wanted, strict=True))


def poster_forms(reader: PdfReader) -> list[tuple[float, float]]:
    """The size of each poster's picture (the form XObject its tiles place), in the order they first
    appear."""
    found: dict[str, tuple[float, float]] = {}
    for page in reader.pages:
        for name, xobject in page["/Resources"].get("/XObject", {}).items():
            form = xobject.get_object()
            if form.get("/Subtype") == "/Form" and "Poster" in name and name not in found:
                x0, y0, x1, y1 = (float(v) for v in form["/BBox"])
                found[name] = (x1 - x0, y1 - y0)
    return list(found.values())
