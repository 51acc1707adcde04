"""A report leaves out what has nothing to say: empty sections, their bookmarks, and empty table columns."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from test_report import text_of

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.history import History
from journeydesk.core.model import LaneKind
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions

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
