"""Images in the report (logo, persona avatars): decoded from bytes with size limits, never from links."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeydesk.core.model import MAX_IMAGE_BYTES
from journeydesk.i18n import t
from journeydesk.report.fonts import FONT
from journeydesk.report.options import ReportError
from journeydesk.report.style import has_cjk

MAX_PIXELS = 40_000_000
FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP")


def decode(data: bytes, max_side: int = 800) -> ImageReader | None:
    """An image read from ``data`` and scaled down to ``max_side`` pixels at most, or None when it is
    empty, too big, or not a PNG, JPEG, GIF, BMP or WebP picture that decodes."""
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with PILImage.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                    return None
                image.draft("RGB", (max_side, max_side))
                image.load()
                alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
                picture = image.convert("RGBA" if alpha else "RGB")
            picture.thumbnail((max_side, max_side))
    except Exception:  # any decoder failure means "no picture"
        return None
    return ImageReader(picture)


def load_logo(path: str | os.PathLike[str]) -> ImageReader:
    """The cover logo from ``path``; a missing, oversized or unreadable file raises ReportError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ReportError(t("The logo {path} is a folder; choose a PNG or JPEG image file.",
                                path=path))
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ReportError(t("The logo {path} is {n} bytes; the limit is {limit}. Choose a "
                                "smaller image.", path=path, n=size, limit=MAX_IMAGE_BYTES))
        data = path.read_bytes()
    except OSError as error:
        raise ReportError(t("Cannot read the logo {path}: {reason}. Check the file name.",
                            path=path, reason=(error.strerror or str(error)).lower())) from None
    reader = decode(data, max_side=1600)
    if reader is None:
        raise ReportError(t("The logo {path} is not an image JourneyDesk can read (use a PNG or "
                            "JPEG of at most {limit} megapixels).", path=path,
                            limit=MAX_PIXELS // 1_000_000))
    return reader


def fit(reader: ImageReader, width: float, height: float) -> tuple[float, float]:
    """The size of the image scaled to fit inside ``width`` × ``height``, keeping its shape."""
    w, h = reader.getSize()
    scale = min(width / w, height / h)
    return w * scale, h * scale


def initials(name: str) -> str:
    """Up to two initials of a name (the first character for one-word or Japanese names)."""
    parts = name.split()
    if not parts:
        return "?"
    if len(parts) == 1 or has_cjk(name):
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()


def draw_avatar(canv: Canvas, reader: ImageReader | None, name: str, cx: float, cy: float, r: float,
                fill: colors.Color, ink: colors.Color) -> None:
    """A round avatar centred on (cx, cy): the picture cropped to a circle, else the initials."""
    canv.saveState()
    if reader is None:
        canv.setFillColor(fill)
        canv.circle(cx, cy, r, stroke=0, fill=1)
        canv.setFillColor(ink)
        canv.setFont(FONT, r * 0.8)
        canv.drawCentredString(cx, cy - r * 0.28, initials(name))
    else:
        path = canv.beginPath()
        path.circle(cx, cy, r)
        canv.clipPath(path, stroke=0, fill=0)
        w, h = reader.getSize()
        scale = 2 * r / min(w, h)
        canv.drawImage(reader, cx - w * scale / 2, cy - h * scale / 2, w * scale, h * scale)
    canv.restoreState()
