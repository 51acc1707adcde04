"""Safe reading, decoding and drawing of persona pictures, shared by the canvas, panels and dialogs."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPixmap

from journeydesk.core.document import Document
from journeydesk.core.model import MAX_IMAGE_BYTES, Image, Persona

ALLOCATION_LIMIT_MB = 64
AVATAR_SIZE = 512
RASTER_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "bmp", "webp", "tiff", "tif"})
_CIRCLE_COLORS = ("#2f6fb3", "#7b68ee", "#3aa57a", "#e8a33d", "#d9534f", "#5b8fa8", "#8e6c8a")


class AvatarError(ValueError):
    """A picture that cannot be used; the message names the file and says why."""


translate = QCoreApplication.translate


def _reader(data: bytes) -> tuple[QImageReader | None, QBuffer]:
    """A limited reader over ``data`` (None unless it is a raster format); keep the buffer."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    if bytes(reader.format().data()).decode("ascii", "replace").lower() not in RASTER_FORMATS:
        return None, buffer
    return reader, buffer


def decode_image(data: bytes, fit: int | None = None) -> QImage:
    """Decode raster image bytes with Qt's allocation limit; a null QImage when it cannot.

    With ``fit``, a larger picture is decoded straight at a size within ``fit``×``fit`` where
    the format allows (JPEG), so a big camera photo does not need its full-size allocation.
    """
    reader, _buffer = _reader(data)
    if reader is None:
        return QImage()
    size = reader.size()
    if fit is not None and size.isValid() and (size.width() > fit or size.height() > fit):
        reader.setScaledSize(size.scaled(fit, fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _unreadable(path: Path, data: bytes) -> AvatarError:
    reader, _buffer = _reader(data)
    size = reader.size() if reader is not None else QSize()
    if size.isValid() and size.width() * size.height() * 4 > ALLOCATION_LIMIT_MB * 2**20:
        return AvatarError(translate("PersonaDialog", "“{file}” is {width}×{height} pixels, too large to "
                               "open safely. Save a smaller copy and choose that.").format(
            file=path.name, width=size.width(), height=size.height()))
    return AvatarError(translate("PersonaDialog", "“{file}” is not a picture JourneyDesk can read (PNG, "
                           "JPEG, GIF, BMP or WebP).").format(file=path.name))


def load_avatar(path: str | Path) -> bytes:
    """A picture file as PNG bytes of at most 512×512; raises AvatarError saying why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise AvatarError(translate("PersonaDialog", "“{file}” is {size:.1f} MB; pictures must be "
                                  "{limit} MB or smaller.").format(file=path.name, size=size / 2**20,
                                                     limit=MAX_IMAGE_BYTES // 2**20))
        with path.open("rb") as file:
            data = file.read(MAX_IMAGE_BYTES + 1)
    except OSError as error:
        raise AvatarError(translate("PersonaDialog", "“{file}” cannot be read: {reason}.").format(
            file=path.name, reason=error.strerror or error)) from None
    if len(data) > MAX_IMAGE_BYTES:
        raise AvatarError(translate("PersonaDialog", "“{file}” is larger than {limit} MB.").format(
            file=path.name, limit=MAX_IMAGE_BYTES // 2**20))
    image = decode_image(data, AVATAR_SIZE)
    if image.isNull():
        raise _unreadable(path, data)
    if image.width() > AVATAR_SIZE or image.height() > AVATAR_SIZE:
        image = image.scaled(AVATAR_SIZE, AVATAR_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise AvatarError(translate(
            "PersonaDialog", "“{file}” could not be converted to PNG.").format(file=path.name))
    return bytes(buffer.data().data())


def initials(name: str) -> str:
    words = name.split()
    return "".join(word[0] for word in words[:2]).upper() or "?"


def placeholder_pixmap(key: str, name: str, size: int) -> QPixmap:
    """Initials on a coloured circle; the colour is stable for ``key`` (a persona id)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_CIRCLE_COLORS[zlib.crc32(key.encode()) % len(_CIRCLE_COLORS)]))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(painter.font())
    font.setPixelSize(max(6, int(size * 0.38)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def stored_avatar(document: Document, persona: Persona | None) -> bytes | None:
    """The bytes of the persona's stored picture, or None."""
    image = document.get(Image, persona.avatar_id) if persona is not None else None
    return image.data if image is not None else None


def avatar_pixmap(data: bytes | None, key: str, name: str, size: int) -> QPixmap:
    """The picture in ``data`` scaled to ``size``, or the placeholder when there is none."""
    if data:
        decoded = decode_image(data, size)
        if not decoded.isNull():
            return QPixmap.fromImage(decoded.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
    return placeholder_pixmap(key, name, size)
