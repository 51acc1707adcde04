"""The project's last edit time: one row, written in the transaction of every edit."""

from __future__ import annotations

import sqlite3
import time

from journeydesk.store.schema import query

LATEST = 253402300799  # 9999-12-31 23:59:59 UTC


def last_edit(conn: sqlite3.Connection) -> int | None:
    """Seconds since 1970 (UTC) of the last edit, or None when the file holds no usable time."""
    rows = query(conn, "SELECT at FROM edited WHERE id = 1")
    if not rows or not isinstance(rows[0][0], int) or not 0 <= rows[0][0] <= LATEST:
        return None
    return rows[0][0]


def stamp(conn: sqlite3.Connection, at: float | None = None) -> None:
    """Record ``at`` (default: now) as the last edit; call inside the edit's transaction."""
    seconds = int(time.time() if at is None else at)
    conn.execute("INSERT INTO edited (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at",
                 (seconds,))
