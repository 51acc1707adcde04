"""Shared test set-up: headless Qt, and small projects to work on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History

pytest_plugins = ["tests.app_fixtures"]


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Examples and Qt settings go to a fresh folder, never the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JOURNEYDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("JOURNEYDESK_LANG", "en")  # messages in English whatever the machine's locale


@pytest.fixture
def history() -> History:
    """A Document with one blank journey (five stages, six lanes), no file behind it."""
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Shopping"))
    return history


@pytest.fixture
def shop(history: History) -> History:
    """"Shopping" with the cards Ad and Blog (first stage) and Checkout (third), a marker of -1 "slow" in the
    third stage and a link Ad → Blog; then a blank journey "Support"."""
    doc = history.document
    journey = doc.journeys()[0]
    stages, lanes = doc.stages(journey.id), doc.lanes(journey.id)
    for stage, text in ((stages[0], "Ad"), (stages[0], "Blog"), (stages[2], "Checkout")):
        history.do(commands.add_card(doc, stage.id, lanes[1].id, text))
    history.do(commands.add_marker(doc, stages[2].id, -1, label="slow"))
    ad, blog = doc.cell(stages[0].id, lanes[1].id)
    history.do(commands.add_link(doc, ad.id, blog.id))
    history.do(commands.add_journey(doc, "Support"))
    return history


@pytest.fixture(scope="module")
def example():
    """The bundled example project, opened read-only: its Document and the reader of its imported data."""
    from importlib.resources import files

    from journeydesk.store.store import Store

    store = Store.open(str(files("journeydesk.resources") / "example.journey"), read_only=True)
    try:
        yield store.load(), store.data
    finally:
        store.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave the clipboard to Qt before the interpreter tears the app down (see release_clipboard)."""
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from journeydesk.ui.style.application import release_clipboard

        release_clipboard()
