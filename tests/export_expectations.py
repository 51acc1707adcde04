"""What each export fixture in tests/data/exports must give, computed here by hand rules.

Independent of JourneyDesk on purpose: nothing here imports it. Each reader knows its file's
encoding, delimiter and header rows (as a person who looked at the file would), reads it with
the csv module and applies the rules of PRODUCT.md:

- NPS: % answers 9–10 minus % answers 0–6, over the valid 0–10 answers;
- CSAT: % of answers 4–5 on a 1–5 scale. Words count as answers: good → satisfied, bad → not;
  five-point labels map to 5…1 from the best end. offered / unoffered / blank / "n/a" are no
  answer and do not count in n;
- a column of daily averages: the mean of its values; a column of counts: their total when the
  import reads it as counts, else their mean (the figure follows the kind the import reports);
- an event table (one row per ticket): the number of rows, n = that number.

Figures are per touchpoint, channel or stage wherever the file has such a column, and over all
rows. Labels are the names as they stand in the file (a touchpoint that matches a card keeps
the card's text, which is the same text here); tests compare them ignoring case and width.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"

NO_ANSWER = {"", "n/a", "N/A", "-", "該当なし"}


@dataclass(frozen=True)
class Figure:
    """One group's expected figure: its label (None: not compared, as for --by all), value, n."""

    label: str | None
    value: float
    n: int


@dataclass(frozen=True)
class Expected:
    """The figures of one ``metrics --metric METRIC --by BY``; ``groups`` per kind the import may
    report for the metric (one kind where the rules leave no choice)."""

    metric: str
    by: str
    groups: dict[str, tuple[Figure, ...]]


@dataclass(frozen=True)
class Fixture:
    """A fixture file and everything the acceptance tests check about its import."""

    file: str
    language: str                       # the ecommerce template's language to import into
    data_rows: int                      # data records (after header rows, preamble)
    flags: tuple[str, ...]              # the import-csv options the command must ask for
    date_order: str | None              # the file's real date order, where its dates are ambiguous
    kind_words: dict[str, str]          # column text → the word its kind line must hold
    expected: tuple[Expected, ...]
    broken_lines: tuple[int, ...] = ()  # file lines of rows with structural problems
    not_empty: tuple[tuple[str, str], ...] = field(default=())  # (metric, by) never empty with exit 0

    @property
    def path(self) -> Path:
        return EXPORTS / self.file


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class Record:
    line: int          # the file line the record starts on (1-based)
    cells: list[str]


def read_records(name: str, encoding: str, delimiter: str = ",", *,
                 comments: str | None = None) -> list[Record]:
    """Every record of the file with the line it starts on; ``comments`` skips the lines so
    prefixed before the header (a preamble)."""
    text = (EXPORTS / name).read_bytes().decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    skipped = 0
    while comments and text.startswith(comments):
        text = text.partition("\n")[2]
        skipped += 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, previous = [], 0
    for cells in reader:
        records.append(Record(skipped + previous + 1, cells))
        previous = reader.line_num
    return records


# ---------------------------------------------------------------------------------------------
# Rules


def nps(answers: Iterable[int]) -> tuple[float, int] | None:
    answers = list(answers)
    if not answers:
        return None
    promoters = sum(1 for a in answers if a >= 9)
    detractors = sum(1 for a in answers if a <= 6)
    return (promoters - detractors) * 100 / len(answers), len(answers)


def csat(answers: Iterable[int]) -> tuple[float, int] | None:
    answers = list(answers)
    if not answers:
        return None
    return sum(1 for a in answers if a >= 4) * 100 / len(answers), len(answers)


def mean(values: Iterable[float]) -> tuple[float, int] | None:
    values = list(values)
    return (sum(values) / len(values), len(values)) if values else None


def total(values: Iterable[float]) -> tuple[float, int] | None:
    values = list(values)
    return (float(sum(values)), len(values)) if values else None


def count(rows: Iterable[object]) -> tuple[float, int] | None:
    n = sum(1 for _ in rows)
    return (float(n), n) if n else None


def nps_answer(cell: str) -> int | None:
    cell = cell.strip()
    if cell in NO_ANSWER:
        return None
    value = int(cell)
    assert 0 <= value <= 10, cell
    return value


def scale_answer(cell: str) -> int | None:
    cell = cell.strip()
    if cell in NO_ANSWER:
        return None
    value = int(cell)
    assert 1 <= value <= 5, cell
    return value


def label_answer(labels_worst_first: tuple[str, ...]) -> Callable[[str], int | None]:
    """Five labels, worst first, read as 1…5; anything blank or 'n/a' is no answer."""
    scale = {label: i + 1 for i, label in enumerate(labels_worst_first)}

    def read(cell: str) -> int | None:
        cell = cell.strip()
        return None if cell in NO_ANSWER else scale[cell]
    return read


def helpdesk_answer(cell: str) -> int | None:
    """Zendesk satisfaction: good is satisfied (5), bad is not (1), offered / unoffered no answer."""
    cell = cell.strip().lower()
    if cell in ("good",):
        return 5
    if cell in ("bad",):
        return 1
    assert cell in ("offered", "unoffered", ""), cell
    return None


def figures(rows: list[list[str]], key: Callable[[list[str]], str] | None,
            answer: Callable[[list[str]], object | None], rule: Callable[[list], tuple[float, int] | None],
            ) -> tuple[Figure, ...]:
    """The figure per key (or over all rows when ``key`` is None), from the rows' valid answers."""
    groups: dict[str | None, list] = defaultdict(list)
    for row in rows:
        value = answer(row)
        if value is not None:
            groups[key(row) if key else None].append(value)
    found = []
    for label, values in sorted(groups.items(), key=lambda item: item[0] or ""):
        result = rule(values)
        if result is not None:
            found.append(Figure(label, round(result[0], 6), result[1]))
    return tuple(found)


def by_and_all(metric: str, key_by: str, key: Callable[[list[str]], str], rows: list[list[str]],
               answer: Callable[
                   [list[str]], object | None], rules: dict[str, Callable]) -> tuple[Expected, ...]:
    """The figures per ``key_by`` and over all rows, for each kind the metric may be read as."""
    return (Expected(metric, key_by, {kind: figures(rows, key, answer, rule)
                                      for kind, rule in rules.items()}),
            Expected(metric, "all", {kind: figures(rows, None, answer, rule)
                                     for kind, rule in rules.items()}))


def _column(header: list[str], name: str) -> int:
    return header.index(name)


# ---------------------------------------------------------------------------------------------
# The fixtures


def qualtrics() -> Fixture:
    records = read_records("qualtrics_responses.csv", "utf-8")
    tags, questions = records[0].cells, records[1].cells
    rows = [r.cells for r in records[3:]]
    q1, q2 = _column(tags, "Q1"), _column(tags, "Q2")
    recommend = questions[q1]
    return Fixture(
        "qualtrics_responses.csv", "en", len(rows), (), None,
        {recommend: "NPS"},
        by_and_all("NPS", "channel", lambda r: r[q2], rows, lambda r: nps_answer(r[q1]), {"nps": nps}),
        not_empty=(("NPS", "touchpoint"),),
    )


SURVEYMONKEY_LABELS = ("Very dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied",
                       "Somewhat satisfied", "Very satisfied")


def surveymonkey() -> Fixture:
    records = read_records("surveymonkey_responses.csv", "utf-8")
    header = records[0].cells
    rows = [r.cells for r in records[2:]]
    recommend = next(i for i, q in enumerate(header) if "recommend" in q)
    satisfied = next(i for i, q in enumerate(header) if "satisfied" in q)
    used = _column(header, "Which of these did you use most recently?")
    label = label_answer(SURVEYMONKEY_LABELS)
    return Fixture(
        "surveymonkey_responses.csv", "en", len(rows), ("--create-touchpoints",), None,
        {header[recommend]: "NPS", header[satisfied]: "CSAT"},
        by_and_all("NPS", "touchpoint", lambda r: r[used], rows, lambda r: nps_answer(r[recommend]),
                   {"nps": nps})
        + by_and_all("CSAT", "touchpoint", lambda r: r[used], rows, lambda r: label(r[satisfied]),
                     {"csat": csat}),
    )


GOOGLE_STAFF_LABELS = ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied")


def google_forms() -> Fixture:
    records = read_records("google_forms_responses.csv", "utf-8")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    channel = _column(header, "Which channel did you use?")
    overall = _column(header, "How satisfied were you with your visit overall?")
    recommend = _column(header, "How likely are you to recommend us to a friend or colleague?")
    staff = _column(header, "How satisfied are you with our staff?")
    label = label_answer(GOOGLE_STAFF_LABELS)
    def key(r):
        return r[channel]
    return Fixture(
        "google_forms_responses.csv", "en", len(rows), (), None,
        {header[recommend]: "NPS", header[overall]: "CSAT", header[staff]: "CSAT"},
        by_and_all("NPS", "channel", key, rows, lambda r: nps_answer(r[recommend]), {"nps": nps})
        + by_and_all(header[overall], "channel", key, rows, lambda r: scale_answer(r[overall]),
                     {"csat": csat})
        + by_and_all(header[staff], "channel", key, rows, lambda r: label(r[staff]), {"csat": csat}),
    )


def _percent(cell: str) -> float | None:
    cell = cell.strip()
    return None if cell in NO_ANSWER else float(cell.rstrip("%"))


def _unnumbered(step: str) -> str:
    """'1. Awareness' → 'Awareness' (the stage the step names)."""
    number, _, name = step.partition(". ")
    assert number.isdigit(), step
    return name


def ga4_funnel() -> Fixture:
    records = read_records("ga4_funnel_exploration.csv", "utf-8", comments="#")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    step, users, completion = (_column(header, c) for c in ("Step", "Active users", "Completion rate"))
    def key(r):
        return _unnumbered(r[step])
    def counts(r):
        return float(r[users])
    return Fixture(
        "ga4_funnel_exploration.csv", "en", len(rows), (), None, {},
        (Expected("Active users", "stage", {"count": figures(rows, key, counts, total),
                                             "value": figures(rows, key, counts, mean)}),
         Expected("Completion rate", "stage", {"value": figures(rows, key, lambda r: _percent(r[completion]),
                                                                mean)})),
    )


def zendesk() -> Fixture:
    records = read_records("zendesk_tickets.csv", "utf-8")
    header = records[0].cells
    created = _column(header, "Created at")
    broken = []
    rows = []
    for record in records[1:]:
        if len(record.cells) != len(header) or record.cells[created].startswith("2024-02-30"):
            broken.append(record.line)
        else:
            rows.append(record.cells)
    channel, score = _column(header, "Channel"), _column(header, "Satisfaction Score")
    def key(r):
        return r[channel]
    return Fixture(
        "zendesk_tickets.csv", "en", len(records) - 1, ("--skip-bad-rows",), None,
        {"Satisfaction Score": "CSAT"},
        by_and_all("CSAT", "channel", key, rows, lambda r: helpdesk_answer(r[score]), {"csat": csat})
        + by_and_all("count", "channel", key, rows, lambda r: r, {"count": count}),
        broken_lines=tuple(broken),
    )


FRESHDESK_RATINGS = ("Extremely unhappy", "Unhappy", "Neutral", "Happy", "Extremely happy")


def freshdesk() -> Fixture:
    records = read_records("freshdesk_tickets.csv", "utf-8")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    rating = _column(header, "Customer satisfaction rating")
    label = label_answer(FRESHDESK_RATINGS)
    return Fixture(
        "freshdesk_tickets.csv", "en", len(rows), (), None,
        {"Customer satisfaction rating": "CSAT"},
        (Expected("CSAT", "all", {"csat": figures(rows, None, lambda r: label(r[rating]), csat)}),
         Expected("count", "all", {"count": figures(rows, None, lambda r: r, count)})),
    )


def japanese_daily() -> Fixture:
    records = read_records("excel_japanese_daily_cp932.csv", "cp932")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    touchpoint, visits, average = (_column(header, c) for c in ("タッチポイント", "訪問数",
                                                                "満足度(CSAT平均)"))
    def key(r):
        return r[touchpoint]
    def count_of(r):
        return float(r[visits].replace(",", ""))
    return Fixture(
        "excel_japanese_daily_cp932.csv", "ja", len(rows), ("--create-touchpoints",), None,
        {"満足度(CSAT平均)": "mean"},
        by_and_all("満足度(CSAT平均)", "touchpoint", key, rows, lambda r: float(r[average]), {"value": mean})
        + by_and_all("訪問数", "touchpoint", key, rows, count_of, {"count": total, "value": mean}),
    )


def _german_number(cell: str) -> float | None:
    cell = cell.strip()
    return None if cell in NO_ANSWER else float(cell.replace(".", "").replace(",", "."))


def european() -> Fixture:
    records = read_records("german_orders_latin1.csv", "latin-1", ";")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    channel, touchpoint, satisfaction, revenue = (
        _column(header, c) for c in ("Kanal", "Berührungspunkt", "Zufriedenheit", "Umsatz"))
    def answer(r):
        return scale_answer(r[satisfaction])
    def amount(r):
        return _german_number(r[revenue])
    return Fixture(
        "german_orders_latin1.csv", "en", len(rows), ("--create-touchpoints",), None,
        {"Zufriedenheit": "CSAT"},
        (*by_and_all("Zufriedenheit", "touchpoint", lambda r: r[touchpoint], rows, answer, {"csat": csat}),
         Expected("Zufriedenheit", "channel", {"csat": figures(rows, lambda r: r[channel], answer, csat)}),
         *by_and_all("Umsatz", "channel", lambda r: r[channel], rows, amount,
                     {"value": mean, "count": total})),
    )


def utf16_unicode_text() -> Fixture:
    records = read_records("excel_unicode_text_utf16.txt", "utf-16", "\t")
    header = records[0].cells
    rows = [r.cells for r in records[1:]]
    touchpoint, channel, score = (_column(header, c) for c in ("Touchpoint", "Channel", "NPS"))
    def answer(r):
        return nps_answer(r[score])
    return Fixture(
        "excel_unicode_text_utf16.txt", "en", len(rows), ("--create-touchpoints", "--date-order"), "mdy",
        {"NPS": "NPS"},
        (*by_and_all("NPS", "touchpoint", lambda r: r[touchpoint], rows, answer, {"nps": nps}),
         Expected("NPS", "channel", {"nps": figures(rows, lambda r: r[channel], answer, nps)})),
    )


FIXTURES: dict[str, Callable[[], Fixture]] = {
    "qualtrics": qualtrics,
    "surveymonkey": surveymonkey,
    "google_forms": google_forms,
    "ga4_funnel": ga4_funnel,
    "zendesk": zendesk,
    "freshdesk": freshdesk,
    "japanese_daily": japanese_daily,
    "european": european,
    "utf16_unicode_text": utf16_unicode_text,
}

NO_VALUES = "qualtrics_responses_in_progress.csv"
"""An export with rows but no value in them: respondents who have answered nothing yet."""
NO_ROWS = "google_forms_no_responses.csv"
"""An export with no rows at all: the form's download before anyone answered."""


if __name__ == "__main__":  # print the table of expected figures
    for make in FIXTURES.values():
        fixture = make()
        broken = ", ".join(map(str, fixture.broken_lines))
        print(f"{fixture.file}: {fixture.data_rows} rows; flags {' '.join(fixture.flags) or '-'}"
              f"{'; broken lines ' + broken if fixture.broken_lines else ''}")
        for expected in fixture.expected:
            for kind, groups in expected.groups.items():
                shown = "; ".join(f"{g.label or 'all'} {g.value:.2f} (n={g.n})" for g in groups)
                print(f"  {expected.metric} by {expected.by} [{kind}]: {shown}")
