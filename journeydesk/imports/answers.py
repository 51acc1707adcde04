"""Survey answers written as words: satisfaction labels on the 1–5 CSAT scale, and cells that hold no
answer."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Cells that say "no answer": counted as such, never as a value or a problem.
NO_ANSWER = frozenset({
    "", "-", "--", "n/a", "na", "#n/a", "null", "nan", "none", "n.a.", "k.a.", "-/-",
    "offered", "unoffered", "not offered", "no answer", "not answered", "skipped", "declined",
    "該当なし", "無回答", "未回答", "回答なし", "なし", "不明",
})

# Five-point labels (and their two-point cousins) as CSAT answers: 4 and 5 are "satisfied".
_FIVE_POINT = {
    5: ("very satisfied", "extremely satisfied", "completely satisfied", "extremely happy", "very happy",
        "very good", "excellent", "とても満足", "非常に満足", "大変満足", "大変満足した", "とても満足した",
        "sehr zufrieden", "très satisfait", "muy satisfecho"),
    4: ("satisfied", "somewhat satisfied", "mostly satisfied", "happy", "やや満足", "まあ満足", "満足した",
        "zufrieden", "eher zufrieden", "satisfait", "plutôt satisfait", "satisfecho", "algo satisfecho"),
    3: ("neutral", "neither satisfied nor dissatisfied", "neither", "ok", "okay", "average", "どちらでもない",
        "普通", "ふつう", "どちらともいえない", "どちらとも言えない", "teils/teils", "weder noch", "neutre",
        "ni satisfait ni insatisfait", "ni satisfecho ni insatisfecho"),
    2: ("dissatisfied", "somewhat dissatisfied", "unsatisfied", "unhappy", "やや不満", "不満だった",
        "unzufrieden", "eher unzufrieden", "insatisfait", "plutôt insatisfait", "insatisfecho"),
    1: ("very dissatisfied", "extremely dissatisfied", "completely dissatisfied", "extremely unhappy",
        "very unhappy", "very poor", "とても不満", "非常に不満", "大変不満", "sehr unzufrieden",
        "très insatisfait", "muy insatisfecho"),
}
# Words that are satisfaction answers only in a column whose name asks about satisfaction.
_TWO_POINT = {5: ("good", "yes", "satisfied", "満足", "はい", "ja", "oui", "sí", "si", "thumbs up"),
              1: ("bad", "no", "dissatisfied", "不満", "いいえ", "nein", "non", "thumbs down")}

LABELS: dict[str, float] = {}
for _score, _words in _FIVE_POINT.items():
    LABELS.update(dict.fromkeys(_words, float(_score)))
PAIRED: dict[str, float] = {}
for _score, _words in _TWO_POINT.items():
    PAIRED.update(dict.fromkeys(_words, float(_score)))
# "満足" and "不満" alone are on the five-point list of many Japanese surveys (満足 / やや満足 / … / 不満).
LABELS.update({"満足": 4.0, "不満": 2.0})


def folded(text: str) -> str:
    """A cell as labels are compared: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_no_answer(text: str) -> bool:
    return folded(text) in NO_ANSWER


def label_table(values: Iterable[str], *, named: bool) -> dict[str, float] | None:
    """The labels → 1–5 table that reads every value (no-answer cells aside), or None if some do not fit.

    ``named``: the column's name asks about satisfaction, so two-point words (good / bad, yes / no)
    count too. A column with no label at all is not a label column.
    """
    table = {**PAIRED, **LABELS} if named else LABELS
    seen = False
    for value in values:
        key = folded(value)
        if key in NO_ANSWER:
            continue
        if key not in table:
            return None
        seen = True
    return table if seen else None


def label_value(text: str, table: dict[str, float]) -> float | None:
    """The 1–5 value of an answer label; None for no answer; ValueError for a word not on the scale."""
    key = folded(text)
    if key in NO_ANSWER:
        return None
    try:
        return table[key]
    except KeyError:
        raise ValueError(text) from None


__all__ = ["LABELS", "NO_ANSWER", "PAIRED", "folded", "is_no_answer", "label_table", "label_value"]
