"""The application icon in every size a platform asks for, drawn from icons/journeydesk.svg."""

from __future__ import annotations

import os
from pathlib import Path

ICON_SVG = Path(__file__).resolve().parent.parent / "icons" / "journeydesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(folder: Path, svg: Path = ICON_SVG, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """Draw ``svg`` at each size (not scaled from one bitmap, so small sizes stay crisp)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt's GUI state alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image.")
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"journeydesk-{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"Cannot write {path}.")
        pngs[size] = path
    return pngs


def _load(path: Path):  # noqa: ANN202 - a PIL image
    from PIL import Image

    with Image.open(path) as image:
        return image.copy()


def write_ico(pngs: dict[int, Path], target: Path) -> Path:
    """A Windows .ico holding each drawn size."""
    images = [_load(pngs[size]) for size in ICO_SIZES]
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def write_icns(pngs: dict[int, Path], target: Path) -> Path:
    """A macOS .icns holding each drawn size."""
    largest = max(pngs)
    others = [_load(pngs[size]) for size in sorted(pngs) if size != largest]
    _load(pngs[largest]).save(target, format="ICNS", append_images=others)
    return target


def build_icons(folder: Path) -> dict[str, Path]:
    """PNGs, .ico and .icns of the application icon in ``folder``."""
    pngs = render_pngs(folder)
    return {"pngs": folder, "ico": write_ico(pngs, folder / "journeydesk.ico"),
            "icns": write_icns(pngs, folder / "journeydesk.icns")}
