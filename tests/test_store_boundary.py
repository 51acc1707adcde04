"""All SQL lives in journeydesk/store: no other module touches a connection, runs a statement or opens
SQLite."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "journeydesk"
SQL = re.compile(
    r"\.conn\b|\bexecute(many|script)?\(|(?<![\w.])query\(|\bSELECT\b|\bPRAGMA\b|\bsqlite3\b|sqlite_utils")


def _offenders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name.startswith("store/"):
            continue
        lines = [f"{number}: {line.strip()}" for number, line in
                 enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if SQL.search(line)]
        if lines:
            found[name] = lines
    return found


def test_nothing_outside_store_touches_sqlite() -> None:
    assert _offenders() == {}
