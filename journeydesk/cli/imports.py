"""The ``import-csv`` command: a CSV file's rows into a project, through the import session (headless, no Qt)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from journeydesk.cli.data import DataCommandError, find_journey
from journeydesk.i18n import t

PROBLEMS_SHOWN = 50


def add_parser(sub: argparse._SubParsersAction) -> None:
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
        journey_id = find_journey(document, options.journey)
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
        result = import_file(history, store, journey_id, source, settings, mapping, source=str(source),
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
