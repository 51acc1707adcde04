"""Every figure the command line, charts and report show, computed from the store's aggregates (no Qt)."""
