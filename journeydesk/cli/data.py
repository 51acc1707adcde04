"""The data commands of the CLI: ``import-csv`` and ``metrics`` (headless, no Qt)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

from journeydesk.i18n import t

BY = ("touchpoint", "stage", "channel", "segment", "day", "week", "month", "all")


PROBLEMS_SHOWN = 50


class DataCommandError(Exception):
    """A problem to report as one line and exit status 1."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-csv", help=t("import a CSV file of metrics into a project"))
    imp.add_argument("file", help=t("the .journey project"))
    imp.add_argument("data", help=t("the CSV file"))
    imp.add_argument("--mapping", help=t("a JSON mapping of columns to roles (default: detected)"))
    imp.add_argument("--journey", help=t("the journey whose stages and touchpoints the data names; default: the first"))
    imp.add_argument("--date-order", choices=("ymd", "dmy", "mdy"), help=t("how to read dates like 03/04/2024"))
    imp.add_argument("--skip-bad-rows", action="store_true", help=t("import the good rows when some rows have problems"))
    imp.add_argument("--create-touchpoints", action="store_true",
                     help=t("add touchpoint cards for touchpoint names the map does not have"))
    again = imp.add_mutually_exclusive_group()
    again.add_argument("--replace", action="store_true",
                       help=t("replace the data imported earlier from the same file (as Refresh does in the app)"))
    again.add_argument("--keep-both", action="store_true",
                       help=t("import the file again beside the data imported earlier from it"))
    met = sub.add_parser("metrics", help=t("print a metric per touchpoint, stage, channel or period"))
    met.add_argument("file", help=t("the .journey project"))
    met.add_argument("--metric", required=True, help=t("the metric name, e.g. NPS"))
    met.add_argument("--by", choices=BY, default="touchpoint", help=t("how to group; default: touchpoint"))
    met.add_argument("--journey", help=t("only the data of this journey"))
    met.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _journey_id(document, name: str | None) -> str:  # noqa: ANN001
    journeys = document.journeys()
    if not journeys:
        raise DataCommandError(t("The project has no journey to attach data to; add one first."))
    if name is None:
        return journeys[0].id
    for journey in journeys:
        if journey.name == name:
            return journey.id
    raise DataCommandError(t("There is no journey named '{name}'. Journeys: {names}.", name=name,
                             names=", ".join(j.name for j in journeys)))


def import_csv(options: argparse.Namespace) -> int:
    from journeydesk.core import commands
    from journeydesk.core.document import EditRefused
    from journeydesk.core.history import History
    from journeydesk.imports.pipeline import (
        Mapping,
        MappingError,
        check_file,
        default_mapping,
        import_file,
        missing_touchpoints,
    )
    from journeydesk.imports.reader import SNIFF_BYTES, CsvError, read_table, sniff
    from journeydesk.store.datasets import DatasetWriteError
    from journeydesk.store.store import Store, StoreError

    source = Path(options.data)
    try:
        with source.open("rb") as stream:  # the rows are read as a stream later, never held whole
            head = stream.read(SNIFF_BYTES + 1)
    except OSError as error:
        raise DataCommandError(t("Cannot read {path}: {reason}.", path=source, reason=error.strerror or error)) from None
    try:
        store = Store.open(options.file)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    try:
        if store.read_only:
            raise DataCommandError(store.notice)
        document = store.load()
        history = History(document, store)
        journey_id = _journey_id(document, options.journey)
        earlier = _earlier_import(document, journey_id, source)
        if earlier is not None and not (options.replace or options.keep_both):
            raise DataCommandError(t(
                "{path} was imported into this journey before, as '{name}'; importing it again would count its "
                "rows twice. Pass --replace to replace that data with the file as it is now, or --keep-both.",
                path=source.name, name=earlier.name))
        saved = json.loads(Path(options.mapping).read_text(encoding="utf-8")) if options.mapping else {}
        settings = sniff(head, name=source.name)
        if "settings" in saved:
            settings = settings.with_(**saved.pop("settings"))
        mapping = Mapping.from_json(json.dumps(saved)) if saved else default_mapping(read_table(source, settings, limit=500, name=source.name))
        if options.date_order:
            mapping = Mapping(**{**mapping.__dict__, "date_order": options.date_order})
        if any(role == "date" for role in mapping.roles.values()) and mapping.date_order is None:
            column = next(c for c, r in mapping.roles.items() if r == "date")
            raise DataCommandError(t("{path}: the dates in column '{column}' could be day/month or month/day; "
                                     "give --date-order dmy or mdy.", path=source.name, column=column))
        check = check_file(document, journey_id, source, settings, mapping, source.name)
        if check.problem_count and not options.skip_bad_rows:
            if check.problem_count > 1:
                _print_problems(check, sys.stderr)
            first = check.problems[0].message if check.problems else ""
            raise DataCommandError(t("{path}: {n} rows have problems ({first}); fix them, or pass --skip-bad-rows "
                                     "to import the rest.", path=source.name, n=check.problem_count, first=first))
        if options.create_touchpoints and check.unmatched_touchpoints:
            history.do(commands.add_touchpoints(document, missing_touchpoints(check, document, journey_id)))
        result = import_file(history, store.conn, journey_id, source, settings, mapping, source=str(source),
                             replacing=earlier if options.replace else None)
    except (CsvError, MappingError, StoreError, EditRefused, DatasetWriteError) as error:
        raise DataCommandError(str(error)) from None
    except (OSError, ValueError) as error:
        raise DataCommandError(t("Cannot use the mapping {path}: {reason}.", path=options.mapping, reason=error)) from None
    finally:
        store.close()
    check = result.check
    print(t("Imported {values} values of {metrics} from {rows} rows of {path} ({skipped} rows skipped).",
            values=result.dataset.row_count, metrics=", ".join(result.dataset.metrics) or "-",
            rows=check.rows_read, path=source.name, skipped=check.problem_count))
    _print_problems(check, sys.stdout)
    if check.unmatched_touchpoints and not options.create_touchpoints:
        print(t("Touchpoints not on the map: {names} (use --create-touchpoints to add them).",
                names=", ".join(sorted(check.unmatched_touchpoints))))
    if check.unmatched_stages:
        print(t("Stages not on the map: {names}.", names=", ".join(sorted(check.unmatched_stages))))
    return 0


def print_metrics(options: argparse.Namespace) -> int:
    from journeydesk.figures.metric import figures, format_value, safe_cell
    from journeydesk.store.store import Store, StoreError

    try:
        store = Store.open(options.file, read_only=True)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    try:
        document = store.load()
        journey_id = _journey_id(document, options.journey) if options.journey else None
        metric, kind, rows = figures(document, store.conn, options.metric, options.by, journey_id)
    except (StoreError, LookupError) as error:
        raise DataCommandError(str(error.args[0] if isinstance(error, LookupError) else error)) from None
    finally:
        store.close()
    if options.format == "json":
        print(json.dumps({"metric": metric, "kind": kind.value, "by": options.by,
                          "groups": [{"key": r.key, "label": r.label, "value": r.value, "n": r.n} for r in rows]},
                         ensure_ascii=False, indent=2))
    elif options.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([options.by, metric, "n"])
        for row in rows:
            writer.writerow([safe_cell(row.label), "" if row.value is None else f"{row.value:.15g}", row.n])
        sys.stdout.write(out.getvalue())
    else:
        values = [format_value(row.value, kind) for row in rows]
        width = max([_width(options.by), *(_width(r.label) for r in rows)]) + 2
        figure = max([_width(metric), *map(_width, values)]) + 2
        print(_pad(options.by, width) + _pad(metric, figure, right=True) + f"{'n':>8}")
        for row, value in zip(rows, values, strict=True):
            print(_pad(row.label, width) + _pad(value, figure, right=True) + f"{row.n:>8}")
    return 0


def _earlier_import(document, journey_id: str, source: Path):  # noqa: ANN001, ANN202 - Document → Dataset | None
    """The journey's dataset imported from the same file, if any."""
    from journeydesk.core.model import Dataset

    here = source.resolve()
    for dataset in document.children(Dataset, "journey_id", journey_id):
        if dataset.source_path and Path(dataset.source_path).resolve() == here:
            return dataset
    return None


def _print_problems(check, out) -> None:  # noqa: ANN001 - a data_import.Check and a text stream
    """Every problem row by its line (the first 50, then how many more)."""
    shown = check.problems[:PROBLEMS_SHOWN]
    for problem in shown:
        print("  " + problem.message, file=out)
    if check.problem_count > len(shown):
        print("  " + t("…and {n} more rows with problems.", n=check.problem_count - len(shown)), file=out)


def _width(text: str) -> int:
    """Columns a text takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space
