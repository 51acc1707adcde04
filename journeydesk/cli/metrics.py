"""The ``metrics`` command: one metric per touchpoint, stage, channel or period (headless, no Qt)."""

from __future__ import annotations

import argparse
import io
import sys
import unicodedata

from journeydesk.cli.data import DataCommandError, find_journey
from journeydesk.i18n import t

BY = ("touchpoint", "stage", "channel", "segment", "day", "week", "month", "all")  # figures.BY, without importing it


def add_parser(sub: argparse._SubParsersAction) -> None:
    met = sub.add_parser("metrics", help=t("print a metric per touchpoint, stage, channel or period"))
    met.add_argument("file", help=t("the .journey project"))
    met.add_argument("--metric", required=True, help=t("the metric's name, or its kind (NPS, CSAT, CES, count) when the data holds one of that kind"))
    met.add_argument("--by", choices=BY, default="touchpoint", help=t("how to group; default: touchpoint"))
    met.add_argument("--journey", help=t("only the data of this journey"))
    met.add_argument("--format", choices=("table", "csv", "json"), default="table")


def print_metrics(options: argparse.Namespace) -> int:
    from journeydesk.cli.terminal import printable, printable_json
    from journeydesk.core.safe_csv import write_rows
    from journeydesk.figures import figures, format_value
    from journeydesk.store.store import Store, StoreError

    try:
        store = Store.open(options.file, read_only=True)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    try:
        document = store.load()
        journey_id = find_journey(document, options.journey) if options.journey else None
        metric, kind, rows = figures(document, store.data, options.metric, options.by, journey_id)
    except (StoreError, LookupError) as error:
        raise DataCommandError(printable(error.args[0] if isinstance(error, LookupError) else error)) from None
    finally:
        store.close()
    if options.format == "json":
        print(printable_json({"metric": metric, "kind": kind.value, "by": options.by,
                              "groups": [{"key": r.key, "label": r.label, "value": r.value, "n": r.n} for r in rows]}))
    elif options.format == "csv":
        out = io.StringIO()
        write_rows(out, [[options.by, printable(metric), "n"],
                         *([printable(row.label), "" if row.value is None else f"{row.value:.15g}", row.n]
                           for row in rows)])
        sys.stdout.write(out.getvalue())
    else:
        values = [format_value(row.value, kind) for row in rows]
        labels, metric = [printable(row.label) for row in rows], printable(metric)
        width = max([_width(options.by), *map(_width, labels)]) + 2
        figure = max([_width(metric), *map(_width, values)]) + 2
        print(_pad(options.by, width) + _pad(metric, figure, right=True) + f"{'n':>8}")
        for row, label, value in zip(rows, labels, values, strict=True):
            print(_pad(label, width) + _pad(value, figure, right=True) + f"{row.n:>8}")
    return 0


def _width(text: str) -> int:
    """Columns a text takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * max(0, width - _width(text))
    return space + text if right else text + space
