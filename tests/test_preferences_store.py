"""Preferences survive a round trip through QSettings and refuse unusable values."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from journeydesk.ui.base.preferences_store import Preferences, load_preferences, save_preferences


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_saved(tmp_path) -> None:
    assert load_preferences(_settings(tmp_path)) == Preferences()


def test_round_trip(tmp_path) -> None:
    chosen = Preferences(language="ja", theme="dark", paper="A3", layout="poster", author="山田 花子",
                         emotion_labels=("最悪", "不満", "普通", "満足", "最高"))
    save_preferences(chosen, _settings(tmp_path))
    assert load_preferences(_settings(tmp_path)) == chosen


def test_unusable_values_fall_back(tmp_path) -> None:
    settings = _settings(tmp_path)
    settings.setValue("preferences/language", "xx")
    settings.setValue("preferences/paper", "B5")
    settings.setValue("preferences/emotion_labels", ["only", "two"])
    settings.sync()
    assert load_preferences(_settings(tmp_path)) == Preferences()
