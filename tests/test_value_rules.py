"""Value rules hold for edits and for files: over-long texts, wrong kinds of value, places out of range."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from journeydesk.core.document import Change, Edit, EditRefused
from journeydesk.core.model import Card, Persona
from journeydesk.store.store import Store, StoreError
from tests.test_bad_files import make_project, run_sql

LIMIT = 20_000  # characters in one text, as the file format documents it


def _loaded(path: Path):
    with Store.open(path) as store:
        return store.load()


@pytest.mark.parametrize("change", [
    lambda card: replace(card, text="x" * (LIMIT + 1)),
    lambda card: replace(card, position=-1),
    lambda card: replace(card, position="3"),
    lambda card: replace(card, severity=9),
])
def test_an_edit_breaking_a_rule_is_refused(tmp_path: Path, change) -> None:
    document = _loaded(make_project(tmp_path))
    card = document.cards(document.journeys()[0].id)[0]
    with pytest.raises(EditRefused):
        document.check(Edit("bad", (Change(card, change(card)),)))
    document.check(Edit("fine", (Change(card, replace(card, text="x" * LIMIT)),)))


def test_a_list_of_texts_is_held_to_the_limit_item_by_item(tmp_path: Path) -> None:
    document = _loaded(make_project(tmp_path))
    persona = Persona("p1", name="Emma", goals=("short", "y" * (LIMIT + 1)))
    with pytest.raises(EditRefused, match="goals"):
        document.check(Edit("add", (Change(None, persona),)))


@pytest.mark.parametrize(("statement", "words"), [
    (f"UPDATE cards SET text = printf('%.{LIMIT + 1}c', 'x') WHERE rowid = 1", "characters long"),
    ("UPDATE cards SET kind = 'sticker' WHERE rowid = 1", "sticker"),
    ("UPDATE cards SET position = -5 WHERE rowid = 1", "position"),
])
def test_a_file_breaking_a_rule_is_reported_damaged_on_opening(tmp_path: Path, statement: str,
                                                               words: str) -> None:
    path = make_project(tmp_path)
    run_sql(path, statement)
    with pytest.raises(StoreError, match="damaged") as refused:
        _loaded(path)
    assert words in str(refused.value)


def test_a_sound_file_loads_every_card(tmp_path: Path) -> None:
    path = make_project(tmp_path)
    document = _loaded(path)
    cards = document.cards(document.journeys()[0].id)
    assert cards and all(isinstance(c, Card) and isinstance(c.position, int) for c in cards)
