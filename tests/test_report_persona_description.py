"""The persona page prints the description in full and leaves out what was not said."""

from __future__ import annotations

import subprocess

import pytest

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions

# Long enough to fill several lines at any sensible width, each sentence distinct so a cut shows.
SENTENCES = [f"Sentence {n} of the description says something only it says (marker Q{n:02d}Z)."
             for n in range(1, 31)]
DESCRIPTION = " ".join(SENTENCES[:15]) + "\n" + " ".join(SENTENCES[15:])
JA_DESCRIPTION = "横浜市で小さなパン屋を営む。" * 20 + "最後の一文はここで終わる。"
FIRST_TIME_WORDS = ("first-time", "First-time", "returning", "初回利用の顧客", "リピーター")
DASHES = {"-", "–", "—"}


def _pdf(tmp_path, language: str, description: str, **values: object) -> list[str]:
    document = Document()
    history = History(document)
    history.do(commands.add_template(document, "ecommerce", language))
    journey = document.journeys()[0]
    history.do(commands.add_persona(document, "Mia Lang", assign_to=journey.id, description=description,
                                    **values))
    data = build_report(document, None, ReportOptions(sections=("personas",), language=language))
    path = tmp_path / f"personas-{language}.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.splitlines()


def _joined(lines: list[str]) -> str:
    return "".join("".join(lines).split())


def test_a_long_description_is_printed_in_full(tmp_path) -> None:
    lines = _pdf(tmp_path, "en", DESCRIPTION, role="Baker", goals=("Order before six",))
    text = _joined(lines)
    for sentence in SENTENCES:
        assert "".join(sentence.split()) in text
    assert "…" not in "\n".join(lines)
    assert sum(1 for line in lines if "(marker Q" in line) >= 6  # wrapped over lines, not cut to one


def test_a_japanese_description_is_printed_in_full(tmp_path) -> None:
    text = _joined(_pdf(tmp_path, "ja", JA_DESCRIPTION))
    assert text.count("パン屋を営む") == 20 and "最後の一文はここで終わる。" in text


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_unset_first_time_and_empty_lists_print_nothing(tmp_path, language: str) -> None:
    lines = _pdf(tmp_path, language, "Short.", goals=("Order before six",))
    page = "\n".join(lines)
    assert not any(word in page for word in FIRST_TIME_WORDS)
    assert not any(line.strip() in DASHES for line in lines)
    for title in ("Needs", "Frustrations", "Channels", "ニーズ", "不満", "チャネル"):
        assert title not in page
    assert "Order before six" in page


@pytest.mark.parametrize(("first_time", "en", "ja"), [(True, "first-time customer", "初回利用の顧客"),
                                                      (False, "returning customer", "リピーター")])
def test_a_chosen_first_time_is_printed(tmp_path, first_time: bool, en: str, ja: str) -> None:
    assert en in "\n".join(_pdf(tmp_path, "en", "", first_time=first_time))
    assert ja in "\n".join(_pdf(tmp_path, "ja", "", first_time=first_time))
