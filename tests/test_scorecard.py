"""KPIs against their targets: current values from the data (expected values computed here by hand from the
answers), every status, and the ``scorecard`` and ``kpi`` commands in every format."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from figures_data import Answer, add_answers, csat, nps, two_touchpoints

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.enums import KpiDirection
from journeydesk.core.history import History
from journeydesk.figures import KpiStatus, kpi_status, scorecard
from journeydesk.store.store import Store

RECOMMEND = "Would you recommend the shop?"
LOOK_NPS = [10, 9, 7, 3, 10]  # on the Web card (stage Look)
WEB_CHANNEL_NPS = [8]  # keyed by the channel "web": the Web card's, so Look's
PAY_NPS = [9, 6, 6, 10]  # keyed by the stage Pay
TILL_CSAT = [5, 4, 2]  # on the Till card (stage Pay)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.journey"
    doc, journey_id, web, till = two_touchpoints(path)
    look, pay = doc.stages(journey_id)
    answers = ([Answer(RECOMMEND, v, "2024-04-01", card_id=web.id) for v in LOOK_NPS]
               + [Answer(RECOMMEND, v, "2024-04-02", channel="web") for v in WEB_CHANNEL_NPS]
               + [Answer(RECOMMEND, v, "2024-04-03", stage_id=pay.id) for v in PAY_NPS]
               + [Answer("Satisfaction", v, "2024-04-03", card_id=till.id) for v in TILL_CSAT])
    add_answers(path, journey_id, answers, {RECOMMEND: "nps", "Satisfaction": "csat"})
    with Store.open(path) as store:
        history = History(store.load(), store)
        d = history.document
        history.do(commands.set_kpi(d, journey_id, "NPS overall", metric="NPS", baseline=0, target=40,
                                    owner="CX lead", data_source="Post-visit survey"))
        history.do(commands.set_kpi(d, journey_id, "Browsing NPS", stage_id=look.id, metric=RECOMMEND,
                                    target=30))
        history.do(commands.set_kpi(d, journey_id, "Effort", stage_id=look.id, metric="Effort", target=3,
                                    direction="down"))
        history.do(commands.set_kpi(d, journey_id, "Till CSAT", stage_id=pay.id, metric="CSAT", baseline=60,
                                    target=70, owner="Store ops"))
        history.do(commands.set_kpi(d, journey_id, "Refund rate", stage_id=pay.id, value=4, target=5,
                                    direction="down"))
        history.do(commands.set_kpi(d, journey_id, "Queue minutes", stage_id=pay.id, target=2,
                                    direction="down"))
    return path


# Hand-computed: the journey's NPS over all its answers, Look's over the Web card's and the web channel's.
ALL_NPS = nps(LOOK_NPS + WEB_CHANNEL_NPS + PAY_NPS)  # 5 promoters, 3 detractors of 10: +20
BROWSING_NPS = nps(LOOK_NPS + WEB_CHANNEL_NPS)  # 3 promoters, 1 detractor of 6: +33.3
TILL = csat(TILL_CSAT)  # 2 of 3 satisfied: 66.7 %
EXPECTED = [
    # (stage, name, current, n, status)
    (None, "NPS overall", ALL_NPS, 10, KpiStatus.OFF_TARGET),  # +20 < 40
    ("Look", "Browsing NPS", BROWSING_NPS, 6, KpiStatus.ON_TARGET),  # +33.3 ≥ 30
    ("Look", "Effort", None, None, KpiStatus.NO_DATA),  # no such metric
    ("Pay", "Till CSAT", TILL, 3, KpiStatus.OFF_TARGET),  # 66.7 < 70
    ("Pay", "Refund rate", 4.0, None, KpiStatus.ON_TARGET),  # typed 4 ≤ 5, lower is better
    ("Pay", "Queue minutes", None, None, KpiStatus.NO_DATA),  # neither metric nor value
]


def test_hand_computed_values_are_what_the_fixture_says() -> None:
    assert (ALL_NPS, round(BROWSING_NPS, 1), round(TILL, 1)) == (20.0, 33.3, 66.7)


def test_the_status_rule() -> None:
    up, down = KpiDirection.UP, KpiDirection.DOWN
    assert kpi_status(30, 30, up) == KpiStatus.ON_TARGET  # reaching the target counts
    assert kpi_status(29.9, 30, up) == KpiStatus.OFF_TARGET
    assert kpi_status(3, 3, down) == KpiStatus.ON_TARGET
    assert kpi_status(3.1, 3, down) == KpiStatus.OFF_TARGET
    assert kpi_status(None, 3, down) == KpiStatus.NO_DATA
    assert kpi_status(5, None, up) == KpiStatus.NO_DATA


def test_the_scorecard_computes_each_kpi_from_the_data(shop: Path) -> None:
    with Store.open(shop, read_only=True) as store:
        doc = store.load()
        rows = scorecard(doc, store.data, doc.journeys()[0].id)
    found = [(f.stage.name if f.stage else None, f.kpi.name, f.current, f.n, f.status) for f in rows]
    assert [row[:2] for row in found] == [row[:2] for row in EXPECTED]
    for got, want in zip(found, EXPECTED, strict=True):
        assert got[2] == pytest.approx(want[2]) and got[3:] == want[3:], want[1]
    effort = rows[2]
    assert effort.problem.startswith("There is no metric 'Effort'.")
    assert rows[0].metric == RECOMMEND  # "NPS" named the only NPS metric


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_scorecard_json(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "scorecard", str(shop), "--format", "json")
    assert status == 0, err
    kpis = json.loads(out)["kpis"]
    assert [(k["stage"], k["name"], k["n"], k["status"]) for k in kpis] == [
        (stage, name, n, status.value) for stage, name, _, n, status in EXPECTED]
    for got, (_, _, current, _, _) in zip(kpis, EXPECTED, strict=True):
        assert got["current"] == pytest.approx(current)
    first = kpis[0]
    assert (first["journey"], first["metric"], first["kind"], first["baseline"], first["target"],
            first["direction"], first["owner"], first["data_source"]) == ("Shop", RECOMMEND, "nps", 0, 40,
                                                                          "up", "CX lead",
                                                      "Post-visit survey")
    assert kpis[2]["problem"].startswith("There is no metric 'Effort'.") and kpis[1]["problem"] is None


def test_scorecard_csv_has_the_json_keys_as_columns(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "scorecard", str(shop), "--format", "csv", "--journey", "Shop")
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    keys = ["journey", "stage", "name", "metric", "kind", "current", "n", "baseline", "target", "direction",
            "status", "owner", "data_source", "problem"]
    assert rows[0] == keys
    assert list(json.loads(_run(capsys, "scorecard", str(shop), "--format", "json")[1])["kpis"][0]) == keys
    assert rows[1] == ["Shop", "", "NPS overall", RECOMMEND, "nps", "20", "10", "0", "40", "up", "off_target",
                       "CX lead", "Post-visit survey", ""]
    assert rows[3][2:5] == ["Effort", "Effort", ""] and rows[3][13].startswith("There is no metric 'Effort'.")
    assert rows[4][2:] == ["Till CSAT", "Satisfaction", "csat", f"{TILL:.15g}", "3", "60", "70", "up",
                           "off_target", "Store ops", "", ""]
    assert rows[5][2:11] == ["Refund rate", "", "", "4", "", "", "5", "down", "on_target"]
    assert rows[6][5:7] == ["", ""] and rows[6][10] == "no_data"


def test_scorecard_table(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "scorecard", str(shop))
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Shop"
    assert lines[1].split() == ["stage", "KPI", "current", "baseline", "target", "better", "status", "owner"]
    assert lines[2].split() == ["(whole", "journey)", "NPS", "overall", "+20.0", "(n=10)", "+0.0", "+40.0",
                                "↑", "off", "target", "CX", "lead"]
    assert "+33.3 (n=6)" in lines[3] and lines[3].rstrip().endswith("on target")
    assert lines[4].split()[:2] == ["Look", "Effort"] and "no data" in lines[4]
    assert lines[5].strip().startswith("There is no metric 'Effort'.")
    assert "66.7 % (n=3)" in lines[6] and "60.0 %" in lines[6] and "70.0 %" in lines[6]
    assert lines[7].split()[:5] == ["Pay", "Refund", "rate", "4", "–"] and "↓" in lines[7]


def test_scorecard_in_japanese(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--lang", "ja", "scorecard", str(shop))
    assert status == 0
    assert "目標未達" in out and "目標達成" in out and "データなし" in out


def test_kpi_command_adds_updates_and_deletes(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "kpi", str(shop), "--journey", "Shop", "--stage", "pay", "--name",
                            "Pay NPS", "--metric", "nps", "--baseline", "0", "--target", "25", "--owner",
                            "Checkout team")
    assert status == 0, err
    pay = nps(PAY_NPS)  # 2 promoters, 2 detractors of 4: 0
    assert out.strip() == (
        f"Added the KPI “Pay NPS” to the stage “Pay” of “Shop”. Now {pay:+.1f} against a target "
                           "of +25.0 (higher is better): off target.")
    status, out, err = _run(capsys, "kpi", str(shop), "--journey", "Shop", "--stage", "Pay", "--name",
                            "pay nps", "--target", "-5")
    assert status == 0, err
    assert out.strip().endswith("Now +0.0 against a target of -5.0 (higher is better): on target.")
    assert out.startswith("Changed the KPI “Pay NPS” of the stage “Pay” of “Shop”.")
    kpis = json.loads(_run(capsys, "scorecard", str(shop), "--format", "json")[1])["kpis"]
    added = next(k for k in kpis if k["name"] == "Pay NPS")
    assert (added["metric"], added["baseline"], added["target"], added["owner"]) == (RECOMMEND, 0, -5,
                                                                                     "Checkout team")
    status, out, _ = _run(capsys, "kpi", str(shop), "--journey", "Shop", "--name", "Conversion", "--value",
                          "2.5", "--target", "3")
    assert status == 0 and out.startswith("Added the KPI “Conversion” to the journey “Shop”.")
    status, out, _ = _run(capsys, "kpi", str(shop), "--journey", "Shop", "--stage", "Pay", "--name",
                          "Pay NPS", "--delete")
    assert status == 0 and out.strip() == "Deleted the KPI “Pay NPS”."
    names = [k["name"] for k in json.loads(_run(capsys, "scorecard", str(shop), "--format",
                                                "json")[1])["kpis"]]
    assert "Pay NPS" not in names and names[1] == "Conversion"


@pytest.mark.parametrize(("args", "message"), [
    (["--stage", "Pay", "--name", "New", "--metric", "NPS"],
     "A new KPI needs --target and either --metric or --value."),
    (["--stage", "Checkout", "--name", "X", "--value", "1", "--target", "2"], "There is no stage named "
     "'Checkout'. Stages: Look, Pay."),
    (["--name", "X", "--metric", "Churn", "--target", "2"], "There is no metric 'Churn'. Metrics: "
                                                            "Satisfaction, "
     f"{RECOMMEND}."),
    (["--name", "X", "--value", "nan", "--target", "2"], "The KPI was not saved: The value of the KPI “X” "
     "must be a number, not nan."),
    (["--name", "Nope", "--delete"], "There is no KPI named “Nope” in the journey “Shop”."),
    (["--stage", "Look", "--name", "Till CSAT", "--delete"], "There is no KPI named “Till CSAT” in the stage "
     "“Look” of “Shop”."),
])
def test_kpi_command_refusals(shop: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                              message: str) -> None:
    before = shop.read_bytes()
    status, out, err = _run(capsys, "kpi", str(shop), "--journey", "Shop", *args)
    assert (status, out) == (1, "")
    assert err.strip() == f"journeydesk: {message}"
    with Store.open(shop, read_only=True) as store:
        assert len(store.load().all(__import__("journeydesk.core.model", fromlist=["Kpi"]).Kpi)) == 6
    assert before


@pytest.fixture
def three_journeys(shop: Path) -> Path:
    """The shop, and two more journeys: "Home" with answers of "Delivery rating" (5 and 4 on its stage Visit),
    and "Returns" with no data."""
    with Store.open(shop) as store:
        history = History(store.load(), store)
        history.do(commands.add_journey(history.document, "Home", stage_names=("Visit",)))
        history.do(commands.add_journey(history.document, "Returns", stage_names=("Ask", "Send")))
        home = next(j for j in history.document.journeys() if j.name == "Home")
        visit = history.document.stages(home.id)[0]
    add_answers(shop, home.id, [Answer("Delivery rating", v, "2024-04-05", stage_id=visit.id)
                                for v in (5, 4)],
                {"Delivery rating": "csat"}, name="home")
    return shop


RETURNS_EMPTY = "The journey “Returns” has no imported data yet: import a CSV file into it first."
RETURNS_EMPTY_JA = ("ジャーニー「Returns」には取り込んだデータがまだありません。先に CSV "
                    "ファイルを取り込んでください。")
PROJECT_EMPTY = "The project has no imported data yet: import a CSV file first."


def test_a_kpi_of_a_journey_without_data_says_the_journey_has_none(three_journeys: Path, capsys) -> None:
    status, out, err = _run(capsys, "kpi", str(three_journeys), "--journey", "Returns", "--name",
                            "Returns NPS", "--metric", "NPS", "--target", "30")
    assert status == 0, err
    assert out.splitlines() == [
        "Added the KPI “Returns NPS” to the journey “Returns”. Now – against a target of 30 (higher is "
        "better): no data.", RETURNS_EMPTY]

    status, out, err = _run(capsys, "scorecard", str(three_journeys), "--journey", "Returns")
    assert status == 0, err
    assert out.splitlines()[2:] == [
        "  (whole journey)  Returns NPS        –         –      30  ↑       no data",
                                    f"    {RETURNS_EMPTY}"]
    kpi = json.loads(_run(capsys, "scorecard", str(three_journeys), "--journey", "Returns", "--format",
                          "json")[1])["kpis"][0]
    # "NPS": the project's only NPS metric
    assert (kpi["metric"], kpi["problem"]) == (RECOMMEND, RETURNS_EMPTY)
    out = _run(capsys, "--lang", "ja", "scorecard", str(three_journeys), "--journey", "Returns")[1]
    assert out.splitlines()[-1] == f"    {RETURNS_EMPTY_JA}"


def test_a_metric_of_another_journey_is_accepted_and_its_absence_here_said(three_journeys: Path,
                                                                           capsys) -> None:
    status, out, err = _run(capsys, "kpi", str(three_journeys), "--journey", "Shop", "--name", "Delivery",
                            "--metric", "Delivery rating", "--target", "80")
    assert status == 0, err
    assert out.splitlines()[1] == f"There is no metric 'Delivery rating'. Metrics: Satisfaction, {RECOMMEND}."


def test_a_metric_unknown_to_the_project_is_refused_in_every_journey(three_journeys: Path, capsys) -> None:
    for journey in ("Shop", "Returns"):
        status, out, err = _run(capsys, "kpi", str(three_journeys), "--journey", journey, "--name", "X",
                                "--metric", "Churn", "--target", "2")
        assert (status, out) == (1, ""), journey
        assert err.strip() == (f"journeydesk: There is no metric 'Churn'. Metrics: Delivery rating, "
                               f"Satisfaction, {RECOMMEND}.")


def test_without_any_data_a_metric_is_accepted_with_a_note(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.journey"
    two_touchpoints(path)
    status, out, err = _run(capsys, "kpi", str(path), "--journey", "Shop", "--name", "Churn", "--metric",
                            "Churn", "--target", "2", "--direction", "down")
    assert status == 0, err
    assert out.splitlines() == [
        "Added the KPI “Churn” to the journey “Shop”. Now – against a target of 2 (lower is better): no "
        "data.",
        "Note: the project has no imported data yet, so the KPI's status is “no data” until a CSV file with "
        "the metric “Churn” is imported."]
    kpi = json.loads(_run(capsys, "scorecard", str(path), "--format", "json")[1])["kpis"][0]
    assert (kpi["metric"], kpi["status"], kpi["problem"]) == ("Churn", "no_data", PROJECT_EMPTY)


def test_typed_values_line_up_with_the_decimals_of_the_current_value(shop: Path, capsys) -> None:
    status, out, err = _run(capsys, "kpi", str(shop), "--journey", "Shop", "--name", "Conversion (%)",
                            "--value", "2.1", "--baseline", "1.8", "--target", "2")
    assert status == 0, err
    assert out.strip().endswith("Now 2.10 against a target of 2.00 (higher is better): on target.")
    out = _run(capsys, "scorecard", str(shop))[1]
    line = next(line for line in out.splitlines() if "Conversion (%)" in line)
    assert line.split()[4:7] == ["2.10", "1.80", "2.00"]
    # Whole numbers stay whole: Refund rate is 4 against a target of 5.
    line = next(line for line in out.splitlines() if "Refund rate" in line)
    assert line.split()[3:6] == ["4", "–", "5"], line


def test_the_readme_kpi_walkthrough_prints_what_it_shows(tmp_path: Path, capsys, monkeypatch) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("a new journey KPI is added:\n\n```\n", 1)[1].split("```", 1)[0]
    shutil.copy(Path(__file__).resolve().parents[1] / "resources" / "example.journey",
                tmp_path / "example.journey")
    monkeypatch.chdir(tmp_path)
    steps = re.split(r"^\$ ", block.replace("\\\n", " "), flags=re.M)[1:]
    assert len(steps) == 3
    for step in steps:
        command, _, shown = step.partition("\n")
        args = shlex.split(command)
        assert args[0] == "journeydesk"
        assert main(args[1:]) == 0
        assert capsys.readouterr().out == shown, command
