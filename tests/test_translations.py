"""The Japanese catalog: complete and in line with the source, compiled and loaded, and used."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeydesk import cli, i18n
from journeydesk.translations import compile_catalog

ROOT = Path(__file__).resolve().parent.parent
CATALOG = i18n.catalog_path("ja")
# {name}, {0:.1f}, %n, %1, %(name)s, %s and %r: what a translation must keep, and keep intact.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|%\([a-z_]+\)[sr]|%[sr]")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from journeydesk.ui.style.language import install_translators

        install_translators("en")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[ET.ElementTree, list[str]]:
    """The committed catalog after running the update tool over the current source."""
    copy = tmp_path_factory.mktemp("catalog") / CATALOG.name
    shutil.copy(CATALOG, copy)
    problems = _tool().update(copy)
    return ET.parse(copy), problems


def _entries(tree: ET.ElementTree) -> list[tuple[str, str, ET.Element]]:
    return list(_tool().entries(tree))


def test_every_source_string_is_in_the_catalog_and_translated(refreshed) -> None:
    tree, problems = refreshed
    assert problems == []
    tool = _tool()
    missing = [f"[{c}] {s!r}" for c, s, m in _entries(tree) if tool.is_untranslated(m)]
    assert missing == [], ("untranslated; run tools/update_translations.py --list and translate:\n"
                           + "\n".join(missing))


def test_no_catalog_entry_without_a_source_string(refreshed) -> None:
    tree, _ = refreshed
    tool = _tool()
    gone = [f"[{c}] {s!r}" for c, s, m in _entries(tree) if tool.is_gone(m)]
    committed = {(c, s) for c, s, m in _entries(ET.parse(CATALOG)) if not tool.is_gone(m)}
    current = {(c, s) for c, s, m in _entries(tree) if not tool.is_gone(m)}
    assert gone == [], "no longer in the source; run tools/update_translations.py --drop-obsolete"
    assert committed == current


def test_translations_keep_placeholders_and_accelerators() -> None:
    tree = ET.parse(CATALOG)
    wrong = []
    for context, source, message in _entries(tree):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"[{context}] {source!r} → {text!r}")
            if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
                wrong.append(f"[{context}] accelerator lost: {source!r} → {text!r}")
    assert wrong == []


def test_the_update_tool_finds_new_strings_and_marks_vanished_ones(tmp_path: Path) -> None:
    tool = _tool()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text('from journeydesk.i18n import t\nMESSAGE = t("A brand new message")\n'
                                    'BAD = t(f"built {1}")\n', encoding="utf-8")
    messages, problems = tool.python_messages(package)
    assert list(messages) == ["A brand new message"]
    assert problems == ["pkg/mod.py:3: t() needs a string literal"]
    tree = ET.parse(CATALOG)
    tool.merge_python(tree, messages)
    states = {s: (tool.is_untranslated(m), tool.is_gone(m))
              for c, s, m in _entries(tree) if c == i18n.CONTEXT}
    assert states["A brand new message"] == (True, False)
    assert states["Created {path} ({template}, {lang})."] == (False, True)


def test_tsv_round_trip_fills_untranslated_entries(tmp_path: Path) -> None:
    tool = _tool()
    tree = ET.parse(CATALOG)
    tool.merge_python(tree, {"A brand new message": "x.py:1"})
    todo = tmp_path / "todo.tsv"
    assert tool.export_tsv(tree, todo) == 1
    todo.write_text(todo.read_text(encoding="utf-8").rstrip("\n") + "新しいメッセージ\n", encoding="utf-8")
    assert tool.import_tsv(tree, todo) == 1
    assert not any(tool.is_untranslated(m) for _, _, m in _entries(tree))


def test_non_qt_messages_come_from_the_catalog() -> None:
    i18n.set_language("ja")
    assert i18n.t("Cannot open {path}.", path="a.journey") == "a.journey を開けません。"
    assert i18n.t("A message that is not in any catalog") == "A message that is not in any catalog"
    i18n.set_language("fr")
    assert i18n.language() == "en"


@pytest.mark.parametrize(("tag", "expected"), [("ja_JP.UTF-8", "ja"), ("ja", "ja"),
                                               ("Japanese_Japan", "ja"), ("en_GB.UTF-8", "en"),
                                               ("C.UTF-8", "en"), ("de_DE", "en")])
def test_system_language_from_the_environment(monkeypatch, tag: str, expected: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", tag)
    assert i18n.system_language() == expected


def test_qm_builds_and_the_translator_loads_it(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QTranslator

    target = tmp_path / "journeydesk_ja.qm"
    assert compile_catalog(CATALOG, target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "&File") == "ファイル(&F)"
    assert translator.translate("MainWindow", "%n selected", "", 3) == "%n 個を選択中"


def test_preferences_choose_the_language_and_the_command_line_overrides(tmp_path, monkeypatch, qapp) -> None:
    from PySide6.QtCore import QSettings

    from journeydesk.ui.base.preferences_store import Preferences, save_preferences
    from journeydesk.ui.style.language import choose_language

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("JourneyDesk")
    qapp.setApplicationName("JourneyDesk")
    save_preferences(Preferences(language="ja"))
    assert choose_language("") == "ja"
    assert choose_language("en") == "en"
    save_preferences(Preferences(language=""))
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    from PySide6.QtCore import QLocale

    expected = "ja" if QLocale.system().uiLanguages()[0].startswith("ja") else "en"
    assert choose_language("") == expected


def test_japanese_main_window(qtbot, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QDate, QLocale

    from journeydesk.ui.style.language import install_translators
    from journeydesk.ui.window.main_window import MainWindow

    assert install_translators("ja")
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["ファイル(&F)", "編集(&E)", "表示(&V)", "ジャーニー(&J)", "挿入(&I)", "ヘルプ(&H)"]
    assert window.actions_by_name["undo"].text() == "元に戻す(&U)"
    window.selection_label.setText(QCoreApplication.translate("MainWindow", "%n selected", "", 3))
    assert window.selection_label.text() == "3 個を選択中"
    assert QLocale().toString(QDate(2024, 3, 14), QLocale.FormatType.LongFormat) == "2024年3月14日木曜日"
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


def test_cli_error_in_japanese(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing.journey"
    assert cli.main(["--lang", "ja", "info", str(missing)]) == 1
    assert "にファイルがありません" in capsys.readouterr().err
    assert cli.main(["--lang", "en", "info", str(missing)]) == 1
    assert "There is no file at" in capsys.readouterr().err


def test_cli_usage_errors_and_help_in_japanese(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ja", "info"])
    err = capsys.readouterr().err
    assert "使い方：journeydesk info" in err and "エラー：次の引数が必要です：file" in err
    assert cli.main(["--lang", "xx", "info", "a.journey"]) == 1
    assert "--lang must be one of en, ja, not 'xx'." in capsys.readouterr().err


def test_new_project_follows_the_interface_language(tmp_path: Path, capsys) -> None:
    from journeydesk.store.store import Store

    assert cli.main(["--lang", "ja", "new", str(tmp_path / "a.journey")]) == 0
    assert "を作成しました（blank、ja）" in capsys.readouterr().out
    assert cli.main(["--lang", "ja", "new", str(tmp_path / "b.journey"), "--lang", "en"]) == 0
    for name, language in (("a", "ja"), ("b", "en")):
        with Store.open(tmp_path / f"{name}.journey", read_only=True) as store:
            assert store.load().project().language == language


def test_chart_dates_follow_the_interface_language(qapp) -> None:
    from journeydesk.ui.panels.date_axis import DAY, LocaleDateAxis
    from journeydesk.ui.style.language import install_translators

    march_first = 1_709_251_200  # 2024-03-01 00:00 UTC
    axis = LocaleDateAxis()
    assert axis.tickStrings([march_first], 1, DAY) == ["Mar 1"]
    install_translators("ja")
    assert axis.tickStrings([march_first], 1, DAY) == ["3月1日"]
    assert axis.tickStrings([march_first], 1, 400 * DAY) == ["2024年"]


def test_contexts_qt_cannot_find_at_run_time_are_reported(tmp_path: Path) -> None:
    tool = _tool()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "ui.py").write_text('class Panel:\n    def f(self, window):\n        return window.tr("Hi")\n'
                                   'LABEL = QT_TRANSLATE_NOOP("look", "Card")\n', encoding="utf-8")
    tree = ET.fromstring('<TS><context><name>Panel</name><message><source>A</source>'
                         '<translation>あ</translation></message></context>'
                         '<context><name>look</name><message><source>Card</source>'
                         '<translation>カード</translation></message></context>'
                         '<context><name>window</name><message><source>Hi</source>'
                         '<translation>やあ</translation></message></context></TS>')
    problems = tool.context_problems(ET.ElementTree(tree), package)
    assert len(problems) == 1 and problems[0].startswith("context 'window' ('Hi')")


def test_japanese_colons_are_full_width_except_after_an_accelerator() -> None:
    """“解像度：” and “セクション：”, but “ロゴ(&G):” as Japanese Windows labels write it."""
    wrong = []
    for context, source, message in _entries(ET.parse(CATALOG)):
        text = message.find("translation").text or ""
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff）] ?:", text):
            wrong.append(f"[{context}] {source!r} → {text!r}")
        if re.search(r"\(&\w\)：", text):
            wrong.append(f"[{context}] accelerator label with a full-width colon: {text!r}")
    assert wrong == []


def test_japanese_wording_of_tags_scales_and_joins() -> None:
    i18n.set_language("ja")
    from journeydesk.core.enums import CardKind, Category, Mode
    from journeydesk.core.model import Card
    from journeydesk.report.cards import card_tag

    pain = Card(id="p", journey_id="j", stage_id="s", lane_id="l", kind=CardKind.PAIN_POINT, text="x",
                frequency=4, severity=5)
    touch = Card(id="t", journey_id="j", stage_id="s", lane_id="l", kind=CardKind.TOUCHPOINT, text="x",
                 category=Category.HUMAN, mode=Mode.ONLINE)
    assert card_tag(pain) == "頻度4・深刻度5"
    assert card_tag(touch) == "対人・オンライン"
    tree = ET.parse(CATALOG)
    texts = {(context, source): message.find("translation").text
             for context, source, message in _entries(tree)}
    assert texts["Inspector", "−2 Very negative"] == "−2 とてもネガティブ"
    assert texts["Inspector", "Physical"] == "物理的"
    assert texts["panel", "{tip} ({keys})"] == "{tip} ({keys})"
    assert not [text for text in texts.values() if text and " · " in text
                and re.search(r"[\u3040-\u9fff]", text)]


def test_cli_help_headings_in_japanese_end_with_a_full_width_colon(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ja", "info", "--help"])
    out = capsys.readouterr().out
    assert "\n位置引数：\n" in out and "\nオプション：\n" in out
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "info", "--help"])
    assert "\noptions:\n" in capsys.readouterr().out
