"""Notes for a report's author (not its reader), gathered while the report is built."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_bucket: ContextVar[list[str] | None] = ContextVar("report_notes", default=None)


@contextmanager
def gathering() -> Iterator[list[str]]:
    """Collect the notes made inside the block, each once, in order."""
    notes: list[str] = []
    token = _bucket.set(notes)
    try:
        yield notes
    finally:
        _bucket.reset(token)


def note(text: str) -> None:
    notes = _bucket.get()
    if notes is not None and text not in notes:
        notes.append(text)
