"""Notes for a report's author (not its reader), gathered while the report is built.

A note is kept as its catalog message and values and worded when handed over, outside the
report's language: the author reads it in the interface's language, whatever the report speaks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from journeydesk.i18n import t

Note = tuple[str, tuple[tuple[str, object], ...]]
_bucket: ContextVar[list[Note] | None] = ContextVar("report_notes", default=None)


class Gathered(list):
    """The notes made inside a ``gathering`` block; ``worded()`` gives them in the current language."""

    def worded(self) -> list[str]:
        return [t(message, **dict(values)) for message, values in self]


@contextmanager
def gathering() -> Iterator[Gathered]:
    """Collect the notes made inside the block, each once, in order."""
    notes = Gathered()
    token = _bucket.set(notes)
    try:
        yield notes
    finally:
        _bucket.reset(token)


def note(message: str, /, **values: object) -> None:
    """Note the catalog ``message`` (marked with ``n_``) with its ``{name}`` values for the author."""
    notes = _bucket.get()
    entry = (message, tuple(sorted(values.items())))
    if notes is not None and entry not in notes:
        notes.append(entry)
