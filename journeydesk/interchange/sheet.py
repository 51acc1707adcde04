"""Spreadsheets: one row per card (written with a BOM and formula-safe cells, read back), or a stage × lane
grid."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence

from journeydesk.core.document import Document, EditRefused
from journeydesk.core.enums import CardKind, Category, LaneKind, Mode
from journeydesk.core.journey_commands import emotion_score
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Card, Journey, Stage
from journeydesk.core.safe_csv import FORMULA_STARTS, safe_cell, write_rows
from journeydesk.i18n import t
from journeydesk.interchange.builder import JourneyBuilder, spread, untitled
from journeydesk.interchange.common import Imported, InterchangeError
from journeydesk.interchange.json_export import map_order

COLUMNS = ("journey", "stage", "lane", "lane_kind", "kind", "text", "score", "color", "channel", "category",
           "mode", "owner", "moment_of_truth", "exit_point", "exit_reason", "frequency", "severity", "impact",
           "effort")
EMOTION = "emotion"
_YES = {"yes", "y", "true", "1", "x", "✓", "○", "はい"}
_RATINGS = ("frequency", "severity", "impact", "effort")
# Lane names people write, by the kind of lane they mean (English and Japanese, folded).
_LANE_WORDS: tuple[tuple[LaneKind, tuple[str, ...]], ...] = (
    (LaneKind.TOUCHPOINTS, ("touchpoint", "タッチポイント", "接点")),
    (LaneKind.ACTIONS, ("action", "行動", "アクション", "doing", "task")),
    (LaneKind.THOUGHTS, ("thought", "thinking", "思考", "考え", "感じ", "気持ち")),
    (LaneKind.EMOTIONS, ("emotion", "feeling", "感情")),
    (LaneKind.PAIN_POINTS, ("pain", "ペイン", "課題", "不満")),
    (LaneKind.OPPORTUNITIES, ("opportunit", "機会", "改善", "アイデア", "idea")),
    (LaneKind.CHANNELS, ("channel", "チャネル", "チャンネル")),
    (LaneKind.BACKSTAGE, ("backstage", "バックステージ", "裏側", "舞台裏", "support", "支援")),
    (LaneKind.NOTES, ("note", "メモ", "備考")),
)
_HEADER_WORDS = {"stage": ("stage", "ステージ", "フェーズ", "段階"), "text": ("text", "テキスト", "内容",
                                                                              "カード")}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def lane_kind_of(name: str) -> LaneKind:
    """The kind of lane a name says (“タッチポイント”, “Pain points”…); notes when it says none."""
    folded = _fold(name)
    for kind, words in _LANE_WORDS:
        if any(word in folded for word in words):
            return kind
    return LaneKind.NOTES


# ----- writing


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else ""
    return "" if value is None else getattr(value, "value", value)


def card_rows(doc: Document, journey_ids: Sequence[str]) -> list[list[object]]:
    """The header, then one row per card and one per emotion marker, journey by journey in map order."""
    rows: list[list[object]] = [list(COLUMNS)]
    for journey_id in journey_ids:
        journey = doc.get(Journey, journey_id)
        stages = {s.id: s for s in doc.stages(journey_id)}
        lanes = {lane.id: lane for lane in doc.lanes(journey_id)}
        marker_rows: dict[tuple[str, str], list] = {}
        for marker in doc.markers(journey_id):
            marker_rows.setdefault((marker.stage_id, marker.lane_id), []).append(marker)
        card_cells: dict[tuple[str, str], list[Card]] = {}
        for card in map_order(doc, journey_id):
            card_cells.setdefault((card.stage_id, card.lane_id), []).append(card)
        for index, stage in enumerate(stages.values()):
            empty_stage = not any(card_cells.get((stage.id, x)) or marker_rows.get((stage.id, x))
                                  for x in lanes)
            for lane in lanes.values():
                cell = (stage.id, lane.id)
                if (index == 0 or empty_stage) and not card_cells.get(cell) and not marker_rows.get(cell):
                    # a row without kind and text only names its stage and lane, so that both keep their place
                    rows.append([journey.name, stage.name, lane.name, lane.kind.value, "", "", "",
                                 *([""] * (len(COLUMNS) - 7))])
                for card in card_cells.get(cell, []):
                    rows.append([journey.name, stage.name, lane.name, lane.kind.value, card.kind.value,
                                 card.text, "", *(_cell(getattr(card, name)) for name in COLUMNS[7:])])
                for marker in marker_rows.get((stage.id, lane.id), []):
                    rows.append([journey.name, stage.name, lane.name, lane.kind.value, EMOTION, marker.label,
                                 marker.score, *([""] * (len(COLUMNS) - 7))])
    return rows


def export_csv(doc: Document, journey_ids: Sequence[str], delimiter: str = ",") -> bytes:
    """UTF-8 with a BOM (Excel then reads Japanese right), every cell formula-safe."""
    stream = io.StringIO()
    if delimiter == ",":
        write_rows(stream, card_rows(doc, journey_ids))
    else:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        writer.writerows([[safe_cell(cell) for cell in row] for row in card_rows(doc, journey_ids)])
    return "\ufeff".encode() + stream.getvalue().encode("utf-8")


# ----- reading


def _unsafe(text: str) -> str:
    """A cell as it was before the writer made it formula-safe (the leading ' goes)."""
    return text[1:] if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS) else text


def table(text: str, name: str) -> list[tuple[int, list[str]]]:
    """(line, cells) of each non-blank record of CSV or tab-separated text; the delimiter is guessed."""
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ("," if "," in first or ";" not in first
                                                                   else ";")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((reader.line_num, [_unsafe(cell) for cell in cells]))
    except csv.Error as error:
        raise InterchangeError(t("{name}, line {line}: {reason}.", name=name, line=reader.line_num,
                                 reason=error)) from None
    if not rows:
        raise InterchangeError(t("{name} holds no rows.", name=name))
    return rows


def read_sheet(text: str, name: str) -> Imported:
    """Card rows (a header naming stage and text) or a grid (stages across, lanes down)."""
    rows = table(text, name)
    header = [_fold(cell) for cell in rows[0][1]]
    if any(h in _HEADER_WORDS["stage"] for h in header) and any(h in _HEADER_WORDS["text"] for h in header):
        return _card_rows(rows, header, name)
    return read_grid(rows, re.sub(r"\.\w+$", "", name))


def _column(header: list[str], key: str) -> int | None:
    words = _HEADER_WORDS.get(key, (key,))
    return next((i for i, h in enumerate(header) if h in words or h.replace(" ", "_") == key), None)


def _card_rows(rows: list[tuple[int, list[str]]], header: list[str], name: str) -> Imported:
    found = Imported()
    where = {key: _column(header, key) for key in COLUMNS}
    journeys: dict[str, tuple[JourneyBuilder, dict, dict, dict]] = {}
    fallback = re.sub(r"\.\w+$", "", name)
    for line, cells in rows[1:]:
        def get(key: str, cells: list[str] = cells) -> str:
            index = where[key]
            return cells[index].strip() if index is not None and index < len(cells) else ""

        journey_name = get("journey") or fallback
        if journey_name not in journeys:
            journeys[journey_name] = (JourneyBuilder(journey_name), {}, {}, {})
        builder, stages, lanes, markers = journeys[journey_name]
        stage_name = get("stage")
        stage = stages.get(stage_name) or stages.setdefault(stage_name,
                                                            builder.add_stage(untitled(stage_name)))
        lane_name = get("lane") or get("lane_kind")
        try:
            kind = LaneKind(get("lane_kind")) if get("lane_kind") else lane_kind_of(lane_name)
        except ValueError:
            kind = lane_kind_of(lane_name)
        lane = lanes.get((lane_name, kind)) or lanes.setdefault((lane_name, kind), builder.add_lane(
            kind, untitled(lane_name)))
        text = cells[where["text"]] if where["text"] is not None and where["text"] < len(cells) else ""
        if not text and not get("kind") and not get("score"):
            continue
        if get("kind") == EMOTION or kind == LaneKind.EMOTIONS:
            score = _score(get("score") or text, line, found)
            if score is not None:
                markers.setdefault(stage.id, []).append((stage, score, text if get("kind") == EMOTION
                                                         else ""))
            continue
        builder.add_card(stage, lane, text, **_fields(get, line, lane.kind, found))
    for builder, _stages, _lanes, markers in journeys.values():
        for entries in markers.values():
            for index, (stage, score, label) in enumerate(entries):
                builder.add_marker(stage, score, label=label, offset=spread(index, len(entries)))
        found.entities += builder.entities()
    return found


def _score(text: str, line: int, found: Imported) -> int | None:
    try:
        return emotion_score(text)
    except EditRefused:
        found.unplaced.append(t(
            "line {line}: “{text}” is not an emotion score from {low} to {high}; no marker.",
                                line=line, text=text, low=EMOTION_MIN, high=EMOTION_MAX))
        return None


def _fields(get, line: int, lane_kind: LaneKind, found: Imported) -> dict:
    values: dict[str, object] = {}
    try:
        values["kind"] = CardKind(get("kind")) if get("kind") else None
    except ValueError:
        found.unplaced.append(t("line {line}: “{value}” is not a kind of card; the lane's kind was used.",
                                line=line, value=get("kind")))
    if values.get("kind") is None:
        values.pop("kind")
    for key in ("color", "channel", "owner", "exit_reason"):
        if get(key):
            values[key] = get(key)
    if values.get("color") and not re.fullmatch(r"#[0-9a-fA-F]{6}", values["color"]):
        found.unplaced.append(t("line {line}: “{value}” is not a colour like #4a90d9; left out.", line=line,
                                value=values.pop("color")))
    for key, enum in (("category", Category), ("mode", Mode)):
        if get(key):
            try:
                values[key] = enum(_fold(get(key)))
            except ValueError:
                found.unplaced.append(t("line {line}: “{value}” is not a {field}; left out.", line=line,
                                        value=get(key), field=key))
    for key in ("moment_of_truth", "exit_point"):
        if get(key):
            values[key] = _fold(get(key)) in _YES
    for key in _RATINGS:
        if get(key):
            try:
                rating = int(float(unicodedata.normalize("NFKC", get(key))))
                if not 1 <= rating <= 5:
                    raise ValueError
                values[key] = rating
            except ValueError:
                found.unplaced.append(t(
                    "line {line}: {field} “{value}” is not a rating from 1 to 5; left out.",
                                        line=line, field=key, value=get(key)))
    return values


_BULLET = re.compile(r"^\s*(?:[-*]\s+|[•・]\s*)")


def cell_cards(text: str) -> list[str]:
    """The cards of one grid cell: one per line, blank lines and bullets (“- ”, “• ”, “・”) dropped."""
    return [card for card in (_BULLET.sub("", line).strip() for line in text.split("\n")) if card]


def read_grid(rows: list[tuple[int, list[str]]], name: str) -> Imported:
    """The grid people sketch in Excel: stages across the first row, lanes down the first column, cards in the
    cells (several in a cell, one per line); an emotions row takes scores."""
    found = Imported()
    builder = JourneyBuilder(name)
    _line, head = rows[0]
    stages = {i: builder.add_stage(untitled(cell)) for i, cell in enumerate(head) if i > 0 and cell.strip()}
    if not stages:
        raise InterchangeError(t("{name}: the first row names no stage (a grid has the stages across its "
                                 "first row and the lanes down its first column).", name=name))
    for line, cells in rows[1:]:
        lane_name = cells[0].strip() if cells else ""
        kind = lane_kind_of(lane_name)
        lane = builder.add_lane(kind, untitled(lane_name))
        for index, cell in enumerate(cells[1:], start=1):
            texts = cell_cards(cell)
            if not texts:
                continue
            if index not in stages:
                found.unplaced.append(t("line {line}, column {column}: “{text}” is under no stage.",
                                        line=line, column=index + 1, text=" / ".join(texts)[:80]))
                continue
            if kind == LaneKind.EMOTIONS:
                scores = [s for s in (_score(x, line, found) for x in texts) if s is not None]
                for order, score in enumerate(scores):
                    builder.add_marker(stages[index], score, offset=spread(order, len(scores)))
                continue
            for text in texts:
                builder.add_card(stages[index], lane, text)
    found.entities += builder.entities()
    return found


# ----- the clipboard grid


def grid_text(doc: Document, cards: Sequence[Card]) -> str:
    """The block of cells spanned by ``cards`` as tab-separated text, as spreadsheets copy it: a row per lane,
    a column per stage, the cards of a cell on separate lines (quoted)."""
    if not cards:
        return ""
    journey_id = cards[0].journey_id
    stages = [s.id for s in doc.stages(journey_id)]
    lanes = [lane.id for lane in doc.lanes(journey_id)]
    chosen = [c for c in cards if c.stage_id in stages and c.lane_id in lanes]
    columns = sorted({stages.index(c.stage_id) for c in chosen})
    rows = sorted({lanes.index(c.lane_id) for c in chosen})
    lines = []
    for row in range(rows[0], rows[-1] + 1):
        cells = []
        for column in range(columns[0], columns[-1] + 1):
            texts = [c.text for c in sorted(chosen, key=lambda c: c.position)
                     if c.stage_id == stages[column] and c.lane_id == lanes[row]]
            cells.append(_tsv_cell("\n".join(texts)))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def _tsv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in '\t\n"') else text


def parse_grid(text: str) -> list[list[str]]:
    """Tab-separated text from a spreadsheet's clipboard as rows of cells (quoted cells may hold line
    breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")]


def paste_items(doc: Document, stage_id: str, lane_id: str,
                rows: list[list[str]]) -> tuple[list[tuple[str, str, str]], int]:
    """Where a block of pasted cells goes, from the cell (``stage_id``, ``lane_id``) on: the (stage id, lane
    id, text) of each card, and how many cells found no place (past the last stage or lane, or text in the
    emotions lane that is no score)."""
    stage = doc.get(Stage, stage_id)
    stages = doc.stages(stage.journey_id)
    lanes = doc.lanes(stage.journey_id)
    first_stage = [s.id for s in stages].index(stage_id)
    first_lane = [lane.id for lane in lanes].index(lane_id)
    items: list[tuple[str, str, str]] = []
    skipped = 0
    for row_index, row in enumerate(rows):
        for column_index, cell in enumerate(row):
            texts = cell_cards(cell)
            if not texts:
                continue
            s, r = first_stage + column_index, first_lane + row_index
            if s >= len(stages) or r >= len(lanes):
                skipped += 1
                continue
            lane = lanes[r]
            for text in texts:
                if lane.kind == LaneKind.EMOTIONS:
                    try:
                        emotion_score(text)
                    except EditRefused:
                        skipped += 1
                        continue
                items.append((stages[s].id, lane.id, text))
    return items, skipped
