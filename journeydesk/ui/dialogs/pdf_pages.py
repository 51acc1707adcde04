"""The first pages of a PDF as images, for previews, drawn with PDFium (pypdfium2)."""

from __future__ import annotations

import pypdfium2
from PIL.ImageQt import ImageQt
from PySide6.QtGui import QImage


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, pages: int, width: int) -> list[QImage]:
    """Up to ``pages`` first pages, each ``width`` pixels wide; safe to call off the GUI thread."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(min(pages, len(document))):
            page = document[index]
            bitmap = page.render(scale=width / page.get_width())
            images.append(QImage(ImageQt(bitmap.to_pil().convert("RGB"))).copy())
            page.close()
        return images
    finally:
        document.close()
