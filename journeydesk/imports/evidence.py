"""Tables of research quotes and findings: recognising them, and reading each row into an evidence item.

A highlights export of a research repository, or a spreadsheet of interview notes, has a column of quotes or
findings, and columns saying where each came from (source, kind of source, date, participant) and where it
applies (card, touchpoint or stage). Rows are matched to the map as metric rows are (``names.map_keys``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from journeydesk.core.document import Document
from journeydesk.core.entity import new_id
from journeydesk.core.enums import SourceType
from journeydesk.core.model import Evidence, Journey
from journeydesk.i18n import t
from journeydesk.imports.names import map_keys, normalized, stage_key
from journeydesk.imports.pipeline import opened
from journeydesk.imports.reader import CsvSettings, Table, TableReader
from journeydesk.imports.roles import says
from journeydesk.imports.rows import line_message
from journeydesk.imports.values import detect_date_order, parse_date

ROLES = ("text", "source", "source_type", "date", "participant", "card", "touchpoint", "stage")
PLACES = ("card", "touchpoint", "stage")

# Header words per role (English and Japanese), compared after NFKC and case folding, as whole words.
_HEADERS: dict[str, tuple[str, ...]] = {
    "text": ("highlight", "highlight text", "quote", "quotes", "verbatim", "finding", "findings", "insight",
             "observation text", "excerpt", "statement", "発言", "発言内容", "引用", "ハイライト", "所見",
             "気づき", "インサイト", "発見", "発言・気づき", "コメント内容"),
    "source": ("source", "source name", "note", "note title", "document", "reference", "session", "情報源",
               "出典", "ソース", "資料", "記録"),
    "source_type": ("source type", "type", "research type", "method", "research method", "kind", "種別",
                    "種類", "調査手法", "手法", "調査種別"),
    "participant": ("participant", "participants", "respondent", "interviewee", "customer", "segment",
                    "persona", "参加者", "回答者", "対象者", "協力者", "セグメント", "ペルソナ"),
    "card": ("card", "claim", "map card", "カード", "仮説"),
}
# Cell words naming a kind of source; a cell names one if it is, or contains as a word, one of these.
_SOURCE_WORDS: dict[SourceType, tuple[str, ...]] = {
    SourceType.INTERVIEW: ("interview", "interviews", "user interview", "depth interview", "インタビュー",
                           "ヒアリング", "聞き取り"),
    SourceType.SURVEY: ("survey", "questionnaire", "poll", "アンケート", "サーベイ", "調査票"),
    SourceType.ANALYTICS: ("analytics", "web analytics", "ga4", "google analytics", "アクセス解析",
                           "ログ解析", "データ分析"),
    SourceType.SUPPORT_TICKET: ("support ticket", "support tickets", "ticket", "tickets", "support",
                                "zendesk", "freshdesk", "complaint", "問い合わせ", "お問い合わせ", "サポート",
                                "チケット", "クレーム"),
    SourceType.OBSERVATION: ("observation", "field observation", "contextual inquiry", "shadowing", "観察",
                             "行動観察", "店頭観察"),
    SourceType.USABILITY_TEST: ("usability test", "usability testing", "usability", "user test",
                                "user testing", "ユーザビリティテスト", "ユーザーテスト", "ユーザビリティ"),
    SourceType.DESK_RESEARCH: ("desk research", "secondary research", "literature review", "market report",
                               "デスクリサーチ", "文献調査", "二次調査"),
}


def _words(text: str) -> str:
    return " " + re.sub(r"[^0-9a-z\u3040-\u9fff]+", " ", normalized(text).replace("_", " ")) + " "


def source_type_of(text: str) -> SourceType | None:
    """The kind of source a cell names ("Interview", "ユーザビリティテスト", "support_ticket"), or None.

    A cell naming one kind exactly wins; else the longest kind word it contains (so "usability test" is not
    read as "test")."""
    words = _words(text)
    best: tuple[int, SourceType] | None = None
    for kind, names in _SOURCE_WORDS.items():
        for name in (kind.value.replace("_", " "), *names):
            folded = _words(name)
            if words == folded:
                return kind
            if folded in words and (best is None or len(folded) > best[0]):
                best = (len(folded), kind)
    return best[1] if best else None


def _header_is(label: str, role: str, *, exactly: bool) -> bool:
    """Whether a column name names ``role``: exactly one of its words, or (not ``exactly``) containing one."""
    words = _words(label)
    if words.endswith(" id ") or words.endswith(" no ") or words in (" # ", " 番号 "):
        return False
    if role in ("date", "stage", "touchpoint"):
        return says(label, role)
    names = [_words(name) for name in _HEADERS[role]]
    return any(words == name for name in names) or (not exactly and any(name in words for name in names))


@dataclass(frozen=True)
class EvidenceColumns:
    """Which column plays which part (a role → column name); ``text`` and one place are always there."""

    roles: dict[str, str]

    def column(self, role: str) -> str | None:
        return self.roles.get(role)


def recognise(table: Table) -> EvidenceColumns | None:
    """The roles of an evidence table's columns, or None when the table is not one.

    It is one when a column is named as quotes or findings are, and another names a card, touchpoint or
    stage; each role takes the first column named exactly for it, else the first whose name contains a word
    for it (so "Highlight" is the text beside "Highlight ID", which is no role)."""
    roles: dict[str, str] = {}
    for exactly in (True, False):
        for role in ("text", "source_type", "source", "date", "participant", "card", "touchpoint", "stage"):
            for column in table.columns:
                if role not in roles and column not in roles.values() and _header_is(column, role,
                                                                                     exactly=exactly):
                    roles[role] = column
                    break
    if "text" not in roles or not any(place in roles for place in PLACES):
        return None
    return EvidenceColumns(roles)


@dataclass
class EvidenceCheck:
    """What reading the rows found: items ready to add, rows placed nowhere and rows with problems (by
    line)."""

    rows_read: int = 0
    items: list[Evidence] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line of each item
    unmatched: list[str] = field(default_factory=list)  # "Line 7: …" for each row matched to nothing
    # "Line 8: …" for a row whose card is unknown but stage known
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "Line 9: …" for each row that cannot be read

    def by_owner(self) -> dict[str, int]:
        """How many items go to cards, to stages."""
        return {"cards": sum(1 for i in self.items if i.card_id),
                "stages": sum(1 for i in self.items if i.stage_id)}

    def by_place(self) -> Counter[tuple[str, str]]:
        """How many items go to each place: ("card_id", id) or ("stage_id", id)."""
        return Counter(("card_id", i.card_id) if i.card_id else ("stage_id", i.stage_id or "")
                       for i in self.items)


class _Places:
    """The journey's cards, touchpoints and stages as rows name them."""

    def __init__(self, document: Document, journey_id: str) -> None:
        self.stages, self.touchpoints = map_keys(document, journey_id)
        self.cards: dict[str, str] = {}
        for card in sorted(document.cards(journey_id), key=lambda c: c.id):
            self.cards.setdefault(normalized(card.text), card.id)

    def owner(self, cells: dict[str, str]) -> tuple[str, str, str] | None:
        """("card_id", id, "") or ("stage_id", id, the card or touchpoint named but not found, if any): a card
        by its text, else a touchpoint by its text, else the stage by its name."""
        for role, table, fold in (("card", self.cards, normalized), ("touchpoint", self.touchpoints,
                                                                     normalized),
                                  ("stage", self.stages, stage_key)):
            found = table.get(fold(cells.get(role, ""))) if cells.get(role, "") else None
            if found:
                missed = "" if role != "stage" else cells.get("card") or cells.get("touchpoint") or ""
                return ("stage_id" if role == "stage" else "card_id"), found, missed
        return None


def date_order(table: Table, columns: EvidenceColumns) -> str | None:
    """The date order the sample's dates decide (None when they do not, or there is no date column)."""
    column = columns.column("date")
    if column is None:
        return None
    index = table.columns.index(column)
    try:
        order = detect_date_order(row.values[index] for row in table.rows)
    except ValueError:
        return None
    return None if order.ambiguous else order.order


def check_evidence(document: Document, journey_id: str, source: bytes | Path, settings: CsvSettings,
                   columns: EvidenceColumns, *, name: str, order: str | None = None,
                   cancelled: Callable[[], bool] | None = None) -> EvidenceCheck:
    """Every row read into an evidence item of the journey (nothing is added): see ``EvidenceCheck``."""
    places = _Places(document, journey_id)
    journey = document.get(Journey, journey_id)
    journey_name = journey.name if journey else ""
    check = EvidenceCheck()
    with TableReader(opened(source), settings, name=name) as reader:
        index = {role: reader.columns.index(column) for role, column in columns.roles.items()
                 if column in reader.columns}
        for row in reader:
            check.rows_read += 1
            cells = {role: row.values[i].strip() for role, i in index.items()}
            _read_row(check, row.line, cells, places, journey_id, journey_name, order)
            if cancelled is not None and check.rows_read % 1000 == 0 and cancelled():
                break
        check.rows_read += reader.problem_count
        check.problems.extend(line_message(p.line, p.message) for p in reader.problems)
    return check


def _read_row(check: EvidenceCheck, line: int, cells: dict[str, str], places: _Places, journey_id: str,
              journey_name: str, order: str | None) -> None:
    if not any(cells.values()):
        check.rows_read -= 1
        return
    text = cells.get("text", "")
    if not text:
        check.problems.append(line_message(line, t("the quote or finding is empty.")))
        return
    # The source cell only stands in for a missing or empty type cell, never for an unknown one.
    said = cells.get("source_type") or cells.get("source") or ""
    kind = source_type_of(said)
    if kind is None:
        check.problems.append(line_message(line, t(
            "“{text}” is not a kind of source; write one of: interview, survey, analytics, support ticket, "
            "observation, usability test, desk research.", text=said) if said else t(
            "the kind of source is missing; write one of: interview, survey, analytics, support ticket, "
            "observation, usability test, desk research.")))
        return
    day = ""
    if cells.get("date"):
        try:
            day = parse_date(cells["date"], order).isoformat()[:10]
        except ValueError as error:
            check.problems.append(line_message(line, error))
            return
    owner = places.owner(cells)
    if owner is None:
        named = " / ".join(cells[p] for p in PLACES if cells.get(p)) or t("(nothing)")
        check.unmatched.append(line_message(line, t("“{names}” is not a card, touchpoint or stage of "
                                                    "“{journey}”.",
                                                     names=named, journey=journey_name)))
        return
    item = Evidence(new_id(), journey_id=journey_id, text=text, source=cells.get("source", ""),
                    source_type=kind, date=day, participant=cells.get("participant", ""))
    check.items.append(replace(item, **{owner[0]: owner[1]}))
    check.lines.append(line)
    if owner[2]:
        check.notes.append(line_message(line, t("“{name}” is not a card of “{journey}”; the item goes to the "
                                                 "stage “{stage}”.", name=owner[2], journey=journey_name,
                                                 stage=cells.get("stage", ""))))

