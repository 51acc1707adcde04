"""The user's preferences as one value, read from and written to QSettings."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from journeydesk.report.options import LAYOUTS

LANGUAGES: tuple[str, ...] = ("", "en", "ja")  # "" follows the system locale
THEMES: tuple[str, ...] = ("system", "light", "dark")
PAPERS: tuple[str, ...] = ("A4", "A3", "Letter", "Tabloid")
_CHOICES = {"language": LANGUAGES, "theme": THEMES, "paper": PAPERS, "layout": LAYOUTS}


@dataclass(frozen=True, slots=True)
class Preferences:
    """``emotion_labels`` holds five labels for −2…+2; empty means the built-in labels."""

    language: str = ""
    theme: str = "system"
    paper: str = "A4"
    layout: str = "auto"
    author: str = ""
    emotion_labels: tuple[str, ...] = ()


def _key(name: str) -> str:
    return f"preferences/{name}"


def load_preferences(settings: QSettings | None = None) -> Preferences:
    """The saved preferences; a missing or unusable value falls back to its default."""
    settings = settings or QSettings()
    default = Preferences()
    values: dict[str, object] = {}
    for item in fields(Preferences):
        value = settings.value(_key(item.name), getattr(default, item.name))
        if item.name == "emotion_labels":
            labels = tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()
            value = labels if len(labels) == 5 else ()
        elif not isinstance(value, str) or value not in _CHOICES.get(item.name, (value,)):
            value = getattr(default, item.name)
        values[item.name] = value
    return Preferences(**values)


def save_preferences(preferences: Preferences, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    for item in fields(Preferences):
        value = getattr(preferences, item.name)
        settings.setValue(_key(item.name), list(value) if isinstance(value, tuple) else value)
    settings.sync()


# The View menu's checkable ways of looking (“show_assumptions”) are kept apart from the Preferences dialog's
# choices, which that dialog writes all at once.


def load_view_option(name: str, settings: QSettings | None = None) -> bool:
    """Whether the View menu's option ``name`` was on when last used; off when never set or unreadable."""
    value = (settings or QSettings()).value(f"view/{name}", False)
    return value is True or (isinstance(value, str) and value.lower() == "true")


def save_view_option(name: str, on: bool, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(f"view/{name}", on)
    settings.sync()
