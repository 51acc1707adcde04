"""The frozen application's entry point: the ``journeydesk`` command."""

import sys

from journeydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
