"""Docked side panels, charts and the compare views."""
