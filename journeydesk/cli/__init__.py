"""The ``journeydesk`` command: open the GUI, or work on a project file headless."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from journeydesk import __version__, i18n
from journeydesk.cli import compare as cli_compare
from journeydesk.cli import data as cli_data
from journeydesk.cli import image as cli_image
from journeydesk.cli import imports as cli_imports
from journeydesk.cli import journeys as cli_journeys
from journeydesk.cli import kpis as cli_kpis
from journeydesk.cli import metrics as cli_metrics
from journeydesk.cli import report as cli_report
from journeydesk.cli import snapshots as cli_snapshots
from journeydesk.cli.data import tell_format_change
from journeydesk.cli.terminal import printable, printable_json
from journeydesk.i18n import LANGUAGES, language, n_, set_language, t
from journeydesk.store.new_project import example_copy

COMMANDS = ("new", "info", "check", "compact", "templates", "screenshot", "import-csv", "metrics",
            "export-pdf", "export-image", "import-journey", "export-journey", "snapshot", "snapshots",
            "compare", "scorecard", "kpi")

# argparse's own words (it looks them up through ``argparse._``, which main() points at ``t``).
ARGPARSE_WORDS = (
    n_("usage: "), n_("positional arguments"), n_("options"), n_("show this help message and exit"),
    n_("argument %(argument_name)s: %(message)s"), n_("unrecognized arguments: %s"),
    n_("the following arguments are required: %s"), n_("expected one argument"),
    n_("invalid choice: %(value)r (choose from %(choices)s)"), n_("invalid %(type)s value: %(value)r"),
    n_("ambiguous option: %(option)s could match %(matches)s"), n_("%(prog)s: error: %(message)s\n"),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its section headings ended as the language writes them (“オプション：”)."""

    def format_help(self) -> str:
        text = super().format_help()
        for heading in (t("positional arguments"), t("options")):
            text = text.replace(f"\n{heading}:\n", "\n" + t("{heading}:", heading=heading) + "\n")
        return text


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser (and its subcommands' parsers) with that help formatter."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


class CliError(Exception):
    """A problem to report as one line and exit status 1."""


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journeydesk",
        description=t("Offline customer journey mapping. Without a command, opens the app."),
        epilog=t("Commands: {commands}. Run 'journeydesk COMMAND --help' for each.",
                 commands=", ".join(COMMANDS)),
    )
    parser.add_argument("file", nargs="?", help=t("a .journey project to open"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=t("language of the interface and messages (also before any command); "
                               "default: Preferences, else the system's"))
    parser.add_argument("--example", action="store_true",
                        help=t("open (a personal copy of) the bundled example project"))
    parser.add_argument("--version", action="version", version=f"JourneyDesk {__version__}",
                        help=t("show the version and exit"))
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="journeydesk")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help=t("create a project file from a template"))
    new.add_argument("file", help=t("the .journey file to create"))
    new.add_argument("--template", default="blank",
                     help=t("starter journey (see 'journeydesk templates'); default: blank"))
    new.add_argument("--lang", choices=LANGUAGES, default=language(),
                     help=t("language of the template; default: the interface language"))
    new.add_argument("--title", default="", help=t("project title; default: the template's"))
    info = sub.add_parser("info", help=t("show the journeys and counts of a project"))
    info.add_argument("file")
    info.add_argument("--json", action="store_true", help=t("print JSON"))
    check = sub.add_parser("check", help=t("check a project's integrity; exit status 0 if sound"))
    check.add_argument("file")
    compact = sub.add_parser("compact", help=t("make a project file smaller: drop unused images and the data "
                                                "of removed imports"))
    compact.add_argument("file")
    sub.add_parser("templates", help=t("list the built-in starter journeys"))
    shot = sub.add_parser("screenshot", help=t("render the editor with a project to a PNG, no screen needed"))
    shot.add_argument("file", help=t("the .journey project (opened read-only)"))
    shot.add_argument("-o", "--output", required=True, help=t("the PNG file to write"))
    shot.add_argument("--journey", help=t("the journey to show, by name; default: the first"))
    shot.add_argument("--size", default="1400x860", help=t("window size WIDTHxHEIGHT; default: 1400x860"))
    cli_imports.add_parser(sub)
    cli_metrics.add_parser(sub)
    cli_report.add_parsers(sub)
    cli_image.add_parsers(sub)
    cli_journeys.add_parsers(sub)
    cli_snapshots.add_parsers(sub)
    cli_compare.add_parser(sub)
    cli_kpis.add_parsers(sub)
    return parser


def _global_language(args: list[str]) -> str:
    """Take ``--lang X`` (or ``--lang=X``) given before the command out of ``args``; returns X."""
    for index, arg in enumerate(args):
        if arg in COMMANDS or not arg.startswith("-"):
            break
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
            del args[index:index + 2]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
            del args[index]
        else:
            continue
        if value not in LANGUAGES:
            raise CliError(t("--lang must be one of {choices}, not '{value}'.",
                             choices=", ".join(LANGUAGES), value=value))
        return value
    return ""


def _desktop_language(explicit: str) -> str:
    """For the app (and screenshots): Preferences and Qt's idea of the system language count too.

    The other commands stay free of Qt, so they follow ``--lang``, JOURNEYDESK_LANG or the locale.
    """
    try:
        from journeydesk.ui.style.language import choose_language
    except ImportError:
        return explicit or i18n.system_language()
    return choose_language(explicit)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    argparse._ = t
    explicit = os.environ.get("JOURNEYDESK_LANG", "")
    set_language(explicit or i18n.system_language())
    try:
        explicit = _global_language(args) or explicit
        set_language(explicit or i18n.system_language())
        if args and args[0] in COMMANDS:
            if args[0] == "screenshot":
                set_language(_desktop_language(explicit))
            options = _command_parser().parse_args(args)
            handler = {"new": _new, "info": _info, "check": _check, "compact": _compact,
                       "templates": _templates, "screenshot": _screenshot,
                       "import-csv": cli_imports.import_csv, "metrics": cli_metrics.print_metrics,
                       "export-pdf": cli_report.export_pdf, "export-image": cli_image.export_image,
                       "import-journey": cli_journeys.import_journey,
                       "export-journey": cli_journeys.export_journey, "snapshot": cli_snapshots.take_snapshot,
                       "snapshots": cli_snapshots.list_snapshots, "compare": cli_compare.compare_command,
                       "scorecard": cli_kpis.print_scorecard, "kpi": cli_kpis.set_kpi}
            return handler[options.command](options)
        options = _gui_parser().parse_args(args)
        set_language(_desktop_language(options.lang or explicit))
        return _open_gui(options)
    except (CliError, cli_data.DataCommandError, cli_report.ReportCommandError) as error:
        print(t("journeydesk: {message}", message=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``journeydesk info x --json | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _store_error(error: Exception) -> CliError:
    return CliError(str(error))


def _new(options: argparse.Namespace) -> int:
    from journeydesk.store.new_project import create_project
    from journeydesk.store.store import StoreError

    try:
        path = create_project(options.file, options.template, options.lang, options.title)
    except StoreError as error:
        raise _store_error(error) from None
    print(t("Created {path} ({template}, {lang}).", path=path, template=options.template,
            lang=options.lang))
    return 0


def _open_read_only(file: str):
    from journeydesk.store.store import Store, StoreError

    try:
        store = Store.open(file, read_only=True)
    except StoreError as error:
        raise _store_error(error) from None
    tell_format_change(store)
    try:
        return store, store.load()
    except StoreError as error:
        store.close()
        raise _store_error(error) from None


def project_summary(path: str, version: int, document) -> dict:
    """What ``info`` reports: the file, its format version, and per-journey counts."""
    from journeydesk.cli.evidence import evidence_summary
    from journeydesk.core.model import (
        Card,
        Dataset,
        EmotionMarker,
        Evidence,
        Image,
        Journey,
        Kpi,
        Link,
        Persona,
        Snapshot,
    )
    from journeydesk.imports.dataset_record import source_label

    journeys = []
    for journey in document.journeys():
        persona = document.get(Persona, journey.persona_id)
        as_is = document.get(Journey, journey.future_of)
        journeys.append({
            "name": journey.name,
            "persona": persona.name if persona else None,
            "future_state_of": as_is.name if as_is else None,
            "future_states": [j.name for j in document.future_states(journey.id)],
            "snapshots": [s.name for s in document.snapshots(journey.id)],
            "stages": [s.name for s in document.stages(journey.id)],
            "lanes": [lane.name for lane in document.lanes(journey.id)],
            "cards": len(document.cards(journey.id)),
            "emotion_markers": len(document.markers(journey.id)),
            "links": len(document.links(journey.id)),
            "evidence": evidence_summary(document, journey.id),
            "kpis": len(document.children(Kpi, "journey_id", journey.id)),
            "datasets": [{"name": d.name, "source": source_label(d), "rows": d.row_count,
                          "metrics": list(d.metrics), "imported_at": d.imported_at}
                         for d in document.children(Dataset, "journey_id", journey.id)],
        })
    return {
        "path": str(path),
        "schema_version": version,
        "title": document.project().title,
        "journeys": journeys,
        "snapshots": cli_snapshots.snapshot_summaries(document),
        "counts": {
            "journeys": document.count(Journey), "personas": document.count(Persona),
            "cards": document.count(Card), "emotion_markers": document.count(EmotionMarker),
            "links": document.count(Link), "images": document.count(Image),
            "snapshots": document.count(Snapshot), "evidence": document.count(Evidence),
            "kpis": document.count(Kpi),
        },
    }


def _info(options: argparse.Namespace) -> int:
    from journeydesk.cli.evidence import evidence_line

    store, document = _open_read_only(options.file)
    try:
        summary = project_summary(options.file, store.schema_version(), document)
    finally:
        store.close()
    if options.json:
        print(printable_json(summary))
        return 0
    print(t("{path}: JourneyDesk project, file format {version}", path=printable(summary["path"]),
            version=summary["schema_version"]))
    if summary["title"]:
        print(t("Title: {title}", title=printable(summary["title"])))
    counts = summary["counts"]
    print(t("{journeys} journeys, {personas} personas, {cards} cards, {emotion_markers} emotion "
            "markers, {links} links", **counts))
    for journey in summary["journeys"]:
        persona = t(" — persona: {name}", name=printable(journey["persona"])) if journey["persona"] else ""
        print(t("  • {name}{persona}: {stages} stages, {lanes} lanes, {cards} cards, {markers} "
                "emotion markers", name=printable(journey["name"]), persona=persona,
                stages=len(journey["stages"]), lanes=len(journey["lanes"]), cards=journey["cards"],
                markers=journey["emotion_markers"]))
        if journey["evidence"]["items"] or journey["kpis"]:
            print(evidence_line(journey["evidence"], journey["kpis"]))
        if journey["future_state_of"]:
            print(t("      future state (to-be) of “{name}”", name=printable(journey["future_state_of"])))
        for dataset in journey["datasets"]:
            print(t("      data “{name}”: {rows} values of {metrics}, from {source}",
                    name=printable(dataset["name"]), rows=f"{dataset['rows']:,}",
                    metrics=printable(", ".join(dataset["metrics"])) or "-",
                    source=printable(dataset["source"])))
    if summary["snapshots"]:
        print(t("{n} snapshots:", n=len(summary["snapshots"])))
        for entry in summary["snapshots"]:
            print("  • " + cli_snapshots.snapshot_line(entry))
    return 0


def _check(options: argparse.Namespace) -> int:
    from journeydesk.store.store import StoreError

    store, document = _open_read_only(options.file)
    try:
        problems, rows = store.integrity()
        version = store.schema_version()
    except StoreError as error:
        raise _store_error(error) from None
    finally:
        store.close()
    if problems == ["ok"]:
        problems = document.order_problems() + cli_snapshots.snapshot_problems(document)
    if problems and problems != ["ok"]:
        raise CliError(t("{path} is damaged ({detail}). Open a backup or an earlier copy.",
                         path=options.file, detail=printable("; ".join(problems[:3]))))
    print(t("OK: {path} is a sound JourneyDesk project (file format {version}, {entities} "
            "entries in {rows} rows).", path=options.file, version=version,
            entities=len(document.snapshot()), rows=rows))
    return 0


def _compact(options: argparse.Namespace) -> int:
    from journeydesk.store.compact import compact
    from journeydesk.store.store import StoreError

    try:
        done = compact(options.file)
    except StoreError as error:
        raise _store_error(error) from None
    print(t("Compacted {path}: {before} before, {after} after ({images} unused images and the data of "
            "{imports} removed imports dropped).", path=options.file, before=file_size(done.before),
            after=file_size(done.after), images=done.images, imports=done.imports))
    return 0


def file_size(size: int) -> str:
    """Bytes as a person reads them: 812 bytes, 4.2 KB, 17.5 MB."""
    if size < 1000:
        return t("{n} bytes", n=size)
    for unit in ("KB", "MB", "GB"):
        size /= 1000
        if size < 1000 or unit == "GB":
            return f"{size:.1f} {unit}"
    return ""


def _templates(options: argparse.Namespace) -> int:
    from journeydesk.core.templates import TEMPLATE_NAMES, template_title

    for name in TEMPLATE_NAMES:
        print(f"{name:18} {template_title(name, 'en')} / {template_title(name, 'ja')}")
    return 0


def _screenshot(options: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", options.size)
    if match is None:
        raise CliError(t("--size must look like 1400x860, not '{size}'.", size=options.size))
    try:
        from journeydesk.ui.window.screenshot import ScreenshotError, render_screenshot
    except ImportError as error:
        raise CliError(t("The desktop interface cannot start: {reason}.", reason=error)) from None
    try:
        path = render_screenshot(options.file, options.output, journey=options.journey,
                                 size=(int(match[1]), int(match[2])))
    except ScreenshotError as error:
        raise CliError(str(error)) from None
    print(t("Wrote {path}", path=path))
    return 0


def _open_gui(options: argparse.Namespace) -> int:
    path = options.file
    if path and not Path(path).exists() and "." not in Path(path).name and os.sep not in path:
        raise CliError(t("'{word}' is neither a command nor a file. Commands: {commands}; or give "
                         "a .journey file to open.", word=path, commands=", ".join(COMMANDS)))
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
        raise CliError(t("No display found: the app needs a desktop session. The commands ({commands}) "
                         "work without one.", commands=", ".join(COMMANDS)))
    if options.example:
        try:
            path = str(example_copy())
        except OSError as error:
            raise CliError(t("Cannot copy the example project: {reason}.", reason=error)) from None
    try:
        from journeydesk.ui.window.app import run
    except ImportError as error:
        raise CliError(t("The desktop interface cannot start: {reason}. Reinstall JourneyDesk, "
                         "or use the commands (journeydesk --help).", reason=error)) from None
    return run(path)
