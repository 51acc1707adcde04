"""The ``metrics`` command: a metric named by its kind, channel data shown per touchpoint, every format."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from channel_survey import RECOMMEND, make
from figures_data import Answer, add_answers, nps

from journeydesk.cli import main
from journeydesk.cli.metrics import BY
from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.figures import BY as FIGURES_BY
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Answer]]:
    return make(tmp_path_factory.mktemp("cli"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["metrics", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _json(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> dict:
    status, out, err = _run(capsys, str(path), *args, "--format", "json")
    assert status == 0, err
    return json.loads(out)


def test_nps_names_the_only_nps_metric_whatever_its_question(survey, capsys) -> None:
    path, answers = survey
    for name in ("NPS", "nps", "Nps"):
        found = _json(capsys, path, "--metric", name, "--by", "all")
        values = [a.value for a in answers if a.metric == RECOMMEND]
        assert found["metric"] == RECOMMEND and found["kind"] == "nps"
        assert found["groups"] == [{"key": "", "label": "All", "value": nps(values), "n": len(values)}]
    assert _json(capsys, path, "--metric", "CSAT", "--by", "all")["metric"] == "Satisfaction"
    assert _json(capsys, path, "--metric", "count", "--by", "all")["groups"][0]["value"] == 1870


def test_several_metrics_of_a_kind_are_listed(tmp_path: Path, capsys) -> None:
    path, _ = make(tmp_path)
    with Store.open(path) as store:
        history = History(store.load(), store)
        history.do(commands.add_journey(history.document, "App"))
        journeys = history.document.journeys()
    add_answers(path, journeys[1].id, [Answer("App NPS", 9)], {"App NPS": "nps"}, name="app")
    status, out, err = _run(capsys, str(path), "--metric", "NPS")
    assert status == 1 and out == ""
    assert err.strip() == (f"journeydesk: There are several metrics of the kind 'NPS': App NPS, {RECOMMEND}. "
                           "Choose one by its name.")
    # Within one journey there is one again.
    one = _json(capsys, path, "--metric", "NPS", "--by", "all", "--journey", journeys[1].name)
    assert (one["metric"], one["groups"][0]["value"]) == ("App NPS", 100.0)
    status, _, err = _run(capsys, str(path), "--metric", "churn")
    assert status == 1 and "There is no metric 'churn'. Metrics: App NPS, Effort," in err


def test_channel_answers_are_shown_per_touchpoint(survey, capsys) -> None:
    path, _ = survey
    groups = {g["label"]: (g["value"], g["n"]) for g in _json(capsys, path, "--metric", "NPS")["groups"]}
    # Live chat 10, 9, 3, 8 → +25; phone 6, 10 → 0; 'Website' (four cards) and 'Kiosk' (none) are left out.
    assert groups == {"Live chat with staff about sizing": (25.0, 4),
                      "Phone support to exchange the size": (0.0, 2), "Cart and checkout form": (100.0, 1),
                      "Order confirmation email": (-100.0, 1)}


def test_by_channel_takes_the_card_channel_for_touchpoint_rows(survey, capsys) -> None:
    path, answers = survey
    found = _json(capsys, path, "--metric", "NPS", "--by", "channel")["groups"]
    # Plain Python: a row's channel, else its card's (the cart is on 'Website', the order email on 'Email'),
    # compared after NFKC and case folding.
    spelled = {"website": "Website", "email": "Email", "live chat": "Live chat",
               "phone support": "Phone support", "kiosk": "Kiosk"}
    card_channels = {"Cart and checkout form": "website", "Order confirmation email": "email"}
    with Store.open(path, read_only=True) as store:
        texts = {c.id: c.text for c in store.load().cards(store.load().journeys()[0].id)}
    grouped: dict[str, list[float]] = defaultdict(list)
    for a in answers:
        if a.metric == RECOMMEND:
            key = unicodedata.normalize("NFKC", a.channel).casefold() or card_channels[texts[a.card_id or ""]]
            grouped[key].append(a.value)
    assert [(g["label"], g["value"], g["n"]) for g in found] == [
        (spelled[key], nps(values), len(values)) for key, values in sorted(grouped.items())]


def test_csv_and_table_show_the_sample_size(survey, capsys) -> None:
    path, _ = survey
    status, out, _ = _run(capsys, str(path), "--metric", "NPS", "--by", "stage", "--format", "csv")
    assert status == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["stage", RECOMMEND, "n"], ["Consideration", "25", "4"], ["Purchase", "0", "2"],
        ["Post-purchase", "0", "2"]]
    status, out, _ = _run(capsys, str(path), "--metric", "nps", "--by", "stage")
    lines = out.splitlines()
    assert status == 0 and lines[0].split()[-1] == "n" and lines[1].split()[-2:] == ["+25.0", "4"]
    assert len({len(line) for line in lines}) == 1


def test_counts_are_exact_in_csv_and_the_table_lines_up_with_japanese(tmp_path: Path, capsys) -> None:
    path = create_project(tmp_path / "s.journey", "ecommerce", "ja")
    with Store.open(path, read_only=True) as store:
        document = store.load()
    journey = document.journeys()[0]
    cards = [c for c in document.cards(journey.id) if c.kind == "touchpoint"][:2]
    add_answers(path, journey.id, [Answer("Sessions", 35944, "2024-03-01", card_id=cards[0].id),
                                   Answer("Sessions", 82498, "2024-03-02", card_id=cards[1].id)],
                {"Sessions": "count"})
    status, out, _ = _run(capsys, str(path), "--metric", "Sessions", "--format", "csv")
    assert status == 0 and "35944," in out and "82498," in out and "e+" not in out
    status, out, _ = _run(capsys, str(path), "--metric", "Sessions")
    table = out.splitlines()
    assert "35,944" in table[1] + table[2] and "82,498" in table[1] + table[2] and ".0" not in out
    widths = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in table}
    assert len(widths) == 1, table


def test_the_command_offers_every_grouping_figures_know() -> None:
    assert BY == FIGURES_BY


def test_one_bad_row_of_a_metrics_file_is_worded_in_the_singular(tmp_path: Path, capsys) -> None:
    project = create_project(tmp_path / "shop.journey", "ecommerce", "en")
    path = tmp_path / "nps.csv"
    path.write_text("Date,Stage,NPS\n2024-03-01,Purchase,9\n2024-03-02,Purchase,abc\n2024-03-03,Purchase,10\n"
                    "2024-03-04,Purchase,7\n", encoding="utf-8")
    status = main(["import-csv", str(project), str(path)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.splitlines()[-2:] == [
        "  Line 3: 'abc' is not a number in column NPS",
        "journeydesk: nps.csv: 1 row has a problem; fix it, or skip it (--skip-bad-rows) to import the rest."]
