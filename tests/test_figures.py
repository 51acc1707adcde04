"""Figures by touchpoint, stage, channel, segment and period, the funnel and measured emotion, checked against
values computed by hand or in plain Python from the answers the project holds."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from channel_survey import CART, ORDER_EMAIL, RECOMMEND, card_named, make
from figures_data import Answer, add_answers, csat, mean, nps

from journeydesk.core.enums import MetricKind
from journeydesk.core.model import Lane, Stage
from journeydesk.figures import (
    emotion_comparison,
    figures,
    format_value,
    funnel,
    journey_figures,
    over_time,
    resolve_metric,
    trends,
)
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory):
    path, answers = make(tmp_path_factory.mktemp("channels"))
    store = Store.open(path, read_only=True)
    try:
        yield store.load(), store.data, answers
    finally:
        store.close()


def _values(answers: list[Answer], metric: str, keep) -> list[float]:
    return [a.value for a in answers if a.metric == metric and keep(a)]


# ----- channels and touchpoints


def test_answers_keyed_by_channel_count_for_the_only_touchpoint_of_that_channel(project) -> None:
    document, data, _answers = project
    journey = document.journeys()[0]
    metric, kind, rows = figures(document, data, "NPS", "touchpoint", journey.id)
    assert (metric, kind) == (RECOMMEND, MetricKind.NPS)
    shown = {row.label: (row.value, row.n) for row in rows}
    # Live chat: 10, 9, 3 and the full-width 'ＬＩＶＥ ＣＨＡＴ' 8 → 2 promoters, 1 detractor of 4 → +25.
    assert shown["Live chat with staff about sizing"] == (25.0, 4)
    # Phone support (any case): 6, 10 → 0. The cart and the order email have their own rows.
    assert shown["Phone support to exchange the size"] == (0.0, 2)
    assert shown[CART] == (100.0, 1) and shown[ORDER_EMAIL] == (-100.0, 1)
    # 'Website' belongs to four cards and 'Kiosk' to none: neither is shown per touchpoint.
    assert len(shown) == 4
    order = sorted((card_named(document, label) for label in shown),
                   key=lambda c: (document.get(Stage, c.stage_id).position,
                                  document.get(Lane, c.lane_id).position, c.position))
    assert [row.label for row in rows] == [c.text for c in order]


def test_by_channel_uses_the_card_channel_for_rows_with_only_a_touchpoint(project) -> None:
    document, data, answers = project
    _, _, rows = figures(document, data, RECOMMEND, "channel")
    # Website: 9, 9 from the data and the cart's 10 (its card's channel) → +100 of 3; Email: the order email's
    # 2.
    assert [(row.label, row.value, row.n) for row in rows] == [
        ("Email", -100.0, 1), ("Kiosk", 0.0, 1), ("Live chat", 25.0, 4), ("Phone support", 0.0, 2),
        ("Website", 100.0, 3)]
    assert sum(row.n for row in rows) == len(_values(answers, RECOMMEND, lambda a: True))


def test_stages_take_rows_through_their_touchpoint_or_channel(project) -> None:
    document, data, _answers = project
    _, _, rows = figures(document, data, "nps", "stage", document.journeys()[0].id)
    # Consideration: the live chat (25 of 4); Purchase: cart 10 and order email 2 → 0; Post-purchase: phone 6,
    # 10.
    assert [(row.label, row.value, row.n) for row in rows] == [
        ("Consideration", 25.0, 4), ("Purchase", 0.0, 2), ("Post-purchase", 0.0, 2)]


def test_segments_all_and_periods(tmp_path: Path) -> None:
    path = create_project(tmp_path / "s.journey", "ecommerce")
    with Store.open(path, read_only=True) as store:
        journey = store.load().journeys()[0]
    days = [date(2024, 1, 29) + timedelta(days=i * 3) for i in range(14)]  # a Monday, then every third day
    answers = [Answer("CSAT", 1 + (i * 7) % 5, day.isoformat(), segment=("new", "returning", "")[i % 3])
               for i, day in enumerate(days)]
    answers.append(Answer("CSAT", 5, None, segment="new"))
    add_answers(path, journey.id, answers, {"CSAT": "csat"})
    with Store.open(path, read_only=True) as store:
        document, data = store.load(), store.data
        segments = figures(document, data, "csat", "segment")[2]
        everything = figures(document, data, "CSAT", "all")[2]
        by_period = {period: figures(document, data, "CSAT", period)[2]
                     for period in ("day", "week", "month")}
    groups: dict[str, list[float]] = defaultdict(list)
    for a in answers:
        groups[a.segment].append(a.value)
    assert [(r.label, r.value, r.n) for r in segments] == [
        ("(none)", csat(groups[""]), len(groups[""])), ("new", csat(groups["new"]), len(groups["new"])),
        ("returning", csat(groups["returning"]), len(groups["returning"]))]
    assert [(r.label, r.value, r.n) for r in everything] == [("All", csat([a.value for a in answers]), 15)]
    for period, start in (("day", lambda d: d), ("week", lambda d: d - timedelta(days=d.weekday())),
                          ("month", lambda d: d.replace(day=1))):
        buckets: dict[date, list[float]] = defaultdict(list)
        for a in answers:
            if a.day:
                buckets[start(date.fromisoformat(a.day))].append(a.value)
        assert [(r.key, r.value, r.n) for r in by_period[period]] == [
            (d.isoformat(), csat(v), len(v)) for d, v in sorted(buckets.items())], period


# ----- a metric named by its kind


def test_a_metric_can_be_named_by_its_kind_when_it_is_the_only_one(project) -> None:
    document, data, _ = project
    for name, meant in (("NPS", RECOMMEND), ("nps", RECOMMEND), ("CSAT", "Satisfaction"), ("ces", "Effort"),
                        ("Count", "visitors"), (RECOMMEND.upper(), RECOMMEND)):
        assert resolve_metric(document, data, name).name == meant
    with pytest.raises(LookupError, match=r"There is no metric 'churn'. Metrics: Effort, How likely"):
        resolve_metric(document, data, "churn")


def test_several_of_a_kind_are_listed_and_an_exact_name_wins(tmp_path: Path) -> None:
    path, _ = make(tmp_path)
    with Store.open(path, read_only=True) as store:
        journey = store.load().journeys()[0]
    add_answers(path, journey.id, [Answer("NPS (app)", 9), Answer("CES", 3)], {"NPS (app)": "nps",
                                                                               "CES": "value"})
    with Store.open(path, read_only=True) as store:
        document, data = store.load(), store.data
        with pytest.raises(LookupError) as raised:
            resolve_metric(document, data, "nps")
        assert str(raised.value.args[0]) == (
            f"There are several metrics of the kind 'nps': {RECOMMEND}, NPS (app). Choose one by its name.")
        # A metric named "CES" (a plain value) is meant, though "Effort" is the CES metric.
        assert resolve_metric(document, data, "CES").name == "CES"
        assert resolve_metric(document, data, "ces").name == "CES"


# ----- over time, for a touchpoint, a stage or the whole journey


def test_series_over_time_follow_the_scope(project) -> None:
    document, data, answers = project
    journey = document.journeys()[0]
    chat = card_named(document, "Live chat with staff about sizing")
    purchase = next(s for s in document.stages(journey.id) if s.name == "Purchase")

    def points(**options: object) -> list[tuple[str, float | None, int]]:
        found = over_time(document, data, "NPS", journey.id, **options)  # type: ignore[arg-type]
        return [(day.isoformat(), value, n) for day, value, n in found.points]

    # The live chat's own channel rows: 10, 9 on 1 March; 3 on 4 March; 8 on 11 March.
    assert points(scope_id=chat.id) == [("2024-03-01", 100.0, 2), ("2024-03-04", -100.0, 1),
                                        ("2024-03-11", 0.0, 1)]
    assert points(scope_id=chat.id, period="week") == [
        ("2024-02-26", 100.0, 2), ("2024-03-04", -100.0, 1), ("2024-03-11", 0.0, 1)]
    assert points(scope_id=chat.id, period="month") == [("2024-03-01", 25.0, 4)]
    assert points(scope_id=purchase.id) == [("2024-03-04", 100.0, 1), ("2024-03-05", -100.0, 1)]
    dated: dict[str, list[float]] = defaultdict(list)
    for a in answers:
        if a.metric == RECOMMEND and a.day:
            dated[a.day].append(a.value)
    assert points() == [(day, nps(v), len(v)) for day, v in sorted(dated.items())]
    assert over_time(document, data, "NPS", journey.id, scope_id=chat.id).label == chat.text


def test_auto_period_turns_weekly_past_92_days(tmp_path: Path) -> None:
    path = create_project(tmp_path / "long.journey", "ecommerce")
    with Store.open(path, read_only=True) as store:
        document = store.load()
    journey = document.journeys()[0]
    cart, chat = card_named(document, CART), card_named(document, "Live chat with staff about sizing")
    # 1 January to 2 April 2024 is 92 days (31 + 29 + 31 + 1); to 3 April, 93.
    add_answers(path, journey.id, [Answer("NPS", 10, "2024-01-01", card_id=cart.id),
                                   Answer("NPS", 0, "2024-04-03", card_id=cart.id),
                                   Answer("NPS", 10, "2024-01-01", card_id=chat.id),
                                   Answer("NPS", 0, "2024-04-02", card_id=chat.id)], {"NPS": "nps"})
    with Store.open(path, read_only=True) as store:
        document, data = store.load(), store.data
        weekly = over_time(document, data, "NPS", journey.id, period="auto", scope_id=cart.id)
        daily = over_time(document, data, "NPS", journey.id, period="auto", scope_id=chat.id)
    assert weekly.period == "week" and daily.period == "day"
    assert [(d.isoformat(), v) for d, v, _ in weekly.points] == [("2024-01-01", 100.0),
                                                                 ("2024-04-01", -100.0)]
    assert [(d.isoformat(), v) for d, v, _ in daily.points] == [("2024-01-01", 100.0), ("2024-04-02", -100.0)]


# ----- funnel and emotion


def test_the_funnel_converts_stage_to_stage_and_names_the_biggest_drop(project) -> None:
    document, data, _ = project
    made = funnel(document, data, "visitors", document.journeys()[0].id)
    assert made is not None
    # Awareness 950 + 50 from 'Search ads' (its only card is in Awareness); Consideration 400 + 200.
    assert made.steps == (("Awareness", 1000.0, 2), ("Consideration", 600.0, 2), ("Purchase", 150.0, 1),
                          ("Post-purchase", 120.0, 1))
    assert [s.rate for s in made.result.steps] == [None, 0.6, 0.25, 0.8]
    assert made.result.biggest_drop is not None and made.result.biggest_drop.name == "Purchase"
    assert made.result.overall == pytest.approx(0.12)
    assert funnel(document, data, "Satisfaction", document.journeys()[0].id) is None  # one stage only


def test_measured_emotion_beside_the_workshop_curve(project) -> None:
    document, data, _ = project
    journey = document.journeys()[0]
    workshop: dict[str, list[int]] = defaultdict(list)
    for marker in document.markers(journey.id):
        workshop[document.get(Stage, marker.stage_id).name].append(marker.score)
    satisfaction = emotion_comparison(document, data, "CSAT", journey.id)
    rows = {name: (w, m) for name, w, m in satisfaction.stages}
    assert list(rows) == [s.name for s in document.stages(journey.id)]
    # Cart (Purchase) 5, 2, 4 → 2 of 3 satisfied → 66.7 % on 0…100 → −2 + 4 × 2/3.
    assert rows["Purchase"] == (mean(workshop["Purchase"]), pytest.approx(-2 + 8 / 3))
    assert rows["Awareness"] == (mean(workshop["Awareness"]), None)
    # Effort 2 and 4 via 'Live chat' (Consideration): mean 3 on the CES scale 7 (worst) … 1 (best).
    effort = {name: m for name, _, m in emotion_comparison(document, data, "Effort", journey.id).stages}
    assert effort["Consideration"] == pytest.approx(-2 + 4 * (7 - 3) / 6)
    with pytest.raises(ValueError, match="no satisfaction scale"):
        emotion_comparison(document, data, "visitors", journey.id)


def test_the_report_bundles_use_the_same_figures(project) -> None:
    document, data, _ = project
    journey = document.journeys()[0]
    numbers = journey_figures(document, data, journey.id)
    assert [m.metric for m in numbers.touchpoints] == [RECOMMEND, "Satisfaction"]
    chat = card_named(document, "Live chat with staff about sizing")
    assert numbers.card_text(chat.id) == f"{RECOMMEND} +25.0 (n=4)"
    assert [f.metric for f in numbers.funnels] == ["visitors"]
    measured = trends(document, data, journey.id)
    assert {(s.label, s.metric) for s in measured.series} == {
        (chat.text, RECOMMEND), ("Phone support to exchange the size", RECOMMEND), (CART, RECOMMEND),
        (ORDER_EMAIL, RECOMMEND), (CART, "Satisfaction"), (chat.text, "Effort")}
    assert [e.metric for e in measured.emotions] == ["Effort", RECOMMEND, "Satisfaction"]


def test_values_are_written_as_charts_and_reports_write_them() -> None:
    assert format_value(25.0, MetricKind.NPS) == "+25.0"
    assert format_value(25.0, MetricKind.NPS, short=True) == "+25"
    assert format_value(200 / 3, MetricKind.CSAT) == "66.7 %"
    assert format_value(35944.0, MetricKind.COUNT) == "35,944"
    assert format_value(3.875, MetricKind.VALUE) == "3.88"
    assert format_value(None, MetricKind.CES) == "–"



def test_touchpoints_and_stages_come_in_map_order_whatever_the_data_order(tmp_path: Path) -> None:
    path = create_project(tmp_path / "order.journey", "ecommerce")
    with Store.open(path, read_only=True) as store:
        document = store.load()
    journey = document.journeys()[0]
    stages = document.stages(journey.id)
    touchpoints = sorted((c for c in document.cards(journey.id) if c.kind == "touchpoint"),
                         key=lambda c: (document.get(Stage, c.stage_id).position,
                                        document.get(Lane, c.lane_id).position, c.position))
    add_answers(path, journey.id, [Answer("NPS", 9, "2024-03-01", card_id=c.id)
                                   for c in reversed(touchpoints)],
                {"NPS": "nps"})
    with Store.open(path, read_only=True) as store:
        document, data = store.load(), store.data
        by_stage = figures(document, data, "NPS", "stage")[2]
        by_touchpoint = figures(document, data, "NPS", "touchpoint")[2]
    assert [row.key for row in by_stage] == [s.id for s in stages if any(t.stage_id == s.id
                                                                         for t in touchpoints)]
    assert [row.key for row in by_touchpoint] == [t.id for t in touchpoints]
