"""What a report holds and how it looks: ReportOptions, paper sizes, layouts, sections, ReportError."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID

from journeydesk.i18n import LANGUAGES, t

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3, "Letter": LETTER, "Tabloid": TABLOID}
LAYOUTS: tuple[str, ...] = ("auto", "fit", "stages", "poster")
SECTIONS: tuple[str, ...] = ("cover", "contents", "personas", "map", "touchpoints", "pains", "metrics",
                             "scorecard", "evidence", "compare")
POSTER_SCALES: tuple[float, float] = (0.1, 4.0)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class ReportError(Exception):
    """A report that cannot be made, worded as one line saying what to fix."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """Everything that decides a report's bytes: the same options and project give the same PDF.

    ``journeys`` holds journey ids (empty: every journey, in project order). ``title``,
    ``client`` and ``author`` default (None) to the project's. ``date`` is printed as given on
    the cover; it is never taken from the clock, so an empty date shows no date. ``logo`` is
    an image file for the cover: a missing or unreadable one raises ReportError naming it.
    ``brand_color`` (``#rrggbb``) defaults to the project's; ``language`` (en, ja) too. ``layout`` "auto"
    prints each journey on one page when its card text reads there (8 pt), else one page per stage after an
    overview. ``poster_scale`` is the poster layout's size: 1.0 prints card text at its natural size (11 pt),
    0.5 at half of it. ``colophon`` prints one line saying the report was made with JourneyDesk at the foot of
    the last page. ``edited_at`` (seconds since 1970, UTC; the store's ``edited_at``) is the PDF's
    creation and modification date; ``SOURCE_DATE_EPOCH`` overrides it.
    """

    journeys: tuple[str, ...] = ()
    paper: str = "A4"
    layout: str = "auto"
    sections: tuple[str, ...] = SECTIONS
    title: str | None = None
    subtitle: str = ""
    client: str | None = None
    author: str | None = None
    date: str = ""
    logo: str | Path | None = None
    brand_color: str | None = None
    language: str | None = None
    poster_scale: float = 1.0
    colophon: bool = True
    edited_at: int | None = None

    def check(self) -> None:
        """Refuse options that cannot make a report, with a message naming the choices."""
        if self.paper not in PAPERS:
            raise ReportError(t("There is no paper size '{paper}'. Choose one of: {choices}.",
                                paper=self.paper, choices=", ".join(PAPERS)))
        if self.layout not in LAYOUTS:
            raise ReportError(t("There is no map layout '{layout}'. Choose one of: {choices}.",
                                layout=self.layout, choices=", ".join(LAYOUTS)))
        check_scale(self.poster_scale)
        if self.edited_at is not None and not 0 <= self.edited_at <= 253402300799:
            raise ReportError(t("The project's last edit time '{value}' is not a date this report can carry.",
                                value=self.edited_at))
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise ReportError(t("There is no report section '{name}'. Choose from: {choices}.",
                                name=unknown[0], choices=", ".join(SECTIONS)))
        if self.language is not None and self.language not in LANGUAGES:
            raise ReportError(t("There is no report language '{language}'. Choose one of: {choices}.",
                                language=self.language, choices=", ".join(LANGUAGES)))
        if self.brand_color is not None and not _COLOR.match(self.brand_color):
            raise ReportError(t("The brand colour '{value}' is not a colour like #2f6fb3.",
                                value=self.brand_color))

    def has(self, section: str) -> bool:
        return section in self.sections


def check_scale(scale: object, written: str | None = None) -> float:
    """``scale`` as a poster scale, or ReportError naming it (as ``written``) and the scales there are."""
    low, high = POSTER_SCALES
    if isinstance(scale, bool) or not isinstance(scale, int | float) or not low <= scale <= high:
        raise ReportError(t("The poster scale '{scale}' is not a number from {low} to {high} "
                            "(1.0 prints card text at its natural size).", scale=scale if written is None
                            else written,
                            low=low, high=high))
    return float(scale)
