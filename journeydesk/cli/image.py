"""The ``export-image`` command: one journey's map as PNG or SVG for slides, drawn by Qt without a screen."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from journeydesk.cli.data import tell_format_change
from journeydesk.i18n import t

EXIT_BAD_INPUT = 1


class ImageCommandError(Exception):
    """A problem to report as one line and exit status 1."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    image = sub.add_parser("export-image", help=t("write a journey's map as a PNG or SVG image"))
    image.add_argument("file", help=t("the .journey project (opened read-only)"))
    image.add_argument("-o", "--output", required=True, help=t("the image to write: a .png or .svg file"))
    image.add_argument("--journey", metavar="NAME",
                       help=t("the journey to draw, by name; default: the first"))
    image.add_argument("--dpi", type=int, default=150,
                       help=t(
                           "PNG resolution; 96 draws the map at actual size; default: 150 (ignored for SVG)"))
    image.add_argument("--outlines", action="store_true",
                       help=t("SVG: draw the text as outlines instead of embedding its font, for programs "
                              "that ignore an SVG's fonts (ignored for PNG)"))
    image.add_argument("--overlay", metavar="METRIC",
                       help=t("colour the touchpoint cards by this imported metric (a name, or NPS, CSAT, "
                              "CES), with its legend"))


def export_image(options: argparse.Namespace) -> int:
    try:
        path = _export(options)
    except ImageCommandError as error:
        print(t("journeydesk: {message}", message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("Wrote {path}", path=path))
    return 0


def _export(options: argparse.Namespace) -> Path:
    from journeydesk.store.store import Store, StoreError

    output, source = Path(options.output), Path(options.file)
    if output.suffix.lower() not in (".png", ".svg"):
        raise ImageCommandError(t("Cannot export to '{name}': the file name must end in .png or .svg.",
                                  name=output.name))
    if source.exists() and output.exists() and output.resolve() == source.resolve():
        raise ImageCommandError(t("The image {path} would replace the project itself; choose another name.",
                                  path=output))
    try:
        store = Store.open(source, read_only=True)
    except StoreError as error:
        raise ImageCommandError(str(error)) from None
    tell_format_change(store)
    try:
        document = store.load()
        journey_id = _journey_id(document, options.journey, source)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            from journeydesk.ui.canvas.overlay import overlay_for
            from journeydesk.ui.export.image_export import ImageExportError
            from journeydesk.ui.export.image_export import export_image as write_image
        except ImportError as error:
            raise ImageCommandError(t("The drawing library cannot start: {reason}. Reinstall JourneyDesk.",
                                      reason=error)) from None
        overlay = None
        if options.overlay is not None:
            try:
                overlay = overlay_for(document, store.data, options.overlay, journey_id)
            except LookupError as error:
                raise ImageCommandError(str(error.args[0])) from None
        try:
            return write_image(document, journey_id, output, dpi=options.dpi, overlay=overlay,
                               outlines=options.outlines)
        except ImageExportError as error:
            raise ImageCommandError(str(error)) from None
    except StoreError as error:
        raise ImageCommandError(str(error)) from None
    finally:
        store.close()


def _journey_id(document, name: str | None, source: Path) -> str:
    journeys = document.journeys()
    if not journeys:
        raise ImageCommandError(t("{path} has no journeys to draw. Add one in the app first.", path=source))
    if name is None:
        return journeys[0].id
    matches = [j.id for j in journeys if j.name == name] or \
              [j.id for j in journeys if j.name.casefold() == name.casefold()]
    if not matches:
        raise ImageCommandError(t("There is no journey named '{name}'. Journeys: {names}.",
                                  name=name, names=", ".join(j.name for j in journeys)))
    return matches[0]
