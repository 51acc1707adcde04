"""Exporting a journey's map as PNG (resolution follows the dpi) and SVG (text kept as text)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

from journeydesk.core.model import Journey
from journeydesk.store.store import Store
from journeydesk.ui.export.image_export import ImageExportError, export_image


@pytest.fixture
def window(image_window):
    """This module's tests work on a window whose image export messages are captured."""
    return image_window

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "example.journey"


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory):
    from journeydesk.ui.style.application import application

    application()
    copy = tmp_path_factory.mktemp("image") / "example.journey"
    shutil.copy(EXAMPLE, copy)
    with Store.open(copy, read_only=True) as store:
        return store.load()


def journey_named(document, prefix: str):
    return next(j for j in document.journeys() if j.name.startswith(prefix))


def test_png_size_follows_the_dpi(document, tmp_path: Path) -> None:
    journey = journey_named(document, "E-commerce")
    small = QImage(str(export_image(document, journey.id, tmp_path / "96.png", dpi=96)))
    large = QImage(str(export_image(document, journey.id, tmp_path / "192.png", dpi=192)))
    assert small.width() > 600 and small.height() > 400
    assert abs(large.width() - 2 * small.width()) <= 1
    assert abs(large.height() - 2 * small.height()) <= 1
    assert round(large.dotsPerMeterX() * 0.0254) == 192


def test_png_shows_the_map_not_a_blank_page(document, tmp_path: Path) -> None:
    journey = journey_named(document, "E-commerce")
    image = QImage(str(export_image(document, journey.id, tmp_path / "map.png", dpi=96)))
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    assert background == QColor("#ffffff")
    step = 7
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)]
    coloured = [c for c in samples if c != background]
    assert len(coloured) > len(samples) // 4
    assert len({c.name() for c in coloured}) > 20


def test_svg_is_well_formed_and_keeps_the_stage_names_as_text(document, tmp_path: Path) -> None:
    for journey in (journey_named(document, "E-commerce"), journey_named(document, "EC")):
        path = export_image(document, journey.id, tmp_path / f"{journey.id}.svg")
        root = ET.parse(path).getroot()
        texts = {"".join(node.itertext()).strip() for node in root.iter("{http://www.w3.org/2000/svg}text")}
        stages = [s.name for s in document.stages(journey.id)]
        assert stages and all(name in texts for name in stages), (stages, sorted(texts)[:20])
        assert root.findtext("{http://www.w3.org/2000/svg}title") == journey.name


def test_an_unknown_extension_is_refused(document, tmp_path: Path) -> None:
    journey = journey_named(document, "E-commerce")
    with pytest.raises(ImageExportError, match=r"must end in \.png or \.svg"):
        export_image(document, journey.id, tmp_path / "map.jpg")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_journey_is_named(document, tmp_path: Path) -> None:
    with pytest.raises(ImageExportError, match="no journey with id 'nope'"):
        export_image(document, "nope", tmp_path / "map.png")


def test_an_unwritable_place_is_named(document, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    with pytest.raises(ImageExportError,
                       match=r"Cannot write .*not a directory. Choose a folder you can write to"):
        export_image(document, journey_named(document, "E-commerce").id, tmp_path / "notes.txt" / "map.png")


def test_a_missing_folder_is_named(document, tmp_path: Path) -> None:
    journey = journey_named(document, "E-commerce")
    with pytest.raises(ImageExportError, match=r"Cannot write .*no such file or directory"):
        export_image(document, journey.id, tmp_path / "missing" / "map.png")


def test_a_failed_export_leaves_the_old_file_alone(document, tmp_path: Path) -> None:
    journey = journey_named(document, "E-commerce")
    target = tmp_path / "map.png"
    target.write_bytes(b"the old picture")
    with pytest.raises(ImageExportError, match=r"too large for one image. Choose [0-9]+ dpi or less"):
        export_image(document, journey.id, target, dpi=1200)
    assert target.read_bytes() == b"the old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def export_through_menu(window, qtbot) -> None:
    """File ▸ Export ▸ Image…, then wait while the image is written on its worker thread."""
    window.actions_by_name["export_image"].trigger()
    qtbot.waitUntil(lambda: window.image_export is None, timeout=20000)


def choose(monkeypatch, path: Path, resolution: str | None = None) -> list[str]:
    """Answer the export dialog as a person does: type the file name, pick a resolution, press Export."""
    from PySide6.QtWidgets import QDialog

    from journeydesk.ui.export.image_export import ImageExportDialog

    asked: list[str] = []

    def answer(dialog: ImageExportDialog) -> int:
        box = dialog.resolution
        asked.extend(box.itemText(i) for i in range(box.count()))
        dialog.path.setText(str(path))
        if resolution:
            box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith(resolution)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageExportDialog, "exec", answer)
    return asked


def test_the_menu_writes_the_shown_journey_at_the_chosen_dpi(document, window, monkeypatch, qtbot,
                                                             tmp_path: Path) -> None:
    shown = window.editor.journey_id
    asked = choose(monkeypatch, tmp_path / "slide", "300 dpi")
    export_through_menu(window, qtbot)
    # The size from the header: the app's image allocation limit would refuse to decode a 300 dpi map.
    written = QImageReader(str(tmp_path / "slide.png")).size()
    reference = QImageReader(str(export_image(window.editor.document, shown, tmp_path / "ref.png",
                                              dpi=96))).size()
    assert reference.width() > 0 and abs(written.width() - round(reference.width() * 300 / 96)) <= 1
    assert [a.split(" ")[0] for a in asked] == ["96", "150", "300"]
    assert "slide.png" in window.statusBar().currentMessage()
    assert window.warnings == []
    asked = choose(monkeypatch, tmp_path / "again.png")
    export_through_menu(window, qtbot)
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(0)  # the app's limit would refuse to decode a 300 dpi map
    try:
        assert round(QImage(str(tmp_path / "again.png")).dotsPerMeterX() * 0.0254) == 300  # remembered
    finally:
        QImageReader.setAllocationLimit(limit)


def test_the_menu_names_a_problem_and_writes_nothing(window, monkeypatch, qtbot, tmp_path: Path) -> None:
    choose(monkeypatch, tmp_path / "missing" / "map.svg")
    export_through_menu(window, qtbot)
    assert len(window.warnings) == 1 and "Cannot write" in window.warnings[0]
    assert not (tmp_path / "missing").exists()


def test_an_empty_journey_still_gives_an_image(history, tmp_path: Path) -> None:
    from journeydesk.core import commands

    document = history.document
    journey = document.journeys()[0]
    for lane in document.lanes(journey.id):
        history.do(commands.delete_lane(document, lane.id))
    for stage in document.stages(journey.id):
        history.do(commands.delete_stage(document, stage.id))
    image = QImage(str(export_image(document, journey.id, tmp_path / "empty.png", dpi=96)))
    assert image.width() > 100 and image.height() > 40
    root = ET.parse(export_image(document, journey.id, tmp_path / "empty.svg")).getroot()
    assert "Shopping" in "".join(root.itertext())


def test_an_exported_map_invites_no_persona_drop(tmp_path: Path) -> None:
    from journeydesk.core import commands
    from journeydesk.core.document import Document
    from journeydesk.core.history import History
    from journeydesk.ui.export.image_export import export_image

    document = Document()
    History(document).do(commands.add_journey(document, "No persona yet"))
    target = export_image(document, document.journeys()[0].id, tmp_path / "map.svg")
    text = Path(target).read_text(encoding="utf-8")
    assert "No persona yet" in text and "Drop a persona here" not in text


def test_the_menu_turns_svg_text_into_outlines_when_asked_and_remembers_it(window, monkeypatch, qtbot,
                                                                          tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog

    from journeydesk.ui.export.image_export import ImageExportDialog

    states: list[tuple[bool, bool]] = []

    def answer(dialog: ImageExportDialog, name: str, tick: bool | None) -> int:
        dialog.path.setText(str(tmp_path / "map.png"))
        states.append((dialog.outlines.isEnabled(), dialog.outlines.isChecked()))  # only for SVG
        dialog.path.setText(str(tmp_path / name))
        states.append((dialog.outlines.isEnabled(), dialog.outlines.isChecked()))
        if tick is not None:
            dialog.outlines.setChecked(tick)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageExportDialog, "exec", lambda d: answer(d, "shapes.svg", True))
    export_through_menu(window, qtbot)
    monkeypatch.setattr(ImageExportDialog, "exec", lambda d: answer(d, "again.svg", None))
    export_through_menu(window, qtbot)
    assert states == [(False, False), (True, False), (False, True), (True, True)]
    for name in ("shapes.svg", "again.svg"):
        root = ET.parse(tmp_path / name).getroot()
        assert not list(root.iter("{http://www.w3.org/2000/svg}text"))
        labels = {g.get("aria-label") for g in root.iter("{http://www.w3.org/2000/svg}g")}
        assert window.editor.document.get(Journey, window.editor.journey_id).name in labels
    assert window.warnings == []
