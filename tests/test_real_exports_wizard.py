"""The same real exports through the import wizard, as a person clicks through it accepting what it detected.

Where the command line needs an option, the person does what the wizard offers instead: chooses the
date order it asks for, clicks "Create missing touchpoints" (or stages), ticks "Skip rows with
problems". The figures shown afterwards must equal those computed independently in
export_expectations.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_expectations import FIXTURES, Expected
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from journeydesk.core.model import Dataset
from journeydesk.figures import figures
from journeydesk.store.new_project import create_project
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.wizard.import_wizard import ImportWizard


@pytest.fixture
def make_editor(tmp_path: Path) -> Iterator:
    editors: list[Editor] = []

    def make(language: str) -> Editor:
        editor = Editor()
        assert editor.open(create_project(tmp_path / f"p{len(editors)}.journey", "ecommerce", language))
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.close()


def _label(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _through_the_wizard(qtbot, editor: Editor, name: str) -> tuple[ImportWizard, Dataset]:
    fixture = FIXTURES[name]()
    wizard = ImportWizard(editor, fixture.path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.file_page.isComplete() or wizard.needs_date_order(), wizard.file_page.message.text()
    if wizard.needs_date_order():
        assert "--date-order" in fixture.flags, "the wizard asks for a date order the file does not need"
        box = wizard.file_page.date_order
        box.setCurrentIndex(box.findData(fixture.date_order))
    assert next_button.isEnabled(), wizard.file_page.message.text()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.columns_page and next_button.isEnabled(), (
        wizard.columns_page.message.text())
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.matching_page
    qtbot.waitUntil(lambda: page.counts is not None, timeout=60_000)
    for flag, button in (("--create-stages", page.create_stages), ("--create-touchpoints", page.create)):
        if flag in fixture.flags:
            assert button.isVisible(), page.unmatched.text()
            qtbot.waitUntil(button.isEnabled, timeout=60_000)  # once every row is checked
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.counts is not None, timeout=60_000)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.check is not None or bool(summary.message.text()), timeout=60_000)
    assert summary.check is not None, summary.message.text()
    assert summary.check.rows_read == fixture.data_rows, summary.counts.text()
    if "--skip-bad-rows" in fixture.flags:
        assert summary.skip.isVisible()
        summary.skip.setChecked(True)
    dataset = wizard.run_import(wait=True)
    assert dataset is not None, wizard.status_message
    return wizard, dataset


@pytest.mark.parametrize("name", FIXTURES)
def test_the_wizard_gives_the_hand_computed_figures(qtbot, make_editor, name: str) -> None:
    fixture = FIXTURES[name]()
    editor = make_editor(fixture.language)
    _through_the_wizard(qtbot, editor, name)
    for expected in fixture.expected:
        assert _shown(editor, expected) == _wanted(editor, expected), f"{expected.metric} by {expected.by}"


def _shown(editor: Editor, expected: Expected) -> tuple[str, dict]:
    _stored, kind, rows = figures(editor.document, editor.store.data, expected.metric, expected.by,
                                  editor.journey_id)
    got = [row for row in rows if row.n]
    if expected.by == "all":
        return kind.value, {None: [(round(r.value, 2), r.n) for r in got]}
    return kind.value, {_label(r.label): (round(r.value, 2), r.n) for r in got}


def _wanted(editor: Editor, expected: Expected) -> tuple[str, dict]:
    kind = _shown(editor, expected)[0]
    assert kind in expected.groups, f"{expected.metric} read as {kind}"
    want = expected.groups[kind]
    if expected.by == "all":
        return kind, {None: [(round(f.value, 2), f.n) for f in want]}
    return kind, {_label(f.label): (round(f.value, 2), f.n) for f in want}
