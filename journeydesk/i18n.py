"""The message catalog for the parts without Qt (core, store, CLI, report): lookup and language."""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "ja")
CATALOG_DIR = Path(__file__).resolve().parent / "translations"
# The context of the non-Qt messages inside journeydesk_<lang>.ts; the Qt contexts sit beside it.
CONTEXT = "journeydesk"

_catalogs: dict[str, dict[str, str]] = {"en": {}}
_language = "en"
_this_thread = threading.local()  # a language chosen for one piece of work on one thread


def catalog_path(language: str) -> Path:
    return CATALOG_DIR / f"journeydesk_{language}.ts"


def read_catalog(path: Path, context: str = CONTEXT) -> dict[str, str]:
    """The translated messages of ``context`` in a Qt ``.ts`` file (unfinished or vanished ones left out)."""
    messages: dict[str, str] = {}
    for node in ET.parse(path).getroot().iter("context"):
        if node.findtext("name") != context:
            continue
        for message in node.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete", "unfinished"):
                continue
            if translation.text:
                messages[message.findtext("source") or ""] = translation.text
    return messages


def _catalog(language: str) -> dict[str, str]:
    if language not in _catalogs:
        path = catalog_path(language)
        _catalogs[language] = read_catalog(path) if path.exists() else {}
    return _catalogs[language]


def system_language() -> str:
    """The language of the user's locale, from the usual environment variables or the OS default."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return _supported(value)
    return _supported(locale.getlocale()[0] or "")


def _supported(tag: str) -> str:
    """``ja`` for ``ja_JP.UTF-8``, ``ja-JP`` or Windows' ``Japanese_Japan``; otherwise English."""
    lowered = tag.lower()
    return "ja" if lowered.startswith(("ja", "japanese")) else "en"


def set_language(language: str) -> None:
    """Choose the language of messages; unknown languages fall back to English."""
    global _language
    _language = language if language in LANGUAGES else "en"


def language() -> str:
    return getattr(_this_thread, "language", None) or _language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Messages made on this thread inside the block are in ``language`` (a report in its project's)."""
    previous = getattr(_this_thread, "language", None)
    _this_thread.language = language if language in LANGUAGES else "en"
    try:
        yield
    finally:
        _this_thread.language = previous


def n_(message: str) -> str:
    """Marks a message for the catalog where it is defined; translate it with ``t`` where it is shown."""
    return message


def t(message: str, /, **values: object) -> str:
    """The message in the current language, with ``{name}`` fields filled from ``values``."""
    chosen = language()
    text = _catalog(chosen).get(message, message) if chosen != "en" else message
    return text.format(**values) if values else text
