"""The ``import-csv`` command: a CSV file's rows into a project, through the import session (headless, no
Qt)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from journeydesk.cli.data import DataCommandError, find_journey, tell_format_change
from journeydesk.i18n import t

PROBLEMS_SHOWN = 50


def add_parser(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-csv", help=t("import a CSV file of metrics, or of research quotes and "
                                              "findings, into a project"))
    imp.add_argument("file", help=t("the .journey project"))
    imp.add_argument("data", help=t("the CSV file"))
    imp.add_argument("--mapping", help=t("a JSON mapping of columns to roles (default: detected)"))
    imp.add_argument("--journey",
                     help=t("the journey whose stages and touchpoints the data names; default: the first"))
    imp.add_argument("--date-order", choices=("ymd", "dmy", "mdy"),
                     help=t("how to read dates like 03/04/2024"))
    imp.add_argument("--skip-bad-rows", action="store_true", help=t("import the good rows when some rows "
                                                                    "have problems"))
    imp.add_argument("--create-touchpoints", action="store_true",
                     help=t("add touchpoint cards for touchpoint names the map does not have"))
    imp.add_argument("--create-stages", action="store_true",
                     help=t("add stages for stage names the map does not have, in the order of the file"))
    again = imp.add_mutually_exclusive_group()
    again.add_argument("--replace", action="store_true",
                       help=t(
                           "replace the data imported earlier from the same file (as Refresh does in the "
                           "app)"))
    again.add_argument("--keep-both", action="store_true",
                       help=t("import the file again beside the data imported earlier from it"))


def import_csv(options: argparse.Namespace) -> int:
    from journeydesk.store.store import Store, StoreError

    source = Path(options.data)
    try:
        with source.open("rb"):
            pass
    except OSError as error:
        raise DataCommandError(t("Cannot read {path}: {reason}.", path=source,
                                 reason=error.strerror or error)) from None
    try:
        store = Store.open(options.file)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    tell_format_change(store)
    store.keeps_removed_rows = False  # no undo outlives the command: --replace drops the old rows at once
    try:
        return _import(store, source, options)
    except KeyboardInterrupt:
        store.abort_import()
        print(t("Import cancelled: nothing was added."), file=sys.stderr)
        return 130
    finally:
        store.close()


def _import(store, source: Path, options: argparse.Namespace) -> int:
    from journeydesk.cli.evidence import import_evidence
    from journeydesk.core.document import EditRefused
    from journeydesk.core.history import History
    from journeydesk.imports.evidence_import import EvidenceImport
    from journeydesk.imports.mapping import MappingError
    from journeydesk.imports.reader import CsvError
    from journeydesk.imports.refusals import NothingToImport
    from journeydesk.imports.session import ImportSession
    from journeydesk.store.datasets import DatasetWriteError
    from journeydesk.store.store import StoreError

    if store.read_only:
        raise DataCommandError(store.notice)
    try:
        document = store.load()
        history = History(document, store)
        journey_id = find_journey(document, options.journey)
        session = ImportSession(document, journey_id, source, name=source.name, project=Path(options.file))
        session.detect()
        if session.error:
            raise DataCommandError(session.error)
        _apply_options(session, options)
        evidence = EvidenceImport.of(session)
        if evidence is not None:
            return import_evidence(evidence, history, source, options)
        earlier = session.earlier_import()
        if earlier is not None and not (options.replace or options.keep_both):
            raise DataCommandError(t(
                "{path} was imported into this journey before, as '{name}'; importing it again would count "
                "its rows twice. Pass --replace to replace that data with the file as it is now, or "
                "--keep-both.",
                path=source.name, name=earlier.name))
        if options.replace and earlier is not None:
            session.replacing = earlier
        check = session.validate()
        check = _create_missing(session, history, check, options)
        refusal = session.refusal(check, skip_bad_rows=options.skip_bad_rows)
        if refusal:
            _print_kinds(session, sys.stderr)
            _print_problems(check, sys.stderr)
            raise DataCommandError(refusal)
        result = session.run(store, history)
    except (CsvError, MappingError, StoreError, EditRefused, DatasetWriteError, NothingToImport) as error:
        raise DataCommandError(str(error)) from None
    except BrokenPipeError:
        raise  # the reader of the output went away: main() stops quietly, the import itself is saved
    except (OSError, ValueError) as error:
        if options.mapping is None:
            raise DataCommandError(t("Cannot import {path}: {reason}.", path=source, reason=error)) from None
        raise DataCommandError(t("Cannot use the mapping {path}: {reason}.", path=options.mapping,
                                 reason=error)) from None
    check = result.check
    values, metrics = result.dataset.row_count, ", ".join(result.dataset.metrics) or "-"
    print(t("Imported 1 value of {metrics} from {path}.", metrics=metrics, path=source.name)
          if values == 1 else
          t("Imported {values} values of {metrics} from {path}.", values=f"{values:,}", metrics=metrics,
            path=source.name))
    print("  " + t("Rows read: {rows}; rows skipped: {skipped}.", rows=f"{check.rows_read:,}",
                   skipped=f"{check.problem_count:,}"))
    _print_kinds(session, sys.stdout)
    _print_problems(check, sys.stdout)
    if check.unmatched_touchpoints and not options.create_touchpoints:
        print(t("Touchpoints not on the map: {names} (use --create-touchpoints to add them).",
                names=_names(check.unmatched_touchpoints)))
    if check.unmatched_stages and not options.create_stages:
        print(t("Stages not on the map: {names} (use --create-stages to add them).",
                names=_names(check.unmatched_stages)))
    return 0


def _apply_options(session, options: argparse.Namespace) -> None:
    """A saved mapping (with its settings) and the date order given on the command line."""
    from journeydesk.imports.mapping import Mapping

    if options.mapping:
        saved = json.loads(Path(options.mapping).read_text(encoding="utf-8"))
        if "settings" in saved:
            session.set_settings(session.settings.with_(**saved.pop("settings")))
            if session.error:
                raise DataCommandError(session.error)
        session.set_mapping(Mapping.from_json(json.dumps(saved)))
    if options.date_order:
        session.set_date_order(options.date_order)
    if session.mapping.column_of("date") and session.mapping.date_order is None:
        raise DataCommandError(t("{path}: the dates in column '{column}' could be day/month or month/day; "
                                 "give --date-order dmy or mdy.", path=session.name,
                                 column=session.mapping.column_of("date")))


def _create_missing(session, history, check, options: argparse.Namespace):
    """Add the stages and touchpoints the file names (when asked), or refuse when none of a column's names
    is on the map; returns the Check after any change."""
    if options.create_stages and session.missing_stages(check):
        history.do(session.stages_edit(check))
        session.map_changed()
        check = session.validate()
    if options.create_touchpoints and session.missing_touchpoints(check):
        history.do(session.touchpoints_edit(check))
        session.map_changed()
        check = session.validate()
    for role, unmatched, flag in (("stage", check.unmatched_stages, "--create-stages"),
                                  ("touchpoint", check.unmatched_touchpoints, "--create-touchpoints")):
        if unmatched and not _any_matched(session, role):
            raise DataCommandError(t(
                "{path}: none of the {n} names in column '{column}' is a {role} on the map ({names}). Pass "
                "{flag} to add them, or choose the journey with --journey.", path=session.name,
                n=len(unmatched), column=session.mapping.column_of(role), role=_role(role),
                names=_names(unmatched), flag=flag))
    return check


def _any_matched(session, role: str) -> bool:
    counts = session.key_counts().get(role, {})
    return any(session.current_match(role, key) for key in counts)


def _role(role: str) -> str:
    return t("stage") if role == "stage" else t("touchpoint")


def _names(keys) -> str:
    shown = sorted(keys)[:20]
    return ", ".join(shown) + (" …" if len(keys) > 20 else "")


def _print_kinds(session, out) -> None:
    """How each metric is read and why, and the answers that were left empty."""
    check = session.validate() if session.table is not None else None
    for metric, why in session.explained():
        line = f"  {metric}: {why}"
        empty = check.no_answers.get(metric, 0) if check is not None else 0
        if empty:
            line += t("; {n} without an answer", n=f"{empty:,}")
        print(line, file=out)


def _print_problems(check, out) -> None:
    """Every problem row by its line (structural ones first; the first 50, then how many more)."""
    shown = check.problems[:PROBLEMS_SHOWN]
    for problem in shown:
        print("  " + problem.message, file=out)
    if check.problem_count > len(shown):
        more = check.problem_count - len(shown)
        print("  " + (t("…and 1 more row with a problem.") if more == 1 else
                      t("…and {n} more rows with problems.", n=f"{more:,}")), file=out)
