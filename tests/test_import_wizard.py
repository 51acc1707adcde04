"""The CSV import wizard on real bytes: settings and preview, roles, matching, summary, import, cancel,
refresh."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWizard

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card, Dataset
from journeydesk.imports import session as session_module
from journeydesk.imports.session import ImportSession
from journeydesk.store.new_project import create_project
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.wizard import import_wizard, import_worker
from journeydesk.ui.wizard.import_wizard import ImportWizard, import_csv_file

SURVEY = (
    "日付,タッチポイント,推奨度\n"
    "2024/3/1,Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ,9\n"
    "2024/3/2,order confirmation EMAIL,7\n"
    "2024/3/3,ギフト包装,10\n"
    "2024/3/4,ＦＡＱページ,3\n"
    "2024/3/5,Cart and checkout form,6\n"
)
AMBIGUOUS = "date,touchpoint,nps\n03/04/2024,Cart and checkout form,9\n05/06/2024,Cart and checkout form,3\n"


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    ed = Editor()
    assert ed.open(create_project(tmp_path / "p.journey", "ecommerce"))
    yield ed
    ed.close()


@pytest.fixture
def errors(editor: Editor) -> list[str]:
    seen: list[str] = []
    editor.error.connect(seen.append)
    return seen


def _file(tmp_path: Path, data: bytes | str, name: str = "survey.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("cp932") if isinstance(data, str) else data)
    return path


def _wizard(qtbot, editor: Editor, path: Path, **kwargs) -> ImportWizard:
    wizard = ImportWizard(editor, path, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(wizard: ImportWizard) -> None:
    """Next, as a person clicks it once the page is ready: the matching page counts the file's names and the
    summary checks every row first, in the background."""
    wizard.next()
    page = wizard.currentPage()
    if page is wizard.matching_page:
        _wait_until(lambda: not page.counting.running and not page.checking.running)
    if page is wizard.summary_page:
        _wait_until(lambda: not page.checking.running)


def _wait_until(done: Callable[[], bool]) -> None:
    """Let the page's background work report back, as the event loop does while a person looks at the page."""
    deadline = time.monotonic() + 60
    while not done():
        assert time.monotonic() < deadline, "the page's background work did not finish in 60 s"
        QApplication.processEvents()
        time.sleep(0.002)


def _next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _card(editor: Editor, text: str) -> Card:
    return next(c for c in editor.document.all(Card) if c.kind == CardKind.TOUCHPOINT and c.text == text)


def _observations(editor: Editor, dataset_id: str | None = None) -> list[tuple]:
    sql = "SELECT line, day, card_id, metric, value FROM observations JOIN rollups ON rollups.id = rollup_id"
    if dataset_id is None:
        return editor.store.conn.execute(sql + " ORDER BY line").fetchall()
    return editor.store.conn.execute(sql + " WHERE dataset_id = ? ORDER BY line", (dataset_id,)).fetchall()


def test_a_cp932_survey_is_detected_and_previewed_in_japanese(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    page = wizard.file_page
    assert wizard.settings.encoding == "cp932" and page.encoding.currentData() == "cp932"
    assert page.delimiter.currentData() == "," and page.header.value() == 1 and page.skip.value() == 0
    headers = [page.preview.horizontalHeaderItem(i).text() for i in range(page.preview.columnCount())]
    assert headers == ["日付", "タッチポイント", "推奨度"]
    assert page.preview.rowCount() == 5
    assert page.preview.item(2, 1).text() == "ギフト包装"
    assert page.preview.verticalHeaderItem(0).text() == "2"  # line numbers of the file
    assert not page.message.isVisible() and _next_enabled(wizard)
    _choose(page.encoding, "latin-1")
    assert "日付" not in [page.preview.horizontalHeaderItem(i).text()
                          for i in range(page.preview.columnCount())]
    _choose(page.encoding, "cp932")
    assert page.preview.horizontalHeaderItem(0).text() == "日付"


def test_changing_a_setting_updates_the_preview(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    page = wizard.file_page
    _choose(page.delimiter, ";")
    assert page.preview.columnCount() == 1
    assert page.preview.horizontalHeaderItem(0).text() == "日付,タッチポイント,推奨度"
    assert wizard.settings.delimiter == ";"
    _choose(page.delimiter, ",")
    assert page.preview.columnCount() == 3
    page.header.setValue(0)
    assert page.preview.item(0, 0).text() == "日付" and page.preview.rowCount() == 6
    page.header.setValue(1)
    page.skip.setValue(2)
    assert page.preview.horizontalHeaderItem(0).text() == "2024/3/2"


def test_ambiguous_dates_block_next_until_an_order_is_chosen(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, AMBIGUOUS))
    page = wizard.file_page
    assert wizard.date_column == "date" and wizard.needs_date_order()
    assert page.form.isRowVisible(page.date_order)
    assert page.date_note.isVisible() and "'date'" in page.date_note.text()
    assert not _next_enabled(wizard)
    _choose(page.date_order, "dmy")
    assert _next_enabled(wizard) and not page.date_note.isVisible()
    _next(wizard)
    _next(wizard)
    _next(wizard)
    dataset = wizard.run_import(wait=True)
    assert dataset is not None
    assert [row[1] for row in _observations(editor, dataset.id)] == ["2024-04-03", "2024-06-05"]


def test_a_new_ambiguous_date_column_on_the_columns_page_asks_again(qtbot, editor: Editor,
                                                                    tmp_path: Path) -> None:
    text = "when,touchpoint,nps\n03/04/2024,Cart and checkout form,9\n05/06/2024,Cart and checkout form,3\n"
    wizard = _wizard(qtbot, editor, _file(tmp_path, text))
    _next(wizard)
    page = wizard.columns_page
    role, _kind = page.rows["when"]
    assert role.currentData() == "date"  # guessed from the values
    assert not page.isComplete() and page.date_note.isVisible()
    _choose(page.date_order, "mdy")
    assert page.isComplete() and wizard.mapping.date_order == "mdy"


def test_dates_that_contradict_each_other_need_an_order(qtbot, editor: Editor, tmp_path: Path) -> None:
    text = "date,touchpoint,nps\n13/04/2024,Cart and checkout form,9\n04/13/2024,Cart and checkout form,3\n"
    wizard = _wizard(qtbot, editor, _file(tmp_path, text))
    page = wizard.file_page
    assert not _next_enabled(wizard) and "does not fit the date order" in page.date_note.text()
    _choose(page.date_order, "dmy")
    assert _next_enabled(wizard)
    for _ in range(3):
        _next(wizard)
    listed = [wizard.summary_page.problems.item(i).text()
              for i in range(wizard.summary_page.problems.count())]
    assert listed == ["Line 3: '04/13/2024' is not a valid day/month/year date: correct the cell or choose "
                      "another date order."]


def test_an_undetected_encoding_can_be_chosen_by_hand(qtbot, editor: Editor, tmp_path: Path) -> None:
    data = "Имя,Значение\nПривет,1\nМир,2\n".encode("koi8-r")
    wizard = _wizard(qtbot, editor, _file(tmp_path, data))
    page = wizard.file_page
    assert "could not be recognised" in page.message.text() and not _next_enabled(wizard)
    _choose(page.encoding, "latin-1")
    assert not page.message.isVisible() and page.preview.rowCount() == 2


def test_roles_are_prefilled_and_checked(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    _next(wizard)
    page = wizard.columns_page
    roles = {column: (role.currentData(), kind.currentData(), kind.isEnabled())
             for column, (role, kind) in page.rows.items()}
    assert roles["日付"][0] == "date" and roles["タッチポイント"][0] == "touchpoint"
    assert roles["推奨度"] == ("measure", "nps", True)
    assert page.shape.currentData() in ("wide", "responses") and page.isComplete()
    _choose(page.rows["タッチポイント"][0], "date")
    assert not page.isComplete() and "Only one column can be the date" in page.message.text()
    assert not _next_enabled(wizard)
    _choose(page.rows["タッチポイント"][0], "touchpoint")
    _choose(page.rows["推奨度"][1], "csat")
    assert wizard.mapping.metric_kinds == {"推奨度": "csat"} and _next_enabled(wizard)
    _choose(page.rows["推奨度"][0], "ignore")
    assert "No column holds a value to import" in page.message.text() and not page.isComplete()


def test_a_long_table_gets_metric_and_value_roles(qtbot, editor: Editor, tmp_path: Path) -> None:
    text = "stage,metric,value\nAwareness,visitors,1000\nPurchase,visitors,150\n"
    wizard = _wizard(qtbot, editor, _file(tmp_path, text, "funnel.csv"))
    _next(wizard)
    page = wizard.columns_page
    assert page.shape.currentData() == "long"
    assert [page.rows[c][0].currentData() for c in ("stage", "metric", "value")] == ["stage", "metric",
                                                                                     "value"]
    _choose(page.rows["value"][0], "ignore")
    assert "needs a 'Metric name' column and a 'Value' column" in page.message.text()


def test_matching_shows_full_width_keys_matched_and_unmatched_ones(qtbot, editor: Editor,
                                                                   tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    _next(wizard)
    _next(wizard)
    page = wizard.matching_page
    cart = _card(editor, "Cart and checkout form").id
    combos = {key: combo.currentData() for (role, key), combo in page.combos.items()}
    # full-width and plain count as one key
    assert combos["Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ"] == cart
    assert "Cart and checkout form" not in combos
    assert combos["order confirmation EMAIL"] == _card(editor, "Order confirmation email").id
    assert combos["ギフト包装"] == "" and combos["ＦＡＱページ"] == ""
    assert "ギフト包装" in page.unmatched.text() and "ＦＡＱページ" in page.unmatched.text()
    assert page.create.isEnabled()
    faq = page.combos[("touchpoint", "ＦＡＱページ")]
    _choose(faq, _card(editor, "Customer reviews and star ratings").id)
    assert wizard.mapping.touchpoint_matches == {"ＦＡＱページ": _card(
        editor, "Customer reviews and star ratings").id}
    assert "ＦＡＱページ" not in page.unmatched.text()
    _choose(page.combos[("touchpoint", "Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ")], "")
    assert wizard.mapping.touchpoint_matches["Ｃａｒｔ ａｎｄ ｃｈｅｃｋｏｕｔ ｆｏｒｍ"] == ""
    _next(wizard)
    dataset = wizard.run_import(wait=True)
    assert dataset is not None
    cards = {line: card for line, _day, card, _m, _v in _observations(editor, dataset.id)}
    assert cards[2] is None and cards[6] is None  # "(no match)" chosen: not tied to the card
    assert cards[5] == _card(editor, "Customer reviews and star ratings").id


def test_creating_the_missing_touchpoints_is_one_undo_step(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY + "2024/3/6,ｆａｑページ,8\n"))
    _next(wizard)
    _next(wizard)
    page = wizard.matching_page
    before = editor.document.count(Card)
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert editor.document.count(Card) == before + 2  # ＦＡＱページ and ｆａｑページ are one key
    assert editor.history.undo_label == "Add 2 touchpoints"
    gift = _card(editor, "ギフト包装")
    assert page.combos[("touchpoint", "ギフト包装")].currentData() == gift.id
    assert not page.create.isEnabled() and "Every name in the file matches the map" in page.unmatched.text()
    editor.undo()
    assert editor.document.count(Card) == before


def test_the_summary_lists_problems_and_requires_skipping_them(qtbot, editor: Editor, tmp_path: Path) -> None:
    rows = "".join("2024/3/1,Cart and checkout form,9\n" for _ in range(1200))
    text = (SURVEY + rows + "2024/3/7,Cart and checkout form,x\n2024/3/8,Cart and checkout "
                            "form,11\n2024/3/9,a\n")
    wizard = _wizard(qtbot, editor, _file(tmp_path, text))
    for _ in range(3):
        _next(wizard)
    page = wizard.summary_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.check is not None and page.check.problem_count == 3
    listed = [page.problems.item(i).text() for i in range(page.problems.count())]
    # The row with too few fields is structural: listed first, then value problems in line order.
    assert listed[0].startswith("Line 1,209: 2 fields, expected 3")
    assert listed[1] == "Line 1,207: 'x' is not a number in column 推奨度"
    assert listed[2].startswith("Line 1,208: 11 is not a NPS answer")
    assert page.counts.text() == "Rows read: 1,208. Rows with problems: 3."
    assert "'survey'" in page.created.text() and "1,205 values" in page.created.text()
    assert page.skip.isVisible() and not finish.isEnabled()
    page.skip.setChecked(True)
    assert finish.isEnabled()
    dataset = wizard.run_import(wait=True)
    assert dataset is not None and dataset.row_count == 1205 and dataset.skipped_rows == 3


def test_finishing_adds_one_undoable_dataset(qtbot, editor: Editor, tmp_path: Path,
                                             errors: list[str]) -> None:
    path = _file(tmp_path, SURVEY)
    wizard = _wizard(qtbot, editor, path)
    for _ in range(3):
        _next(wizard)
    dataset = wizard.run_import(wait=True)
    assert dataset is not None and wizard.result_dataset == dataset and not errors
    assert editor.document.all(Dataset) == [dataset]
    # The file is recorded where it is and beside the project, so Refresh finds it after both moved together.
    assert dataset.name == "survey"
    assert json.loads(dataset.source_path) == {"path": str(path.absolute()), "relative": "survey.csv"}
    assert dataset.metrics == ("推奨度",) and dataset.row_count == 5
    assert '"cp932"' in dataset.settings and '"タッチポイント": "touchpoint"' in dataset.mapping
    assert len(_observations(editor, dataset.id)) == 5
    assert editor.history.undo_label == "Import “survey”"
    editor.undo()
    assert editor.document.count(Dataset) == 0
    editor.redo()
    assert editor.document.all(Dataset) == [dataset]


@pytest.fixture
def gate(monkeypatch) -> Iterator[threading.Event]:
    """Holds the worker thread before it writes, until the test sets the event."""
    event = threading.Event()
    real = ImportSession.write

    def held(*args, **kwargs):
        event.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(ImportSession, "write", held)
    yield event
    event.set()


def test_finish_imports_on_a_thread_behind_a_modal_progress_dialog(qtbot, editor: Editor, tmp_path: Path,
                                                                   gate: threading.Event) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    for _ in range(3):
        _next(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    dialog = wizard.progress_dialog
    assert wizard.running and dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.wait(50)  # the event loop keeps running while the worker is busy
    wizard.reject()  # closing the wizard now only asks the worker to stop...
    assert wizard.isVisible()
    wizard._cancel.clear()  # ...which this test takes back, to see the import finish
    gate.set()
    qtbot.waitUntil(lambda: wizard.result_dataset is not None and not wizard.running)
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.isVisible()
    assert editor.document.all(Dataset) == [wizard.result_dataset]


def test_cancelling_before_or_while_the_worker_runs_adds_nothing(qtbot, editor: Editor, tmp_path: Path,
                                                                  errors: list[str], monkeypatch) -> None:
    monkeypatch.setattr("journeydesk.store.datasets.CHUNK", 2)
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    for _ in range(3):
        _next(wizard)
    label = editor.history.undo_label
    wizard.cancel_import()
    assert wizard.run_import(wait=True) is None
    assert "cancelled" in wizard.status_message and "cancelled" in wizard.summary_page.status.text()
    assert editor.document.count(Dataset) == 0 and _observations(editor) == [] and not errors
    assert editor.history.undo_label == label
    assert wizard.run_import(wait=True) is not None  # the flag does not stick


def test_the_progress_dialog_cancel_button_stops_the_worker(qtbot, editor: Editor, tmp_path: Path,
                                                            errors: list[str], monkeypatch,
                                                            gate: threading.Event) -> None:
    monkeypatch.setattr("journeydesk.store.datasets.CHUNK", 2)
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    for _ in range(3):
        _next(wizard)
    wizard.run_import()
    dialog = wizard.progress_dialog
    assert wizard.running and dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()  # stays up until the worker stops
    gate.set()
    qtbot.waitUntil(lambda: not wizard.running and wizard.progress_dialog is None)
    assert editor.document.count(Dataset) == 0 and _observations(editor) == [] and not errors
    assert "cancelled" in wizard.status_message and wizard.isVisible()


def test_closing_the_project_mid_import_keeps_nothing(qtbot, editor: Editor, tmp_path: Path,
                                                      monkeypatch, gate: threading.Event) -> None:
    monkeypatch.setattr("journeydesk.store.datasets.CHUNK", 2)
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    wizard.run_import()
    assert wizard.running
    path = editor.store.path
    threading.Timer(0.1, gate.set).start()
    editor.close()  # waits for the worker to stop before the connection closes
    assert not wizard.running and "cancelled" in wizard.status_message
    assert editor.open(path)
    assert editor.document.count(Dataset) == 0 and _observations(editor) == []


def test_a_full_disk_is_reported_and_keeps_nothing(qtbot, editor: Editor, tmp_path: Path,
                                                   errors: list[str]) -> None:
    rows = "".join(f"2024-03-01,Cart and checkout form,{n % 11}\n" for n in range(30_000))
    wizard = _wizard(qtbot, editor, _file(tmp_path, "Date,Touchpoint,NPS\n" + rows))
    conn = editor.store.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    try:
        assert wizard.run_import(wait=True) is None
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert errors and "nothing was added" in errors[0] and wizard.status_message == errors[0]
    assert editor.document.count(Dataset) == 0 and _observations(editor) == []
    assert wizard.run_import(wait=True) is not None  # the app keeps working


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
    (b"\x00\x01\x02\x03garbage\x00" * 50, "binary data"),
    ("日付,タッチポイント,推奨度\n".encode("cp932"), "no data rows"),
])
def test_bad_files_show_an_inline_message(qtbot, editor: Editor, tmp_path: Path, errors: list[str],
                                          data: bytes, expected: str) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, data, "bad.csv"))
    page = wizard.file_page
    assert page.message.isVisible() and expected in page.message.text()
    assert page.message.textFormat() == Qt.TextFormat.PlainText
    assert not _next_enabled(wizard)
    _choose(page.delimiter, ";")
    assert page.message.isVisible() and not _next_enabled(wizard)
    assert wizard.run_import(wait=True) is None and errors
    assert editor.document.count(Dataset) == 0


def test_an_unreadable_file_is_reported(qtbot, editor: Editor, tmp_path: Path, errors: list[str]) -> None:
    missing = tmp_path / "gone.csv"
    assert import_csv_file(editor, missing) is None
    assert errors and "gone.csv" in errors[0] and "cannot be read" in errors[0]
    wizard = _wizard(qtbot, editor, missing)
    assert "cannot be read" in wizard.file_page.message.text() and not _next_enabled(wizard)


def test_the_file_is_streamed_from_its_path_never_read_whole(qtbot, editor: Editor, tmp_path: Path,
                                                             monkeypatch) -> None:
    path = _file(tmp_path, SURVEY)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read whole"))
    monkeypatch.setattr(session_module, "SNIFF_BYTES", 40)  # far less than the file: the head only
    progress: list[int] = []

    def finish(self: ImportWizard) -> int:
        assert len(self.session.head()) == 41 and self.session.source == path
        self.session.validate()
        self.run_import(wait=True)
        return 1

    real = ImportSession.write

    def watched(self, store, progress_to=None, cancelled=None):
        assert self.source == path  # the session streams the path, as it does for the command line
        return real(self, store, progress.append, cancelled)

    monkeypatch.setattr(ImportSession, "write", watched)
    monkeypatch.setattr(ImportWizard, "exec", finish)
    dataset = import_csv_file(editor, path)
    assert dataset is not None and editor.document.all(Dataset) == [dataset]
    assert progress and progress[-1] == dataset.row_count > 0


def test_refresh_starts_from_the_saved_mapping_and_replaces_in_one_step(qtbot, editor: Editor,
                                                                         tmp_path: Path) -> None:
    path = _file(tmp_path, AMBIGUOUS)
    wizard = _wizard(qtbot, editor, path)
    _choose(wizard.file_page.date_order, "dmy")
    _next(wizard)
    _choose(wizard.columns_page.rows["nps"][1], "value")
    _next(wizard)
    reviews = _card(editor, "Customer reviews and star ratings").id
    _choose(wizard.matching_page.combos[("touchpoint", "Cart and checkout form")], reviews)
    _next(wizard)
    first = wizard.run_import(wait=True)
    assert first is not None
    path.write_bytes((AMBIGUOUS + "07/08/2024,Cart and checkout form,10\n").encode())
    refresh = _wizard(qtbot, editor, path, replacing=first)
    assert refresh.windowTitle() == "Refresh 'survey'"
    assert refresh.mapping.date_order == "dmy" and not refresh.needs_date_order()
    assert refresh.mapping.metric_kinds == {"nps": "value"}
    assert refresh.mapping.touchpoint_matches == {"Cart and checkout form": reviews}
    assert _next_enabled(refresh)
    for _ in range(3):
        _next(refresh)
    assert "replaces the dataset 'survey'" in refresh.summary_page.created.text()
    second = refresh.run_import(wait=True)
    assert second is not None and second.id != first.id and second.position == first.position
    assert editor.document.all(Dataset) == [second] and second.row_count == 3
    assert [row[1:3] for row in _observations(editor, second.id)][-1] == ("2024-08-07", reviews)
    assert editor.history.undo_label == "Refresh “survey”"
    editor.undo()
    assert editor.document.all(Dataset) == [first]


def test_a_refresh_of_a_file_that_changed_shape_says_so(qtbot, editor: Editor, tmp_path: Path) -> None:
    path = _file(tmp_path, SURVEY)
    first = _wizard(qtbot, editor, path).run_import(wait=True)
    assert first is not None
    path.write_bytes(b"day,place,score\n2024-03-01,Cart and checkout form,4\n")
    refresh = _wizard(qtbot, editor, path, replacing=first)
    assert refresh.file_page.message.isHidden() or not refresh.file_page.message.text()
    refresh.next()
    notice = refresh.columns_page.notice
    assert notice.isVisible() and "changed shape" in notice.text() and "'タッチポイント'" in notice.text()


def test_every_control_is_named_and_labels_are_plain_text(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY.replace("ギフト包装", "<b>R&amp;D</b>")))
    for _ in range(3):
        _next(wizard)
    for page in (wizard.file_page, wizard.columns_page, wizard.matching_page, wizard.summary_page):
        for combo in page.findChildren(QComboBox):
            assert combo.accessibleName(), combo
        for label in page.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert wizard.titleFormat() == Qt.TextFormat.PlainText
    assert any(combo.accessibleName() == "Map entity for '<b>R&amp;D</b>'"
               for combo in wizard.matching_page.findChildren(QComboBox))


def test_a_damaged_saved_mapping_or_settings_falls_back_to_detection(qtbot, editor: Editor,
                                                                     tmp_path: Path) -> None:
    path = _file(tmp_path, SURVEY)
    first = _wizard(qtbot, editor, path).run_import(wait=True)
    assert first is not None
    damaged = dataclasses.replace(first, settings='{"skip_lines": "many", "delimiter": 4}',
                                  mapping='{"roles": ["日付"], "shape": "tall"}')
    refresh = _wizard(qtbot, editor, path, replacing=damaged)
    assert refresh.settings.encoding == "cp932" and refresh.table is not None
    assert refresh.mapping.roles["タッチポイント"] == "touchpoint" and _next_enabled(refresh)


def test_the_worker_hands_the_gil_over_quickly_and_then_puts_the_interval_back(qtbot, editor: Editor,
                                                                              tmp_path: Path,
                                                                               monkeypatch) -> None:
    import sys

    before = sys.getswitchinterval()
    seen: list[float] = []
    real = ImportSession.write

    def watched(*args, **kwargs):
        seen.append(sys.getswitchinterval())
        return real(*args, **kwargs)

    monkeypatch.setattr(ImportSession, "write", watched)
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY))
    assert wizard.run_import(wait=True) is not None
    assert seen == [pytest.approx(import_worker.GIL_SWITCH_SECONDS)] and sys.getswitchinterval() == before


def test_one_value_is_counted_in_the_singular(qtbot, editor: Editor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, editor,
                     _file(tmp_path, "日付,タッチポイント,推奨度\n2024/3/1,Cart and checkout form,9\n"))
    for _ in range(3):
        _next(wizard)
    assert "with 1 value." in wizard.summary_page.created.text()
    assert wizard.run_import(wait=True) is not None
    assert wizard.status_message == "Imported 1 value into 'survey'."


def test_names_are_counted_and_rows_checked_off_the_gui_thread(qtbot, editor: Editor, tmp_path: Path) -> None:
    rows = "".join(f"2024/3/{1 + n % 28},{'Cart and checkout form' if n % 3 else 'ギフト包装'},{n % 11}\n"
                   for n in range(200_000))
    wizard = _wizard(qtbot, editor, _file(tmp_path, SURVEY + rows))
    wizard.next()
    wizard.next()
    page = wizard.matching_page
    assert page.counts is None and not page.isComplete()  # the page is shown at once, still counting
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: page.counts is not None, timeout=30_000)
    assert ticks, "the event loop stood still while the names were counted"
    assert page.counts["touchpoint"]["ギフト包装"] == 1 + sum(1 for n in range(200_000) if n % 3 == 0)
    qtbot.waitUntil(page.create.isEnabled, timeout=30_000)  # once every row is checked
    assert "'ギフト包装' in " in page.places.text()
    timer.stop()


def _finish_on_exec(monkeypatch, seen: list[ImportWizard]) -> None:
    """The wizard's exec, as a person accepting every page: import and close."""
    def finish(self: ImportWizard) -> int:
        seen.append(self)
        self.run_import(wait=True)
        return 1

    monkeypatch.setattr(ImportWizard, "exec", finish)


def test_refresh_finds_the_file_after_the_project_and_the_file_moved_together(qtbot, tmp_path: Path,
                                                                               monkeypatch) -> None:
    from journeydesk.ui.panels.datasets_panel import DatasetsPanel

    first_home, second_home = tmp_path / "workshop", tmp_path / "moved"
    first_home.mkdir()
    project = create_project(first_home / "p.journey", "ecommerce")
    _file(first_home, SURVEY)
    editor = Editor()
    assert editor.open(project)
    first = _wizard(qtbot, editor, first_home / "survey.csv").run_import(wait=True)
    assert first is not None
    editor.close()
    first_home.rename(second_home)
    editor = Editor()
    assert editor.open(second_home / "p.journey")
    try:
        panel = DatasetsPanel(editor)
        qtbot.addWidget(panel)
        panel.list.setCurrentRow(0)
        assert "workshop" in panel.list.currentItem().toolTip()  # where it was imported from
        seen: list[ImportWizard] = []
        _finish_on_exec(monkeypatch, seen)
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        assert [w.path for w in seen] == [second_home / "survey.csv"]
        (refreshed,) = editor.document.all(Dataset)
        assert refreshed.id != first.id and refreshed.name == first.name and refreshed.row_count == 5
    finally:
        editor.close()


@pytest.mark.parametrize(("answer", "datasets"), [("replace", 1), ("keep", 2), ("", 1)])
def test_a_file_imported_before_is_not_counted_twice_without_asking(qtbot, editor: Editor, tmp_path: Path,
                                                                    monkeypatch, answer: str,
                                                                    datasets: int) -> None:
    path = _file(tmp_path, SURVEY)
    first = _wizard(qtbot, editor, path).run_import(wait=True)
    asked: list[str] = []
    monkeypatch.setattr(import_wizard, "ask_again", lambda _parent, file, earlier: asked.append(earlier.name)
                        or answer)
    _finish_on_exec(monkeypatch, [])
    added = import_csv_file(editor, path)
    assert asked == ["survey"]
    assert len(editor.document.all(Dataset)) == datasets
    if answer == "replace":
        assert (added is not None and editor.document.all(Dataset) == [added]
                and added.position == first.position)
        assert editor.history.undo_label == "Refresh “survey”"
    elif not answer:
        assert added is None and editor.document.all(Dataset) == [first]
