"""A comparison written for a terminal (a table) or a spreadsheet (CSV rows); the JSON is compare.as_json."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

from journeydesk.cli.snapshots import shown_time
from journeydesk.cli.terminal import pad, printable, text_width
from journeydesk.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    RENAMED,
    SAME,
    CardView,
    Comparison,
    FieldChange,
    FigureChange,
    Outcome,
    SideInfo,
    iso_time,
)
from journeydesk.figures import format_value
from journeydesk.i18n import n_, t

STATUS = {ADDED: n_("added"), REMOVED: n_("removed"), CHANGED: n_("changed"), RENAMED: n_("renamed"),
          SAME: ""}
MARK = {ADDED: "+", REMOVED: "−", CHANGED: "~"}
CSV_HEADER = ("section", "status", "stage", "lane", "item", "field", "before", "after", "delta", "n_before",
              "n_after")


def _side(side: SideInfo) -> str:
    if side.kind == "snapshot":
        return t("snapshot “{name}” of “{journey}”, taken {when}", name=side.name, journey=side.journey,
                 when=shown_time(iso_time(side.taken_at)))
    return t("journey “{name}”, as it is now", name=side.name)


def _shown(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return f"“{value}”"
    return str(value)


def _emotion(value: float | None, signed: bool = True) -> str:
    return "–" if value is None else (f"{value:+.1f}" if signed else f"{value:.1f}")


def _place(card: CardView) -> str:
    return f"{card.stage} · {card.lane}"


def _table(rows: list[list[str]], right: set[int]) -> Iterator[str]:
    widths = [max(text_width(row[i]) for row in rows) + 2 for i in range(len(rows[0]))]
    for row in rows:
        yield "  " + "".join(pad(cell, width, right=i in right) for i, (cell, width) in
                             enumerate(zip(row, widths, strict=True))).rstrip()


def _outcomes(title: str, outcomes: tuple[Outcome, ...]) -> str:
    texts = [printable((o.before or o.after).text) for o in outcomes if (o.before or o.after)]
    return t("{title}: {items}", title=title, items="; ".join(texts) if texts else t("none"))


def table_lines(c: Comparison) -> Iterator[str]:
    """The comparison as lines for a terminal, project text made printable."""
    summary = c.summary()
    yield printable(t("Before: {side}", side=_side(c.before)))
    yield printable(t("After: {side}", side=_side(c.after)))
    yield t("Cards: {added} added, {removed} removed, {changed} changed ({moved} moved), {same} unchanged.",
            added=summary["cards_added"], removed=summary["cards_removed"], changed=summary["cards_changed"],
            moved=summary["cards_moved"], same=summary["cards_unchanged"])
    yield ""
    yield t("Stages and emotion (mean marker score, −2…+2)")
    rows = [[t("stage"), t("change"), t("before"), t("after"), t("difference")]]
    for stage in c.stages:
        name = stage.name if stage.status != RENAMED else f"{stage.before} → {stage.after}"
        rows.append([printable(name), t(STATUS[stage.status]) if STATUS[stage.status] else "",
                     _emotion(stage.emotion_before), _emotion(stage.emotion_after),
                     _emotion(stage.emotion_delta)])
    yield from _table(rows, {2, 3, 4})
    yield ""
    yield t("Cards")
    if not c.cards:
        yield "  " + t("none changed")
    for card in c.cards:
        view = card.after or card.before
        assert view is not None
        yield printable(f"  {MARK[card.status]} {(card.before or view).text}  ({_place(view)})")
        for change in card.fields:
            yield printable(f"      {change.field}: {_shown(change.before)} → {_shown(change.after)}")
    if c.markers:
        yield ""
        yield t("Emotion markers")
        for marker in c.markers:
            view = marker.after or marker.before
            assert view is not None
            changes = "; ".join(f"{f.field} {_shown(f.before)} → {_shown(f.after)}" for f in marker.fields)
            yield printable(f"  {MARK[marker.status]} {view.score:+d} “{view.label}” ({view.stage})"
                            + (f": {changes}" if changes else ""))
    yield ""
    yield _outcomes(t("Pain points resolved"), c.pain_points_resolved)
    yield _outcomes(t("New pain points"), c.pain_points_new)
    yield _outcomes(t("Opportunities realised"), c.opportunities_realised)
    yield _outcomes(t("New opportunities"), c.opportunities_new)
    for metric in c.metrics:
        yield ""
        yield printable(t("Figures: {metric}", metric=metric.metric))
        rows = [[t("stage or touchpoint"), t("before"), t("after"), t("difference")]]
        for figure in (*metric.stages, *metric.touchpoints):
            label = figure.label if figure.label == figure.stage else f"{figure.stage} · {figure.label}"
            rows.append([printable(label), _figure(figure.before, figure.n_before, metric.kind),
                         _figure(figure.after, figure.n_after, metric.kind),
                         "–" if figure.delta is None else format_value(figure.delta, metric.kind)])
        yield from _table(rows, {1, 2, 3})


def _figure(value: float | None, n: int, kind) -> str:
    return "–" if value is None else f"{format_value(value, kind)} (n={n})"


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, str):
        return printable(value)
    return value


def _row(section: str, status: str, stage: str, lane: str, item: str, change: FieldChange | None = None,
         delta: object = None) -> list[object]:
    before, after = (change.before, change.after) if change else (None, None)
    return [_cell(x) for x in (section, status, stage, lane, item, change.field if change else None, before,
                               after,
                                delta, None, None)]


def _figure_row(metric: str, what: str, figure: FigureChange) -> list[object]:
    return [_cell(x) for x in ("figure", what, figure.stage, None, figure.label, metric, figure.before,
                               figure.after, figure.delta, figure.n_before, figure.n_after)]


def csv_rows(c: Comparison) -> Iterator[list[object]]:
    """One row per difference (a card's changed field, a stage, an emotion, a figure…), header first."""
    yield list(CSV_HEADER)
    for stage in c.stages:
        for change in stage.fields if stage.status in (RENAMED, CHANGED) else ():
            yield _row("stage", stage.status, stage.name, "", stage.name, change)
        if stage.status in (ADDED, REMOVED):
            yield _row("stage", stage.status, stage.name, "", stage.name)
        if stage.emotion_before is not None or stage.emotion_after is not None:
            yield _row("emotion", "", stage.name, "", stage.name,
                       FieldChange("mean score", stage.emotion_before, stage.emotion_after),
                       stage.emotion_delta)
    for card in c.cards:
        view = card.after or card.before
        assert view is not None
        text = (card.before or card.after).text  # type: ignore[union-attr]
        if card.fields:
            for change in card.fields:
                yield _row("card", card.status, view.stage, view.lane, text, change)
        else:
            yield _row("card", card.status, view.stage, view.lane, text)
    for marker in c.markers:
        view = marker.after or marker.before
        assert view is not None
        for change in marker.fields or (None,):
            yield _row("marker", marker.status, view.stage, "", view.label, change)
    for section, status, outcomes in (("pain_point", "resolved", c.pain_points_resolved),
                                      ("pain_point", "new", c.pain_points_new),
                                      ("opportunity", "realised", c.opportunities_realised),
                                      ("opportunity", "new", c.opportunities_new)):
        for outcome in outcomes:
            view = outcome.before or outcome.after
            assert view is not None
            yield _row(section, status, view.stage, view.lane, view.text)
    for metric in c.metrics:
        for figure in metric.stages:
            yield _figure_row(metric.metric, "stage", figure)
        for figure in metric.touchpoints:
            yield _figure_row(metric.metric, "touchpoint", figure)
