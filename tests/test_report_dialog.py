"""File ▸ Export ▸ PDF Report…: defaults, options as ReportOptions, preview, export, cancel and bad input."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from journeydesk.report.options import SECTIONS, ReportOptions
from journeydesk.ui.base.preferences_store import Preferences, save_preferences


@pytest.fixture
def window(report_window):
    """This module's tests work on the window the report dialog belongs to."""
    return report_window

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "example.journey"


def journey_ids(window) -> dict[str, str]:
    return {j.name: j.id for j in window.editor.document.journeys()}


def wait_for_export(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog._export is None, timeout=60000)


def test_the_export_menu_is_there_only_with_a_project(window) -> None:
    assert window.menus.export.isEnabled()
    assert window.actions_by_name["export_pdf"].text().replace("&", "") == "PDF Report…"
    assert window.actions_by_name["export_image"].text().replace("&", "") == "Image…"
    window.close_project()
    assert not window.menus.export.isEnabled()


def test_defaults_come_from_the_preferences_and_the_project(window, qtbot) -> None:
    from journeydesk.ui.dialogs.report_dialog import ReportDialog

    save_preferences(Preferences(paper="A3", layout="stages", author="Aiko Tanaka"))
    dialog = ReportDialog(window.editor, window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    project = window.editor.document.project()
    assert options.paper == "A3" and options.layout == "stages"
    assert options.author == "Aiko Tanaka"
    assert options.journeys == (window.editor.journey_id,)
    assert options.sections == SECTIONS
    assert options.title == project.title and options.client == project.client
    assert options.brand_color == project.brand_color
    assert options.logo is None and options.subtitle == ""
    assert options.date  # today's date, as the user will see it on the cover
    save_preferences(Preferences())
    plain = ReportDialog(window.editor, window)
    qtbot.addWidget(plain)
    assert plain.options().author == project.author
    assert (plain.options().paper, plain.options().layout) == ("A4", "auto")
    dialog.reject()
    plain.reject()


def test_the_form_maps_to_report_options(dialog, window, tmp_path: Path) -> None:
    ids = journey_ids(window)
    for row in range(dialog.journeys.count()):
        item = dialog.journeys.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text() in ("B2B SaaS onboarding journey",
                                                                    "ECサイト購入ジャーニー")
                           else Qt.CheckState.Unchecked)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("stages"))
    dialog.sections["metrics"].setChecked(False)
    dialog.sections["contents"].setChecked(False)
    dialog.title.setText("  Onboarding review ")
    dialog.subtitle.setText("Workshop, week 3")
    dialog.client.setText("")
    dialog.author.setText("Ken")
    dialog.date.setText("1 December 2026")
    dialog.set_brand_color("#AA3300")
    expected = ReportOptions(
        journeys=(ids["B2B SaaS onboarding journey"], ids["ECサイト購入ジャーニー"]), paper="Letter",
        layout="stages", sections=tuple(s for s in SECTIONS if s not in ("metrics", "contents")),
        title="Onboarding review", subtitle="Workshop, week 3", client="", author="Ken",
        date="1 December 2026", logo=None, brand_color="#aa3300", edited_at=window.editor.store.edited_at)
    assert dialog.options() == expected
    assert expected.colophon and expected.edited_at is not None
    dialog.colophon.setChecked(False)
    assert dialog.options() == replace(expected, colophon=False)
    dialog.colophon.setChecked(True)
    dialog.title.setText("")
    assert dialog.options().title is None  # the project's title


def test_nothing_to_report_is_said_and_export_is_off(dialog) -> None:
    for row in range(dialog.journeys.count()):
        dialog.journeys.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert "Choose at least one journey" in dialog.message.text()
    assert not dialog.export_button.isEnabled()
    dialog.preview.refresh()
    assert dialog.preview.status.text().startswith("Nothing to preview")
    dialog.journeys.item(0).setCheckState(Qt.CheckState.Checked)
    for box in dialog.sections.values():
        box.setChecked(False)
    assert "Choose at least one section" in dialog.message.text()
    dialog.sections["map"].setChecked(True)
    assert dialog.message.text() == "" and dialog.export_button.isEnabled()


def test_the_preview_says_when_the_chosen_sections_have_nothing_to_show(dialog, qtbot) -> None:
    for row in range(dialog.journeys.count()):
        item = dialog.journeys.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text() == "Customer support journey"
                           else Qt.CheckState.Unchecked)
    for name, box in dialog.sections.items():
        box.setChecked(name in ("scorecard", "evidence"))
    assert dialog.message.text() == "" and dialog.export_button.isEnabled()
    dialog.preview.refresh()
    qtbot.waitUntil(lambda: dialog.preview.status.text().startswith("Pages"), timeout=60000)
    assert dialog.preview.status.text() == (
        "Pages 1–1 of 1. The chosen sections (scorecard, evidence) have nothing to show yet for Customer "
        "support journey; the PDF is one page saying what to add.")
    assert dialog.preview.status.textFormat() == Qt.TextFormat.PlainText


def test_the_poster_scale_appears_only_when_the_report_offers_a_poster(dialog, window, qtbot,
                                                                     monkeypatch) -> None:
    import dataclasses

    from journeydesk.report.options import LAYOUTS
    from journeydesk.ui.dialogs.report_dialog import ReportDialog

    offered = [dialog.layout_choice.itemData(i) for i in range(dialog.layout_choice.count())]
    assert offered == list(LAYOUTS)
    assert dialog.poster_scale.isVisibleTo(dialog) == ("poster" in LAYOUTS)

    @dataclasses.dataclass(frozen=True)
    class PosterOptions(ReportOptions):
        poster_scale: float = 1.0

    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.LAYOUTS", ("fit", "poster", "stages"))
    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.ReportOptions", PosterOptions)
    poster = ReportDialog(window.editor, window)
    qtbot.addWidget(poster)
    poster.show()
    assert poster.poster_scale.isVisible() and not poster.poster_scale.isEnabled()
    poster.layout_choice.setCurrentIndex(poster.layout_choice.findData("poster"))
    assert poster.poster_scale.isEnabled()
    poster.poster_scale.setValue(1.5)
    assert poster.options().layout == "poster" and poster.options().poster_scale == 1.5
    poster.reject()


def test_the_preview_shows_the_first_pages(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: dialog.preview.status.text().startswith("Pages"), timeout=60000)
    labels = [dialog.preview.pages_layout.itemAt(i).widget()
              for i in range(dialog.preview.pages_layout.count())]
    assert len(labels) == 3
    page = labels[0].pixmap().toImage()
    assert page.width() == 250 and page.height() > 300
    colours = {page.pixelColor(x, y).name() for x in range(0, 250, 5) for y in range(0, page.height(), 5)}
    assert len(colours) > 5
    dialog.title.setText("A new title")
    qtbot.waitUntil(lambda: dialog.preview.status.text() == "Making the preview…", timeout=5000)
    qtbot.waitUntil(lambda: dialog.preview.status.text().startswith(("Pages", "The report has")),
                    timeout=60000)


def test_export_writes_the_pdf_and_opens_it(dialog, window, qtbot, tmp_path: Path) -> None:
    dialog.title.setText("Quarterly journey review")
    dialog.open_when_done.setChecked(True)
    target = tmp_path / "out" / "review.pdf"
    target.parent.mkdir()
    assert dialog.export_to(target)
    assert not dialog.options_box.isEnabled() and dialog.cancel_button.isVisible()
    wait_for_export(qtbot, dialog)
    assert dialog.written == target
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Quarterly journey review" in text
    assert "E-commerce purchase journey" in text
    assert window.opened == [str(target)]
    assert sorted(p.name for p in target.parent.iterdir()) == ["review.pdf"]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert QSettings().value("report/open_when_done", type=bool) is True


def test_the_colophon_box_decides_the_last_line_and_the_pdf_carries_the_edit_date(dialog, window, qtbot,
                                                                                  tmp_path: Path) -> None:
    assert dialog.colophon.isChecked()
    for checked, name in ((True, "with.pdf"), (False, "without.pdf")):
        dialog.colophon.setChecked(checked)
        assert dialog.export_to(tmp_path / name)
        wait_for_export(qtbot, dialog)
    with_line, without = (PdfReader(tmp_path / name) for name in ("with.pdf", "without.pdf"))
    assert "Made with JourneyDesk" in with_line.pages[-1].extract_text()
    assert not any("Made with" in page.extract_text() for page in without.pages)
    edited = window.editor.store.edited_at
    stamp = time.strftime("D:%Y%m%d%H%M%S+00'00'", time.gmtime(edited))
    assert with_line.trailer["/Info"]["/CreationDate"] == stamp
    assert without.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_open_when_done_is_remembered_off(dialog, window, qtbot, tmp_path: Path) -> None:
    from journeydesk.ui.dialogs.report_dialog import ReportDialog

    dialog.open_when_done.setChecked(False)
    assert dialog.export_to(tmp_path / "r.pdf")
    wait_for_export(qtbot, dialog)
    assert (tmp_path / "r.pdf").exists() and window.opened == []
    again = ReportDialog(window.editor, window)
    qtbot.addWidget(again)
    assert not again.open_when_done.isChecked()
    again.reject()


def test_cancel_leaves_no_file_and_keeps_the_old_one(dialog, qtbot, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    assert dialog.export_to(target)
    dialog.cancel_export()
    wait_for_export(qtbot, dialog)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in dialog.message.text() and dialog.isVisible()
    target.write_bytes(b"last week's report")
    assert dialog.export_to(target)
    dialog.cancel_export()
    wait_for_export(qtbot, dialog)
    assert target.read_bytes() == b"last week's report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert dialog.options_box.isEnabled() and dialog.written is None


def test_a_bad_logo_is_named_and_nothing_is_written(dialog, window, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    notes = tmp_path / "logo.png"
    notes.write_text("not a picture")
    dialog.logo.setText(str(notes))
    assert "is not an image JourneyDesk can read" in dialog.logo_message.text()
    assert str(notes) in dialog.logo_message.text()
    assert not dialog.export_button.isEnabled()
    assert dialog.message.text() == ""  # said once, beside the logo
    assert not dialog.export_to(tmp_path / "r.pdf")
    assert window.warnings and "is not an image" in window.warnings[-1]
    assert dialog.isVisible() and not (tmp_path / "r.pdf").exists()
    dialog.logo.setText(str(tmp_path / "gone.png"))
    assert "Cannot read the logo" in dialog.logo_message.text()
    dialog.logo.clear()
    assert dialog.logo_message.text() == "" and dialog.export_button.isEnabled()


def test_a_logo_gone_before_export_is_reported_by_the_export(dialog, window, qtbot, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), (20, 90, 160)).save(logo)
    dialog.logo.setText(str(logo))
    assert dialog.logo_message.text() == ""
    logo.unlink()
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.export_to(out / "r.pdf")
    wait_for_export(qtbot, dialog)
    assert window.warnings and "Cannot read the logo" in window.warnings[-1]
    assert dialog.isVisible() and list(out.iterdir()) == []


def test_a_missing_folder_is_named(dialog, window, tmp_path: Path) -> None:
    assert not dialog.export_to(tmp_path / "missing" / "r.pdf")
    assert "does not exist" in window.warnings[-1]
    assert dialog.isVisible()


def test_progress_is_shown_and_cancel_stops_the_build_when_the_report_reports_progress(
        dialog, qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    from journeydesk.report import build

    steps = threading.Event()
    seen: list[tuple[int, int]] = []

    def write_with_progress(path, document, conn, options, progress=None):
        for done in range(1, 200):
            progress(done, 200)
            seen.append((done, 200))
            if done == 3:
                steps.set()
            threading.Event().wait(0.01)
        return build.write_report(path, document, conn, options)

    monkeypatch.setattr("journeydesk.ui.dialogs.report_workers.write_report", write_with_progress)
    target = tmp_path / "r.pdf"
    assert dialog.export_to(target)
    assert dialog.progress.maximum() == 100  # determinate, not the busy indicator
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 200 and dialog.progress.value() >= 3, timeout=10000)
    dialog.cancel_export()
    wait_for_export(qtbot, dialog)
    assert steps.is_set() and len(seen) < 199
    assert not target.exists() and "cancelled" in dialog.message.text()


def test_without_progress_reports_the_bar_is_a_busy_indicator(dialog, qtbot, tmp_path: Path) -> None:
    from journeydesk.ui.dialogs.report_workers import reports_progress

    assert dialog.export_to(tmp_path / "r.pdf")
    if not reports_progress():
        assert (dialog.progress.minimum(), dialog.progress.maximum()) == (0, 0)
    wait_for_export(qtbot, dialog)
    assert (tmp_path / "r.pdf").exists()


def test_a_folder_without_write_permission_is_named(dialog, window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("journeydesk.ui.dialogs.report_dialog.os.access", lambda _path, _mode: False)
    assert not dialog.export_to(tmp_path / "r.pdf")
    assert f"Cannot write to the folder {tmp_path}" in window.warnings[-1]
    assert dialog.isVisible() and not (tmp_path / "r.pdf").exists()


def test_every_form_label_with_a_mnemonic_has_a_buddy(dialog) -> None:
    """A label such as “Lo&go:” must show its letter underlined, not a literal “&” (“ロゴ(&G):”)."""
    from PySide6.QtWidgets import QLabel

    marked = [label for label in dialog.findChildren(QLabel) if "&" in label.text().replace("&&", "")]
    assert marked
    for label in marked:
        assert label.buddy() is not None, label.text()
    logo_label = next(label for label in marked if label.text() == "Lo&go:")
    assert logo_label.buddy() is dialog.logo


@pytest.mark.parametrize(("locale", "expected"), [("ja_JP", "2026年12月1日"), ("en_US", "December 1, 2026"),
                                                  ("en_GB", "1 December 2026")])
def test_the_default_date_has_no_weekday(locale: str, expected: str) -> None:
    from PySide6.QtCore import QDate, QLocale

    from journeydesk.ui.dialogs.report_dialog import report_date

    assert report_date(QDate(2026, 12, 1), QLocale(locale)) == expected


def test_the_sections_are_named_in_japanese(window, qtbot) -> None:
    from journeydesk.ui.dialogs.report_dialog import ReportDialog
    from journeydesk.ui.style.language import install_translators

    install_translators("ja")
    try:
        dlg = ReportDialog(window.editor, window)
        qtbot.addWidget(dlg)
        assert dlg.sections["scorecard"].text() == "スコアカード"
        assert dlg.sections["evidence"].text() == "エビデンス（付録）"
    finally:
        install_translators("en")
