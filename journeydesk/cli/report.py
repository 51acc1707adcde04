"""The ``export-pdf`` command: a client-ready PDF report of a project, made headless (no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.cli.data import tell_format_change
from journeydesk.i18n import t

if TYPE_CHECKING:
    from journeydesk.core.document import Document


class ReportCommandError(Exception):
    """A problem to report as one line and exit status 1."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from journeydesk.report.options import LAYOUTS, PAPERS, SECTIONS

    pdf = sub.add_parser("export-pdf", help=t("write a PDF report of a project for clients"))
    pdf.add_argument("file", help=t("the .journey project (opened read-only)"))
    pdf.add_argument("-o", "--output", required=True, help=t("the PDF file to write"))
    pdf.add_argument("--journey", action="append", metavar="NAME",
                     help=t("a journey to include, by name (repeat for several); default: all"))
    pdf.add_argument("--paper", choices=tuple(PAPERS), default="A4", type=_paper,
                     help=t("paper size; maps are printed landscape; default: A4"))
    pdf.add_argument("--layout", choices=LAYOUTS, default="auto",
                     help=t("auto: each journey on one page when its card text is 8 pt or more there, else "
                            "an overview and one page per stage; fit: each journey on one page; stages: one "
                            "page per stage; poster: the map tiled across pages to assemble into one sheet; "
                            "default: auto"))
    pdf.add_argument("--scale", type=_scale, default=1.0,
                     help=t(
                         "poster size: 1.0 prints card text at its natural size, 0.5 at half; default: 1.0"))
    pdf.add_argument("--sections", nargs="+", metavar="SECTION",
                     help=t("sections to include, from: {names}; default: all",
                            names=", ".join(SECTIONS)))
    pdf.add_argument("--logo", help=t("a PNG or JPEG image for the cover"))
    pdf.add_argument("--title", help=t("report title; default: the project's"))
    pdf.add_argument("--subtitle", default="", help=t("a line under the title on the cover"))
    pdf.add_argument("--client", help=t("client name; default: the project's"))
    pdf.add_argument("--author", help=t("author; default: the project's"))
    pdf.add_argument("--date", default="", help=t("the date printed on the cover, as written; default: none"))
    pdf.add_argument("--brand-color", help=t("brand colour like #2f6fb3; default: the project's"))
    pdf.add_argument("--language", choices=("en", "ja"),
                     help=t("the language of the report's own words; default: the project's"))
    pdf.add_argument("--no-colophon", dest="colophon", action="store_false",
                     help=t("leave out the line “Made with JourneyDesk” at the foot of the last page"))


def _paper(value: str) -> str:
    from journeydesk.report.options import PAPERS

    for name in PAPERS:
        if name.casefold() == value.casefold():
            return name
    return value


def _scale(value: str) -> float:
    from journeydesk.report.options import ReportError, check_scale

    try:
        number = float(value.strip().rstrip("%")) / (100 if value.strip().endswith("%") else 1)
    except ValueError:
        number = value  # type: ignore[assignment]
    try:
        return check_scale(number, value)
    except ReportError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _sections(values: list[str] | None) -> tuple[str, ...] | None:
    from journeydesk.report.options import SECTIONS

    if values is None:
        return None
    chosen = [name.strip().lower() for value in values for name in value.split(",") if name.strip()]
    if not chosen:
        raise ReportCommandError(t("--sections needs at least one of: {choices}.",
                                   choices=", ".join(SECTIONS)))
    for name in chosen:
        if name not in SECTIONS:
            raise ReportCommandError(t("There is no report section '{name}'. Choose from: {choices}.",
                                       name=name, choices=", ".join(SECTIONS)))
    return tuple(dict.fromkeys(chosen))


def _journey_ids(document: Document, names: list[str] | None) -> tuple[str, ...]:
    if not names:
        return ()
    journeys = document.journeys()
    found: list[str] = []
    for name in names:
        matches = [j.id for j in journeys if j.name == name] or \
                  [j.id for j in journeys if j.name.casefold() == name.casefold()]
        if not matches:
            listed = ", ".join(j.name for j in journeys) or t("(none)")
            raise ReportCommandError(t("There is no journey named '{name}'. Journeys: {names}.",
                                       name=name, names=listed))
        found += matches
    return tuple(dict.fromkeys(found))


def export_pdf(options: argparse.Namespace) -> int:
    from journeydesk.report.build import write_report
    from journeydesk.report.options import SECTIONS, ReportError, ReportOptions
    from journeydesk.store.store import Store, StoreError

    output = Path(options.output)
    source = Path(options.file)
    if source.exists() and output.exists() and output.resolve() == source.resolve():
        raise ReportCommandError(t("The report {path} would replace the project itself; choose another "
                                   "name ending in .pdf.", path=output))
    if output.is_dir():
        raise ReportCommandError(t("{path} is a folder; give the PDF file to write, e.g. {path}/report.pdf.",
                                   path=output))
    try:
        store = Store.open(source, read_only=True)
    except StoreError as error:
        raise ReportCommandError(str(error)) from None
    tell_format_change(store)
    try:
        document = store.load()
        report = ReportOptions(
            journeys=_journey_ids(document, options.journey), paper=options.paper, layout=options.layout,
            sections=_sections(options.sections) or SECTIONS, title=options.title,
            subtitle=options.subtitle, client=options.client, author=options.author, date=options.date,
            logo=options.logo, brand_color=options.brand_color, poster_scale=options.scale,
            language=options.language, colophon=options.colophon, edited_at=store.edited_at)
        notes: list[str] = []
        path = write_report(output, document, store.data, report, notes=notes)
        for text in notes:
            print(t("journeydesk: note: {message}", message=text), file=sys.stderr)
    except (StoreError, ReportError) as error:
        raise ReportCommandError(str(error)) from None
    finally:
        store.close()
    print(t("Wrote {path}", path=path))
    return 0
