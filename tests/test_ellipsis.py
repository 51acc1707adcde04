"""Ellipses are “…” (U+2026) in every message, and English menus draw it on the baseline, not mid-height."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WRONG = ("\u22ef", "...", "\u30fb\u30fb\u30fb", "\u2025", "\uff0e\uff0e\uff0e", "\u3002\u3002\u3002")


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module but its docstrings (those document the code, nobody sees them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_source_strings_use_one_ellipsis_character() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "journeydesk").rglob("*.py"))
             for line, text in _strings(path) if any(wrong in text for wrong in WRONG)]
    assert found == []


def test_catalog_messages_use_one_ellipsis_character() -> None:
    catalogs = sorted((ROOT / "journeydesk" / "translations").glob("*.ts"))
    assert catalogs
    found = []
    for catalog in catalogs:
        for message in ET.parse(catalog).getroot().iter("message"):
            for part in ("source", "translation"):
                text = "".join(message.find(part).itertext()) if message.find(part) is not None else ""
                if any(wrong in text for wrong in WRONG):
                    found.append((catalog.name, text))
    assert found == []


def test_the_catalog_checker_finds_a_wrong_ellipsis(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('"""A docstring may say ... freely."""\nlabel = "Open\u22ef"\nother = f"Save {1}..."\n'
                   'fine = "Close…"\n', encoding="utf-8")
    assert [line for line, text in _strings(bad) if any(w in text for w in WRONG)] == [2, 3]


@pytest.mark.parametrize("text", ["Template…", "&Open…", "Save a Cop&y As…"])
def test_english_text_and_its_ellipsis_are_drawn_in_the_latin_font(qtbot, text: str) -> None:
    """Japanese fonts centre “…” vertically (it then reads as “⋯”): English text must not fall to them."""
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.base.mnemonic import strip_mnemonic
    from journeydesk.ui.style.application import application, install_fonts

    application()
    japanese = install_fonts(QApplication.instance())
    layout = QTextLayout(strip_mnemonic(text), QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert families and japanese not in families, families
