"""Report typography: kinsoku and BudouX line breaks, Latin wrapping at spaces, and the bundled Bold face."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from journeydesk.core.document import Document
from journeydesk.report.build import build_report
from journeydesk.report.fonts import register
from journeydesk.report.linebreak import break_lines
from journeydesk.report.options import ReportOptions
from journeydesk.report.textfit import wrap
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

# Written out here from JIS X 4051 / JLReq, not taken from the code under test.
SMALL_KANA = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
NO_START = SMALL_KANA + "ー" + "」』）】〕］｝〉》)]" + "、。・：，．"
NO_END = "「『（【〔［｛〈《(["
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def chars(text: str) -> float:
    """Every character 10 wide: a line of width 10 n holds n characters."""
    return 10.0 * len(text)


def assert_kinsoku(lines: list[str]) -> None:
    for before, line in itertools.pairwise(lines):
        assert line and line[0] not in NO_START, lines
        assert before and before[-1] not in NO_END, lines


@pytest.mark.parametrize("text", ["プレッシャーを感じる", "ランニングシューズを買う",
                                  "「カスタマー」、「ジャーニー」。"])
@pytest.mark.parametrize("fit", range(4, 10))
def test_no_line_starts_with_small_kana_or_closing_marks(text: str, fit: int) -> None:
    lines, more = break_lines(text, chars, 10 * fit)
    assert not more and "".join(lines) == text
    assert all(chars(line) <= 10 * fit for line in lines)
    assert_kinsoku(lines)


def test_the_reported_breaks_no_longer_happen() -> None:
    pressure, _ = break_lines("強いプレッシャー", chars, 60)
    shoes, _ = break_lines("新しいシューズ", chars, 40)
    assert pressure == ["強いプレッ", "シャー"] and shoes == ["新しい", "シューズ"]


def test_latin_wraps_at_spaces() -> None:
    lines, _ = break_lines("Customer journey map report", chars, 120)
    assert lines == ["Customer", "journey map", "report"]
    lines, _ = break_lines("Checkout abandonment", chars, 50)
    assert lines == ["Check", "out", "aband", "onmen", "t"], "a word longer than a line is cut"


def test_titles_break_at_phrases_and_keep_katakana_words_whole() -> None:
    title = "新しいカスタマージャーニーの設計と改善"
    for fit in range(11, 19):
        lines, _ = break_lines(title, chars, 10 * fit, phrases=True)
        assert "".join(lines) == title
        assert any("カスタマージャーニー" in line for line in lines), lines
    lines, _ = break_lines("カスタマージャーニーマップ ECサイト購入ジャーニー", chars, 140, phrases=True)
    assert lines == ["カスタマージャーニーマップ", "ECサイト購入ジャーニー"], "the space is where it breaks"


SYLLABLE = st.tuples(st.sampled_from("かきくけこさしすせそたちつてとなにぬねのカキクケコシチニヒミリ漢字語"),
                     st.sampled_from(["", "ゃ", "ゅ", "ょ", "っ", "ー", "ャ", "ュ", "ョ", "ッ", "ァ"]))
ITEM = st.one_of(SYLLABLE.map("".join),
                 st.lists(SYLLABLE.map("".join), min_size=1, max_size=2).map(lambda s: "「" + "".join(s)
                                                                             + "」"),
                 SYLLABLE.map(lambda s: "".join(s) + "、"), SYLLABLE.map(lambda s: "".join(s) + "。"),
                 st.just("・"))


@settings(max_examples=300, deadline=None)
@given(st.lists(ITEM, min_size=1, max_size=30).map("".join), st.integers(min_value=7, max_value=30))
def test_any_japanese_text_keeps_the_rules(text: str, fit: int) -> None:
    lines, _ = break_lines(text, chars, 10 * fit)
    assert "".join(lines) == text
    assert all(chars(line) <= 10 * fit for line in lines)
    assert_kinsoku(lines)


def test_card_text_fitting_keeps_the_rules_with_the_real_font() -> None:
    register()
    text = "ランニングシューズのサイズが合うか不安で、プレッシャーを感じる。「送料」が最後に出る。"
    for width in range(40, 140, 7):
        lines, more = wrap(text, 8, width, 20)
        assert not more and "".join(lines) == text
        assert_kinsoku(lines)


# ----- a real report


def bbox_lines(data: bytes, folder: Path) -> list[str]:
    """The text lines pdftotext finds in ``data``, by their positions on the page."""
    pdf = folder / "report.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = ElementTree.fromstring(out)
    return [" ".join(word.text or "" for word in line.iter() if word.tag.endswith("}word"))
            for line in root.iter() if line.tag.endswith("}line")]


def fonts_of_text(data: bytes) -> dict[str, set[str]]:
    """For each font (its name without the subset prefix), the text drawn in it."""
    found: dict[str, set[str]] = {}

    def seen(text: str, cm: object, tm: object, font: object, size: object) -> None:
        if font is not None and text.strip():
            found.setdefault(str(font["/BaseFont"]).split("+")[-1], set()).add(text.strip())

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=seen)
    return found


@pytest.fixture(scope="module")
def japanese_reports(example: tuple[Document, object],
                     tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    document, conn = example
    journey = next(j for j in document.journeys() if j.name == "ECサイト購入ジャーニー")
    made = [build_report(document, conn, ReportOptions(journeys=(journey.id,), language="ja", layout=layout,
                                                       title="カスタマージャーニーマップ "
                                                             "ECサイト購入ジャーニー"))
            for layout in ("auto", "fit", "stages")]
    store = Store.open(create_project(tmp_path_factory.mktemp("ja") / "shop.journey", "ecommerce", "ja"))
    try:
        made.append(build_report(store.load(), store.data, ReportOptions(language="ja")))
    finally:
        store.close()
    return made


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_japanese_line_of_a_report_starts_with_a_forbidden_character(
        japanese_reports: list[bytes], tmp_path: Path) -> None:
    checked = 0
    for data in japanese_reports:
        for line in bbox_lines(data, tmp_path):
            if JAPANESE.search(line):
                checked += 1
                assert line[0] not in NO_START, line
    assert checked > 200


def test_titles_headings_and_table_heads_are_bold_and_body_text_regular(
        japanese_reports: list[bytes]) -> None:
    fonts = fonts_of_text(japanese_reports[0])
    assert set(fonts) == {"BIZUDPGothic-Regular", "BIZUDPGothic-Bold"}
    bold = " ".join(fonts["BIZUDPGothic-Bold"])
    assert "カスタマージャーニーマップ" in bold, "the cover title"
    assert "目次" in bold and "タッチポイント一覧" in bold and "担当者" in bold, "headings and table heads"
    assert "佐藤 美咲" in bold, "the persona's name"
    regular = " ".join(fonts["BIZUDPGothic-Regular"])
    assert "クライアント" in regular and "カスタマージャーニーマップ" in regular, "the running head"


@pytest.mark.parametrize("fit", range(4, 14))
@pytest.mark.parametrize("text", ["デジタル・オンライン", "ショートメッセージ", "カスタマーサービス部",
                                  "受け取りカウンターでアプリのQRコードを提示"])
def test_a_paragraph_never_ends_on_one_japanese_character(text: str, fit: int) -> None:
    lines, cut = break_lines(text, chars, 10 * fit)
    assert not cut and "".join(lines) == text
    assert all(len(line) <= fit for line in lines), lines
    if len(lines) > 1:
        assert len(lines[-1]) >= 2, lines
    assert_kinsoku(lines)


def test_a_word_too_long_for_its_line_breaks_after_its_middle_dot() -> None:
    assert break_lines("デジタル・オンライン", chars, 80, phrases=True)[0] == ["デジタル・", "オンライン"]
    assert break_lines("物理的・オフライン", chars, 80, phrases=True)[0] == ["物理的・", "オフライン"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_line_of_a_japanese_report_is_a_single_character_left_alone(
        japanese_reports: list[bytes], tmp_path: Path) -> None:
    monograms = {"佐"}  # 佐藤 美咲's avatar, a single character by design
    monograms |= {"効", "果"}  # the impact–effort matrix's vertical axis, set upright one character a line
    alone = [line for data in japanese_reports for line in bbox_lines(data, tmp_path)
             if len(line.strip()) == 1 and JAPANESE.match(line.strip()) and line.strip() not in monograms]
    assert alone == []
