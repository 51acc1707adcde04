"""Why an import cannot go ahead, said in terms of the file's columns and rows."""

from __future__ import annotations

from journeydesk.i18n import t
from journeydesk.imports.mapping import Mapping, MappingError, Proposal
from journeydesk.imports.rows import Check, bad_rows_refusal


class NothingToImport(MappingError):
    """The import would add no value: refused rather than shown as a success."""


def nothing_to_import(name: str, check: Check, mapping: Mapping, proposal: Proposal | None) -> str:
    """That the file gives no value to import, and why."""
    return t("{name}: no column holds a value to import: {why}", name=name,
             why=_empty_reason(check, mapping, proposal))


def refusal(name: str, check: Check, mapping: Mapping, proposal: Proposal | None, *,
            skip_bad_rows: bool) -> str:
    """Why the import cannot go ahead as it is ("" when it can)."""
    if not check.observations:
        return nothing_to_import(name, check, mapping, proposal)
    if check.problem_count and not skip_bad_rows:
        return bad_rows_refusal(name, check.problem_count)
    if check.problem_count and check.problem_count * 2 >= check.rows_read:
        return t("{name}: {n} of {rows} rows have problems, too many to skip: the columns are probably not "
                 "what was guessed. Check the column roles and kinds.", name=name,
                 n=f"{check.problem_count:,}", rows=f"{check.rows_read:,}")
    return ""


def _empty_reason(check: Check, mapping: Mapping, proposal: Proposal | None) -> str:
    if check.problem_count:
        return t("every row has a problem ({first})", first=check.problems[0].message if check.problems
                 else "")
    columns = [*mapping.metric_columns] or [mapping.column_of("value") or ""]
    misread = [g for g in proposal.columns if g.unreadable] if proposal is not None else []
    if misread and not mapping.metric_columns:
        return "; ".join(f"'{g.column}' {g.reason}" for g in misread)
    if any(check.no_answers.values()):
        return t("the columns {columns} are empty or say 'no answer' in every row",
                 columns=", ".join(f"'{c}'" for c in columns if c))
    return t("the file has no column of numbers or answers; choose a metric column")


def unreadable(name: str, error: OSError) -> str:
    """That the file ``name`` cannot be read, and why."""
    return t("'{file}' cannot be read ({reason}): check that it exists and that you may open it.",
             file=name, reason=error.strerror or error)
