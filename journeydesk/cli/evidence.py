"""``import-csv`` for a table of quotes or findings: evidence items on the journey's cards and stages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeydesk.cli.data import DataCommandError
from journeydesk.cli.terminal import printable
from journeydesk.i18n import t

LINES_SHOWN = 50


def import_evidence(evidence, history, source: Path, options: argparse.Namespace) -> int:
    """Validate, refuse (with every problem row by line) or add the items as one edit, and say what was
    done."""
    check = evidence.validate()
    refusal = evidence.refusal(check, skip_bad_rows=options.skip_bad_rows)
    if refusal:
        _print_lines(check.problems, sys.stderr)
        _print_lines(check.unmatched, sys.stderr)
        raise DataCommandError(refusal)
    history.do(evidence.edit(check))
    owners = check.by_owner()
    print(printable(t("Imported {n} evidence items from {path}: {cards} on cards, {stages} on stages.",
                      n=len(check.items), path=source.name, cards=owners["cards"], stages=owners["stages"])))
    print("  " + printable(t("Columns: {roles}.", roles=", ".join(f"{_role(role)} ← '{column}'"
                                                                  for role, column in evidence.roles()))))
    print("  " + t("Rows read: {rows}; not placed on the map: {unmatched}; with problems (skipped): {bad}; "
                   "in the journey already: {already}.", rows=check.rows_read, unmatched=len(check.unmatched),
                   bad=len(check.problems), already=evidence.already))
    for lines in (check.problems, check.unmatched, check.notes):
        _print_lines(lines, sys.stdout)
    return 0


def _role(role: str) -> str:
    return {"text": t("quote or finding"), "source": t("source"), "source_type": t("kind of source"),
            "date": t("date"), "participant": t("participant"), "card": t("card"),
            "touchpoint": t("touchpoint"), "stage": t("stage")}[role]


def _print_lines(lines: list[str], out) -> None:
    for line in lines[:LINES_SHOWN]:
        print("  " + printable(line), file=out)
    if len(lines) > LINES_SHOWN:
        print("  " + t("…and {n} more.", n=len(lines) - LINES_SHOWN), file=out)


def evidence_summary(document, journey_id: str) -> dict:
    """A journey's evidence as ``info --json`` shows it: items on its cards, its stages and its persona, and
    its cards by status and by confidence."""
    from journeydesk.core.enums import EvidenceStatus
    from journeydesk.core.evidence import Confidence, card_backing, journey_evidence, persona_evidence

    items = journey_evidence(document, journey_id)
    on_personas = len(persona_evidence(document, journey_id))
    cards = document.cards(journey_id)
    levels = [card_backing(document, card.id).confidence for card in cards]
    return {"items": len(items) + on_personas, "on_cards": sum(1 for i in items if i.card_id),
            "on_stages": sum(1 for i in items if i.stage_id), "on_personas": on_personas,
            "cards": {status.value: sum(1 for c in cards if c.evidence_status == status)
                      for status in EvidenceStatus},
            "confidence": {level.value: levels.count(level) for level in Confidence}}


def evidence_line(summary: dict, kpis: int) -> str:
    """The line ``info`` prints under a journey that has evidence or KPIs."""
    cards = summary["cards"]
    return t("      evidence items: {items} ({on_cards} on cards, {on_stages} on stages, {on_personas} on "
             "personas); cards {observed} observed, {assumed} assumed, {proposed} proposed; KPIs: {kpis}",
             items=summary["items"], on_cards=summary["on_cards"], on_stages=summary["on_stages"],
             on_personas=summary["on_personas"], observed=cards["observed"],
             assumed=cards["assumed"], proposed=cards["proposed"], kpis=kpis)
