"""Stage pages that cannot show every card whole: rows grow as far as the page allows, and the rest is in Card
details."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from journeydesk.core import commands
from journeydesk.core.document import Document
from journeydesk.core.enums import LaneKind
from journeydesk.core.history import History
from journeydesk.report.build import build_report
from journeydesk.report.options import ReportOptions

SENTENCE = "Customers compare delivery dates across three shops before they decide. "
LONG = "".join(f"{n:03d} {SENTENCE}" for n in range(60))  # about 4,600 characters: more than any page holds
SHORT = ["Opens the product page", "Reads the size guide", "Asks in the chat"]


def _journey() -> tuple[Document, str]:
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Shoes", stage_names=("Compare",),
                                    lanes=((LaneKind.ACTIONS, "Actions"), (LaneKind.THOUGHTS, "Thoughts"))))
    journey = document.journeys()[0]
    stage = document.stages(journey.id)[0]
    actions, thoughts = document.lanes(journey.id)
    for text in SHORT:
        history.do(commands.add_card(document, stage.id, actions.id, text))
    history.do(commands.add_card(document, stage.id, thoughts.id, LONG))
    return document, journey.id


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_card_too_long_for_its_page_shows_as_much_as_fits_and_all_of_it_in_card_details() -> None:
    document, journey_id = _journey()
    pdf = build_report(document, None, ReportOptions(journeys=(journey_id,), sections=("map",),
                                                     layout="stages"))
    reader = PdfReader(io.BytesIO(pdf))
    stage_page, details = (_flat(page.extract_text()) for page in reader.pages[:2])
    assert all(_flat(text) in stage_page for text in SHORT)
    # Its row grew down the page: far more than the three lines a card of one height holds.
    shown = max(n for n in range(60) if f"{n:03d}" in stage_page)
    assert shown >= 12, shown
    assert f"{59:03d}" not in stage_page
    assert "details1" in stage_page and "details2" not in stage_page
    assert "Carddetails" in details and "details1" in details
    assert _flat(LONG)[:1600] in _flat("".join(page.extract_text() for page in reader.pages[1:]))
    assert "4,559charactersinall" in details or "4559charactersinall" in details


def test_a_journey_without_cards_is_one_page_and_not_said_to_be_too_small() -> None:
    document = Document()
    History(document).do(commands.add_journey(document, "Empty", stage_names=tuple(f"Stage {n}"
                                                                                   for n in range(12))))
    notes: list[str] = []
    pdf = build_report(document, None, ReportOptions(sections=("map",)), notes=notes)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert not any("too small" in note or "overview" in note for note in notes), notes


def test_a_poster_card_cut_at_150_lines_gets_its_reference_and_is_whole_in_card_details() -> None:
    document = Document()
    history = History(document)
    history.do(commands.add_journey(document, "Endless", stage_names=("Only",),
                                    lanes=((LaneKind.NOTES, "Notes"), (LaneKind.ACTIONS, "Actions"))))
    journey = document.journeys()[0]
    stage = document.stages(journey.id)[0]
    notes_lane, actions = document.lanes(journey.id)
    # 200 sentences of about 76 characters: some 600 lines on a poster card, which shows 150.
    endless = "".join(f"{n:03d} {SENTENCE}" for n in range(200))
    history.do(commands.add_card(document, stage.id, notes_lane.id, endless))
    for text in SHORT:
        history.do(commands.add_card(document, stage.id, actions.id, text))
    for language, word in (("en", "details1"), ("ja", "詳細1")):
        pdf = build_report(document, None, ReportOptions(layout="poster", sections=("map",),
                                                         language=language))
        reader = PdfReader(io.BytesIO(pdf))
        pages = [_flat(page.extract_text()) for page in reader.pages]
        heading = "Carddetails" if language == "en" else _flat(_card_details_ja())
        appendix = [n for n, text in enumerate(pages) if heading in text]
        assert len(appendix) == 1 and appendix[0] >= 1, [text[:40] for text in pages]
        tiles = "".join(pages[:appendix[0]])
        assert word in tiles and word.replace("1", "2") not in tiles
        # The poster shows the text up to its 150th line, not to the end; Card details has the end.
        assert f"{10:03d}" in tiles and f"{199:03d}" not in tiles
        whole = "".join(pages[appendix[0]:])
        assert word in whole and _flat(endless)[:1600] in whole
        total = len(endless.strip())  # its closing space is not counted
        assert f"{total:,}" in whole or f"{total}" in whole, whole[-80:]
        assert not any(_flat(text) in whole for text in SHORT)  # only the cut card is listed


def _card_details_ja() -> str:
    from journeydesk.i18n import speaking, t

    with speaking("ja"):
        return t("Card details")
