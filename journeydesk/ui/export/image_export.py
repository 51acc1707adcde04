"""Writing one journey's map as a PNG at a chosen resolution, or as a portable SVG, with Qt's rendering of the
map scene."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontInfo, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.core.document import Document
from journeydesk.core.model import Journey
from journeydesk.i18n import t
from journeydesk.store.store import StoreError
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.base.plain import show_message
from journeydesk.ui.base.start_folder import start_path
from journeydesk.ui.canvas.overlay import Overlay, overlay_for
from journeydesk.ui.export.svg_fonts import bundled
from journeydesk.ui.export.svg_text import portable_svg
from journeydesk.ui.style.map_font import map_drawn_in

SCREEN_DPI = 96
MIN_DPI = 24
MARGIN = 24
DPI_CHOICES = (96, 150, 300)
FORMATS = (".png", ".svg")
MAX_SIDE = 20000
MAX_PIXELS = 120_000_000
WHITE_AT_ONCE = 1024  # rows of a PNG filled white in one call (a worker shares Python's lock with the window)
DPI_KEY = "image_export/dpi"
OUTLINES_KEY = "image_export/svg_outlines"
# Laid out, drawn, encoded (PNG) or made portable (SVG), written.
STEPS = 4

translate = QCoreApplication.translate
Progress = Callable[[int, int], None]


class ImageExportError(Exception):
    """An image that cannot be written, worded as one line saying what to do."""


@dataclass(frozen=True)
class ImageRequest:
    """One image the export dialog asked for, with a copy of the project of its own to draw from."""

    document: Document
    journey_id: str
    path: Path
    dpi: int
    overlay: Overlay | None
    outlines: bool


def _keep_going(_done: int, _total: int) -> None:
    """No progress to show: nothing stops the export."""


def export_image(document: Document, journey_id: str, path: str | os.PathLike[str], *,
                 dpi: int = 150, overlay: Overlay | None = None, outlines: bool = False,
                 progress: Progress | None = None) -> Path:
    """Write the whole map of ``journey_id`` to ``path`` (.png at ``dpi``, or .svg), whole or not at all.

    The map is drawn as on screen at 100 % (96 dpi), without selection, guides or in-place
    editors; with ``overlay``, its touchpoints are coloured by a metric, with the legend. An SVG's
    text is in the bundled font, embedded as a subset, one ``<text>`` per line; with ``outlines``,
    each line is drawn as glyph shapes instead (for programs that ignore embedded fonts). Without a running
    QApplication, one is made (set QT_QPA_PLATFORM=offscreen when there is no screen).

    ``progress(done, STEPS)`` is called after each step (and for an SVG every few hundred lines of text);
    an exception it raises stops the export and leaves no file. On a worker thread, ``document`` must be the
    thread's own copy, and ``bundled()`` must have registered the SVG font on the GUI thread first.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ImageExportError(t("Cannot export to '{name}': the file name must end in .png or .svg.",
                                 name=path.name))
    journey = document.get(Journey, journey_id)
    if journey is None:
        raise ImageExportError(t("There is no journey with id '{id}' in the project.", id=journey_id))
    if dpi < MIN_DPI or dpi > 1200:
        raise ImageExportError(t("A resolution of {dpi} dpi is not possible; choose between 24 and 1200 "
                                 "(for example 96, 150 or 300).", dpi=dpi))
    if path.is_dir():
        raise ImageExportError(t("{path} is a folder; give the image file to write, e.g. {path}/map{ext}.",
                                 path=path, ext=suffix))
    _check_folder(path)
    progress = progress or _keep_going
    if suffix == ".png":
        with _drawn_scene(document, journey_id, overlay) as scene:
            progress(1, STEPS)
            data = _png(scene, dpi, progress)
    else:
        data = _svg(document, journey_id, overlay, journey.name, outlines, progress)
    progress(STEPS - 1, STEPS)
    try:
        write_file(path, data)
    except OSError as error:
        raise _unwritable(path, error) from None
    progress(STEPS, STEPS)
    return path


def copy_request(document: Document, journey_id: str, path: Path, dpi: int, overlay: Overlay | None,
                 outlines: bool) -> ImageRequest:
    """The image to write, with a copy of ``document`` (its entities are immutable: a few ms at 2,000
    cards)."""
    return ImageRequest(Document(document.entities()), journey_id, path, dpi, overlay, outlines)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` under a hidden name beside ``path``, on disk, then rename it into place.

    A full disk or any other failure raises OSError and leaves no file, and an older ``path`` as it was.
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(scratch, 0o644)
        os.replace(scratch, path)
    finally:
        Path(scratch).unlink(missing_ok=True)


def _check_folder(path: Path) -> None:
    """Refuse, before drawing for seconds, a folder that cannot take a new file (with the error writing would
    give)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _unwritable(path, error) from None
    os.close(handle)
    Path(probe).unlink(missing_ok=True)


class ImageExportDialog(QDialog):
    """File ▸ Export ▸ Image…: the file, its format and a PNG's resolution, in one dialog."""

    def __init__(self, parent: QWidget | None, start: str, overlay_metric: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImageExport", "Export Image"))
        self.path = QLineEdit(start)
        self.path.setAccessibleName(translate("ImageExport", "Image file"))
        browse = QPushButton(translate("ImageExport", "&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.format = QComboBox()
        self.format.addItem(translate("ImageExport", "PNG image"), ".png")
        self.format.addItem(translate("ImageExport", "SVG drawing (sharp at any size, with its font)"),
                            ".svg")
        self.resolution = QComboBox()
        for dpi, label in zip(DPI_CHOICES, (translate("ImageExport", "96 dpi (screen, as at 100 %)"),
                                            translate("ImageExport", "150 dpi (slides)"),
                                            translate("ImageExport", "300 dpi (print)")), strict=True):
            self.resolution.addItem(label, dpi)
        remembered = QSettings().value(DPI_KEY, 150, type=int)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(remembered)))
        self.outlines = QCheckBox(translate("ImageExport", "Text as outlines (for programs that ignore the "
                                                           "font an SVG carries)"))
        self.outlines.setChecked(QSettings().value(OUTLINES_KEY, False, type=bool))
        self.overlay = QCheckBox(translate("ImageExport", "Colour the touchpoints by {0}, with the legend")
                                 .format(overlay_metric or ""))
        self.overlay.setChecked(overlay_metric is not None)
        self.overlay.setVisible(overlay_metric is not None)
        form = QFormLayout()
        file_label = QLabel(translate("ImageExport", "&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(translate("ImageExport", "F&ormat:"), self.format)
        form.addRow(translate("ImageExport", "&Resolution:"), self.resolution)
        form.addRow("", self.outlines)
        form.addRow("", self.overlay)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(translate("ImageExport", "&Export"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._path_changed)
        self._path_changed(start)
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> tuple[Path, int]:
        """The file to write (with the format's extension) and the PNG resolution."""
        path = Path(self.path.text().strip())
        suffix = str(self.format.currentData())
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix) if path.suffix.lower() not in FORMATS \
                else path.with_suffix(suffix)
        return path, int(self.resolution.currentData())

    def browse(self) -> None:
        png, svg = translate("ImageExport", "PNG image (*.png)"), translate("ImageExport",
                                                                            "SVG drawing (*.svg)")
        current = str(self.chosen()[0])
        chosen, kind = QFileDialog.getSaveFileName(self, translate("ImageExport", "Export Image"), current,
                                                   f"{svg};;{png}" if current.endswith(".svg")
                                                   else f"{png};;{svg}")
        if chosen:
            if Path(chosen).suffix.lower() not in FORMATS:
                chosen += ".svg" if kind == svg else ".png"
            self.path.setText(chosen)

    def _path_changed(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        if suffix in FORMATS and suffix != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(suffix))
        self._enable_options()

    def _format_changed(self) -> None:
        path = self.path.text().strip()
        if path and Path(path).suffix.lower() in FORMATS:
            self.path.setText(str(Path(path).with_suffix(str(self.format.currentData()))))
        self._enable_options()

    def _enable_options(self) -> None:
        png = self.format.currentData() == ".png"
        self.resolution.setEnabled(png)
        self.outlines.setEnabled(not png)


def ask_export_image(
        parent: QWidget, editor: Editor, overlay_metric: str | None = None) -> ImageRequest | None:
    """File ▸ Export ▸ Image…: ask for the file, format and resolution in one dialog, for the image of the
    journey shown (with its metric overlay, if one is shown and kept ticked); None when there is none to
    write.

    The figures of the overlay are read here, on the GUI thread that owns the project's connection.
    """
    document, journey_id = editor.document, editor.journey_id
    journey = document.get(Journey, journey_id)
    if journey is None:
        return None
    dialog = ImageExportDialog(parent, start_path(editor, journey.name, ".png"), overlay_metric)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path, dpi = dialog.chosen()
    outlines = dialog.outlines.isChecked()
    if path.suffix == ".png":
        QSettings().setValue(DPI_KEY, dpi)
    else:
        QSettings().setValue(OUTLINES_KEY, outlines)
    overlay = None
    if overlay_metric is not None and dialog.overlay.isChecked() and editor.store is not None:
        try:
            overlay = overlay_for(document, editor.store.data, overlay_metric, journey_id)
        except (LookupError, StoreError) as error:
            show_message(parent, translate("ImageExport", "Export Image"),
                         str(error.args[0] if error.args else error))
            return None
    return copy_request(document, journey_id, path, dpi, overlay, outlines)


def _scene(document: Document, journey_id: str, overlay: Overlay | None = None):
    from journeydesk.ui.canvas.scene import JourneyScene

    _application()
    scene = JourneyScene()
    scene.set_read_only(True)
    scene.show_journey(document, journey_id)  # read-only: no "Drop a persona here" hint or circle
    scene.later_cards.make(everything=True)  # a large journey's cards left for after a first frame on screen
    if overlay is not None:
        scene.set_overlay(overlay.cards, overlay.legend())
    return scene


@contextmanager
def _drawn_scene(document: Document, journey_id: str, overlay: Overlay | None) -> Iterator:
    """The map's scene for one image, let go of by ``document`` afterwards (freed on the thread that drew
    it)."""
    scene = _scene(document, journey_id, overlay)
    try:
        yield scene
    finally:
        scene.stop_following()


def _application() -> None:
    if QApplication.instance() is None:
        from journeydesk.ui.style.application import application

        application()


def _source(scene) -> QRectF:
    layout = scene.layout
    return QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)


def _png(scene, dpi: int, progress: Progress = _keep_going) -> bytes:
    source = _source(scene)
    scale = dpi / SCREEN_DPI
    width, height = round(source.width() * scale), round(source.height() * scale)
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        fitting = int(SCREEN_DPI * min(MAX_SIDE / max(source.width(), source.height()),
                                       (MAX_PIXELS / (source.width() * source.height())) ** 0.5))
        if fitting < MIN_DPI:
            raise ImageExportError(t("This map would be {width} × {height} pixels at {dpi} dpi, too large "
                                     "for one image even at {least} dpi. Export SVG instead.",
                                     width=width, height=height, dpi=dpi, least=MIN_DPI))
        raise ImageExportError(t("This map would be {width} × {height} pixels at {dpi} dpi, too large for "
                                 "one image. Choose {fitting} dpi or less, or export SVG.",
                                 width=width, height=height, dpi=dpi, fitting=fitting))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ImageExportError(t("There is not enough memory for a {width} × {height} image; choose a "
                                 "lower resolution.", width=width, height=height))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    for top in range(0, height, WHITE_AT_ONCE):  # one fill of 30 million pixels held Python's lock for 0.15 s
        painter.fillRect(0, top, width, min(WHITE_AT_ONCE, height - top), Qt.GlobalColor.white)
    _render(scene, painter, QRectF(0, 0, width, height), source)
    progress(2, STEPS)
    return png_bytes(image)  # one call to Qt's encoder, which nothing stops: a cancel waits for its end


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG in memory (Qt's writers do not report a full disk; Python's do)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ImageExportError(t("There is not enough memory to encode a {width} × {height} image; choose a "
                                 "lower resolution.", width=image.width(), height=image.height()))
    buffer.close()
    return bytes(data.data())


def _svg(document: Document, journey_id: str, overlay: Overlay | None, title: str, outlines: bool,
         progress: Progress) -> bytes:
    """The map drawn in the bundled font alone (so that the font embedded is the one the text was laid out
    in)."""
    _application()
    try:
        embedded = bundled()
    except (OSError, ImportError) as error:
        raise ImageExportError(t("The font to embed in the SVG cannot be read ({reason}). Reinstall "
                                 "JourneyDesk, or export PNG.", reason=error)) from None
    font = embedded.qfont(QFontInfo(QApplication.font()).pixelSize())
    data = QByteArray()
    with map_drawn_in(font), _drawn_scene(document, journey_id, overlay) as scene:
        progress(1, STEPS)
        source = _source(scene)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # SVG Tiny 1.2, without clipping: Qt 6.11's SVG 1.1 output keeps a clip after painter.restore().
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setResolution(SCREEN_DPI)
        generator.setTitle(title)
        generator.setDescription(t("Customer journey map made with JourneyDesk"))
        painter = QPainter(generator)
        painter.setFont(font)
        _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
        buffer.close()
    progress(2, STEPS)
    return portable_svg(bytes(data.data()), embedded, outlines=outlines, check=lambda: progress(2, STEPS))


def _render(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    try:
        scene.render(painter, target, source)
    finally:
        painter.end()


def _unwritable(path: Path, error: OSError) -> ImageExportError:
    return ImageExportError(t("Cannot write {path}: {reason}. Choose a folder you can write to.",
                              path=path, reason=(error.strerror or str(error)).lower()))
