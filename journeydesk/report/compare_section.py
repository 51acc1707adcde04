"""The report's “Current and future state” section: each as-is journey against its to-be(s), from one
Comparison."""

from __future__ import annotations

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from journeydesk.compare import Comparison, compare, side
from journeydesk.compare.sides import JOURNEY, Operand
from journeydesk.compare.words import (
    card_rows,
    emotion_text,
    gap_lists,
    outcome_text,
    status_word,
    summary_line,
)
from journeydesk.core.document import Document
from journeydesk.core.model import EMOTION_MAX, EMOTION_MIN, Journey
from journeydesk.i18n import t
from journeydesk.report.charts import title
from journeydesk.report.fonts import FONT
from journeydesk.report.mapdraw import new_drawing
from journeydesk.report.style import CELL_SIZE, RULE, TEXT, ZEBRA, para, shorten, styles
from journeydesk.report.tables import fit_widths
from journeydesk.report.textfit import ellipsize
from journeydesk.report.trends import line_runs
from journeydesk.store.datasets import DatasetReader

BEFORE = colors.HexColor("#E69F00")
AFTER = colors.HexColor("#0072B2")
MOST_ROWS = 200  # card changes listed; the compare command lists them all
TINTS = {"added": colors.HexColor("#dff3e3"), "removed": colors.HexColor("#fbe1e0"),
         "changed": colors.HexColor("#fbefd5")}


def future_pairs(document: Document, journeys: list[Journey]) -> list[tuple[Journey, Journey]]:
    """(as-is, to-be) for each chosen journey that has a future state or is one, each pair once, as-is
    order."""
    pairs: dict[tuple[str, str], tuple[Journey, Journey]] = {}
    for journey in journeys:
        for future in document.future_states(journey.id):
            pairs[journey.id, future.id] = (journey, future)
        asis = document.get(Journey, journey.future_of) if journey.future_of else None
        if asis is not None:
            pairs[asis.id, journey.id] = (asis, journey)
    return list(pairs.values())


def comparisons(document: Document, data: DatasetReader | None,
                pairs: list[tuple[Journey, Journey]]) -> list[Comparison]:
    return [compare(side(document, data, Operand(JOURNEY, asis.id)), side(document, data,
                                                                          Operand(JOURNEY, tobe.id)))
            for asis, tobe in pairs]


def emotion_curves(found: Comparison, width: float, height: float = 200) -> Drawing:
    """The as-is curve (dashed, triangles) and the to-be curve (solid, dots), mean emotion per stage."""
    drawing = new_drawing(width, height)
    title(drawing, t("Emotion per stage, before and after"), width, 11)
    names = [s.name for s in found.stages]
    plot = LinePlot()
    plot.x, plot.y = 34, 34
    plot.width, plot.height = width - 48, height - 76
    data, index = [], 0
    for values, color, dash, marker in (([s.emotion_before for s in found.stages], BEFORE, [4, 3],
                                         "FilledTriangle"),
                                        ([s.emotion_after for s in found.stages], AFTER, None,
                                         "FilledCircle")):
        for run in line_runs(list(enumerate(values))):
            data.append(run if len(run) > 1 else run * 2)
            line = plot.lines[index]
            line.strokeColor, line.strokeWidth, line.strokeDashArray = color, 2, dash
            line.symbol = makeMarker(marker, size=5)
            line.symbol.fillColor, line.symbol.strokeColor = color, None
            index += 1
    plot.data = data or [[(0, 0)]]
    if not data:
        plot.lines[0].strokeColor = None
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.5, max(len(names), 1) - 0.5
    plot.xValueAxis.valueSteps = list(range(len(names)))
    slot = plot.width / max(1, len(names))
    plot.xValueAxis.labelTextFormat = lambda v: ellipsize(names[round(v)], 7, slot - 4) \
        if 0 <= round(v) < len(names) else ""
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = EMOTION_MIN - 0.3, EMOTION_MAX + 0.3
    plot.yValueAxis.valueSteps = list(range(EMOTION_MIN, EMOTION_MAX + 1))
    plot.yValueAxis.labelTextFormat = lambda v: f"{round(v):+d}" if round(v) else "0"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7.5
        axis.strokeColor = RULE
    drawing.add(plot)
    y = height - 30
    for text, color, dash in ((t("Before: {name}", name=found.before.name), BEFORE, [4, 3]),
                              (t("After: {name}", name=found.after.name), AFTER, None)):
        drawing.add(Line(plot.x, y + 2.5, plot.x + 18, y + 2.5, strokeColor=color, strokeWidth=2,
                         strokeDashArray=dash))
        drawing.add(String(plot.x + 22, y, ellipsize(text, 7.5, width - 80), fontName=FONT, fontSize=7.5,
                           fillColor=TEXT))
        y -= 11
    return drawing


def _table(rows: list[list[object]], widths: list[float], brand: str, tints: list[str]) -> Table:
    """A table like the report's others; ``tints`` (one status per body row) colour each row's first cell."""
    table = Table(rows, colWidths=fit_widths(rows, widths), repeatRows=1, splitByRow=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(brand)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    commands += [("BACKGROUND", (0, row), (0, row), TINTS[tint])
                 for row, tint in enumerate(tints, start=1) if tint in TINTS]
    table.setStyle(TableStyle(commands))
    return table


def _cells(texts: list[str], style: object, limit: int = 240) -> list[object]:
    return [para(shorten(text, limit) if len(text) > limit else text, style) for text in texts]


def comparison_story(found: Comparison, width: float, brand: str) -> list[Flowable]:
    """One pair's pages: the summary, both curves, the stage emotion table, the gap list and the change
    table."""
    s = styles(brand)
    head, cell = s["cell_head"], s["cell"]
    story: list[Flowable] = [para(t("{before} → {after}", before=found.before.name, after=found.after.name),
                                  s["h2"]),
                             para(summary_line(found), s["body"]), Spacer(1, 6), emotion_curves(found, width)]
    rows = [_cells([t("Stage"), t("Change"), t("Before"), t("After"), t("Difference")], head)]
    rows += [_cells([stage.name if stage.status != "renamed" else f"{stage.before} → {stage.after}",
                     status_word(stage.status) if stage.status != "same" else "",
                     emotion_text(stage.emotion_before), emotion_text(stage.emotion_after),
                     emotion_text(stage.emotion_delta)], cell)
             for stage in found.stages]
    story += [Spacer(1, 6), _table(rows, [width * 0.4] + [width * 0.15] * 4, brand,
                                   [stage.status for stage in found.stages])]
    for name, outcomes in gap_lists(found):
        story.append(para(t("{title} ({n})", title=name, n=len(outcomes)), s["h2"]))
        if not outcomes:
            story.append(para(t("None."), s["small"]))
        for outcome in outcomes:
            text, stage = outcome_text(outcome)
            story.append(para(t("{text} — {stage}", text=shorten(text, 300), stage=stage), s["body"],
                              bullet="•"))
    story.append(para(t("Card changes ({n})", n=len(found.cards)), s["h2"]))
    changes = card_rows(found)
    if not changes:
        story.append(para(t("No card differs."), s["small"]))
        return story
    rows = [_cells([t("Change"), t("Kind"), t("Card"), t("Where"), t("What changed")], head)]
    rows += [_cells([status_word(r.status), r.kind, r.text, r.place, r.changes], cell)
             for r in changes[:MOST_ROWS]]
    story.append(_table(rows, [width * w for w in (0.10, 0.14, 0.3, 0.19, 0.27)], brand,
                        [r.status for r in changes[:MOST_ROWS]]))
    if len(changes) > MOST_ROWS:
        story.append(para(t("… and {n} more card changes; the compare command lists them all.",
                            n=len(changes) - MOST_ROWS), s["small"]))
    return story


__all__ = ["comparison_story", "comparisons", "emotion_curves", "future_pairs"]
