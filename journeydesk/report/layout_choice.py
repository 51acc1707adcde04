"""The map layout of a journey when the report's layout is "auto": one page when its card text reads there."""

from __future__ import annotations

from journeydesk.core.document import Document
from journeydesk.core.model import Journey
from journeydesk.i18n import n_
from journeydesk.report.cards import CARD_TEXT
from journeydesk.report.mappage import MAP_TEXT, map_box
from journeydesk.report.notes import note
from journeydesk.report.options import PAPERS, ReportOptions
from journeydesk.report.pages import LANDSCAPE, body_size
from journeydesk.report.print_layout import fit_layout


def fit_text_size(document: Document, journey: Journey, paper: str) -> float:
    """The card text size, in points, of ``journey`` fitted on one landscape page of ``paper``."""
    width, height = map_box(*body_size(PAPERS[paper], LANDSCAPE))
    return CARD_TEXT * fit_layout(document, journey.id, width, height)[1]


def map_layout(document: Document, journey: Journey, options: ReportOptions) -> str:
    """``options.layout``, or for "auto" "fit" or "stages", with a note saying which and why."""
    if options.layout != "auto":
        return options.layout
    if not document.stages(journey.id) or not document.lanes(journey.id) or not document.cards(journey.id):
        return "fit"  # nothing to read: its shape fits one page
    size = fit_text_size(document, journey, options.paper)
    if size >= MAP_TEXT:
        note(n_("“{journey}” is on one {paper} page: its card text is {size:.1f} pt."),
             journey=journey.name, paper=options.paper, size=size)
        return "fit"
    note(n_("“{journey}” is printed as an overview and one page per stage: on one {paper} page its card text "
            "would be {size:.1f} pt, under the {needed:.0f} pt that reads in print. Choose the fit layout to "
            "have it on one page anyway."), journey=journey.name, paper=options.paper, size=size,
         needed=MAP_TEXT)
    return "stages"
