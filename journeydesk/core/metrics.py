"""NPS, CSAT, CES, funnel, churn and trend counts: plain functions with exact definitions."""

from __future__ import annotations

import math
import numbers
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN

Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")


@dataclass(frozen=True, slots=True)
class NpsResult:
    """Net Promoter Score of ``n`` valid answers; ``score`` is None when ``n`` is 0."""

    n: int
    promoters: int
    passives: int
    detractors: int
    score: float | None
    invalid: int = 0


@dataclass(frozen=True, slots=True)
class CsatResult:
    """CSAT of ``n`` answers: ``percent`` satisfied (None if only a mean is known) and ``mean``."""

    n: int
    satisfied: int | None
    percent: float | None
    mean: float | None
    invalid: int = 0


@dataclass(frozen=True, slots=True)
class MeanResult:
    """The arithmetic mean of ``n`` valid answers (None when ``n`` is 0)."""

    n: int
    mean: float | None
    invalid: int = 0


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """One stage of a funnel, compared with the stage before it (None for the first)."""

    index: int
    name: str
    count: int | float
    rate: float | None
    drop_off: float | None
    lost: int | float | None
    increased: bool


@dataclass(frozen=True, slots=True)
class FunnelResult:
    """A funnel's steps, overall conversion (last / first) and the step losing the largest share."""

    steps: tuple[FunnelStep, ...]
    overall: float | None
    biggest_drop: FunnelStep | None


@dataclass(frozen=True, slots=True)
class ChurnResult:
    """Churn over a period: ``rate`` = lost / customers_at_start, reasons by count desc, then name."""

    customers_at_start: int
    lost: int
    rate: float | None
    reasons: tuple[tuple[str, int], ...]

    @property
    def percent(self) -> float | None:
        return None if self.rate is None else self.rate * 100


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else part * 100 / whole


def _real(value: object, what: str) -> float:
    """``value`` as a finite float; bools, non-numbers, NaN and infinities raise ValueError."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{what} {value!r} is not a number")
    result = float(value)
    if not math.isfinite(result):
        raise ValueError(f"{what} {value!r} is not a finite number")
    return result


def _count(value: object, what: str) -> int:
    """A non-negative whole count; integral floats such as 4.0 are accepted as 4."""
    number = _real(value, what)
    if number < 0 or not number.is_integer():
        raise ValueError(f"{what} {value!r} is not a non-negative whole number")
    return int(number)


def _answers(
    scores: Iterable[object], low: float | None, high: float | None,
    whole: bool, strict: bool, what: str,
) -> tuple[list[float], int]:
    """Valid answers as floats and the number of invalid ones (strict mode raises on the first)."""
    bounds = "..".join("" if bound is None else f"{bound:g}" for bound in (low, high))
    valid: list[float] = []
    invalid = 0
    for position, value in enumerate(scores):
        try:
            number = _real(value, f"{what} answer")
            if (low is not None and number < low) or (high is not None and number > high):
                raise ValueError(f"{what} answer {value!r} is outside {bounds}")
            if whole and not number.is_integer():
                raise ValueError(f"{what} answer {value!r} is not a whole number")
        except ValueError as error:
            if strict:
                raise ValueError(f"{error} (position {position})") from None
            invalid += 1
            continue
        valid.append(number)
    return valid, invalid


def _mean(values: list[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def nps(scores: Iterable[int | float], *, strict: bool = True) -> NpsResult:
    """Net Promoter Score of answers to "how likely are you to recommend us" on 0..10.

    Promoters answer 9-10, passives 7-8, detractors 0-6; with ``n`` valid answers,
    ``score = (promoters - detractors) * 100 / n``, a float in -100..+100, not rounded.
    Answers must be whole numbers 0..10; integral floats (9.0) count as the integer (9).
    Bools, non-numbers, NaN, fractions (7.5) and values outside 0..10 are invalid: with
    ``strict`` (the default) the first raises ValueError naming it and its position,
    otherwise each is left out of ``n`` and counted in ``invalid``.
    No valid answers gives ``score=None`` and ``n=0``.
    """
    valid, invalid = _answers(scores, 0, 10, True, strict, "NPS")
    promoters = sum(1 for value in valid if value >= 9)
    detractors = sum(1 for value in valid if value <= 6)
    passives = len(valid) - promoters - detractors
    result = nps_from_counts(promoters, passives, detractors)
    return NpsResult(result.n, promoters, passives, detractors, result.score, invalid)


def nps_from_counts(promoters: int, passives: int, detractors: int) -> NpsResult:
    """NPS from bucket counts (e.g. summed daily rollups), with the same definition as ``nps``.

    ``n = promoters + passives + detractors``; ``score = (promoters - detractors) * 100 / n``,
    None when ``n`` is 0. Counts must be non-negative whole numbers (else ValueError).
    """
    p = _count(promoters, "promoter count")
    q = _count(passives, "passive count")
    d = _count(detractors, "detractor count")
    n = p + q + d
    score = None if n == 0 else (p - d) * 100 / n
    return NpsResult(n, p, q, d, score)


def _check_scale(scale_min: float, scale_max: float) -> None:
    _real(scale_min, "scale minimum")
    _real(scale_max, "scale maximum")
    if scale_min >= scale_max:
        raise ValueError(f"scale {scale_min!r}..{scale_max!r} is empty")


def csat(
    scores: Iterable[int | float], scale_max: int = 5, satisfied_min: int = 4,
    *, scale_min: int = 1, strict: bool = True,
) -> CsatResult:
    """Customer satisfaction from answers on ``scale_min..scale_max`` (1..5 by default).

    An answer is satisfied when it is ``>= satisfied_min`` (4 and 5 by default);
    ``percent = satisfied * 100 / n`` and ``mean = sum / n`` over the ``n`` valid answers,
    both None when ``n`` is 0. Answers must be whole numbers on the scale (9.0 counts
    as 9); invalid ones are handled as in ``nps`` (``strict`` raises, else ``invalid``).
    """
    _check_scale(scale_min, scale_max)
    if not scale_min <= _real(satisfied_min, "satisfied minimum") <= scale_max:
        raise ValueError(f"satisfied minimum {satisfied_min!r} is outside {scale_min}..{scale_max}")
    valid, invalid = _answers(scores, scale_min, scale_max, True, strict, "CSAT")
    satisfied = sum(1 for value in valid if value >= satisfied_min)
    return CsatResult(len(valid), satisfied, _percent(satisfied, len(valid)), _mean(valid), invalid)


def csat_from_mean(
    mean: float | None, n: int, *, scale_min: float = 1, scale_max: float = 5,
) -> CsatResult:
    """CSAT for data that holds only a mean of ``n`` answers: ``percent`` and ``satisfied`` are None.

    ``n`` must be a non-negative whole number; the mean must lie on the scale, and is
    None exactly when ``n`` is 0 (a mean of no answers is given as None, not rejected).
    """
    count = _count(n, "answer count")
    if count == 0:
        return CsatResult(0, None, None, None)
    if mean is None:
        raise ValueError(f"a mean is needed for {count} answers")
    _check_scale(scale_min, scale_max)
    value = _real(mean, "CSAT mean")
    if not scale_min <= value <= scale_max:
        raise ValueError(f"CSAT mean {mean!r} is outside {scale_min:g}..{scale_max:g}")
    return CsatResult(count, None, None, value)


def ces(
    scores: Iterable[int | float], *, scale_min: float | None = None,
    scale_max: float | None = None, strict: bool = True,
) -> MeanResult:
    """Customer Effort Score: the arithmetic mean ``sum / n`` of the valid effort answers.

    Any finite number is an answer (fractions allowed: CES scales vary between surveys);
    with ``scale_min``/``scale_max`` given, answers outside them are invalid too. Bools,
    non-numbers and NaN are invalid; handled as in ``nps``. No answers gives ``mean=None``.
    """
    if scale_min is not None and scale_max is not None:
        _check_scale(scale_min, scale_max)
    valid, invalid = _answers(scores, scale_min, scale_max, False, strict, "CES")
    return MeanResult(len(valid), _mean(valid), invalid)


def funnel(steps: Sequence[tuple[str, int | float]]) -> FunnelResult:
    """Conversion between consecutive stages of a funnel, from the count reaching each stage.

    For step ``i >= 1`` with previous count ``p`` and count ``c``: ``rate = c / p`` (a
    fraction, None when ``p`` is 0), ``drop_off = 1 - rate``, ``lost = p - c``; the first
    step has None for all three. ``increased`` flags ``c > p`` (allowed: rate > 1, negative
    drop-off and lost). ``overall`` = last / first (None with no steps or a first count
    of 0). ``biggest_drop`` is the step with the largest positive drop-off, the earliest
    on ties; None with fewer than 2 steps or when no step loses anyone.
    Counts may be fractional (weighted) but not negative, NaN or bool: ValueError.
    """
    result: list[FunnelStep] = []
    previous: int | float | None = None
    for index, (name, raw) in enumerate(steps):
        number = _real(raw, f"count of step {index} {name!r}")
        if number < 0:
            raise ValueError(f"count of step {index} {name!r} is negative: {raw!r}")
        count: int | float = int(raw) if isinstance(raw, numbers.Integral) else number
        if previous is None:
            result.append(FunnelStep(index, name, count, None, None, None, False))
        else:
            rate = count / previous if previous > 0 else None
            drop_off = None if rate is None else 1 - rate
            result.append(FunnelStep(index, name, count, rate, drop_off, previous - count,
                                     count > previous))
        previous = count
    overall = result[-1].count / result[0].count if result and result[0].count > 0 else None
    biggest: FunnelStep | None = None
    largest = 0.0
    for step in result:
        if step.drop_off is not None and step.drop_off > largest:
            biggest, largest = step, step.drop_off
    return FunnelResult(tuple(result), overall, biggest)


def churn_rate(customers_at_start: int, customers_lost: int) -> float | None:
    """Churn rate as a fraction: ``customers_lost / customers_at_start`` (0.15 means 15 %).

    Both are non-negative whole numbers and the lost customers are among those at the
    start, so ``customers_lost <= customers_at_start`` (else ValueError). None when no
    customers were there at the start.
    """
    start = _count(customers_at_start, "customers at start")
    lost = _count(customers_lost, "customers lost")
    if lost > start:
        raise ValueError(f"{lost} customers lost is more than the {start} at the start")
    return None if start == 0 else lost / start


def churn(customers_at_start: int, lost_reasons: Iterable[str]) -> ChurnResult:
    """Churn with one reason string per lost customer, as ``churn_rate`` plus reason counts.

    ``reasons`` holds ``(reason, count)`` sorted by count descending, then reason
    ascending; reasons are counted exactly as given (callers normalise case or blanks).
    A reason that is not a string raises ValueError.
    """
    start = _count(customers_at_start, "customers at start")
    counter: Counter[str] = Counter()
    for position, reason in enumerate(lost_reasons):
        if not isinstance(reason, str):
            raise ValueError(f"churn reason {reason!r} at position {position} is not text")
        counter[reason] += 1
    lost = sum(counter.values())
    reasons = tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
    return ChurnResult(start, lost, churn_rate(start, lost), reasons)


def period_start(d: date | datetime, period: Period) -> date:
    """The first day of the period holding ``d``: the day itself, its ISO week's Monday, or the 1st.

    A datetime counts on its own calendar date (no time-zone conversion).
    """
    if isinstance(d, datetime):
        d = d.date()
    elif not isinstance(d, date):
        raise ValueError(f"{d!r} is not a date")
    if period == "day":
        return d
    if period == "week":
        return d - timedelta(days=d.weekday())
    if period == "month":
        return d.replace(day=1)
    raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")


def counts_by_period(
    events: Iterable[tuple[date | datetime, str]], period: Period,
) -> dict[tuple[date, str], int]:
    """Events (e.g. support tickets) counted per ``(period_start(d, period), category)``.

    Keys come out sorted by period start, then category; combinations without events are
    absent (not 0). Categories are taken exactly as given and must be strings.
    """
    if period not in PERIODS:
        raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")
    counter: Counter[tuple[date, str]] = Counter()
    for when, category in events:
        if not isinstance(category, str):
            raise ValueError(f"category {category!r} is not text")
        counter[(period_start(when, period), category)] += 1
    return dict(sorted(counter.items()))


def scale_to_emotion(value: float | None, low: float, high: float) -> float | None:
    """Map a satisfaction figure linearly onto the emotion scale -2..+2, clamped.

    ``low`` maps to -2 and ``high`` to +2: ``-2 + 4 * (value - low) / (high - low)``,
    then clamped into -2..+2. ``low > high`` inverts the scale (e.g. CES, where less
    effort is better); ``low == high`` raises ValueError. None passes through.
    Examples: CSAT % with (0, 100), 50 -> 0.0; mean on 1..5 with (1, 5), 4 -> 1.0.
    """
    if value is None:
        return None
    lo, hi = _real(low, "low end"), _real(high, "high end")
    if lo == hi:
        raise ValueError(f"low and high are both {low!r}")
    x = _real(value, "metric value")
    emotion = EMOTION_MIN + (EMOTION_MAX - EMOTION_MIN) * (x - lo) / (hi - lo)
    return float(min(EMOTION_MAX, max(EMOTION_MIN, emotion)))


__all__ = [
    "PERIODS", "ChurnResult", "CsatResult", "FunnelResult", "FunnelStep", "MeanResult",
    "NpsResult", "Period", "ces", "churn", "churn_rate", "counts_by_period", "csat",
    "csat_from_mean", "funnel", "nps", "nps_from_counts", "period_start", "scale_to_emotion",
]
