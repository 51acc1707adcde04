"""The page of a report whose chosen sections have nothing to show: what each lacks and how to add it."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from journeydesk.core.model import Journey
from journeydesk.i18n import n_, t
from journeydesk.report.notes import note
from journeydesk.report.style import para, styles

# Each section that is left out when it has nothing to say, with its title and what it lacks.
_LACKING = {
    "personas": (n_("Personas"), n_("No persona yet. Choose the persona a journey is about in the app.")),
    "touchpoints": (n_("Touchpoint inventory"), n_("No touchpoints yet. Add touchpoint cards to the map.")),
    "pains": (n_("Pain points and opportunities"),
              n_("No pain points or opportunities yet. Add them as cards on the map.")),
    "metrics": (n_("Metrics"), n_("No imported data yet. Import a CSV file of answers or counts (Import CSV… "
                                 "in the File menu, or “journeydesk import-csv”).")),
    "scorecard": (n_("Scorecard"), n_("No KPIs yet. Add them in the inspector (select a stage, or nothing "
                                      "for the journey's own, then Add… under KPIs), or with “journeydesk "
                                      "kpi”.")),
    "evidence": (n_("Evidence"), n_("No evidence yet. Add quotes and findings to cards and stages in the "
                                    "inspector and to personas in the Personas panel (Add…), or import a "
                                    "table of them with “journeydesk import-csv”.")),
    "compare": (n_("Current and future state"),
                n_("No future state yet. Make one from a journey in the app to compare the two.")),
}


def nothing_to_show(sections: tuple[str, ...], journeys: list[Journey], brand: str) -> list[Flowable]:
    """The page's text, and a note for the author, when none of ``sections`` had anything to show for
    ``journeys``; when no section was chosen, it says so."""
    s = styles(brand)
    if not sections:
        return [para(t("No sections were chosen for this report."), s["body"])]
    names = ", ".join(j.name or t("(unnamed journey)") for j in journeys)
    note(n_("The chosen sections ({sections}) have nothing to show yet for {journeys}; the PDF is one page "
            "saying what to add."), sections=", ".join(sections), journeys=names or t("(none)"))
    if len(journeys) == 1:
        intro = t("“{journey}” has nothing yet for the sections chosen for this report:", journey=names)
    elif journeys:
        intro = t("The chosen journeys have nothing yet for the sections chosen for this report:")
    else:
        intro = t(
            "This project has no journeys yet, so the sections chosen for this report have nothing to show.")
    found: list[Flowable] = [para(t("Nothing to show yet"), s["h1"]), para(intro, s["body"])]
    item = ParagraphStyle("item", s["body"], spaceBefore=6)
    for name in sections:
        if name in _LACKING:
            title, lacks = _LACKING[name]
            found.append(para(t("{section}: {lacks}", section=t(title), lacks=t(lacks)), item))
    return found
