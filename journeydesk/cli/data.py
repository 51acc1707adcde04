"""What the data commands share: their error and the journey they work on (headless, no Qt)."""

from __future__ import annotations

import sys

from journeydesk.i18n import t


class DataCommandError(Exception):
    """A problem to report as one line and exit status 1."""


def find_journey(document, name: str | None) -> str:
    journeys = document.journeys()
    if not journeys:
        raise DataCommandError(t("The project has no journey to attach data to; add one first."))
    if name is None:
        return journeys[0].id
    for journey in journeys:
        if journey.name == name:
            return journey.id
    raise DataCommandError(t("There is no journey named '{name}'. Journeys: {names}.", name=name,
                             names=", ".join(j.name for j in journeys)))


def tell_format_change(store) -> None:
    """A one-line note on stderr when the file is of an earlier format: read as updated, or updated with a
    copy kept."""
    if store.older_format:
        print(t("journeydesk: note: {message}", message=store.notice), file=sys.stderr)
    elif store.backup is not None:
        print(t("journeydesk: note: {path} was updated to the current file format; the file as it was is "
                "kept as {backup}.", path=store.path, backup=store.backup.name), file=sys.stderr)


def open_project(path: str, *, edit: bool = False):
    """The project at ``path``, read-only unless ``edit``; DataCommandError saying why it cannot be opened
    (or, with ``edit``, why it cannot be changed)."""
    from journeydesk.store.store import Store, StoreError

    try:
        store = Store.open(path, read_only=not edit)
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    if edit and store.read_only:
        store.close()
        raise DataCommandError(store.notice)
    tell_format_change(store)
    return store
