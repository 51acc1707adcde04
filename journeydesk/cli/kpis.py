"""The ``scorecard`` and ``kpi`` commands: KPIs against their targets, and setting one (headless, no Qt)."""

from __future__ import annotations

import argparse
import io
import sys

from journeydesk.cli.data import DataCommandError, find_journey, open_project
from journeydesk.cli.terminal import pad, printable, printable_json, text_width
from journeydesk.i18n import t


def add_parsers(sub: argparse._SubParsersAction) -> None:
    card = sub.add_parser("scorecard",
                          help=t("print each KPI of the journeys with its current value and status"))
    card.add_argument("file", help=t("the .journey project (opened read-only)"))
    card.add_argument("--journey", metavar="NAME", help=t("only this journey"))
    card.add_argument("--format", choices=("table", "json", "csv"), default="table")
    kpi = sub.add_parser("kpi", help=t("add a KPI to a stage or a journey, or change the one of that name"))
    kpi.add_argument("file", help=t("the .journey project"))
    kpi.add_argument("--journey", required=True, metavar="NAME", help=t("the journey, by name"))
    kpi.add_argument("--stage", metavar="NAME",
                     help=t("the stage, by name; without it, a KPI of the whole journey"))
    kpi.add_argument("--name", required=True, metavar="TEXT", help=t("the KPI's name"))
    source = kpi.add_mutually_exclusive_group()
    source.add_argument("--metric", metavar="NAME",
                        help=t("take the current value from this imported metric"))
    source.add_argument("--value", type=float, metavar="N", help=t("the current value, typed in"))
    kpi.add_argument("--baseline", type=float, metavar="N", help=t("where the figure started"))
    kpi.add_argument("--target", type=float, metavar="N", help=t("the value to reach (needed for a new KPI)"))
    kpi.add_argument("--direction", choices=("up", "down"),
                     help=t("up: higher is better (the default for a new KPI); down: lower is better"))
    kpi.add_argument("--owner", metavar="TEXT", help=t("who is responsible for it"))
    kpi.add_argument("--data-source", metavar="TEXT", help=t("where its figures come from"))
    kpi.add_argument("--delete", action="store_true", help=t("delete the KPI of that name instead"))


# The keys of each KPI in the JSON, and the columns of the CSV, in this order.
KEYS = ("journey", "stage", "name", "metric", "kind", "current", "n", "baseline", "target", "direction",
        "status",
            "owner", "data_source", "problem")


def _direction_word(direction: str) -> str:
    return t("higher is better") if direction == "up" else t("lower is better")


def _rows(document, data, journey_ids: list[str]) -> list[dict]:
    from journeydesk.core.model import Journey
    from journeydesk.figures import scorecard

    rows = []
    for journey_id in journey_ids:
        journey = document.get(Journey, journey_id)
        for figure in scorecard(document, data, journey_id):
            kpi = figure.kpi
            rows.append({
                "journey": journey.name, "stage": figure.stage.name if figure.stage else None,
                "name": kpi.name, "metric": figure.metric or None, "kind": figure.kind.value if figure.kind
                else None,
                "current": figure.current, "n": figure.n, "baseline": kpi.baseline, "target": kpi.target,
                "direction": kpi.direction.value, "status": figure.status.value, "owner": kpi.owner,
                "data_source": kpi.data_source, "problem": figure.problem or None, "_figure": figure,
            })
    return rows


def print_scorecard(options: argparse.Namespace) -> int:
    from journeydesk.store.store import StoreError

    store = open_project(options.file)
    try:
        document = store.load()
        journey_ids = ([find_journey(document, options.journey)] if options.journey
                       else [j.id for j in document.journeys()])
        rows = _rows(document, store.data, journey_ids)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    finally:
        store.close()
    if options.format == "json":
        print(printable_json({"kpis": [{key: row[key] for key in KEYS} for row in rows]}))
    elif options.format == "csv":
        _print_csv(rows)
    elif not rows:
        print(printable(t("No KPIs yet. Add one with: journeydesk kpi FILE --journey NAME --stage NAME "
                          "--name TEXT --metric NAME --target N")))
    else:
        _print_table(rows)
    return 0


def _print_csv(rows: list[dict]) -> None:
    """The JSON's keys as the header, in its order; null as an empty cell."""
    from journeydesk.core.safe_csv import write_rows

    def cell(value: object) -> object:
        if value is None:
            return ""
        return f"{value:.15g}" if isinstance(value, float) else value

    out = io.StringIO()
    write_rows(out, [list(KEYS), *([cell(row[key]) for key in KEYS] for row in rows)])
    sys.stdout.write(out.getvalue())


def _print_table(rows: list[dict]) -> None:
    from journeydesk.figures.kpis import status_name

    head = [t("stage"), t("KPI"), t("current"), t("baseline"), t("target"), t("better"), t("status"),
            t("owner")]
    body = []
    for row in rows:
        figure = row["_figure"]
        current = figure.shown(row["current"]) + (f" (n={row['n']})" if row["n"] else "")
        body.append([row["stage"] or t("(whole journey)"), row["name"], current,
                     figure.shown(row["baseline"]), figure.shown(row["target"]),
                     "↑" if row["direction"] == "up" else "↓", status_name(figure.status), row["owner"]])
    body = [[printable(cell) for cell in line] for line in body]
    widths = [max(text_width(line[i]) for line in [head, *body]) for i in range(len(head))]
    numeric = {2, 3, 4}
    journey = None
    for row, line in zip(rows, body, strict=True):
        if row["journey"] != journey:
            journey = row["journey"]
            print(printable(journey))
            print(_line(head, widths, numeric))
        print(_line(line, widths, numeric))
        if row["problem"]:
            print("    " + printable(row["problem"]))


def _line(cells: list[str], widths: list[int], numeric: set[int]) -> str:
    return "  " + "  ".join(pad(cell, widths[i], right=i in numeric) for i, cell in enumerate(cells)).rstrip()


def set_kpi(options: argparse.Namespace) -> int:
    from journeydesk.core import commands
    from journeydesk.core.document import EditRefused
    from journeydesk.core.history import History
    from journeydesk.core.kpi_commands import find_kpi
    from journeydesk.figures import metrics_in, resolve_metric
    from journeydesk.store.store import StoreError

    store = open_project(options.file, edit=True)
    try:
        document = store.load()
        journey_id = find_journey(document, options.journey)
        stage_id = _stage(document, journey_id, options.stage)
        existing = find_kpi(document, journey_id, stage_id, options.name)
        if options.delete:
            if existing is None:
                raise DataCommandError(t("There is no KPI named “{name}” in {place}.", name=options.name,
                                         place=_place(document, journey_id, stage_id)))
            History(document, store).do(commands.delete_kpi(document, existing.id))
            print(printable(t("Deleted the KPI “{name}”.", name=existing.name)))
            return 0
        values = {key: getattr(options, key) for key in ("value", "baseline", "target", "direction", "owner",
                                                          "data_source") if getattr(options, key) is not None}
        notes = []
        if options.metric is not None:
            values["metric"] = options.metric
            # A metric is checked against the whole project's data: a journey may get its data after its KPIs.
            if metrics_in(document, store.data):
                try:
                    values["metric"] = resolve_metric(document, store.data, options.metric).name
                except LookupError as error:
                    raise DataCommandError(str(error.args[0])) from None
            else:
                notes.append(t("Note: the project has no imported data yet, so the KPI's status is “no data” "
                               "until a CSV file with the metric “{metric}” is imported.",
                               metric=options.metric))
        if existing is None and (options.target is None or (options.metric is None
                                                            and options.value is None)):
            raise DataCommandError(t("A new KPI needs --target and either --metric or --value."))
        History(document, store).do(commands.set_kpi(document, journey_id, options.name, stage_id=stage_id,
                                                     **values))
        line, problem = _saved_line(document, store.data, journey_id, stage_id, options.name,
                                    existing is None)
        if problem and not notes:
            notes.append(problem)
    except (StoreError, EditRefused) as error:
        raise DataCommandError(t("The KPI was not saved: {reason}", reason=error)) from None
    finally:
        store.close()
    for text in (line, *notes):
        print(printable(text))
    return 0


def _stage(document, journey_id: str, name: str | None) -> str | None:
    from journeydesk.core.snapshot import folded

    if name is None:
        return None
    stages = document.stages(journey_id)
    for stage in stages:
        if folded(stage.name) == folded(name):
            return stage.id
    raise DataCommandError(t("There is no stage named '{name}'. Stages: {names}.", name=name,
                             names=", ".join(s.name for s in stages)))


def _place(document, journey_id: str, stage_id: str | None) -> str:
    """“the stage “Purchase” of “Shop””, or “the journey “Shop”” for the journey's own KPIs."""
    from journeydesk.core.model import Journey, Stage

    journey = document.get(Journey, journey_id).name
    stage = document.get(Stage, stage_id) if stage_id else None
    return (t("the stage “{stage}” of “{journey}”", stage=stage.name, journey=journey) if stage
            else t("the journey “{journey}”", journey=journey))


def _saved_line(document, data, journey_id: str, stage_id: str | None, name: str,
                added: bool) -> tuple[str, str]:
    """What the command says it did, with the KPI's value and status now; and why it has no value, if so."""
    from journeydesk.core.kpi_commands import find_kpi
    from journeydesk.figures import scorecard
    from journeydesk.figures.kpis import status_name

    kpi = find_kpi(document, journey_id, stage_id, name)
    figure = next(f for f in scorecard(document, data, journey_id) if f.kpi.id == kpi.id)
    place = _place(document, journey_id, stage_id)
    done = (t("Added the KPI “{name}” to {place}.", name=kpi.name, place=place) if added
            else t("Changed the KPI “{name}” of {place}.", name=kpi.name, place=place))
    now = t("Now {current} against a target of {target} ({direction}): {status}.",
            current=figure.shown(figure.current), target=figure.shown(kpi.target),
            direction=_direction_word(kpi.direction.value), status=status_name(figure.status))
    return f"{done} {now}", figure.problem
