"""Run JourneyDesk with ``python -m journeydesk``."""

from journeydesk.cli import main

raise SystemExit(main())
