"""Reading numbers and dates the way spreadsheets and exports write them (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Literal

from journeydesk.i18n import t
from journeydesk.imports.answers import NO_ANSWER

Order = Literal["ymd", "dmy", "mdy"]
ORDERS: tuple[Order, ...] = ("ymd", "dmy", "mdy")
AMBIGUOUS = "ambiguous"
EMPTY_MARKERS = NO_ANSWER

_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-"})
_ORDER_LABELS = {"ymd": "year/month/day", "dmy": "day/month/year", "mdy": "month/day/year"}


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_MINUS).strip()


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


# Numbers ----------------------------------------------------------------------------------

def _number_pattern(decimal: str) -> re.Pattern[str]:
    group = "[ ',’]" if decimal == "." else "[ '.’]"
    dec = re.escape(decimal)
    exp = r"(?:[eE][+-]?\d+)?"
    return re.compile(rf"(?:\d{{1,3}}(?P<sep>{group})\d{{3}}(?:(?P=sep)\d{{3}})*|\d+)(?:{dec}\d*)?{exp}"
                      rf"|{dec}\d+{exp}")


_NUMBER = {".": _number_pattern("."), ",": _number_pattern(",")}
_GROUPED = {sep: re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


def parse_number(text: str, *, decimal: str = ".") -> float | None:
    """The number as written ("45%" → 45.0); None for an empty cell or a marker such as "n/a".

    Thousands separators (``,`` ``.`` ``'`` and spaces, the one that is not ``decimal``),
    full-width digits, a leading sign and accounting parentheses are understood.
    """
    if decimal not in (".", ","):
        raise ValueError(t("The decimal separator must be '.' or ',', not '{decimal}': choose one of them.",
                           decimal=decimal))
    s = _normalize(text)
    if s.casefold() in EMPTY_MARKERS:
        return None
    if any(unicodedata.category(c) == "No" for c in text):  # ², ①, ½: footnote marks, not digits
        raise ValueError(t("'{text}' is not a number (decimal separator '{decimal}'): correct the cell, "
                           "choose the other decimal separator, or skip the row.",
                           text=_shown(text), decimal=decimal))
    body, negative = s, False
    if body.startswith("(") and body.endswith(")"):
        body, negative = body[1:-1].strip(), True
    if body.endswith("%"):
        body = body[:-1].rstrip()
    elif body.startswith("%"):
        body = body[1:].lstrip()
    if body[:1] in ("+", "-"):
        negative ^= body[0] == "-"
        body = body[1:].lstrip()
    match = _NUMBER[decimal].fullmatch(body)
    if match is None:
        raise ValueError(t("'{text}' is not a number (decimal separator '{decimal}'): correct the cell, "
                           "choose the other decimal separator, or skip the row.",
                           text=_shown(text), decimal=decimal))
    if match["sep"]:
        body = body.replace(match["sep"], "")
    value = float(body.replace(decimal, "."))
    return -value if negative else value


def looks_like_number(text: str, *, decimal: str = ".") -> bool:
    """Whether the cell holds a number (empty cells and "n/a" do not count)."""
    try:
        return parse_number(text, decimal=decimal) is not None
    except ValueError:
        return False


def detect_decimal(samples: Iterable[str]) -> Literal[".", ","]:
    """The decimal separator the samples use: "," only when they show it, else "."."""
    votes = {".": 0, ",": 0}
    for text in samples:
        s = re.sub(r"[ '’]", "", _normalize(text).strip("%()+- "))
        if not re.fullmatch(r"\d[\d.,]*", s) or s[-1] in ".,":
            continue
        dot, comma = s.rfind("."), s.rfind(",")
        if dot >= 0 and comma >= 0:
            votes["." if dot > comma else ","] += 1
            continue
        if dot < 0 and comma < 0:
            continue
        sep = "." if dot >= 0 else ","
        other = "," if sep == "." else "."
        if s.count(sep) > 1:
            votes[other] += 1 if _GROUPED[sep].fullmatch(s) else 0
        elif not _GROUPED[sep].fullmatch(s):
            votes[sep] += 1
    return "," if votes[","] > votes["."] else "."


# Dates ------------------------------------------------------------------------------------

_TIME = (r"(?:(?:T|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<F>\d+))?)?"
         r"(?:\s*(?P<ampm>[ap])\.?m\.?)?(?:\s*(?P<tz>z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?)?")
_Y_FIRST = re.compile(r"(?P<y>\d{4})(?P<s>[-/.])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})" + _TIME, re.I)
_Y_LAST = re.compile(r"(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<c>\d{4}|\d{2})" + _TIME, re.I)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<a>\d{2})(?P<b>\d{2})" + _TIME, re.I)
_JA_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:[(][月火水木金土日][)])?")
_JA_TIME = re.compile(r"(\d{1,2})時(\d{1,2})分(?:(\d{1,2})秒)?")


class AmbiguousDateError(ValueError):
    """A date whose day and month can be read either way; ``candidates`` are the orders that fit."""

    def __init__(self, message: str, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class DateOrder:
    """The day/month order of a column: ``order`` is "ymd", "dmy", "mdy" or AMBIGUOUS."""

    order: str
    candidates: tuple[str, ...]

    @property
    def ambiguous(self) -> bool:
        return self.order == AMBIGUOUS


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _readings(text: str) -> tuple[dict[str, date], re.Match[str], bool]:
    """The valid readings of a date cell by order, its match, and whether its form fixes the order."""
    s = _JA_DATE.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]} ", _normalize(text))
    s = _JA_TIME.sub(lambda m: f"{m[1]}:{m[2]}" + (f":{m[3]}" if m[3] else ""), s).strip()
    not_a_date = t("'{text}' is not a date: use a form such as 2024-03-14, 2024/3/14, 14.03.2024 "
                   "or 03/14/2024, or correct the cell.", text=_shown(text))
    match = _Y_FIRST.fullmatch(s) or _COMPACT.fullmatch(s)
    fixed = match is not None
    if fixed:
        parts = {"ymd": (match["y"], match["a"], match["b"])}
    else:
        match = _Y_LAST.fullmatch(s)
        if match is None:
            raise ValueError(not_a_date)
        a, b, c = match["a"], match["b"], match["c"]
        parts = {"dmy": (c, b, a)}
        if match["s"] != ".":
            parts["mdy"] = (c, a, b)
            if len(c) == 2:
                parts["ymd"] = (a, b, c)
    if match["tz"] and not match["H"]:
        raise ValueError(not_a_date)
    readings: dict[str, date] = {}
    for order, (y, m, d) in parts.items():
        try:
            readings[order] = date(_year(y), int(m), int(d))
        except ValueError:
            continue
    if not readings:
        raise ValueError(t("'{text}' is not a valid date (no such day or month): correct the cell or "
                           "check the date order.", text=_shown(text)))
    return readings, match, fixed


def _with_time(day: date, match: re.Match[str], text: str) -> date | datetime:
    if not match["H"]:
        return day
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0) if 1 <= hour <= 12 else 24
    tzinfo: timezone | None = None
    tz = (match["tz"] or "").lower()
    if tz in ("z", "utc", "gmt"):
        tzinfo = UTC
    elif tz:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        tzinfo = timezone(-offset if tz[0] == "-" else offset)
    micro = int((match["F"] or "0")[:6].ljust(6, "0"))
    try:
        return datetime(day.year, day.month, day.day, hour, minute, int(match["S"] or 0), micro, tzinfo)
    except ValueError:
        raise ValueError(t("'{text}' has an impossible time of day: correct the cell.",
                           text=_shown(text))) from None


def parse_date(text: str, order: Order | None = None) -> date | datetime:
    """A date (or a datetime when a time is given, aware when a zone is given).

    ``order`` settles forms such as 03/04/2024; without it such a cell raises
    ``AmbiguousDateError`` instead of being guessed. 14.03.2024 (dots) is always day first.
    """
    if order is not None and order not in ORDERS:
        raise ValueError(t("Unknown date order '{order}': choose ymd, dmy or mdy.", order=order))
    readings, match, fixed = _readings(text)
    if fixed:
        return _with_time(readings["ymd"], match, text)
    if order is not None:
        if order not in readings:
            raise ValueError(t("'{text}' is not a valid {label} date: correct the cell or choose another "
                               "date order.", text=_shown(text), label=_ORDER_LABELS[order]))
        return _with_time(readings[order], match, text)
    if len(readings) > 1:
        options = " or ".join(f"{day.isoformat()} ({_ORDER_LABELS[o]})" for o, day in readings.items())
        raise AmbiguousDateError(t("'{text}' could be {options}: choose the date order.",
                                   text=_shown(text), options=options), tuple(readings))
    return _with_time(next(iter(readings.values())), match, text)


def looks_like_date(text: str) -> bool:
    """Whether the cell holds a date in one of the understood forms (in any order)."""
    try:
        _readings(text)
    except ValueError:
        return False
    return True


def detect_date_order(samples: Iterable[str]) -> DateOrder:
    """The order that fits every sample; AMBIGUOUS (with the candidates) when the samples do not decide.

    Cells that are empty or not dates are left out (the import reports them row by row).
    Raises ValueError when no sample is a date, or when the samples contradict each other.
    """
    fitting = set(ORDERS)
    seen = constrained = False
    for text in samples:
        if not text.strip():
            continue
        try:
            readings, _match, fixed = _readings(text)
        except ValueError:
            continue
        seen = True
        if fixed:
            continue
        constrained = True
        if not fitting & set(readings):
            raise ValueError(t("'{text}' does not fit the date order of the values before it "
                               "({orders}): correct the column or choose the order by hand.",
                               text=_shown(text), orders=", ".join(_ORDER_LABELS[o]
                                                                   for o in sorted(fitting))))
        fitting &= set(readings)
    if not seen:
        raise ValueError(t("None of the values is a date: choose another column for the date."))
    if not constrained:
        return DateOrder("ymd", ("ymd",))
    candidates = tuple(o for o in ORDERS if o in fitting)
    if len(candidates) == 1:
        return DateOrder(candidates[0], candidates)
    return DateOrder(AMBIGUOUS, candidates)
