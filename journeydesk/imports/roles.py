"""What each column of a table holds, judged from its name, its question text and its values, with the
reason."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from journeydesk.i18n import n_, t
from journeydesk.imports.answers import folded, is_no_answer, label_table
from journeydesk.imports.names import normalized, stage_key
from journeydesk.imports.reader import Table
from journeydesk.imports.values import looks_like_date, parse_number

KEY_ROLES = ("date", "stage", "touchpoint", "channel", "segment")
SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}

# Header words per role and kind, in English, Japanese, German, French and Spanish.
_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "ids", "uuid", "guid", "no", "nr", "#", "番号", "ｉｄ", "nummer", "numéro", "número", "key"),
    "meta": ("progress", "duration", "duration in seconds", "finished", "status", "ip address", "ipaddress",
             "location latitude", "locationlatitude", "location longitude", "locationlongitude", "latitude",
             "longitude", "distribution channel", "distributionchannel", "user language", "userlanguage",
             "recipient last name", "recipient first name", "recipient email", "external reference",
             "externalreference", "external data reference", "email address", "first name", "last name",
             "custom data", "custom data 1", "response type", "user agent", "browser", "priority",
             "subject", "description", "comment", "comments", "tags", "requester", "assignee", "name",
             "email", "メールアドレス", "氏名", "名前", "件名", "備考", "コメント"),
    "date": ("date", "day", "time", "timestamp", "created", "created at", "created time", "submitted",
             "submitted at", "recorded date", "start date", "startdate", "end date", "enddate", "week",
             "month", "datetime", "日付", "日時", "年月日", "作成日", "作成日時", "回答日", "回答日時", "週",
             "月", "datum", "zeit", "fecha", "jour"),
    "stage": ("stage", "phase", "step", "funnel step", "ステージ", "段階", "フェーズ", "ステップ", "stufe",
              "étape", "etape", "etapa", "paso"),
    "touchpoint": ("touchpoint", "touch point", "タッチポイント", "接点", "顧客接点", "berührungspunkt",
                   "kontaktpunkt", "point de contact", "punto de contacto"),
    "channel": ("channel", "medium", "source", "via", "チャネル", "チャネル名", "チャンネル", "経路", "kanal",
                "canal"),
    "segment": ("segment", "persona", "cohort", "group", "team", "device category", "セグメント", "ペルソナ",
                "グループ", "チーム", "segmento", "gruppe", "groupe", "grupo", "equipo"),
    "metric": ("metric", "measure", "kpi", "indicator", "指標", "メトリクス", "メトリック", "kennzahl",
               "indicateur", "métrica", "metrica", "indicador"),
    "value": ("value", "値", "数値", "wert", "valeur", "valor"),
    "nps": ("nps", "net promoter", "recommend", "recommending", "推奨度", "推奨", "おすすめ度", "おすすめ",
            "薦め", "勧め", "weiterempfehlen", "empfehlen", "weiterempfehlung", "recommander",
            "recommanderiez", "recomendar", "recomendaría"),
    "csat": ("csat", "satisfaction", "satisfied", "rating", "満足度", "満足", "評価", "zufriedenheit",
             "zufrieden", "satisfait", "satisfacción", "satisfaccion", "satisfecho"),
    "ces": ("ces", "effort", "customer effort", "easy", "easiness", "努力", "労力", "手間", "簡単", "aufwand",
            "esfuerzo"),
    "mean": ("average", "avg", "mean", "平均", "ø", "durchschnitt", "durchschnittlich", "moyenne", "promedio",
             "media", "rate", "ratio", "percent", "percentage", "share", "率", "割合", "quote", "anteil",
             "taux", "tasa"),
    "count": ("count", "number of", "visits", "visitors", "sessions", "users", "active users", "views",
              "pageviews", "page views", "clicks", "tickets", "orders", "conversions", "purchases",
              "transactions", "件数", "数", "訪問", "人数", "回数", "anzahl", "besuche", "besucher", "nombre",
              "visites", "número de", "visitas"),
    "total": ("revenue", "sales", "amount", "total", "sum", "売上", "売上高", "金額", "合計", "umsatz",
              "betrag", "summe", "chiffre d'affaires", "montant", "ventas", "importe"),
}
# The thing a table lists one row per, for the name of its count.
_THINGS = (("tickets", n_("tickets")), ("ticket", n_("tickets")), ("チケット", n_("tickets")),
           ("問い合わせ", n_("tickets")), ("inquir", n_("tickets")), ("case", n_("tickets")),
           ("order", n_("orders")), ("注文", n_("orders")), ("visit", n_("visits")),
           ("session", n_("visits")), ("訪問", n_("visits")), ("respon", n_("responses")),
           ("回答", n_("responses")))


@dataclass(frozen=True)
class ColumnGuess:
    """What a column holds: a role, and for a metric column its name, kind and how its cells read; with
    why."""

    column: str
    role: str  # ignore, date, stage, touchpoint, channel, segment, metric, value, measure
    reason: str = ""
    metric: str = ""
    kind: str = ""  # nps, csat, ces, count, value
    labels: str = ""  # "five" or "paired" when the answers are words
    unreadable: bool = False  # named like a metric, yet its values are neither numbers nor answers


def _words(text: str) -> str:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", unicodedata.normalize("NFKC", text))
    return " " + re.sub(r"[^0-9a-z#ø\u00c0-\u024f\u3040-\u9fff]+", " ", text.casefold()) + " "


def says(label: str, what: str) -> bool:
    """Whether a column name or question text uses one of the words for ``what``."""
    words = _words(label)
    for keyword in _WORDS[what]:
        folded_keyword = _words(keyword).strip()
        if not folded_keyword:
            continue
        if keyword.isascii() or any("\u00c0" <= c <= "\u024f" for c in keyword):
            if re.search(rf" {re.escape(folded_keyword)}s? ", words):
                return True
        elif folded_keyword in words:
            return True
    return False


def _is_id_name(label: str) -> bool:
    words = _words(label).split()
    return bool(words) and (words[-1] in ("id", "ids", "uuid", "guid", "番号", "no", "nr", "#")
                            or " ".join(words) in _WORDS["id"])


def _number(text: str, decimal: str) -> float | None:
    try:
        return parse_number(text, decimal=decimal)
    except ValueError:
        return None


@dataclass
class _Column:
    name: str
    description: str
    values: list[str]  # non-empty cells of the sample, no-answer cells left out
    numbers: list[float]

    @property
    def label(self) -> str:
        return f"{self.name} {self.description}"

    @property
    def numeric(self) -> bool:
        return bool(self.values) and len(self.numbers) >= 0.9 * len(self.values)

    @property
    def dated(self) -> bool:
        return bool(self.values) and sum(map(looks_like_date, self.values)) >= 0.9 * len(self.values)


def _identifier(column: _Column) -> str:
    """Why the column is an identifier, or ""."""
    if _is_id_name(column.name):
        return t("identifier (the name says so)")
    numbers = column.numbers
    if not column.numeric or len(numbers) < 3 or len(set(numbers)) < len(numbers):
        return ""
    if any(n != int(n) for n in numbers) or any(says(column.label, w) for w in ("nps", "csat", "ces", "count",
                                                                              "total", "mean", "value")):
        return ""
    if all(b > a for a, b in itertools.pairwise(numbers)) or min(numbers) >= 10_000:
        return t("identifier (every value is different)")
    return ""


def metric_kind(name: str, values: Sequence[str], numbers: Sequence[float]) -> tuple[str, str, str]:
    """(kind, labels, reason) of a metric from its name (or question text) and its values.

    Decimals, or a name that says average, make it a mean of values; answers on a scale make NPS,
    CSAT or CES; words such as "good" or "Very satisfied" are CSAT answers.
    """
    named = next((kind for kind in SCALES if says(name, kind)), "")
    if named and not values:
        # Asked, never answered (responses in progress): still that question, so an import of it holds
        # nothing.
        return named, "", t("{kind} answers, but none given", kind=named.upper())
    # A column named like a survey answer stays one when some answers are bad: those rows are then
    # reported by their lines instead of the column vanishing.
    numeric = bool(values) and len(numbers) >= (0.5 if named else 0.9) * len(values)
    if not numeric:
        labels = label_table(values, named=says(name, "csat"))
        if labels is not None:
            kind = "paired" if any(folded(v) in ("good", "bad", "yes", "no") for v in values) else "five"
            return "csat", kind, t("CSAT from answers in words, 4–5 satisfied")
        return "", "", ""
    wholes = all(n == int(n) for n in numbers)
    if says(name, "mean"):
        return "value", "", t("mean of values (the name says average or rate)")
    if not wholes:
        return "value", "", t("mean of values (decimals found)")
    for kind in ("nps", "csat", "ces"):
        if says(name, kind):
            low, high = SCALES[kind]
            # A few answers off the scale are problems to report, not a sign of another kind of column.
            if sum(low <= n <= high for n in numbers) >= 0.75 * len(numbers):
                return kind, "", {"nps": t("NPS from 0–10 answers"),
                                  "csat": t("CSAT from 1–5 answers, 4–5 satisfied"),
                                  "ces": t("CES: mean of 1–7 answers")}[kind]
            return "value", "", t("mean of values (not answers on the {kind} scale)", kind=kind.upper())
    if says(name, "count"):
        return "count", "", t("total of values (the name says count)")
    if says(name, "total"):
        return "count", "", t("total of values (the name says total)")
    return "value", "", t("mean of values")


def count_name(table: Table, source_name: str = "") -> str:
    """The name of a table's row count: what it lists one row per, e.g. "tickets"."""
    text = " ".join([source_name, *table.columns]).casefold()
    for word, name in _THINGS:
        if word in text:
            return t(name)
    return t("rows")


def guess_columns(table: Table, stages: set[str] | None = None, touchpoints: set[str] | None = None,
                  *, sample: int = 500) -> list[ColumnGuess]:
    """One guess per column. ``stages`` and ``touchpoints`` are the map's names as matching compares them
    (``names.stage_key`` and ``names.normalized``); a column whose values are mostly such names takes that
    role."""
    decimal = table.settings.decimal
    rows = table.rows[:sample]
    columns = []
    for index, name in enumerate(table.columns):
        values = [v for v in (r.values[index] for r in rows) if v.strip() and not is_no_answer(v)]
        numbers = [n for n in (_number(v, decimal) for v in values) if n is not None]
        columns.append(_Column(name, table.descriptions[index], values, numbers))
    guesses: dict[str, ColumnGuess] = {}
    taken: set[str] = set()

    def take(column: _Column, role: str, reason: str) -> bool:
        if role in taken:
            return False
        taken.add(role)
        guesses[column.name] = ColumnGuess(column.name, role, reason)
        return True

    for column in columns:
        why = _identifier(column)
        if why:
            guesses[column.name] = ColumnGuess(column.name, "ignore", why)
        elif " ".join(_words(column.name).split()) in _WORDS["meta"]:
            guesses[column.name] = ColumnGuess(column.name, "ignore",
                                               t("survey or ticket details, not a metric"))
    free = [c for c in columns if c.name not in guesses]
    # Dates: the first column of dates, one whose name says created or start first.
    dated = [c for c in free if c.dated and (not c.numeric or says(c.name, "date"))]
    dated.sort(key=lambda c: not any(w in c.name.casefold() for w in ("created", "start", "timestamp",
                                                                      "submitted",
                                                                       "日付", "作成", "回答日")))
    for column in dated:
        if not take(column, "date", t("dates")):
            guesses[column.name] = ColumnGuess(column.name, "ignore", t("another column of dates"))
    free = [c for c in columns if c.name not in guesses]
    # Keys named by their header, then keys found by their values.
    for role in ("stage", "touchpoint", "channel", "segment", "metric", "value"):
        for column in free:
            if column.name in guesses or role in taken:
                continue
            if role == "value" and not column.numeric:
                continue
            if role != "value" and column.numeric:
                continue
            answers = any(says(column.label, kind) for kind in SCALES)
            if says(column.name, role) or (role != "value" and not answers
                                           and says(column.description, role)):
                if role == "channel" and touchpoints and "touchpoint" not in taken \
                        and _share(column.values, touchpoints, normalized) >= 0.5:
                    take(column, "touchpoint", t("touchpoints (its values are touchpoints on the map)"))
                    continue
                take(column, role, t("the name says {role}", role=role_name(role)))
    for role, known, key in (("touchpoint", touchpoints, normalized), ("stage", stages, stage_key)):
        if not known or role in taken:
            continue
        for column in columns:
            if column.name not in guesses and not column.numeric and _share(column.values, known, key) >= 0.5:
                take(column, role, t("{role} (its values are {role} names on the map)", role=role_name(role)))
                break
    long = {"metric", "value"} <= taken
    for column in columns:
        if column.name in guesses:
            continue
        if long:
            guesses[column.name] = ColumnGuess(column.name, "ignore", t("not needed in a long table"))
            continue
        metric = _metric_name(column)
        kind, labels, reason = metric_kind(column.label, column.values, column.numbers)
        if kind:
            guesses[column.name] = ColumnGuess(column.name, "measure", reason, metric, kind, labels)
        elif column.values and any(says(column.label, w) for w in (*SCALES, "count", "total", "mean")):
            example = column.values[0].strip()
            guesses[column.name] = ColumnGuess(column.name, "ignore", t(
                "named like a metric, but its values are not numbers or answers (such as '{example}')",
                example=example if len(example) <= 30 else example[:29] + "…"), unreadable=True)
        else:
            guesses[column.name] = ColumnGuess(column.name, "ignore", t("text, not numbers or answers"))
    return [guesses[name] for name in table.columns]


def _share(values: list[str], known: set[str], key: object) -> float:
    distinct = {key(v) for v in values[:2000]}  # type: ignore[operator]
    return len(distinct & known) / len(distinct) if distinct else 0.0


def _metric_name(column: _Column) -> str:
    """The question text for coded survey columns (Q1, QID3_1), else the column's name."""
    if column.description and re.fullmatch(r"(?i)q(?:id)?\d+(?:[._]\d+)*(?:_text)?|column \d+",
                                           column.name.strip()):
        text = " ".join(column.description.split())
        return text if len(text) <= 120 else text[:119] + "…"
    return column.name


def role_name(role: str) -> str:
    """A role as messages name it."""
    return {"date": t("date"), "stage": t("stage"), "touchpoint": t("touchpoint"), "channel": t("channel"),
            "segment": t("segment"), "metric": t("metric name"), "value": t("value")}.get(role, role)


def kind_label(kind: str) -> str:
    """A metric kind as messages name it."""
    return {"nps": "NPS", "csat": "CSAT", "ces": "CES", "count": t("count"),
            "value": t("value")}.get(kind, kind)


__all__ = ["KEY_ROLES", "SCALES", "ColumnGuess", "count_name", "guess_columns", "kind_label", "metric_kind",
           "role_name", "says"]
