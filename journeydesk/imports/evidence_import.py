"""The evidence side of an ImportSession: when its table holds quotes or findings, they become evidence items.

The session detects the file and recognises the table (``session.evidence_columns``); the command line and the
wizard then validate through this, show what it found, and finish with one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from journeydesk.core import commands
from journeydesk.core.document import Edit
from journeydesk.core.history import History
from journeydesk.core.model import Evidence
from journeydesk.i18n import t
from journeydesk.imports.evidence import (
    ROLES,
    EvidenceCheck,
    EvidenceColumns,
    check_evidence,
    date_order,
)
from journeydesk.imports.refusals import NothingToImport
from journeydesk.imports.rows import bad_rows_refusal
from journeydesk.imports.session import ImportSession


def _same(item: Evidence) -> tuple[object, ...]:
    return (item.card_id, item.stage_id, item.text, item.source, item.source_type, item.date,
            item.participant)


class EvidenceImport:
    """Quotes or findings of a session's file on their way into its journey."""

    def __init__(self, session: ImportSession, columns: EvidenceColumns) -> None:
        self.session = session
        self.columns = columns
        self.already = 0  # rows whose item the journey holds already (the file imported before)

    @classmethod
    def of(cls, session: ImportSession) -> EvidenceImport | None:
        """The evidence import of the session's table, or None when it is not a table of quotes or
        findings."""
        columns = session.evidence_columns
        return cls(session, columns) if columns is not None else None

    def roles(self) -> list[tuple[str, str]]:
        """(role, column) for each column the import reads, in the order of ROLES."""
        return [(role, self.columns.roles[role]) for role in ROLES if role in self.columns.roles]

    def validate(self, cancelled: Callable[[], bool] | None = None) -> EvidenceCheck:
        """Every row read and matched to the map (nothing is added). Items the journey holds already (same
        place, text, source, kind, date and participant) are left out and counted in ``already``."""
        session = self.session
        assert session.table is not None
        order = session.mapping.date_order or date_order(session.table, self.columns)
        check = check_evidence(session.document, session.journey_id, session.source, session.settings,
                               self.columns, name=session.name, order=order, cancelled=cancelled)
        held = {_same(item) for item in session.document.children(Evidence, "journey_id", session.journey_id)}
        kept = [(item, line) for item, line in zip(check.items, check.lines, strict=True)
                if _same(item) not in held]
        self.already = len(check.items) - len(kept)
        check.items, check.lines = [item for item, _ in kept], [line for _, line in kept]
        return check

    def refusal(self, check: EvidenceCheck, *, skip_bad_rows: bool) -> str:
        """Why the import cannot go ahead ("" when it can)."""
        name = self.session.name
        if check.problems and not skip_bad_rows:
            return bad_rows_refusal(name, len(check.problems))
        if not check.items:
            if self.already:
                return t("{name}: every quote or finding in it is in the journey already.", name=name)
            if check.problems and not check.unmatched:
                return t("{name}: every row has a problem (listed by line); nothing would be added.",
                         name=name)
            return t("{name}: no quote or finding could be placed on the map; check the names in its card, "
                     "touchpoint and stage columns.", name=name)
        return ""

    def edit(self, check: EvidenceCheck) -> Edit:
        """One edit adding every item (positions after what each card or stage holds)."""
        items = [replace(item, position=0) for item in check.items]
        return commands.add_evidence_items(self.session.document, items,
                                           t("Import evidence from “{name}”", name=self.session.name))

    def run(self, history: History, *, skip_bad_rows: bool = False) -> EvidenceCheck:
        """Validate and add the items as one undoable step; NothingToImport says why not."""
        check = self.validate()
        refusal = self.refusal(check, skip_bad_rows=skip_bad_rows)
        if refusal:
            raise NothingToImport(refusal)
        history.do(self.edit(check))
        return check
