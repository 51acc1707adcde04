"""Rebuild resources/example.journey, the bundled example project, from the built-in templates."""

from __future__ import annotations

import sys
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"
JOURNEYS = (("ecommerce", "en"), ("saas-onboarding", "en"), ("support", "en"), ("ecommerce", "ja"))


def build(path: Path = EXAMPLE) -> Path:
    path.unlink(missing_ok=True)
    with Store.create(path) as store:
        document = store.load()
        history = History(document, store)
        history.do(commands.update_project(
            document, title="JourneyDesk example project", client="Example Outdoor Co.",
            author="JourneyDesk",
        ))
        for name, lang in JOURNEYS:
            history.do(commands.add_template(document, name, lang))
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE))
