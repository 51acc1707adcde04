"""The ``metrics`` command: one metric per touchpoint, stage, channel or period (headless, no Qt)."""

from __future__ import annotations

import argparse
import io
import sys

from journeydesk.cli.data import DataCommandError, find_journey, open_project
from journeydesk.cli.terminal import pad, text_width
from journeydesk.i18n import t

# figures.BY, without importing it
BY = ("touchpoint", "stage", "channel", "segment", "day", "week", "month", "all")


def add_parser(sub: argparse._SubParsersAction) -> None:
    met = sub.add_parser("metrics", help=t("print a metric per touchpoint, stage, channel or period"))
    met.add_argument("file", help=t("the .journey project"))
    met.add_argument("--metric", required=True, help=t("the metric's name, or its kind (NPS, CSAT, CES, "
                                                       "count) when the data holds one of that kind"))
    met.add_argument("--by", choices=BY, default="touchpoint", help=t("how to group; default: touchpoint"))
    met.add_argument("--journey", help=t("only the data of this journey"))
    met.add_argument("--format", choices=("table", "csv", "json"), default="table")


def print_metrics(options: argparse.Namespace) -> int:
    from journeydesk.cli.terminal import printable, printable_json
    from journeydesk.core.safe_csv import write_rows
    from journeydesk.figures import figures, format_value
    from journeydesk.store.store import StoreError

    store = open_project(options.file)
    try:
        document = store.load()
        journey_id = find_journey(document, options.journey) if options.journey else None
        metric, kind, rows = figures(document, store.data, options.metric, options.by, journey_id)
    except (StoreError, LookupError) as error:
        raise DataCommandError(printable(error.args[0] if isinstance(error, LookupError)
                                         else error)) from None
    finally:
        store.close()
    if options.format == "json":
        print(printable_json({"metric": metric, "kind": kind.value, "by": options.by,
                              "groups": [{"key": r.key, "label": r.label, "value": r.value, "n": r.n}
                                         for r in rows]}))
    elif options.format == "csv":
        out = io.StringIO()
        write_rows(out, [[options.by, printable(metric), "n"],
                         *([printable(row.label), "" if row.value is None else f"{row.value:.15g}", row.n]
                           for row in rows)])
        sys.stdout.write(out.getvalue())
    else:
        values = [format_value(row.value, kind) for row in rows]
        labels, metric = [printable(row.label) for row in rows], printable(metric)
        width = max([text_width(options.by), *map(text_width, labels)]) + 2
        figure = max([text_width(metric), *map(text_width, values)]) + 2
        print(pad(options.by, width) + pad(metric, figure, right=True) + f"{'n':>8}")
        for row, label, value in zip(rows, labels, values, strict=True):
            print(pad(label, width) + pad(value, figure, right=True) + f"{row.n:>8}")
    return 0
