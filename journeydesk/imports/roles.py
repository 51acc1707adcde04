"""Column roles guessed from a read table's names and values: date, keys, metric columns, the table's shape."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from journeydesk.imports.reader import Table
from journeydesk.imports.values import looks_like_date, parse_number

Shape = Literal["long", "wide", "responses"]
_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    ("nps", ("nps", "net promoter", "recommend", "推奨度", "推奨", "おすすめ度")),
    ("csat", ("csat", "satisfaction", "satisfied", "満足度", "満足")),
    ("ces", ("ces", "effort", "customer effort", "努力", "労力", "手間")),
    ("touchpoint", ("touchpoint", "touch point", "タッチポイント", "接点", "顧客接点")),
    ("stage", ("stage", "phase", "step", "ステージ", "段階", "フェーズ", "ステップ")),
    ("channel", ("channel", "medium", "source", "チャネル", "チャンネル", "経路")),
    ("segment", ("segment", "persona", "cohort", "セグメント", "ペルソナ")),
    ("metric", ("metric", "measure", "kpi", "indicator", "指標", "メトリクス", "メトリック")),
    ("value", ("value", "値", "数値")),
    ("date", ("date", "day", "time", "timestamp", "week", "month", "日付", "日時", "年月日", "週", "月")),
]
_SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
_KEY_ROLES = {"date", "stage", "touchpoint", "channel", "segment", "metric", "value"}


def _words(text: str) -> str:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", unicodedata.normalize("NFKC", text))
    return " " + re.sub(r"[^0-9a-z\u3040-\u9fff]+", " ", text.casefold()) + " "


def _named_role(label: str) -> str | None:
    words = _words(label)
    for role, keywords in _KEYWORDS:
        for keyword in keywords:
            if keyword.isascii() and re.search(rf" {keyword}s? ", words):
                return role
            if not keyword.isascii() and keyword in words:
                return role
    return None


def guess_roles(table: Table, *, sample: int = 200) -> dict[str, str]:
    """A first guess of column roles by name (English, Japanese) and values; unguessed columns are left out.

    Roles: date, stage, touchpoint, channel, segment, metric (its name), value, nps, csat, ces
    (answers on their scale) and measure (another numeric column, one metric in wide format).
    """
    decimal = table.settings.decimal
    rows = table.rows[:sample]
    roles: dict[str, str] = {}
    for index, column in enumerate(table.columns):
        values = [r.values[index] for r in rows if r.values[index].strip()]
        numbers = [n for n in (_number(v, decimal) for v in values) if n is not None]
        numeric = bool(values) and len(numbers) >= 0.9 * len(values)
        dated = bool(values) and sum(map(looks_like_date, values)) >= 0.9 * len(values)
        role = _named_role(column) or _named_role(table.descriptions[index])
        if role in _SCALES:
            low, high = _SCALES[role]
            # A few answers off the scale are problems to report, not a sign of another kind of column.
            on_scale = sum(low <= n <= high and n == int(n) for n in numbers)
            role = role if numeric and on_scale >= 0.75 * len(numbers) else "measure" if numeric else None
        elif role == "date" and not dated:
            role = "measure" if numeric else None
        elif role is None and dated and not numeric:
            role = "date"
        elif role in (None, "value") and numeric:
            role = role or "measure"
        if role in _KEY_ROLES and role in roles.values():
            role = "measure" if numeric else None
        if role:
            roles[column] = role
    return roles


def _number(text: str, decimal: str) -> float | None:
    try:
        return parse_number(text, decimal=decimal)
    except ValueError:
        return None


def table_shape(table: Table, roles: dict[str, str]) -> Shape:
    """"responses" (one row per respondent), "long" (a metric-name and a value column) or "wide"."""
    chosen = set(roles.values())
    if chosen & set(_SCALES):
        return "responses"
    if {"metric", "value"} <= chosen:
        return "long"
    return "wide"
