"""Action and label texts without their mnemonic marker, as a person reads them."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction


def strip_mnemonic(text: str) -> str:
    """``text`` without its mnemonic marker: “&Undo”, “開く(&O)…” and “ロゴ(&G):” read “Undo”, “開く…”,
    “ロゴ:”.

    A bracketed marker goes wherever it stands (with the space before it); a lone “&” goes, “&&” reads “&”.
    """
    text = re.sub(r"\s*\(&\w\)", "", text)
    return re.sub(r"&(.?)", r"\1", text)


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic marker (“&Undo” and “元に戻す(&U)” read “Undo”, “元に戻す”)."""
    return strip_mnemonic(action.text())
