"""The ``import-journey`` and ``export-journey`` commands: journeys in and out as JSON, Mermaid, EMS YAML or
CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from journeydesk.cli.data import DataCommandError, open_project
from journeydesk.cli.terminal import printable
from journeydesk.i18n import t

FORMATS = ("json", "mermaid", "ems", "csv")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-journey", help=t("add the journeys of a JSON, Mermaid, EMS YAML or CSV file "
                                                  "to a project"))
    imp.add_argument("file", help=t("the .journey project"))
    imp.add_argument("source",
                     help=t("the file to import (.json, .mmd, .mermaid, .md, .yaml, .yml, .csv, .tsv)"))
    imp.add_argument("--format", choices=FORMATS, help=t("the format of SOURCE; default: from its extension"))
    exp = sub.add_parser("export-journey", help=t("write journeys as JSON, Mermaid, EMS YAML or CSV"))
    exp.add_argument("file", help=t("the .journey project (opened read-only)"))
    exp.add_argument("-o", "--output", required=True, help=t("the file to write"))
    exp.add_argument("--journey", metavar="NAME", action="append",
                     help=t("a journey to write, by name (repeatable); default: every journey for JSON and "
                            "CSV, the first for Mermaid and EMS"))
    exp.add_argument("--format", choices=FORMATS,
                     help=t("the format to write; default: from the extension of OUT"))
    exp.add_argument("--with-data", action="store_true",
                     help=t("JSON only: include the values of the imported data, not only how it was read"))


def import_journey(options: argparse.Namespace) -> int:
    from journeydesk.core.document import EditRefused
    from journeydesk.core.history import History
    from journeydesk.interchange.apply import apply_import
    from journeydesk.interchange.common import InterchangeError, unplaced_lines
    from journeydesk.interchange.formats import read_file
    from journeydesk.store.bulk import DatasetWriteError
    from journeydesk.store.store import StoreError

    try:
        imported = read_file(options.source, options.format)
    except InterchangeError as error:
        raise DataCommandError("\n  ".join([str(error), *error.details])) from None
    store = open_project(options.file, edit=True)
    try:
        document = store.load()
        added = apply_import(History(document, store), store, imported)
    except (StoreError, EditRefused, DatasetWriteError, InterchangeError) as error:
        raise DataCommandError(t("Nothing was imported: {reason}", reason=error)) from None
    finally:
        store.close()
    print(printable(added.summary))
    for line in unplaced_lines(list(added.unplaced)):
        print("  " + printable(line))
    return 0


def export_journey(options: argparse.Namespace) -> int:
    from journeydesk.interchange.common import InterchangeError
    from journeydesk.interchange.formats import SINGLE_JOURNEY, export_bytes, format_of, write_file
    from journeydesk.store.store import StoreError

    output, source = Path(options.output), Path(options.file)
    try:
        fmt = format_of(output, options.format)
    except InterchangeError as error:
        raise DataCommandError(str(error)) from None
    if options.with_data and fmt != "json":
        raise DataCommandError(t(
            "--with-data writes imported values into JSON only; use an output ending in .json."))
    if source.exists() and output.exists() and output.resolve() == source.resolve():
        raise DataCommandError(t("{path} would replace the project itself; choose another name.",
                                 path=output))
    store = open_project(source)
    try:
        document = store.load()
        ids = chosen_journeys(document, options.journey, single=fmt in SINGLE_JOURNEY)
        data = export_bytes(document, ids, fmt, rows=store.data.rows if options.with_data else None,
                            suffix=output.suffix)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    finally:
        store.close()
    try:
        write_file(output, data)
    except InterchangeError as error:
        raise DataCommandError(str(error)) from None
    names = ", ".join(f"“{j.name}”" for j in document.journeys() if j.id in ids)
    print(printable(t("Wrote {path}: {names}.", path=output, names=names)))
    return 0


def chosen_journeys(document, names: list[str] | None, *, single: bool) -> list[str]:
    journeys = document.journeys()
    if not journeys:
        raise DataCommandError(t("The project has no journey to export."))
    if not names:
        return [journeys[0].id] if single else [j.id for j in journeys]
    found = []
    for name in names:
        match = [j.id for j in journeys if j.name == name] or [j.id for j in journeys
                                                                if j.name.casefold() == name.casefold()]
        if not match:
            raise DataCommandError(t("There is no journey named '{name}'. Journeys: {names}.", name=name,
                                     names=", ".join(j.name for j in journeys)))
        found.append(match[0])
    if single and len(found) > 1:
        raise DataCommandError(t("Mermaid and EMS files hold one journey; give --journey once."))
    return found
