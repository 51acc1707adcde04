"""The report's tables: touchpoint inventory, pain points, opportunities (beside their matrix), card
details."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind, Category, Mode
from journeydesk.core.model import Card
from journeydesk.figures.journey import JourneyFigures
from journeydesk.figures.metric import format_value
from journeydesk.figures.time import Series
from journeydesk.i18n import t
from journeydesk.report.cards import join_tag
from journeydesk.report.fonts import FONT
from journeydesk.report.linebreak import pieces
from journeydesk.report.matrix import impact_effort_matrix
from journeydesk.report.style import (
    CELL_SIZE,
    RULE,
    TEXT,
    ZEBRA,
    clean,
    has_cjk,
    para,
    shorten,
    styles,
)

CELL_LIMIT = 240
DETAIL_LIMIT = 2000  # characters: more than a stage page shows of a card, and a row of them fits a page
DETAIL_BUDGET = 300_000  # characters in all (about 100 pages): many long cards get less each, down to
DETAIL_LEAST = 300
DETAIL_ROWS = 25


def _category(card: Card) -> str:
    names = {Category.DIGITAL: t("digital"), Category.HUMAN: t("human"), Category.PHYSICAL: t("physical")}
    return names.get(card.category, "") if card.category else ""


def _mode(card: Card) -> str:
    names = {Mode.OFFLINE: t("offline"), Mode.ONLINE: t("online"), Mode.O2O: "O2O", Mode.OMO: "OMO"}
    return names.get(card.mode, "") if card.mode else ""


def cards_in_order(document: Document, journey_id: str, kind: CardKind) -> list[tuple[str, Card]]:
    """(stage name, card) of one kind, in map order: stage, lane, then place in the cell."""
    found: list[tuple[str, Card]] = []
    lanes = document.lanes(journey_id)
    for stage in document.stages(journey_id):
        for lane in lanes:
            found += [(stage.name, card) for card in document.cell(stage.id, lane.id) if card.kind == kind]
    return found


PADDING = 4.0
CJK_WHOLE = 66.0
WORD_SCAN = 400  # characters of a cell looked at for its longest word: enough to size a column
_BREAKS = re.compile(r"[ \t\n]+")  # where a Paragraph may break a line; not at no-break spaces


def _longest_word(cell: object) -> float:
    text = (cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell))[:WORD_SCAN]
    style = getattr(cell, "style", None)
    font, size = getattr(style, "fontName", FONT), getattr(style, "fontSize", CELL_SIZE)
    # breaks between phrases; a column is kept as wide as a short one ("デジタル・オンライン")
    if has_cjk(text):
        return min(max((stringWidth(piece, font, size) for line in text.split("\n")
                        for piece in pieces(line, phrases=True)), default=0.0), CJK_WHOLE)
    return max((stringWidth(word, font, size) for word in _BREAKS.split(text)), default=0.0)


def fit_widths(rows: list[list[object]], widths: list[float]) -> list[float]:
    """``widths`` changed so that no column is narrower than its longest word (when the table allows):
    what narrow columns need is taken from the columns with room to spare, in proportion to it."""
    need = [min(max(_longest_word(row[c]) for row in rows) + 2 * PADDING + 1, w * 2.5)
            for c, w in enumerate(widths)]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    if short <= 0 or spare <= 0:
        return widths
    take = min(1.0, short / spare)
    give = min(1.0, spare / short)
    return [w + (n - w) * give if n > w else w - (w - n) * take for n, w in zip(need, widths, strict=True)]


class _Text(str):
    """A cell's plain text and its paragraph style's name: set as a Paragraph only when it needs more than one
    line."""

    style = "cell"


def _laid(rows: list[list[object]], widths: list[float], brand: str) -> tuple[list[list[object]],
                                                                              list[tuple]]:
    """``rows`` with each _Text cell as a string where it fits one line of its column (a Paragraph costs far
    more to lay out and draw), else as a Paragraph; and the alignments of the centred strings."""
    laid: list[list[object]] = []
    centred: list[tuple] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for c, cell in enumerate(row):
            if isinstance(cell, _Text):
                line = clean(cell)
                if "\n" not in line and stringWidth(line, FONT, CELL_SIZE) <= widths[c] - 2 * PADDING:
                    if cell.style == "cell_center":
                        centred.append(("ALIGN", (c, r), (c, r), "CENTER"))
                    cell = line
                else:
                    cell = para(str(cell), styles(brand)[cell.style])
            cells.append(cell)
        laid.append(cells)
    return laid, centred


def _table(rows: list[list[object]], widths: list[float], brand: str, numeric: tuple[int, ...] = ()) -> Table:
    widths = fit_widths(rows, widths)
    rows, centred = _laid(rows, widths, brand)
    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), TEXT),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(brand)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    commands += [("ALIGN", (c, 0), (c, -1), "CENTER") for c in numeric] + centred
    table.setStyle(TableStyle(commands))
    return table


def _head(names: list[str], brand: str, numeric: tuple[int, ...] = ()) -> list[object]:
    s = styles(brand)
    return [para(name, s["cell_head_center"] if i in numeric else s["cell_head"])
            for i, name in enumerate(names)]


def _cell(text: str, brand: str, style: str = "cell", limit: int | None = CELL_LIMIT) -> _Text:
    made = _Text(shorten(text, limit) if limit is not None and len(text) > limit else text)
    made.style = style
    return made


def touchpoint_table(document: Document, journey_id: str, numbers: JourneyFigures, width: float,
                     brand: str) -> Flowable | None:
    """Every touchpoint with channel, category, mode, owner, flags and bound metrics (None if none)."""
    found = cards_in_order(document, journey_id, CardKind.TOUCHPOINT)
    if not found:
        return None
    names = [t("Stage"), t("Touchpoint"), t("Channel"), t("Category · mode"), t("Owner"),
             t("Moment of truth"), t("Exit point"), t("Measured")]
    shares = [0.10, 0.23, 0.10, 0.11, 0.10, 0.07, 0.13, 0.16]
    texts: list[list[str]] = []
    for stage, card in found:
        exit_text = ""
        if card.exit_point:
            exit_text = t("Yes") + (f": {card.exit_reason}" if card.exit_reason else "")
        lines = [line.replace(" ", "\u00a0") for line in numbers.card_lines(card.id)]  # a figure reads whole
        texts.append([stage, card.text, card.channel, join_tag(_category(card), _mode(card)), card.owner,
                      "★" if card.moment_of_truth else "", exit_text, "\n".join(lines)])
    # A column with nothing in any row says nothing: it is left out and the others share its width.
    kept = [i for i in range(len(names)) if i < 2 or any(row[i] for row in texts)]
    centred = "cell_center"
    rows: list[list[object]] = [_head([names[i] for i in kept], brand,
                                      tuple(n for n, i in enumerate(kept) if i == 5))]
    for row in texts:
        rows.append([_cell(row[i] or ("–" if i == 7 else ""), brand, centred if i == 5 else "cell")
                     for i in kept])
    total = sum(shares[i] for i in kept)
    return _table(rows, [width * shares[i] / total for i in kept], brand)


def _score(card: Card) -> int:
    return (card.severity or 0) * (card.frequency or 0)


def pain_table(document: Document, journey_id: str, width: float, brand: str) -> Flowable | None:
    """Pain points, most severe × most frequent first."""
    found = cards_in_order(document, journey_id, CardKind.PAIN_POINT)
    if not found:
        return None
    ordered = sorted(enumerate(found), key=lambda item: (-_score(item[1][1]), item[0]))
    rows: list[list[object]] = [_head(["#", t("Stage"), t("Pain point"), t("Frequency"), t("Severity"),
                                       t("Severity × frequency")], brand, (0, 3, 4, 5))]
    for number, (_, (stage, card)) in enumerate(ordered, 1):
        rows.append([str(number), _cell(stage, brand), _cell(card.text, brand),
                     _rating(card.frequency), _rating(card.severity),
                     str(_score(card)) if card.severity and card.frequency else "–"])
    shares = [0.05, 0.15, 0.50, 0.10, 0.10, 0.10]
    return _table(rows, [width * s for s in shares], brand, numeric=(0, 3, 4, 5))


def _rating(value: int | None) -> str:
    return str(value) if value else "–"


def opportunities(document: Document, journey_id: str) -> list[tuple[str, Card]]:
    """Opportunities, best value for effort first: impact ÷ effort, then impact, then map order."""
    found = cards_in_order(document, journey_id, CardKind.OPPORTUNITY)

    def key(item: tuple[int, tuple[str, Card]]) -> tuple[float, int, int]:
        card = item[1][1]
        ratio = card.impact / card.effort if card.impact and card.effort else -1.0
        return (-ratio, -(card.impact or 0), item[0])

    return [pair for _, pair in sorted(enumerate(found), key=key)]


def opportunity_table(found: list[tuple[str, Card]], width: float, brand: str) -> Flowable | None:
    if not found:
        return None
    rows: list[list[object]] = [_head(["#", t("Stage"), t("Opportunity"), t("Impact"), t("Effort"),
                                       t("Owner")], brand, (0, 3, 4))]
    for number, (stage, card) in enumerate(found, 1):
        rows.append([str(number), _cell(stage, brand), _cell(card.text, brand), _rating(card.impact),
                     _rating(card.effort), _cell(card.owner, brand)])
    shares = [0.05, 0.15, 0.50, 0.08, 0.08, 0.14]
    return _table(rows, [width * s for s in shares], brand, numeric=(0, 3, 4))


def opportunities_block(found: list[tuple[str, Card]], width: float, height: float,
                        brand: str) -> list[Flowable]:
    """The opportunities table with the impact–effort matrix beside it (or below, if the table is long)."""
    matrix = impact_effort_matrix(found, min(240.0, width * 0.34))
    table = opportunity_table(found, width if matrix is None else width * 0.62, brand)
    if table is None or matrix is None:
        return [] if table is None else [table]
    if table.wrap(width * 0.62, height)[1] <= height * 0.75:
        outer = Table([[table, matrix]], colWidths=[width * 0.64, width * 0.36])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1),
                                                                          0),
                                   ("LEFTPADDING", (1, 0), (1, 0), 14)]))
        return [outer]
    return [opportunity_table(found, width, brand), Spacer(1, 10), KeepInFrame(width, height - 12, [matrix])]




def series_table(found: list[Series], width: float, brand: str) -> Flowable:
    """Series with too few points in time for a line: each touchpoint's metric and its dated figures."""
    rows: list[list[object]] = [_head([t("Touchpoint"), t("Metric"), t("Figures")], brand)]
    for series in found:
        per = t("per day") if series.period == "day" else t("per week")
        figures = [t("{day}: {value} (n={n})", day=day.isoformat(), value=format_value(value, series.kind),
                     n=n)
                   for day, value, n in series.points if value is not None]
        rows.append([_cell(series.label, brand), _cell(f"{series.metric} {per}", brand),
                     _cell("\n".join(figures) or "–", brand)])
    return _table(rows, [width * share for share in (0.35, 0.30, 0.35)], brand)


def details_tables(document: Document, cards: list[Card], references: Callable[[str], str], width: float,
                   brand: str) -> list[Flowable]:
    """The appendix of cut cards: per stage, each card's reference (from ``references``), lane and whole text,
    in tables of DETAIL_ROWS rows (one long table would be laid out again for every page it spans). A text
    ends after DETAIL_LIMIT characters (fewer when the cards would pass DETAIL_BUDGET in all), saying how long
    it is."""
    limit = max(DETAIL_LEAST, min(DETAIL_LIMIT, DETAIL_BUDGET // max(1, len(cards))))
    lanes = {lane.id: lane.name for lane in document.lanes(cards[0].journey_id)} if cards else {}
    made: list[Flowable] = []
    for number, stage in enumerate(document.stages(cards[0].journey_id) if cards else [], 1):
        rows = [[_cell(references(card.id), brand), _cell(lanes.get(card.lane_id, ""), brand),
                 _cell(_detail(card.text, limit), brand, limit=None)]
                for card in cards if card.stage_id == stage.id]
        if not rows:
            continue
        head = _head([t("Ref."), t("Lane"), t("Card")], brand)
        widths = fit_widths([head, *rows], [width * share for share in (0.12, 0.2, 0.68)])
        made.append(para(t("Stage {n}: {name}", n=number, name=stage.name), styles(brand)["label"]))
        for start in range(0, len(rows), DETAIL_ROWS):
            table = _table([head, *rows[start:start + DETAIL_ROWS]], widths, brand)
            made.append(table)
    return made


def _detail(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + t("… ({n} characters in all)", n=len(text))
