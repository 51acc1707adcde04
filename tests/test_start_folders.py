"""File dialogs start beside the open project with a file name to go with it, image export asks
everything in one dialog, and "Open when done" says so when no PDF viewer is set up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from tests.test_report_dialog import wait_for_export


@pytest.fixture
def window(report_window):
    """This module's tests work on the window the report dialog belongs to."""
    return report_window


@pytest.fixture
def asked(monkeypatch) -> list[tuple[str, str]]:
    """Every file dialog opened, as (title, starting path); each is cancelled."""
    seen: list[tuple[str, str]] = []

    def capture(_parent, title: str = "", start: str = "", *_rest, **_kw):
        seen.append((title, start))
        return "", ""

    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(capture))
    return seen


def _project_folder(win) -> Path:
    return Path(win.editor.store.path).resolve().parent


def test_exports_and_imports_start_beside_the_project(window, asked, monkeypatch, qtbot) -> None:
    from journeydesk.ui.export.image_export import ImageExportDialog

    folder = _project_folder(window)
    assert folder.name == "project" and folder != Path.home()
    name = next(j.name for j in window.editor.document.journeys() if j.id == window.editor.journey_id)
    window.actions_by_name["export_journey"].trigger()
    window.actions_by_name["import_journey"].trigger()
    window.docks["data"].widget().ask_import()
    shown: list[str] = []

    def look(export: ImageExportDialog) -> int:
        shown.append(export.path.text())
        export.browse()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImageExportDialog, "exec", look)
    window.actions_by_name["export_image"].trigger()
    assert shown == [str(folder / f"{name}.png")]
    starts = [start for _title, start in asked]
    assert starts == [str(folder / f"{name}.json"), str(folder), str(folder), str(folder / f"{name}.png")]


def test_the_pdf_dialog_starts_beside_the_project_named_after_the_title(dialog, window, asked) -> None:
    dialog.title.setText("Q3 review: web / store")
    dialog.ask_export()
    assert asked == [("Export PDF Report", str(_project_folder(window) / "Q3 review web store.pdf"))]


def test_a_saved_chart_starts_beside_the_project(window, asked, qtbot) -> None:
    from journeydesk.ui.panels.charts import ChartsPanel

    panel = ChartsPanel(window.editor)
    qtbot.addWidget(panel)
    assert panel.save_png() is None
    ((_title, start),) = asked
    assert Path(start).parent == _project_folder(window) and start.endswith(".png")


def test_new_from_template_starts_beside_the_current_project(window, asked) -> None:
    window.actions_by_name["new_ecommerce_en"].trigger()
    window.actions_by_name["new_support_ja"].trigger()
    folder = _project_folder(window)
    assert [start for _title, start in asked] == [str(folder / "E-commerce purchase journey.journey"),
                                                   str(folder / "カスタマーサポートジャーニー.journey")]


def test_new_from_template_without_a_project_starts_in_documents(bare, asked) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    bare.actions_by_name["new"].trigger()
    assert [start for _title, start in asked] == [str(expected / "Blank journey.journey")]


def test_image_export_asks_for_the_resolution_in_the_same_dialog(window, monkeypatch, qtbot,
                                                                 tmp_path: Path) -> None:
    from journeydesk.ui.export.image_export import ImageExportDialog

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a: pytest.fail("a second dialog")))
    seen: dict[str, object] = {}

    def fill(export: ImageExportDialog) -> int:
        from PySide6.QtWidgets import QLabel

        marked = [label for label in export.findChildren(QLabel) if "&" in label.text()]
        assert len(marked) == 3 and all(label.buddy() is not None for label in marked)  # no "&" shown
        seen["png"] = export.resolution.isEnabled()
        export.path.setText(str(tmp_path / "map.svg"))  # typing .svg picks the format
        seen["format"], seen["svg"] = export.format.currentData(), export.resolution.isEnabled()
        export.path.setText(str(tmp_path / "map"))
        export.format.setCurrentIndex(export.format.findData(".png"))
        export.resolution.setCurrentIndex(export.resolution.findData(96))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageExportDialog, "exec", fill)
    window.actions_by_name["export_image"].trigger()
    qtbot.waitUntil(lambda: window.image_export is None, timeout=20000)  # written on a worker thread
    assert seen == {"png": True, "format": ".svg", "svg": False}
    from PySide6.QtGui import QImageReader
    assert round(QImageReader(str(tmp_path / "map.png")).read().dotsPerMeterX() * 0.0254) == 96


def test_open_when_done_says_so_when_no_viewer_is_set_up(dialog, window, qtbot, monkeypatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.QDesktopServices.openUrl", lambda _url: False)
    dialog.open_when_done.setChecked(True)
    assert dialog.export_to(tmp_path / "r.pdf")
    wait_for_export(qtbot, dialog)
    assert (tmp_path / "r.pdf").exists()
    assert len(window.warnings) == 1 and "no program to open PDF files" in window.warnings[0]
    assert str(tmp_path / "r.pdf") in window.warnings[0]
