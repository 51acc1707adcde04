"""The message catalog for the parts without Qt (core, store, CLI, report): lookup and language."""

from __future__ import annotations

_CATALOGS: dict[str, dict[str, str]] = {"en": {}, "ja": {}}
_language = "en"


def set_language(language: str) -> None:
    """Choose the language of messages; unknown languages fall back to English."""
    global _language
    _language = language if language in _CATALOGS else "en"


def language() -> str:
    return _language


def t(message: str, /, **values: object) -> str:
    """The message in the current language, with ``{name}`` fields filled from ``values``."""
    text = _CATALOGS[_language].get(message, message)
    return text.format(**values) if values else text
