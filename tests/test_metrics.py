"""The metrics in core/metrics.py, checked against values computed by hand (shown in comments)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeydesk.core.metrics import (
    ChurnResult,
    CsatResult,
    MeanResult,
    NpsResult,
    ces,
    churn,
    churn_rate,
    counts_by_period,
    csat,
    csat_from_mean,
    funnel,
    nps,
    nps_from_counts,
    period_start,
    scale_to_emotion,
)

# --- NPS -------------------------------------------------------------------------------------


def test_nps_ten_answers_by_hand() -> None:
    # 9,10,10,7,8,6,0,3,9,5: promoters 9,10,10,9 = 4 (40 %); passives 7,8 = 2 (20 %);
    # detractors 6,0,3,5 = 4 (40 %) -> NPS 40 - 40 = 0.0
    result = nps([9, 10, 10, 7, 8, 6, 0, 3, 9, 5])
    assert result == NpsResult(n=10, promoters=4, passives=2, detractors=4, score=0.0)


def test_nps_one_in_three() -> None:
    # 10, 8, 8: 1 promoter of 3 (33.33 %), no detractor -> NPS 100/3 = 33.333...
    assert nps([10, 8, 8]).score == pytest.approx(100 / 3)
    # 0, 0, 9: 1 promoter, 2 detractors of 3 -> (1 - 2) * 100 / 3 = -33.333...
    assert nps([0, 0, 9]).score == pytest.approx(-100 / 3)


def test_nps_empty_is_none_not_an_error() -> None:
    assert nps([]) == NpsResult(n=0, promoters=0, passives=0, detractors=0, score=None)
    assert nps(iter(())).score is None


@pytest.mark.parametrize(("answer", "score"), [(10, 100.0), (9, 100.0), (8, 0.0), (7, 0.0),
                                                (6, -100.0), (0, -100.0)])
def test_nps_single_answer(answer: int, score: float) -> None:
    # n = 1: a promoter gives +100, a passive 0, a detractor -100
    result = nps([answer])
    assert result.n == 1
    assert result.score == score


def test_nps_all_promoters_and_all_detractors() -> None:
    assert nps([9, 10, 10, 9, 9]).score == 100.0
    assert nps([0, 1, 2, 3, 4, 5, 6]).score == -100.0
    # all equal passives: 0 % promoters, 0 % detractors
    assert nps([7] * 50).score == 0.0


def test_nps_boundaries_six_seven_eight_nine() -> None:
    result = nps([6, 7, 8, 9])
    # 6 is a detractor, 7 and 8 passives, 9 a promoter -> (1 - 1) * 100 / 4 = 0
    assert (result.detractors, result.passives, result.promoters) == (1, 2, 1)
    assert result.score == 0.0
    # 9, 9, 6: (2 - 1) * 100 / 3 = 33.333...
    assert nps([9, 9, 6]).score == pytest.approx(33.3333333, rel=1e-6)


def test_nps_integral_floats_count_as_integers() -> None:
    # 9.0 is a promoter, 6.0 a detractor, 7.0 a passive -> (1 - 1) * 100 / 3 = 0
    assert nps([9.0, 6.0, 7.0]) == NpsResult(3, 1, 1, 1, 0.0)


@pytest.mark.parametrize("bad", [11, -1, 7.5, True, False, "9", None, float("nan"), float("inf")])
def test_nps_strict_rejects_and_names_the_value(bad: object) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        nps([9, bad])
    with pytest.raises(ValueError, match="position 1"):
        nps([9, bad])


def test_nps_lenient_counts_invalid_answers_apart() -> None:
    # valid: 10, 6, 9.0 -> 2 promoters, 1 detractor of 3 -> 100/3; invalid: 11, -1, 7.5, True
    result = nps([10, 11, 6, -1, 7.5, True, 9.0], strict=False)
    assert (result.n, result.invalid) == (3, 4)
    assert result.score == pytest.approx(100 / 3)
    # only invalid answers: nothing to score
    assert nps([11, True], strict=False) == NpsResult(0, 0, 0, 0, None, invalid=2)


def test_nps_from_counts_by_hand() -> None:
    # 45 promoters, 30 passives, 25 detractors of 100 -> 45 - 25 = 20.0
    assert nps_from_counts(45, 30, 25) == NpsResult(100, 45, 30, 25, 20.0)
    # 1, 1, 1 -> 0; 0, 0, 0 -> None; 3, 0, 0 -> 100
    assert nps_from_counts(1, 1, 1).score == 0.0
    assert nps_from_counts(0, 0, 0).score is None
    assert nps_from_counts(3, 0, 0).score == 100.0
    assert nps_from_counts(4.0, 0, 0).promoters == 4


@pytest.mark.parametrize("counts", [(-1, 0, 0), (1.5, 0, 0), (True, 0, 0), (0, "2", 0)])
def test_nps_from_counts_rejects_bad_counts(counts: tuple[object, object, object]) -> None:
    with pytest.raises(ValueError):
        nps_from_counts(*counts)  # type: ignore[arg-type]


@given(st.lists(st.integers(min_value=0, max_value=10)))
def test_nps_is_within_range_and_equals_the_rollup_of_its_buckets(answers: list[int]) -> None:
    result = nps(answers)
    assert result.n == len(answers)
    if answers:
        assert result.score is not None and -100 <= result.score <= 100
    else:
        assert result.score is None
    buckets = Counter("p" if a >= 9 else "q" if a >= 7 else "d" for a in answers)
    assert nps_from_counts(buckets["p"], buckets["q"], buckets["d"]) == result


@given(st.lists(st.integers(min_value=0, max_value=10)), st.lists(st.integers(min_value=0, max_value=10)))
def test_nps_of_two_days_equals_the_rollup_of_the_daily_buckets(
    day1: list[int], day2: list[int],
) -> None:
    a, b = nps(day1), nps(day2)
    summed = nps_from_counts(a.promoters + b.promoters, a.passives + b.passives,
                             a.detractors + b.detractors)
    assert summed == nps(day1 + day2)


# --- CSAT and CES ----------------------------------------------------------------------------


def test_csat_by_hand() -> None:
    # 5,4,3,2,1,5: satisfied (4-5) are 5,4,5 = 3 of 6 -> 50.0 %; mean 20 / 6 = 3.333...
    result = csat([5, 4, 3, 2, 1, 5])
    assert (result.n, result.satisfied) == (6, 3)
    assert result.percent == pytest.approx(50.0)
    assert result.mean == pytest.approx(3.3333333333, rel=1e-9)


def test_csat_small_and_empty() -> None:
    assert csat([]) == CsatResult(n=0, satisfied=0, percent=None, mean=None)
    # n = 1: a 4 is satisfied -> 100 %, mean 4; a 3 is not -> 0 %, mean 3
    assert csat([4]) == CsatResult(1, 1, 100.0, 4.0)
    assert csat([3]) == CsatResult(1, 0, 0.0, 3.0)
    # all equal 5 -> 100 %, mean 5
    assert csat([5, 5, 5]) == CsatResult(3, 3, 100.0, 5.0)


def test_csat_other_scale() -> None:
    # 1..7 scale, satisfied from 6: 7, 6, 5, 1 -> 2 of 4 = 50 %, mean 19 / 4 = 4.75
    result = csat([7, 6, 5, 1], scale_max=7, satisfied_min=6)
    assert result.percent == pytest.approx(50.0)
    assert result.mean == pytest.approx(4.75)


@pytest.mark.parametrize("bad", [0, 6, 4.5, True, "5"])
def test_csat_rejects_answers_off_the_scale(bad: object) -> None:
    with pytest.raises(ValueError, match="CSAT answer"):
        csat([5, bad])  # type: ignore[list-item]
    # lenient: 5 and 3 are kept -> 1 of 2 satisfied = 50 %, mean 4
    assert csat([5, bad, 3], strict=False) == CsatResult(2, 1, 50.0, 4.0, invalid=1)  # type: ignore[list-item]


def test_csat_rejects_a_bad_scale() -> None:
    with pytest.raises(ValueError):
        csat([3], scale_max=1)
    with pytest.raises(ValueError):
        csat([3], satisfied_min=6)


def test_csat_from_mean() -> None:
    assert csat_from_mean(4.2, 120) == CsatResult(n=120, satisfied=None, percent=None, mean=4.2)
    assert csat_from_mean(None, 0) == CsatResult(0, None, None, None)
    with pytest.raises(ValueError):
        csat_from_mean(None, 3)
    with pytest.raises(ValueError):
        csat_from_mean(5.5, 3)
    with pytest.raises(ValueError):
        csat_from_mean(4.0, -1)


def test_ces_mean_by_hand() -> None:
    # 2, 3, 3, 4, 7: sum 19 / 5 = 3.8
    assert ces([2, 3, 3, 4, 7]).mean == pytest.approx(3.8)
    assert ces([2, 3, 3, 4, 7]).n == 5
    # fractions allowed: 1.5, 2.5 -> 2.0
    assert ces([1.5, 2.5]) == MeanResult(2, 2.0)
    assert ces([]) == MeanResult(0, None)
    assert ces([6]) == MeanResult(1, 6.0)


def test_ces_optional_scale_and_invalid_answers() -> None:
    with pytest.raises(ValueError, match="CES answer 9"):
        ces([1, 9], scale_min=1, scale_max=7)
    with pytest.raises(ValueError, match="True"):
        ces([True])
    # lenient: 1 and 5 kept -> mean 3; 9 and "x" invalid
    assert ces([1, 9, "x", 5], scale_min=1, scale_max=7, strict=False) == MeanResult(2, 3.0, 2)  # type: ignore[list-item]


# --- Funnel ----------------------------------------------------------------------------------


def test_funnel_by_hand() -> None:
    # 1000 -> 600: rate .6, drop .4, lost 400; 600 -> 150: rate .25, drop .75, lost 450;
    # 150 -> 120: rate .8, drop .2, lost 30. Overall 120 / 1000 = .12. Biggest drop: step 2.
    result = funnel([("visit", 1000), ("cart", 600), ("checkout", 150), ("paid", 120)])
    first, *rest = result.steps
    assert (first.rate, first.drop_off, first.lost, first.increased) == (None, None, None, False)
    assert [s.rate for s in rest] == pytest.approx([0.6, 0.25, 0.8])
    assert [s.drop_off for s in rest] == pytest.approx([0.4, 0.75, 0.2])
    assert [s.lost for s in rest] == [400, 450, 30]
    assert [s.count for s in result.steps] == [1000, 600, 150, 120]
    assert result.overall == pytest.approx(0.12)
    assert result.biggest_drop is not None
    assert (result.biggest_drop.index, result.biggest_drop.name) == (2, "checkout")
    assert result.biggest_drop.drop_off == pytest.approx(0.75)
    assert not any(step.increased for step in result.steps)


def test_funnel_with_a_zero_step() -> None:
    # 200 -> 0: rate 0, drop 1, lost 200; 0 -> 0: rate None (nothing to convert from)
    result = funnel([("a", 200), ("b", 0), ("c", 0)])
    assert [s.rate for s in result.steps] == [None, 0.0, None]
    assert [s.drop_off for s in result.steps] == [None, 1.0, None]
    assert [s.lost for s in result.steps] == [None, 200, 0]
    assert result.overall == 0.0
    assert result.biggest_drop is not None and result.biggest_drop.index == 1
    # a first stage of 0: no rate anywhere, no overall, no biggest drop; 0 -> 5 is an increase
    empty_start = funnel([("a", 0), ("b", 5)])
    assert empty_start.overall is None and empty_start.biggest_drop is None
    assert empty_start.steps[1].increased


def test_funnel_ties_go_to_the_earliest() -> None:
    # 100 -> 50 -> 25: both steps drop .5 -> the first of them (index 1)
    result = funnel([("a", 100), ("b", 50), ("c", 25)])
    assert result.biggest_drop is not None and result.biggest_drop.index == 1


def test_funnel_increase_is_allowed_and_flagged() -> None:
    # 100 -> 120: rate 1.2, drop -.2, lost -20 (a gain); 120 -> 60: rate .5, drop .5
    result = funnel([("a", 100), ("b", 120), ("c", 60)])
    assert result.steps[1].rate == pytest.approx(1.2)
    assert result.steps[1].drop_off == pytest.approx(-0.2)
    assert result.steps[1].lost == -20
    assert result.steps[1].increased and not result.steps[2].increased
    assert result.biggest_drop is not None and result.biggest_drop.name == "c"
    # only increases or flat: nobody is lost, so there is no biggest drop
    assert funnel([("a", 10), ("b", 10), ("c", 12)]).biggest_drop is None


def test_funnel_short_and_empty() -> None:
    assert funnel([]).steps == () and funnel([]).overall is None and funnel([]).biggest_drop is None
    one = funnel([("only", 7)])
    assert one.overall == 1.0 and one.biggest_drop is None


@pytest.mark.parametrize("bad", [-1, -0.5, True, float("nan"), "10"])
def test_funnel_rejects_bad_counts(bad: object) -> None:
    with pytest.raises(ValueError, match="step 1 'b'"):
        funnel([("a", 10), ("b", bad)])  # type: ignore[list-item]


@given(st.lists(st.integers(min_value=1, max_value=10_000), min_size=2, max_size=8))
def test_funnel_overall_is_the_product_of_the_rates(counts: list[int]) -> None:
    result = funnel([(str(i), c) for i, c in enumerate(counts)])
    product = 1.0
    for step in result.steps[1:]:
        assert step.rate is not None
        product *= step.rate
    assert result.overall == pytest.approx(product)
    drops = [s.drop_off for s in result.steps[1:] if s.drop_off is not None and s.drop_off > 0]
    if drops:
        assert result.biggest_drop is not None and result.biggest_drop.drop_off == max(drops)


# --- Churn -----------------------------------------------------------------------------------


def test_churn_rate_by_hand() -> None:
    # 30 of 200 lost -> 0.15 (15 %)
    assert churn_rate(200, 30) == pytest.approx(0.15)
    assert churn_rate(1, 1) == 1.0
    assert churn_rate(50, 0) == 0.0
    assert churn_rate(0, 0) is None
    for bad in [(10, 11), (-1, 0), (10, -1), (10.5, 1), (True, 0)]:
        with pytest.raises(ValueError):
            churn_rate(*bad)  # type: ignore[arg-type]


def test_churn_reasons_counted_and_sorted() -> None:
    # price 3, bug 2, moved 2, support 1 -> 8 of 40 = 0.2; ties (bug, moved) by name
    reasons = ["price", "support", "moved", "bug", "price", "bug", "moved", "price"]
    result = churn(40, reasons)
    assert result == ChurnResult(customers_at_start=40, lost=8, rate=0.2,
                                 reasons=(("price", 3), ("bug", 2), ("moved", 2), ("support", 1)))
    assert result.percent == pytest.approx(20.0)
    assert churn(10, []) == ChurnResult(10, 0, 0.0, ())
    assert churn(0, []).rate is None and churn(0, []).percent is None
    with pytest.raises(ValueError):
        churn(1, ["a", "b"])
    with pytest.raises(ValueError, match="None"):
        churn(5, ["a", None])  # type: ignore[list-item]


# --- Counts per period -----------------------------------------------------------------------


def test_period_start() -> None:
    # 2024-03-14 is a Thursday; its ISO week starts Monday 2024-03-11
    assert period_start(date(2024, 3, 14), "day") == date(2024, 3, 14)
    assert period_start(date(2024, 3, 14), "week") == date(2024, 3, 11)
    assert period_start(date(2024, 3, 11), "week") == date(2024, 3, 11)
    assert period_start(date(2024, 3, 17), "week") == date(2024, 3, 11)
    assert period_start(date(2024, 3, 14), "month") == date(2024, 3, 1)
    assert period_start(datetime(2024, 2, 29, 23, 59), "month") == date(2024, 2, 1)
    assert period_start(datetime(2024, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=9))),
                        "day") == date(2024, 3, 14)
    with pytest.raises(ValueError):
        period_start(date(2024, 1, 1), "year")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        period_start("2024-01-01", "day")  # type: ignore[arg-type]


def test_weeks_across_a_year_boundary() -> None:
    # 2024-12-30 (Mon) .. 2025-01-05 (Sun) is ISO week 2025-W01, starting 2024-12-30;
    # 2025-01-06 starts the next week; 2024-12-29 (Sun) belongs to the week of 2024-12-23.
    events = [
        (date(2024, 12, 29), "billing"),
        (date(2024, 12, 30), "billing"),
        (datetime(2025, 1, 1, 9, 30), "billing"),
        (date(2025, 1, 5), "login"),
        (date(2025, 1, 5), "billing"),
        (date(2025, 1, 6), "login"),
    ]
    assert counts_by_period(events, "week") == {
        (date(2024, 12, 23), "billing"): 1,
        (date(2024, 12, 30), "billing"): 3,
        (date(2024, 12, 30), "login"): 1,
        (date(2025, 1, 6), "login"): 1,
    }
    assert list(counts_by_period(events, "month")) == [
        (date(2024, 12, 1), "billing"), (date(2025, 1, 1), "billing"), (date(2025, 1, 1), "login"),
    ]
    # month: December 2 billing; January 2 billing, 2 login
    assert counts_by_period(events, "month") == {
        (date(2024, 12, 1), "billing"): 2,
        (date(2025, 1, 1), "billing"): 2,
        (date(2025, 1, 1), "login"): 2,
    }
    assert counts_by_period(events, "day")[(date(2025, 1, 5), "login")] == 1


def test_counts_by_period_edge_cases() -> None:
    assert counts_by_period([], "day") == {}
    with pytest.raises(ValueError):
        counts_by_period([], "quarter")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        counts_by_period([(date(2024, 1, 1), None)], "day")  # type: ignore[list-item]


@given(st.lists(st.tuples(st.dates(), st.sampled_from(["a", "b", "c"]))),
       st.sampled_from(["day", "week", "month"]))
def test_counts_by_period_keep_every_event(events: list[tuple[date, str]], period: str) -> None:
    counts = counts_by_period(events, period)  # type: ignore[arg-type]
    assert sum(counts.values()) == len(events)
    assert list(counts) == sorted(counts)
    for start, _ in counts:
        if period == "week":
            assert start.weekday() == 0
        elif period == "month":
            assert start.day == 1


# --- Scaling onto the emotion curve ----------------------------------------------------------


def test_scale_to_emotion_endpoints_and_middle() -> None:
    # CSAT % on 0..100: 0 -> -2, 50 -> 0, 100 -> +2, 75 -> +1
    assert scale_to_emotion(0, 0, 100) == -2.0
    assert scale_to_emotion(50, 0, 100) == 0.0
    assert scale_to_emotion(100, 0, 100) == 2.0
    assert scale_to_emotion(75, 0, 100) == pytest.approx(1.0)
    # mean on 1..5: 1 -> -2, 3 -> 0, 4 -> +1; NPS on -100..100: 20 -> 0.4
    assert scale_to_emotion(1, 1, 5) == -2.0
    assert scale_to_emotion(3, 1, 5) == 0.0
    assert scale_to_emotion(4, 1, 5) == pytest.approx(1.0)
    assert scale_to_emotion(20.0, -100, 100) == pytest.approx(0.4)


def test_scale_to_emotion_clamps_inverts_and_passes_none() -> None:
    assert scale_to_emotion(120, 0, 100) == 2.0
    assert scale_to_emotion(-5, 0, 100) == -2.0
    assert scale_to_emotion(None, 0, 100) is None
    # CES 1..7 where less effort is better: 1 -> +2, 7 -> -2, 2.5 -> 2 - 4 * 1.5 / 6 = 1.0
    assert scale_to_emotion(1, 7, 1) == 2.0
    assert scale_to_emotion(7, 7, 1) == -2.0
    assert scale_to_emotion(2.5, 7, 1) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        scale_to_emotion(3, 5, 5)
    with pytest.raises(ValueError):
        scale_to_emotion(True, 0, 1)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
def test_scale_to_emotion_stays_on_the_scale(value: float) -> None:
    emotion = scale_to_emotion(value, 0, 100)
    assert emotion is not None and -2 <= emotion <= 2
