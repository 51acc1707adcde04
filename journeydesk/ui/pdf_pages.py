"""The first pages of a PDF as images, for previews: QtPdf when installed, else poppler's pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage

_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF written by reportlab (one uncompressed ``/Type /Page`` object per page)."""
    return len(_PAGE.findall(pdf))


def renderer() -> str:
    """Which engine draws previews: "qtpdf", "pdftoppm", or "" when neither is available."""
    try:
        import PySide6.QtPdf  # noqa: F401 - only whether it is there
    except ImportError:
        return "pdftoppm" if shutil.which("pdftoppm") else ""
    return "qtpdf"


def page_images(pdf: bytes, pages: int, width: int) -> list[QImage]:
    """Up to ``pages`` first pages, each ``width`` pixels wide; safe to call off the GUI thread."""
    engine = renderer()
    if engine == "qtpdf":
        return _with_qtpdf(pdf, pages, width)
    if engine == "pdftoppm":
        return _with_pdftoppm(pdf, pages, width)
    return []


def _with_qtpdf(pdf: bytes, pages: int, width: int) -> list[QImage]:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for index in range(min(pages, document.pageCount())):
        size = document.pagePointSize(index)
        height = round(width * size.height() / size.width()) if size.width() else width
        images.append(document.render(index, QSize(width, height)))
    document.close()
    return images


def _with_pdftoppm(pdf: bytes, pages: int, width: int) -> list[QImage]:
    with tempfile.TemporaryDirectory(prefix="journeydesk-preview-") as folder:
        source = Path(folder) / "report.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", str(pages), "-scale-to-x", str(width),
                            "-scale-to-y", "-1", str(source), str(Path(folder) / "page")],
                           check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return []
        return [QImage(str(path)) for path in sorted(Path(folder).glob("page-*.png"))]
