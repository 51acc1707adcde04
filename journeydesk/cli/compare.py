"""The ``compare`` command: two journeys or snapshots of a project, as a table, JSON or CSV (headless, no
Qt)."""

from __future__ import annotations

import argparse
import io
import sys

from journeydesk.cli.data import DataCommandError, open_project
from journeydesk.i18n import t

FORMATS = ("table", "json", "csv")


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmp = sub.add_parser("compare", help=t("compare two journeys or snapshots: cards, stages, emotion, pain "
                                           "points, opportunities and figures"))
    cmp.add_argument("file", help=t("the .journey project (opened read-only)"))
    cmp.add_argument("--from", dest="first", required=True, metavar="A",
                     help=t("the before side: a journey or a snapshot, by name (journey:NAME or "
                            "snapshot:NAME when a journey and a snapshot share it)"))
    cmp.add_argument("--to", dest="second", metavar="B",
                     help=t("the after side, named the same way; default: a snapshot's journey as it is now, "
                            "a journey's future state, or a future state's as-is journey (then before it)"))
    cmp.add_argument("--format", choices=FORMATS, default="table", help=t("default: table"))


def compare_command(options: argparse.Namespace) -> int:
    from journeydesk.cli.compare_text import csv_rows, table_lines
    from journeydesk.cli.terminal import printable_json
    from journeydesk.compare import CompareError, as_json, compare, pair, resolve, side
    from journeydesk.core.safe_csv import write_rows
    from journeydesk.store.store import StoreError

    store = open_project(options.file)
    try:
        document = store.load()
        first = resolve(document, options.first)
        second = resolve(document, options.second) if options.second is not None else None
        before, after = pair(document, first, second)
        result = compare(side(document, store.data, before), side(document, store.data, after))
    except (StoreError, CompareError) as error:
        raise DataCommandError(str(error)) from None
    finally:
        store.close()
    if options.format == "json":
        print(printable_json(as_json(result)))
    elif options.format == "csv":
        out = io.StringIO()
        write_rows(out, csv_rows(result))
        sys.stdout.write(out.getvalue())
    else:
        for line in table_lines(result):
            print(line)
    return 0
