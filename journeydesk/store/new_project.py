"""Making a new project file from a built-in template, in one step that leaves nothing half-made."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.document import EditRefused
from journeydesk.core.history import History
from journeydesk.core.templates import TEMPLATE_NAMES, template_title
from journeydesk.i18n import t
from journeydesk.store.store import Store, StoreError


def create_project(path: str | os.PathLike[str], template: str = "blank", lang: str = "en",
                   title: str = "") -> Path:
    """Create ``path`` holding one journey from ``template``; on any failure no file remains."""
    if template not in TEMPLATE_NAMES:
        raise StoreError(t("There is no template '{name}'. Choose one of: {names}.",
                           name=template, names=", ".join(TEMPLATE_NAMES)))
    path = Path(path)
    store = Store.create(path)
    try:
        document = store.load()
        history = History(document, store)
        history.do(commands.update_project(document, title=title or template_title(template, lang),
                                           language=lang))
        history.do(commands.add_template(document, template, lang))
    except (StoreError, EditRefused) as error:
        store.close()
        path.unlink(missing_ok=True)
        raise StoreError(str(error)) from None
    store.close()
    return path


def example_copy() -> Path:
    """A personal copy of the bundled example project (made once, then reused)."""
    folder = Path(os.environ.get("JOURNEYDESK_HOME") or Path.home() / "JourneyDesk")
    target = folder / "Example.journey"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes((files("journeydesk.resources") / "example.journey").read_bytes())
    return target
