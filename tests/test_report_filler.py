"""A report leaves out what has nothing to say: empty sections, their bookmarks, and empty table columns."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from test_report import squash, text_of

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.imports.mapping import propose
from journeydesk.imports.reader import read_table, sniff
from journeydesk.imports.session import import_file
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions
from journeydesk.store.new_project import create_project
from journeydesk.store.store import Store

LANES = ((LaneKind.TOUCHPOINTS, "Touchpoints"), (LaneKind.PAIN_POINTS, "Pain points"),
         (LaneKind.OPPORTUNITIES, "Opportunities"))


def _journey(**touchpoint: object) -> tuple[Document, History]:
    """A two-stage journey with one touchpoint card carrying ``touchpoint``'s fields."""
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Returns", stage_names=("Ask", "Send back"), lanes=LANES))
    journey = document.journeys()[0]
    stage, lane = document.stages(journey.id)[0], document.lanes(journey.id)[0]
    history.do(commands.add_card(document, stage.id, lane.id, "Returns form", **touchpoint))
    return document, history


def _bookmarks(pdf: bytes) -> list[str]:
    outline = PdfReader(io.BytesIO(pdf)).outline
    return [item.title for entry in outline for item in (entry if isinstance(entry, list) else [entry])]


def test_the_touchpoint_table_leaves_out_columns_no_touchpoint_fills() -> None:
    document, _ = _journey()
    text = text_of(build_report(document, None, ReportOptions(sections=("touchpoints",))))
    assert "Returns form" in text and "Stage" in text
    for empty in ("Channel", "Category", "Owner", "Moment of truth", "Exit point", "Measured"):
        assert empty not in text, empty
    document, _ = _journey(channel="Web form", owner="Support team")
    text = text_of(build_report(document, None, ReportOptions(sections=("touchpoints",))))
    assert all(word in text for word in ("Channel", "Web form", "Owner", "Support team"))
    assert "Moment of truth" not in text and "Exit point" not in text


def test_sections_without_content_are_left_out_with_their_bookmarks() -> None:
    document, history = _journey()
    sections = ("contents", "touchpoints", "pains")
    pdf = build_report(document, None, ReportOptions(sections=sections))
    marks = _bookmarks(pdf)
    assert "Touchpoint inventory" in marks
    assert not {"Pain points", "Opportunities", "Pain points and opportunities"} & set(marks)
    assert not re.search(r"no (pain points|opportunities) yet", text_of(pdf))
    journey = document.journeys()[0]
    stage, lanes = document.stages(journey.id)[1], document.lanes(journey.id)
    history.do(commands.add_card(document, stage.id, lanes[1].id, "Label printer missing"))
    marks = _bookmarks(build_report(document, None, ReportOptions(sections=sections)))
    assert "Pain points" in marks and "Pain points and opportunities" not in marks
    history.do(commands.add_card(document, stage.id, lanes[2].id, "Print the label at the counter"))
    marks = _bookmarks(build_report(document, None, ReportOptions(sections=sections)))
    assert "Pain points and opportunities" in marks


def test_a_series_over_time_is_a_chart_from_three_dated_figures_and_a_table_below(tmp_path) -> None:
    csv = (b"Date,Touchpoint,CSAT\n2024-03-01,Cart and checkout form,5\n2024-03-02,Cart and checkout form,4\n"
           b"2024-03-03,Cart and checkout form,2\n2024-03-04,Order confirmation email,4\n")
    store = Store.open(create_project(tmp_path / "shop.journey", "ecommerce"))
    try:
        history = History(store.load(), store)
        settings = sniff(csv)
        import_file(history, store, history.document.journeys()[0].id, csv, settings,
                    propose(read_table(csv, settings)).mapping, source="csat.csv")
        text = text_of(build_report(history.document, store.data, ReportOptions(sections=("metrics",))))
    finally:
        store.close()
    assert "CSAT per day: Cart and checkout form" in text  # three days: a line
    assert "CSAT per day: Order confirmation email" not in text  # one day: a figure in the table
    # CSAT counts answers of 4 or 5 as satisfied: one of one on 4 March.
    assert squash("Order confirmation email CSAT per day 2024-03-04: 100.0 % (n=1)") in squash(text)
